"""The LLM writer: numbered passages and a template from prompts/ to any OpenAI-compatible endpoint.

It asks for structured output (a JSON object of sentences, each with its citation numbers and verbatim quotes)
because a sentence that names its own evidence can be checked span by span. Endpoints differ: OpenAI takes
`json_schema`; llama.cpp's server answers it with HTTP 500 but takes `json_object` with a `schema`; some take
neither; some ignore `response_format` altogether and answer prose. So the writer tries the modes in that order,
remembers per endpoint (base URL + model) what worked, in memory and in a small JSON file under the data dir, and
reads any reply that is not JSON as plain text with [n] markers.
"""

from __future__ import annotations

import asyncio
import html
import json
import logging
import re
import time
from collections.abc import AsyncIterator, Iterable
from pathlib import Path
from typing import Any, Literal

import openai
from pydantic import BaseModel, Field, ValidationError
from tenacity import AsyncRetrying, retry_if_exception, stop_after_attempt, wait_exponential

from bot.config import Settings
from bot.models import Citation, DraftSentence
from bot.prompting import output_format, render, system_prompt
from bot.writers import WriteRequest, today

log = logging.getLogger(__name__)

Mode = Literal["json_schema", "json_object", "text"]
MODES: tuple[Mode, ...] = ("json_schema", "json_object", "text")
MEMORY_FILE = "llm_endpoints.json"
# What an endpoint answers when it does not support a response_format (llama.cpp: 500 for json_schema).
_REJECTED = frozenset({400, 415, 422, 500, 501})
_ABOUT_FORMAT = re.compile(r"response_format|json|schema|grammar|format", re.IGNORECASE)


class LLMError(RuntimeError):
    """The endpoint failed or answered nothing usable; the caller falls back to the extractive writer."""


# ----------------------------------------------------------------------------------------------- the schema
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


# ------------------------------------------------------------------------------------------ endpoint memory
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


# ------------------------------------------------------------------------------------------ reading replies
_MARKERS = re.compile(r"\[(\d{1,3})\]")
_TRAILING_MARKERS = re.compile(r"(?:\s*\[\d{1,3}\])+\s*$")
# A sentence ends at . ? ! (then closing quotes/brackets, then its [n] markers) before whitespace and a
# character that can start a sentence. The lookahead needs that character, so an unfinished stream never
# ends a sentence early (its markers may still be on the way).
_BOUNDARY = re.compile(
    r"(?<=[.!?…])[\"'”’»)]*(?:\s*\[\d{1,3}\])*(?=\s+[\"'“‘«(¿¡]?[A-ZÁÉÍÓÚÑÜ0-9])"  # end of a sentence
    r"|(?<=\S)(?=[ \t]*\n\s*\n\s*\S)"  # or of a paragraph (a heading, a line without a full stop)
)
_ABBREVIATION = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sr|Sra|Jr|St|Gen|Gov|Sen|Rep|Prof|Lt|Col|No|vs|etc|[A-Z])\.$")
_BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")


def _normalise(text: str) -> str:
    return " ".join(text.split())


def _citations_of(text: str) -> list[int]:
    return list(dict.fromkeys(int(n) for n in _MARKERS.findall(text)))


def text_sentence(raw: str) -> DraftSentence | None:
    """A prose sentence with [n] markers: its citations come from the markers; it quotes nothing."""
    text = _normalise(_BULLET.sub("", raw))
    if not text or not re.search(r"\w", _MARKERS.sub("", text)):
        return None
    return DraftSentence(text=text, citations=_citations_of(text), quotes=[])


def split_text(buffer: str, final: bool) -> tuple[list[str], str]:
    """Complete sentences of a prose reply and the rest; with `final`, the rest is a sentence too."""
    sentences: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(buffer):
        piece = buffer[start : match.end()]
        if _ABBREVIATION.search(piece) and not _MARKERS.search(piece[-8:]):
            continue  # "Dr. Arce", "U.S. Senate": not an end
        sentences.append(piece)
        start = match.end()
    rest = buffer[start:]
    if final:
        sentences.append(rest)
        rest = ""
    return sentences, rest


