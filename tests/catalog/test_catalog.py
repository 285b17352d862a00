"""The catalog's result rows: looked up by place, a country also finding its subdivisions."""

from __future__ import annotations

from pathlib import Path

from retrieval.catalog import Catalog
from retrieval.results import Contestant, ResultRow


def _row(place: str | None, n: int) -> ResultRow:
    return ResultRow(
        place=place,
        passage_id=f"p{n}",
        article_id=f"a{n}",
        sentence=f"Candidate {n} won with {50 + n}% of the vote.",
        contestants=[Contestant(name=f"Candidate {n}", share=str(50 + n), rank=1)],
    )


def test_results_for_a_country_find_its_subdivisions_and_nothing_else(tmp_path: Path) -> None:
    catalog = Catalog(tmp_path / "c.sqlite3")
    places = ["US", "US-CA", "US-NY", "USA", "UY", "U", None, "PE-LIM", "PE"]
    assert catalog.add_results([_row(p, n) for n, p in enumerate(places)]) == len(places)
    assert sorted(r.place for r in catalog.results_for(["US"])) == ["US", "US-CA", "US-NY"]
    assert sorted(r.place for r in catalog.results_for(["PE", "UY"])) == ["PE", "PE-LIM", "UY"]
    assert catalog.results_for(["US-CA"])[0].contestants[0].name == "Candidate 1"
    assert catalog.results_for(["CL"]) == [] and catalog.results_for([]) == []
    sql = "EXPLAIN QUERY PLAN SELECT data FROM results WHERE place >= 'US-' AND place < 'US.'"
    plan = " ".join(str(r) for r in catalog.db.all(sql))
    assert "results_place" in plan  # a range the index answers, not a scan of every result
    catalog.close()


def test_places_of_contestants_follow_rows_added_and_removed(tmp_path: Path) -> None:
    catalog = Catalog(tmp_path / "c.sqlite3")
    hn = _row("HN", 1).model_copy(update={"contestants": [Contestant(name="Salvador Nasralla", share="40")]})
    cl = _row("CL-RM", 2).model_copy(update={"contestants": [Contestant(name="José Antonio Kast", share="58")]})
    catalog.add_results([hn, cl, _row(None, 3)])
    assert catalog.places_of_contestants(["Nasralla"]) == ["HN"]
    assert catalog.places_of_contestants(["KAST", "jose"]) == ["CL"]  # any case, accents folded, a row once
    assert catalog.places_of_contestants(["share", "data", "name"]) == []  # JSON keys are not names
    assert catalog.places_of_contestants(["Kast"]) == ["CL"] and catalog.places_of_contestants(["Ka"]) == []
    # Added later: found without a restart; two rows in Honduras now lead one in Chile.
    again = _row("HN", 4).model_copy(update={"contestants": [Contestant(name="Nasry Asfura"), *hn.contestants]})
    catalog.add_results([again])
    assert catalog.places_of_contestants(["nasralla", "kast"]) == ["HN", "CL"]
    # Rows removed by another connection (demo results dropped) are forgotten.
    other = Catalog(tmp_path / "c.sqlite3")
    other.db.execute("DELETE FROM results WHERE article_id IN ('a1', 'a4')")
    assert catalog.places_of_contestants(["nasralla", "kast"]) == ["CL"]
    other.close()
    catalog.close()


def test_a_contestant_is_found_by_part_of_a_hyphenated_name_and_by_an_acronym(tmp_path: Path) -> None:
    catalog = Catalog(tmp_path / "c.sqlite3")
    mk = _row("MK", 1).model_copy(update={"contestants": [Contestant(name="Gordana Siljanovska-Davkova")]})
    at = _row("AT", 2).model_copy(update={"contestants": [Contestant(name="FPÖ"), Contestant(name="The Greens")]})
    kr = _row("KR", 3).model_copy(update={"contestants": [Contestant(name="Lee Jae-myung")]})
    catalog.add_results([mk, at, kr])
    assert catalog.places_of_contestants(["davkova"]) == ["MK"]
    assert catalog.places_of_contestants(["Siljanovska-Davkova"]) == ["MK"]
    assert catalog.places_of_contestants(["fpö"]) == ["AT"] and catalog.places_of_contestants(["FPÖ"]) == ["AT"]
    assert catalog.places_of_contestants(["the", "won", "lee"]) == []  # three letters: acronyms only
    assert catalog.places_of_contestants(["greens"]) == ["AT"] and catalog.places_of_contestants(["myung"]) == ["KR"]
    catalog.close()


