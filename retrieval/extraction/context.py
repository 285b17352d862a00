"""What a result is a count of: its stage, round, office, date and place."""

from __future__ import annotations

import re
from collections.abc import Iterable

from retrieval.extraction import words as W
from retrieval.extraction.numbers import _share_value
from retrieval.extraction.text import WIRE_SOURCE, alternation, any_words_rx, fold_text, phrases, words_rx
from retrieval.extraction.verbs import _AUTHORITY_VERB, _NOT_WIN
from retrieval.places import find_places, place_counts

_MONTH_RE = "|".join(sorted(W.MONTHS, key=len, reverse=True))


_DATE_PATTERNS = (
    re.compile(
        rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th|º|o)?\s+(?:de\s+)?(?P<m>{_MONTH_RE})\.?,?\s+(?:de\s+|del\s+)?"
        rf"(?P<y>(?:19|20)\d\d)\b"
    ),
    re.compile(rf"\b(?P<m>{_MONTH_RE})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b"),
)


def _find_date(folded: str) -> str | None:
    found: list[tuple[int, str]] = []
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(folded):
            month = m.group("m")
            mon = int(month) if month.isdigit() else W.MONTHS[month]
            day, year = int(m.group("d")), int(m.group("y"))
            if 1 <= mon <= 12 and 1 <= day <= 31:
                found.append((m.start(), f"{year:04d}-{mon:02d}-{day:02d}"))
    return min(found)[1] if found else None


_STAGES = {stage: words_rx(table) for stage, table in W.STAGE.items()}
_ANY_STAGE = any_words_rx(W.STAGE.values())  # the tables at once: most sentences name no stage


_NOT_STAGE = words_rx(W.NOT_STAGE)
# "50.28%, against about 48% in the preliminary count": the count a figure is set against is another one.
_COMPARED_COUNT = re.compile(
    r"(?<![\w-])(?:against|versus|up\s+from|down\s+from|compared\s+with|compared\s+to|frente\s+al?|contra)\s+"
    r"(?:(?:about|around|some|nearly|cerca\s+de|unos|cerca\s+dos?)\s+)?(?:(?:el|los|o|os)\s+)?\d[\d.,]*\s*"
    r"(?:%|per\s*cent|percent|por\s+ciento|por\s+cento)?\s+(?:in|en|em|no|na|at|del|de\s+la|do|da)\s+[^,;.]{0,40}"
)


_ROUNDS = {r: words_rx(table) for r, table in W.ROUND.items()}


_NEARLY = re.compile(rf"(?<![\w-])(?:{alternation(phrases(W.NEARLY))})\s+$")


# "with all votes counted", "Com os votos de todos os municípios contados", "with counting complete": a finished count.
_COMPLETE = re.compile(
    rf"(?<![\w-])(?:{alternation(phrases(W.COMPLETE_COUNT['all']))})\s+(?:[\w'’-]+\s+){{0,3}}?"
    rf"(?:{alternation(phrases(W.COMPLETE_COUNT['done']))})(?![\w-])"
    rf"|(?<![\w-])(?:{alternation(phrases(W.COMPLETE_COUNT['complete']))})(?![\w-])"
)


def _complete(folded: str) -> bool:
    """Whether a sentence says the whole count is done; "nearly all precincts reporting" is not."""
    return any(not _NEARLY.search(folded, max(0, m.start() - 16), m.start()) for m in _COMPLETE.finditer(folded))


_OFFICES = {o: words_rx(table) for o, table in W.OFFICE.items()}
_ANY_OFFICE = any_words_rx(W.OFFICE.values())


# A runoff still ahead: after a verb of going or facing ("heads to a runoff", "disputarán la segunda vuelta"), or
# right after the preposition of where one goes ("Salazar y Kanashiro, al balotaje", "to the runoff", "ao segundo
# turno"); a bare "a" is the Portuguese article ("a segunda volta foi disputada"), so it never counts.
_ROUND_AHEAD = re.compile(
    rf"(?<![\w-])(?:(?:{alternation(phrases(W.ROUND_AHEAD))})(?:\s+[\w'’-]+){{0,5}}?|al|a la|ao|to the|to a)"
    rf"\s+(?:{alternation(phrases(W.ROUND['runoff']))})(?![\w-])"
)


