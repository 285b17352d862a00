"""A verb the span states the opposite of, on the same object: "The court accepted the appeal" of "the court
rejected the appeal", "All commissioners endorsed the result" of "four commissioners disowned the result", "Dutton
held on to his seat" of "Dutton lost his own seat", "aceitou o recurso" of "rejeitou o recurso". No negation word
is there to see (`polarity`), and every name and figure is in the span.

A drafted verb of a pair (data: `_PAIRS`, word beginnings, en/es/pt) followed within four words by an object (its
first content word; none past a figure: "held 40 seats" is a count, not a seat kept) fails when the cited passages
put the other verb of the pair before the same object and never the drafted one; a verb the passage negates is the
other ("refused to accept the result" rejects it). A drafted sentence with a negation of its own is left alone ("did
not accept the appeal" is the span's "rejected the appeal"). A verb with a subject named before it in its clause is
compared only with the passage's verbs of the same subject, or of none ("Stone lost her seat" and "Reyes held his").

Cannot: see an opposite said by other words than a verb and its object ("the appeal failed"), nor an object of
other words ("the ruling" for "the result").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.citations.names import Name, names_in
from bot.citations.text import fold_same

if TYPE_CHECKING:
    from bot.citations.claims import _Claims
    from bot.citations.verifiers.facts import Facts

# Each pair: the beginnings of the words of one side, those of the other (folded).
_PAIRS: tuple[tuple[frozenset[str], frozenset[str]], ...] = tuple(
    (frozenset(a.split()), frozenset(b.split()))
    for a, b in (
        # accepting and rejecting: an appeal, a result, a defeat, an offer
        ("accep acept aceit", "rejec recha rejei refus recus"),
        # endorsing a result and disowning it
        ("endors backed respald", "disown repudi"),
        # approving and rejecting: a measure, a constitution
        ("approv aprob aprov", "rejec recha rejei"),
        # keeping a seat or an office and losing it
        ("held hold kept keep retain conserv mantuv manten manteve retuv", "lost lose losing perdi perde"),
        # upholding a ruling or a result and overturning it
        ("upheld uphold confirm ratif", "overturn annul anul revoc revers"),
    )
)
_NEGATION = re.compile(
    r"\b(not|n't|never|no|nunca|jamas|nao|sem|without|sin|nor|ni|nem|neither|ninguno|nenhum|none|nobody)\b"
)
# A negation just before a verb turns it to the other side ("refused to accept", "no aceptó", "não aceitou").
_NEGATED_BEFORE = re.compile(
    r"\b(not|n't|never|no|nunca|nao|refused to|declined to|failed to|se nego a|se negaron a|recusou-se a|se recusou a)"
    r"(\s+\w+)?\s+$"
)
# Words that are never the object: articles, possessives, prepositions and particles ("held on to his seat").
_FILLER = frozenset(
    """the a an his her its their own on to of in at up onto el la los las lo su sus de del en al propio propia o
    as os seu sua seus suas proprio propria do da dos das no na nos nas ao um uma un una new nueva nuevo nova
    novo""".split()
)
_WORD = re.compile(r"[a-z][a-z'-]*")


def reversed_verb(claims: _Claims, facts: Facts) -> str | None:
    """Why the span states the opposite of the sentence's verb on its object, or None."""
    folded = fold_same(claims.body)
    if _NEGATION.search(folded):
        return None
    mine = _acts(folded, claims.names)
    if not mine:
        return None
    theirs = [
        act
        for text in {id(s.source): s.source.masked for s in facts.spans}.values()
        for act in _acts(fold_same(text), names_in(text))
    ]
    for side, other, obj, verb, who in mine:
        same = [t for t in theirs if t[2] == obj and not (who and t[4] and not who & t[4])]
        if any(t[0] == side for t in same):
            continue  # the passage also says it the drafted way
        for t in same:
            if t[0] == other:
                return f"its evidence says “{t[3]} … {obj}”, the opposite of “{verb}”"
    return None


def _acts(folded: str, names: list[Name]) -> list[tuple[int, int, str, str, frozenset[str]]]:
    """(side, other side, object, verb, subject's words) for each verb of a pair in the text followed by an object;
    the subject is the last person or party named before the verb in its clause (none: empty)."""
    words = list(_WORD.finditer(folded))
    out = []
    for i, m in enumerate(words):
        w = m.group()
        for k, (a, b) in enumerate(_PAIRS):
            side = 0 if w.startswith(tuple(a)) else 1 if w.startswith(tuple(b)) else None
            if side is None:
                continue
            after = words[i + 1 : i + 5]
            obj = next((x for x in after if x.group() not in _FILLER and len(x.group()) >= 4), None)
            if obj is None or re.search(r"[\d.;:!?]", folded[m.end() : obj.start()]):
                continue
            before = [n for n in names if not n.place and n.end <= m.start()]
            who = frozenset()
            if before and not re.search(r"[.;!?]\s", folded[before[-1].end : m.start()]):
                who = frozenset(before[-1].words)
            if _NEGATED_BEFORE.search(folded[max(0, m.start() - 30) : m.start()]):
                side = 1 - side  # "refused to accept the result" is rejecting it
            out.append((2 * k + side, 2 * k + 1 - side, obj.group(), w, who))
    return out
