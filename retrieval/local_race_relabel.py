"""A governor's or mayor's race that one sentence's slip labelled a national office.

Why: a row's office is read from its sentence, and a sentence of a report on a mayoral race can name another
office ("Nazmul, of the centrist PSD, took 53.73%" read as a presidential result), while a national office named
anywhere in a vote's rows labels the whole vote national. The race then matches no question about a mayor or
governor, and those questions get another city's race. A vote is the local race its rows name when rows naming
a governor's or mayor's office outnumber those naming a national one at least LOCAL_MAJORITY to one, and the
national rows name no contestant the local rows do not: a national vote whose report calls a candidate by a
local title ("Warsaw mayor X took 31%") has national rows naming the other candidates, and stays national.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping

from retrieval.local_titles import LOCAL_HEADS
from retrieval.places import normalize
from retrieval.races.election import LOCAL, OFFICE_CLASS, Election, surname
from retrieval.results import ResultRow

LOCAL_MAJORITY = 2


def relabel_local(elections: list[Election]) -> list[Election]:
    """`elections`, each national-labelled vote whose rows are a local race's (see above) labelled that race."""
    for election in elections:
        if not OFFICE_CLASS.get(election.office or ""):
            continue
        stated = [r for r in election.rows if r.contestants]
        national = [r for r in stated if OFFICE_CLASS.get(r.office or "")]
        local = [r for r in stated if r.office in LOCAL]
        if not national or len(local) < LOCAL_MAJORITY * len(national):
            continue
        local_names = {surname(c.name) for r in local for c in r.contestants}
        if any(surname(c.name) not in local_names for r in national for c in r.contestants):
            continue
        election.office = Counter(r.office for r in local).most_common(1)[0][0]
    return elections


# The presidential election named as such (en/es/pt/fr adjectives, the head of state's full title): a report naming
# it is about the country's president, whatever municipal presidency it mentions.
_PRESIDENTIAL = re.compile(
    r"\bpresiden(?:tial|cial|ciales|ciais|tielle|tielles)\b|"
    r"\bpresident[ea]?\s+(?:of\s+the|da|de\s+la|de)\s+republi(?:c|ca|que)\b"
)


def municipal_titles(
    rows: list[ResultRow], texts: Callable[[list[str]], Mapping[str, str]] | None = None
) -> list[ResultRow]:
    """Rows labelled a president's race, of a report that titles the race's winner a municipal presidency
    (`LOCAL_HEADS`) and names no presidential election (`_PRESIDENTIAL`): the mayor's race.

    Why: a row's office is read from its report, and "presidente" names a president's race; but in Portugal the
    mayor is "presidente da Câmara Municipal" and in Mexico "presidente municipal", so a city's race was filed as
    the country's presidential vote: a question about the presidential election of that year got the city's
    race, and a question about the city's council got none. `texts`: passage id -> its report's title and text
    (None: the rows' sentences only)."""
    president = [r for r in rows if r.office == "president"]
    if not president:
        return rows
    passages = texts(list(dict.fromkeys(r.passage_id for r in president))) if texts else {}
    reports: dict[str, dict[str, None]] = {}
    for row in president:
        reports.setdefault(row.article_id, {})[passages.get(row.passage_id) or row.sentence] = None
    municipal = {a for a, parts in reports.items() if _municipal(normalize(" ".join(parts)))}
    if not municipal:
        return rows
    return [
        r.model_copy(update={"office": "mayor"}) if r.office == "president" and r.article_id in municipal else r
        for r in rows
    ]


def _municipal(text: str) -> bool:
    return bool(LOCAL_HEADS["mayor"].search(text)) and not _PRESIDENTIAL.search(text)
