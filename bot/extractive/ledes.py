"""Sentences said just before the answer's own so that it reads alone: the report's sentence naming the
contestant the answer only describes, the sentence announcing the win (also before one that lists only the
runners-up), the sentence a "That is…" points back to, and the winning option of a referendum its sentence
states only in other words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.citations.roles import WIN
from bot.extractive.draft_text import other_count, quotation_balanced, states_result
from bot.extractive.party_words import concepts
from bot.extractive.row_facts import row_in_language, sentence_names, word_in
from bot.writers import reportable
from retrieval.chunking import split_sentences
from retrieval.elections import OPTIONS
from retrieval.lexical import fold
from retrieval.numbers import number
from retrieval.places import normalize
from retrieval.places.roles import without_dateline
from retrieval.resolve import strength, surname
from retrieval.results import Contestant, ResultRow

# A share stated in a sentence ("sumaba el 64,8%", "49.5 per cent", "52 por ciento"): a count of its own, whether or
# not its contestants can be read from it.
_SHARE = re.compile(r"\d(?:[.,]\d+)?\s*(?:%|per ?cent|percent|por ciento|por cento)", re.IGNORECASE)


def name_introduction(name: str, sentence: str, quote: str) -> str | None:
    """The sentence of the report, just before `sentence`, that names the contestant `sentence` only describes
    ("QUITO — O presidente Daniel Noboa foi reeleito." before "…o candidato da ADN tinha 56%"), stating no
    result of its own: a proper name the answer is about is said before its figure is."""
    if not name[:1].isupper() or normalize(name) in OPTIONS or sentence_names(name, sentence):
        return None  # a referendum's "No" is a common word of any earlier sentence, never its introduction
    sentences = split_sentences(quote)
    first = split_sentences(sentence)[0] if sentence else ""
    at = next((i for i, s in enumerate(sentences) if normalize(s) == normalize(first)), None)
    if at is None:
        return None
    for before in reversed(sentences[max(at - 2, 0) : at]):
        if not (sentence_names(name, before) and quotation_balanced(before) and reportable(before)):
            continue
        if not _SHARE.search(before) and not states_result(before):
            return before  # a sentence giving figures of its own is another count (or another contestant's)
    return None


# A share stated with its digits, to compare with the figures a row read from the same sentence.
_SHARE_FIGURE = re.compile(r"(\d{1,3}(?:[.,]\d+)?)\s*(?:%|per ?cent|percent|por ciento|por cento)", re.IGNORECASE)


def _unread_leader(row: ResultRow) -> bool:
    """Whether a row's sentence states a share above every share it gives a contestant, other than how much was
    counted or the turnout: the leader's figure is there but not whose it is, his name left to the sentence
    before ("Dois meses depois, venceu o segundo turno com 52,17% [...], contra 47,83% de Y" gives Y alone)."""
    shares = [v for c in row.contestants if (v := number(c.share)) is not None]
    if not shares:
        return False
    aside = [v for v in (number(row.counted), number(row.turnout)) if v is not None]
    stated = [v for m in _SHARE_FIGURE.finditer(row.sentence) if (v := number(m.group(1))) is not None]
    return any(v > max(shares) + 0.5 and v <= 100 and not any(abs(v - a) < 0.01 for a in aside) for v in stated)


def unread_winner(row: ResultRow, rows: list[ResultRow], quote: str) -> str | None:
    """The report's sentence just before the answer's naming a contestant of the election that the answer's
    sentence leaves unread (its leader's share stated, his name not: `_unread_leader`), stating no result of its
    own: the winner is named before his figure is given. None when the row reads its leader."""
    if not _unread_leader(row):
        return None
    own = {surname(c.name) for c in row.contestants}
    names = dict.fromkeys(
        c.name
        for r in sorted(rows, key=strength, reverse=True)
        for c in r.contestants
        if surname(c.name) not in own and c.name[:1].isupper()
    )
    return next((intro for name in names if (intro := name_introduction(name, row.sentence, quote))), None)


# A sentence that opens by pointing back ("That is 1,402,627 votes for…", "Es decir…", "Ou seja…") restates the
# sentence before it, which it cannot be read without.
_POINTS_BACK = re.compile(
    r"^(?:that is|that's|that gives|that means|this gives|this means|in other words|es decir|esto es|eso es|"
    r"eso supone|eso significa|esto significa|o sea|ou seja|isto e|isso e|isso significa|isso da)\b"
)


def antecedent(row: ResultRow, quote: str) -> str | None:
    """The report's sentence just before `sentence` when `sentence` opens by pointing back to it ("That is
    1,402,627 votes for the party's founder…" after the sentence giving the order at the top): the fact it
    restates, said first. None when it does not point back, the sentence before reads badly alone or states
    another count than `row`'s (the first sentence is the asked election's)."""
    first = split_sentences(row.sentence)[0] if row.sentence else ""
    if not _POINTS_BACK.match(fold(first).strip()):
        return None
    sentences = split_sentences(quote)
    at = next((i for i, s in enumerate(sentences) if normalize(s) == normalize(first)), None)
    if not at:
        return None
    before = sentences[at - 1]
    return before if quotation_balanced(before) and reportable(before) and not other_count(before, row) else None


# A sentence saying who takes the office next names the winner as a win verb does ("certified X as the next
# governor", "X será el próximo presidente").
_OFFICE = (
    r"(?:president|governor|mayor|prime minister|chancellor|presidente|presidenta|gobernador|gobernadora|governador|"
    r"governadora|alcalde|alcaldesa|prefeito|prefeita|primer ministro|primeiro-ministro)"
)
# ...and so does one confirming someone's election to it ("confirmó la elección de X como presidente").
_NEXT_OFFICE = re.compile(
    rf"\b(?:next|new|proximo|proxima|nuevo|nueva|novo|nova)\s+{_OFFICE}\b|\b(?:president|governor|mayor)-elect\b|"
    rf"\b(?:election|eleccion|eleicao)\s+(?:of|de|do|da)\s+\S.{{0,40}}?\s(?:as|como|comme)\s+(?:\w+\s+)?{_OFFICE}\b"
)

# A party standing for its candidates in the sentence that gives their figures: "the PDI-P pair", "the X ticket".
_DESCRIBED = r"['’]?s?\s+(?:pair|ticket|duo|slate|candidate|candidates|nominee|dupla|chapa|formula|binomio)\b"
# Or, in the order Spanish, Portuguese and French write it, the candidate of the party: "el candidato del gobernante
# X", "o cabeça de lista da coligação X", "the nominee of the X", "la candidate du X".
_CANDIDATE_OF = (
    r"\b(?:candidate|nominee|candidato|candidata|candidat|head of the list|cabeza de lista|cabeca de lista|"
    r"tete de liste)\s+(?:of|for|de|del|da|do|du|des|de la)\s+(?:[\w-]+\s+){0,2}"
)


@lru_cache(maxsize=1024)
def _described(name: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """`win_lede`'s patterns of a leader called by a description, compiled once per name (not per row and call:
    those compiles flooded the re module's cache of 512, so other modules' patterns were compiled again)."""
    return (
        re.compile(re.escape(name) + _DESCRIBED, re.IGNORECASE),
        re.compile(_CANDIDATE_OF + re.escape(normalize(name)) + r"\b"),
    )


def win_lede(name: str, row: ResultRow, quote: str, language: str) -> str | None:
    """The report's sentence just before the answer's that announces the win ("VIENA — Venceu o FPÖ.", "The
    commission certified X as the next governor."), stating no figure and naming none of the row's other
    contestants, when the answer's sentence calls its leader only by a description ("the PDI-P pair", "el
    candidato del PNDS") or by
    words of another language than the reader's ("o Partido da Liberdade" for an English question): the
    winner is then named as the report names him before his figures are given."""
    by_name, by_candidate = _described(name)
    described = by_name.search(row.sentence) is not None or by_candidate.search(normalize(row.sentence)) is not None
    foreign = bool(concepts(name)) and not row_in_language(row, language)
    if not (described or foreign):
        return None
    sentences = split_sentences(quote)
    first = split_sentences(row.sentence)[0] if row.sentence else ""
    at = next((i for i, s in enumerate(sentences) if normalize(s) == normalize(first)), None)
    if at is None:
        return None
    others = [c.name for c in row.contestants if c.name != name]
    for before in reversed(sentences[max(at - 2, 0) : at]):
        folded = fold(before)
        if re.search(r"\d", without_dateline(before)) or not (WIN.search(folded) or _NEXT_OFFICE.search(folded)):
            continue
        if any(sentence_names(other, before) for other in others) or not (
            quotation_balanced(before) and reportable(before)
        ):
            continue
        if _proper_name(before, row.sentence):
            return before
    return None


# Winning said of a plural subject, which the shared win verbs leave out: "Los socialistas ganaron", "venceram".
_WON = re.compile(r"\b(?:ganaron|triunfaron|venceram|ganharam|triunfaram)\b")


def winner_before(row: ResultRow, quote: str) -> str | None:
    """The report's sentence, among the few just before the answer's, that announces a win ("Los socialistas
    ganaron el domingo las elecciones…") naming none of the row's contestants, when the row's sentence places its
    leader second or lower in words ("Junts es segunda con 35 escaños"): who won is said there, not in the
    sentence listing the runners-up."""
    sentences = split_sentences(quote)
    first = split_sentences(row.sentence)[0] if row.sentence else ""
    at = next((i for i, s in enumerate(sentences) if normalize(s) == normalize(first)), None)
    if not at:
        return None
    for before in reversed(sentences[max(at - 3, 0) : at]):
        folded = fold(before)
        if not (WIN.search(folded) or _WON.search(folded)) or not (quotation_balanced(before) and reportable(before)):
            continue
        if any(sentence_names(c.name, before) for c in row.contestants):
            continue
        return before
    return None


def option_unsaid(leader: object, row: ResultRow) -> Contestant | None:
    """A referendum's winning option the answer's sentence states only in other words ("fue rechazada por el
    61,8%" for "No"): the reader is told which option won, with the row's own share, before the sentence."""
    if not isinstance(leader, Contestant) or not leader.share or normalize(leader.name) not in OPTIONS:
        return None
    return None if word_in(normalize(leader.name), normalize(row.sentence)) else leader


def _proper_name(sentence: str, answer: str) -> bool:
    """Whether a sentence names someone the answer's sentence does not (a capitalised word past its first,
    or a word of two capitals or more, beyond a dateline), i.e. it gives the winner a name."""
    body = re.sub(r"^[^—–]{0,40}[—–]\s*", "", sentence)  # "VIENA — ": a dateline is no name
    words = re.findall(r"[\w-]+", body)
    named = [w for i, w in enumerate(words) if (i > 0 and w[:1].isupper()) or sum(ch.isupper() for ch in w) >= 2]
    return any(not word_in(normalize(w), normalize(answer)) for w in named)