def json_sentence(obj: Any) -> DraftSentence | None:
    """One element of the sentences array; citations and markers are made to agree both ways."""
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        return None
    text = _normalise(_BULLET.sub("", obj["text"]))  # "1. Kast won" numbers a list; the 1 is no claim
    if not text:
        return None
    cited = [n for n in obj.get("citations") or [] if isinstance(n, int) and not isinstance(n, bool)]
    quotes = [q for q in obj.get("quotes") or [] if isinstance(q, str) and q.strip()]
    in_text = _citations_of(text)
    missing = [n for n in cited if n not in in_text]
    if missing:  # the text must carry its markers: the answer string and the reader see them
        body = _TRAILING_MARKERS.sub("", text).rstrip()
        end = body[-1] if body and body[-1] in ".!?" else ""
        body = body[:-1].rstrip() if end else body
        trailing = [n for n in in_text if n not in _citations_of(body)]
        marks = "".join(f"[{n}]" for n in dict.fromkeys([*trailing, *missing]))
        text = f"{body} {marks}{end}"
    citations = list(dict.fromkeys([*cited, *in_text]))
    return DraftSentence(text=text, citations=citations, quotes=quotes)


class JSONScanner:
    """Finds each complete object of an array in streamed JSON, as soon as its closing brace arrives.

    Why not re-parse the buffer: a grammar-constrained reply is valid JSON only at its very end (or never, when
    max_tokens cuts it), while each sentence object is complete long before. Only objects whose parent is an
    array are returned (the sentence objects of `{"sentences": [...]}`, or of a bare array).
    """

    def __init__(self) -> None:
        self.buffer = ""
        self.pos = 0
        self.stack: list[str] = []
        self.in_string = False
        self.escape = False
        self.starts: list[int] = []

    def feed(self, text: str) -> list[Any]:
        self.buffer += text
        found: list[Any] = []
        for i in range(self.pos, len(self.buffer)):
            ch = self.buffer[i]
            if self.in_string:
                if self.escape:
                    self.escape = False
                elif ch == "\\":
                    self.escape = True
                elif ch == '"':
                    self.in_string = False
            elif ch == '"':
                self.in_string = True
            elif ch in "{[":
                self.stack.append(ch)
                self.starts.append(i)
            elif ch in "}]" and self.stack:
                opened = self.stack.pop()
                start = self.starts.pop()
                if opened == "{" and self.stack and self.stack[-1] == "[":
                    try:
                        found.append(json.loads(self.buffer[start : i + 1]))
                    except ValueError:
                        pass
        self.pos = len(self.buffer)
        return found


