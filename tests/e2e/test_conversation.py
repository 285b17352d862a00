"""A conversation, not a search box: follow-ups, the reader's language, everything answered, forum topics."""

from __future__ import annotations

import asyncio
import itertools
import json
import time

import pytest

from bot.chat.app import build_application, start_application, stop_application
from bot.services import Services
from tests.e2e.conftest import make_settings

_message_ids = itertools.count(50_000)
ENGLISH_FRAMING = ("Sources", "Briefing:", "Extractive mode", "Usage", "Hello", "I read text", "Starting over")


def push(fake, chat_id: int, *, language: str = "en", chat_type: str = "private", **fields) -> int:
    """A message Update with fields push_message does not offer (photos, stickers, topics, language_code)."""
    user = {"id": chat_id if chat_type == "private" else 5001, "is_bot": False, "first_name": "Ana"}
    user["language_code"] = language
    chat = {"id": chat_id, "type": chat_type}
    chat.update({"first_name": "Ana"} if chat_type == "private" else {"title": "Forum", "is_forum": True})
    fake._chats[str(chat_id)] = chat
    message = {"message_id": next(_message_ids), "from": user, "chat": chat, "date": int(time.time()), **fields}
    return fake._enqueue({"message": message})


async def ask(fake, chat_id: int, text: str | None, **kwargs) -> str:
    before = len(fake.sent_messages(chat_id))
    push(fake, chat_id, **({"text": text} if text is not None else {}), **kwargs)
    messages = await fake.wait_for_messages(chat_id, before + 1, timeout=30)
    await asyncio.sleep(0.2)  # a long briefing may come in more than one message
    return "\n".join(m["text"] for m in fake.sent_messages(chat_id)[before:] or messages[before:])


def answer_text(body: str) -> str:
    """The answer without the source list (titles there may name other places)."""
    for label in ("<b>Sources</b>", "<b>Fuentes</b>", "<b>Fontes</b>"):
        body = body.split(label)[0]
    return body


async def test_follow_ups_answer_about_the_place_asked_before(fake_telegram, running_bot):
    chat = 4101
    first = await ask(fake_telegram, chat, "who won in Bolivia?")
    assert "Paz" in first
    margin = answer_text(await ask(fake_telegram, chat, "and by what margin?"))
    assert "Bolivia" in margin or "Paz" in margin
    assert "Kast" not in margin and "Asfura" not in margin
    second = answer_text(await ask(fake_telegram, chat, "who came second there?"))
    assert "Quiroga" in second or "Bolivia" in second
    assert "Kast" not in second and "Romania" not in second
    chile = answer_text(await ask(fake_telegram, chat, "¿y en Chile?"))
    assert "Kast" in chile and "Paz" not in chile


async def test_a_long_follow_up_naming_no_place_stays_with_the_conversation(fake_telegram, running_bot):
    chat = 4104
    assert "Paz" in await ask(fake_telegram, chat, "who won in Bolivia?")
    first_round = answer_text(await ask(fake_telegram, chat, "and what did the count say in the first round?"))
    assert "Bolivia" in first_round or "Paz" in first_round or "Quiroga" in first_round
    second = answer_text(await ask(fake_telegram, chat, "who finished second in the first round of voting?"))
    assert "Kast" not in second and "Jara" not in second and "Asfura" not in second
    assert "Quiroga" in second or "Paz" in second or "Bolivia" in second


async def test_new_forgets_the_context(fake_telegram, running_bot):
    chat = 4102
    assert "Paz" in await ask(fake_telegram, chat, "who won in Bolivia?")
    reply = await ask(fake_telegram, chat, "/new", entities=[{"type": "bot_command", "offset": 0, "length": 4}])
    assert "Starting over" in reply
    margin = answer_text(await ask(fake_telegram, chat, "and by what margin?"))
    assert "Paz Pereira" not in margin


async def test_context_survives_a_restart(fake_telegram, e2e_library, tmp_path):
    chat = 4103
    for step, question in enumerate(("who won in Bolivia?", "who came second there?")):
        settings = make_settings(fake_telegram, tmp_path)
        services = Services(settings=settings, library=e2e_library, owns_library=False)
        application = build_application(settings, services)
        await start_application(application)
        try:
            body = answer_text(await ask(fake_telegram, chat, question))
        finally:
            await stop_application(application)
        assert "Paz" in body if step == 0 else ("Kast" not in body and ("Quiroga" in body or "Bolivia" in body))


async def test_the_bot_keeps_the_races_asked_before(fake_telegram, e2e_library, tmp_path):
    """What the bot stores after a follow-up to another place holds the race asked before it, as the
    conversation bench carries it (a follow-up pointing back to it: "and turnout in the first one?")."""
    from bot.chat.context import ContextStore, context_key

    chat = 4105
    settings = make_settings(fake_telegram, tmp_path)
    services = Services(settings=settings, library=e2e_library, owns_library=False)
    application = build_application(settings, services)
    await start_application(application)
    try:
        assert "Paz" in await ask(fake_telegram, chat, "who won in Bolivia?")
        assert "Kast" in answer_text(await ask(fake_telegram, chat, "¿y en Chile?"))
    finally:
        await stop_application(application)
    store = ContextStore(tmp_path)
    try:
        carried = store.get(context_key(chat))
    finally:
        store.close()
    assert carried is not None and carried.places == ["CL"]
    assert [race.places for race in carried.earlier] == [["BO"]]


