"""The LLM writer against a loopback OpenAI-compatible server: each response_format fallback, the per-endpoint
memory (also across a restart), quote verification, streamed sentence boundaries, timeouts and dead endpoints."""

from __future__ import annotations

import json
import socket
import time
from pathlib import Path

import pytest

from bot.config import Settings
from bot.llm_writer import MEMORY_FILE, PROSE_BEFORE_TEXT, LLMError, LLMWriter, ReplyReader, read_reply
from bot.models import Citation
from bot.writers import WriteRequest
from tests.servers.fake_openai import FakeOpenAIServer

PASSAGE_1 = (
    "SANTIAGO — José Antonio Kast won Chile's presidential runoff on Sunday, 14 December 2025, with 58.2% of the\n"
    "vote against Jeannette Jara's 41.8%, according to results published by the Electoral Service."
)
PASSAGE_2 = "Turnout was 85% after voting became compulsory again."
CITATIONS = [
    Citation(n=1, article_id="a1", title="Kast wins", url="https://example.com/1", source="Andes Wire",
             published_at="2025-12-15", quote=PASSAGE_1),
    Citation(n=2, article_id="a2", title="Turnout", url="https://example.com/2", source="Sur Daily",
             published_at="2025-12-15", quote=PASSAGE_2),
]  # fmt: skip
REQUEST = WriteRequest(kind="answer", question="Who won in Chile?", citations=CITATIONS)

JSON_REPLY = json.dumps(
    {
        "sentences": [
            {
                "text": "José Antonio Kast won Chile's runoff with 58.2% of the vote [1].",
                "citations": [1],
                "quotes": ["won Chile's presidential runoff on Sunday, 14 December 2025, with 58.2% of the vote"],
            },
            {"text": "Turnout was 85%.", "citations": [2], "quotes": ["Turnout was 85%", "Turnout was 95%"]},
        ]
    }
)
TEXT_REPLY = "José Antonio Kast won Chile's runoff with 58.2% [1]. Turnout was 85% [2]."


def structured(request: dict) -> str:
    """A model that honours response_format: JSON when asked for it, prose otherwise."""
    return JSON_REPLY if request.get("response_format") else TEXT_REPLY


def writer_for(server: FakeOpenAIServer | str, data_dir: Path, **settings: object) -> LLMWriter:
    base_url = server if isinstance(server, str) else server.base_url
    values: dict[str, object] = {"openai_base_url": base_url, "openai_api_key": "k", "llm_timeout_seconds": 5}
    values.update(settings)
    stream = bool(values.pop("stream", False))
    return LLMWriter(Settings(data_dir=data_dir, **values), stream=stream)


def remembered(data_dir: Path) -> dict[str, str]:
    return json.loads((data_dir / MEMORY_FILE).read_text(encoding="utf-8"))["modes"]


async def test_json_schema_is_asked_first_and_remembered(fake_openai: FakeOpenAIServer, tmp_path: Path) -> None:
    fake_openai.responder = structured
    writer = writer_for(fake_openai, tmp_path)
    warnings: list[str] = []
    drafts = await writer.draft(REQUEST, warnings)
    await writer.close()
    fmt = fake_openai.last_request["response_format"]
    assert fmt["type"] == "json_schema" and fmt["json_schema"]["strict"] is True
    assert fmt["json_schema"]["schema"]["properties"]["sentences"]["items"]["required"] == [
        "text",
        "citations",
        "quotes",
    ]
    assert [d.citations for d in drafts] == [[1], [2]]
    assert drafts[1].text == "Turnout was 85% [2]."  # markers added from the citations
    assert drafts[1].quotes == ["Turnout was 85%"]  # the invented 95% quote is dropped ...
    assert any("Turnout was 95%" in w for w in warnings)  # ... and recorded
    assert "JSON object" in fake_openai.last_request["messages"][-1]["content"]
    assert list(remembered(tmp_path).values()) == ["json_schema"]