def _loads(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return None


class ReplyReader:
    """Turns a reply, whole or in streamed pieces, into DraftSentences: JSON when it is JSON, else prose."""

    def __init__(self) -> None:
        self.head = ""
        self.kind: Literal["json", "text"] | None = None
        self.scanner = JSONScanner()
        self.rest = ""
        self.found = 0

    def feed(self, piece: str, final: bool = False) -> list[DraftSentence]:
        if self.kind is None:
            self.head += piece
            stripped = re.sub(r"^\s*(?:```(?:json)?)?\s*", "", self.head)
            if not stripped and not final:
                return []
            self.kind = "json" if stripped[:1] in ("{", "[") else "text"
            piece = self.head
        if self.kind == "json":
            found = [s for s in map(json_sentence, self.scanner.feed(piece)) if s is not None]
            self.found += len(found)
            if final and not self.found:  # a lone {"text": ..., "citations": ...} instead of the array
                lone = json_sentence(_loads(re.sub(r"^\s*```(?:json)?|```\s*$", "", self.scanner.buffer)))
                found = [lone] if lone is not None else cut_off_sentences(self.scanner.buffer)
            return found
        sentences, self.rest = split_text(self.rest + piece, final)
        return [s for s in map(text_sentence, sentences) if s is not None]


def cut_off_sentences(buffer: str) -> list[DraftSentence]:
    """The complete sentences of a JSON reply cut off inside its first "text" (max_tokens reached): what the
    model wrote is still read (and checked), its citations only from [n] markers, since the cut came first."""
    match = re.search(r'"text"\s*:\s*"((?:[^"\\]|\\.)*)$', buffer)
    if match is None:
        return []
    try:
        text = json.loads(f'"{match.group(1).rstrip(chr(92))}"')
    except ValueError:
        return []
    sentences, _ = split_text(text, final=False)  # the unfinished last sentence is dropped
    numbered = [p for p in sentences if re.search(r"[^\W\d_]", p)]  # "1." of a numbered list is no sentence
    return [d for d in map(text_sentence, numbered) if d is not None]


def read_reply(text: str) -> list[DraftSentence]:
    """A whole reply as sentences (JSON or prose with [n] markers)."""
    reader = ReplyReader()
    return reader.feed(text, final=True)


# --------------------------------------------------------------------------------------- quote verification
def _normalised_with_offsets(text: str) -> tuple[str, list[int]]:
    """Whitespace-collapsed text and, for each of its characters, the offset in the original."""
    chars: list[str] = []
    offsets: list[int] = []
    for match in re.finditer(r"\S+", text):
        if chars:
            chars.append(" ")
            offsets.append(match.start() - 1)
        chars.extend(match.group())
        offsets.extend(range(match.start(), match.end()))
    return "".join(chars), offsets


def find_quote(quote: str, passage: str) -> str | None:
    """The passage's own text of `quote` (whitespace-normalised match), or None when it is not verbatim."""
    wanted = _normalise(html.unescape(quote)).strip("\"'“”")
    if not wanted:
        return None
    flat, offsets = _normalised_with_offsets(passage)
    at = flat.find(wanted)
    if at < 0:
        return None
    return passage[offsets[at] : offsets[at + len(wanted) - 1] + 1]


def verify_quotes(draft: DraftSentence, citations: Iterable[Citation], warnings: list[str]) -> DraftSentence:
    """Keep only quotes found verbatim in a passage the sentence cites; each dropped quote is a warning."""
    by_n = {c.n: c for c in citations}
    kept: list[str] = []
    for quote in draft.quotes:
        found = next(
            (q for n in draft.citations if n in by_n for q in [find_quote(quote, by_n[n].quote)] if q is not None),
            None,
        )
        if found is None:
            warnings.append(f"dropped a quote not found verbatim in the cited passage(s): {quote[:80]!r}")
        elif found not in kept:
            kept.append(found)
    return draft.model_copy(update={"quotes": kept})


# ----------------------------------------------------------------------------------------------- the writer
def _transient(exc: BaseException) -> bool:
    return isinstance(exc, openai.RateLimitError | openai.InternalServerError | openai.APIConnectionError) or (
        isinstance(exc, openai.APIStatusError) and exc.status_code >= 500
    )


def _as_llm_error(exc: BaseException, timeout: float) -> LLMError:
    if isinstance(exc, TimeoutError):
        return LLMError(f"the language model did not answer within {timeout:g} s")
    if isinstance(exc, openai.APIStatusError):
        return LLMError(f"the language model endpoint answered HTTP {exc.status_code}")
    if isinstance(exc, openai.APIConnectionError):
        return LLMError("the language model endpoint is unreachable")
    return LLMError(f"the language model failed: {type(exc).__name__}")


class StreamStats(BaseModel):
    """Timing of the last streamed answer, for the benchmark (a writer shared by concurrent chats overwrites it)."""

    ttft: float | None = Field(None, description="Seconds from the request to the first content piece.")
    seconds: float = Field(0.0, description="Seconds from the request to the end of the stream.")
    pieces: int = Field(0, description="Content pieces received (llama.cpp and OpenAI send about one token each).")
    sentences: int = Field(0, description="Sentences read from the reply, before any check.")

    @property
    def tokens_per_second(self) -> float | None:
        decoding = self.seconds - (self.ttft or 0.0)
        return (self.pieces - 1) / decoding if self.pieces > 1 and decoding > 0 else None


class LLMWriter:
    name: Literal["llm"] = "llm"

    def __init__(
        self, settings: Settings, stream: bool = False, attempts: int = 3, memory: EndpointMemory | None = None
    ) -> None:
        self.model = settings.llm_model
        self.timeout = settings.llm_timeout_seconds
        self.stream = stream
        self.attempts = attempts
        self.max_tokens = 600
        self.temperature = 0.1
        self.client = openai.AsyncOpenAI(
            api_key=settings.openai_api_key or "not-needed",  # local servers ignore it; the client requires one
            base_url=settings.openai_base_url,
            timeout=settings.llm_timeout_seconds,
            max_retries=0,  # retries are ours (tenacity); a probe that gets a 500 must not be retried twice
        )
        self.endpoint = f"{str(self.client.base_url).rstrip('/')}|{self.model}"
        self.memory = memory or EndpointMemory(settings.data_dir / MEMORY_FILE)
        self.last_stats = StreamStats()

    @property
    def last_ttft(self) -> float | None:
        """Seconds to the first content piece of the last streamed answer."""
        return self.last_stats.ttft

    @property
    def mode(self) -> Mode | None:
        """The response format this endpoint is known to accept (None until the first answer)."""
        return self.memory.get(self.endpoint)

    def messages(self, request: WriteRequest, mode: Mode = "text") -> list[dict[str, str]]:
        values = {"today": today(), "question": request.question, "topic": request.question}
        if request.since and request.until:
            values.update(
                since=request.since.isoformat(timespec="minutes"),
                until=request.until.isoformat(timespec="minutes"),
            )
        values["format"] = output_format("text" if mode == "text" else "json")
        template = {"answer": "answer", "brief": "brief", "digest": "digest"}[request.kind]
        return [
            {"role": "system", "content": system_prompt()},
            {"role": "user", "content": render(template, request.citations, **values)},
        ]

    def _modes(self) -> list[Mode]:
        known = self.mode
        return list(MODES[MODES.index(known) :]) if known else list(MODES)

    # -------------------------------------------------------------------------------------- public API
    async def write(self, request: WriteRequest) -> str:
        """The answer as one string with [n] markers (for callers that check text)."""
        return " ".join(s.text for s in await self.draft(request))

    async def draft(self, request: WriteRequest, warnings: list[str] | None = None) -> list[DraftSentence]:
        """The answer as sentences with citations and verified quotes; dropped quotes go to `warnings`."""
        if self.stream:
            return [s async for s in self.stream_drafts(request, warnings)]
        try:
            return await asyncio.wait_for(self._draft(request, warnings), timeout=self.timeout)
        except LLMError:
            raise
        except (TimeoutError, openai.OpenAIError) as exc:
            raise _as_llm_error(exc, self.timeout) from exc

    async def stream_drafts(
        self, request: WriteRequest, warnings: list[str] | None = None
    ) -> AsyncIterator[DraftSentence]:
        """Each sentence as soon as the streamed reply completes it (quotes verified, markers attached).

        The timeout bounds the time spent waiting for the endpoint, not the time the caller spends between
        sentences (editing a Telegram message, say).
        """
        notes = warnings if warnings is not None else []
        budget = [self.timeout]
        try:
            started = time.monotonic()
            stats = self.last_stats = StreamStats()
            stream, mode, sure = await self._timed(self._open(request, stream=True), budget)
            reader = ReplyReader()
            iterator = stream.__aiter__()
            while True:
                try:
                    chunk = await self._timed(iterator.__anext__(), budget)
                except StopAsyncIteration:
                    break
                piece = chunk.choices[0].delta.content if chunk.choices else None
                if not piece:
                    continue
                if stats.ttft is None:
                    stats.ttft = time.monotonic() - started
                stats.pieces += 1
                for sentence in reader.feed(piece):
                    stats.sentences += 1
                    yield verify_quotes(sentence, request.citations, notes)
            stats.seconds = time.monotonic() - started
            for sentence in reader.feed("", final=True):
                stats.sentences += 1
                yield verify_quotes(sentence, request.citations, notes)
            self._learn(mode, reader, sure)
            if not stats.sentences:
                raise LLMError("the language model returned an empty answer")
        except LLMError:
            raise
        except (TimeoutError, openai.OpenAIError) as exc:
            raise _as_llm_error(exc, self.timeout) from exc

    async def close(self) -> None:
        await self.client.close()

    # ------------------------------------------------------------------------------------------ internals
    async def _timed(self, awaitable: Any, budget: list[float]) -> Any:
        """Await with what is left of the time budget, and charge the wait to it."""
        start = time.monotonic()
        try:
            return await asyncio.wait_for(awaitable, timeout=max(budget[0], 0.001))
        finally:
            budget[0] -= time.monotonic() - start

    async def _draft(self, request: WriteRequest, warnings: list[str] | None) -> list[DraftSentence]:
        notes = warnings if warnings is not None else []
        response, mode, sure = await self._open(request, stream=False)
        text = (response.choices[0].message.content or "") if response.choices else ""
        reader = ReplyReader()
        sentences = reader.feed(text, final=True)
        self._learn(mode, reader, sure)
        if not sentences:
            raise LLMError("the language model returned an empty answer")
        return [verify_quotes(s, request.citations, notes) for s in sentences]

    def _learn(self, mode: Mode, reader: ReplyReader, sure: bool) -> None:
        """Remember what worked; an endpoint that took a JSON mode but answered prose ignores the format.
        A fallback forced by an error that may not be about the format (a 400 saying "prompt too long") is used
        for this answer but not remembered."""
        if mode != "text" and reader.kind == "text":
            log.info("%s ignores response_format; reading its replies as text", self.endpoint)
            mode = "text"
        if sure:
            self.memory.set(self.endpoint, mode)

    async def _open(self, request: WriteRequest, stream: bool) -> tuple[Any, Mode, bool]:
        """Send the request in the first mode the endpoint accepts: the response (or stream), the mode, and
        whether every rejection on the way was surely about the format (worth remembering)."""
        sure = True
        for mode in self._modes():
            try:
                return await self._send(self.messages(request, mode), mode, stream), mode, sure
            except openai.APIStatusError as exc:
                if mode == "text" or exc.status_code not in _REJECTED:
                    raise
                sure = sure and (exc.status_code >= 500 or bool(_ABOUT_FORMAT.search(str(exc.message))))
                log.info("%s rejected %s (HTTP %s); trying the next format", self.endpoint, mode, exc.status_code)
        raise AssertionError("unreachable: text mode either answers or raises")

    async def _send(self, messages: list[dict[str, str]], mode: Mode, stream: bool) -> Any:
        """One request, retried on transient failures; in a JSON mode a 500 means 'rejected', not 'retry'."""
        extra: dict[str, Any] = {}
        fmt = response_format(mode)
        if fmt is not None:
            extra["response_format"] = fmt
        if stream:
            extra["stream"] = True

        def retryable(exc: BaseException) -> bool:
            if mode != "text" and isinstance(exc, openai.APIStatusError) and exc.status_code in _REJECTED:
                return False
            return _transient(exc)

        async for attempt in AsyncRetrying(
            retry=retry_if_exception(retryable),
            stop=stop_after_attempt(self.attempts),
            wait=wait_exponential(multiplier=0.5, max=4),
            reraise=True,
        ):
            with attempt:
                return await self.client.chat.completions.create(
                    model=self.model,
                    messages=messages,
                    temperature=self.temperature,
                    max_tokens=self.max_tokens,
                    **extra,
                )
        raise AssertionError("unreachable: tenacity reraises")
