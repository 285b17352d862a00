"""A result sentence without its subject: "Obtuvo 2.700.042 votos, el 82,66 %", "She took 41.8%".

Spanish and Portuguese drop the subject a sentence shares with the one before ("El tribunal declaró a Ana Ruiz
ganadora. Obtuvo el 82 %."), and English puts a pronoun in its place. Read alone such a sentence has figures and no
name, so the winner's own share was lost; read with the one person the sentence before names, it is that
person's result. A description in the subject's place does the same ("Ana Ruiz was re-elected. The 52-year-old
former judge took 48.2%", "El socialdemócrata obtuvo el 58 %").
"""

from __future__ import annotations

import re

from retrieval.extraction import words as W
from retrieval.extraction.names import _DATELINE, _runs
from retrieval.extraction.pairs import joined_before
from retrieval.extraction.persons import _last_word, _person, _role_only, officer
from retrieval.extraction.text import alternation, fold_text, phrases, words_rx

# The verbs a result sentence may open with once its subject is dropped: the result, win and lead words of one word,
# less the nouns among them ("Votos", "Resultados" open sentences with subjects of their own).
_NOUNS = frozenset(phrases(W.VOTES) + phrases(W.SEATS) + phrases(W.MARGIN_NOUN) + W.ZERO_SUBJECT_NOT.split())
_VERBS = frozenset(
    p for table in (W.RESULT_CONTEXT, W.WIN, W.LEAD) for p in phrases(table) if " " not in p and p not in _NOUNS
)
_PRONOUNS = frozenset(W.SUBJECT_PRONOUNS.split())
# Spanish and Portuguese drop a subject the sentence before names: a result verb opening the sentence with its figure
# right after it ("Obtuvo el 52,1 % frente al 40,3 % de Ríos", "Somou 612.004 votos") has no subject of its own,
# even when a rival is named later; a name after the verb instead is the verb's own subject ("Ganó X con 52 %").
_PRO_DROP = frozenset(
    p
    for table in (W.RESULT_CONTEXT, W.WIN)
    for lang in ("es", "pt")
    for p in phrases({lang: table[lang]})
    if " " not in p and p not in _NOUNS
)
_FIGURE_NEXT = re.compile(
    r"\s+(?:(?:el|la|los|las|o|a|os|as|casi|quase|cerca\s+de|mas\s+de|mais\s+de|unos|unas|uns|umas)\s+)*\d"
)


_FIRST_WORD = re.compile(r"[\"“'‘(¿¡\s]*([^\W\d_]+)")


# A counting body ("The electoral commission gave her 52%") is no description of a person either.
_AUTHORITY_WORDS = frozenset(p for p in phrases(W.AUTHORITIES) if " " not in p)
_DESCRIBED_NOT = frozenset(W.DESCRIBED_NOT.split()) | _AUTHORITY_WORDS


_ARTICLE_OPEN = re.compile(r"[\"“'‘(¿¡\s]*(The|El|La|O|A)\s+")


_WORD = re.compile(r"([^\W_][\w'’-]*)\s*")


# A fronted phrase before the subject ("Con el 62,43% de los votos escrutados, la comisionada residente sumaba", "En
# el cómputo final del Servel, el exalcalde obtuvo"): the description may stand after its comma.
_FRONTED = re.compile(r"[\"“'‘(¿¡\s]*(?:With|After|Con|Tras|Com|Após|Apos|In|En|Em|No|Na|Según|Segun|Segundo)\s")
_ARTICLE_MID = re.compile(r",\s+(the|el|la|o|a)\s+")
# A short lead-in ending in a colon ("No surprise: the outgoing president obtains", "Sin sorpresa: el presidente
# saliente obtiene"): the description may stand after it, when the lead-in holds no figure and no name but its first.
_AFTER_COLON = re.compile(r"[\"“'‘(¿¡\s]*[^\W\d_][^\W\d_'’-]*(?:\s+[a-z][\w'’-]*){0,4}\s*:\s+(the|el|la|o|a)\s+")


# A sentence adverb of the whole count before the subject ("Overall, the former mayor took", "Region-wide the former
# intendant finished on", "En total, el exalcalde sumó"): the description may stand after it, comma or not.
_WHOLE_OPEN = re.compile(
    r"[\"“'‘(¿¡\s]*(?:Overall|Nationwide|Statewide|Citywide|Countrywide|Region-wide|Regionwide|Province-wide"
    r"|County-wide|Altogether|Ultimately|In\s+all|In\s+total|In\s+the\s+end|En\s+total|En\s+conjunto|Al\s+final"
    r"|Finalmente|No\s+total|No\s+conjunto|No\s+final|Ao\s+todo)\s*,?\s+(the|el|la|o|a)\s+"
)


