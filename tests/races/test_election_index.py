"""Elections stored grouped beside their rows: read back exactly as grouped, made again when stale."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from retrieval import election_index
from retrieval.catalog import Catalog
from retrieval.election_index import ElectionIndex, StoredElection
from retrieval.query import parse_question
from retrieval.resolve import group_elections, resolve
from tests.resolve.test_resolve import row


def kenya() -> list:
    """Two rounds, a first-round report labelled "runoff" (the grouping corrects its round), a turnout-only
    row, and a round-up's line on another country."""
    return [
        row("a", "2026-03-02", [("Mwangi", "38.1"), ("Otieno", "31.4")], round_="first", stage="partial", counted="40"),
        row("b", "2026-03-03", [("Mwangi", "38.6"), ("Otieno", "30.9")], round_="runoff", stage="final"),
        row("c", "2026-03-03", [], turnout="64.2"),
        row("d", "2026-03-30", [("Otieno", "51.2"), ("Mwangi", "48.8")], round_="runoff", declared=True),
        row("e", "2026-03-31", [("Ruto", "44.0"), ("Odinga", "40.1")], place="UG"),
    ]


@pytest.fixture
def catalog(tmp_path: Path) -> Catalog:
    catalog = Catalog(tmp_path / "catalog.sqlite3")
    catalog.add_results(kenya())
    yield catalog
    catalog.close()


def heading(e) -> tuple:
    return (e.place, e.office, e.round, e.day)


def test_a_stored_grouping_reads_back_as_the_grouping_made_from_the_rows(catalog: Catalog) -> None:
    grouped = group_elections([r for r in kenya() if r.place == "KE"])
    made = ElectionIndex(catalog).of("KE")  # groups and stores
    read = ElectionIndex(catalog).of("KE")  # another process: reads what was stored
    assert all(isinstance(e, StoredElection) and not e.loaded() for e in read)
    assert [heading(e) for e in read] == [heading(e) for e in made] == [heading(e) for e in grouped]
    # What resolution asks of every election comes from the heading, without reading rows.
    assert [e.name_words() for e in read] == [e.name_words() for e in grouped]
    assert [(e.has("share"), e.has("turnout"), e.has("seats")) for e in read] == [
        (e.has("share"), e.has("turnout"), e.has("seats")) for e in grouped
    ]
    assert [sorted(e.stating_passages()) for e in read] == [sorted(e.stating_passages()) for e in grouped]
    assert [e.any_focused() for e in read] == [e.any_focused() for e in grouped]
    assert not any(e.loaded() for e in read)
    # Rows are read when asked for, with what the grouping changed in them (the mislabelled round).
    assert [e.rows for e in read] == [e.rows for e in grouped]
    assert [r.round for r in read[1].rows if r.contestants] == ["first", "first"]


def test_resolving_from_the_stored_grouping_answers_as_from_the_rows(catalog: Catalog) -> None:
    ElectionIndex(catalog).of("KE")
    rows = [r for r in kenya() if r.place == "KE"]
    for question in ("Who won in Kenya?", "Who won the first round in Kenya?", "What was the turnout in Kenya?"):
        query = parse_question(question)
        stored = resolve(query, elections=ElectionIndex(catalog).of("KE"))
        fresh = resolve(query, rows)
        assert stored.status == fresh.status
        assert stored.main == fresh.main and stored.main is not None
        assert [heading(e) for e in stored.others] == [heading(e) for e in fresh.others]


def test_a_new_row_or_a_new_grouping_code_makes_the_grouping_again(catalog: Catalog, monkeypatch) -> None:
    index = ElectionIndex(catalog)
    assert len(index.of("KE")) == 2
    catalog.add_results([row("f", "2026-06-01", [("Mwangi", "55.0"), ("Kamau", "45.0")], round_="runoff")])
    assert index.of("KE")[0].day == "2026-06-01"  # stale in memory and stored: grouped again
    assert len(ElectionIndex(catalog).of("KE")) == 3  # and stored for the next reader
    monkeypatch.setattr(election_index, "GROUPING_CODE", "another-rule")
    assert len(ElectionIndex(catalog).of("KE")) == 3
    assert catalog.stored_elections("KE")[0].startswith("another-rule:")  # made again by the changed code


def test_refresh_after_ingest_runs_in_the_background_and_leaves_fresh_groupings(catalog: Catalog) -> None:
    index = ElectionIndex(catalog)
    index.refresh_in_background(["KE", "UG", "ZZ"])  # ZZ: no rows, nothing stored
    assert index.wait(30)
    assert {c: catalog.stored_elections(c) is not None for c in ("KE", "UG", "ZZ")} == {
        "KE": True,
        "UG": True,
        "ZZ": False,
    }
    assert index.refresh() == 0  # nothing stale left
    assert all(isinstance(e, StoredElection) for e in ElectionIndex(catalog).of("UG"))


def test_a_stored_election_survives_a_deep_copy_and_reads_its_rows_after(catalog: Catalog) -> None:
    """Cached briefings are deep-copied with their resolution: the row reader must not copy the catalog."""
    ElectionIndex(catalog).of("KE")
    stored = ElectionIndex(catalog).of("KE")[0]
    twin = copy.deepcopy(stored)
    assert [r.article_id for r in twin.rows] == ["d"]
    assert stored.rows == twin.rows


def test_closing_leaves_no_refresh_running_on_a_closed_catalog(tmp_path: Path) -> None:
    catalog = Catalog(tmp_path / "catalog.sqlite3")
    catalog.add_results(kenya())
    index = ElectionIndex(catalog)
    index.refresh_in_background(["KE", "UG"] * 50)
    index.close()
    assert index.wait(0)
    catalog.close()
