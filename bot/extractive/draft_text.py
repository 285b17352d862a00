"""Small tools on source sentences that every part of the extractive writer shares: a sentence cited
("… 42% [1]."), its figures, whether two read alike or one reads badly alone, whether one states a result or a
count other than a row's, and the reports and places of the resolved election a sentence must belong to.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from bot.models import DraftSentence
from bot.writers import WriteRequest
from retrieval.facts import extract_results
from retrieval.places import find_places, normalize
from retrieval.resolve import Resolution, agree, surname
from retrieval.results import ResultRow

FIGURE = re.compile(r"\d+(?:[.,]\d+)?")


def _end(sentence: str) -> str:
    """Drop the final full stop so the citation sits inside the sentence: "… 42% [1]."."""
    sentence = sentence.strip()
    return sentence[:-1] if sentence.endswith(".") else sentence


def cited_sentence(text: str, ns: list[int], quotes: list[str]) -> DraftSentence:
    marks = "".join(f"[{n}]" for n in dict.fromkeys(ns))
    return DraftSentence(text=f"{_end(text)} {marks}.", citations=list(dict.fromkeys(ns)), quotes=quotes)


def figures_of(sentence: str) -> frozenset[str]:
    return frozenset(m.replace(",", ".") for m in FIGURE.findall(sentence))


def similar(a: str, b: str) -> bool:
    x, y = set(a.split()), set(b.split())
    return bool(x and y) and len(x & y) / min(len(x), len(y)) > 0.7


def quotation_balanced(sentence: str) -> bool:
    """A sentence cut out of a longer quotation reads badly on its own: skip it."""
    return sentence.count('"') % 2 == 0 and sentence.count("“") == sentence.count("”") and "[…]" not in sentence


@lru_cache(maxsize=16_384)  # pure; an ask reads each sentence of each cited passage, popular passages often
def states_result(sentence: str) -> bool:
    if not re.search(r"\d", sentence):
        return False
    return any(r.contestants for r in extract_results(sentence))


def other_count(sentence: str, row: ResultRow) -> bool:
    """Whether a sentence states a count other than `row`'s: another round's, or a contestant of `row` given
    another figure by the same measure (an earlier election's, a region's)."""
    for result in extract_results(sentence):
        if result.round and row.round and result.round != row.round:
            return True
        for c in result.contestants:
            for mine in row.contestants:
                if surname(mine.name) != surname(c.name):
                    continue
                for field in ("share", "votes", "seats"):
                    theirs, ours = getattr(c, field), getattr(mine, field)
                    if theirs and ours and not agree(theirs, ours):
                        return True
    return False


def resolved_articles(resolution: Resolution | None) -> set[str]:
    """The reports of the resolved election."""
    return {r.article_id for r in resolution.election.rows} if resolution and resolution.election else set()


def other_result(resolution: Resolution | None) -> Callable[[str], bool]:
    """Whether a sentence states a result that is not one of the resolved election's rows."""
    own = {normalize(r.sentence) for r in resolution.election.rows} if resolution and resolution.election else set()
    return lambda sentence: normalize(sentence) not in own and states_result(sentence)


def asked_places(request: WriteRequest) -> set[str]:
    """The places a question is about: a sentence mainly about another one answers nothing of it."""
    return set(find_places(request.question)) | ({request.place} if request.place else set())