# A reported-speech opener before the subject ("Commission chairman X said the 76-year-old leader of the UPF won",
# "El presidente del tribunal dijo que el exministro obtuvo", "O presidente da comissão disse que o ex-governador
# obteve"): the description may stand after the speech verb.
_SAID_OPEN = re.compile(
    r"[^.;:\d]{0,80}?(?<![\w-])(?:said|says|announced|told\s+reporters|dijo|afirmo|afirmó|anuncio|anunció|informo|informó"
    r"|disse|afirmou|anunciou|informou)\s+(?:that\s+|que\s+)?(the|el|la|o|a)\s+"
)


def _described(sentence: str, incumbent: bool = False) -> tuple[int, int] | None:
    """Where a description standing for a person opens the sentence (or follows a fronted phrase), up to its verb,
    or None: an article, one to six lowercase words ("68-year-old former barrister"), perhaps an "of" phrase with a
    name ("do Banco Mundial"). With `incumbent` the words of holding office ("The incumbent") may describe too."""
    m = _ARTICLE_OPEN.match(sentence)
    if m is not None:
        found = _described_from(sentence, m, incumbent)
        said = _SAID_OPEN.match(sentence) if found is None else None  # "The chairman said the former judge won"
        found = _described_from(sentence, said, incumbent) if said is not None else found
        return found if found is not None else _after_announcement(sentence, incumbent)
    if _FRONTED.match(sentence):
        for mid in _ARTICLE_MID.finditer(sentence):
            if (found := _described_from(sentence, mid, incumbent)) is not None:
                return found
    if (m := _AFTER_COLON.match(sentence)) is not None:  # "No surprise: the outgoing president obtains 89.77%"
        return _described_from(sentence, m, incumbent)
    if (m := _WHOLE_OPEN.match(sentence)) is not None:  # "Overall, the former mayor took 52.7%"
        return _described_from(sentence, m, incumbent)
    if (m := _SAID_OPEN.match(sentence)) is not None:  # "The chairman said the 76-year-old leader won"
        return _described_from(sentence, m, incumbent)
    return _after_announcement(sentence, incumbent)


# The clause after a colon, opened by an article: "The commission published the final results of the vote: the
# outgoing president obtains 89.77%", "El tribunal proclamó los resultados del 4 de mayo: el exalcalde obtuvo".
_COLON_ARTICLE = re.compile(r":\s+(the|el|la|o|a)\s+")
# A figure of the count in the lead-in (a share, a grouped count, a decimal, a count of votes or seats): the lead-in
# then tells a result of its own, and the clause after the colon may be about someone else. Dates and years pass.
_LEAD_FIGURE = re.compile(
    r"\d\s*%|\d\s*(?:per\s*cent|percent|por\s+ciento|por\s+cento|pour\s+cent)|\d{1,3}(?:[.,]\d{3})+|\d[.,]\d"
    r"|\d\s+(?:[a-z]+\s+)?(?:votes?|votos?|voix|seats?|escanos?|cadeiras?|sieges?|lugares|deputados|diputados)\b"
)


_ANNOUNCING = words_rx(
    {"count": ", ".join(phrases(W.COUNT_PUBLISHED) + phrases(W.AUTHORITIES) + phrases(W.AUTHORITY_VERBS))}
)


def _after_announcement(sentence: str, incumbent: bool) -> tuple[int, int] | None:
    """A description opening the clause after a colon, when what stands before it announces the count (a counting
    body, its verb or the published count: `W.COUNT_PUBLISHED`) without telling a result or naming a person ("The
    Electoral Commission proclaimed on Monday the provisional results of the vote of 25 May: the outgoing president
    obtains 61.2%"); None otherwise."""
    if ":" not in sentence:  # cheap first
        return None
    m = _COLON_ARTICLE.search(sentence)
    if m is None:
        return None
    lead = fold_text(sentence[: m.start()])
    if ";" in lead or not _ANNOUNCING.search(lead) or _LEAD_FIGURE.search(lead):
        return None  # "The race tightened late, yet not by much: the governor-elect ended": no count announced
    if any(_person(r) for r in _runs(sentence[: m.start()])):
        return None
    return _described_from(sentence, m, incumbent)


