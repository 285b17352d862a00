"""Local executives named by their local titles (en/es/pt/fr/it/de): a city's or a region's head whose title
holds a national office's word ("presidente municipal", "presidente da Câmara", "président de région",
"Ministerpräsident") or none of the office tables' words ("sindaco", "Oberbürgermeister", "intendente").

A title is read whole before the office table: its words are the title's, so its head word ("presidente") no
longer names the president, and "presidente" alone still does. A title of a region's head chosen by its
parliament (a German Land's, a Spanish community's, a French region's) names no office the vote elects: its
words are only taken out, and the rest of the question decides ("Landtagswahl", "regional election"); the place
it names is read as a region all the same ("presidenta autonómica de madrid" is the Community of Madrid's)."""

from __future__ import annotations

import re
from functools import lru_cache

from retrieval.places import normalize
from retrieval.results import Office

# fmt: off
# Each title: the office its vote elects (None: a head chosen by a parliament), the office whose seat the place
# named with it is (a city's, a region's, or None: a country's), and its words. Longest title first wins where two
# overlap ("presidente da câmara dos deputados" is no mayor).
TITLES: list[tuple[Office | None, Office | None, tuple[str, ...]]] = [
    # A municipality's head.
    ("mayor", "mayor", (
        "lord mayor", "mayoress",
        "presidente municipal", "presidenta municipal", "presidencia municipal", "jefe delegacional",
        "presidente da camara", "presidenta da camara", "presidente de camara", "presidenta de camara",
        "presidencia da camara", "presidente do municipio",
        "bourgmestre", "syndic", "hotel de ville",
        "sindaco", "sindaca", "sindaci", "primo cittadino", "prima cittadina", "comunali", "elezioni comunali",
        "burgermeister", "burgermeisterin", "burgermeisters", "oberburgermeister", "oberburgermeisterin",
        "oberburgermeisters", "burgermeisterwahl",
        "oberburgermeisterwahl", "ob-wahl", "stadtprasident", "stadtprasidentin", "stadtoberhaupt",
    )),
    # A region's head elected by its voters: an Italian region's president, Peru's regional president.
    ("governor", "governor", (
        "presidente della regione", "presidente di regione", "presidentessa della regione", "governatore",
        "governatrice", "presidente regional", "presidenta regional", "gobernador regional", "gobernadora regional",
    )),
    # A region's head of government chosen by its parliament: no office of its own, a region's seat.
    (None, "governor", (
        "ministerprasident", "ministerprasidentin", "landeshauptmann", "landeshauptfrau", "regierender burgermeister",
        "regierende burgermeisterin", "erster burgermeister", "erste burgermeisterin",
        "president de region", "presidente de region", "president de la region", "presidente de la region",
        "president du conseil regional", "presidente du conseil regional", "president du conseil departemental",
        "presidente du conseil departemental", "president du departement", "presidente du departement",
        "president de la province", "presidente de la province",
        "presidente autonomico", "presidenta autonomica", "presidente de la comunidad", "presidenta de la comunidad",
        "presidente de la generalitat", "presidenta de la generalitat", "president de la generalitat",
        "presidente de la junta", "presidenta de la junta", "presidente de la xunta", "presidenta de la xunta",
        "presidente del principado", "presidenta del principado", "presidente del cabildo", "presidenta del cabildo",
        "lehendakari", "presidente do governo regional", "presidente da regiao", "presidente della provincia",
        "first minister", "chief minister",
    )),
    # A country's head of government chosen by its parliament: no office of its own.
    (None, None, (
        "bundeskanzler", "bundeskanzlerin", "president du gouvernement", "presidente du gouvernement",
        "premier ministre", "premiere ministre", "presidente del gobierno", "presidenta del gobierno",
        "primer ministro", "primera ministra", "presidente do governo", "primeiro-ministro", "primeira-ministra",
        "primeiro ministro", "primeira ministra", "presidente del consiglio", "presidente del governo",
        "prime minister",
    )),
    # The speaker of a national chamber, whose title a municipal one's shares: no office the vote elects.
    (None, None, (
        "presidente da camara dos deputados", "presidente da camara de deputados",
        "presidente de la camara de diputados",
        "presidente del congreso", "presidenta del congreso", "president de l'assemblee nationale",
        "presidente de l'assemblee nationale", "president du senat", "presidente du senat",
    )),
]
# fmt: on


@lru_cache(maxsize=1)
def _titles() -> tuple[re.Pattern[str], dict[str, tuple[Office | None, Office | None]]]:
    of = {normalize(cue): (office, seat) for office, seat, cues in TITLES for cue in cues}
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