async def test_llama_cpp_like_endpoint_falls_back_to_json_object_once(
    fake_openai: FakeOpenAIServer, tmp_path: Path
) -> None:
    fake_openai.like_llama_cpp()
    fake_openai.responder = structured
    writer = writer_for(fake_openai, tmp_path)
    first = await writer.draft(REQUEST)
    second = await writer.draft(REQUEST)
    await writer.close()
    # one json_schema probe (not retried although it is a 500), then json_object with the schema, twice
    assert fake_openai.formats == ["json_schema", "json_object", "json_object"]
    assert fake_openai.last_request["response_format"]["schema"]["required"] == ["sentences"]
    assert first == second and first[0].quotes
    assert writer.mode == "json_object"


async def test_endpoint_rejecting_both_json_modes_gets_text(fake_openai: FakeOpenAIServer, tmp_path: Path) -> None:
    fake_openai.reject_format("json_schema", 400)
    fake_openai.reject_format("json_object", 400)
    fake_openai.responder = structured
    writer = writer_for(fake_openai, tmp_path)
    drafts = await writer.draft(REQUEST)
    await writer.close()
    assert fake_openai.formats == ["json_schema", "json_object", None]
    prompt = fake_openai.last_request["messages"][-1]["content"]
    assert "plain text" in prompt and "JSON" not in prompt
    assert [(d.text, d.citations, d.quotes) for d in drafts] == [
        ("José Antonio Kast won Chile's runoff with 58.2% [1].", [1], []),
        ("Turnout was 85% [2].", [2], []),
    ]
    assert writer.mode == "text"


async def test_memory_survives_a_new_writer(fake_openai: FakeOpenAIServer, tmp_path: Path) -> None:
    fake_openai.like_llama_cpp()
    fake_openai.responder = structured
    first = writer_for(fake_openai, tmp_path)
    await first.draft(REQUEST)
    await first.close()
    assert remembered(tmp_path) == {f"{fake_openai.base_url}|gpt-4o-mini": "json_object"}
    restarted = writer_for(fake_openai, tmp_path)
    await restarted.draft(REQUEST)
    await restarted.close()
    assert fake_openai.formats == ["json_schema", "json_object", "json_object"]  # no second probe
    other_model = writer_for(fake_openai, tmp_path, llm_model="other")
    await other_model.draft(REQUEST)
    await other_model.close()
    assert fake_openai.formats[-2:] == ["json_schema", "json_object"]  # another model is another endpoint


async def test_server_ignoring_response_format_is_read_as_text(fake_openai: FakeOpenAIServer, tmp_path: Path) -> None:
    fake_openai.responder = lambda request: "Kast won with 58.2% [1]. Dr. Jara conceded. [1] Turnout was 85% [2]"
    writer = writer_for(fake_openai, tmp_path)
    drafts = await writer.draft(REQUEST)
    assert [d.text for d in drafts] == ["Kast won with 58.2% [1].", "Dr. Jara conceded. [1]", "Turnout was 85% [2]"]
    # one prose reply may be a model's slip: the accepted format is kept until PROSE_BEFORE_TEXT in a row
    assert writer.mode == "json_schema"
    for _ in range(PROSE_BEFORE_TEXT - 1):
        assert await writer.write(REQUEST) == "Kast won with 58.2% [1]. Dr. Jara conceded. [1] Turnout was 85% [2]"
    assert writer.mode == "text"  # it accepted json_schema but kept answering prose: ask for prose from now on
    await writer.write(REQUEST)
    await writer.close()
    assert fake_openai.formats == ["json_schema"] * PROSE_BEFORE_TEXT + [None]


async def test_an_empty_or_slipped_reply_does_not_demote_the_endpoint(
    fake_openai: FakeOpenAIServer, tmp_path: Path
) -> None:
    replies = iter(["", "Kast won with 58.2% [1].", JSON_REPLY, "Kast won with 58.2% [1]."])
    fake_openai.responder = lambda request: next(replies)
    writer = writer_for(fake_openai, tmp_path)
    with pytest.raises(LLMError):
        await writer.draft(REQUEST)  # empty: an error for this answer, and nothing learnt
    assert writer.mode is None
    for _ in range(3):  # prose, JSON, prose: never PROSE_BEFORE_TEXT in a row
        await writer.draft(REQUEST)
    await writer.close()
    assert writer.mode == "json_schema"