def test_results_for_sees_rows_added_and_removed_after_it_was_read(tmp_path: Path) -> None:
    catalog = Catalog(tmp_path / "c.sqlite3")
    catalog.add_results([_row("BO", 1), _row("BO-L", 2), _row("CL", 3)])
    assert [r.article_id for r in catalog.results_for(["BO"])] == ["a1", "a2"]
    catalog.add_results([_row("BO", 4), _row("PE", 5)])
    assert [r.article_id for r in catalog.results_for(["BO"])] == ["a1", "a2", "a4"]  # stored order
    other = Catalog(tmp_path / "c.sqlite3")  # another process drops one and adds one
    other.db.execute("DELETE FROM results WHERE article_id = 'a2'")
    other.add_results([_row("BO-C", 6)])
    assert [r.article_id for r in catalog.results_for(["BO"])] == ["a1", "a4", "a6"]
    assert [r.article_id for r in catalog.results_for(["PE", "CL"])] == ["a3", "a5"]
    other.close()
    catalog.close()


def test_tagged_ids_follow_passages_added_and_pruned(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from retrieval.articles import Article
    from retrieval.ingest import main_places, make_passages

    catalog = Catalog(tmp_path / "c.sqlite3")

    def add(n: int, text: str) -> None:
        article = Article(id=f"a{n}", title="", text=text, source="Wire")
        places = main_places(article)
        catalog.add(article, make_passages(article, datetime.now(UTC), places), places, None)

    add(1, "Kast won Chile's runoff.")
    add(2, "Bolivia votes in a runoff. Bolivia counts.")
    assert catalog.tagged_ids(["CL"], 10) == ["a1:0"] and sorted(catalog.tagged_ids(["BO", "CL"], 10)) == [
        "a1:0",
        "a2:0",
    ]
    add(3, "Chile counts again in Chile.")
    assert catalog.tagged_ids(["CL"], 10) == ["a1:0", "a3:0"]  # added since: found without a restart
    assert catalog.tagged_ids(["CL"], 1) is None  # over the limit
    other = Catalog(tmp_path / "c.sqlite3")  # another process prunes one
    other.db.execute("UPDATE articles SET pruning = 1 WHERE id = 'a1'")
    other.delete_articles(["a1"])
    assert catalog.tagged_ids(["CL"], 10) == ["a3:0"] and catalog.tagged_ids(["CL"], 1) == ["a3:0"]
    other.close()
    catalog.close()


def test_tagged_remembers_places_until_a_prune(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from retrieval.articles import Article
    from retrieval.ingest import main_places, make_passages

    catalog = Catalog(tmp_path / "c.sqlite3")
    for n, text in ((1, "Kast won Chile's runoff."), (2, "Bolivia votes in a runoff. Bolivia counts."), (3, "Rain.")):
        article = Article(id=f"a{n}", title="", text=text, source="Wire")
        places = main_places(article)
        catalog.add(article, make_passages(article, datetime.now(UTC), places), places, None)
    ids = ["a1:0", "a2:0", "a3:0"]
    assert catalog.tagged(ids, {"CL", "BO"}) == {"a1:0", "a2:0"} and catalog.tagged(ids, set()) == set()
    catalog.db.execute("DELETE FROM passage_places WHERE seq = 1")  # behind its back: the memo answers
    assert catalog.tagged(ids, {"CL"}) == {"a1:0"}
    other = Catalog(tmp_path / "c.sqlite3")  # another process prunes one: forgotten, and no longer held
    other.db.execute("UPDATE articles SET pruning = 1 WHERE id = 'a2'")
    other.delete_articles(["a2"])
    other.close()
    assert catalog.tagged(ids, {"CL"}) is None
    assert catalog.tagged(["a1:0", "a3:0"], {"CL"}) == set()  # read again after the prune
    catalog.close()


def test_biggest_places_and_countries_with_results(tmp_path: Path) -> None:
    catalog = Catalog(tmp_path / "c.sqlite3")
    catalog.add_results([_row(p, n) for n, p in enumerate(["PE", "PE-LIM", "US-CA"])])
    assert catalog.biggest_places(3) == []  # no passages tagged
    assert catalog.result_countries() == {"PE": 2, "US": 1}  # a subdivision's rows count for its country
    assert catalog.results_version("PE")[1] == 2 and catalog.results_version("CL") == (0, 0)
    catalog.close()
