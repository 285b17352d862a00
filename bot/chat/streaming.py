"""A reply that grows: one message, sent with the first checked sentence and edited as more pass the check.

Telegram allows about one edit per second in a chat (20 messages a minute in a group), and a flood answers
429 RetryAfter. So edits are throttled per reply (the interval is measured from the end of the previous call,
so the requests themselves arrive at least that far apart), a RetryAfter is waited out and the edit retried with
everything accumulated so far, and the final edit (the rendered briefing with its sources) waits its turn too.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import warnings
from collections.abc import Awaitable, Callable
from datetime import timedelta
from html import escape

from telegram import InlineKeyboardMarkup, LinkPreviewOptions, Message
from telegram.constants import ChatType
from telegram.error import BadRequest, RetryAfter

from bot.chat.attachments import chart_for, digest_button, send_chart
from bot.chat.render import render_briefing
from bot.models import Briefing

log = logging.getLogger(__name__)

PRIVATE_INTERVAL = 1.0  # seconds between edits in a private chat
GROUP_INTERVAL = 3.0  # in groups (20 messages a minute)
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


def edit_interval(message: Message) -> float:
    return PRIVATE_INTERVAL if message.chat.type == ChatType.PRIVATE else GROUP_INTERVAL


def retry_seconds(exc: RetryAfter) -> float:
    with warnings.catch_warnings():  # PTB 22 warns that the int form is deprecated
        warnings.simplefilter("ignore")
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


class StreamedReply:
    """One message answering `question`, grown by `add` and settled by `finish`.

    `add` never blocks on the throttle: text that arrives too soon is shown by a background edit once the
    interval has passed (with whatever else arrived meanwhile). `clock` and `sleep` are injectable for tests.
    """

    def __init__(
        self,
        question: Message,
        interval: float | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
        max_retries: int = 5,
    ) -> None:
        self.question = question
        self.interval = edit_interval(question) if interval is None else interval
        self.clock = clock
        self.sleep = sleep
        self.max_retries = max_retries
        self.parts: list[str] = []
        self.message: Message | None = None
        self.shown = ""  # the text the message has now
        self.last = float("-inf")  # when the last call to Telegram ended
        self.edits = 0
        self._flusher: asyncio.Task[None] | None = None

    @property
    def started(self) -> bool:
        return self.message is not None

    def text(self) -> str:
        return escape(" ".join(self.parts))

    async def add(self, sentence: str) -> None:
        """Show one more (checked, plain-text) sentence: the first is sent at once, later ones by an edit."""
        self.parts.append(sentence)
        if self.message is None:
            text = self.text()
            self.message = await self._call(lambda: self._send(text))
            self.shown = text
            return
        if self._flusher is None or self._flusher.done():
            self._flusher = asyncio.create_task(self._flush())

    async def finish(self, chunks: list[str], markup: InlineKeyboardMarkup | None = None) -> list[Message]:
        """The last edit: the first chunk of the rendered briefing replaces the streamed text; any further chunks
        are sent after it (the markup goes with the last). Without a streamed message, all chunks are sent."""
        if self._flusher is not None:
            with contextlib.suppress(Exception):  # an edit that failed for good is superseded by this one
                await self._flusher
        messages: list[Message] = []
        rest = chunks
        if self.message is not None and chunks:
            first, *rest = chunks
            await self._edit(first, markup if not rest else None)
            messages.append(self.message)
        for i, chunk in enumerate(rest):
            last = i == len(rest) - 1
            messages.append(await self._call(lambda c=chunk, m=markup if last else None: self._send(c, m)))
        return messages

    # ------------------------------------------------------------------------------------------ internals
    async def _flush(self) -> None:
        while self.text() != self.shown:
            await self._edit(self.text())

    async def _edit(self, text: str, markup: InlineKeyboardMarkup | None = None) -> None:
        """Edit once the interval since the last call has passed; on RetryAfter, wait and retry."""
        assert self.message is not None
        message = self.message
        try:
            await self._call(
                lambda: message.edit_text(text, parse_mode="HTML", link_preview_options=NO_PREVIEW, reply_markup=markup)
            )
        except BadRequest as exc:
            if "not modified" not in str(exc).lower():
                raise
        self.shown = text
        self.edits += 1

    async def _send(self, text: str, markup: InlineKeyboardMarkup | None = None) -> Message:
        return await self.question.reply_html(
            text, link_preview_options=NO_PREVIEW, do_quote=False, reply_markup=markup
        )

    async def _call(self, request: Callable[[], Awaitable[Message]]) -> Message:
        for attempt in range(self.max_retries + 1):
            wait = self.last + self.interval - self.clock()
            if wait > 0:
                await self.sleep(wait)
            try:
                return await request()
            except RetryAfter as exc:
                if attempt == self.max_retries:
                    raise
                log.info("Telegram asked to slow down: retrying in %s s", retry_seconds(exc))
                await self.sleep(retry_seconds(exc))
            finally:
                self.last = self.clock()
        raise AssertionError("unreachable: the last attempt returns or raises")


async def finish_briefing(reply: StreamedReply, briefing: Briefing) -> None:
    """Settle a streamed reply on the final briefing: its rendered text (sources included) by the last edit, the
    digest button on the last message, then the chart, if any (a photo cannot replace a text message)."""
    data = chart_for(briefing)
    await reply.finish(render_briefing(briefing), digest_button(briefing))
    if data is not None:
        await send_chart(reply.question, data)
