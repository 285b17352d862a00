"""A loopback OpenAI-compatible chat-completions server for tests.

Why: the bot's LLM client (retries, streaming, timeouts, error mapping) must run against real HTTP,
so this server answers ``/v1/chat/completions`` and ``/v1/models`` on 127.0.0.1 with replies from a
pluggable responder, records requests and can fail or stall on demand.
"""

from __future__ import annotations

import asyncio
import inspect
import itertools
import json
import re
import time
from collections import deque
from collections.abc import Awaitable, Callable
from types import TracebackType
from typing import Any

from aiohttp import web

JSONDict = dict[str, Any]
Responder = Callable[[JSONDict], "str | Awaitable[str]"]
DEFAULT_REPLY = "No answer."

_ERROR_KINDS: dict[int, tuple[str, str]] = {
    400: ("invalid_request_error", "invalid_request"),
    401: ("invalid_request_error", "invalid_api_key"),
    403: ("invalid_request_error", "permission_denied"),
    404: ("invalid_request_error", "model_not_found"),
    429: ("rate_limit_exceeded", "rate_limit_exceeded"),
    500: ("server_error", "internal_error"),
    502: ("server_error", "bad_gateway"),
    503: ("server_error", "service_unavailable"),
}


def default_responder(request: JSONDict) -> str:
    """Fixed reply so tests that do not care about content still get a valid completion."""
    return DEFAULT_REPLY


def _approx_tokens(text: str) -> int:
    """Rough token count: usage numbers only need to be plausible and deterministic."""
    return max(1, len(re.findall(r"\w+|[^\w\s]", text)))


def _prompt_text(request: JSONDict) -> str:
    parts: list[str] = []
    for message in request.get("messages") or []:
        content = message.get("content")
        if isinstance(content, str):
            parts.append(content)
        elif isinstance(content, list):
            parts.extend(str(p.get("text", "")) for p in content if isinstance(p, dict))
    return "\n".join(parts)


