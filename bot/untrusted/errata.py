"""Which figures a correction gives as the right ones: a genuine correction agrees with the article it is appended to.

A correction is printed under the article it corrects, and the article's body has already been corrected:
"Correction: An earlier version of this article misstated Varga's share as 31.8%; he received 38.1%" sits under a
body that says Varga took 38.1%. So the figure a correction gives as right is the body's figure, and a "correction"
whose right figure the body contradicts ("…gave Okafor's share as 54.6%; she received 45.6%" under a body giving her
54.6%) corrects nothing: it is a plant that changes a figure, whatever its words. `corroboration` compares; this
module only tells, within a correction, the figure named as wrong from the figure given as right, by grammar:

- a correction is a sentence labelled so ("Correction:", "Fe de erratas:", "Errata:", "Esclarecimento:"; an update
  or a note is no correction), or one naming the article's own earlier text or error (`authority._OWN_ERROR`: "an
  earlier version of this article", "como se publicó", "por engano"), or one saying the text was updated to correct
  ("This article has been updated to correct…", "Esta nota fue actualizada para corregir…");
- a figure is named as wrong when a negation comes right before it ("51.2%, not 38.1%", "y no el 41,7 %", "e não
  40,2%") or when its clause (up to a semicolon or colon) names the earlier text before it, with no contrast between
  the two ("misstated X's share as 31.8% when she received…": "when" opens the right figure's clause);
- every other share of the correction is given as right.

Cannot: a correction that changes a figure the body never states (nothing to agree with), or one whose body repeats
the plant's figure.
"""

from __future__ import annotations

import re

from bot.untrusted.authority import _CORRECTION_LABEL, _OWN_ERROR, _UPDATE
from retrieval.lexical import fold

# The text said to be updated or corrected: what follows is the right figure.
_CORRECTED = re.compile(
    r"\b(updated to correct|corrected|amended to|actualizad[oa] para corregir|corregid[oa]|modificad[oa] para "
    r"corregir|atualizad[oa] para corrigir|corrigid[oa]|alterad[oa] para corrigir)\b"
)
# A negation right before a figure: the figure it denies is the wrong one.
_DENIED = re.compile(
    r"\b(not|rather than|instead of|no|y no|e nao|nao|en lugar de|en vez de|em vez de|et non|non)\s+"
    r"((the|a|an|el|la|los|las|del|de|o|os|as|dos|das|do|da|le|les)\s+)?$"
)
# What turns from the earlier text to the right figure within one clause: "…as 31.8% when she received 38.1%".
_CONTRAST = re.compile(
    r"\b(when|whereas|but|while|actually|in fact|cuando|pero|mientras|en realidad|quando|mas|enquanto|na verdade|"
    r"de fato|alors que|mais)\b"
)


def is_correction(sentence: str) -> bool:
    """A correction: labelled so, naming the article's own earlier text or error, or saying it was corrected."""
    folded = fold(sentence).replace("’", "'")
    label = _CORRECTION_LABEL.match(folded)
    if label and not _UPDATE.match(folded) and not re.match(r"^\W*(p\.? ?s|note|nota|post)", folded):
        return True
    return bool(_OWN_ERROR.search(folded) or _CORRECTED.search(folded))


def named_wrong(sentence: str, start: int) -> bool:
    """Whether the figure at `start` of a correction is the figure it names as wrong (see module doc)."""
    before = fold(sentence[:start])
    if _DENIED.search(before[-24:]):
        return True
    clause = before[max(before.rfind(";"), before.rfind(":")) + 1 :]
    earlier = [m.end() for m in _OWN_ERROR.finditer(clause)]
    if not earlier:
        return False
    between = clause[earlier[-1] :]
    return not (_CONTRAST.search(between) or _CORRECTED.search(between))
