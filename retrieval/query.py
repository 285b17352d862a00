"""A question, understood: what place, which election, which round, and what is asked.

`parse_question("who came second in Poland's 2025 runoff?")` gives a typed `Query` (places PL, office
president, round runoff, year 2025, asks rank, rank 2). The parser is a set of per-language word tables
(English, Spanish, Portuguese) read by one small loop: a cue's *kind* decides what it sets. A follow-up
("and by what margin?", "¿y en Bolivia?", "who came second there?") is parsed against the previous query
of the conversation and inherits what it does not say.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, Field

from retrieval.places import find_places, normalize, resolve_place
from retrieval.results import ORDINAL_WORDS, RUNOFF_WORDS, Office, Round

Asks = Literal["winner", "margin", "share", "rank", "seats", "turnout", "count", "votes", "topic"]
# The fact a yes/no question turns on: whether the contestant won ("did X win?"), won with no runoff
# ("did X win outright?"), made or forced a runoff ("did X make the runoff?", "did Jakarta need a runoff?"),
# holds a majority ("did X keep its majority?"), whether a proposal passed ("did the referendum pass?"), and
# whether the count is final ("is the count final?").
YesNo = Literal["won", "outright", "runoff", "majority", "passed", "final"]
Language = Literal["en", "es", "pt"]

RESULT_ASKS: frozenset[str] = frozenset({"winner", "margin", "share", "rank", "seats", "turnout", "count", "votes"})


class Query(BaseModel):
    text: str
    language: Language = "en"
    places: list[str] = Field(default_factory=list, description="ISO codes named (or inherited), in order.")
    office: Office | None = None
    round: Round | None = None
    year: int | None = None
    month: int | None = None
    day: int | None = Field(None, description="The day of the month named with the month ('May 14', '2 de octubre').")
    asks: Asks = "topic"
    rank: int | None = Field(None, description="The k-th place asked for (1 = winner).")
    early: bool = Field(False, description="An early or partial count is asked for, not the outcome.")
    names: list[str] = Field(default_factory=list, description="Capitalised names that are not places.")
    yes_no: YesNo | None = Field(None, description="A yes/no question: the fact whose truth answers it.")
    followup: bool = False

    @property
    def about_results(self) -> bool:
        return self.asks in RESULT_ASKS


# --- word tables -----------------------------------------------------------------------------------------
# Each cue is matched on the normalised question (lowercase, accents stripped) on word boundaries. The order
# of `_ASKS` matters: the first kind that matches wins, so the more specific questions come first.
# fmt: off

_ASKS: list[tuple[Asks, tuple[str, ...]]] = [
    # A question about what someone promised, proposed or said is about a topic, whoever won.
    ("topic", (
        "promise", "promised", "promises", "propose", "proposed", "proposal", "plan", "plans", "pledge",
        "pledged", "priorities", "policy", "policies", "say about", "said about", "want", "wants",
        "prometio", "promete", "promesa", "promesas", "propuso", "propone", "propuesta", "planea", "dijo",
        "prioridades", "prometeu", "promete", "promessa", "promessas", "propos", "propoe", "proposta",
        "disse", "prioridades", "quer",
        # Where someone won (which regions, provinces, states) is a topic of the reports, not the result table.
        "which regions", "which provinces", "which states", "which districts", "where did", "en que regiones",
        "en que provincias", "donde gano", "em quais regioes", "em quais estados", "onde venceu", "onde ganhou",
    )),
    ("rank", (
        # English
        "came second", "came third", "came fourth", "finished second", "finished third", "placed second",
        "placed third", "runner-up", "runner up", "runners-up", "second place", "third place", "in second",
        "in third", "who was second", "who was third", "came in second", "came in third",
        # Spanish
        "segundo lugar", "tercer lugar", "quedo segundo", "quedo segunda", "quedo tercero", "quedo tercera",
        "salio segundo", "salio segunda", "salio tercero", "quien fue segundo", "quien fue segunda",
        # Portuguese
        "segundo lugar", "terceiro lugar", "ficou em segundo", "ficou em terceiro", "quem ficou em segundo",
        # Further down the ranking, in all three languages.
        "finished fourth", "finished fifth", "came fifth", "in fourth", "in fifth", "fourth place", "fifth place",
        "quedo cuarto", "quedo cuarta", "quedo quinto", "quedo quinta", "cuarto lugar", "quinto lugar",
        "ficou em quarto", "ficou em quinto", "quarto lugar", "quinto lugar",
        # Who lost a two-way race is who came second.
        "who lost", "the loser", "lost the", "quien perdio", "quem perdeu",
    )),
    ("seats", ("seats", "seat", "escanos", "escanos", "bancas", "diputados obtuvo", "cadeiras", "assentos",
               "quantos lugares", "quantos mandatos", "quantos deputados", "cuantos diputados", "cuantos mandatos",
               "majority in parliament", "mayoria parlamentaria", "maioria parlamentar",
               # how many members of a house a party elected, by their title, asks its seats
               "how many mps", "how many deputies", "how many senators", "how many councillors",
               "how many councilors", "how many lawmakers", "how many legislators", "cuantos senadores",
               "cuantos concejales", "cuantos legisladores", "cuantos parlamentarios", "quantos senadores",
               "quantos vereadores", "quantos parlamentares")),
    ("turnout", ("turnout", "participation", "participacion", "participacao", "abstention", "abstencion",
                 "abstencao", "comparecimento", "how many voted", "cuantos votaron", "quantos votaram")),
    ("margin", ("margin", "by how much", "by how many points", "by how many votes", "how close", "gap",
                "lead over", "how far ahead", "how far behind", "how much ahead", "what lead", "diferencia",
                "que ventaja", "cuanta ventaja", "que vantagem", "quanta vantagem",
                "por cuanto", "por cuantos puntos", "por cuantos votos", "ventaja",
                "margen", "margem", "diferenca", "por quanto", "por quantos pontos", "por quantos votos", "vantagem",
                "separated", "separate", "separaban", "separa", "separavam", "separa",
                # the difference between two contestants is the gap between them
                "difference between", "the difference", "how far apart")),
    # A share asked "once everything was counted" is a share: it comes before the state of the count.
    ("share", ("percent", "percentage", "share", "what share", "how much of the vote", "porcentaje",
               "por ciento", "que porcentaje", "percentual", "porcentagem", "percentagem", "por cento",
               "how much did", "cuanto obtuvo", "cuanto saco", "cuanto tuvo", "quanto teve", "quanto obteve",
               "quanto recebeu", "quanto fez")),
    ("count", ("count", "counted", "count stand", "the count", "how far along", "tally", "results so far", "so far",
               "escrutinio", "conteo", "computo", "actas", "apuracao", "contagem", "urnas apuradas",
               "is it over", "too close to call", "results final", "result final", "count final", "count over",
               "still counting", "resultados definitivos", "son definitivos", "sao definitivos",
               "is final", "are final", "es definitivo", "e definitivo", "ya es oficial", "ja e oficial",
               "sigue el conteo", "ainda contando",
               # how much has been counted asks the count's state ("Quanto já foi apurado?")
               "how much has been counted", "how much is counted", "how much was counted", "cuanto se ha escrutado",
               "cuanto se escruto", "cuanto va escrutado", "cuanto lleva escrutado", "cuanto esta escrutado",
               "quanto ja foi apurado", "quanto foi apurado", "quanto esta apurado", "quanto ja esta apurado",
               "quanto ja se apurou")),
    ("votes", ("how many votes", "number of votes", "cuantos votos", "quantos votos")),
    ("winner", ("came first", "finished first", "placed first", "first place", "came out on top", "topped",
                "quedo primero", "quedo primera", "primer lugar", "ficou em primeiro", "primeiro lugar",
                "won", "win", "wins", "winner", "avoid a runoff", "avoided a runoff", "outright",
                "winning", "victory", "victor", "elected", "who leads", "most votes", "mas votos", "mais votos",
                "who is leading", "who led", "who is ahead", "who will be", "beat", "defeated", "result",
                "results", "outcome", "new president", "next president", "president-elect",
                "gano", "gana", "ganador", "ganadora", "triunfo", "victoria", "elegido", "elegida", "electo",
                "electa", "resultado", "resultados", "quien lidera", "quien va ganando", "nuevo presidente",
                "nueva presidenta", "presidente electo",
                "ganhou", "venceu", "vencedor", "vencedora", "vitoria", "eleito", "eleita", "quem lidera",
                "novo presidente", "nova presidente",
                # Who holds the seat now that the vote is over ("who became Delhi chief minister", "quem é o
                # novo governador de Jacarta") is the vote's winner.
                "who became", "who will become", "new governor", "next governor", "new mayor", "next mayor",
                "new prime minister", "next prime minister", "new chief minister", "governor-elect",
                "mayor-elect", "quien se convirtio", "nuevo gobernador", "nueva gobernadora", "nuevo alcalde",
                "nueva alcaldesa", "gobernador electo", "gobernadora electa", "alcalde electo", "quem se tornou",
                "novo governador", "nova governadora", "novo prefeito", "nova prefeita", "governador eleito",
                "prefeito eleito")),
]

_ROUND: list[tuple[Round, tuple[str, ...]]] = [
    ("first", ("first round", "first-round", "1st round", "primera vuelta", "primeira volta", "primeiro turno",
               "first ballot", "initial round", "go to a runoff", "went to a runoff", "advance to the runoff",
               "advanced to the runoff", "make the runoff", "made the runoff", "pasaron a la segunda vuelta",
               "pasan a segunda vuelta", "passaram ao segundo turno",
               # Winning without a runoff is a first-round question ("did Bio avoid a runoff?").
               "avoid a runoff", "avoided a runoff", "avoid a second round", "avoided a second round",
               "without a runoff", "without a second round", "win outright", "won outright", "outright",
               "evitar la segunda vuelta", "evito la segunda vuelta", "evitar el balotaje", "sin segunda vuelta",
               "sin balotaje", "evitar o segundo turno", "evitou o segundo turno", "sem segundo turno")),
    ("runoff", ("runoff", "run-off", "second round", "second-round", "final round", "segunda vuelta", "balotaje",
                "ballotage", "segundo turno", "segunda volta", "decisive round")),
]

_OFFICE: list[tuple[Office, tuple[str, ...]]] = [
    ("referendum", ("referendum", "plebiscite", "referendo", "plebiscito", "consulta popular",
                    # A constitution put to the vote ("did the new constitution lose?") is a referendum's.
                    "new constitution", "draft constitution", "proposed constitution", "constitutional proposal",
                    "nueva constitucion", "propuesta constitucional", "nova constituicao",
                    # a constitution voters approve or reject, whichever draft ("the second constitution")
                    "constitution", "constitucion", "constituicao")),
    ("mayor", ("mayor", "mayoral", "alcalde", "alcaldesa", "alcaldia", "intendente", "prefeito", "prefeita",
               "prefeitura", "municipal", "councillors", "councilors", "concejales", "vereadores",
               # a capital city's executive: Mexico City's and Buenos Aires's "jefe/jefa de gobierno"
               "jefatura de gobierno", "jefe de gobierno", "jefa de gobierno")),
    # A "regional", "provincial" or "state election" names the level of a vote, not its office: a region elects
    # an assembly as often as a governor (Spain's communities, the Azores, Germany's Länder, India's states).
    ("governor", ("governor", "governorship", "governorships", "gubernatorial", "gobernador", "gobernadora",
                  "governador", "governadora", "gobernacion", "gubernatura", "gobernatura")),
    ("senate", ("senate", "senado", "senators", "senadores")),
    ("parliament", ("parliament", "parliamentary", "legislative", "legislature", "congress", "congressional",
                    "house of representatives", "national assembly", "general election", "seats", "party won",
                    "which party", "parlamento", "parlamentarias", "legislativas", "congreso", "asamblea",
                    "diputados", "camara", "escanos", "partido", "legislativas", "assembleia", "deputados",
                    "cadeiras", "bundestag", "sejm", "dail")),
    ("president", ("president", "presidential", "presidency", "head of state", "presidente", "presidenta",
                   "presidencial", "presidenciales", "presidencia", "presidenciais")),
]

_EARLY = ("early", "earlier", "partial", "preliminary", "first results", "initial results", "so far", "early count",
          "parcial", "parciales", "preliminar", "preliminares", "primeros resultados", "hasta ahora",
          "parciais", "primeiros resultados", "ate agora")  # fmt: skip

_FOLLOWUP_START = ("and ", "what about", "how about", "y ", "e ", "and?", "¿y ", "y en ", "e em ", "e no ", "e na ",
                   "also ", "then ", "same for", "lo mismo", "o mesmo")
_FOLLOWUP_REFERS = ("there", "that election", "that vote", "that race", "that round", "the runoff there",
                    "alli", "alla", "ahi", "esa eleccion", "ese pais", "la", "naquela eleicao", "nesse pais",
                    "him", "her", "he", "she", "they", "it", "el", "ella", "ele", "ela")

_ORDINALS: dict[str, int] = {
    **ORDINAL_WORDS, "runner-up": 2, "runner up": 2, "runners-up": 2, "2nd": 2, "3rd": 3, "4th": 4,
}

_MONTHS: dict[str, int] = {
    name: i
    for names in (
        ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
         "november", "december"),
        ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"),
        ("janeiro", "fevereiro", "marco", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
         "novembro", "dezembro"),
    )
    for i, name in enumerate(names, start=1)
}

# Function words that tell the three languages apart in a short question.
_LANGUAGE_WORDS: dict[Language, frozenset[str]] = {
    "en": frozenset("who what which when where how did does do is was won win the of in on and for with to "
                    "vote election result results president runoff round by margin came second there "
                    # words of what is asked, each of one language only ("partido liberal senado porcentaje")
                    "share seats percent percentage turnout votes much many get got".split()),
    "es": frozenset("quien quienes que como cual cuales cuando donde cuanto cuantos gano gana el la los las del "
                    "en con por para una y es son fue segunda vuelta eleccion elecciones presidente resultado "
                    "votos ganador diferencia alli "
                    "porcentaje escanos cuantas saco obtuvo quedo participacion escrutinio conteo".split()),
    "pt": frozenset("quem qual quais quando onde quanto quantos ganhou venceu o os as do da dos das no na em com "
                    "para um uma e foi segundo turno eleicao eleicoes presidente resultado votos vencedor "
                    "diferenca la ficou que pelo pela ao aos depois sobre ainda "
                    "porcentagem percentual cadeiras deputados quantas teve obteve apuracao participacao".split()),
}
# fmt: on
_PT_MARKERS = re.compile(r"[ãõç]|\b(?:ção|ções|não|você|está)\b")
_ES_MARKERS = re.compile(r"[¿¡ñ]")

_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
# Capital letters of the Latin script, accented ones included ("ÖVP", "Łukasz", "Šefčovič", "Čaputová").
_UPPER = "A-ZÀ-ÖØ-Þ" + "".join(ch for ch in map(chr, range(0x100, 0x250)) if ch.isupper())
_NAME = re.compile(rf"(?<![\w'’])[{_UPPER}][\w'’-]+(?:\s+(?:de |da |do |dos |del |van |von )?[{_UPPER}][\w'’-]+)*")
_NOT_NAMES = frozenset(
    normalize(w)
    for w in (
        "Who What Which When Where How Why Did Does Do Is Was Were Are Will Can Could Tell Give Show And But "
        "The A An In On Of Quién Quien Quiénes Qué Que Cuál Cual Cuáles Cuándo Cuando Dónde Donde Cómo Como Cuánto "
        "Cuanto Cuánta Cuántos Cuántas Por Para Y En El La Los Las Quem Qual Quais Quando Onde Como Quanto Quanta "
        "Quantos Quantas Por Para E Em O Os As No Na Do Da President Presidente "
        "Presidential Parliament Congress Senate Runoff First Second Third Round January February March April "
        "May June July August September October November December Enero Febrero Marzo Abril Mayo Junio Julio "
        "Agosto Septiembre Octubre Noviembre Diciembre Janeiro Fevereiro Março Maio Junho Julho Setembro Outubro "
        "Novembro Dezembro Sunday Monday Tuesday Wednesday Thursday Friday Saturday Brief Please By With For From "
        "About Since After Before During Por Con Para Sobre Desde Com Sobre Após"
    ).split()
)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    """One compiled alternation per table entry, built once."""

    def alt(words: tuple[str, ...]) -> re.Pattern[str]:
        escaped = sorted({re.escape(normalize(w)) for w in words}, key=len, reverse=True)
        return re.compile(r"(?<![\w-])(?:" + "|".join(escaped) + r")(?![\w-])")

    out: dict[str, re.Pattern[str]] = {}
    for kind, words in _ASKS:
        out[f"asks:{kind}"] = alt(words)
    for kind, words in _ROUND:
        out[f"round:{kind}"] = alt(words)
    for kind, words in _OFFICE:
        out[f"office:{kind}"] = alt(words)
    out["ordinal"] = alt(tuple(_ORDINALS))
    out["month"] = alt(tuple(_MONTHS))
    out["early"] = alt(_EARLY)
    out["refers"] = alt(_FOLLOWUP_REFERS)
    return out


# What a contestant got, with no word of measure ("what did Kalil get in Minas Gerais", "¿qué sacó el PP?",
# "o que o PT obteve"): the verbs of receiving votes ask for the figures, as "how much did X get" does.
_GETTING = re.compile(
    r"\bwhat (?:did|does|has|have)\b(?:\s+[\w'-]+){1,5}?\s+(?:get|got|gotten|receive|received|score|scored|poll|polled)"
    r"(?=\s*(?:$|[?.!,]|in\b|at\b|on\b|among\b|with\b|this\b|last\b))"  # not "get done", "get through"
    r"|\bque (?:saco|obtuvo|consiguio|recibio|obteve|teve|conseguiu|recebeu)\b"
    r"|\bo que\b(?:\s+[\w'-]+){1,5}?\s+(?:teve|obteve|conseguiu|recebeu)\b"
)
# Accents are stripped before matching, so the relative "que" looks like the question word "qué": a "que"
# after a noun its determiner introduces ("el candidato que obtuvo más votos", "o partido que teve"), or
# after a bare article ("el que obtuvo"), is a relative, as "what" is only a question word in English.
_DETERMINERS = frozenset(
    "el la los las un una unos unas este esta estos estas ese esa esos esas aquel aquella o a os as um uma "
    "uns umas esse essa esses essas aquele aquela".split()
)
_SPANISH_ARTICLES = frozenset("el la los las".split())


def _relative_que(folded: str, start: int) -> bool:
    """Whether the "que" at `start` of the folded question is a relative pronoun, not a question word."""
    before = re.findall(r"[\w'-]+", folded[:start])[-2:]
    if not before:
        return False
    if before[-1] in _SPANISH_ARTICLES:
        return True  # "el que obtuvo": the one who got
    return len(before) == 2 and before[0] in _DETERMINERS and before[1] not in _DETERMINERS


def _asks_getting(text: str, folded: str) -> bool:
    """What a contestant got, asked with no word of measure; never a relative clause ("el candidato que
    obtuvo más votos" asks who won). An accented "qué" is always the question word."""
    for match in _GETTING.finditer(folded):
        que = match.group().startswith("que ")
        accented = que and text.lower()[match.start() : match.start() + 3] == "qué"
        if que and not accented and _relative_que(folded, match.start()):
            continue
        return True
    return False


_PLACE_PREPOSITION = re.compile(
    r"\b(?:in|of|for|about|en|de|del|para|sobre|em|no|na|do|da)\s+(?=((?:[a-z\u00e0-\u00ff-]+\s*){1,3}))"
)


def _lowercase_countries(text: str) -> list[str]:
    """Countries typed in lowercase after a preposition ("who won in honduras", "elecciones en honduras"):
    people often do not capitalise a question, and after "in"/"en"/"em" a country name is a place."""
    found: list[str] = []
    for match in _PLACE_PREPOSITION.finditer(text):
        words = match.group(1).split()
        for n in range(len(words), 0, -1):
            phrase = " ".join(words[:n])
            place = resolve_place(phrase) if len(phrase) > 3 else None  # not a code ("in", "do")
            if place is not None and "-" not in place.code:
                found.append(place.code)
                break
    return list(dict.fromkeys(found))


def _possessive_countries(text: str) -> list[str]:
    """A country in a possessive typed without its apostrophe ("guatemalas runoff", "chiles election")."""
    found = []
    for word in re.findall(r"[^\W\d_]{5,}s\b", text.lower()):
        place = resolve_place(word[:-1])
        if place is not None and "-" not in place.code:
            found.append(place.code)
    return list(dict.fromkeys(found))


# Nouns of voting, beside which a country named by an ordinary word ("turkey", "chad") is the country: in
# English before or after one ("turkey election", "turnout turkey"), in Spanish and Portuguese only after
# one, since a name never comes before the noun it modifies there ("quien gana elecciones" is a verb).
_VOTE_NOUNS_EN = frozenset(
    "election elections electoral vote votes voting turnout runoff referendum result results ballot ballots "
    "parliament parliamentary presidential count".split()
)
_VOTE_NOUNS = _VOTE_NOUNS_EN | frozenset(
    "eleccion elecciones votacion balotaje referendo plebiscito eleicao eleicoes votacao".split()
)


def _countries_beside_vote_words(text: str) -> list[str]:
    """A country whose name is also an ordinary word, written right beside a noun of voting ("turnout turkey
    may 14", "chad election results", "turkey's runoff"): there the word is the country, while "a turkey"
    or "quien gana las elecciones" stay words (a word needs the noun next to it, not somewhere after)."""
    words = [w.removesuffix("'s").removesuffix("’s") for w in normalize(text).split()]
    words = [w.strip('?!.,;:¿¡"()') for w in words]
    found = []
    for i, word in enumerate(words):
        if len(word) <= 3 or find_places(word):
            continue  # a code ("us"), or a name the place rules already read
        place = resolve_place(word)
        before = words[i - 1] in _VOTE_NOUNS if i > 0 else False
        after = words[i + 1] in _VOTE_NOUNS_EN if i + 1 < len(words) else False
        if place is not None and "-" not in place.code and (before or after):
            found.append(place.code)
    return list(dict.fromkeys(found))


# A verb of winning with its "by" left at the end ("how many votes did Davkova win by?", "what did he lose
# by"): the preposition's object is the margin asked.
_MARGIN_BY = re.compile(r"\b(?:win|won|wins|winning|lose|lost|loses|losing|lead|leads|led|ahead)\s+by\s*[?.!]*\s*$")

# A yes/no question: English opens with its auxiliary; Spanish and Portuguese ones have no question word
# first ("¿ganó Noboa?", "o referendo passou?") where a question asking for something has one.
_AUXILIARY = re.compile(r"^(?:and |so |but )?(?:did|does|do|is|are|was|were|will|would|has|have|had|can|could)\b")
_QUESTION_WORD = frozenset(
    "who whom whose what which when where why how quien quienes que cual cuales cuando donde como cuanto "
    "cuanta cuantos cuantas quem qual quais quanto quanta quantos quantas onde porque dime diga diz "
    "tell give show list".split()
)
# A word asking a quantity anywhere in a question with no auxiliary first ("kast runoff 2021 how much", "amlo
# 2018 cuanto saco") asks for a figure: such a question is no yes/no one. Alone, with no word of what is
# measured, "how much" asks a contestant's share ("en cuanto a", "quanto ao": "as for", are no quantity).
_QUANTITY = re.compile(
    r"\bhow (?:much|many)\b|(?<!\ben )\bcuant[oa]s?\b(?!\s+(?:a|al)\b)|\bquant[oa]s?\b(?!\s+(?:a|ao|aos|as)\b)"
)
_AMOUNT = re.compile(r"\bhow much\b|(?<!\ben )\bcuant[oa]\b(?!\s+(?:a|al)\b)|\bquant[oa]\b(?!\s+(?:a|ao|aos|as)\b)")
_WIN = r"(?:win|won|wins|winning|gano|gana|ganar|ganhou|ganha|ganhar|venceu|vence|vencer)"
# The fact each kind of yes/no question turns on, by its words, in the order they are tried: a runoff
# avoided is a win outright before it is a runoff.
_YES_NO: list[tuple[YesNo, re.Pattern[str]]] = [
    (
        "final",
        re.compile(
            r"\b(?:count|counting|result|results|tally|conteo|escrutinio|resultado|resultados|apuracao|contagem)\b"
            r".*\b(?:final|finished|over|complete|completed|certified|official|definitivo|definitivos|definitiva|"
            r"certificado|certificada|certificados|certificadas|"
            r"definitivas|oficial|oficiales|oficiais|terminado|terminada|concluido|concluida)\b"
        ),
    ),
    (
        "outright",
        re.compile(
            r"\boutright\b|\b(?:avoid|avoided|avoids|without|evito|evitar|evitou|sin|sem)\b(?: [\w'-]+){0,3} "
            rf"{RUNOFF_WORDS}\b"
            rf"|\b{_WIN}\b.*\b(?:in the first round|en (?:la )?primera vuelta|no primeiro turno|na primeira volta)\b"
        ),
    ),
    ("runoff", re.compile(rf"\b{RUNOFF_WORDS}\b")),
    ("majority", re.compile(r"\b(?:majority|majorities|mayoria|maioria)\b")),
    (
        "passed",
        re.compile(
            r"\b(?:pass|passed|approve|approved|reject|rejected|fail|failed|carried|aprobo|aprobado|aprobada|"
            r"aprobaron|rechazo|rechazado|rechazada|rechazaron|paso|passou|aprovado|aprovada|aprovou|aprovaram|"
            r"rejeitado|rejeitada|rejeitou|chumbado|chumbada)\b"
        ),
    ),
    ("won", re.compile(rf"\b(?:{_WIN[3:-1]}|lose|lost|loses|beat|defeated|perdio|perdeu|derroto|derrotou)\b")),
]


# Reaching or needing a runoff ("did X make the Chicago runoff?", "did Jakarta need a runoff?", "¿pasó Kamau a
# la segunda vuelta?") is decided by the first round.
_REACHING = re.compile(
    r"\b(?:make|made|reach|reached|advance|advanced|qualify|qualified|need|needed|force|forced|paso|pasa|"
    rf"passou|passa|necesito|precisou|forzo|forcou)\b(?: [\w'-]+){{0,3}} {RUNOFF_WORDS}\b"
)


def _yes_no(folded: str) -> YesNo | None:
    """The fact a yes/no question turns on ("did Ouattara win outright?" -> "outright"), or None for a
    question asking for something (a winner, a figure: "who won outright?")."""
    words = re.findall(r"[\w'-]+", folded)
    if (
        not words
        or words[0] in _QUESTION_WORD
        or (_AUXILIARY.match(folded) is None and words[0] in _LANGUAGE_WORDS["en"])
    ):
        return None
    if _AUXILIARY.match(folded) is None and (any(w in _QUESTION_WORD for w in words[:3]) or _QUANTITY.search(folded)):
        return None
    kinds = [kind for kind, pattern in _YES_NO if pattern.search(folded)]
    if kinds[:1] == ["runoff"] and "won" in kinds:
        return "won"  # "did X win the runoff?" turns on who won it, not on whether there was one
    return kinds[0] if kinds else None


def detect_language(text: str, default: Language = "en") -> Language:
    """en, es or pt from function words and orthography; `default` when the text does not tell."""
    folded = normalize(text)
    words = re.findall(r"[a-z]+", folded)
    score = {lang: sum(w in table for w in words) for lang, table in _LANGUAGE_WORDS.items()}
    score["pt"] += 2 * len(_PT_MARKERS.findall(text.lower()))
    score["es"] += 2 * len(_ES_MARKERS.findall(text.lower()))
    best = max(score.values())
    if best == 0:
        return default
    winners = [lang for lang, s in score.items() if s == best]
    return default if len(winners) > 1 and default in winners else winners[0]


def _day_of_month(folded: str, month: re.Match[str]) -> int | None:
    """The day written with the month, before it ("14 May", "2 de octubre", "the 14th of May") or after it
    ("May 14", "May 14th"): the date that tells two rounds of one month apart; never a year ("May 2023")."""
    before = re.search(r"\b(\d{1,2})(?:st|nd|rd|th|o|º)?(?:\s+of|\s+de)?\s+$", folded[: month.start()])
    after = re.match(r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:%|percent|por ciento|por cento))", folded[month.end() :])
    found = before or after
    value = int(found.group(1)) if found else 0
    return value if 1 <= value <= 31 else None


