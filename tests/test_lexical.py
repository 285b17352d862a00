"""The FTS5 lexical index: incremental, transactional, shared by processes, repaired when damaged."""

from __future__ import annotations

import logging
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from retrieval.articles import Article, content_id
from retrieval.catalog import Catalog
from retrieval.ingest import main_places, make_passages
from retrieval.lexical import LexicalIndex, fold, fts_query, index_body, tokenize

ROOT = Path(__file__).resolve().parent.parent


def add(catalog: Catalog, text: str, title: str = "", source: str = "Wire", published: str | None = None) -> Article:
    article = Article(title=title, text=text, source=source, published_at=published)
    article.id = article.id or content_id(text)
    places = main_places(article)
    catalog.add(article, make_passages(article, datetime.now(UTC), places), places, None)
    return article


def open_index(path: Path) -> tuple[Catalog, LexicalIndex]:
    catalog = Catalog(path)
    return catalog, LexicalIndex(catalog)


def test_tokenisation_folds_accents_and_decimal_commas() -> None:
    assert tokenize("Perú: 58,2% para Boric") == ["peru", "58.2", "boric"]
    assert index_body("Elección", "Votos 41,8") == "eleccion voto 41.8"
    assert fts_query(["peru", "58.2", "peru"]) == '"peru" OR "58.2"'
    assert fold("ﬁnal ÅÉ Ελλάδα São PERU") == "final ae ελλαδα sao peru"  # ligatures, other scripts, ASCII


def test_top_ranks_matches_and_respects_the_place(tmp_path: Path) -> None:
    catalog, index = open_index(tmp_path / "c.sqlite3")
    add(catalog, "Kast won Chile's runoff with 58,2% of the vote in Santiago.", title="Chile runoff")
    add(catalog, "Paz won Bolivia's runoff in La Paz with 54.6% of the vote.", title="Bolivia runoff")
    add(catalog, "Markets in Lima rose on copper prices.", title="Peru markets")
    hits = index.top("who won the runoff in Chile 58.2", 10)
    titles = [catalog.passages_of([pid])[pid].title for pid, _ in hits]
    assert titles[0] == "Chile runoff" and "Peru markets" not in titles
    assert all(score > 0 for _, score in hits)
    only_bolivia = index.top("runoff vote", 10, place="BO")
    assert [catalog.passages_of([p])[p].title for p, _ in only_bolivia] == ["Bolivia runoff"]
    assert index.top("peru", 10) and index.top("PERÚ", 10) == index.top("peru", 10)
    assert index.top("the of and", 10) == []


def test_adding_passages_indexes_only_them(tmp_path: Path) -> None:
    catalog, index = open_index(tmp_path / "c.sqlite3")
    add(catalog, "Kast won Chile's runoff.", title="Chile")
    assert index.rebuild() == 0  # written with the passages: nothing left to do
    before = catalog.db.one("SELECT COUNT(*) FROM passages_fts_docsize")[0]
    add(catalog, "Paz won Bolivia's runoff.", title="Bolivia")
    after = catalog.db.one("SELECT COUNT(*) FROM passages_fts_docsize")[0]
    assert (before, after) == (1, 2)
    assert index.rebuild() == 0


def test_tagged_keeps_order_and_says_when_it_cannot_tell(tmp_path: Path) -> None:
    catalog, index = open_index(tmp_path / "c.sqlite3")
    chile = add(catalog, "Kast won Chile's runoff.", title="Chile")
    bolivia = add(catalog, "Paz won Bolivia's runoff.", title="Bolivia")
    ids = [f"{bolivia.id}:0", f"{chile.id}:0"]
    assert index.tagged(ids, {"CL"}) == [f"{chile.id}:0"]
    assert index.tagged(ids, {"CL", "BO"}) == ids
    assert index.tagged([*ids, "nope:0"], {"CL"}) is None


def test_another_process_adding_is_seen_without_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    catalog, index = open_index(path)
    add(catalog, "Kast won Chile's runoff.", title="Chile")
    assert index.top("Honduras count", 5) == []
    script = (
        "import sys; sys.path.insert(0, sys.argv[2])\n"
        "from pathlib import Path\n"
        "from retrieval.catalog import Catalog\n"
        "from tests.test_lexical import add\n"
        "add(Catalog(Path(sys.argv[1])), 'The Honduras count is still going on.', title='Honduras')\n"
    )
    subprocess.run([sys.executable, "-c", script, str(path), str(ROOT)], check=True, timeout=120)
    hits = index.top("Honduras count", 5)
    assert [catalog.passages_of([p])[p].title for p, _ in hits] == ["Honduras"]


def test_a_missing_index_is_rebuilt_with_one_log_line(tmp_path: Path, caplog) -> None:
    path = tmp_path / "c.sqlite3"
    catalog, _ = open_index(path)
    add(catalog, "Kast won Chile's runoff.", title="Chile")
    add(catalog, "Paz won Bolivia's runoff.", title="Bolivia")
    catalog.db.execute("DROP TABLE passages_fts")
    catalog.close()
    with caplog.at_level(logging.WARNING, logger="retrieval.lexical"):
        catalog, index = open_index(path)
    assert len([r for r in caplog.records if "rebuilding" in r.message]) == 1
    assert [catalog.passages_of([p])[p].title for p, _ in index.top("Bolivia", 5)] == ["Bolivia"]


