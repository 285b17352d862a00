"""Quote verification: a sentence keeps only the quotes found verbatim (whitespace aside) in a passage it
cites, in the passage's own text; each dropped quote is a warning."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from bot.llm_writer.reply import normalise_space
from bot.models import Citation, DraftSentence


def _normalised_with_offsets(text: str) -> tuple[str, list[int]]:
    """Whitespace-collapsed text and, for each of its characters, the offset in the original."""
    chars: list[str] = []
    offsets: list[int] = []
    for match in re.finditer(r"\S+", text):
        if chars:
            chars.append(" ")
            offsets.append(match.start() - 1)
        chars.extend(match.group())
        offsets.extend(range(match.start(), match.end()))
    return "".join(chars), offsets


def find_quote(quote: str, passage: str) -> str | None:
    """The passage's own text of `quote` (whitespace-normalised match), or None when it is not verbatim."""
    wanted = normalise_space(html.unescape(quote)).strip("\"'“”")
    if not wanted:
        return None
    flat, offsets = _normalised_with_offsets(passage)
    at = flat.find(wanted)
    if at < 0:
        return None
    return passage[offsets[at] : offsets[at + len(wanted) - 1] + 1]


def verify_quotes(draft: DraftSentence, citations: Iterable[Citation], warnings: list[str]) -> DraftSentence:
    """Keep only quotes found verbatim in a passage the sentence cites; each dropped quote is a warning."""
    by_n = {c.n: c for c in citations}
    kept: list[str] = []
    for quote in draft.quotes:
        found = next(
            (q for n in draft.citations if n in by_n for q in [find_quote(quote, by_n[n].quote)] if q is not None),
            None,
        )
        if found is None:
            warnings.append(f"dropped a quote not found verbatim in the cited passage(s): {quote[:80]!r}")
        elif found not in kept:
            kept.append(found)
    return draft.model_copy(update={"quotes": kept})
