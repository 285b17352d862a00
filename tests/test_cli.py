"""The CLI contract (DESIGN.md): `ask`/`brief` JSON shape, seeding an empty store, usage errors."""

from __future__ import annotations

import json
import re
import shutil

import pytest

from bot.cli import main

# The DESIGN.md contract, with this turn's additions: sentences with their evidence, the chart flag, a demo
# flag on citations, and round/stage/office/votes/seats on facts.
BRIEFING_KEYS = {"question", "writer", "answer", "citations", "facts", "warnings", "sentences", "chart"}
CITATION_KEYS = {"n", "article_id", "title", "url", "source", "published_at", "quote", "demo"}
FACT_KEYS = {"place", "winner", "runner_up", "winner_share", "runner_up_share", "margin_points", "date", "citation"} | {
    "round",
    "stage",
    "office",
    "votes",
    "seats",
}


@pytest.fixture
def data_dir(seeded_library, tmp_path):
    """A private copy of the seeded store, so CLI runs cannot disturb the shared one."""
    copy = tmp_path / "data"
    shutil.copytree(seeded_library.data_dir, copy)
    return copy


def run_json(capsys, *argv: str) -> dict:
    assert main([*argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_brief_json_shape(capsys, data_dir):
    out = run_json(capsys, "brief", "Chile", "--data-dir", str(data_dir))
    assert set(out) == BRIEFING_KEYS
    assert out["writer"] == "extractive" and "Kast" in out["answer"]
    assert out["citations"] and all(set(c) == CITATION_KEYS for c in out["citations"])
    assert out["facts"] and set(out["facts"][0]) == FACT_KEYS
    fact = out["facts"][0]
    assert fact["place"] == "CL" and "Kast" in fact["winner"] and round(fact["winner_share"]) == 58
    assert out["sentences"] and all(set(s) == {"text", "citations", "evidence"} for s in out["sentences"])
    article_of = {c["n"]: c["article_id"] for c in out["citations"]}
    for sentence in out["sentences"]:
        quotes = {c["n"]: c["quote"] for c in out["citations"]}
        assert all(e["quote"] in quotes[e["n"]] for e in sentence["evidence"])
        # Each span names the stored passage it comes from (an article's passages share one citation).
        assert all(e["passage_id"] and e["passage_id"].startswith(article_of[e["n"]]) for e in sentence["evidence"])


def test_ask_json_cites_only_listed_sources(capsys, data_dir):
    out = run_json(capsys, "ask", "who won in Bolivia, and by what margin?", "--data-dir", str(data_dir))
    listed = {c["n"] for c in out["citations"]}
    cited = {int(n) for n in re.findall(r"\[(\d+)\]", out["answer"])}
    assert cited and cited <= listed
    assert "Paz" in out["facts"][0]["winner"]


def test_an_empty_store_is_seeded_on_first_use_and_says_so(capsys, tmp_path):
    assert main(["brief", "Chile", "--data-dir", str(tmp_path / "fresh")]) == 0
    captured = capsys.readouterr()
    assert "ingested the bundled demo corpus" in captured.err
    assert "Kast" in captured.out and "extractive writer" in captured.out


def test_usage_errors_exit_2(capsys, data_dir):
    assert main(["search", "   ", "--data-dir", str(data_dir)]) == 2
    assert "empty" in capsys.readouterr().err
    assert main(["search", "runoff", "--place", "Atlantis", "--data-dir", str(data_dir)]) == 2
    assert "Atlantis" in capsys.readouterr().err
    assert main([]) == 2
