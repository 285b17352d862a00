"""Per-chat conversation context: the last Query, so follow-ups ("and by what margin?") resolve against it.

Keyed by `chat_id:thread_id` (each forum topic its own conversation) and kept in the shared state store
(bot.state.context: SQLite under the data dir, or PostgreSQL when replicas share one), so it survives a
restart and any replica can answer the next message. Expires after `BRIEFBOT_CONTEXT_MINUTES`.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from pydantic import ValidationError

from bot.extractive.subject import placed
from bot.models import Briefing
from bot.state.context import ContextStore as StateStore
from retrieval.places import normalize
from retrieval.query import Query
from retrieval.question.followups import asks_of_its_own, says_name, typed_contestants
from retrieval.races.election import LOCAL, Election, surname
from retrieval.resolve import Resolution


def remembered(briefing: Briefing) -> Query | None:
    """What the next message inherits: the question as understood, and, when the answer led with a result, the
    election it answered, in what the question left unsaid (a governor's or mayor's office, which tells the race
    from the country's national vote; the city of a city's race, which tells it from other cities' races of the
    day; the contestants the question named, else the one placed k-th when a place was asked, else those a follow-up
    asking a figure asked of, else the two leading ones; a national office is not carried: the names and the round
    keep the race, and an office inferred wrong would not).
    "e no segundo turno?" after "quem venceu em Vila Nova?" is then that city's mayoral runoff, not the country's
    newest one, and after "e o lima?" Lima's; a follow-up that names a place or a person of its own says what it
    is about (see `parse_question`)."""
    query = briefing.query
    resolution = briefing.resolution
    if query is None or resolution is None or resolution.election is None or resolution.main is None:
        return query
    office = resolution.election.office
    city = resolution.election.city if office in LOCAL or office is None else None
    # (the race's city is no one the question named, though a report's dateline or the question's capitals may
    # make it a name: "FORTALEZA — Lima venceu ...", "who won the Vila Serena runoff?")
    named = [n for n in named_in(query.text, resolution) or typed(query) if normalize(n) != city]
    return query.model_copy(
        update={
            "places": reported_places(query, resolution.election),
            "office": query.office or (office if office in LOCAL else None),
            "city": query.city or city,
            "round": query.round,
            "year": query.year or (answered_year(resolution) if named or query.month else None),
            "race_day": resolution.election.day if answered_year(resolution) else None,
            "names": named or in_place(query, resolution) or asked_of(query) or leading_two(resolution),
            "field": field_of(resolution),
            **turned_to(query, named),
        }
    )


def reported_places(query: Query, election: Election) -> list[str]:
    """The places a follow-up is searched in: the question's, unless its city's race answered under the country
    while the question read the city as a province of it ("mayor of budapest": Budapest is also a county of its
    own): the reports tag the country, so the follow-up, which names no place, is searched in the country (a
    province would have no passage), and the carried city (`Query.city`) still tells that city's race."""
    country = (election.place or "").split("-")[0]
    regions = [p for p in query.places if "-" in p]
    if election.city and election.place == country and regions and all(p.startswith(f"{country}-") for p in regions):
        return [country]
    return query.places


def answered_year(resolution: Resolution) -> int | None:
    """The year of the race that answered. Carried when the question picked its race by a contestant it named
    ("how did Arango do in the runoff?", "¿cuánto sacó Quispe?", "quanto teve o Marín?") or by a month: a
    follow-up asking a figure of the race no contestant has ("and turnout?", "¿y la participación?", "e a
    diferença?") or another round ("and the runoff?") would otherwise get the place's newest race, not that one's.
    A race picked by default is the newest already, which is what a follow-up naming no year gets; its day is
    carried all the same (`Query.race_day`), for a follow-up asking its other round ("e na primeira?" after
    Poland's 2025 presidential runoff: see `retrieval.question.followups.inherit`). A follow-up naming a year or
    a place of its own replaces it."""
    election = resolution.election
    if resolution.status != "answered" or election is None or not election.day or not election.day[:4].isdigit():
        return None
    return int(election.day[:4])


def turned_to(query: Query, named: list[str]) -> dict:
    """A follow-up that only names someone ("and Duarte?", "¿y quispe?", "e o brito?", "what about Matos?")
    after who won, who came k-th or by how much asks that person's result: the conversation is now about his
    share, so the next message ("and in the first round?", "e em 2019?") asks it of him rather than who won.
    (The message asked what the previous one asked, not a question of its own: "and Duarte, did he win?" keeps
    its own.)"""
    if not named or not query.followup or query.asks not in ("winner", "rank", "margin") or query.yes_no:
        return {}
    if asks_of_its_own(normalize(query.text)):
        return {}
    return {"asks": "share", "rank": None}


