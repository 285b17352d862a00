"""What a follow-up inherits from the conversation's previous question.

A chat message rarely repeats its subject: after "who won Poland's first round?" come "who came third?",
"and the runoff?", "e na primeira?", "what did he promise?". The follow-up keeps the previous place, office and
contestants unless it names others, and:

- asks what it asks. A message that is only a new subject or round ("and the runoff?", "¿y en 2021?", "what
  about Peru?", "e na primeira?") asks again what was asked before; a question of its own (a question word, or
  an auxiliary opening a yes/no question) keeps its own kind, a topic included ("what did he promise?", "quem
  apoiou ele?"), so a question about a campaign is not answered with the result.
- keeps the contestants only within the same race (a new place, office or year is another one), and the date
  only as far as it still holds: a new round or a new year is another polling day, so the
  month and day of the previous question do not carry over; a new place is another election altogether.
- a contestant of the race carried, typed in lowercase ("y abinader?", "how many votes did tarlos get?",
  "e o dps?"), is who the message is about, not the person the conversation carried.
- a person named by a pronoun after "who won?" is the winner ("what did she promise?"), and so is the unsaid
  subject of a figure asked next ("¿cuántos votos sacó?", "and how many votes?").
- a k-th place beyond the second asked of a runoff, which has two contestants, becomes its winner.
- an ordinal alone ("¿y el tercero?", "e o quarto colocado?", "and 3rd?") asks that place of the race carried,
  unless it names another round of it ("and the second?" after a first round is the runoff).
- a whole country named after a mayor's or governor's race leaves that office behind ("e no uruguai?"), and
  a province or state named after a mayor's race (no city of it) leaves the mayor's office for the region's race.
- a message whose words do not tell its language ("Chile?", "2021?"), or tell it no better than the
  conversation's ("et en 2016 ?", French and Spanish "en"), is in the conversation's.
- a round is a polling day: a new place asked of that same day keeps the round, and a month named of its own
  leaves it for that month's.
- another round of the race answered ("e na primeira?", "and the runoff?") is asked of that race's year (the
  polling day the chat carries, `Query.race_day`), not of the place's newest race of that round, which the
  contestants carried may name (a city's mayoral race they stood in a year before).
- a new place asked of the same day, month or year ("¿y en Sudáfrica ese mismo mes?", "e na Índia, no mesmo
  mês?", "and in Peru that same year?", "et au Bénin le même jour ?") keeps that much of the previous date; so
  does a region or city of the country the chat is about, or that country named again, asked with no date of
  its own ("et à Zanzibar la participation ?" after Tanzania's 2020 vote): a country's regions vote in its
  election cycle, mostly on its day.
- a question about one race's story (a yes/no about its people, what someone said, why it went as it did)
  followed by another race named bare ("what about Barinas?") asks that race's result, not its story.
- a party word ("¿qué partido la apoyaba?", "which party backed him?") asks about the race carried, not for a
  parliament: only a word naming a house ("legislativas", "congress", "seats") leaves a mayor's or
  president's race for one.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from retrieval.places import normalize
from retrieval.question.language import detect_language
from retrieval.question.offices import office_asked
from retrieval.question.tables import FOLLOWUP_START, ORDINAL_PLACES

if TYPE_CHECKING:
    from retrieval.query import Query

# fmt: off
# Words that make a message a question of its own, in English, Spanish, Portuguese and French (accents folded).
QUESTION_WORDS = (
    "what", "who", "whom", "whose", "which", "how", "when", "where", "why",
    "que", "quien", "quienes", "como", "cual", "cuales", "cuando", "donde", "cuanto", "cuantos", "cuanta", "cuantas",
    "quem", "qual", "quais", "quando", "onde", "quanto", "quantos", "quanta", "quantas",
    "qui", "quoi", "quel", "quelle", "quels", "quelles", "lequel", "laquelle", "comment", "combien", "quand",
    "pourquoi", "qu'est-ce",
    # chat shorthand of Spanish and Portuguese "qué"/"que", "cuánto"/"quanto", "quando", "por qué"/"por que"
    "q", "qnto", "qnt", "qto", "qdo", "pq", "xq",
)
AUXILIARIES = ("did", "does", "do", "is", "was", "were", "are", "has", "have", "had", "will", "would", "can", "could")
# A person referred to by a pronoun: after "who won?", the winner.
# (Spanish "él" is left out: folded, it is the article "el".)
PRONOUNS = ("he", "she", "him", "her", "his", "ella", "ele", "ela", "dele", "dela", "il", "elle", "lui")
# A round named by its ordinal alone, its noun left unsaid as in the previous question ("e na primeira?").
ELLIPTIC_ROUND = {
    "first": ("the first", "la primera", "a primeira", "na primeira", "o primeiro", "no primeiro", "le premier",
              "au premier"),
    "runoff": ("the second", "la segunda", "a segunda", "na segunda", "o segundo", "no segundo", "le second",
               "au second", "le deuxieme", "au deuxieme"),
}
# The previous question's date referred back to ("that same month", "ese mismo día", "no mesmo ano", "le même
# jour"), by how much of it is kept: a day keeps its month and year, a month its year. ("This year", "este año",
# "cette année" are today's, not the previous question's, and are left out.)
SAME_TIME = {
    "day": ("same day", "that day", "mismo dia", "ese dia", "aquel dia", "misma jornada", "esa jornada",
            "mesmo dia", "nesse dia", "naquele dia", "desse dia", "daquele dia", "meme jour", "ce jour-la",
            "meme journee"),
    "month": ("same month", "that month", "mismo mes", "ese mes", "aquel mes", "mesmo mes", "nesse mes",
              "naquele mes", "desse mes", "daquele mes", "meme mois", "ce mois-la"),
    "year": ("same year", "that year", "mismo ano", "ese ano", "aquel ano", "mesmo ano", "nesse ano",
             "naquele ano", "desse ano", "daquele ano", "meme annee", "cette annee-la"),
}
# A vote some days, weeks or months before or after the previous question's ("a month before", "un mes antes",
# "duas semanas depois", "un mois plus tôt", "the previous month") is read as of the same year: the new place's
# race of that year, not its newest one (a vote across the new year is the rare exception).
NEAR_UNITS = ("day", "days", "week", "weeks", "month", "months", "dia", "dias", "semana", "semanas", "mes", "meses",
              "jour", "jours", "semaine", "semaines", "mois")
NEAR_AFTER_UNIT = ("before", "earlier", "later", "after", "antes", "despues", "anterior", "siguiente", "depois",
                   "mais tarde", "seguinte", "avant", "apres", "plus tot", "plus tard", "precedent", "precedente",
                   "suivant", "suivante")
NEAR_BEFORE_UNIT = ("previous", "prior", "following")
# A race of the conversation pointed back to rather than named again ("the turnout in the first one?", "and in the
# other country?", "¿y en la otra elección?", "e na outra?", "et dans l'autre scrutin ?"): after a word of place
# or belonging ("in", "en", "na", "dans", "of", "de") and ending its phrase, which tells it from a contestant ("and
# the other one?" is the runner-up) and from a round ("e na primeira?", "y en la otra vuelta?"). By which of the
# races asked: the first, the second, or the other one than the current.
BACK_TO_RACE = {
    "first": ("first one", "first race", "first election", "first vote", "first country", "primera eleccion",
              "primer pais", "primeira eleicao", "primeiro pais", "premiere election", "premier scrutin",
              "premier pays"),
    "second": ("second one", "second race", "second election", "second vote", "second country", "segunda eleccion",
               "segundo pais", "segunda eleicao", "segundo pais", "deuxieme election", "second scrutin",
               "deuxieme pays", "second pays"),
    "other": ("other one", "other race", "other election", "other vote", "other country", "previous one",
              "earlier one", "otra", "otra eleccion", "otro pais", "anterior", "outra", "outra eleicao",
              "outro pais", "autre", "autre election", "autre scrutin", "autre pays"),
}
RACE_PREPOSITIONS = ("in", "of", "for", "at", "from", "en", "de", "del", "para", "na", "no", "nas", "nos", "da",
                     "do", "em", "dans", "du", "pour", "au", "a")
RACE_ARTICLES = ("the", "that", "el", "la", "esa", "ese", "o", "a", "essa", "esse", "le", "cette", "ce", "l'")
# A party, which the office table reads as a parliament's ("partido", "which party"), in a follow-up about
# another office's race is that race's contestant's party.
PARTY_WORDS = ("party", "parties", "partido", "partidos", "parti", "partis")
# A party owned by a possessive ("his party", "su partido", "o partido dele", "son parti", "their coalition"): the
# party of the person the conversation is about.
POSSESSIVES = ("his", "her", "their", "su", "sus", "seu", "sua", "seus", "suas", "son", "sa", "leur", "leurs")
OWNED_AFTER = ("dele", "dela", "deles", "delas")
PARTY_NOUNS = (*PARTY_WORDS, "coalition", "coalicion", "coligacao", "alliance", "alianza", "alianca", "list",
               "lista", "liste")
# fmt: on
# A runoff held in the first months of a year may follow a first round of the year before (Dec. 27 and Feb. 21).
EARLY_MONTHS = 3
_ORDINAL_OF = {word: k for k, words in ORDINAL_PLACES.items() for word in words}
# The ordinal alone, with its article and a noun of place at most ("the third", "el tercer lugar", "o segundo
# colocado", "3º", "le troisième"): nothing else that would make it a round's, a date's or a name's.
_BARE_ORDINAL = re.compile(
    r"^(?:(?:the|el|la|los|las|o|a|os|as|le|les|l')\s*)?(?P<k>[a-z]+|\d{1,2}(?:st|nd|rd|th|o|a|e|er|eme)?)"
    r"(?:\s+(?:place|one|lugar|puesto|colocado|colocada|classe|classee))?\s*[?.!]*$"
)
_QUESTION = re.compile(r"\b(?:" + "|".join(QUESTION_WORDS) + r")\b")
_PRONOUN = re.compile(r"\b(?:" + "|".join(PRONOUNS) + r")\b")
_AUXILIARY = re.compile(r"^(?:" + "|".join(AUXILIARIES) + r")\b")
_SAME_TIME = {unit: re.compile(r"\b(?:" + "|".join(map(re.escape, cues)) + r")\b") for unit, cues in SAME_TIME.items()}
_UNITS = "|".join(NEAR_UNITS)
_NEAR_TIME = re.compile(
    rf"\b(?:(?:{_UNITS})\s+(?:{'|'.join(NEAR_AFTER_UNIT)})|(?:{'|'.join(NEAR_BEFORE_UNIT)})\s+(?:{_UNITS}))\b"
)
_BACK_TO_RACE = {
    which: re.compile(
        rf"\b(?:{'|'.join(RACE_PREPOSITIONS)})\s+(?:(?:{'|'.join(RACE_ARTICLES[:-1])})\s+|l')?"
        rf"(?:{'|'.join(map(re.escape, phrases))})(?=\s*(?:[?!.,;]|$))"
    )
    for which, phrases in BACK_TO_RACE.items()
}
_PARTY = re.compile(r"\b(?:" + "|".join(PARTY_WORDS) + r")\b")
_OWNED_PARTY = re.compile(
    rf"\b(?:(?:{'|'.join(POSSESSIVES)})\s+(?:{'|'.join(PARTY_NOUNS)})|(?:{'|'.join(PARTY_NOUNS)})\s+"
    rf"(?:{'|'.join(OWNED_AFTER)}))\b"
)
_ELLIPTIC = {
    r: re.compile(r"\b(?:" + "|".join(map(re.escape, cues)) + r")\s*\??$") for r, cues in ELLIPTIC_ROUND.items()
}


def _without_opening(folded: str) -> str:
    """The message without its follow-up opening ("and", "what about", "¿y"), which is no question of its own."""
    text = folded.lstrip("¿¡ ")
    for start in sorted((normalize(s) for s in FOLLOWUP_START), key=len, reverse=True):
        if text.startswith(start):
            return text[len(start) :].strip()
    return text


def asks_of_its_own(folded: str) -> bool:
    """Whether a message is a question of its own rather than a new subject for the previous question."""
    rest = _without_opening(folded)
    return bool(_QUESTION.search(rest) or _AUXILIARY.search(rest))


def elliptic_round(folded: str) -> str | None:
    """The round a message names by its ordinal alone ("e na primeira?", "and the second?")."""
    for round_, pattern in _ELLIPTIC.items():
        if pattern.search(folded):
            return round_
    return None


def same_time(folded: str) -> str | None:
    """How much of the previous question's date a message refers back to: "day", "month" or "year"."""
    same = next((unit for unit, pattern in _SAME_TIME.items() if pattern.search(folded)), None)
    return same or ("year" if _NEAR_TIME.search(folded) else None)