class FakeOpenAIServer:
    """An OpenAI API double: pluggable replies, SSE streaming, injected errors and latency."""

    def __init__(self, responder: Responder | None = None, *, models: list[str] | None = None) -> None:
        """Why a responder: each test decides the model's answer (fixed, echo, or derived from the prompt)."""
        self.responder: Responder = responder or default_responder
        self.models: list[str] = models or ["gpt-4o-mini"]
        self.requests: list[JSONDict] = []
        self.headers: list[dict[str, str]] = []
        self.delay: float = 0.0
        self.chunk_delay: float = 0.0
        self._failures: deque[tuple[int, str]] = deque()
        self.rejected_formats: dict[str, int] = {}
        self._ids = itertools.count(1)
        self._runner: web.AppRunner | None = None
        self._port: int | None = None

    # ----------------------------------------------------------------------------------------- life cycle
    @property
    def url(self) -> str:
        """Root URL of the server."""
        if self._port is None:
            raise RuntimeError("server not started")
        return f"http://127.0.0.1:{self._port}"

    @property
    def base_url(self) -> str:
        """Value for ``openai.AsyncOpenAI(base_url=...)``."""
        return f"{self.url}/v1"

    async def start(self) -> FakeOpenAIServer:
        """Bind an ephemeral port so parallel tests never collide."""
        app = web.Application()
        app.router.add_post("/v1/chat/completions", self._chat_completions)
        app.router.add_get("/v1/models", self._list_models)
        self._runner = web.AppRunner(app, handle_signals=False, access_log=None, shutdown_timeout=0.2)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self._port = int(self._runner.addresses[0][1])
        return self

    async def stop(self) -> None:
        """Release the port; safe to call twice."""
        if self._runner is not None:
            runner, self._runner = self._runner, None
            await runner.cleanup()

    async def __aenter__(self) -> FakeOpenAIServer:
        return await self.start()

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.stop()

    # ----------------------------------------------------------------------------------- test controls
    def fail_next(self, status: int = 500, times: int = 1, *, message: str | None = None) -> None:
        """Make the next ``times`` completion requests fail with an OpenAI-shaped error."""
        for _ in range(times):
            self._failures.append((status, message or f"Injected failure with status {status}"))

    def reject_format(self, kind: str, status: int = 500) -> None:
        """Answer every request whose ``response_format.type`` is ``kind`` with an error, as servers that do not
        support it do (llama.cpp's server: HTTP 500 for ``json_schema``; others: 400). A responder that ignores
        ``response_format`` stands for a server that accepts the parameter and answers plain text anyway."""
        self.rejected_formats[kind] = status

    def like_llama_cpp(self) -> None:
        """Reject ``json_schema`` with HTTP 500 and accept ``json_object`` (with its schema), as llama.cpp does."""
        self.reject_format("json_schema", 500)

    @property
    def formats(self) -> list[str | None]:
        """The ``response_format.type`` of each request received (None when there was none)."""
        return [(r.get("response_format") or {}).get("type") for r in self.requests]

    @property
    def last_request(self) -> JSONDict:
        """The most recent completion request body (raises if there was none)."""
        if not self.requests:
            raise AssertionError("no chat completion request was received")
        return self.requests[-1]

    async def wait_for_requests(self, count: int = 1, timeout: float = 10.0) -> list[JSONDict]:  # noqa: ASYNC109
        """Wait until ``count`` completion requests arrived; for background tasks in the bot."""
        deadline = time.monotonic() + timeout
        while len(self.requests) < count:
            if time.monotonic() >= deadline:
                raise TimeoutError(f"expected {count} requests within {timeout}s, got {len(self.requests)}")
            await asyncio.sleep(0.01)
        return list(self.requests)

    # ------------------------------------------------------------------------------------------ routes
    async def _list_models(self, request: web.Request) -> web.Response:
        created = int(time.time())
        data = [{"id": m, "object": "model", "created": created, "owned_by": "fake-openai"} for m in self.models]
        return web.json_response({"object": "list", "data": data})

    async def _chat_completions(self, request: web.Request) -> web.StreamResponse:
        try:
            body = await request.json()
        except ValueError:
            return self._error(400, "We could not parse the JSON body of your request.")
        if not isinstance(body, dict) or not isinstance(body.get("messages"), list):
            return self._error(400, "'messages' is a required property")
        self.requests.append(body)
        self.headers.append(dict(request.headers))
        if self.delay:
            await asyncio.sleep(self.delay)
        if self._failures:
            status, message = self._failures.popleft()
            return self._error(status, message)
        kind = (body.get("response_format") or {}).get("type")
        if kind in self.rejected_formats:
            return self._error(self.rejected_formats[kind], f"response_format type {kind!r} is not supported")
        reply = self.responder(body)
        if inspect.isawaitable(reply):
            reply = await reply
        model = str(body.get("model") or self.models[0])
        completion_id = f"chatcmpl-fake{next(self._ids)}"
        usage = self._usage(body, reply)
        if body.get("stream"):
            return await self._stream(request, body, completion_id, model, reply, usage)
        return web.json_response(
            {
                "id": completion_id,
                "object": "chat.completion",
                "created": int(time.time()),
                "model": model,
                "system_fingerprint": "fp_fake",
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": reply, "refusal": None},
                        "logprobs": None,
                        "finish_reason": "stop",
                    }
                ],
                "usage": usage,
            }
        )

    async def _stream(
        self,
        request: web.Request,
        body: JSONDict,
        completion_id: str,
        model: str,
        reply: str,
        usage: JSONDict,
    ) -> web.StreamResponse:
        """Send SSE chunks the way OpenAI does: role first, content pieces, finish, optional usage."""
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream", "Cache-Control": "no-cache"})
        await response.prepare(request)
        created = int(time.time())
        include_usage = bool((body.get("stream_options") or {}).get("include_usage"))

        def chunk(delta: JSONDict | None, finish: str | None, chunk_usage: JSONDict | None = None) -> bytes:
            choices = [] if delta is None else [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}]
            payload: JSONDict = {
                "id": completion_id,
                "object": "chat.completion.chunk",
                "created": created,
                "model": model,
                "system_fingerprint": "fp_fake",
                "choices": choices,
            }
            if include_usage:
                payload["usage"] = chunk_usage
            return f"data: {json.dumps(payload)}\n\n".encode()

        await response.write(chunk({"role": "assistant", "content": "", "refusal": None}, None))
        for piece in re.findall(r"\S+\s*|\s+", reply):
            if self.chunk_delay:
                await asyncio.sleep(self.chunk_delay)
            await response.write(chunk({"content": piece}, None))
        await response.write(chunk({}, "stop"))
        if include_usage:
            await response.write(chunk(None, None, usage))
        await response.write(b"data: [DONE]\n\n")
        await response.write_eof()
        return response

    @staticmethod
    def _usage(body: JSONDict, reply: str) -> JSONDict:
        prompt_tokens = _approx_tokens(_prompt_text(body))
        completion_tokens = _approx_tokens(reply)
        return {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        }

    @staticmethod
    def _error(status: int, message: str) -> web.Response:
        """OpenAI's error envelope; 429 carries retry-after: 0 so client retries stay instant."""
        kind, code = _ERROR_KINDS.get(status, ("server_error" if status >= 500 else "invalid_request_error", "error"))
        headers = {"retry-after": "0"} if status == 429 else None
        return web.json_response(
            {"error": {"message": message, "type": kind, "param": None, "code": code}},
            status=status,
            headers=headers,
        )
