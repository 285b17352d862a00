"""A table set one item a line under a heading: "Key figures (seats of 120):" then "Rilindja 58", "PDR 19".

A line break ends a sentence, so each item is read alone: a name and a bare number, no figure at all, and the
heading's unit is in another sentence. Such a block is read as the one list it is, the items joined after the
heading ("Key figures (seats of 120): Rilindja 58; PDR 19; ..."), so `unit_list` puts the heading's unit after
each number. A bracketed note after an item's number ("Serb List 10 (reserved)") is left out of the reading.
"""

from __future__ import annotations

import re

# An item line: perhaps a bullet or its number in the list ("1)", "2)"), a name (no figure, no colon), perhaps a
# colon or dash, a number, perhaps its unit and a share after a comma ("63 seats, 38.15% of the vote.", kept),
# perhaps its share in brackets ("(4.91%)", kept) or a bracketed note (left out).
_ITEM_LINE = re.compile(
    r"\s*(?:[-•*–]\s*|\d{1,2}[.)]\s+)?([^\W\d_][^\n:;%\d]{0,60}?)(?:\s*[:—–-]\s*|\s+)(\d{1,3}(?:[.,]\d{3})*(?:[.,]\d{1,2})?)"
    r"((?:\s*%|\s+[a-zà-ÿ]+)?\s*,\s*\d{1,2}(?:[.,]\d{1,2})?\s*%(?:\s+[a-zà-ÿ]+){0,4}\.?)?"
    r"(\s*\(\d{1,2}(?:[.,]\d{1,2})?\s*%\))?\s*(?:\([^()\d]{0,30}\))?\s*"
)


def line_blocks(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(heading, last item, the block as one list sentence) for each heading line ending in a colon that two or
    more item lines follow, each on a line of its own."""
    blocks: list[tuple[int, int, str]] = []
    for h, (a, b) in enumerate(spans):
        if not text[a:b].rstrip().endswith(":") or "\n" not in text[b : b + 3]:
            continue
        items: list[str] = []
        for k in range(h + 1, len(spans)):
            ka, kb = spans[k]
            m = _ITEM_LINE.fullmatch(text, ka, kb)
            if m is None or "\n" not in text[spans[k - 1][1] : ka]:
                break
            items.append(f"{m.group(1)} {m.group(2)}{(m.group(3) or '').rstrip('.')}{m.group(4) or ''}")
        if len(items) >= 2:
            blocks.append((h, h + len(items), text[a:b].rstrip() + " " + "; ".join(items) + "."))
    return blocks