def bare_ordinal(folded: str) -> int | None:
    """The k-th place a follow-up asks by an ordinal alone ("¿y el tercero?" -> 3, "and 2nd?" -> 2)."""
    match = _BARE_ORDINAL.match(_without_opening(folded))
    if match is None:
        return None
    word = match.group("k")
    if word[0].isdigit():
        return int(re.match(r"\d+", word).group())  # type: ignore[union-attr]
    return _ORDINAL_OF.get(word)


def continued_race(query: Query, previous: Query, folded: str) -> Query:
    """The race of the conversation a follow-up continues: the last one asked (`previous`), unless it points back
    to another ("the turnout in the first one?", "¿y en la otra elección?", a question about two countries
    counting as two races), or asks a round after a race of an office asked with none, of the place of an earlier
    race asked by its round ("et au second tour ?" after "et aux législatives ?" after the presidential first
    round: the presidential runoff, not the legislature's). A follow-up naming a place of its own names its race."""
    if query.places:
        return previous
    earlier = [race for asked in previous.earlier for race in _each_place(asked)]
    current = _each_place(previous.model_copy(update={"earlier": []}))
    races = earlier + current
    if len(races) > 1:
        for which, pattern in _BACK_TO_RACE.items():
            if pattern.search(folded):
                others = [race for race in races if race is not current[0]]
                return {"first": races[0], "second": races[1], "other": others[-1]}[which]
    if query.round and query.office is None and previous.round is None and previous.office is not None:
        by_round = [
            r for r in previous.earlier if r.round and r.office != previous.office and r.places == previous.places
        ]
        return by_round[-1] if by_round else previous
    return previous