def _described_from(sentence: str, m: re.Match[str], incumbent: bool = False) -> tuple[int, int] | None:
    pos, plain, named = m.end(), 0, 0
    while plain + named < 10:
        if plain and (age := _AGE.match(sentence, pos)) is not None:  # "El exdiputado de 55 años obtuvo": an age
            pos = age.end()
            continue
        w = _WORD.match(sentence, pos)
        if w is None:
            return None
        word = w.group(1)
        folded = fold_text(word).strip("'’")
        if plain and folded in _VERBS and word[0].islower():
            return m.start(1), w.start(1)
        if folded in _PAIR_WORDS and word[0].islower():  # "The pair received": a ticket, see `carried_subject`
            plain += 1
            pos = w.end()
            continue
        if incumbent and folded in _INCUMBENT and word[0].islower():  # "The incumbent": see `_incumbent_described`
            plain += 1
            pos = w.end()
            if (aside := _ASIDE.match(sentence, pos)) is not None:  # "The incumbent, running for X, had 59.55%"
                pos = aside.end()
            continue
        in_name = word[0].isupper() and (named or (plain and _of_before(sentence[m.end() : pos])))
        in_name = in_name and folded not in _AUTHORITY_WORDS  # "the head of the Electoral Commission": no person
        if (folded in _DESCRIBED_NOT or folded in _VERBS) and not in_name:  # "leader of the X Movement": a name
            return None
        if not plain and not named and folded in _TITLE_WORDS:  # "O Presidente do Mali": a title, capitalised or not
            plain += 1
            pos = w.end()
            if word[0].islower() and (aside := _ASIDE.match(sentence, pos)) is not None:  # "The general, who ...,"
                pos = aside.end()
            continue
        if word[0].isupper() or (word[0].isdigit() and not re.fullmatch(r"\d+-[a-z][\w-]*", word)):
            if not (named or (plain and _of_before(sentence[m.end() : pos]))):
                return None
            named += 1  # a name inside the "of" phrase
        elif named:
            return None  # lowercase again after the "of" phrase's name, with no verb
        else:
            plain += 1
        pos = w.end()
        if plain and (aside := _ASIDE.match(sentence, pos)) is not None:  # "El gobernador, conocido como RP, obtuvo"
            pos = aside.end()
    return None


def _of_before(words: str) -> bool:
    """Whether the words end in "of" (perhaps with its article): "leader of the", "do", "de la"."""
    folded = fold_text(words).split()
    return bool(folded) and (
        folded[-1] in _OF or (len(folded) > 1 and folded[-2] in _OF and folded[-1] in _OF_ARTICLES)
    )


_OF_ARTICLES = frozenset("the la el los las".split())


# An aside between commas after the description ("O Presidente do Mali, conhecido pelas iniciais IBK, obteve", "The
# general, who made himself transitional president after removing X, collected"): opened by a lowercase word,
# holding no figure; the verb comes after it.
_ASIDE = re.compile(r",\s+[a-z][^,\d]{0,100},\s*")


_TITLE_WORDS = frozenset(W.TITLES.split())
# A person's age inside the description, as Romance copy gives it ("el exdiputado de 55 años", "o ex-deputado, de 55
# anos,", "l'ancien député de 55 ans", "the former lawmaker, 55,"): no name, though it holds digits.
_AGE = re.compile(
    r"\s*,\s*\d{2,3}\s*,\s*|\s*,?\s*(?:de|aged)\s+\d{2,3}\s+(?:anos|años|ans|years)(?:\s+de\s+edad)?\s*,?\s*"
)


# "X was re-elected. The incumbent received 457,836 votes": the office holder is the one the sentence before names
# only when it tells of re-election; after "X won" or "X beat the incumbent" the incumbent may be the one beaten.
_INCUMBENT = frozenset(W.INCUMBENT_NOUNS.split())
_RE_ELECTED = words_rx(W.RE_ELECTED)
_RE_ELECTED_TERM = re.compile(rf"(?<![\w-]){W.RE_ELECTED_TERM}(?![\w-])")


