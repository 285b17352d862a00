"""Whom a sentence makes the winner by a win word set right beside a name, in any register.

`corroboration` holds a result to the article's lede, but it reads who wins with the
citation check's clause reader, which reads a subject and its verb in running prose (en, es, pt). A plant does not need
a clause: "Winner: X", "KEY FACTS • Vencedor: X", "the mayor-elect of Y is X", "quem venceu foi X", "c'est X qui a
gagné", an answer after "Who won the race?" and any French win state a winner as plainly, and the article's
prose does not. What they share is structure, not words: a name and a win word (the maintained result tables
`W.WIN`, `W.WINNER_NOUNS`, `W.TAKES_OFFICE`, en/es/pt/fr) with nothing between them but the closed classes that link
a subject to its predicate or a title to whom it names (copulas, auxiliaries, articles, relatives, the particles and
capitalised words of an apposition such as "of the Harbour Party", and punctuation). A verb of its own between them
("X congratulated the winner", "Y defeated X") links nothing, and a win verb before a name names its object unless a
copula says the name is who won ("who won was X"). A question asking who won ("Who won…?", "¿Quién ganó…?", "Qui a
gagné… ?") makes the name opening the next sentence its answer.

It only reads; `corroboration` decides (a winner the lede contradicts, outside anything that moves it elsewhere).
Cannot: a win word the tables lack ("l'emporte", "is mayor"), a name the passage's name reader does not find.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from retrieval.extraction import words as W
from retrieval.extraction.text import phrases
from retrieval.lexical import fold


class _Named(Protocol):
    words: tuple[str, ...]
    start: int
    end: int
    place: bool


def _alternation(phrases: list[str]) -> str:
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(set(phrases), key=len, reverse=True))


_VERBS = _alternation([fold(p).replace("’", "'") for p in phrases(W.WIN)])
_TITLES = _alternation([fold(p) for p in phrases(W.WINNER_NOUNS) + phrases(W.TAKES_OFFICE)])
_VERB = re.compile(rf"(?<![\w'])({_VERBS})(?![\w'])")
_TITLE = re.compile(rf"(?<![\w'])({_TITLES})(?![\w'])")
_NOT_WIN = re.compile(rf"(?<![\w'])({_alternation([fold(p).replace('’', chr(39)) for p in phrases(W.NOT_WIN)])})")

# What may stand between a name and its win word: copulas and auxiliaries, articles, relatives, the particles of an
# apposition (en/es/pt/fr closed classes), folded; a capitalised word (a party or place in apposition) is read apart.
_LINK = frozenset(
    """is was has have had will be been the a an of who that whom es fue era sera ha han el la los las lo del de que
    quien quienes quem e foi era sera tem o os as do da dos das um uma est etait a ete c ce qui l le les du des un une
    as como comme""".split()
)
# A copula: after a win verb, it says the name that follows is who won ("who won was X", "quem venceu foi X").
_COPULA = frozenset("is was es fue era foi est etait c".split())
# A negation in the gap takes the win away ("X, and not Y, won" is read by `corroboration`'s own negation).
_NEGATIONS = frozenset("not no nao ni nem non pas never nunca jamais jamas".split())
# What a win verb wins when it is a count, not the race (en/es/pt/fr): "won eight seats", "won none", "obtuvo 12
# escaños", "remporte 40 sièges"; a digit or one of these within the words after the verb.
_COUNTED = frozenset(
    """seat seats none votes vote escanos escano bancas curules ninguno ninguna votos cadeiras assentos deputados
    mandatos nenhum nenhuma sieges siege voix suffrages aucun aucune deputes""".split()
)


def _counts_after(folded: str, end: int) -> bool:
    """Whether a count follows a win verb ending at `end` within four words: the verb wins seats, not the race."""
    return any(w in _COUNTED or any(c.isdigit() for c in w) for w in re.findall(r"\w+", folded[end:])[:4])


# A win verb whose object is nothing ("won none", "no ganó ninguno", "não conquistou nenhum", "n'en a remporté
# aucun"): a count of zero, no winner.
_NOTHING = re.compile(
    r"\b(won|wins|gano|gana|ganhou|conquistou|obtuvo|obteve|remporte|obtenu)\s+(none|nothing|"
    r"ninguno|ninguna|nada|nenhum|nenhuma|aucun|aucune)\b"
)


def wins_nothing(sentence: str) -> bool:
    """Whether a win verb in the sentence wins nothing ("won none"): whatever reads it as a win is wrong."""
    return bool(_NOTHING.search(fold(sentence)))


# A cleft: a copula right before the name ("c'est", "it was", "fue", "foi", "é"), a relative right after it.
_CLEFT = re.compile(r"(?<!\w)(c'est|c'etait|it (is|was)|es|fue|era|foi|e|est)\s+$")
_RELATIVE = re.compile(r"^\W*(qui|who|quien|que|quem)\b")


# A question asking who won: an interrogative pronoun and a win word (folded).
_WHO = re.compile(r"(?<!\w)(who|quien|quem|qui)(?!\w)")


def _gap_links(gap: str, raw_gap: str) -> tuple[bool, bool]:
    """Whether the text between a name and a win word links them (only linking words, capitalised words of an
    apposition and punctuation), and whether it holds a copula."""
    words = re.findall(r"[^\W\d_]+", gap)
    raw = re.findall(r"[^\W\d_]+", raw_gap)
    if len(words) != len(raw) or len(words) > 8:
        return False, False
    for w, r in zip(words, raw, strict=True):
        if w in _NEGATIONS:
            return False, False
        if w not in _LINK and not r[:1].isupper():
            return False, False
    return True, any(w in _COPULA for w in words)


def linked_winners(sentence: str, names: Sequence[_Named]) -> tuple[set[str], set[str]]:
    """The surnames (folded) of the people `sentence` makes winners by a win word linked to their name (see module
    doc): those a winner's title names, and those a win verb does (a verb's object may be another race: "won
    praise"). `names`: the sentence's names, offsets into `sentence`."""
    titled: set[str] = set()
    verbed: set[str] = set()
    if len(fold(sentence)) != len(sentence):
        return titled, verbed
    folded = fold(sentence).replace("’", "'")
    people = [n for n in names if not n.place and n.words]
    if not people:
        return titled, verbed
    negated = [(m.start(), m.end()) for m in _NOT_WIN.finditer(folded)]
    for rx, title in ((_TITLE, True), (_VERB, False)):
        out = titled if title else verbed
        for m in rx.finditer(folded):
            if any(a <= m.start() < b or m.start() <= a < m.end() for a, b in negated):
                continue
            if not title and _counts_after(folded, m.end()):  # "won eight seats": a count, not the race
                continue
            before = [n for n in people if n.end <= m.start()]
            after = [n for n in people if n.start >= m.end()]
            if before:  # "X won", "X, of the Harbour Party, is the winner", "c'est X qui a gagné"
                k = len(before) - 1
                if _gap_links(folded[before[k].end : m.start()], sentence[before[k].end : m.start()])[0]:
                    # an apposition before it ("X of the Harbour Party won"): the name that heads it
                    while (
                        k
                        and _gap_links(
                            folded[before[k - 1].end : before[k].start], sentence[before[k - 1].end : before[k].start]
                        )[0]
                    ):
                        k -= 1
                    # a cleft ("c'est X qui a gagné", "it was X who won", "fue X quien ganó", "foi X quem venceu")
                    # identifies the race's winner as a title does
                    cleft = _CLEFT.search(folded[: before[k].start]) and _RELATIVE.search(
                        folded[before[k].end : m.start()]
                    )
                    (titled if cleft else out).add(before[k].words[-1])
                    continue
            if after:  # "Winner: X", "the mayor-elect of Bristol is X", "who won was X"
                links, copula = _gap_links(folded[m.end() : after[0].start], sentence[m.end() : after[0].start])
                if not links:
                    continue
                k = 0  # a name in the title's complement ("of Bristol") is not whom a copula names after it
                while k + 1 < len(after):
                    more, is_ = _gap_links(
                        folded[after[k].end : after[k + 1].start], sentence[after[k].end : after[k + 1].start]
                    )
                    if not (more and is_):
                        break
                    k, copula = k + 1, True
                if title or copula:  # "who won was X" names the race's winner as a title does
                    titled.add(after[k].words[-1])
    return titled, verbed - titled


def asks_who_won(sentence: str) -> bool:
    """A question asking who won: "Who won the race?", "¿Quién ganó…?", "Quem venceu…?", "Qui a gagné… ?"."""
    if not sentence.rstrip().endswith("?"):
        return False
    folded = fold(sentence).replace("’", "'")
    return bool(_WHO.search(folded) and (_VERB.search(folded) or _TITLE.search(folded)))


def answer_name(sentence: str, names: Sequence[_Named]) -> set[str]:
    """The surname of the name opening `sentence`, as the answer to a question before it ("Tom Reddick, once the
    count was in."): a name with nothing but punctuation before it."""
    people = [n for n in names if not n.place and n.words]
    if people and not re.search(r"\w", sentence[: people[0].start]):
        return {people[0].words[-1]}
    return set()