def _each_place(asked: Query) -> list[Query]:
    """A question's races: one, or one a country when it asked about several ("chile and peru?"), in its order."""
    countries = list(dict.fromkeys(place.split("-")[0] for place in asked.places))
    if len(countries) < 2:
        return [asked]
    return [
        asked.model_copy(
            update={"places": [p for p in asked.places if p.split("-")[0] == country], "names": [], "city": None}
        )
        for country in countries
    ]


def inherit(query: Query, previous: Query, folded: str) -> Query:
    """The follow-up `query` (parsed alone) completed from the conversation's `previous` question (or from the
    earlier race it returns to: `continued_race`)."""
    previous = continued_race(query, previous, folded)
    query = _contestant_not_place(query, previous, folded)
    new_place = bool(query.places)
    office = None if _party_of_the_race(query, previous, folded) else query.office
    new_office = office is not None and office != previous.office
    # Another place, another office ("and the senate race?") or another year ("e em 2021?") is another race: not
    # its contestants.
    another_race = new_place or new_office or (query.year is not None and query.year != previous.year)
    own = asks_of_its_own(folded)
    round_ = query.round or (None if new_place else elliptic_round(folded) if not own else None)
    # An ordinal alone is a place in the ranking of the race carried, unless it names a round other than the
    # carried one ("and the second?" after a first round is its runoff; after the runoff, its runner-up). After a
    # place was asked ("who came third?"), the conversation walks the ranking: "and the second?" is a place.
    place = None if own or new_place or query.rank else bare_ordinal(folded)
    walking = previous.asks == "rank"
    if place is not None and not walking and round_ is not None and round_ != previous.round:
        place = None
    if place is not None:
        round_ = query.round
    # Another round or another year is another polling day: the previous month and day no longer hold, unless
    # the message says it is the same one ("¿y en Sudáfrica ese mismo mes?").
    other_day = new_place or (round_ is not None and round_ != previous.round) or query.year is not None
    same = same_time(folded)
    # A round is a polling day: another place asked of that same day ("y en Lambayeque ese mismo día?") is that
    # day's round too (another office of the day is another race, which may have no rounds: "et aux législatives
    # le même jour ?"); a month named picks its own day ("who led in october?" after a december runoff), which no
    # carried round overrides.
    keeps_round = not new_office and (not new_place or same == "day")
    carried_round = previous.round if keeps_round and not query.month else None
    named = query.names or ([] if new_place else typed_contestants(previous.field, previous.city, query.text))
    # "¿y cuántos escaños sacó su partido?": the party of the person the conversation is about, in the race asked
    owner = [] if named or new_place or not _OWNED_PARTY.search(folded) else previous.names[:1]
    # "what about Lagos on that same day?", "¿y la gobernación aquel mismo día?": another race of the
    # day answered, whose outcome is asked (what was asked of the last race was asked of its people)
    day_race = same == "day" and (new_place or new_office) and not own
    race_date = _race_date(previous) if same in ("day", "month", "year") else (None, None, None)
    inherited: dict[str, Any] = {
        "places": query.places or previous.places,
        "office": office
        or (
            None
            if _left_local(query, previous) or _left_national(query, previous) or _left_city(query, previous)
            else previous.office
        ),
        "round": round_ or carried_round,
        "year": query.year
        or (None if new_place and not same and not _same_cycle(query, previous) else previous.year)
        or race_date[0]
        or (_round_year(previous, round_) if not another_race else None),
        "month": query.month
        or (None if other_day and same not in ("day", "month") else previous.month)
        or (race_date[1] if same in ("day", "month") and not query.year else None),
        "day": query.day
        if query.month
        else (None if other_day and same != "day" else previous.day)
        or (race_date[2] if same == "day" and not query.year else None),
        "asks": query.asks,
        "rank": query.rank,
        "names": named or owner or ([] if another_race else previous.names),
        "city": None if new_place or new_office else previous.city,
        "field": [] if another_race else previous.field,
        "race_day": None if another_race else previous.race_day,
        "followup": True,
        "language": detect_language(query.text, default=previous.language),
    }
    # "what did she promise?" after "who won?": the winner; so is the unsaid subject of a figure asked
    # ("¿cuántos votos sacó?", "e quanto teve?": Spanish and Portuguese leave the pronoun out).
    unsaid = query.asks in ("votes", "share")
    if not named and not another_race and previous.asks == "winner" and (_PRONOUN.search(folded) or unsaid):
        inherited["names"] = previous.names[:1]
    if query.asks == "topic" and not own:
        inherited["asks"], inherited["rank"] = previous.asks, previous.rank
        if previous.asks == "topic" and another_race:
            # a question about one race's story ("did crombie win her seat?", "why did the opposition lose
            # there?") asks, of another race named bare, its result
            inherited["asks"] = "winner"
        if previous.asks in ("winner", "rank", "margin") and _only_a_subject(query, folded) and place is None:
            inherited["asks"], inherited["rank"] = "share", None
    if place is not None:
        inherited["asks"], inherited["rank"] = ("winner", None) if place == 1 else ("rank", place)
    if day_race and place is None and query.asks == "topic":
        inherited["asks"], inherited["rank"] = "winner", None
    if inherited["asks"] == "rank" and inherited["round"] == "runoff" and (inherited["rank"] or 0) > 2:
        inherited["asks"], inherited["rank"] = "winner", None
    return query.model_copy(update=inherited)


