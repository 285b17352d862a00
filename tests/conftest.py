"""Shared fixtures: the loopback Bot API and OpenAI-compatible servers."""

from tests.servers.fixtures import fake_openai, fake_telegram  # noqa: F401
