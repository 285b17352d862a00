"""The bot as Telegram carries it: updates in over getUpdates, replies out over sendMessage, on loopback."""

from __future__ import annotations

import asyncio
import html
import re
from datetime import UTC, datetime

import pytest
from telegram.ext import CommandHandler

from bot.digests.schedule import digest_job
from retrieval.articles import Article
from retrieval.ingest import ingest_articles
from tests.e2e.conftest import ADMIN

USER = 1001


def text_of(messages: list[dict]) -> str:
    """The text a reader sees (entities decoded); the raw HTML is checked where escaping matters."""
    return html.unescape("\n".join(m["text"] for m in messages))


def raw_of(messages: list[dict]) -> str:
    return "\n".join(m["text"] for m in messages)


async def test_start_explains_and_offers_an_example(fake_telegram, running_bot):
    fake_telegram.push_message(USER, "/start")
    [reply] = await fake_telegram.wait_for_messages(USER, 1)
    assert "/brief Chile" in reply["text"]
    assert reply["parse_mode"] == "HTML"
    commands = fake_telegram.calls_of("setMyCommands")
    assert commands and "brief" in str(commands[-1].params)


async def test_brief_chile_is_cited_and_gets_the_result_right(fake_telegram, running_bot):
    fake_telegram.push_message(USER, "/brief Chile")
    messages = await fake_telegram.wait_for_messages(USER, 1)
    body = raw_of(messages)
    assert "Kast" in body and "58" in body
    assert re.search(r"\[\d+\]", body)
    assert '<a href="http' in body  # the sources are listed as links
    assert "Extractive mode" not in body  # the writer footer only appears when it tells something (a fallback)
    assert all(m["parse_mode"] == "HTML" and len(m["text"]) < 4096 for m in messages)
    assert "sub:Chile" in str(messages[-1].get("reply_markup"))  # the subscribe button
    previews = [m.get("link_preview_options") for m in messages]
    assert all(p and "true" in str(p).lower() for p in previews)


async def test_plain_question_in_private_chat(fake_telegram, running_bot):
    fake_telegram.push_message(USER, "who won in Bolivia, and by what margin?")
    body = text_of(await fake_telegram.wait_for_messages(USER, 1))
    assert "Paz" in body and "[" in body


async def test_bare_brief_shows_usage_and_covered_places(fake_telegram, running_bot):
    fake_telegram.push_message(USER, "/brief")
    body = text_of(await fake_telegram.wait_for_messages(USER, 1))
    assert "Usage" in body and "Chile" in body


async def test_very_long_message_is_answered_about_its_first_part(fake_telegram, running_bot):
    question = "Who won the presidential runoff in Chile? " + "Please add more detail. " * 220
    assert len(question) > 5000
    fake_telegram.push_message(USER, question)
    body = text_of(await fake_telegram.wait_for_messages(USER, 1))
    assert "first part" in body


async def test_unknown_place_gets_a_clear_answer_without_guessing(fake_telegram, running_bot):
    fake_telegram.push_message(USER, "/brief Atlantis")
    body = text_of(await fake_telegram.wait_for_messages(USER, 1))
    assert "won't guess" in body or "don't" in body
    assert "Sources" not in body


async def test_no_coverage_abstains(fake_telegram, running_bot):
    fake_telegram.push_message(USER, "Who won the election in Fiji?")
    body = text_of(await fake_telegram.wait_for_messages(USER, 1))
    assert "Fiji" in body and "won't guess" in body
    assert "Sources" not in body


async def test_group_messages_need_a_mention(fake_telegram, running_bot):
    group = -100200
    fake_telegram.push_message(group, "who won in Chile?", chat_type="group", title="Politics")
    fake_telegram.push_message(group, "@briefbot_test_bot who won in Chile?", chat_type="group", title="Politics")
    messages = await fake_telegram.wait_for_messages(group, 1)
    await asyncio.sleep(0.5)
    assert len(fake_telegram.sent_messages(group)) == len(messages) == 1  # the unaddressed one was ignored
    assert "Kast" in messages[0]["text"]


async def test_group_command_with_bot_name(fake_telegram, running_bot):
    group = -100300
    fake_telegram.push_message(group, "/brief@briefbot_test_bot Chile", chat_type="supergroup", title="News")
    body = text_of(await fake_telegram.wait_for_messages(group, 1))
    assert "Kast" in body


