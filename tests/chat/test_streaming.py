"""Streamed replies (issue 13, part 3): the throttled editor on a virtual clock, and stream_answer's sentences."""

from __future__ import annotations

import asyncio
import itertools
from types import SimpleNamespace

import pytest
from telegram.error import BadRequest, RetryAfter

from bot.briefing import stream_answer
from bot.chat.streaming import GROUP_INTERVAL, StreamedReply
from bot.models import Briefing, Sentence
from tests.test_briefing import passage, services_for


class Clock:
    """Virtual time: sleeping advances it (and yields to the loop, so background edits run)."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += max(seconds, 0.0)
        await asyncio.sleep(0)


class FakeMessage:
    """Records what a reply did to Telegram, and when; `failures` are raised by the next edits."""

    def __init__(self, clock: Clock, chat_type: str = "private") -> None:
        self.clock = clock
        self.chat = SimpleNamespace(type=chat_type)
        self.log: list[tuple[str, float, str]] = []
        self.failures: list[Exception] = []
        self.text = ""

    async def reply_html(self, text: str, **kwargs) -> FakeMessage:
        self.log.append(("send", self.clock(), text))
        sent = FakeMessage(self.clock)
        sent.log, sent.failures, sent.text = self.log, self.failures, text
        return sent

    async def edit_text(self, text: str, **kwargs) -> FakeMessage:
        self.log.append(("edit", self.clock(), text))
        await self.clock.sleep(0.05)  # a request takes a little time
        if self.failures:
            raise self.failures.pop(0)
        if text == self.text:
            raise BadRequest("Message is not modified")
        self.text = text
        return self

    def calls(self, kind: str) -> list[tuple[str, float, str]]:
        return [c for c in self.log if c[0] == kind]


def gaps(times: list[float]) -> list[float]:
    return [b - a for a, b in itertools.pairwise(times)]


async def test_edits_are_at_least_the_interval_apart_and_end_on_the_final_text():
    clock = Clock()
    question = FakeMessage(clock)
    reply = StreamedReply(question, clock=clock, sleep=clock.sleep)  # type: ignore[arg-type]
    for i, at in enumerate([0.0, 0.1, 0.2, 0.3, 1.4, 1.5, 4.0]):
        await clock.sleep(at - clock.now)
        await reply.add(f"Sentence {i} [1].")
    await reply.finish(["Sentence 0 [1]. … Sentence 6 [1].\n\n<b>Sources</b>\n[1] A"])
    [send] = question.calls("send")
    edits = question.calls("edit")
    assert send[2] == "Sentence 0 [1]."
    times = [send[1]] + [at for _, at, _ in edits]
    assert all(gap >= 1.0 for gap in gaps(times)), times
    assert len(edits) < 7  # sentences that arrive together share an edit
    assert edits[-1][2].endswith("[1] A")
    shown = [text for _, _, text in edits[:-1]]
    assert "Sentence 6 [1]." in shown[-1] and shown[-1].startswith("Sentence 0 [1]. Sentence 1 [1].")


async def test_groups_get_fewer_edits():
    clock = Clock()
    question = FakeMessage(clock, chat_type="supergroup")
    reply = StreamedReply(question, clock=clock, sleep=clock.sleep)  # type: ignore[arg-type]
    assert reply.interval == GROUP_INTERVAL
    for i in range(5):
        await reply.add(f"Sentence {i} [1].")
        await clock.sleep(0.5)
    await reply.finish(["final"])
    times = [at for _, at, _ in question.log]
    assert all(gap >= GROUP_INTERVAL for gap in gaps(times)), times


async def test_retry_after_waits_and_keeps_the_text():
    clock = Clock()
    question = FakeMessage(clock)
    question.failures.append(RetryAfter(5))
    reply = StreamedReply(question, clock=clock, sleep=clock.sleep)  # type: ignore[arg-type]
    await reply.add("One [1].")
    await reply.add("Two [1].")
    await clock.sleep(0.1)
    await reply.add("Three [2].")
    await reply.finish(["One [1]. Two [1]. Three [2].\n\nSources"])
    edits = question.calls("edit")
    failed, retried = edits[0], edits[1]
    assert failed[2] == retried[2] == "One [1]. Two [1]."  # the same edit, retried
    assert retried[1] - failed[1] >= 5
    assert "Three [2]." in edits[-2][2]  # nothing lost: the next edit carries everything so far
    assert edits[-1][2].endswith("Sources")
    times = [question.log[0][1]] + [at for _, at, _ in edits]
    assert all(gap >= 1.0 for gap in gaps(times)), times


async def test_a_long_final_briefing_edits_the_first_chunk_and_sends_the_rest():
    clock = Clock()
    question = FakeMessage(clock)
    reply = StreamedReply(question, clock=clock, sleep=clock.sleep)  # type: ignore[arg-type]
    await reply.add("One [1].")
    await reply.finish(["chunk 1", "chunk 2", "chunk 3"])
    assert [(kind, text) for kind, _, text in question.log] == [
        ("send", "One [1]."),
        ("edit", "chunk 1"),
        ("send", "chunk 2"),
        ("send", "chunk 3"),
    ]
    assert all(gap >= 1.0 for gap in gaps([at for _, at, _ in question.log]))


async def test_retry_after_that_never_ends_gives_up():
    clock = Clock()
    question = FakeMessage(clock)
    question.failures.extend(RetryAfter(1) for _ in range(10))
    reply = StreamedReply(question, clock=clock, sleep=clock.sleep, max_retries=2)  # type: ignore[arg-type]
    await reply.add("One [1].")
    with pytest.raises(RetryAfter):
        await reply.finish(["final"])


# ---- stream_answer over the seeds store --------------------------------------------------------------------


def three_sentences(request: dict) -> str:
    """Three sentences copied from the passages, each with its marker (a faithful model)."""
    first = passage(request, 1)
    sentences = [s.strip() for s in first.split(". ") if "Kast" in s or "Jara" in s][:3]
    return " ".join(f"{s.rstrip('.')} [1]." for s in sentences)


async def test_stream_answer_yields_checked_sentences_then_the_same_briefing(seeded_library, fake_openai):
    fake_openai.responder = three_sentences
    fake_openai.chunk_delay = 0.005
    services = services_for(seeded_library, openai_base_url=fake_openai.base_url, openai_api_key="k")
    items = [item async for item in stream_answer(services, "Who won the Chilean runoff?", language="en")]
    *sentences, briefing = items
    assert isinstance(briefing, Briefing) and briefing.writer == "llm"
    assert all(isinstance(s, Sentence) for s in sentences) and len(sentences) >= 2
    assert [s.text for s in sentences] == [s.text for s in briefing.sentences]
    assert fake_openai.requests[-1].get("stream") is True
    # cached like answer_question: asked again, only the briefing comes back, with no new request
    asked = len(fake_openai.requests)
    again = [item async for item in stream_answer(services, "Who won the Chilean runoff?", language="en")]
    await services.aclose()
    if not briefing.warnings:
        assert len(again) == 1 and len(fake_openai.requests) == asked
    assert again[-1].answer == briefing.answer


async def test_stream_answer_falls_back_when_nothing_passes(seeded_library, fake_openai):
    fake_openai.responder = lambda request: "Kast won with 99% of the vote [1]. Jara got 1% [1]."
    services = services_for(seeded_library, openai_base_url=fake_openai.base_url, openai_api_key="k")
    items = [item async for item in stream_answer(services, "Who won the Chilean runoff?", language="en")]
    await services.aclose()
    assert len(items) == 1
    [briefing] = items
    assert briefing.writer == "extractive" and "Kast" in briefing.answer and briefing.notice