_ROUND_WORDS = alternation(phrases(W.ROUND["runoff"]) + phrases(W.ROUND["first"]))
_COMPARED_FIGURE = r"\d[\d.,]*\s*(?:%|per\s*cent|percent|por\s+ciento|pct|votes|votos)"
_ROUND_COMPARED = re.compile(
    rf"(?<![\w-])(?:{alternation(phrases(W.ROUND_COMPARED))})\s+[^;]{{0,40}}?{_COMPARED_FIGURE}[^;]{{0,30}}?"
    rf"(?:{_ROUND_WORDS})(?![\w-])"
)
_ROUND_THAN = re.compile(rf"(?<![\w-])(?:{alternation(phrases(W.ROUND_THAN))})\s+(?:{_ROUND_WORDS})(?![\w-])")


_AUTHORITY = words_rx(W.AUTHORITIES)


def _first(rxs: dict[str, re.Pattern[str]], *texts: str) -> str | None:
    return _first_in(rxs, texts)


def _first_in(
    rxs: dict[str, re.Pattern[str]], texts: Iterable[str], any_rx: re.Pattern[str] | None = None
) -> str | None:
    """The first key whose pattern the first text naming any of them matches. `texts` may be a generator: the
    texts after the first one naming a key are never made. `any_rx`, a pattern of every table at once, is asked
    first, since most texts name none."""
    for text in texts:
        if any_rx is not None and not any_rx.search(text):
            continue
        for key, rx in rxs.items():
            if rx.search(text):
                return key
    return None


_TITLE_USE = re.compile(
    rf"(?<![\w-])(?:{alternation([p for t in W.OFFICE.values() for p in phrases(t)])})"
    r"(?:\s+(?:of|de|da|do|del)\s+(?:(?:the|la|el|a|o)\s+)?[\w'’-]+){0,2},?\s+(?=[^\W\d_])"
)


# An office right after "elected", or after a win and an article ("won the governorship of Nuevo León", "ganó la
# alcaldía de Monterrey", "conquistou a prefeitura de Salvador"), is the race won, not a title.
_ELECTED_BEFORE = re.compile(
    rf"(?<![\w-])(?:{alternation(W.ELECTED.split(', '))}"
    rf"|(?:{alternation(phrases(W.WIN))})\s+(?:the|la|el|a|o|le|l'))\s+$"
)


# "Nowak, the mayor,", "Nowak, the Warsaw mayor,", "Ruiz, la alcaldesa": the post of the name before the comma (the
# post's place may stand before it, capitalised).
_TITLED_AFTER = re.compile(r"[^\W\d_]+,\s+(?:(?:the|el|la|o|a)\s+)?(?:[A-ZÀ-Ý][\w'’.-]*\s+){0,2}$")


def _untitled(sentence: str) -> str:
    """The folded sentence with the offices used as a person's title blanked out: "Kraków mayor Rafał
    Kowalczyk", "the governor of Oaxaca, Ana Ruiz,", "Ruiz, the mayor of Leiria," name a person's post, not
    the race, and so does a post held before ("the former Mexico City mayor"); the race's own words
    ("presidential election", "mayoral race") are kept."""
    folded = fold_text(sentence)
    out = folded
    for m in _TITLE_USE.finditer(folded):
        before = sentence[max(0, m.start() - 40) : m.start()]
        named = _TITLED_AFTER.search(before)
        if _ELECTED_BEFORE.search(folded, max(0, m.start() - 40), m.start()):
            continue  # "foi eleito governador de São Paulo", "won the governorship of X": the race, not a title
        if sentence[m.end()].isupper() or (named is not None and before[named.start()].isupper()):
            out = out[: m.start()] + " " * (m.end() - m.start()) + out[m.end() :]
    if "former" in folded or "ex " in folded or "antig" in folded:
        for m in _OFFICE_WORD.finditer(folded):  # "the former Mexico City mayor": a post held before
            if _FORMER_BEFORE.search(folded, max(0, m.start() - 40), m.start()):
                out = out[: m.start()] + " " * (m.end() - m.start()) + out[m.end() :]
    return out