async def test_html_in_article_titles_is_escaped(fake_telegram, running_bot, e2e_library):
    article = Article(
        title="<b>Paraguay</b> & the <script>vote</script>",
        source="Asunción <Daily>",
        url="https://example.org/py",
        published_at="2023-05-02",
        text=(
            "Santiago Peña of the Colorado Party won Paraguay's presidential election with 42.7% of the vote, "
            "ahead of Efraín Alegre, who took 27.5%, in Asunción on Sunday. Paraguay's Colorado Party has "
            "governed almost without interruption for seven decades."
        ),
    )
    await asyncio.to_thread(ingest_articles, e2e_library, [article])
    fake_telegram.push_message(USER, "/brief Paraguay")
    body = raw_of(await fake_telegram.wait_for_messages(USER, 1))
    assert "&lt;script&gt;" in body or "&lt;b&gt;" in body
    assert "<script>" not in body and "<Daily>" not in body


async def test_a_failing_handler_apologises_and_the_bot_keeps_running(fake_telegram, running_bot):
    async def boom(update, context):
        raise RuntimeError("simulated handler failure")

    # Group 1 so it runs beside the built-in handlers (which answer /boom as an unknown command).
    running_bot.add_handler(CommandHandler("boom", boom), group=1)
    fake_telegram.push_message(USER, "/boom")
    messages = await fake_telegram.wait_for_messages(USER, 2)
    assert any("Sorry, something went wrong" in m["text"] for m in messages)
    fake_telegram.push_message(USER, "/start")
    await fake_telegram.wait_for_messages(USER, 3)


async def test_unknown_command_gets_help(fake_telegram, running_bot):
    fake_telegram.push_message(USER, "/frobnicate")
    body = text_of(await fake_telegram.wait_for_messages(USER, 1))
    assert "don't know that command" in body and "/brief" in body


async def test_telegram_rate_limit_is_retried(fake_telegram, running_bot):
    fake_telegram.fail_next("sendMessage", error_code=429, retry_after=1)
    fake_telegram.push_message(USER, "/help")
    [reply] = await fake_telegram.wait_for_messages(USER, 1, timeout=10)
    assert "/brief" in reply["text"]
    assert any(not c.ok for c in fake_telegram.calls_of("sendMessage"))


@pytest.mark.bot_settings(questions_per_minute=2)
async def test_per_user_question_limit(fake_telegram, running_bot):
    for _ in range(3):
        fake_telegram.push_message(USER, "who won in Chile?")
    messages = await fake_telegram.wait_for_messages(USER, 3)
    assert sum("faster than I can research" in m["text"] for m in messages) == 1


@pytest.mark.bot_settings(allowed_chat_ids=[USER])
async def test_only_allowed_chats_are_served(fake_telegram, running_bot):
    stranger = 4242_0
    fake_telegram.push_message(stranger, "/start")
    fake_telegram.push_message(stranger, "/brief Chile")
    [refusal] = await fake_telegram.wait_for_messages(stranger, 1)
    assert "not available" in refusal["text"]
    fake_telegram.push_message(USER, "/start")
    await fake_telegram.wait_for_messages(USER, 1)
    assert len(fake_telegram.sent_messages(stranger)) == 1  # one polite refusal, not one per message


async def test_admin_commands(fake_telegram, running_bot):
    fake_telegram.push_message(USER, "/stats")
    fake_telegram.push_message(ADMIN, "/stats", user_id=ADMIN)
    [refused] = await fake_telegram.wait_for_messages(USER, 1)
    [stats] = await fake_telegram.wait_for_messages(ADMIN, 1)
    assert "Only admins" in refused["text"]
    assert "articles" in stats["text"] and "extractive" in stats["text"]


async def test_sources_lists_outlets(fake_telegram, running_bot):
    fake_telegram.push_message(USER, "/sources")
    body = text_of(await fake_telegram.wait_for_messages(USER, 1))
    assert "articles" in body and "Andes Wire" in body


async def test_subscribe_then_a_digest_arrives_with_new_coverage(fake_telegram, running_bot, e2e_library):
    chat = 2002
    fake_telegram.push_message(chat, "/subscribe Chile 07:30 America/Santiago")
    [confirmation] = await fake_telegram.wait_for_messages(chat, 1)
    assert "Chile" in confirmation["text"] and "07:30" in confirmation["text"]
    assert "America/Santiago" in confirmation["text"]
    [job] = [j for j in running_bot.job_queue.jobs() if j.name.startswith("digest:")]

    article = Article(
        title="Kast names his first cabinet in Chile",
        source="Andes Wire",
        url="https://example.org/kast-cabinet",
        published_at="2026-01-20",
        text=(
            "SANTIAGO — Chile's president-elect José Antonio Kast named his first cabinet on Tuesday, "
            "choosing an economist with market experience as finance minister and a former prosecutor for "
            "the interior ministry. Kast said security and growth would be the government's first priorities "
            "when he takes office in March."
        ),
    )
    await asyncio.to_thread(ingest_articles, e2e_library, [article])
    # Fire the subscription's slot now, as the daily job would at 07:30 in Santiago.
    slot = (job.data, datetime.now(UTC))
    await running_bot.job_queue.run_once(digest_job, when=0, data=slot).run(running_bot)
    messages = await fake_telegram.wait_for_messages(chat, 2)
    digest = raw_of(messages[1:])
    assert "Daily digest" in digest and "cabinet" in digest and re.search(r"\[\d+\]", digest)

    await running_bot.job_queue.run_once(digest_job, when=0, data=slot).run(running_bot)  # the same slot again
    await asyncio.sleep(0.5)
    assert len(fake_telegram.sent_messages(chat)) == 2  # nothing is sent twice

    fake_telegram.push_message(chat, "/subscriptions")
    listing = text_of(await fake_telegram.wait_for_messages(chat, 3))
    assert "Chile" in listing


