"""Prove the loopback servers speak the real protocols, driven by the real openai and PTB clients.

Why: every other test trusts these doubles, so they are checked against the libraries themselves.
"""

from __future__ import annotations

import asyncio

import openai
import pytest
import telegram
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, RetryAfter

from tests.servers.fake_openai import FakeOpenAIServer
from tests.servers.fake_telegram import BOT_USERNAME, FakeTelegramServer
from tests.servers.fixtures import fake_openai, fake_telegram

# Referencing the imported fixtures registers them for this module (until tests/conftest.py does) and
# keeps ruff from reading the same-named test parameters as redefinitions.
_FIXTURES = (fake_openai, fake_telegram)
TOKEN = "123456:TEST-token"


def _client(server: FakeOpenAIServer) -> openai.AsyncOpenAI:
    return openai.AsyncOpenAI(base_url=server.base_url, api_key="test", max_retries=0)


def _bot(server: FakeTelegramServer) -> telegram.Bot:
    return telegram.Bot(token=TOKEN, base_url=f"{server.url}/bot")


# ------------------------------------------------------------------------------------------------ OpenAI
async def test_openai_completion_non_streaming(fake_openai: FakeOpenAIServer) -> None:
    fake_openai.responder = lambda req: f"Answer to: {req['messages'][-1]['content']}"
    async with _client(fake_openai) as client:
        result = await client.chat.completions.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": "who governs?"}]
        )
    assert result.choices[0].message.content == "Answer to: who governs?"
    assert result.usage is not None and result.usage.total_tokens > 0
    assert fake_openai.requests[0]["model"] == "gpt-4o-mini"


async def test_openai_completion_streaming(fake_openai: FakeOpenAIServer) -> None:
    fake_openai.responder = lambda req: "A short, cited briefing [1]."
    async with _client(fake_openai) as client:
        stream = await client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "user", "content": "brief me"}],
            stream=True,
            stream_options={"include_usage": True},
        )
        pieces = [c.choices[0].delta.content or "" async for c in stream if c.choices]
    assert "".join(pieces) == "A short, cited briefing [1]."
    assert len(pieces) > 2
    assert fake_openai.last_request["stream"] is True


async def test_openai_default_reply_and_models(fake_openai: FakeOpenAIServer) -> None:
    async with _client(fake_openai) as client:
        result = await client.chat.completions.create(model="m", messages=[{"role": "user", "content": "x"}])
        models = await client.models.list()
    assert result.choices[0].message.content == "No answer."
    assert [m.id for m in models.data] == ["gpt-4o-mini"]


async def test_openai_injected_errors(fake_openai: FakeOpenAIServer) -> None:
    fake_openai.fail_next(500)
    fake_openai.fail_next(429)
    async with _client(fake_openai) as client:
        with pytest.raises(openai.InternalServerError):
            await client.chat.completions.create(model="m", messages=[{"role": "user", "content": "x"}])
        with pytest.raises(openai.RateLimitError) as info:
            await client.chat.completions.create(model="m", messages=[{"role": "user", "content": "x"}])
        assert info.value.response.headers["retry-after"] == "0"
        ok = await client.chat.completions.create(model="m", messages=[{"role": "user", "content": "x"}])
    assert ok.choices[0].message.content == "No answer."
    assert len(fake_openai.requests) == 3


async def test_openai_delay_triggers_client_timeout(fake_openai: FakeOpenAIServer) -> None:
    fake_openai.delay = 0.5
    async with openai.AsyncOpenAI(base_url=fake_openai.base_url, api_key="test", max_retries=0, timeout=0.1) as client:
        with pytest.raises(openai.APITimeoutError):
            await client.chat.completions.create(model="m", messages=[{"role": "user", "content": "x"}])


# ---------------------------------------------------------------------------------------------- Telegram
async def test_telegram_get_me_and_send_message(fake_telegram: FakeTelegramServer) -> None:
    async with _bot(fake_telegram) as bot:  # initialize() itself calls getMe
        me = await bot.get_me()
        sent = await bot.send_message(chat_id=111, text="<b>Hello</b> &amp; welcome", parse_mode=ParseMode.HTML)
        edited = await bot.edit_message_text(
            "<i>Updated</i>", chat_id=111, message_id=sent.message_id, parse_mode=ParseMode.HTML
        )
    assert me.id == 4242 and me.username == BOT_USERNAME and me.can_join_groups
    assert sent.chat.id == 111 and sent.text == "Hello & welcome" and sent.message_id == 1
    assert isinstance(edited, telegram.Message) and edited.text == "Updated"
    messages = fake_telegram.sent_messages(111)
    assert [m["parse_mode"] for m in messages] == ["HTML", "HTML"]
    assert messages[0]["chat_id"] == 111 and messages[1]["message_id"] == 1
    assert fake_telegram.calls_of("getMe") and fake_telegram.calls[0].token == TOKEN


async def test_telegram_rejects_bad_html(fake_telegram: FakeTelegramServer) -> None:
    async with _bot(fake_telegram) as bot:
        with pytest.raises(BadRequest, match=r"(?i)can't parse entities"):
            await bot.send_message(chat_id=1, text="1 < 2 <b>bold", parse_mode=ParseMode.HTML)
    assert fake_telegram.calls_of("sendMessage")[0].ok is False
    assert fake_telegram.sent_messages() == []


async def test_telegram_pushed_command_reaches_get_updates(fake_telegram: FakeTelegramServer) -> None:
    async with _bot(fake_telegram) as bot:
        first = fake_telegram.push_message(-100500, f"/brief@{BOT_USERNAME} housing", chat_type="supergroup")
        updates = await bot.get_updates(offset=first, timeout=1)
        assert len(updates) == 1
        message = updates[0].message
        assert message is not None and message.chat.type == "supergroup" and message.chat.id == -100500
        assert message.entities[0].type == "bot_command"
        assert message.parse_entities(["bot_command"]) == {message.entities[0]: f"/brief@{BOT_USERNAME}"}
        # Confirming via offset forgets it; an empty long poll returns within the 1 s cap.
        assert await bot.get_updates(offset=updates[0].update_id + 1, timeout=1) == ()


async def test_telegram_long_poll_wakes_on_push(fake_telegram: FakeTelegramServer) -> None:
    async with _bot(fake_telegram) as bot:
        poll = asyncio.create_task(bot.get_updates(timeout=1))
        await asyncio.sleep(0.05)
        fake_telegram.push_callback_query(7, "more:3")
        updates = await asyncio.wait_for(poll, 1.5)
    assert updates[0].callback_query is not None and updates[0].callback_query.data == "more:3"


async def test_telegram_injected_failures(fake_telegram: FakeTelegramServer) -> None:
    fake_telegram.fail_next("sendMessage", retry_after=3)
    fake_telegram.forbid_chat(222)
    fake_telegram.chat_not_found(333)
    async with _bot(fake_telegram) as bot:
        with pytest.raises(RetryAfter, match="Retry in 3"):
            await bot.send_message(chat_id=111, text="hi")
        with pytest.raises(Forbidden, match="blocked"):
            await bot.send_message(chat_id=222, text="hi")
        with pytest.raises(BadRequest, match=r"(?i)chat not found"):
            await bot.send_message(chat_id=333, text="hi")
        await bot.send_message(chat_id=111, text="hi")
    sends = fake_telegram.calls_of("sendMessage")
    assert [(c.ok, c.error_code) for c in sends] == [(False, 429), (False, 403), (False, 400), (True, None)]
    assert await fake_telegram.wait_for_messages(111, 1, timeout=1) == [sends[-1].params]
