"""What a question asks and a passage states, read from their words in English, Spanish and Portuguese: the
count's stage a headline reports, a turnout, a count's progress, seats, a pledge, a topic, an office's race, a
quoted figure, a name. Search ranks by these signals; keeping them here leaves `search` to the ranking itself."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import permutations

from retrieval.lexical import fold

MAX_ACRONYM = 4  # letters of an acronym matched in any order (24 forms at most)

LATEST = re.compile(
    r"\b(latest|newest|now(?! that)|current(ly)?|today|final|recent(ly)?|this (week|year)|ultim[oa]s?|actual(mente)?|"
    r"hoy|definitiv[oa]s?|reciente(s|mente)?)\b"
)
# What stage an article reports, read from its headline (the lede when it has none).
_REPORTS_PARTIAL = re.compile(
    r"\b(partial|preliminary|provisional|early (count|results?|returns)|ahead|"
    r"too close to call|parcial(es)?|preliminar(es)?|conteo rapido|aventaja|adelante)\b"
)
_REPORTS_FIRST_ROUND = re.compile(
    r"\b(first[- ]round|primera vuelta|(head|heads|go|goes|advance|advances|move|moves|set|sets|setting up|"
    r"headed) (for |to |up )?(a |the )?([\w']+ ){0,3}(runoff|second round|balotaje|segunda vuelta)|"
    r"pasan a (la )?segunda vuelta|forced? (a|into a) runoff)\b"
)
_REPORTS_FINAL = re.compile(
    r"\b(wins?|won|defeats?|beats?|edges|(re-?)?elected|declare[sd]? .{0,40}winner|final (count|results?)|"
    r"landslide|victory|sworn in|gana|gano|derrota|vence|(re)?elegid[oa]|triunfa|triunfo|victoria)\b"
)

# What a question asks for, stated in a passage. A turnout: the word and a figure in one sentence. How much of
# the count was done: a share of some counting unit ("40% of polling tables", "con el 94 % de las mesas",
# "com 90% das urnas"), a count passing a mark ("count passes 94%"), or everything counted.
_FIGURE = r"\d+(?:[.,]\d+)?"
_PERCENT = rf"{_FIGURE}\s*(?:%|percent|per cent|por ciento|por cento)"
# Units only counted, never voted for: "40% of polling tables" is the count; "58% of the vote" is a share
# unless it is "of the votes counted".
_COUNT_UNITS = (
    r"tables?|polling|precincts?|stations?|districts?|constituencies|councils?|returns|tally|mesas?|actas?|"
    r"urnas?|secoes|secciones|circunscripciones|distritos|juntas"
)
_COUNTED = (
    r"counted|tallied|processed|in|escrutad[oa]s|contad[oa]s|computad[oa]s|apurad[oa]s|procesad[oa]s|"
    r"contabilizad[oa]s"
)
_OF = r"(?:of|de|das|dos|del|da|do)\s+(?:the\s+|las\s+|los\s+|as\s+|os\s+)?"
_WHOLE_NUMBER = r"(?:\d{1,3}(?:[.,]\d{3})+(?![.,]?\d)|\d+)"  # "2,182" or "4.512" (thousands marked), or "200"
_STATES_COUNT = re.compile(
    rf"{_PERCENT}\s+{_OF}(?:[\w-]+\s+){{0,2}}(?:{_COUNT_UNITS})\b"
    rf"|{_PERCENT}\s+{_OF}(?:votes|ballots|results|votos|boletas|sufragios|resultados)\s+(?:{_COUNTED})\b"
    r"|" + _PERCENT + r"\s+(?:counted|tallied|reporting|escrutad[oa]s?|apurad[oa]s?|contabilizad[oa]s?|"
    r"computad[oa]s?|procesad[oa]s?|contad[oa]s?)\b"
    r"|\b(?:count|tally|escrutinio|conteo|computo|apuracao|contagem)\s+(?:passe[sd]|reache[sd]|at|past|nears?|"
    rf"over|above|surpasse[sd]|supera|alcanza|passa|atinge)\s+(?:\w+\s+)?{_FIGURE}"
    # How many of a whole were in ("results from 200 of the 276 constituencies"), and a count said to be done
    # or final ("the results were final", "resultados definitivos", "concluida a contagem").
    rf"|\b{_WHOLE_NUMBER}\s+(?:of|out of|de|dos|das|del)\s+(?:the\s+|las\s+|los\s+|as\s+|os\s+)?{_WHOLE_NUMBER}\s+"
    rf"(?:{_COUNT_UNITS}|constituencias)\b"
    r"|(?P<done>\b(?:final|official|definitive|certified)\s+(?:results?|count|tally)\b"
    r"|\b(?:all|every)\s+(?:the\s+)?(?:votes|ballots|tables|polling stations|precincts)\s+(?:\w+\s+)?"
    r"(?:counted|tallied|processed|in)\b"
    r"|\b(?:todos|todas)\s+(?:los\s+|las\s+|os\s+|as\s+)?(?:votos|mesas|actas|urnas|boletas)\s+(?:\w+\s+)?"
    r"(?:escrutad[oa]s|contad[oa]s|computad[oa]s|apurad[oa]s|procesad[oa]s|contabilizad[oa]s)\b"
    r"|\bresults?\s+(?:are|were|was|is|became)\s+(?:now\s+)?(?:final|official|definitive|certified)\b"
    r"|\bresultados\s+(?:oficiales|definitivos|finales|oficiais|finais)\b"
    r"|\b(?:escrutinio|conteo|recuento|computo|apuracao|contagem)\s+(?:completad[oa]|terminad[oa]|finalizad[oa]|"
    r"concluid[oa]|definitiv[oa]|final|oficial)\b"
    r"|\b(?:completad[oa]|concluid[oa]|terminad[oa])\s+(?:el\s+|la\s+|o\s+|a\s+)?(?:escrutinio|conteo|computo|"
    r"apuracao|contagem)\b)"
)
# A count at 100%: everything counted, the count done ("con el 100 % de las actas contabilizadas").
_WHOLE = re.compile(r"(?<![\d.,])100(?:[.,]0+)?\s*(?:%|percent|per cent|por ciento|por cento)")
# A question whether the count is done ("are the results final?", "is the count complete?", "¿son definitivos?").
ASKS_DONE = re.compile(
    r"\b(?:final|complete[d]?|over|done|finished|official|certified|definitiv[oa]s?|finales|finais|oficiales|"
    r"oficiais|terminad[oa]|concluid[oa]|completad[oa]|ended|termin(?:o|ou)|acab(?:o|ou)|conclu(?:yo|iu)|"
    r"finaliz(?:o|ou))\b"
)
_TURNOUT_WORD = re.compile(
    r"\b(?:turnout|participation|participacion|participacao|comparecimento|abstention|abstencion|abstencao)\b"
)
# What someone promised, proposed or planned, in a topic question and in a passage (folded text): a campaign
# pledge is stated with these verbs and nouns in all three languages.
PROMISE = re.compile(
    r"\b(?:promis\w*|pledg\w*|vow\w*|promet\w*|promes\w*|propos\w*|propon\w*|propus\w*|propuest\w*|"
    r"plans?|planned|planea\w*|planej\w*|compromet\w*|compromis\w*)\b"
)
# What a topic question asks about, in a question and in a passage (folded text), in all three languages: the
# streets (protests, rallies, marches), the reactions (markets, congratulations), the vote's fairness (fraud
# claims, observers, appeals) and a loser's concession. A question about one of them is answered by the report
# stating it, whatever the question's language and however many result reports share its other words.
_TOPICS: dict[str, re.Pattern[str]] = {
    "protest": re.compile(
        r"\b(?:protest\w*|rall(?:y|ies|ied)|marched|marchers|demonstrat\w*|riots?|clash(?:es|ed)|unrest|"
        r"marcha(?:s|ron|ban|n)?|marcharam|manifesta\w*|disturbios?|disturbances?|turmoil|tumult\w*|"
        r"took to the streets|salieron a las calles)\b"
    ),
    "reaction": re.compile(
        r"\b(?:react\w*|congratulat\w*|felicit\w*|parabeniz\w*|reaccion\w*|reag\w*|reacoes|reacao|markets?|"
        r"investors?|mercados?|inversor\w*|investidor\w*)\b"
    ),
    "fairness": re.compile(
        r"\b(?:fraud\w*|fraude|irregular\w*|observers?|observador\w*|monitors|rigged|stolen|vote[- ]buying|"
        r"compra de votos|impugna\w*|annul\w*|anula\w*|allegations?|alleg(?:e[sd]?|ing)|denuncia\w*|denunci[oa]u|"
        r"complaints?|quejas?|queixas?)\b"
    ),
    # Whether a loser conceded, accepted or rejected the result: "did X accept the result?" is answered by
    # the report saying X conceded or refused to.
    "concession": re.compile(
        r"\b(?:conced\w*|concession|admit(?:s|ted)? defeat|acknowledg\w*|accept\w*|reject\w*|refus\w*|"
        r"recogni[sz]\w*|reconoc\w*|reconhec\w*|acept\w*|aceit\w*|rechaz\w*|rejeit\w*|recus\w*|"
        r"desconoc\w*)\b"
    ),
    "boycott": re.compile(r"\b(?:boycott\w*|boicot\w*|boicote\w*|stay(?:ed|ing|s)? away|sit(?:ting)? out)\b"),
}
# Words of an office a question asks about (a local race), stated in a passage: a mayoral question is answered by
# the report on the city's race, not the country's national vote.
OFFICE_WORDS: dict[str, re.Pattern[str]] = {
    # (Spanish "mayor" is also "greater": "la mayoría", "el mayor partido", "la mayor parte" name no mayor.)
    "mayor": re.compile(
        r"\b(?:mayor(?:s|al|alty|ess)?\b(?<!\bel mayor)(?<!\bla mayor)(?<!\blo mayor)(?<!\bsu mayor)(?<!\bde mayor)"
        r"(?<!\bun mayor)(?<!\buna mayor)(?<!\bsus mayor)(?<!\blos mayor)(?<!\blas mayor)|alcald\w*|intendent\w*|"
        r"prefeit\w*|municipal\w*|city hall|camara municipal|autarquic\w*|city council|maire|maires|mairie|"
        r"bourgmestre)\b"
    ),
    "governor": re.compile(r"\b(?:governor\w*|gobernador\w*|governador\w*|gubernatorial|gobernacion|gouverneur\w*)\b"),
}
# A seat won, stated: "137 escaños", "183 of the 276 seats", "80 deputados", "won 26 seats".
_STATES_SEATS = re.compile(
    r"\b\d+\s+(?:(?:of|out of|de|dos|das)\s+(?:the\s+|los\s+|as\s+|os\s+)?\d+\s+)?(?:\w+\s+)?"
    r"(?:seats?|escanos?|bancas?|diputad[oa]s|deputad[oa]s|cadeiras|mandatos|lugares|assentos|mps)\b"
)
MAJORITY = re.compile(r"\b(?:majority|mayoria|maioria)\b")
# A number of votes, stated: "176,245 ballots", "1.848.559 votos", "60,3 milhoes de votos", "12 million votes"
# (a share alone does not say how many voted for it; "votaron 181.384 personas" is a turnout).
_MANY = (
    r"(?:\d{1,3}(?:[.,]\d{3})+(?![.,]?\d)"
    r"|\d+(?:[.,]\d+)?\s+(?:mil|thousand|million|millones|milhoes|milhares)(?:\s+de)?)"
)
_VOTES_NOUN = r"(?:votes|votos|ballots|papeletas|sufragios|boletas|cedulas)"
_STATES_VOTES = re.compile(rf"\b{_MANY}\s+(?:[\w\u00ab\u00bb\"'-]+\s+){{0,2}}?{_VOTES_NOUN}\b")
# A gap between two contestants, stated: "a margin of 309,000", "una diferencia de 186.097 sufragios", "la
# diferencia entre ambos fue de 80.174", "uma vantagem de 2,1 milhoes", "wins by 186,000 votes", "a 10-point
# lead". A gap word with no figure ("ventaja de varios puntos") or a plural "margins in" a list of districts'
# shares is not one.
_GAP = r"(?:margin|gap|lead|difference|margen|margem|diferencia|diferenca|ventaja|vantagem|distancia)"
_STATES_MARGIN = re.compile(
    rf"\b{_GAP}\s+(?:[^\W\d_]+\s+){{0,4}}?(?:of|is|was|de|fue de|foi de|era de)\s+"
    rf"(?:(?:about|around|nearly|almost|some|roughly|just|only|more than|over|casi|cerca de|unos|unas|alrededor de|"
    rf"aproximadamente|quase|mais de|apenas|solo)\s+)?\d"
    rf"|\b(?:by|por)\s+(?:about\s+|some\s+|casi\s+|cerca de\s+|quase\s+)?{_MANY}\s+"
    rf"(?:{_VOTES_NOUN}|points|puntos|pontos)\b"
    rf"|\b(?:by|por)\s+\d+(?:[.,]\d+)?\s+"
    rf"(?:(?:percentage\s+)?points|puntos(?: porcentuales)?|pontos(?: percentuais)?)\b"
    rf"|\b\d+(?:[.,]\d+)?[- ](?:point|vote|percentage-point)\s+(?:margin|lead|gap)\b"
    # "finishing 188,073 votes, or 8.81 percentage points, ahead of", "44.058 votos mas que", "9 puntos de ventaja"
    rf"|\b(?:{_MANY}|\d+(?:[.,]\d+)?)\s+(?:{_VOTES_NOUN}|(?:percentage\s+)?points|puntos|pontos)\s+"
    rf"(?:more than|mas que|a mais|de ventaja|de vantagem|de diferencia|de diferenca)\b"
    rf"|\b(?:{_MANY}|\d+(?:[.,]\d+)?)\s+(?:{_VOTES_NOUN}|(?:percentage\s+)?points)\b[^;]{{0,40}}?"
    rf"\b(?:ahead of|clear of)\b"
)
# Kinds of figure a result sentence states (a round-up states them for several places).
RESULT_KINDS = frozenset({"count", "count_done", "count_partial", "turnout", "seats", "votes", "margin"})
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# A sentence stating a result: a share, a seat count or a vote total ("55.65%", "94 das 150 cadeiras",
# "730,149 votes"); a date or a year is none.
RESULT_FIGURE = re.compile(
    rf"{_PERCENT}|\b\d{{1,3}}(?:[.,]\d{{3}})+\b|\d+\s+(?:\w+\s+){{0,3}}(?:seats?|escanos?|cadeiras)\b"
)
_QUESTION_FIGURE = re.compile(r"(?<![\d.,])\d+[.,]\d+(?![.,]?\d)")


@lru_cache(maxsize=65536)
def report_stage(headline: str) -> str | None:
    """'partial', 'first_round' or 'final' for the count a headline reports; None when it says nothing."""
    folded = fold(headline)
    if _REPORTS_PARTIAL.search(folded):
        return "partial"
    if _REPORTS_FIRST_ROUND.search(folded):
        return "first_round"
    if _REPORTS_FINAL.search(folded):
        return "final"
    return None


@lru_cache(maxsize=65536)
def states_kind(kind: str, text: str) -> bool:
    """Whether a passage states the kind of thing a question asks for (a turnout, a count, done or partial,
    seats, a pledge, a topic, an office's race): the fact that answers "what was turnout?", "how much had been
    counted?" or "what did X promise?", which a result's main report may not give."""
    folded = fold(text)
    if kind == "count":
        return bool(_STATES_COUNT.search(folded))
    if kind == "count_done":
        return any(m.group("done") for m in _STATES_COUNT.finditer(folded))
    if kind == "count_partial":
        return any(not m.group("done") and not _WHOLE.search(m.group()) for m in _STATES_COUNT.finditer(folded))
    if kind == "promise":
        return bool(PROMISE.search(folded))
    if kind == "seats":
        return bool(_STATES_SEATS.search(folded))
    if kind == "votes":
        return bool(_STATES_VOTES.search(folded))
    if kind == "margin":
        return bool(_STATES_MARGIN.search(folded))
    if kind in _TOPICS:
        return bool(_TOPICS[kind].search(folded))
    if kind in OFFICE_WORDS:
        return bool(OFFICE_WORDS[kind].search(folded))
    if kind == "turnout":
        return any(
            _TURNOUT_WORD.search(s) and re.search(_FIGURE, s)
            for s in SENTENCE_END.split(folded)
            if "turnout" in s or "partic" in s or "abst" in s or "compar" in s
        )
    return False


def asked_topic(folded_question: str) -> str | None:
    """The topic a question names (protest, reaction, fairness, concession), if any: the first that matches."""
    return next((name for name, pattern in _TOPICS.items() if pattern.search(folded_question)), None)


def name_patterns(names: list[str]) -> list[re.Pattern[str]]:
    """One pattern per name a question uses, matching a passage that names them: by the name's longest word
    (a surname, a party's distinctive word, an acronym), on folded text, with the crude plural the lexical
    index also drops ("Conservatives" names the Conservative Party). An acronym matches its letters in any
    order: languages that put the adjective after the noun reorder them (the LDP is a Spanish report's PLD)."""
    return [p for name in names if (p := _name_pattern(name)) is not None]


@lru_cache(maxsize=1024)
def _name_pattern(name: str) -> re.Pattern[str] | None:
    """`name_patterns`' pattern of one name, compiled once per name (a pattern per name and question flooded the
    re module's cache of 512, so other modules' patterns were compiled again)."""
    words = sorted(re.findall(r"[^\W\d_][\w'-]*", name), key=len, reverse=True)
    if not words or len(words[0]) < 2 or (len(words[0]) == 2 and not words[0].isupper()):
        return None
    word = fold(words[0])
    if words[0].isupper() and len(word) <= MAX_ACRONYM:
        forms = sorted({"".join(p) for p in permutations(word)})
    else:
        forms = [word, word[:-1]] if len(word) > 4 and word.endswith("s") else [word]
    # A party's long word takes the other languages' endings: "Progress" is "Progresso" and "Progreso".
    ending = "(?:s|es|o|a|os|as|e)?" if len(word) >= 6 else "s?"
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, forms))}){ending}(?!\w)")


