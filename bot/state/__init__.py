"""Bot state that outlives a process and that replicas share: chat context, retention upkeep."""
