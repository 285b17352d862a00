"""Referendum options named by a verb: "61.2 per cent voted No and 38.8 per cent Yes", "el 50,4 por ciento de los
votantes respaldó la reforma, frente a un 49,6 por ciento que la rechazó", "58% of voters backed the plan", "fue
rechazada por el 61,8% de los votantes".

A referendum report often makes the share the subject and the option the verb's object (or the verb itself), so no
name stands before or after the figure as a contestant would. Such a sentence is read as the plain statement it
makes, "Overall, No took 61.2 per cent and Yes 38.8 per cent"; a later figure with a bare option ("and 38.8 per
cent Yes") takes that option. Options named by what they choose ("176,245 chose independence and 3,043 chose greater
autonomy") are read the same way, named as written, when the sentence names two or more of them. An option named by
the noun for one ("the statehood option won 52.52%", "la opción de la independencia obtuvo") is read as named by
what it chooses ("Statehood won 52.52%").
"""

from __future__ import annotations

import re

from retrieval.extraction import words as W
from retrieval.extraction.name_sets import OPTIONS
from retrieval.extraction.text import alternation, fold_text, phrases, words_rx

_FIGURE = r"\d{1,3}(?:[.,]\d{1,3})?\s*(?:%|per\s*cent|percent|pct|por\s+ciento|por\s+cento)"
_COUNT = r"\d{1,3}(?:[.,]\d{3})+"  # "176,245", "682.760": a count of votes, not a share


_PEOPLE = words_rx(W.VOTERS_DO)  # "682.760 votantes votaron en contra": a count of voters, not ballots


def _is_count(figure: str) -> bool:
    return not re.search(r"[%a-z]", figure)


def _as_written(figure: str) -> str:
    """A share as written; a count with its unit, so that it reads as votes."""
    return f"{figure} votes" if _is_count(figure) else figure


# "of voters", "de los votantes moldavos", "dos eleitores": the electorate the share is of; a count's own noun
# ("682.760 votantes").
_VOTERS = r"(?:voters|votes|ballots|votantes|electores|votos|eleitores|sufragios|electeurs|votants|voix|suffrages)"
_OF_VOTERS = (
    rf"(?:\s+(?:of|de|dos|das|do|des)\s+(?:(?:the|los|las|os|as)\s+)?(?:[a-z]+\s+)?{_VOTERS}(?:\s+[a-z]+)?"
    rf"|\s+{_VOTERS})?"
)


def _verbs(table: dict[str, str], lang: str) -> str:
    return alternation(_verb_phrases(table, lang))


def _verb_phrases(table: dict[str, str], lang: str) -> list[str]:
    return [p.strip() for p in table[lang].split(",") if p.strip()]


_LANGS = tuple(W.OPTION_NAMES)
_STANCE_PHRASES = [
    p
    for table in (W.VOTED_YES, W.VOTED_NO, W.PASSIVE_YES, W.PASSIVE_NO)
    for lang in _LANGS
    for p in _verb_phrases(table, lang)
]


_VOTED_FOR_PHRASES = [p.strip() for v in W.VOTED_FOR.values() for p in v.split(",")]
_VOTED_FOR = alternation(_VOTED_FOR_PHRASES)


_VOTED = re.compile(
    rf"(?<![\w.,])({_FIGURE}){_OF_VOTERS}\s+(?:{_VOTED_FOR})"
    r"\s+(?:(?:the|el|la|o|a)\s+)?([^\W\d_]+)(?![\w-])"
)


# "176,245 chose independence from X", "el 62% optó por la independencia": a figure, a verb of choosing, and the
# option as a lowercase phrase of one to three words ending before a preposition, a conjunction or a stop.
_CHOSE_PHRASES = [p.strip() for v in W.CHOSE.values() for p in v.split(",")]
_CHOSE = alternation(_CHOSE_PHRASES)
_CHOSEN = re.compile(
    rf"(?<![\w.,])({_FIGURE}|{_COUNT}){_OF_VOTERS}\s+(?:{_CHOSE})"
    r"\s+(?:(?:the|el|la|los|las|o|a|os|as)\s+)?([a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)"
    r"(?=\s+(?:from|within|in|over|against|de|del|da|do|em|en|and|y|e|frente|contra)\b|\s*[,;.]|$)"
)


def _chosen(sentence: str, folded: str) -> list[tuple[int, str, str]]:
    """Options named by what they choose, with their figures (a count gets its unit), when there are two or more.
    The option is written capitalised, as a name is ("greater autonomy" -> "Greater Autonomy")."""
    found = []
    for m in _CHOSEN.finditer(folded):
        option = sentence[m.start(2) : m.end(2)]
        if option[0].islower():
            found.append((m.start(), option.title(), _as_written(sentence[m.start(1) : m.end(1)])))
    return found if len(found) > 1 else []


# "(that|que) (lo|la|o|a)?" before the verb: a relative clause whose subject is the figure.
_RELATIVE = r"(?:\s+(?:that|who|which|que)(?:\s+(?:lo|la|los|las|o|a|os|as))?)?"


_STANCE = {
    (lang, yes): re.compile(
        rf"(?<![\w.,])({_FIGURE}|{_COUNT}){_OF_VOTERS}{_RELATIVE}\s+"
        rf"(?:{_verbs(W.VOTED_YES if yes else W.VOTED_NO, lang)})(?![\w-])"
    )
    for lang in _LANGS
    for yes in (True, False)
}


