"""The LLM writer against a real llama.cpp server with SmolLM2-135M-Instruct: real model output, streamed and
not, structured (json_object with a schema, after the server's HTTP 500 to json_schema) and not, becomes
well-formed DraftSentences. The model is tiny: these tests check shape and plumbing, never quality."""

from __future__ import annotations

from pathlib import Path

import openai
import pytest

from bench.llm import unsupported_figures
from bot.briefing import answer_question
from bot.config import Settings
from bot.llm_writer import EndpointMemory, LLMWriter, briefing_schema, find_quote
from bot.models import DraftSentence
from bot.services import Services
from retrieval.library import Library
from tests.llm_writer.test_llm_writer import CITATIONS, REQUEST
from tests.servers.llama import MODEL_NAME, llama_server  # noqa: F401


def real_writer(base_url: str, data_dir: Path, stream: bool = False) -> LLMWriter:
    settings = Settings(
        data_dir=data_dir, openai_base_url=base_url, openai_api_key="k", llm_model=MODEL_NAME, llm_timeout_seconds=120
    )
    writer = LLMWriter(settings, stream=stream)
    writer.temperature = 0.0  # greedy decoding: the same prompt gives the same reply
    writer.max_tokens = 200
    return writer


def assert_well_formed(drafts: list[DraftSentence]) -> None:
    assert drafts, "the real model's reply gave at least one sentence"
    passages = {c.n: c.quote for c in CITATIONS}
    for draft in drafts:
        assert draft.text.strip() and draft.text == " ".join(draft.text.split())
        assert all(isinstance(n, int) for n in draft.citations)
        for quote in draft.quotes:  # every quote that survived is verbatim in a passage the sentence cites
            assert any(find_quote(quote, passages[n]) == quote for n in draft.citations if n in passages)


async def test_llama_cpp_rejects_json_schema_with_http_500(llama_server: str) -> None:  # noqa: F811
    client = openai.AsyncOpenAI(base_url=llama_server, api_key="k", max_retries=0)
    fmt = {"type": "json_schema", "json_schema": {"name": "briefing", "schema": briefing_schema()}}
    with pytest.raises(openai.InternalServerError):
        await client.chat.completions.create(
            model=MODEL_NAME, messages=[{"role": "user", "content": "Hi"}], response_format=fmt, max_tokens=5
        )
    await client.close()


async def test_structured_reply_is_learnt_as_json_object(llama_server: str, tmp_path: Path) -> None:  # noqa: F811
    writer = real_writer(llama_server, tmp_path)
    warnings: list[str] = []
    drafts = await writer.draft(REQUEST, warnings)
    await writer.close()
    assert_well_formed(drafts)
    assert writer.mode == "json_object"
    assert EndpointMemory(tmp_path / "llm_endpoints.json").get(writer.endpoint) == "json_object"


async def test_streamed_structured_reply(llama_server: str, tmp_path: Path) -> None:  # noqa: F811
    writer = real_writer(llama_server, tmp_path, stream=True)
    drafts = [d async for d in writer.stream_drafts(REQUEST)]
    await writer.close()
    assert_well_formed(drafts)
    assert writer.mode == "json_object"
    assert writer.last_ttft is not None and writer.last_ttft < 60


@pytest.mark.parametrize("stream", [False, True])
async def test_plain_text_reply(llama_server: str, tmp_path: Path, stream: bool) -> None:  # noqa: F811
    writer = real_writer(llama_server, tmp_path, stream=stream)
    writer.memory.set(writer.endpoint, "text")  # as if the endpoint had rejected both JSON modes
    drafts = await writer.draft(REQUEST)
    await writer.close()
    assert_well_formed(drafts)
    assert all(d.quotes == [] for d in drafts)
    assert writer.mode == "text"


async def test_check_keeps_only_supported_sentences_and_falls_back_when_none_survive(
    llama_server: str,  # noqa: F811
    seeded_library: Library,
) -> None:
    """Real model output through the whole answer pipeline: a sentence reaches the reply only if it passed the
    citation check; when none does, the reply is the extractive writer's and the warnings say why."""
    settings = Settings(
        data_dir=seeded_library.data_dir,
        openai_base_url=llama_server,
        openai_api_key="k",
        llm_model=MODEL_NAME,
        llm_timeout_seconds=120,
        llm_stream=True,
        top_k=3,
    )
    services = Services(settings=settings, library=seeded_library, owns_library=False)
    writer = services.llm = LLMWriter(settings, stream=True)
    writer.temperature, writer.max_tokens = 0.0, 200
    outcomes = []
    for question in ("Who won the runoff in Chile?", "Who won the election in Bolivia?"):
        briefing = await answer_question(services, question)
        drafted = writer.last_stats.sentences
        assert drafted >= 1, "the real model wrote something"
        if briefing.writer == "llm":
            assert 1 <= len(briefing.sentences) <= drafted
            quotes = {c.n: c.quote for c in briefing.citations}
            for sentence in briefing.sentences:  # what survived cites real passages and states no foreign figure
                assert sentence.citations and all(n in quotes for n in sentence.citations)
                assert not unsupported_figures(sentence.text, [quotes[n] for n in sentence.citations])
        else:
            assert any("no sentence that passed" in w or "fell back" in w for w in briefing.warnings)
            assert briefing.notice and briefing.answer
        outcomes.append(briefing.writer)
    await services.aclose()
    assert "extractive" in outcomes, "SmolLM2-135M writes nothing the check accepts for at least one question"