def _race_date(previous: Query) -> tuple[int | None, int | None, int | None]:
    """Year, month and day of the polling day the chat carries (`Query.race_day`, the race its last answer led
    with): what "the same day" ("et les législatives de ce même jour ?") refers to when the previous question named
    no date of its own."""
    day = previous.race_day or ""
    if not re.match(r"\d{4}-\d{2}-\d{2}", day):
        return None, None, None
    year, month, day_of_month = int(day[:4]), int(day[5:7]), int(day[8:10])
    if previous.year not in (None, year):
        return None, None, None  # the race answered is not the one asked: the question's own date holds
    if previous.month not in (None, month) or previous.day is not None:
        return year, None, None
    return year, month, day_of_month


def _round_year(previous: Query, round_: str | None) -> int | None:
    """The year of another round of the race answered (`previous.race_day`), asked with no year ("e na
    primeira?" after Poland's 2025 presidential runoff): the race's contestants carried may have stood in an
    older race of that round (a city's mayoral race a year before), which the year tells apart. A runoff is
    asked of its first round's year (a runoff held early in the next year is still found:
    `retrieval.late_counts`); a first round is asked of its runoff's year unless the runoff was held in the
    year's first months, when the first round may have been held the year before."""
    day = previous.race_day or ""
    if round_ is None or round_ == previous.round or not day[:4].isdigit():
        return None
    if round_ == "first" and day[5:7].isdigit() and int(day[5:7]) <= EARLY_MONTHS:
        return None
    return int(day[:4])


