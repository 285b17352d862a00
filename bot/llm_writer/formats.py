"""Structured output per endpoint: the JSON schema of a briefing, the `response_format` each mode sends, and
the memory of which mode an endpoint (base URL + model) accepted, kept in a small JSON file under the data dir
so a restart does not probe again."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field, ValidationError

log = logging.getLogger("bot.llm_writer")  # one logger for the package, named as before the split

Mode = Literal["json_schema", "json_object", "text"]
MODES: tuple[Mode, ...] = ("json_schema", "json_object", "text")
MEMORY_FILE = "llm_endpoints.json"


class SentenceOut(BaseModel):
    """One sentence as the model must write it: every field required, so a strict schema is accepted."""

    text: str = Field(description="One sentence of the briefing, ending with its [n] markers.")
    citations: list[int] = Field(description="The numbers of the passages the sentence rests on.")
    quotes: list[str] = Field(description="Short excerpts copied verbatim from the cited passages.")


class BriefingOut(BaseModel):
    sentences: list[SentenceOut]


def _inline(schema: dict[str, Any], defs: dict[str, Any]) -> dict[str, Any]:
    """Resolve $ref and close every object: strict json_schema needs it, and small grammars prefer no refs."""
    if "$ref" in schema:
        return _inline(defs[schema["$ref"].rsplit("/", 1)[-1]], defs)
    out: dict[str, Any] = {k: v for k, v in schema.items() if k not in ("$defs", "title", "description")}
    if out.get("type") == "object":
        out["properties"] = {k: _inline(v, defs) for k, v in out.get("properties", {}).items()}
        out["required"] = list(out["properties"])
        out["additionalProperties"] = False
    if "items" in out:
        out["items"] = _inline(out["items"], defs)
    return out


def briefing_schema() -> dict[str, Any]:
    schema = BriefingOut.model_json_schema()
    return _inline(schema, schema.get("$defs", {}))


def response_format(mode: Mode) -> dict[str, Any] | None:
    if mode == "json_schema":
        return {"type": "json_schema", "json_schema": {"name": "briefing", "strict": True, "schema": briefing_schema()}}
    if mode == "json_object":
        return {"type": "json_object", "schema": briefing_schema()}
    return None


class EndpointModes(BaseModel):
    """What each endpoint (base URL + model) accepted, as stored in the data dir."""

    modes: dict[str, Mode] = Field(default_factory=dict)


class EndpointMemory:
    """Remembers the response format that worked per endpoint, so a restart does not probe again."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.known = EndpointModes()
        if path is not None and path.exists():
            try:
                self.known = EndpointModes.model_validate_json(path.read_text(encoding="utf-8"))
            except (OSError, ValidationError, ValueError) as exc:
                log.warning("ignoring unreadable %s: %s", path, exc)

    def get(self, endpoint: str) -> Mode | None:
        return self.known.modes.get(endpoint)

    def set(self, endpoint: str, mode: Mode) -> None:
        if self.known.modes.get(endpoint) == mode:
            return
        self.known.modes[endpoint] = mode
        if self.path is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(".tmp")
            tmp.write_text(self.known.model_dump_json(indent=1), encoding="utf-8")
            tmp.replace(self.path)
        except OSError as exc:
            log.warning("could not save %s: %s", self.path, exc)
