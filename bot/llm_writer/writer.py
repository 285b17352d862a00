"""The LLM writer itself: the prompt built from a template, the request sent in the first format the endpoint
accepts (retried on transient failures), the reply read whole or streamed sentence by sentence within one time
budget, and what worked remembered."""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import AsyncIterator
from typing import Any, Literal

import openai
from pydantic import BaseModel, Field
from tenacity import AsyncRetrying, retry_if_exception, stop_after_attempt, wait_exponential

from bot.config import Settings
from bot.llm_writer.formats import MEMORY_FILE, MODES, EndpointMemory, Mode, response_format
from bot.llm_writer.quotes import verify_quotes
from bot.llm_writer.reply import ReplyReader
from bot.models import DraftSentence
from bot.prompting import output_format, render, system_prompt
from bot.writers import WriteRequest, today

log = logging.getLogger("bot.llm_writer")  # one logger for the package, named as before the split

# What an endpoint answers when it does not support a response_format (llama.cpp: 500 for json_schema).
_REJECTED = frozenset({400, 415, 422, 500, 501})
_ABOUT_FORMAT = re.compile(r"response_format|json|schema|grammar|format", re.IGNORECASE)


class LLMError(RuntimeError):
    """The endpoint failed or answered nothing usable; the caller falls back to the extractive writer."""


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


PROSE_BEFORE_TEXT = 3  # prose replies in a row to a JSON format before an endpoint is asked for prose


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
        self._prose = 0  # replies in a row that came back as prose although a JSON format was asked for

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
        """Remember what worked. An endpoint that took a JSON mode but answered prose PROSE_BEFORE_TEXT times in
        a row ignores the format, and is asked for prose from then on; one prose reply may be a model's slip
        (a small model under a JSON grammar cut off, or chatting), and an empty reply says nothing of the format.
        A fallback forced by an error that may not be about the format (a 400 saying "prompt too long") is used
        for this answer but not remembered."""
        if reader.kind is None:
            return
        if mode != "text" and reader.kind == "text":
            self._prose += 1
            if self._prose >= PROSE_BEFORE_TEXT:
                log.info("%s ignores response_format; reading its replies as text", self.endpoint)
                mode = "text"
                self._prose = 0
        else:
            self._prose = 0
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