def named_in(question: str, resolution: Resolution) -> list[str]:
    """The answered election's contestants the question named, however typed ("e o haddad?"): the person the
    conversation is now about (`typed_contestants`)."""
    city = resolution.election.city if resolution.election else None
    return typed_contestants(field_of(resolution), city, question)


def field_of(resolution: Resolution) -> list[str]:
    """The answered race's contestants, each once (by surname, in its longest spelling: "Bolsonaro" and "Jair
    Bolsonaro" are one): those a follow-up may name in lowercase ("y abinader?")."""
    rows = resolution.election.rows if resolution.election else []
    out: dict[str, str] = {}
    for c in (c for row in rows for c in row.contestants):
        key = normalize(surname(c.name))
        if len(c.name) > len(out.get(key, "")):
            out[key] = c.name
    return list(out.values())


def in_place(query: Query, resolution: Resolution) -> list[str]:
    """After a place asked and answered ("who came second?"), the one placed there: the person the conversation is
    now about ("and how many votes did she get?", "¿y cuántos votos sacó?", "e a percentagem dela?")."""
    name = placed(query, resolution)
    return [name] if name else []


def asked_of(query: Query) -> list[str]:
    """A follow-up asking one contestant's figure and typing no name ("and her share?", "¿y cuántos votos sacó?")
    asked it of the person the conversation carried: he stays its subject for the next message."""
    return list(query.names) if query.followup and query.asks in ("share", "votes", "seats") else []


def typed(query: Query) -> list[str]:
    """The names the question itself typed, not those a follow-up inherited: after "and who won the runoff?" the
    race is led by the runoff's two, not by the first round's carried over."""
    return [name for name in query.names if says_name(query.text, normalize(surname(name)))]


def leading_two(resolution: Resolution) -> list[str]:
    """The two contestants the answered election is led by: ranked first and second in any of its rows (the
    answer's own row may list only the rest of the field, as "who came third?" is answered), else the main row's
    first two."""
    rows = [resolution.main] + [r for r in (resolution.election.rows if resolution.election else []) if r]
    ranked = sorted(
        ((c.rank, c.name) for row in rows for c in row.contestants if c.rank in (1, 2)), key=lambda rc: rc[0]
    )
    names: list[str] = []
    for rank, name in ranked:
        if len(names) < 2 and rank == len(names) + 1 and name not in names:
            names.append(name)
    if len(names) == 2:
        return names
    return [c.name for c in sorted(resolution.main.contestants, key=lambda c: c.rank or 99)[:2]]


# How many races a conversation keeps besides its current one, for a follow-up that points back to one ("and the
# turnout in the first one?"): a chat compares two or three races, not a history.
EARLIER_RACES = 2


def next_context(previous: Query | None, briefing: Briefing, *, brief: bool) -> Query | None:
    """What the chat carries to its next message: what this answer leaves (see `remembered`), with the races
    asked before it (`with_earlier`), unless it leaves nothing or was a /brief of no place (a topic brief is not a
    conversation's subject), when the previous context stays."""
    query = remembered(briefing)
    if query is not None and (query.places or not brief):
        return with_earlier(query, previous)
    return previous


def with_earlier(query: Query, previous: Query | None) -> Query:
    """`query` with the conversation's earlier races: the previous context's, and the previous race itself when
    this one is another (another place, office, round, year or city), the last `EARLIER_RACES` of them, none the
    same race as this one."""
    if previous is None:
        return query
    races = [*previous.earlier, previous.model_copy(update={"earlier": []})]
    kept = [race for race in races if _race_of(race) != _race_of(query)]
    return query.model_copy(update={"earlier": kept[-EARLIER_RACES:]})


def _race_of(query: Query) -> tuple:
    return (query.places, query.office, query.round, query.year, query.city)


def context_key(chat_id: int, thread_id: int | None = None) -> str:
    return f"{chat_id}:{thread_id or 0}"


class ContextStore:
    def __init__(self, data_dir: Path, minutes: int = 30, database_url: str | None = None) -> None:
        self.ttl = timedelta(minutes=minutes)
        self._store = StateStore(data_dir, database_url)

    def get(self, key: str) -> Query | None:
        value = self._store.get(key)
        if value is None:
            return None
        try:
            return Query.model_validate_json(value)
        except ValidationError:  # written by another version: start afresh rather than fail
            return None

    def put(self, key: str, query: Query) -> None:
        now = datetime.now(UTC)
        self._store.put(key, query.model_dump_json(), now + self.ttl)
        self._store.purge(now)

    def clear(self, key: str) -> None:
        self._store.clear(key)

    def close(self) -> None:
        self._store.close()
