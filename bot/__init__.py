"""briefbot: cited briefings on regional politics, over Telegram and the command line."""

__version__ = "0.1.0"
