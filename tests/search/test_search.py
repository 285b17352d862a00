"""Hybrid, place-aware, recent-first, diverse search over the seeds corpus."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from bot.cli import main
from retrieval.search import MAX_QUERY_CHARS, QueryError, question_language, search
from retrieval.text_signals import report_stage


def top_title(library, question: str, **kw) -> str:
    return search(library, question, k=5, **kw).hits[0].title


def test_final_count_outranks_the_early_partial_count(seeded_library) -> None:
    hits = search(seeded_library, "who won in Honduras", k=30).hits
    titles = [h.title for h in hits]
    assert "final count" in titles[0]
    partial = next(i for i, t in enumerate(titles) if "partial results" in t)
    assert partial > 0
    # The results table knows which passage states the final count: it rises, the partial one does not.
    assert hits[0].explain["evidence"] > hits[partial].explain["evidence"]


def test_asking_for_the_early_count_finds_it(seeded_library) -> None:
    assert "partial results" in top_title(seeded_library, "Early partial count in Honduras: who was ahead?")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who won Chile's 2021 runoff?", "Boric defeats Kast in Chile's 2021 presidential runoff"),
        ("Who won Chile's runoff?", "Kast"),  # no year: the latest election
        ("Who won the election in Argentina in 2023?", "Javier Milei wins Argentina's 2023"),
        ("Who won the latest election in Argentina?", "Milei's party wins Argentina's midterm"),
    ],
)
def test_a_named_year_wins_and_no_year_means_the_latest(seeded_library, question, expected) -> None:
    assert top_title(seeded_library, question).startswith(expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # Spanish questions, English-only coverage.
        ("¿Quién ganó las elecciones en Guatemala?", "Bernardo Arévalo wins Guatemala's presidential runoff"),
        ("¿Quién ganó la segunda vuelta en Brasil?", "Lula edges Bolsonaro"),
        ("¿Quién ganó la elección presidencial en México?", "Claudia Sheinbaum wins Mexico's presidency"),
        # English questions, Spanish-only coverage.
        ("Who won Colombia's presidential runoff?", "Gustavo Petro gana la segunda vuelta"),
        ("Who won the Uruguayan runoff?", "Yamandú Orsi gana el balotaje en Uruguay"),
    ],
)
def test_questions_cross_languages(seeded_library, question, expected) -> None:
    assert top_title(seeded_library, question).startswith(expected)


def test_place_filter_restricts(seeded_library) -> None:
    result = search(seeded_library, "election results and the vote count", k=10, place="Bolivia")
    assert result.restricted_to == "BO"
    assert result.hits
    for hit in result.hits:
        assert "BO" in hit.places
    assert {h.title for h in result.hits} >= {
        "Rodrigo Paz gana la segunda vuelta en Bolivia con el 54,5% de los votos",
        "Rodrigo Paz and Jorge Quiroga head to Bolivia's first presidential runoff",
    }


@pytest.mark.parametrize("name", ["boliviano", "La Paz", "BO", "bolivia"])
def test_place_filter_accepts_demonyms_capitals_and_codes(seeded_library, name) -> None:
    assert search(seeded_library, "runoff", place=name).restricted_to == "BO"


def test_unknown_place_is_an_error(seeded_library) -> None:
    with pytest.raises(QueryError, match="don't know the place"):
        search(seeded_library, "who won", place="Atlantis")


def test_a_named_place_boosts_its_passages(seeded_library) -> None:
    result = search(seeded_library, "¿Quién ganó en Bolivia?", k=5)
    assert result.places == ["BO"]
    assert result.hits[0].title.startswith("Rodrigo Paz gana")
    assert result.hits[0].explain["place_boost"] > 0


def test_at_most_two_passages_per_article(seeded_library) -> None:
    for question in ("Chile Kast runoff election", "Latin America elections right turn"):
        hits = search(seeded_library, question, k=30).hits
        assert len(hits) >= 15
        assert max(Counter(h.article_id for h in hits).values()) <= 2
        assert [h.rank for h in hits] == list(range(1, len(hits) + 1))


@pytest.mark.parametrize("query", ["", "   ", "?!", "12345 678", "¿¡ …"])
def test_empty_or_absurd_queries_get_a_clear_message(seeded_library, query) -> None:
    with pytest.raises(QueryError) as info:
        search(seeded_library, query)
    assert len(str(info.value)) > 20


def test_a_huge_query_is_truncated_not_a_crash(seeded_library) -> None:
    query = "Who won the runoff in Honduras? " + "blah " * 2000
    assert len(query) > 10_000
    result = search(seeded_library, query, k=3)
    assert result.truncated
    assert len(result.query) <= MAX_QUERY_CHARS
    assert result.hits


def test_question_language() -> None:
    assert question_language("¿Quién ganó en Chile?") == "es"
    assert question_language("Who won the election in Chile?") == "en"


@pytest.mark.parametrize(
    ("headline", "stage"),
    [
        ("Honduras count: Asfura narrowly ahead of Nasralla in partial results", "partial"),
        ("Honduras electoral council declares Asfura winner in final count", "final"),
        ("Massa leads Argentina's first round, setting up runoff against Milei", "first_round"),
        ("Rodrigo Paz and Jorge Quiroga head to Bolivia's first presidential runoff", "first_round"),
        ("Kast gana la segunda vuelta en Chile con el 58,2% de los votos", "final"),
        ("Chile's lithium strategy faces a test", None),
    ],
)
def test_report_stage(headline, stage) -> None:
    assert report_stage(headline) == stage


HIT_KEYS = {"rank", "passage_id", "article_id", "title", "url", "source", "published_at", "text", "score"}


def test_cli_search_json_shape(seeded_dir, capsys) -> None:
    status = main(["search", "--data-dir", str(seeded_dir), "--json", "-k", "4", "who", "won", "in", "Honduras"])
    assert status == 0
    hits = json.loads(capsys.readouterr().out)
    assert isinstance(hits, list) and len(hits) == 4
    for rank, hit in enumerate(hits, start=1):
        assert HIT_KEYS <= set(hit)
        assert hit["rank"] == rank
        assert isinstance(hit["score"], float) and isinstance(hit["text"], str) and hit["text"]
        assert hit["passage_id"].startswith(hit["article_id"])
    assert "final count" in hits[0]["title"]
    assert hits[0]["published_at"] == "2025-12-24"
    assert [h["score"] for h in hits] == sorted((h["score"] for h in hits), reverse=True)


def test_cli_search_usage_errors(seeded_dir, capsys) -> None:
    assert main(["search", "--data-dir", str(seeded_dir), "--place", "Atlantis", "who won"]) == 2
    assert "Atlantis" in capsys.readouterr().err
    assert main(["search", "--data-dir", str(seeded_dir), "--json", "?!"]) == 2


def test_dense_search_within_places_is_the_metadata_filter_s_answer_every_way(seeded_library, monkeypatch) -> None:
    from retrieval.search import dense_places

    library = seeded_library
    vector = library.embedder.embed_one("who won the runoff")
    for codes in (["CL"], ["BO", "HN"]):
        expected = library.vectors.nearest_ids(vector, 20, where=dense_places.place_where(*codes))
        exact = dense_places.dense_in_places(library, vector, codes, 20)  # few passages: from their vectors
        assert [pid for pid, _ in exact] == [pid for pid, _ in expected]
        assert all(abs(a[1] - b[1]) < 1e-4 for a, b in zip(exact, expected, strict=True))
        monkeypatch.setattr(dense_places, "EXACT_BELOW", 0)  # more, not held in memory: the store's nearest
        near = dense_places.dense_in_places(library, vector, codes, 20)
        assert [pid for pid, _ in near] == [pid for pid, _ in expected]
        monkeypatch.setattr(dense_places, "POST_FILTER_WIDE", (3,))  # too few there: Chroma among their ids
        by_ids = dense_places.dense_in_places(library, vector, codes, 20)
        assert [pid for pid, _ in by_ids] == [pid for pid, _ in expected]
        monkeypatch.undo()
        monkeypatch.setattr(dense_places, "EXACT_BELOW", 0)
        monkeypatch.setattr(dense_places, "FILTER_BY_IDS", 1)  # many more: the store's nearest, filtered
        post = dense_places.dense_in_places(library, vector, codes, 20)
        assert [pid for pid, _ in post] == [pid for pid, _ in expected]
        monkeypatch.setattr(dense_places, "POST_FILTER_WIDE", (3,))  # too few there: the metadata filter
        assert dense_places.dense_in_places(library, vector, codes, 20) == expected
        monkeypatch.undo()
    assert library.catalog.tagged_ids(["CL"], 1) is None and library.catalog.tagged_ids(["ZZ"], 5) == []
