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

from collections import Counter

from retrieval.races.election import LOCAL, OFFICE_CLASS, Election, surname

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
