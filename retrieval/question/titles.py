"""Local executives named by their local titles (en/es/pt/fr/it/de): a city's or a region's head whose title
holds a national office's word ("presidente municipal", "presidente da Câmara", "président de région",
"Ministerpräsident") or none of the office tables' words ("sindaco", "Oberbürgermeister", "intendente").

A title is read whole before the office table: its words are the title's, so its head word ("presidente") no
longer names the president, and "presidente" alone still does. A title of a region's head chosen by its
parliament (a German Land's, a Spanish community's, a French region's) names no office the vote elects: its
words are only taken out, and the rest of the question decides ("Landtagswahl", "regional election"); the place
it names is read as a region all the same ("presidenta autonómica de madrid" is the Community of Madrid's). The
titles are the table's of retrieval.local_titles."""

from __future__ import annotations

import re
from functools import lru_cache

from retrieval.local_titles import TITLES
from retrieval.places import normalize
from retrieval.results import Office


@lru_cache(maxsize=1)
def _titles() -> tuple[re.Pattern[str], dict[str, tuple[Office | None, Office | None]]]:
    # longest title first wins where two overlap ("presidente da câmara dos deputados" is no mayor)
    of = {normalize(cue): (row.office, row.seat) for row in TITLES for cue in row.words}
    escaped = sorted((re.escape(c).replace("'", "['’]") for c in of), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(escaped) + r")(?![\w-])"), of


def local_title(folded: str) -> tuple[Office | None, str]:
    """The office of the first local title a (normalised) question names that elects one ("mayor" for
    "presidente da câmara"), and the question with every title's words blanked (so "presidente" in them names
    no president)."""
    pattern, of = _titles()
    office: Office | None = None
    for match in pattern.finditer(folded):
        office = office or of[match.group().replace("’", "'")][0]
    return office, pattern.sub(lambda m: " " * len(m.group()), folded)


def title_seat(folded: str) -> Office | None:
    """Whose seat a place named with a (normalised) question's first local title is: a city's ("mayor"), a
    region's ("governor", a Ministerpräsident's too), or None."""
    pattern, of = _titles()
    match = pattern.search(folded)
    return of[match.group().replace("’", "'")][1] if match else None
