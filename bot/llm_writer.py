"""The LLM writer: numbered passages and a template from prompts/ to any OpenAI-compatible endpoint."""

from __future__ import annotations

import asyncio
import logging
from typing import Literal

import openai
from tenacity import AsyncRetrying, retry_if_exception, stop_after_attempt, wait_exponential

from bot.config import Settings
from bot.prompting import render, system_prompt
from bot.writers import WriteRequest, today

log = logging.getLogger(__name__)


class LLMError(RuntimeError):
    """The endpoint failed or answered nothing usable; the caller falls back to the extractive writer."""


def _transient(exc: BaseException) -> bool:
    return isinstance(exc, openai.RateLimitError | openai.InternalServerError | openai.APIConnectionError) or (
        isinstance(exc, openai.APIStatusError) and exc.status_code >= 500
    )


class LLMWriter:
    name: Literal["llm"] = "llm"

    def __init__(self, settings: Settings, stream: bool = False, attempts: int = 3) -> None:
        self.model = settings.llm_model
        self.timeout = settings.llm_timeout_seconds
        self.stream = stream
        self.attempts = attempts
        self.client = openai.AsyncOpenAI(
            api_key=settings.openai_api_key or "not-needed",  # local servers ignore it; the client requires one
            base_url=settings.openai_base_url,
            timeout=settings.llm_timeout_seconds,
            max_retries=0,  # retries are ours (tenacity), bounded by the overall deadline below
        )

    def messages(self, request: WriteRequest) -> list[dict[str, str]]:
        values = {"today": today(), "question": request.question, "topic": request.question}
        if request.since and request.until:
            values.update(
                since=request.since.isoformat(timespec="minutes"),
                until=request.until.isoformat(timespec="minutes"),
            )
        template = {"answer": "answer", "brief": "brief", "digest": "digest"}[request.kind]
        return [
            {"role": "system", "content": system_prompt()},
            {"role": "user", "content": render(template, request.citations, **values)},
        ]

    async def write(self, request: WriteRequest) -> str:
        try:
            return await asyncio.wait_for(self._write(request), timeout=self.timeout)
        except TimeoutError as exc:
            raise LLMError(f"the language model did not answer within {self.timeout:g} s") from exc
        except openai.APIStatusError as exc:
            raise LLMError(f"the language model endpoint answered HTTP {exc.status_code}") from exc
        except openai.APIConnectionError as exc:
            raise LLMError("the language model endpoint is unreachable") from exc
        except openai.OpenAIError as exc:
            raise LLMError(f"the language model failed: {type(exc).__name__}") from exc

    async def _write(self, request: WriteRequest) -> str:
        messages = self.messages(request)
        async for attempt in AsyncRetrying(
            retry=retry_if_exception(_transient),
            stop=stop_after_attempt(self.attempts),
            wait=wait_exponential(multiplier=0.5, max=4),
            reraise=True,
        ):
            with attempt:
                text = await (self._streamed(messages) if self.stream else self._complete(messages))
        if not text.strip():
            raise LLMError("the language model returned an empty answer")
        return text.strip()

    async def _complete(self, messages: list[dict[str, str]]) -> str:
        response = await self.client.chat.completions.create(
            model=self.model, messages=messages, temperature=0.1, max_tokens=600
        )
        return (response.choices[0].message.content or "") if response.choices else ""

    async def _streamed(self, messages: list[dict[str, str]]) -> str:
        stream = await self.client.chat.completions.create(
            model=self.model, messages=messages, temperature=0.1, max_tokens=600, stream=True
        )
        parts = []
        async for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                parts.append(chunk.choices[0].delta.content)
        return "".join(parts)

    async def close(self) -> None:
        await self.client.close()
