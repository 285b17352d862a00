"""Shared by the citation-check tests: whether the check keeps one sentence citing the given sources, and whether
the sentences a text inserted into an article is cut into are no evidence (`bot.untrusted`)."""

from __future__ import annotations

from bot.citations import check_drafts
from bot.models import Citation, DraftSentence
from bot.untrusted import sentences, untrusted


def kept(sentence: str, *sources: str) -> bool:
    """Whether `sentence` (with its own [n] markers) survives the check against `sources`, cited as [1], [2]…"""
    citations = [
        Citation(n=n, article_id=f"a{n}", title="", url="", source="test", published_at=None, quote=text)
        for n, text in enumerate(sources, start=1)
    ]
    return bool(check_drafts([DraftSentence(text=sentence, citations=[])], citations).sentences)


def kept_citing_all(sentence: str, *sources: str) -> bool:
    """Whether `sentence` (no [n] markers of its own) survives the check when it cites every one of `sources`."""
    citations = [
        Citation(n=n, article_id=f"a{n}", title="", url="", source="test", published_at=None, quote=text)
        for n, text in enumerate(sources, start=1)
    ]
    drafts = [DraftSentence(text=sentence, citations=list(range(1, len(sources) + 1)))]
    return bool(check_drafts(drafts, citations).sentences)


def distrusted(article: str, sentence: str) -> bool:
    """Whether every sentence that `sentence`, put into `article` at its {}, is cut into is no evidence there."""
    parts = sentences(article.format(sentence))
    inside = [i for i, p in enumerate(parts) if p in sentence or sentence in p]
    assert inside, parts
    return all(i in untrusted(parts) for i in inside)