# A post someone held before ("the former Mexico City mayor", "el ex alcalde de Bogotá"): not the race's office.
_OFFICE_WORD = re.compile(rf"(?<![\w-])(?:{alternation([p for t in W.OFFICE.values() for p in phrases(t)])})(?![\w-])")
_FORMER_BEFORE = re.compile(r"(?<![\w-])(?:former|ex|antiguo|antigua|antigo|antiga)\s+(?:[\w'’.-]+\s+){0,3}$")


# A neighbour sentence in the pluperfect ("had won", "había ganado", "tinha vencido") tells of what came before the
# count at hand, so the round it names is an earlier one.
_PLUPERFECT = re.compile(
    rf"(?<![\w-])(?:{'|'.join(W.PLUPERFECT.split())})\s+(?:[a-z]+\s+)?(?:[a-z]+(?:ado|ido|ed)|won|beaten|led|come)\b"
)


# The same in the result's own sentence, to the clause's end: "Ana Ruiz, who had led the first round, finished with
# 47.7%", "había encabezado la primera vuelta, pero ahora se quedó en el 47,7 %": an earlier round.
_PLUPERFECT_CLAUSE = re.compile(_PLUPERFECT.pattern + r"[^,;]*?(?=[,;]|\.(?!\d)|$)")


# The pluperfect clause is background when a relative pronoun opens it ("Ana Ruiz, who had led the first round,
# finished with 47.7%") or a contrast closes it ("había encabezado la primera vuelta, pero ahora se quedó en el
# 47,7 %"); a main clause in the pluperfect may be the figure's own round ("had finished second in the first round,
# when Ana Ruiz led with 27.1%").
_RELATIVE_BEFORE = re.compile(r"(?:who|which|that|que|quien|quienes|cual|cuales|qui|quem)\s+(?:[a-z]+\s+){0,2}$")
_CONTRAST_AFTER = re.compile(r"\s*[,;]\s*(?:but|pero|mas|mais|yet|aunque|embora)\b")


def _blank_background(text: str, at: int | None) -> str:
    """The text with its background pluperfect clauses blanked, so positions still match `at`."""
    return _PLUPERFECT_CLAUSE.sub(lambda m: " " * len(m.group()) if _background(text, m, at) else m.group(), text)


def _background(text: str, m: re.Match[str], at: int | None) -> bool:
    """Whether a pluperfect clause is background to the figure: not holding it, opened by a relative pronoun or
    closed by a contrast."""
    if at is not None and m.start() <= at < m.end():
        return False
    return bool(
        _RELATIVE_BEFORE.search(text, max(0, m.start() - 30), m.start()) or _CONTRAST_AFTER.match(text, m.end())
    )


# A neighbour opening with the first round, told of as past ("In the first round on October 10, Kollie had led", "En la
# primera vuelta de mayo había ganado", "No primeiro turno, a ordem tinha sido a inversa").
_FIRST_ROUND_TOLD = re.compile(
    rf"\W*(?:in|en|em|no|na)\s+(?:(?:the|la|el)\s+)?(?:{alternation(phrases(W.ROUND['first']))})(?![\w-])"
)


