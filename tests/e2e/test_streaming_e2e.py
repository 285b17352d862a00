"""Issue 13, part 3, over the loopback Bot API: an LLM's answer appears sentence by sentence in one message,
edited at most once a second, and ends as exactly the rendered checked briefing with its sources."""

from __future__ import annotations

import itertools
import re
from collections.abc import AsyncIterator

import pytest_asyncio

from bot.briefing import answer_question
from bot.chat.app import build_application, start_application, stop_application
from bot.chat.render import render_briefing
from bot.citations import check_drafts
from bot.models import Citation, DraftSentence
from bot.services import Services
from tests.e2e.conftest import make_settings
from tests.servers.fake_telegram import Call
from tests.test_briefing import passage

QUESTION = "who won in Chile?"


def three_sentences(request: dict) -> str:
    """Three sentences copied from the passages, each with its marker: a faithful model (its sentences are the
    first three about the candidates that pass the span-level check, so the test does not hang on its wording)."""
    chosen: list[str] = []
    for n in range(1, 10):
        try:
            text = passage(request, n)
        except AssertionError:
            break
        source = Citation(n=n, article_id="a", title="t", url="", source="s", published_at=None, quote=text)
        for raw in re.split(r"(?<=[.!?])\s+", text):
            sentence = f"{raw.strip().rstrip('.')} [{n}]."
            if ("Kast" in raw or "Jara" in raw) and check_drafts([DraftSentence(text=sentence)], [source]).sentences:
                chosen.append(sentence)
            if len(chosen) == 3:
                return " ".join(chosen)
    raise AssertionError("the passages hold no three checkable sentences about the candidates")


@pytest_asyncio.fixture
async def llm_bot(fake_telegram, fake_openai, e2e_library, tmp_path) -> AsyncIterator[Services]:
    fake_openai.responder = three_sentences
    fake_openai.chunk_delay = 0.04  # ~1 s per sentence: the reply has time to grow
    settings = make_settings(
        fake_telegram, tmp_path, writer="llm", openai_base_url=fake_openai.base_url, openai_api_key="k"
    )
    services = Services(settings=settings, library=e2e_library, owns_library=False)
    application = build_application(settings, services)
    await start_application(application)
    try:
        yield services
    finally:
        await stop_application(application)


def replies(fake_telegram, chat: int) -> list[Call]:
    return [
        c
        for c in fake_telegram.calls
        if c.method in ("sendMessage", "editMessageText") and str(c.params.get("chat_id")) == str(chat)
    ]


async def finished(fake_telegram, chat: int) -> list[Call]:
    await fake_telegram.wait_for(
        lambda calls: any(c.ok and "Sources" in str(c.params.get("text")) for c in replies(fake_telegram, chat)),
        timeout=40,
    )
    return replies(fake_telegram, chat)


async def expected_text(services: Services) -> str:
    briefing = await answer_question(services, QUESTION, language="en")  # the cache's (or an identical) answer
    assert briefing.writer == "llm" and len(briefing.sentences) == 3
    [text] = render_briefing(briefing)
    return text


def assert_streamed(calls: list[Call], final: str) -> None:
    sends = [c for c in calls if c.method == "sendMessage"]
    edits = [c for c in calls if c.method == "editMessageText"]
    assert len(sends) == 1 and sends[0].ok, "one message, then edits"
    assert sends[0].params["text"].count("[1]") == 1, "sent with the first checked sentence"
    assert len([e for e in edits if e.ok]) >= 2, "grown by edits"
    assert all(str(e.params["message_id"]) == str(edits[0].params["message_id"]) for e in edits)
    times = [c.at for c in calls]
    assert all(b - a >= 1.0 for a, b in itertools.pairwise(times)), [
        round(b - a, 2) for a, b in itertools.pairwise(times)
    ]
    assert calls[-1].ok and calls[-1].params["text"] == final
    assert "Sources" not in "".join(str(e.params["text"]) for e in edits[:-1]), "the sources come with the last edit"


async def test_an_llm_answer_is_streamed_into_one_message(fake_telegram, fake_openai, llm_bot):
    chat = 1313
    fake_telegram.push_message(chat, QUESTION)
    calls = await finished(fake_telegram, chat)
    assert fake_openai.requests[0].get("stream") is True
    assert_streamed(calls, await expected_text(llm_bot))


async def test_a_retry_after_on_an_edit_is_survived(fake_telegram, llm_bot):
    chat = 1314
    fake_telegram.fail_next("editMessageText", retry_after=1)
    fake_telegram.push_message(chat, QUESTION)
    calls = await finished(fake_telegram, chat)
    refused = [c for c in calls if not c.ok]
    assert [(c.method, c.error_code) for c in refused] == [("editMessageText", 429)]
    retried = calls[calls.index(refused[0]) + 1]
    assert retried.ok and retried.params["text"] == refused[0].params["text"], "the same edit, retried"
    assert_streamed([c for c in calls if c.ok or c is refused[0]], await expected_text(llm_bot))