# How many voted for one option or contestant ("quantos votaram pela autonomia", "¿cuántos votaron no?", "how
# many voted yes"): that option's votes, not the turnout ("how many voted" alone).
# (Portuguese "no" is "in the": "quantos votaram no Brasil" asks the turnout.)
_OPTION_VOTES = re.compile(
    r"\bhow many (?:people )?voted\s+(?:for|against|in favou?r|yes|no)\b"
    r"|\bcuantos votaron\s+(?:por|a favor|en contra|si|no)\b"
    r"|\bquant[oa]s (?:pessoas )?votaram\s+(?:pela|pelo|pelos|pelas|a favor|contra|sim|nao)\b"
)
# How a named contestant did ("how did Quispe do in the second round?", "¿cómo le fue a Quispe?", "como se
# saiu o PT"): the contestant's result, read as its figures.
_HOW_DID = re.compile(
    r"\bhow (?:did|does|has|have|is|are|was|were)\b(?:\s+[\w'-]+){1,4}?\s+(?:do|doing|done|fare|fared|faring|"
    r"perform|performed|performing)\b|\bcomo (?:le|les) (?:fue|va|ha ido)\b|\bcomo (?:se saiu|se sairam|foi o|foi a)\b"
)


def _first(kind: str, folded: str) -> str | None:
    """The first entry of a table (`asks`, `round`, `office`) whose cue occurs in the text."""
    tables = {"asks": _ASKS, "round": _ROUND, "office": _OFFICE}[kind]
    patterns = _patterns()
    for value, _ in tables:
        if patterns[f"{kind}:{value}"].search(folded):
            return value
    return None