def _round(*texts: str, at: int | None = None) -> str | None:
    """The round a result is from: a runoff still to come ("heads to a runoff") means this is the first round.

    When the sentence names both rounds, the one named nearest its first figure (`at`) is the one counted:
    "won 40.2% in the first round and faces Bravo in the June 7 runoff" is the first round, "won the runoff
    with 55.2% after finishing second in the first round" the runoff. A round named with a figure compared with
    ("down from 43% in the first round", "higher than in the first round") is not this count's.
    """
    for n, text in enumerate(texts):
        if n and _PLUPERFECT.search(text):  # "En la primera vuelta había ganado por poco": told of as past
            if _FIRST_ROUND_TOLD.match(text) and not _ROUNDS["runoff"].search(text):
                return "runoff"  # "In the first round, X had led": told of as past beside this count, a runoff
            continue
        if n == 0 and _PLUPERFECT.search(text):  # blanked, so positions still match `at`; not the figure's own
            text = _blank_background(text, at)
        text = _ROUND_THAN.sub(" ", _ROUND_COMPARED.sub(" ", text))  # "down from 43% in the first round"
        ahead = _ROUND_AHEAD.sub(" ", text)
        found = [(m.start(), key) for key, rx in _ROUNDS.items() for m in rx.finditer(ahead)]
        if found:
            if n == 0 and at is not None:
                return min(found, key=lambda f: (abs(f[0] - at), f[0]))[1]
            return _first(_ROUNDS, ahead)
        if ahead != text:
            return "first"
    return None


def _stage(folded: str, counted: str | None) -> str:
    """The count's stage: from the share counted, else from the stage words; an electoral authority that
    announces, confirms, declares or proclaims the result makes an incomplete-sounding count official."""
    if counted is not None:
        return "final" if _share_value(counted) == 100 else "partial"
    cleaned = _NOT_STAGE.sub(" ", _NOT_WIN.sub(" ", folded))
    if "preliminar" in cleaned or "provisional" in cleaned or "provisori" in cleaned:
        cleaned = _COMPARED_COUNT.sub(" ", cleaned)
    if _ANY_STAGE.search(cleaned):  # one pattern of them all first: most sentences name no stage
        for rx_key in ("partial", "preliminary", "official", "final"):
            if _STAGES[rx_key].search(cleaned):
                return rx_key
    if _AUTHORITY.search(cleaned) and _AUTHORITY_VERB.search(cleaned):
        return "official"
    if _complete(cleaned):
        return "final"
    return "unknown"


# A relative clause a comma opens, to the next comma: background about what it follows ("dijo No a levantar la
# prohibición de bases, que habría permitido a Estados Unidos volver"), not where the vote was.
_RELATIVE_CLAUSE = re.compile(rf",\s*(?:{'|'.join(W.RELATIVE.split())}|whose|cuyo|cuya|cujo|cuja)\s[^,;]*")


_STANCE = re.compile(r"(?<![\w-])(?:pro|pró|anti)-[^\W\d_]+", re.IGNORECASE)


def _place(
    evidence: str, text: str, place_hint: str | None, article: list[dict[str, int]], names: tuple[str, ...] = ()
) -> str | None:
    """The place the evidence names, else the text's most mentioned one, else the hint.

    The text's places are read once per text, and the evidence is read only when the text names several;
    with a hint, only the evidence is read (the cheap path for ingest, which has tagged the passage already).
    A contestant's name is no place the evidence names, though a place may share it ("Kranjc 35.12").
    """
    for name in names:
        evidence = evidence.replace(name, " ")
    if (wire := WIRE_SOURCE.match(evidence)) is not None:  # "OTAVA, 21 set (Correio do Atlântico Norte) -"
        evidence = evidence[: wire.start(1)] + evidence[wire.end(1) :]
    evidence = _STANCE.sub(" ", evidence)  # "the pro-Russian bloc": a stance toward a place, not where the vote was
    if "," in evidence:  # a place named only in a relative clause is not the vote's
        evidence = _RELATIVE_CLAUSE.sub(" ", evidence)
    if place_hint:  # the caller knows the text's place (ingest tags passages): read only the evidence
        return next(iter(find_places(evidence)), None) or place_hint.upper()
    if not article:
        article.append(place_counts(text))
    counts = article[0]
    if len(counts) > 1:
        in_sentence = find_places(evidence)
        if in_sentence:
            return in_sentence[0]
    if counts:
        order = list(counts)
        return max(order, key=lambda c: (counts[c], -order.index(c)))
    return place_hint.upper() if place_hint else None
