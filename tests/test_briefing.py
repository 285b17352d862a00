"""The briefing pipeline with both writers: the real openai client against a loopback OpenAI-compatible
server, the extractive fallback when it fails, abstention, and injected instructions in sources."""

from __future__ import annotations

import html
import re
import socket

import pytest

from bot.briefing import answer_question, brief_topic
from bot.config import Settings
from bot.services import Services
from retrieval.library import Library
from retrieval.search import MAX_QUERY_CHARS


def services_for(library: Library, **settings: object) -> Services:
    return Services(settings=Settings(data_dir=library.data_dir, **settings), library=library, owns_library=False)


def passage(request: dict, n: int) -> str:
    prompt = request["messages"][-1]["content"]
    match = re.search(rf'<passage n="{n}"[^>]*>\n(.*?)\n</passage>', prompt, re.S)
    assert match, "the prompt carries numbered, fenced passages"
    _title, _, text = match.group(1).partition("\n")
    return html.unescape(text)


def result_sentence(request: dict) -> tuple[int, str]:
    """The first passage sentence that reports 58.2% (a responder that quotes its sources faithfully)."""
    for n in range(1, 10):
        try:
            text = passage(request, n)
        except AssertionError:
            break
        for sentence in re.split(r"(?<=\.)\s+", text):
            if "58.2%" in sentence and "Kast" in sentence:
                return n, sentence.rstrip(".")
    raise AssertionError("no passage reports the result")


async def test_llm_writer_answers_with_checked_citations(seeded_library, fake_openai):
    def responder(request: dict) -> str:
        n, sentence = result_sentence(request)
        return f"{sentence} [{n}]. Kast won with 71% of the vote [{n}]."  # the second figure is invented

    fake_openai.responder = responder
    services = services_for(seeded_library, openai_base_url=fake_openai.base_url, openai_api_key="k")
    briefing = await answer_question(services, "Who won the Chilean runoff?")
    await services.aclose()
    assert briefing.writer == "llm"
    assert "58.2%" in briefing.answer and "71%" not in briefing.answer
    assert any("71" in w for w in briefing.warnings)
    request = fake_openai.requests[-1]
    system = request["messages"][0]["content"]
    assert "untrusted" in system and "[1]" in system
    assert "untrusted data" in request["messages"][-1]["content"]


async def test_llm_writer_streams(seeded_library, fake_openai):
    fake_openai.responder = lambda request: "{} [{}].".format(*reversed(result_sentence(request)))
    services = services_for(seeded_library, openai_base_url=fake_openai.base_url, openai_api_key="k", llm_stream=True)
    briefing = await brief_topic(services, "Chile")
    await services.aclose()
    assert briefing.writer == "llm" and "Kast" in briefing.answer
    assert fake_openai.requests[-1].get("stream") is True


async def test_transient_errors_are_retried(seeded_library, fake_openai):
    fake_openai.responder = lambda request: "{} [{}].".format(*reversed(result_sentence(request)))
    fake_openai.fail_next(status=503, times=1)
    services = services_for(seeded_library, openai_base_url=fake_openai.base_url, openai_api_key="k")
    briefing = await answer_question(services, "Who won in Chile?")
    await services.aclose()
    assert briefing.writer == "llm"
    assert len(fake_openai.requests) >= 2


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def test_dead_endpoint_falls_back_to_extractive(seeded_library):
    services = services_for(seeded_library, openai_base_url=f"http://127.0.0.1:{closed_port()}/v1", openai_api_key="k")
    briefing = await brief_topic(services, "Chile")
    await services.aclose()
    assert briefing.writer == "extractive"
    assert "Kast" in briefing.answer and "58" in briefing.answer
    assert any("fell back" in w for w in briefing.warnings)
    assert briefing.notice and "unavailable" in briefing.notice


async def test_slow_endpoint_falls_back_within_the_timeout(seeded_library, fake_openai):
    fake_openai.delay = 5
    services = services_for(
        seeded_library, openai_base_url=fake_openai.base_url, openai_api_key="k", llm_timeout_seconds=0.5
    )
    briefing = await answer_question(services, "Who won in Chile?")
    await services.aclose()
    assert briefing.writer == "extractive" and "Kast" in briefing.answer
    assert any("did not answer within" in w for w in briefing.warnings)


async def test_extractive_brief_chile_gets_the_seed_facts_right(seeded_library):
    services = services_for(seeded_library)
    briefing = await brief_topic(services, "Chile")
    assert briefing.writer == "extractive"
    fact = briefing.facts[0]
    assert fact.place == "CL" and "Kast" in fact.winner and "Jara" in (fact.runner_up or "")
    assert round(fact.winner_share) == 58 and round(fact.runner_up_share) == 42
    assert briefing.answer.startswith(briefing.facts[0].sentence.split()[0])  # result first
    numbers = {c.n for c in briefing.citations}
    assert {int(n) for n in re.findall(r"\[(\d+)\]", briefing.answer)} <= numbers
    for c in briefing.citations:
        assert c.quote and c.title


async def test_final_count_wins_over_the_early_count(seeded_library):
    briefing = await answer_question(services_for(seeded_library), "Who won the presidential election in Honduras?")
    fact = briefing.facts[0]
    assert "Asfura" in fact.winner and fact.winner_share == pytest.approx(40.3)
    assert fact.stage == "final"


async def test_a_pasted_article_is_read_as_its_first_part(seeded_library, monkeypatch):
    """The parser reads only the first MAX_QUERY_CHARS (the whole of 60,000 characters took it seconds) and the
    reply says it answered the first part."""
    import bot.briefing as briefing_mod

    read: list[int] = []
    parse = briefing_mod.parse_question
    monkeypatch.setattr(briefing_mod, "parse_question", lambda q, *a, **k: read.append(len(q)) or parse(q, *a, **k))
    question = "Who won the presidential election in Honduras? " + "lorem ipsum dolor " * 3_500
    briefing = await answer_question(services_for(seeded_library), question)
    assert read and max(read) <= MAX_QUERY_CHARS
    assert "Asfura" in briefing.facts[0].winner
    assert briefing.notice and "first part" in briefing.notice


@pytest.mark.parametrize("question", ["Who won the election in Fiji?", "Who won Nepal's 2022 election?"])
async def test_no_coverage_abstains_and_cites_nothing(seeded_library, question):
    briefing = await answer_question(services_for(seeded_library), question)
    assert briefing.citations == [] and briefing.facts == []
    assert "won't guess" in briefing.answer


async def test_injected_instructions_have_no_effect(seeded_library, tmp_path):
    from retrieval.ingest import ingest

    library = Library(tmp_path / "store", embedder=seeded_library.embedder)
    ingest(library, ["bench/data/injection.jsonl"])
    briefing = await answer_question(services_for(library), "Who won Peru's 2021 runoff?")
    library.close()
    assert "Castillo" in briefing.answer
    assert "70%" not in briefing.answer and "ignore" not in briefing.answer.lower()