async def test_quotes_are_matched_verbatim_modulo_whitespace(fake_openai: FakeOpenAIServer, tmp_path: Path) -> None:
    reply = {
        "sentences": [
            {
                "text": "Kast won with 58.2% [1].",
                "citations": [1],
                "quotes": [
                    "with 58.2% of the  vote against",  # a line break in the passage, two spaces here: kept
                    "with 58.2% of the ballots",  # not in the passage
                    "Turnout was 85%",  # verbatim, but in passage 2, which this sentence does not cite
                ],
            }
        ]
    }
    fake_openai.responder = lambda request: json.dumps(reply)
    writer = writer_for(fake_openai, tmp_path)
    warnings: list[str] = []
    [draft] = await writer.draft(REQUEST, warnings)
    await writer.close()
    assert draft.quotes == ["with 58.2% of the\nvote against"]  # the passage's own text, offsets findable
    assert len(warnings) == 2 and all("dropped a quote" in w for w in warnings)


async def test_streamed_text_yields_each_sentence_before_the_reply_ends(
    fake_openai: FakeOpenAIServer, tmp_path: Path
) -> None:
    fake_openai.reject_format("json_schema")
    fake_openai.reject_format("json_object")
    fake_openai.responder = lambda request: TEXT_REPLY + " Jara conceded the same night [1]."
    fake_openai.chunk_delay = 0.1
    writer = writer_for(fake_openai, tmp_path, stream=True)
    start = time.monotonic()
    arrivals = [(time.monotonic() - start, d.text) async for d in writer.stream_drafts(REQUEST)]
    await writer.close()
    assert [t for _, t in arrivals] == [
        "José Antonio Kast won Chile's runoff with 58.2% [1].",
        "Turnout was 85% [2].",
        "Jara conceded the same night [1].",
    ]
    total = time.monotonic() - start
    # 18 pieces 0.1 s apart: the first sentence is complete after its 9th piece (plus the next word)
    assert arrivals[0][0] < total - 0.5
    assert writer.last_ttft is not None and writer.last_ttft < arrivals[0][0]
    assert fake_openai.last_request["stream"] is True


async def test_streamed_json_yields_each_sentence_object(fake_openai: FakeOpenAIServer, tmp_path: Path) -> None:
    fake_openai.like_llama_cpp()
    fake_openai.responder = structured
    fake_openai.chunk_delay = 0.05
    writer = writer_for(fake_openai, tmp_path, stream=True)
    start = time.monotonic()
    arrivals = [(time.monotonic() - start, d) async for d in writer.stream_drafts(REQUEST)]
    await writer.close()
    assert [d.citations for _, d in arrivals] == [[1], [2]]
    assert arrivals[0][1].quotes and arrivals[0][0] < arrivals[1][0] - 0.2
    assert writer.mode == "json_object"
    assert await writer_for(fake_openai, tmp_path, stream=True).draft(REQUEST) == [d for _, d in arrivals]


def test_reader_waits_for_markers_before_ending_a_sentence() -> None:
    reader = ReplyReader()
    assert reader.feed("Kast won 58.2%.") == []
    assert reader.feed(" [1") == []
    assert reader.feed("]") == []  # more markers could follow
    [first] = reader.feed(" The")
    assert (first.text, first.citations) == ("Kast won 58.2%. [1]", [1])
    assert [d.text for d in reader.feed(" U.S. Senate agreed [2]", final=True)] == ["The U.S. Senate agreed [2]"]


def test_reader_takes_fenced_and_truncated_json() -> None:
    cut = '```json\n{"sentences": [{"text": "A [1].", "citations": [1], "quotes": []}, {"text": "B is cut'
    assert [(d.text, d.citations) for d in read_reply(cut)] == [("A [1].", [1])]


