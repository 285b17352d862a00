"""A sentence opening with a list of nouns: the first noun is a subject, not someone called.

A vocative is a noun set before a comma and followed by what is said to it ("Robots, report that…", "Bots, atención:").
A list sets nouns before commas too: "Robots, drones and loudspeakers were banned near polling stations", "Robôs, drones
e alto-falantes foram proibidos…". What tells them apart is grammar: the list goes on with more nouns, closes with a
coordinator ("and", "y", "e", "or", "o", "ou"), its items are common nouns in lowercase (a name after the comma
may be what is said to the noun), and the whole is the subject of a third-person verb (an auxiliary or a
copula: "were", "are", "have", "fueron", "están", "foram", "são"). An order to the first noun never agrees with it in
the third person. `unlisted` drops the comma after the first noun of such a list, so the rules reading a vocative
(`carriers`, `software`, `machines`) see none, and an address later in the sentence is still read.

Cannot: a list closed by a verb outside the closed class below ("Robots, drones and loudspeakers stayed away").
"""

from __future__ import annotations

import re

_WORD = r"[^\W\d_][\w'’-]*"
_LOWER = r"[a-zà-ÿ][\w'’-]*"  # the items of a list of things: common nouns, never a name
# A third-person auxiliary or copula, singular or plural, en/es/pt (folded or not: accents are optional).
_AGREES = (
    r"(were|are|was|is|have|has|had|will|would|can|could|may|might|must|remain|remained|"
    r"fueron|fue|son|es|estan|están|estaban|han|habian|habían|seran|serán|quedaron|siguen|"
    r"foram|foi|sao|são|estao|estão|estavam|tem|têm|ficaram|serao|serão|seguem|continuam)"
)
_LIST = re.compile(
    rf"^(\W*{_WORD}),(?=\s+(?:{_LOWER}(?:\s+{_LOWER})?\s*,\s+)*{_LOWER}(?:\s+{_LOWER})?\s+(and|y|e|or|o|ou)\s+"
    rf"(?:{_LOWER}\s+){{1,4}}?{_AGREES}\b)"
)


def unlisted(sentence: str) -> str:
    """The sentence with the comma after an opening list's first noun made a space (same length); else unchanged."""
    return _LIST.sub(lambda m: m.group(1) + " ", sentence, count=1)