def _rank(folded: str) -> int | None:
    for match in _patterns()["ordinal"].finditer(folded):
        after = folded[match.end() : match.end() + 12]
        if re.match(r"\s*(?:round|vuelta|turno|volta|ballot)", after):
            continue  # "second round" is a round, not a place in the ranking
        return _ORDINALS[match.group()]
    return None


def _names(text: str) -> list[str]:
    out = []
    for match in _NAME.finditer(text):
        words = [w for w in re.sub(r"['’]s$", "", match.group()).split() if normalize(w) not in _NOT_NAMES]
        name = " ".join(words)
        if name and not find_places(name):
            out.append(name)
    return out


def _is_followup(folded: str, raw: str, has_place: bool) -> bool:
    stripped = raw.strip().lstrip("¿¡").lower()
    if stripped.startswith(_FOLLOWUP_START) or folded.startswith(tuple(normalize(s) for s in _FOLLOWUP_START)):
        return True
    if not has_place and _patterns()["refers"].search(folded):
        return True
    return not has_place and len(folded.split()) <= 6


def parse_question(text: str, previous: Query | None = None, language: Language | None = None) -> Query:
    """The typed query of a question; with `previous`, a follow-up inherits what it leaves unsaid."""
    text = " ".join(text.split())
    folded = normalize(text)
    office = _first("office", folded)
    places = (
        find_places(text, seat_of=office)
        or _lowercase_countries(text)
        or _possessive_countries(text)
        or _countries_beside_vote_words(text)
    )
    asks = _first("asks", folded) or ("share" if "%" in text or _asks_getting(text, folded) else "topic")
    if _OPTION_VOTES.search(folded) and asks == "turnout":
        asks = "votes"
    if asks == "topic" and (_HOW_DID.search(folded) or _AMOUNT.search(folded)):
        asks = "share"
    if _MARGIN_BY.search(folded):
        asks = "margin"
    yes_no = _yes_no(folded.lstrip("¿¡ "))
    if yes_no == "passed" and asks == "topic":
        asks = "winner"  # whether a proposal passed is its vote's outcome
    if yes_no == "final" and asks in ("winner", "topic"):
        asks = "count"  # "¿el resultado ya es definitivo?" asks the state of the count, not who won
    rank = _rank(folded) if asks in ("rank", "winner") else None
    if rank and rank > 1 and asks == "winner":
        asks = "rank"
    if asks == "rank" and rank is None:
        rank = 2
    if asks == "winner":
        rank = None  # the first place is the winner
    year_match = _YEAR.search(text)
    month_match = _patterns()["month"].search(folded)
    day = _day_of_month(folded, month_match) if month_match else None
    query = Query(
        text=text,
        language=language or detect_language(text),
        places=places,
        office=office,  # type: ignore[arg-type]
        round="first" if yes_no == "runoff" and _REACHING.search(folded) else _first("round", folded),  # type: ignore[arg-type]
        year=int(year_match.group()) if year_match else None,
        month=_MONTHS[month_match.group()] if month_match else None,
        day=day,
        asks=asks,  # type: ignore[arg-type]
        rank=rank,
        early=bool(_patterns()["early"].search(folded)),
        names=_names(text),
        yes_no=yes_no,
    )
    if previous is None or not _is_followup(folded, text, bool(places)):
        return query
    inherited = {
        "places": query.places or previous.places,
        "office": query.office or previous.office,
        # A new place is another election: its round is the one asked, not the previous one's.
        "round": query.round or (previous.round if not query.places else None),
        "year": query.year or (previous.year if not query.places else None),
        "month": query.month or (previous.month if not query.places else None),
        "day": query.day if query.month else (previous.day if not query.places else None),
        "asks": previous.asks if query.asks == "topic" and not _patterns()["refers"].search(folded) else query.asks,
        "names": query.names or ([] if query.places else previous.names),
        "followup": True,
    }
    if inherited["asks"] == "topic" and previous.about_results and not query.places:
        inherited["asks"] = previous.asks
    if query.asks == "topic" and query.places:
        inherited["asks"] = previous.asks
    return query.model_copy(update=inherited)
