"""The ingest pipeline: idempotence without re-embedding, near-duplicates, restarts, model pinning, the CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main
from retrieval.embeddings import Embedder
from retrieval.ingest import ingest
from retrieval.search import search
from retrieval.store import StoreError, VectorStore
from tests.conftest import ROOT

REPORT = (
    "Voters in Bolivia went to the polls on Sunday for a presidential runoff between two centre-right "
    "candidates. The electoral tribunal said Rodrigo Paz won 54.5% of the valid votes against Jorge Quiroga. "
    "Paz, a senator from Tarija, campaigned on fuel subsidies and on opening the economy to investment. "
    "Quiroga, a former president, conceded on Sunday night and called for unity. Turnout was above 85%, as "
    "voting is compulsory. The result ends two decades of government by the Movement for Socialism. "
    "Analysts in La Paz said the new government faces a shortage of dollars and fuel and high inflation. "
    "International observers from the OAS and the EU reported an orderly vote and a quick count. The "
    "president-elect is due to take office on 8 November, and said his first decree would address fuel. "
    "Markets rallied on Monday as investors welcomed the result and the prospect of new agreements with "
    "lenders. Opposition lawmakers promised to work with the new administration on economic reforms."
)
OTHER = (
    "Honduras held a general election on 30 November, and the count went on for weeks. The National Electoral "
    "Council declared Nasry Asfura the winner on 24 December after a special scrutiny of contested tally "
    "sheets. Salvador Nasralla, who finished a close second, rejected the result and asked for a recount. "
    "Rixi Moncada of the governing Libre party came third. Observers said the slow count damaged trust."
)


def write_records(path: Path, records: list[dict]) -> Path:
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    return path


def test_reingest_is_a_no_op_and_does_not_re_embed(tmp_path: Path, make_library) -> None:
    library, counting = make_library()
    source = write_records(
        tmp_path / "a.jsonl",
        [
            {"title": "Paz wins Bolivia runoff", "body": REPORT, "source": "Andes Wire", "date": "2025-10-20"},
            {"title": "Asfura declared winner", "body": OTHER, "source": "Isthmus", "date": "2025-12-24"},
        ],
    )
    first = ingest(library, [str(source)])
    assert (first.articles_new, first.articles_duplicate, first.failed) == (2, 0, [])
    assert first.passages == library.catalog.passage_count() == library.vectors.count() >= 2
    embedded = counting.texts
    assert embedded == first.passages  # every passage embedded exactly once

    again = ingest(library, [str(source)])
    assert (again.articles_new, again.articles_duplicate, again.passages) == (0, 2, 0)
    assert counting.texts == embedded  # nothing re-embedded
    assert library.vectors.count() == first.passages
    assert library.catalog.article_count() == 2


def test_the_same_text_reformatted_is_still_a_duplicate(tmp_path: Path, make_library) -> None:
    library, _ = make_library()
    write_records(tmp_path / "a.jsonl", [{"title": "T", "body": REPORT}])
    (tmp_path / "b.txt").write_text("T\n" + REPORT.replace(". ", ".\n\n  "), encoding="utf-8")
    report = ingest(library, [str(tmp_path / "a.jsonl"), str(tmp_path / "b.txt")])
    assert (report.articles_new, report.articles_duplicate) == (1, 1)


def test_near_duplicate_is_collapsed_and_its_outlet_kept(tmp_path: Path, make_library) -> None:
    library, counting = make_library()
    syndicated = "LA PAZ (Reuters-style wire) — " + REPORT + " This story was updated with reactions."
    source = write_records(
        tmp_path / "wire.jsonl",
        [
            {"title": "Paz wins Bolivia runoff", "body": REPORT, "source": "Andes Wire", "date": "2025-10-20"},
            {"title": "Paz wins in Bolivia", "body": syndicated, "source": "Pacific Daily", "date": "2025-10-21"},
        ],
    )
    report = ingest(library, [str(source)])
    assert (report.articles_new, report.articles_duplicate) == (1, 1)
    [article_id] = report.new_article_ids
    assert library.catalog.extra_sources([article_id]) == {article_id: ["Pacific Daily"]}

    hits = search(library, "Who won the Bolivian runoff?", k=5).hits
    assert hits and all(h.article_id == article_id for h in hits)
    assert hits[0].source == "Andes Wire"
    assert hits[0].extra_sources == ["Pacific Daily"]
    # The outlet is also on the vectors' metadata, and a third copy adds a third outlet without embedding.
    meta = library.vectors.collection.get(ids=[hits[0].passage_id], include=["metadatas"])["metadatas"][0]
    assert meta["extra_sources"] == ["Pacific Daily"]
    write_records(tmp_path / "third.jsonl", [{"title": "x", "body": syndicated, "source": "Third Post"}])
    texts = counting.texts
    third = ingest(library, [str(tmp_path / "third.jsonl")])
    assert third.articles_duplicate == 1 and counting.texts == texts
    assert library.catalog.extra_sources([article_id])[article_id] == ["Pacific Daily", "Third Post"]


def test_place_tags_on_passages(seeded_library) -> None:
    bolivian = [p for _, p in seeded_library.catalog.passages() if "Bolivia" in p.title and "Kast" not in p.title]
    assert bolivian
    for p in bolivian:
        assert "BO" in p.article_places
        assert "BO" in p.places or p.position > 0
    chilean = [p for _, p in seeded_library.catalog.passages() if p.title.startswith("Kast wins Chile")]
    assert chilean and chilean[0].article_places[0] == "CL"
    assert chilean[0].place_mentions["CL"] >= 2
    # The tags reach Chroma too, where the --place filter reads them.
    meta = seeded_library.vectors.collection.get(ids=[bolivian[0].id], include=["metadatas"])["metadatas"][0]
    assert "BO" in meta["article_places"]


def test_store_survives_a_restart(seeded_dir: Path) -> None:
    """A new process, a new Library on the same data dir: the passages are there."""
    code = (
        "import json, sys\n"
        "from retrieval.library import Library\n"
        "from retrieval.search import search\n"
        "lib = Library(sys.argv[1])\n"
        "hits = search(lib, 'who won in Honduras', k=3).hits\n"
        "print(json.dumps([lib.catalog.passage_count(), lib.vectors.count(), hits[0].title]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(seeded_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert done.returncode == 0, done.stderr
    passages, vectors, title = json.loads(done.stdout.strip().splitlines()[-1])
    assert passages == vectors > 20
    assert "Honduras" in title


def test_store_survives_close_and_reopen(tmp_path: Path, make_library, embedder: Embedder) -> None:
    library, _ = make_library("store")
    write_records(tmp_path / "a.jsonl", [{"title": "Paz wins", "body": REPORT, "date": "2025-10-20"}])
    ingest(library, [str(tmp_path / "a.jsonl")])
    library.close()
    from retrieval.library import Library

    reopened = Library(tmp_path / "store", embedder=embedder)
    try:
        assert reopened.catalog.article_count() == 1
        assert search(reopened, "Bolivia runoff").hits[0].title == "Paz wins"
    finally:
        reopened.close()


def test_a_store_built_with_another_model_is_refused(seeded_dir: Path) -> None:
    with pytest.raises(StoreError, match="embedding model"):
        VectorStore(seeded_dir, "some-other-model")


def test_cli_ingest_json_shape_and_exit_status(tmp_path: Path, capsys) -> None:
    good = write_records(tmp_path / "good.jsonl", [{"title": "Paz wins", "body": REPORT}, {"body": "bad"}])
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    missing = tmp_path / "missing.txt"
    data = tmp_path / "data"

    status = main(["ingest", "--data-dir", str(data), "--json", str(good), str(empty), str(missing)])
    out = json.loads(capsys.readouterr().out)
    assert status == 1
    assert set(out) == {"articles_new", "articles_duplicate", "passages", "failed"}
    assert (out["articles_new"], out["articles_duplicate"]) == (1, 0)
    assert out["passages"] >= 1
    reasons = {f["source"]: f["error"] for f in out["failed"]}
    assert set(reasons) == {f"{good} line 2", str(empty), str(missing)}
    assert all(isinstance(r, str) and r for r in reasons.values())
    assert reasons[str(missing)] == "no such file or directory"

    status = main(["ingest", "--data-dir", str(data), "--json", str(tmp_path / "good.jsonl")])
    out = json.loads(capsys.readouterr().out)
    assert status == 1  # the bad line is still bad
    again = write_records(tmp_path / "clean.jsonl", [{"title": "Paz wins", "body": REPORT}])
    status = main(["ingest", "--data-dir", str(data), "--json", str(again)])
    out = json.loads(capsys.readouterr().out)
    assert status == 0
    assert out == {"articles_new": 0, "articles_duplicate": 1, "passages": 0, "failed": []}