def test_a_corrupt_index_is_rebuilt_not_fatal(tmp_path: Path, caplog) -> None:
    catalog, index = open_index(tmp_path / "c.sqlite3")
    for n in range(30):
        add(catalog, f"Report {n}: Kast won Chile's runoff in district {n}.", title=f"Chile {n}")
    catalog.db.execute("UPDATE passages_fts_data SET block = x'ffffffff' WHERE id > 10")
    with caplog.at_level(logging.WARNING, logger="retrieval.lexical"):
        hits = index.top("Kast runoff", 50)
    assert len(hits) == 30
    assert any("rebuilding" in r.message for r in caplog.records)


def test_common_tokens_are_left_out_only_beyond_the_match_budget(tmp_path: Path, monkeypatch) -> None:
    from retrieval import lexical

    catalog, index = open_index(tmp_path / "c.sqlite3")
    for i in range(6):
        add(catalog, f"Report {i}: the election was won after a long count in the capital.", title=f"Count {i}")
    add(catalog, "Kast won Chile's runoff in Santiago.", title="Chile runoff")
    assert index.document_counts(["won", "santiago", "nowhere"]) == {"won": 7, "santiago": 1, "nowhere": 0}
    exact = index.top("who won in Santiago", 10)
    assert len(exact) == 7  # within the budget every token matches
    monkeypatch.setattr(lexical, "MATCH_BUDGET", 3)
    affordable = lambda *ts: index._affordable(list(ts), index.document_counts(list(ts)))  # noqa: E731
    assert affordable("won", "santiago") == ["santiago"]  # the commonest left out
    assert affordable("won", "election") == ["election"]  # the rarest (6 of 7) is always kept
    cheap = index.top("who won in Santiago", 10)
    assert [pid for pid, _ in cheap] == [exact[0][0]]  # the passage the rare word found still leads


def test_a_question_of_common_words_ranks_what_holds_them_all_and_the_newest_beyond_the_budget(
    tmp_path: Path, monkeypatch
) -> None:
    from retrieval import lexical

    catalog, index = open_index(tmp_path / "c.sqlite3")
    for i in range(8):
        add(catalog, f"Report {i}: the vote was counted in the capital.", title=f"Count {i}")
    for i in range(4):
        add(catalog, f"Story {i}: the election was won in the capital after the vote.", title=f"Won {i}")
    monkeypatch.setattr(lexical, "MATCH_BUDGET", 3)  # every word of the question is over the budget
    hits = index.top("election won capital", 10)
    titles = [catalog.passages_of([p])[p].title for p, _ in hits]
    # Those holding every word, and of those only the newest MATCH_BUDGET are ranked.
    assert sorted(titles) == ["Won 1", "Won 2", "Won 3"]
    # Asked for more than hold them all: fewer words must hold them (here the rarest word alone, 4 rows),
    # still cut to the newest three.
    assert len(index.top("election won capital vote", 5)) == 3
    monkeypatch.setattr(lexical, "MATCH_BUDGET", 20_000)
    assert len(index.top("election won capital", 20)) == 12  # within the budget: any word, exactly


def test_common_words_counts_are_remembered_until_the_store_grows_or_is_pruned(tmp_path: Path, monkeypatch) -> None:
    from retrieval import lexical

    monkeypatch.setattr(lexical, "COUNT_CACHED_FROM", 3)
    catalog, index = open_index(tmp_path / "c.sqlite3")
    for i in range(10):
        add(catalog, f"Report {i}: the election was won after a long count.", title=f"Count {i}")
    add(catalog, "Kast won Chile's runoff in Santiago.", title="Chile runoff")
    assert index.document_counts(["won", "santiago"]) == {"won": 11, "santiago": 1}
    add(catalog, "Jara won in Valparaiso and Santiago.", title="Valparaiso")  # the store grows by under 10%
    counts = index.document_counts(["won", "santiago"])
    assert counts == {"won": 11, "santiago": 2}  # a common word's size is remembered, a rare word counted again
    add(catalog, "Matthei won a district.", title="District")  # now more than 10% bigger than when counted
    assert index.document_counts(["won"]) == {"won": 13}
    catalog.db.execute(
        "INSERT INTO state (key, value) VALUES ('pruned', '1') ON CONFLICT (key) DO UPDATE SET value = '1'"
    )
    add(catalog, "Parisi won nothing.", title="Parisi")
    assert index.document_counts(["won"]) == {"won": 14}  # a prune elsewhere: counted again


def test_fold_reads_a_sentence_and_a_whole_passage_alike():
    sentence = "Perú: Keiko Fujimori ganó en São Paulo, Bogotá y Montréal. "
    passage = sentence * 40  # longer than a sentence: folded, not kept
    assert fold(sentence) == "peru: keiko fujimori gano en sao paulo, bogota y montreal. "
    assert fold(passage) == fold(sentence) * 40
