"""A question, understood: what place, which election, which round, and what is asked.

`parse_question("who came second in Poland's 2025 runoff?")` gives a typed `Query` (places PL, office
president, round runoff, year 2025, asks rank, rank 2). The parser is a set of per-language word tables
(English, Spanish, Portuguese) read by one small loop: a cue's *kind* decides what it sets. A follow-up
("and by what margin?", "¿y en Bolivia?", "who came second there?") is parsed against the previous query
of the conversation and inherits what it does not say.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from retrieval.places import normalize
from retrieval.question.asks import read_asks
from retrieval.question.countries import question_places
from retrieval.question.dates import MONTHS, QUESTION_YEAR, compact_date, day_of_month
from retrieval.question.followups import inherit
from retrieval.question.kinds import RESULT_ASKS, Asks, Language, YesNo
from retrieval.question.language import detect_language
from retrieval.question.names import capitalised_names
from retrieval.question.offices import office_asked, regional_government
from retrieval.question.tables import FOLLOWUP_START, first, patterns
from retrieval.question.yes_no import REACHING, yes_no
from retrieval.results import Office, Round

__all__ = ["RESULT_ASKS", "Asks", "Language", "Query", "YesNo", "detect_language", "parse_question"]


class Query(BaseModel):
    text: str
    language: Language = "en"
    places: list[str] = Field(default_factory=list, description="ISO codes named (or inherited), in order.")
    office: Office | None = None
    round: Round | None = None
    year: int | None = None
    month: int | None = None
    day: int | None = Field(
        None, description="The day of the month named ('May 14', '2 de octubre', '10N'; '23J' names no one month)."
    )
    asks: Asks = "topic"
    rank: int | None = Field(None, description="The k-th place asked for (1 = winner).")
    early: bool = Field(False, description="An early or partial count is asked for, not the outcome.")
    names: list[str] = Field(default_factory=list, description="Capitalised names that are not places.")
    yes_no: YesNo | None = Field(None, description="A yes/no question: the fact whose truth answers it.")
    followup: bool = False
    city: str | None = Field(
        None, description="The city whose race a follow-up that names none is about (its key: `Election.city`)."
    )
    field: list[str] = Field(
        default_factory=list,
        description="The contestants of the race the conversation is about (carried by the chat: bot.chat.context), "
        "by which a follow-up typing one in lowercase names him ('y abinader?', 'how many votes did tarlos get?').",
    )
    race_day: str | None = Field(
        None,
        description="The polling day (ISO) of the race the conversation's last answer led with (carried by the chat: "
        "bot.chat.context), from which a follow-up asking another round of it ('and the runoff?') takes its year.",
    )
    earlier: list[Query] = Field(
        default_factory=list,
        description="The conversation's races asked before this one, oldest first, which a follow-up may point back "
        "to ('the turnout in the first one?', 'y en la otra elección?'): see retrieval.question.followups.",
    )

    @property
    def about_results(self) -> bool:
        return self.asks in RESULT_ASKS


def _is_followup(folded: str, raw: str, places: list[str], has_names: bool, previous: Query) -> bool:
    """Whether a question continues the conversation. One that names no place and no one is about the
    conversation's subject however long it is ("who came third in the first round?"): nothing else in it says
    what it is about; nor does one naming only the conversation's own places again ("how many did united
    seychelles end up with?", a party named after its country), or regions and cities of its countries ("au
    parlement flamand qui est arrivé troisième ?" after Belgium's 2019 vote: that day's regional race, see
    `retrieval.question.followups`). One that names someone is a new question unless it is short or refers
    back."""
    stripped = raw.strip().lstrip("¿¡").lower()
    if stripped.startswith(FOLLOWUP_START) or folded.startswith(tuple(normalize(s) for s in FOLLOWUP_START)):
        return True
    countries = {place.split("-")[0] for place in previous.places}
    if places and not all(place.split("-")[0] in countries for place in places):
        return False
    return bool(patterns()["refers"].search(folded)) or not has_names or len(folded.split()) <= 6


def parse_question(text: str, previous: Query | None = None, language: Language | None = None) -> Query:
    """The typed query of a question; with `previous`, a follow-up inherits what it leaves unsaid."""
    text = " ".join(text.split())
    folded = normalize(text)
    office = office_asked(folded)
    places = question_places(text, office)
    if office is None and regional_government(folded, places):
        office = "governor"
    yes_no_fact = yes_no(folded.lstrip("¿¡ "))
    asks, rank = read_asks(text, folded, yes_no_fact)
    year_match = QUESTION_YEAR.search(text)
    month_match = patterns()["month"].search(folded)
    day = day_of_month(folded, month_match) if month_match else None
    language = language or detect_language(text)
    month, day = (MONTHS[month_match.group()], day) if month_match else compact_date(folded, language)
    query = Query(
        text=text,
        language=language,
        places=places,
        office=office,
        # who reached the runoff, asked or said, is the first round's fact ("how much was counted when Melo
        # and Rosário were confirmed for the runoff?", "did Quispe make the runoff?")
        round="first" if REACHING.search(folded) else first("round", folded),  # type: ignore[arg-type]
        year=int(year_match.group()) if year_match else None,
        month=month,
        day=day,
        asks=asks,
        rank=rank,
        early=bool(patterns()["early"].search(folded)),
        names=capitalised_names(text),
        yes_no=yes_no_fact,
    )
    if previous is None or not _is_followup(folded, text, places, bool(query.names), previous):
        return query
    return inherit(query, previous, folded)
