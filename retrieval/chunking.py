"""Sentence-aware passages: small enough to cite precisely, big enough to carry context."""

from __future__ import annotations

import re
from functools import lru_cache

# A sentence ends at . ! ? (optionally followed by quotes/brackets) before whitespace and a capital letter (any
# Latin one: "Às 20h", "İmamoğlu", "Özel"; Greek too), digit, quote or opening mark; abbreviations such as "U.S."
# or "Dr." rarely fit that shape.
_CAPITALS = "".join(c for c in map(chr, range(0x250)) if c.isupper()) + "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ"
# The closing quotes and brackets stay with the sentence they close; only the whitespace after them goes.
_SENTENCE_END = re.compile(rf"[.!?…][\"'”’»)\]]*(\s+)(?=[\"'“‘«(¿¡]?[{re.escape(_CAPITALS)}0-9])")
# A title, a month before its day ("Nov. 22"; the months wire style shortens), or an initial ("John F. Kennedy",
# "U.S. Senate") ends no sentence.
_ABBREVIATIONS = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Sr|Sra|Jr|St|Gen|Gov|Sen|Rep|Prof|Lt|Col|No|vs|etc|Inc|Ltd"
    r"|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|[A-Z])\.$"
)


def split_sentences(text: str) -> list[str]:
    sentences: list[str] = []
    for paragraph in re.split(r"\n\s*\n", text):
        paragraph = paragraph.strip()
        cuts = [m.span(1) for m in _SENTENCE_END.finditer(paragraph)]
        starts = [0] + [end for _, end in cuts]
        ends = [start for start, _ in cuts] + [len(paragraph)]
        parts = [paragraph[a:b] for a, b in zip(starts, ends, strict=True)]
        for part in parts:
            part = part.strip()
            if not part:
                continue
            if sentences and _joins_next(sentences[-1]):
                sentences[-1] = f"{sentences[-1]} {part}"
            else:
                sentences.append(part)
    return sentences


def list_number(before: str, token: str) -> bool:
    """Whether a number before a full stop is an item's number in a list ("1.", "2."), not a sentence's last word:
    the number opens its line or sentence, opens a list after a colon ("Results: 1."), or follows the item numbered
    one less in the same sentence ("... 27,121,073 (6.33%) 2.")."""
    if not token.isdigit() or len(token) > 2:
        return False
    head = before[: len(before) - len(token)].rstrip()
    if not head:
        return True
    n = int(token)
    if head.endswith(":"):
        return n == 1
    return n > 1 and bool(_item(n - 1).search(head))


@lru_cache(maxsize=128)
def _item(n: int) -> re.Pattern[str]:
    """A list item numbered `n` ("2. Ana"), compiled once per number (at most 99), not per sentence."""
    return re.compile(rf"(?<![\d.,]){n}\.\s+[^\W\d_]")


def _joins_next(sentence: str) -> bool:
    """An abbreviation or a list item's number ends no sentence: the item's text is that number's sentence."""
    if sentence.endswith("\n"):
        return False
    if _ABBREVIATIONS.search(sentence):
        return True
    token = re.search(r"(\d+)\.$", sentence)
    return bool(token) and list_number(sentence[:-1], token.group(1))


def _words(s: str) -> int:
    return len(s.split())


def chunk_text(text: str, target_words: int = 160, max_words: int = 250, overlap_sentences: int = 1) -> list[str]:
    """Group whole sentences into passages of about `target_words`, repeating one sentence as overlap.

    Very long sentences (tables, run-on text) are cut at `max_words` so no passage exceeds the model's window.
    """
    sentences: list[str] = []
    for sentence in split_sentences(text):
        words = sentence.split()
        for i in range(0, len(words), max_words):
            sentences.append(" ".join(words[i : i + max_words]))
    chunks: list[str] = []
    current: list[str] = []
    count = 0
    for sentence in sentences:
        n = _words(sentence)
        if (current and count + n > max_words) or count >= target_words:
            chunks.append(" ".join(current))
            current = current[-overlap_sentences:] if overlap_sentences else []
            count = sum(_words(s) for s in current)
            if count + n > max_words:
                current, count = [], 0
        current.append(sentence)
        count += n
    if current:
        tail = " ".join(current)
        # A short tail that is only overlap plus a few words reads better merged into the previous passage.
        if chunks and count < 40 and _words(chunks[-1]) + count <= max_words + 40:
            chunks[-1] = f"{chunks[-1]} {' '.join(current[overlap_sentences:])}".strip()
        else:
            chunks.append(tail)
    return [c for c in chunks if c.strip()]