@pytest.mark.parametrize(
    ("language", "question", "label"),
    [("es", "¿Quién ganó en Chile?", "Fuentes"), ("pt", "Quem ganhou as eleições no Chile?", "Fontes")],
)
async def test_spanish_and_portuguese_readers_get_no_english_framing(
    fake_telegram, running_bot, language, question, label
):
    chat = 4200 + len(language) + ord(language[0])
    body = await ask(fake_telegram, chat, question, language="en")  # the question's language wins
    assert "Kast" in body and label in body
    assert not any(word in body for word in ENGLISH_FRAMING), body
    usage = await ask(fake_telegram, chat, "/brief", language=language, entities=[_command("/brief")])
    assert "Chile" in usage and not any(word in usage for word in ENGLISH_FRAMING), usage
    start = await ask(fake_telegram, chat, "/start", language=language, entities=[_command("/start")])
    assert not any(word in start for word in ENGLISH_FRAMING), start


def _command(text: str) -> dict:
    return {"type": "bot_command", "offset": 0, "length": len(text)}


async def test_a_photo_caption_is_the_question_and_a_sticker_gets_a_reply(fake_telegram, running_bot):
    chat = 4301
    photo = [{"file_id": "p1", "file_unique_id": "u1", "width": 90, "height": 90}]
    body = await ask(fake_telegram, chat, None, photo=photo, caption="who won in Chile?")
    assert "Kast" in body
    sticker = {
        "file_id": "s1",
        "file_unique_id": "su1",
        "type": "regular",
        "width": 512,
        "height": 512,
        "is_animated": False,
        "is_video": False,
    }
    reply = await ask(fake_telegram, chat, None, sticker=sticker)
    assert "I read text" in reply
    voice = {"file_id": "v1", "file_unique_id": "vu1", "duration": 3}
    reply = await ask(fake_telegram, chat, None, voice=voice, language="es")
    assert "Leo texto" in reply


async def test_a_question_in_a_forum_topic_is_answered_in_that_topic(fake_telegram, running_bot):
    group = -1004400
    text = "@briefbot_test_bot who won in Chile?"
    mention = {"type": "mention", "offset": 0, "length": len("@briefbot_test_bot")}
    push(
        fake_telegram,
        group,
        chat_type="supergroup",
        text=text,
        entities=[mention],
        message_thread_id=77,
        is_topic_message=True,
    )
    [reply] = await fake_telegram.wait_for_messages(group, 1, timeout=30)
    assert "Kast" in reply["text"]
    assert str(reply.get("message_thread_id")) == "77"
    # the context is per topic: a follow-up in another topic does not inherit Chile
    push(
        fake_telegram,
        group,
        chat_type="supergroup",
        text="@briefbot_test_bot who won in Bolivia?",
        entities=[mention],
        message_thread_id=78,
        is_topic_message=True,
    )
    messages = await fake_telegram.wait_for_messages(group, 2, timeout=30)
    assert str(messages[-1].get("message_thread_id")) == "78" and "Paz" in messages[-1]["text"]


async def test_inline_query_returns_cited_briefing_cards(fake_telegram, running_bot):
    answered = []
    fake_telegram.handlers["answerInlineQuery"] = lambda params: answered.append(params) or True
    user = {"id": 4501, "is_bot": False, "first_name": "Ana", "language_code": "en"}
    started = time.monotonic()
    fake_telegram._enqueue({"inline_query": {"id": "iq1", "from": user, "query": "Chile", "offset": ""}})
    await fake_telegram.wait_for(lambda _calls: answered, timeout=10)
    assert time.monotonic() - started < 2.0
    results = answered[0]["results"]
    results = json.loads(results) if isinstance(results, str) else results
    assert 1 <= len(results) <= 3
    card = results[0]
    assert card["type"] == "article" and "Chile" in card["title"]
    body = card["input_message_content"]["message_text"]
    assert "Kast" in body and "[1]" in body and '<a href="http' in body


def test_conversation_context_lives_in_the_shared_state_store(tmp_path):
    """One context store for the bot and the replicas' shared state: a Query put through the conversation
    layer is read back by a second store on the same data dir (another process, or replica), and expires."""
    from bot.chat.context import ContextStore, context_key
    from retrieval.query import parse_question

    first = ContextStore(tmp_path, minutes=30)
    second = ContextStore(tmp_path, minutes=30)
    try:
        key = context_key(42, 7)
        first.put(key, parse_question("Who won in Bolivia?"))
        assert second.get(key) is not None and second.get(key).places == ["BO"]
        second.clear(key)
        assert first.get(key) is None
    finally:
        first.close()
        second.close()