# "and 104,312 in favour": a later figure and the other stance, its verb left out.
_STANCE_AFTER = {
    (lang, yes): re.compile(
        rf"(?<![\w.,])({_FIGURE}|{_COUNT}){_OF_VOTERS}\s+(?:{alternation(phrases({lang: words[0 if yes else 1]}))})"
        r"(?![\w-])"
    )
    for lang, words in W.STANCE_AFTER.items()
    for yes in (True, False)
}


_PASSIVE = {
    (lang, yes): re.compile(
        rf"(?<![\w-])(?:{_verbs(W.PASSIVE_YES if yes else W.PASSIVE_NO, lang)})\s+(?:(?:the|el|la|los|o|a|os)\s+)?"
        rf"({_FIGURE})"
    )
    for lang in _LANGS
    for yes in (True, False)
}


_NAMED_OBJECT = re.compile(r"\s+(?:(?:the|el|la|o|a)\s+)?[A-Z]")


# "and 38.8 per cent Yes": a bare option after a later figure.
_BARE = re.compile(rf"(?<![\w.,])({_FIGURE})\s+([^\W\d_]+)(?![\w-])")


# Every stance verb of every table in one pattern: the cheap test that most sentences fail (one alternation of
# all the phrases, so it is grouped by first letter as a whole).
_ANY_VERB = re.compile(rf"(?<![\w-])(?:{alternation(_VOTED_FOR_PHRASES + _CHOSE_PHRASES + _STANCE_PHRASES)})(?![\w-])")


def _option(lang: str, yes: bool) -> str:
    return W.OPTION_NAMES[lang][0 if yes else 1]


def voted_options(sentence: str) -> str | None:
    """The sentence restated with each option before its share ("Overall, No took 61.2 per cent and Yes 38.8"),
    or None when it names no option by a verb."""
    folded = fold_text(sentence)
    if not _ANY_VERB.search(folded):
        return None
    found: list[tuple[int, str, str]] = []  # position, option as written, figure as written
    for m in _VOTED.finditer(folded):
        option = sentence[m.start(2) : m.end(2)]
        if fold_text(option) in OPTIONS and option[0].isupper():
            found.append((m.start(), option, sentence[m.start(1) : m.end(1)]))
    said: list[str] = []  # the stances' languages: the verbless stance after a later figure is in the first one's
    for (lang, yes), rx in _STANCE.items():
        for m in rx.finditer(folded):
            if _NAMED_OBJECT.match(sentence, m.end()):
                continue  # "52% of voters backed Ruiz": a poll of a candidate, not an option
            if _is_count(m.group(1)) and not _PEOPLE.search(folded, m.end(1), m.end()):
                continue  # "and 42,829 rejected": ballots thrown out; "682.760 votantes votaron en contra": people
            said.append(lang)
            found.append((m.start(), _option(lang, yes), _as_written(sentence[m.start(1) : m.end(1)])))
    for (lang, yes), rx in _STANCE_AFTER.items() if said else ():
        for m in rx.finditer(folded, min(p for p, _, _ in found) + 1) if lang == said[0] else ():
            if all(p != m.start() for p, _, _ in found):
                found.append((m.start(), _option(lang, yes), _as_written(sentence[m.start(1) : m.end(1)])))
    for (lang, yes), rx in _PASSIVE.items():  # "fue rechazada por el 61,8% de los votantes"
        for m in rx.finditer(folded):
            found.append((m.start(1), _option(lang, yes), sentence[m.start(1) : m.end(1)]))
    if not found and not (found := _chosen(sentence, folded)):
        return None
    first = min(p for p, _, _ in found)
    for m in _BARE.finditer(folded, first):
        option = sentence[m.start(2) : m.end(2)]
        if fold_text(option) in OPTIONS and option[0].isupper() and all(p != m.start() for p, _, _ in found):
            found.append((m.start(), option, sentence[m.start(1) : m.end(1)]))
    found = sorted({p: (p, o, f) for p, o, f in found}.values())
    options = [(o, f) for _, o, f in found]
    if len({fold_text(o) for o, _ in options}) != len(options):
        return None  # the same option twice: two questions, or a count told twice
    head, *rest = options
    tail = "".join(f" and {o} {f}" for o, f in rest)
    return f"Overall, {head[0]} took {head[1]}{tail}."  # an option opening a sentence would read as a word


# "the statehood option", "the 'leave' option" (English: the choice before the noun); "la opción de la independencia",
# "a opção pela autonomia", "l'option du rattachement" (the choice after the noun and its preposition).
_OPTION_BEFORE = re.compile(rf"(?<![\w-])the\s+[\"“'‘]?([a-z][\w-]*)[\"”'’]?\s+(?:{W.OPTION_NOUN['en']})(?![\w-])")
_OPTION_AFTER = re.compile(
    rf"(?<![\w-])(?:la|a|l')\s*(?:{alternation([W.OPTION_NOUN[lang] for lang in ('es', 'pt', 'fr')])})"
    rf"\s+(?:(?:{alternation(phrases({'of': W.OPTION_OF}))})\s*)?[\"“'‘«]?\s*([a-z][\w-]*)\s*[\"”'’»]?(?![\w-])"
)


def option_named(sentence: str) -> str | None:
    """The sentence with an option named by the noun for one written as the option's own name ("the statehood
    option won" -> "Statehood won"), or None when it names none."""
    folded = fold_text(sentence)
    if not any(w in folded for w in ("option", "opcion", "opcao")):  # cheap first
        return None
    m = _OPTION_BEFORE.search(folded) or _OPTION_AFTER.search(folded)
    if m is None:
        return None
    option = sentence[m.start(1) : m.end(1)]
    return f"{sentence[: m.start()]}{option[0].upper()}{option[1:]}{sentence[m.end() :]}"
