"""Issue 15 over the loopback Bot API: an election briefing comes with a chart photo, then the cited text."""

from __future__ import annotations

import asyncio
import itertools
import time

from tests.servers.fake_telegram import FakeTelegramServer

USER = 1515
_ids = itertools.count(91_000)


def _order(fake: FakeTelegramServer, chat_id: int) -> list[str]:
    return [
        c.method
        for c in fake.calls
        if c.ok and c.method in ("sendPhoto", "sendMessage") and str(c.params.get("chat_id")) == str(chat_id)
    ]


async def test_brief_chile_gets_a_photo_then_the_cited_text(fake_telegram, running_bot):
    fake_telegram.push_message(USER, "/brief Chile")
    messages = await fake_telegram.wait_for_messages(USER, 1, timeout=30)
    await asyncio.sleep(0.2)
    [photo] = [c.params for c in fake_telegram.calls_of("sendPhoto") if str(c.params.get("chat_id")) == str(USER)]
    assert photo["photo"]["head"] == "89504e470d0a1a0a"  # a PNG upload
    assert 1_000 < photo["photo"]["size"] <= 150_000
    assert "Chile" in photo["caption"] and "2025" in photo["caption"]
    order = _order(fake_telegram, USER)
    assert order[0] == "sendPhoto" and "sendMessage" in order[1:]
    body = "\n".join(m["text"] for m in messages)
    assert "Kast" in body and "[1]" in body and '<a href="http' in body


async def test_a_topic_question_gets_no_photo(fake_telegram, running_bot):
    chat = USER + 1
    fake_telegram.push_message(chat, "what is the inflation outlook in Argentina?")
    await fake_telegram.wait_for_messages(chat, 1, timeout=30)
    await asyncio.sleep(0.3)
    assert "sendPhoto" not in _order(fake_telegram, chat)


async def test_the_chart_goes_to_the_forum_topic_asked_in(fake_telegram, running_bot):
    group = -1005150
    chat = {"id": group, "type": "supergroup", "title": "Forum", "is_forum": True}
    fake_telegram._chats[str(group)] = chat
    user = {"id": 5151, "is_bot": False, "first_name": "Ana", "language_code": "en"}
    text = "@briefbot_test_bot who won in Bolivia?"
    message = {
        "message_id": next(_ids),
        "from": user,
        "chat": chat,
        "date": int(time.time()),
        "text": text,
        "entities": [{"type": "mention", "offset": 0, "length": len("@briefbot_test_bot")}],
        "message_thread_id": 91,
        "is_topic_message": True,
    }
    fake_telegram._enqueue({"message": message})
    [reply] = await fake_telegram.wait_for_messages(group, 1, timeout=30)
    [photo] = [c.params for c in fake_telegram.calls_of("sendPhoto") if str(c.params.get("chat_id")) == str(group)]
    assert str(photo.get("message_thread_id")) == "91" == str(reply.get("message_thread_id"))