async def test_subscribe_button_under_a_briefing(fake_telegram, running_bot):
    chat = 2003
    fake_telegram.push_callback_query(chat, "sub:Chile")
    [reply] = await fake_telegram.wait_for_messages(chat, 1)
    assert "Chile" in reply["text"]
    assert fake_telegram.calls_of("answerCallbackQuery")


async def test_typing_indicator_while_a_slow_llm_works(fake_telegram, fake_openai, e2e_library, tmp_path):
    """A slow answer shows "typing…"; the LLM's invented figure is removed and the reply says it used the LLM."""
    from bot.chat.app import build_application, start_application, stop_application
    from bot.services import Services
    from tests.e2e.conftest import make_settings

    fake_openai.delay = 1.2
    fake_openai.responder = lambda request: "Kast won Chile's runoff [1]. Kast won with 99% of the vote [1]."
    settings = make_settings(
        fake_telegram, tmp_path, writer="llm", openai_base_url=fake_openai.base_url, openai_api_key="k"
    )
    application = build_application(settings, Services(settings=settings, library=e2e_library, owns_library=False))
    await start_application(application)
    try:
        fake_telegram.push_message(USER, "who won in Chile?")
        # The reply streams: sent with its first checked sentence, then edited; the last edit is the briefing.
        await fake_telegram.wait_for(
            lambda _calls: any("language model" in m.get("text", "") for m in fake_telegram.sent_messages(USER))
        )
        body = html.unescape(fake_telegram.sent_messages(USER)[-1]["text"])
    finally:
        await stop_application(application)
    assert fake_telegram.calls_of("sendChatAction")
    assert "Kast won Chile's runoff [1]" in body and "99%" not in body
    assert "language model" in body


@pytest.mark.bot_settings(fetch_allow=["127.0.0.1"])  # the feed is on loopback: allow it
async def test_admin_ingests_a_feed_served_on_loopback(fake_telegram, running_bot):
    from aiohttp import web

    feed = """<?xml version="1.0"?><rss version="2.0"><channel><title>Caribbean Ledger</title>
    <item><title>Suriname's parliament elects Jennifer Geerlings-Simons as president</title>
    <link>https://example.org/suriname</link><pubDate>Sun, 06 Jul 2025 12:00:00 GMT</pubDate>
    <description>Suriname's National Assembly elected Jennifer Geerlings-Simons of the National Democratic Party
    as the country's first woman president on 6 July 2025, after her party won the most seats in the May
    legislative election. She was the only candidate and was chosen without a vote against her, in Paramaribo.
    Geerlings-Simons, a physician and long-time party leader, promised to put the economy first, as Suriname
    prepares for offshore oil revenues expected later in the decade. She succeeds Chan Santokhi, whose party
    came second in the legislative vote. Her coalition holds a comfortable majority in the assembly, which
    elects the president in the country's parliamentary system.</description></item>
    </channel></rss>"""

    async def serve_feed(request: web.Request) -> web.Response:
        return web.Response(text=feed, content_type="application/rss+xml")

    app = web.Application()
    app.router.add_get("/feed.xml", serve_feed)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]
    try:
        fake_telegram.push_message(ADMIN, f"/ingest http://127.0.0.1:{port}/feed.xml", user_id=ADMIN)
        [report] = await fake_telegram.wait_for_messages(ADMIN, 1, timeout=30)
    finally:
        await runner.cleanup()
    assert "Added 1 article" in report["text"]
    fake_telegram.push_message(ADMIN, "who was elected president in Suriname?", user_id=ADMIN)
    messages = await fake_telegram.wait_for_messages(ADMIN, 2)
    assert "Geerlings-Simons" in messages[-1]["text"]