def typed_contestants(field: list[str], city: str | None, question: str) -> list[str]:
    """The contestants of a race (`field`) a message names, however typed: a name in lowercase ("y abinader?") is
    no capitalised name the question reader finds. The race's own city is no contestant, though a report's
    dateline may have been read as one ("FORTALEZA — Lima venceu ...": "quem ganhou em Fortaleza?" names no one)."""
    from retrieval.races.election import surname  # races imports the question's parse

    return [name for name in field if normalize(name) != city and says_name(question, normalize(surname(name)))]


# Words after which a name is a place ("e em lima?", "y en mendoza?", "et à lima ?"), not the person of that name.
PLACE_PREPOSITIONS = ("in", "at", "en", "em", "no", "na", "nos", "nas", "a", "au", "aux", "dans")


def _contestant_not_place(query: Query, previous: Query, folded: str) -> Query:
    """A follow-up naming a contestant of the race carried whose surname is also a place ("y mendoza?", "e o
    lima?", "how did hidalgo do?" after a race Mendoza, Lima or Hidalgo stood in) names the person, not the place:
    the places the message names without that surname. After a preposition of place ("y en mendoza?") it is
    the place."""
    from retrieval.question.countries import question_places  # countries reads the question's tables
    from retrieval.races.election import surname  # races imports the question's parse

    if not query.places or len(folded) != len(query.text):
        return query
    text = query.text
    for name in typed_contestants(previous.field, previous.city, query.text):
        key = normalize(surname(name))
        for match in re.finditer(rf"(?<![\w-]){re.escape(key)}(?![\w-])", folded):
            before = folded[: match.start()].split()[-1:]
            if before and before[0].strip("¿¡") in PLACE_PREPOSITIONS:
                continue
            text = text[: match.start()] + " " * len(key) + text[match.end() :]
    if text == query.text:
        return query
    return query.model_copy(update={"places": question_places(text, query.office)})