def _incumbent_described(sentence: str, previous: str) -> tuple[int, int] | None:
    """Where a description of the office holder stands in the subject's place ("The incumbent received", "El
    presidente saliente obtuvo"), when the sentence before tells of re-election; None otherwise."""
    lowered = sentence.lower()  # cheap first: most sentences hold no office holder's word
    if not previous or not any(w in lowered for w in _INCUMBENT):
        return None
    if not (_RE_ELECTED.search(folded := fold_text(previous)) or _RE_ELECTED_TERM.search(folded)):
        return None
    described = _described(sentence, incumbent=True)
    if described is None:
        return None
    words = re.findall(r"[^\W\d_]+", sentence[described[0] : described[1]])
    return described if any(fold_text(w) in _INCUMBENT for w in words) else None


# "The winner had 612,400 votes": a description of the person the sentence before named, unless it told of a loss.
_WINNER_NOUNS = frozenset(p for p in phrases(W.WINNER_NOUNS) if " " not in p)
_CONCEDED = words_rx(W.CONCEDED)


_OF = frozenset("of de do da del".split())


_PAIR_WORDS = frozenset(W.PAIR_WORDS.split())


def _ticket_head(previous: str) -> str | None:
    """The first of the two persons the sentence joins by and/y/e ("Suryadi Wibowo and Arif Pratama Putra"),
    when it names no other person; None otherwise."""
    runs = [r for r in _runs(previous) if _person(r) and not _role_only(previous, r)]
    if len(runs) != 2 or joined_before(previous, runs, runs[1]) is not runs[0]:
        return None
    return runs[0].text


# "..., beating the ultraconservative former negotiator Saeed Karimi": the person after an opponent's phrase (and a
# few lowercase words) is the one beaten, never the subject a later sentence leaves unsaid.
_BEATEN = re.compile(rf"(?<![\w-])(?:{alternation(phrases(W.AGAINST))})\s+(?:[a-z][\w'’-]*\s+){{0,5}}$")


# "se impuso este domingo a Karina Solís", "derrotó el domingo al alcalde X": a win verb, a few words of when, and
# the personal "a" that marks whom it was won over.
_WON_OVER = re.compile(
    rf"(?<![\w-])(?:{alternation([p for p in phrases(W.WIN) if p.split()[-1] not in ('a', 'al')])})"
    r"(?:\s+[^\s,.;:]+){1,4}?\s+(?:a|al)\s+(?:[a-z][\w'’-]*\s+){0,5}$"
)


def _beaten(previous: str, start: int) -> bool:
    """Whether the name at `start` is the one a verb before it beat; a verb opening the sentence ("Venceu Ibrahim
    Koné, como se esperava") has its subject after it, not its object."""
    before = fold_text(previous[max(0, start - 80) : start])
    if m := _BEATEN.search(before):  # "SANTIAGO — Venceu José Antonio Brandt.": a dateline opens no clause
        return bool(_DATELINE.sub("", previous[: max(0, start - 80) + m.start()]).strip(" \"“'‘(¿¡"))
    return bool(_WON_OVER.search(before))


def _winner_named(sentence: str, described: tuple[int, int]) -> bool:
    """Whether the description is the winner's ("The winner", "El ganador")."""
    return any(fold_text(w) in _WINNER_NOUNS for w in sentence[described[0] : described[1]].split())


def winner_described(sentence: str) -> bool:
    """Whether a description of the winner stands in the subject's place ("The winner had", "El ganador obtuvo")."""
    described = _described(sentence)
    return described is not None and _winner_named(sentence, described)


def description_span(sentence: str) -> tuple[int, int] | None:
    """Where the description standing in the subject's place opens and ends (at its verb), or None."""
    return _described(sentence)


def stands_for_previous(sentence: str, previous: str = "") -> bool:
    """Whether the sentence opens with a pronoun or a description in its subject's place, or has a pronoun there
    after a fronted phrase; a description of the office holder counts after `previous` tells of re-election."""
    m = _FIRST_WORD.match(sentence)
    if m and m.group(1) in _PRONOUNS:
        return True
    return (
        # only the sentence right before holds a dropped subject, at the opening or after a fronted phrase
        (bool(previous) and (_pro_drop(sentence, m) or _fronted_drop(sentence) is not None))
        or _described(sentence) is not None
        or _fronted_pronoun(sentence) is not None
        or _incumbent_described(sentence, previous) is not None
    )


def _pro_drop(sentence: str, m: re.Match[str] | None) -> bool:
    """Whether the sentence opens with a Spanish or Portuguese result verb followed by its figure: no subject."""
    return (
        bool(m)
        and m.group(1)[0].isupper()
        and fold_text(m.group(1)) in _PRO_DROP
        and bool(_FIGURE_NEXT.match(fold_text(sentence), m.end()))
    )


