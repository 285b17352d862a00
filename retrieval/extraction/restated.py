"""A sentence that restates the count of the sentence before as a share: "Okafor received 1,204,332 votes. That
was 51.3% of the valid vote", "Eso equivale al 51,3 % de los votos válidos", "Isso representa 51,3%", "Cela
représente 51,3 % des suffrages exprimés".

A demonstrative stands in the subject's place and a verb of equalling follows it, so read alone the share has no
holder. Read as the sentence before going on after a comma ("received 1,204,332 votes, 51.3% of the valid vote"),
as copy writes it in one sentence, the share is the same contestant's.
"""

from __future__ import annotations

import re

from retrieval.extraction.text import alternation, fold_text

# The demonstratives (folded) and the verbs of equalling after them: the closed classes of en/es/pt/fr.
_DEMONSTRATIVE = "that|this|eso|esto|ello|isso|isto|cela|ceci|ca|ce"
_EQUALS = alternation(
    """was, is, represents, represented, amounts to, amounted to, equals, equalled, equaled, equates to,
    equivale a, equivale al, equivalia a, equivalia al, representa, representaba, representaria, supone, supuso,
    significa, significo, equivale a, equivalia a, representa, representava, representou, corresponde a,
    corresponde al, correspondia a, represente, representait, correspond a, correspondait a, equivaut a,
    equivalait a, est""".replace("\n", " ").split(", ")
)
# What follows the verb is a share of the vote, maybe after an article or a hedge: not "a margin of 0.8 points".
_SHARE_NEXT = (
    r"(?=(?:(?:the|el|al|la|o|a|ao|de|del|do|du|about|around|some|nearly|almost|roughly|just|over|under|cerca|casi|"
    r"quase|aproximadamente|environ|pres)\s+){0,3}\d[\d.,]*\s*(?:%|per\s*cent|percent|por\s+ciento|por\s+cento|"
    r"pour\s+cent))"
)
_RESTATES = re.compile(rf"[\"“'‘(\s]*(?:{_DEMONSTRATIVE})\s+(?:{_EQUALS})\s+{_SHARE_NEXT}")


def restated(previous: str, sentence: str) -> str | None:
    """The sentence before going on with this one's figures after a comma, or None when this one is no
    restatement."""
    m = _RESTATES.match(fold_text(sentence))
    if m is None:
        return None
    return f"{previous.rstrip().rstrip('.;')}, {sentence[m.end() :]}"