def says_name(question: str, key: str) -> bool:
    """Whether a question says a contestant's surname (`surname`, folded) as a word or words of its own, and
    one of at least two letters: a one-letter name read off a report ("É", "A") is not the "é" or the "a" of
    "e a participação?"; a two-word one ("Sweden Democrats") is found as its two words."""
    if sum(ch.isalpha() for ch in key) < 2:
        return False
    return re.search(rf"(?<![\w-]){re.escape(key)}(?![\w-])", normalize(question)) is not None


def _party_of_the_race(query: Query, previous: Query, folded: str) -> bool:
    """Whether the parliament a follow-up asks is only a party it names ("¿qué partido la apoyaba a ella?" after
    Skopje's mayoral race, "which party is he from?" after a president's): the race carried is still asked."""
    if query.office != "parliament" or previous.office in (None, "parliament"):
        return False
    return office_asked(_PARTY.sub(" ", folded)) is None


def _same_cycle(query: Query, previous: Query) -> bool:
    """Whether a follow-up naming a place names the country the chat is about, or a region or city of it, and no
    date of its own: that country's election cycle is still asked ("et à Zanzibar la participation ?" after
    Tanzania's 2020 vote, "how many did United Seychelles end up with?" after the Seychelles' 2020 vote)."""
    countries = {place.split("-")[0] for place in previous.places}
    asked = {place.split("-")[0] for place in query.places}
    return bool(asked) and asked <= countries and not (query.month or query.day)


