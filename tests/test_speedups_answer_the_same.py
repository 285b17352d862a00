"""Round 16 speed work: what was made cheaper still answers exactly what it answered before."""

from __future__ import annotations

import re
from pathlib import Path

from bot.untrusted.corroboration import _whole_words
from retrieval.catalog import Catalog
from retrieval.results import Contestant, ResultRow


def test_whole_words_counts_what_a_word_boundary_pattern_finds() -> None:
    texts = [
        "Moreau won. Moreau thanked voters; Moreaux did not.",
        "Ibáñez ganó. El ibáñez de la lista, Ibáñez_2 y 2Ibáñez no cuentan: Ibáñez sí.",
        "Sousa venceu. Sousas, Sousa-Lima e Sousa.",
        "AbAbA AbA",
        "Quintero",
        "",
    ]
    for text in texts:
        for word in ("Moreau", "Ibáñez", "Sousa", "AbA", "Quintero", "Lima", "Nadie"):
            assert _whole_words(word, text) == len(re.findall(rf"\b{word}\b", text)), (word, text)


def _row(place: str | None, n: int, name: str) -> ResultRow:
    return ResultRow(
        place=place,
        passage_id=f"p{n}",
        article_id=f"a{n}",
        sentence=f"{name} won with {40 + n}% of the vote.",
        contestants=[Contestant(name=name, share=str(40 + n), rank=1)],
    )


def test_contestant_index_counts_unplaced_rows_and_notices_a_swap(tmp_path: Path) -> None:
    catalog = Catalog(tmp_path / "c.sqlite3")
    catalog.add_results([_row("PE", 1, "Rosalinda Quispe"), _row(None, 2, "Teodoro Vallejo")])
    assert catalog.places_of_contestants(["Quispe"]) == ["PE"]
    assert catalog.places_of_contestants(["Vallejo"]) == []  # a row without a place names no place
    # Another connection removes the placed row and adds an unplaced one: as many rows as before, still noticed.
    other = Catalog(tmp_path / "c.sqlite3")
    other.db.execute("DELETE FROM results WHERE article_id = 'a1'")
    other.add_results([_row(None, 3, "Hortensia Quispe")])
    assert catalog.places_of_contestants(["Quispe", "Vallejo"]) == []
    other.add_results([_row("BO", 4, "Ernesto Quispe")])
    assert catalog.places_of_contestants(["quispe"]) == ["BO"]
    other.close()
    catalog.close()
