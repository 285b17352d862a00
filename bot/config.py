"""Settings, from the environment and `.env`; every option has a description and a default.

Names are a contract (DESIGN.md): other tools set them. Lists accept comma-separated values.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import AliasChoices, Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

TOKEN_PATTERN = re.compile(r"^\d{3,}:[A-Za-z0-9_-]{10,}$")


def _env(name: str) -> AliasChoices:
    return AliasChoices(name, name.lower())


def _split(value: object) -> object:
    if isinstance(value, str):
        return [part.strip() for part in re.split(r"[,\s]+", value) if part.strip()]
    if isinstance(value, int):
        return [value]
    return value


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore", populate_by_name=True)

    data_dir: Path = Field(
        Path("./data"),
        validation_alias=_env("BRIEFBOT_DATA_DIR"),
        description="Where the Chroma store, the lexical index and the SQLite databases live.",
    )
    chroma_url: str | None = Field(
        None,
        validation_alias=_env("BRIEFBOT_CHROMA_URL"),
        description="A Chroma server (e.g. `http://localhost:8000`); empty = embedded Chroma in the data dir.",
    )
    telegram_bot_token: str | None = Field(
        None,
        validation_alias=_env("TELEGRAM_BOT_TOKEN"),
        description="The bot's token from @BotFather; needed only by `briefbot run`.",
    )
    telegram_api_url: str = Field(
        "https://api.telegram.org",
        validation_alias=_env("BRIEFBOT_TELEGRAM_API_URL"),
        description="Root of the Bot API server; requests go to `<root>/bot<TOKEN>/<method>`.",
    )
    openai_api_key: str | None = Field(
        None,
        validation_alias=_env("OPENAI_API_KEY"),
        description="Key for the OpenAI-compatible endpoint (any value for local servers that ignore it).",
    )
    openai_base_url: str | None = Field(
        None,
        validation_alias=_env("OPENAI_BASE_URL"),
        description="An OpenAI-compatible endpoint such as `http://localhost:11434/v1` (Ollama); empty = OpenAI.",
    )
    llm_model: str = Field(
        "gpt-4o-mini",
        validation_alias=_env("BRIEFBOT_LLM_MODEL"),
        description="Chat model name sent to the endpoint.",
    )
    writer: Literal["auto", "llm", "extractive"] = Field(
        "auto",
        validation_alias=_env("BRIEFBOT_WRITER"),
        description="`auto` uses the LLM when a key or base URL is set, else the grounded extractive writer.",
    )
    llm_timeout_seconds: float = Field(
        30.0,
        gt=0,
        le=600,
        validation_alias=_env("BRIEFBOT_LLM_TIMEOUT_SECONDS"),
        description="Time allowed for one LLM answer before falling back to the extractive writer.",
    )
    llm_stream: bool = Field(
        False,
        validation_alias=_env("BRIEFBOT_LLM_STREAM"),
        description="Ask the endpoint for a streamed answer (some servers answer faster that way).",
    )
    feeds: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        validation_alias=_env("BRIEFBOT_FEEDS"),
        description="RSS/Atom feed URLs to poll, comma-separated.",
    )
    feed_interval_minutes: int = Field(
        30,
        ge=1,
        le=24 * 60,
        validation_alias=_env("BRIEFBOT_FEED_INTERVAL_MINUTES"),
        description="Minutes between feed polls.",
    )
    admin_ids: Annotated[list[int], NoDecode] = Field(
        default_factory=list,
        validation_alias=_env("BRIEFBOT_ADMIN_IDS"),
        description="Telegram user ids allowed to use `/ingest` and `/stats`, comma-separated.",
    )
    allowed_chat_ids: Annotated[list[int], NoDecode] = Field(
        default_factory=list,
        validation_alias=_env("BRIEFBOT_ALLOWED_CHAT_IDS"),
        description="If set, only these chats may use the bot; others get one polite refusal.",
    )
    timezone: str = Field(
        "UTC",
        validation_alias=_env("BRIEFBOT_TIMEZONE"),
        description="Default IANA time zone for digests when a chat has not chosen one.",
    )
    webhook_url: str | None = Field(
        None,
        validation_alias=_env("BRIEFBOT_WEBHOOK_URL"),
        description="Public HTTPS URL for Telegram to call; empty = long polling.",
    )
    webhook_listen: str = Field(
        "0.0.0.0",
        validation_alias=_env("BRIEFBOT_WEBHOOK_LISTEN"),
        description="Address the webhook server binds to.",
    )
    webhook_port: int = Field(
        8443,
        ge=1,
        le=65535,
        validation_alias=_env("BRIEFBOT_WEBHOOK_PORT"),
        description="Port the webhook server listens on.",
    )
    questions_per_minute: int = Field(
        6,
        ge=1,
        le=600,
        validation_alias=_env("BRIEFBOT_QUESTIONS_PER_MINUTE"),
        description="Questions one user may ask per minute before being asked to slow down.",
    )
    warm_up: bool = Field(
        True,
        validation_alias=_env("BRIEFBOT_WARM_UP"),
        description="After start-up, read ahead the biggest places' vectors and every country's elections on a "
        "background thread, grouping again any an update made stale (the first question about a big place is then "
        "as fast as the next; ~150 MB of vectors on a store of 200,000 passages).",
    )
    top_k: int = Field(
        6,
        ge=1,
        le=20,
        validation_alias=_env("BRIEFBOT_TOP_K"),
        description="Passages given to the writer for one briefing.",
    )
    log_level: str = Field(
        "INFO",
        validation_alias=_env("BRIEFBOT_LOG_LEVEL"),
        description="Logging level (DEBUG, INFO, WARNING); DEBUG also shows tracebacks of CLI failures.",
    )
    webhook_secret: str | None = Field(
        None,
        validation_alias=_env("BRIEFBOT_WEBHOOK_SECRET"),
        description="Secret Telegram sends with every webhook request (1-256 of A-Z a-z 0-9 _ -); generated and "
        "kept in the data dir when empty.",
    )
    fetch_allow: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        validation_alias=_env("BRIEFBOT_FETCH_ALLOW"),
        description="Hosts, addresses or networks (CIDR) that may be fetched although private, comma-separated.",
    )
    fetch_max_bytes: int = Field(
        10 * 1024 * 1024,
        ge=1024,
        validation_alias=_env("BRIEFBOT_FETCH_MAX_BYTES"),
        description="Largest body read from one URL; larger ones are refused.",
    )
    fetch_timeout_seconds: float = Field(
        30.0,
        gt=0,
        le=600,
        validation_alias=_env("BRIEFBOT_FETCH_TIMEOUT_SECONDS"),
        description="Total time allowed for one URL fetch, redirects included.",
    )
    max_subscriptions_per_chat: int = Field(
        20,
        ge=1,
        le=1000,
        validation_alias=_env("BRIEFBOT_MAX_SUBSCRIPTIONS_PER_CHAT"),
        description="Daily digests one chat may subscribe to.",
    )
    context_minutes: int = Field(
        30,
        ge=1,
        le=7 * 24 * 60,
        validation_alias=_env("BRIEFBOT_CONTEXT_MINUTES"),
        description='How long a chat\'s last question stays the context for follow-ups ("and by what margin?").',
    )
    database_url: str | None = Field(
        None,
        validation_alias=_env("BRIEFBOT_DATABASE_URL"),
        description="PostgreSQL (`postgresql://user:pass@host/db`) for state shared by several replicas; empty = "
        "SQLite files in the data dir.",
    )
    retention_days: int | None = Field(
        None,
        ge=1,
        validation_alias=_env("BRIEFBOT_RETENTION_DAYS"),
        description="Drop articles older than this many days (election results keep their evidence); empty = keep "
        "everything.",
    )

    @field_validator("feeds", "admin_ids", "allowed_chat_ids", "fetch_allow", mode="before")
    @classmethod
    def _lists(cls, value: object) -> object:
        return _split(value)

    @field_validator(
        "chroma_url",
        "openai_api_key",
        "openai_base_url",
        "webhook_url",
        "telegram_bot_token",
        "webhook_secret",
        "database_url",
        mode="before",
    )
    @classmethod
    def _blank_is_none(cls, value: object) -> object:
        return value.strip() or None if isinstance(value, str) else value

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r}; use an IANA name such as America/Santiago") from exc
        return value

    @field_validator("telegram_api_url")
    @classmethod
    def _root(cls, value: str) -> str:
        return value.rstrip("/")

    @property
    def uses_llm(self) -> bool:
        if self.writer == "auto":
            return bool(self.openai_api_key or self.openai_base_url)
        return self.writer == "llm"

    def token_problem(self) -> str | None:
        """Why `run` cannot start with this token, or None."""
        if not self.telegram_bot_token:
            return "TELEGRAM_BOT_TOKEN is not set"
        if not TOKEN_PATTERN.match(self.telegram_bot_token):
            return "TELEGRAM_BOT_TOKEN does not look like a bot token (digits, a colon, then letters)"
        return None


ENV_NAMES = {name: field.validation_alias.choices[0] for name, field in Settings.model_fields.items()}  # type: ignore[union-attr]


def describe_error(exc: ValidationError) -> str:
    """One line naming the setting (by its environment name) and what is wrong."""
    parts = []
    for error in exc.errors():
        field = str(error["loc"][0]) if error["loc"] else "?"
        name = ENV_NAMES.get(field, field.upper())
        parts.append(f"{name}: {error['msg'].removeprefix('Value error, ')}")
    return "invalid setting " + "; ".join(parts)


def load_settings(**overrides: object) -> Settings:
    return Settings(**{k: v for k, v in overrides.items() if v is not None})