def _only_a_subject(query: Query, folded: str) -> bool:
    """Whether a follow-up opening names a subject and nothing else: no place, office, round, date or figure
    ("y chega?", "and the blancos?", "e o haddad?", "et Lumana ?"). After who won, who came k-th or by how much,
    that is the subject's own result the reader asks next, not the winner again."""
    rest = _without_opening(folded)
    said = query.places or query.office or query.round or query.year or query.month or query.rank or query.yes_no
    return rest != folded.lstrip("¿¡ ") and bool(rest.strip("?!. ")) and not said and not elliptic_round(folded)


def _left_local(query: Query, previous: Query) -> bool:
    """Whether a follow-up leaves a governor's or mayor's race for a whole country: it names a country with no
    province or city of it ("e no uruguai?" after Fortaleza's mayoral runoff, "and in bolivia?" after Jalisco's
    governor), so the local office is no longer asked."""
    from retrieval.races.cities import asked_cities  # races imports the question's parse
    from retrieval.races.election import LOCAL

    if previous.office not in LOCAL or not query.places or any("-" in p for p in query.places):
        return False
    return not asked_cities(query.text, query.places)


def _left_city(query: Query, previous: Query) -> bool:
    """Whether a follow-up leaves a city's mayoral race for a province or state: it names a region the
    conversation was not about and no city ("y en miranda ese mismo dia?" after the Caracas mayor's race, "and in
    Bavaria?" after Munich's), so the mayor's office is no longer asked: the region's own race is (its
    governor's, whatever the question left unsaid). A region named as its capital city ("y en lima?") is that
    city's mayoral race still."""
    from retrieval.races.cities import asked_cities  # races imports the question's parse

    if previous.office != "mayor":
        return False
    regions = [p for p in query.places if "-" in p and p not in previous.places]
    return bool(regions) and not asked_cities(query.text, query.places)


def _left_national(query: Query, previous: Query) -> bool:
    """Whether a follow-up leaves a national race for one of the country's regions: it names a province or
    state the conversation was not about ("what about jalisco?", "¿y en Antioquia?", "e em Minas Gerais?", "et en
    Bretagne ?" after the presidential vote), so the national office is no longer asked: the region's own race
    is (its governor's, whatever the question left unsaid)."""
    if previous.office in (None, "governor", "mayor"):
        return False
    regions = [p for p in query.places if "-" in p and p not in previous.places]
    return bool(regions) and all(p.split("-")[0] in previous.places for p in regions)