# A subject pronoun after a fronted phrase and its comma ("With 95% counted, she had 52.1%", "Con el 90 % escrutado,
# él sumaba", "Com todas as urnas apuradas, ele somou"): the phrase holds no name but a body's, and the pronoun is
# followed by its verb (a lowercase word).
_FRONTED_PRONOUN = re.compile(rf",\s+({'|'.join(p.lower() for p in W.SUBJECT_PRONOUNS.split())})\s+[a-z]")


def _fronted_pronoun(sentence: str) -> tuple[int, int] | None:
    """Where the pronoun standing for the subject after a fronted phrase is, or None."""
    if not _FRONTED.match(sentence):
        return None
    m = _FRONTED_PRONOUN.search(sentence)
    if m is None or ";" in sentence[: m.start()]:
        return None
    return m.start(1), m.end() - 1  # up to its verb, as a description's span


# A dropped subject after a fronted phrase: its comma, then a Spanish or Portuguese result verb and its figure ("Con el
# 98,29% de los votos contados, obtenía el 54,03%", "Com todas as urnas apuradas, somou 61%").
_FRONTED_COMMA = re.compile(r",\s+([a-z]+)(?![\w-])")


def _fronted_drop(sentence: str) -> tuple[int, int] | None:
    """Where the subject a fronted phrase's verb dropped would stand (an empty span before the verb), or None."""
    folded = fold_text(sentence)
    if not _FRONTED.match(sentence) or (m := _FRONTED_COMMA.search(folded)) is None or ";" in folded[: m.start()]:
        return None
    if m.group(1) not in _PRO_DROP or not _FIGURE_NEXT.match(folded, m.end()):
        return None
    return m.start(1), m.start(1)


def carried_subject(previous: str, sentence: str, among: set[str] | None = None) -> tuple[str, int] | None:
    """The sentence with the previous sentence's one person put in as its subject, and how far that moved its
    text; None when the sentence names its subject or the previous sentence names no single person. With `among`
    only those names count as persons (the previous sentence's contestants: not the minister who read the count)."""
    m = _FIRST_WORD.match(sentence)
    if m is None or not m.group(1)[0].isupper():
        return None
    word = m.group(1)
    pronoun = word in _PRONOUNS
    described = None if pronoun else (_described(sentence) or _incumbent_described(sentence, previous))
    fronted = None if pronoun or described is not None else _fronted_pronoun(sentence) or _fronted_drop(sentence)
    if fronted is not None:  # "Com todas as urnas apuradas, ele somou": the name takes the pronoun's place
        described = fronted
    if not pronoun and described is None and fold_text(word) not in _VERBS:
        return None
    runs = [
        r
        for r in _runs(previous)
        if _person(r)
        and not _role_only(previous, r)
        and not _beaten(previous, r.start)
        and (among is None or r.text in among)
    ]
    if len({_last_word(r.text) for r in runs}) > 1:  # "X was re-elected, announced the commission's chair, Y": X
        runs = [r for r in runs if not officer(previous, r)] or runs
    persons = {_last_word(r.text): r.text for r in runs}
    pair = described is not None and any(
        fold_text(w) in _PAIR_WORDS for w in sentence[described[0] : described[1]].split()
    )
    if pair:  # "X and Y were declared the winners. The pair received 58.59%": the ticket, held by its head
        name = _ticket_head(previous)
        if name is None:
            return None
    elif len(persons) != 1:
        return None
    elif described is not None and _CONCEDED.search(fold_text(previous)) and _winner_named(sentence, described):
        return None  # "X conceded. The winner had 612,400 votes": the one named is not the winner
    else:
        name = next(iter(persons.values()))
    if described is not None:  # "The 68-year-old former barrister took": the description gives way to the name
        a, b = described
        lead = sentence[:a]
        if re.search(r"\w\s+$", lead):  # "Region-wide the former intendant": a comma, so the adverb joins no name
            lead = lead.rstrip() + ", "
        rewritten = f"{lead}{name} {sentence[b:]}"
        return rewritten, len(rewritten) - len(sentence)
    a, b = m.span(1)
    rest = sentence[b:] if pronoun else f" {word[0].lower()}{word[1:]}{sentence[b:]}"
    rewritten = f"{sentence[:a]}{name}{rest}"
    return rewritten, len(rewritten) - len(sentence)