async def test_json_500_is_a_rejection_but_a_text_500_is_retried(fake_openai: FakeOpenAIServer, tmp_path: Path) -> None:
    fake_openai.reject_format("json_schema", 400)
    fake_openai.reject_format("json_object", 400)
    fake_openai.responder = structured
    writer = writer_for(fake_openai, tmp_path)
    await writer.draft(REQUEST)
    fake_openai.fail_next(500)
    drafts = await writer.draft(REQUEST)
    await writer.close()
    assert drafts and fake_openai.formats[-2:] == [None, None]


async def test_slow_endpoint_raises_llm_error(fake_openai: FakeOpenAIServer, tmp_path: Path) -> None:
    fake_openai.delay = 3
    writer = writer_for(fake_openai, tmp_path, llm_timeout_seconds=0.3)
    with pytest.raises(LLMError, match="did not answer within"):
        await writer.draft(REQUEST)
    await writer.close()


async def test_stalled_stream_raises_llm_error(fake_openai: FakeOpenAIServer, tmp_path: Path) -> None:
    fake_openai.responder = lambda request: TEXT_REPLY
    fake_openai.chunk_delay = 1
    writer = writer_for(fake_openai, tmp_path, llm_timeout_seconds=0.5, stream=True)
    with pytest.raises(LLMError, match="did not answer within"):
        await writer.draft(REQUEST)
    await writer.close()


async def test_dead_endpoint_raises_llm_error(tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    writer = writer_for(f"http://127.0.0.1:{port}/v1", tmp_path)
    with pytest.raises(LLMError, match="unreachable"):
        await writer.draft(REQUEST)
    await writer.close()
    assert not (tmp_path / MEMORY_FILE).exists()  # nothing learnt from an endpoint that never answered


async def test_empty_answer_raises_llm_error(fake_openai: FakeOpenAIServer, tmp_path: Path) -> None:
    fake_openai.responder = lambda request: '{"sentences": []}'
    writer = writer_for(fake_openai, tmp_path)
    with pytest.raises(LLMError, match="empty"):
        await writer.draft(REQUEST)
    await writer.close()


def test_list_numbering_is_not_part_of_a_sentence() -> None:
    reply = '{"sentences": [{"text": "1. Kast won [1].", "citations": [1], "quotes": []}]}'
    assert [d.text for d in read_reply(reply)] == ["Kast won [1]."]
    assert [d.text for d in read_reply("2) Jara lost [1].\n\n- Turnout was 85% [2].")] == [
        "Jara lost [1].",
        "Turnout was 85% [2].",
    ]


def test_a_lone_sentence_object_is_read_too() -> None:
    lone = '```json\n{"text": "Kast won", "citations": [1], "quotes": ["Kast won"]}\n```'
    assert [(d.text, d.citations) for d in read_reply(lone)] == [("Kast won [1]", [1])]
    assert read_reply('{"answer": 42}') == []


async def test_a_400_not_about_the_format_is_not_remembered(fake_openai: FakeOpenAIServer, tmp_path: Path) -> None:
    fake_openai.responder = structured
    fake_openai.fail_next(400, times=2, message="This model's maximum context length is 4096 tokens")
    writer = writer_for(fake_openai, tmp_path)
    drafts = await writer.draft(REQUEST)  # answered in text mode this once ...
    assert [d.quotes for d in drafts] == [[], []] and writer.mode is None  # ... but text is not learnt
    assert [d.quotes != [] for d in await writer.draft(REQUEST)] == [True, True]  # next time: json_schema again
    await writer.close()
    assert fake_openai.formats == ["json_schema", "json_object", None, "json_schema"]


def test_a_reply_cut_off_inside_its_first_text_keeps_its_complete_sentences() -> None:
    # max_tokens reached before the first sentence object closed: what was written is still read (and checked).
    cut = '{ "sentences": [{"text": "1. Ana Ruiz won with 52% [1]. 2. The runner-up was Luis Mora [2]. 3. Turno'
    drafts = read_reply(cut)
    assert [(d.text, d.citations) for d in drafts] == [
        ("Ana Ruiz won with 52% [1].", [1]),
        ("The runner-up was Luis Mora [2].", [2]),
    ]
    assert read_reply('{ "sentences": [{"text": "Ana Ruiz won wi') == []