def quoted_figures(text: str) -> list[re.Pattern[str]]:
    """Figures with a decimal part a question quotes ("the 42.74% figure", "el 50,44 %"), as patterns matching
    either decimal mark: a precise figure stated verbatim is the strongest lexical evidence there is. Whole
    numbers ("more than 50%", years, "2 seats") are thresholds or round numbers that many passages state."""
    out = []
    for match in _QUESTION_FIGURE.finditer(text):
        whole, part = re.split(r"[.,]", match.group())
        out.append(re.compile(rf"(?<![\d.,]){whole}[.,]{part}(?![.,]?\d)"))
    return out


_COUNT_FIGURE = re.compile(r"\d+(?:[.,]\d+)?")
_OF_WHOLE = re.compile(rf"({_WHOLE_NUMBER})\s+(?:of|out of|de|dos|das|del)\s+(?:\w+\s+)?({_WHOLE_NUMBER})(?![.,]?\d)")


def quoted_counts(folded_question: str) -> frozenset[int]:
    """How far the count had got, as a question names it ("with 98% counted", "con el 87 % de las mesas escrutadas"), in
    whole percent: a stage of the count stated in the question picks the report of that count, among reports
    of the same vote that share all its other words."""
    return stated_counts(folded_question, folded=True)


@lru_cache(maxsize=65536)
def stated_counts(text: str, folded: bool = False) -> frozenset[int]:
    """The shares of the count a text states as counted (whole percent), e.g. {94} for "as the count passes
    94%"; a count said to be done states none."""
    out: set[int] = set()
    for match in _STATES_COUNT.finditer(text if folded else fold(text)):
        if match.group("done"):
            continue
        whole = _OF_WHOLE.search(match.group())
        if whole:  # "2,182 of 2,219 polling stations": the share of them counted
            part, of = (int(re.sub(r"[.,]", "", g)) for g in whole.groups())
            if 0 < part <= of:
                out.add(int(100 * part / of))
            continue
        figure = _COUNT_FIGURE.search(match.group())
        if figure:
            out.add(int(float(figure.group().replace(",", "."))))
    return frozenset(out)
