"""Briefings as Telegram HTML: every outside string escaped, sources as links, messages split under the
4,096-character limit at paragraph boundaries, never inside a tag or a source entry."""

from __future__ import annotations

import re
from html import escape

from bot.models import Briefing, Citation

LIMIT = 4096
SAFE_LIMIT = 4000  # headroom: Telegram counts after entity parsing, we count before


def _source_line(c: Citation) -> str:
    title = escape(c.title or c.source or "Untitled")
    link = f'<a href="{escape(c.url, quote=True)}">{title}</a>' if c.url.startswith(("http://", "https://")) else title
    details = ", ".join(escape(x) for x in (c.source, c.published_at or "") if x)
    also = f" (also: {escape(', '.join(c.extra_sources))})" if c.extra_sources else ""
    return f"[{c.n}] {link}" + (f" — {details}" if details else "") + also


def writer_line(briefing: Briefing) -> str:
    if briefing.writer == "llm":
        return "<i>Written by the language model from the sources below; every sentence was checked against them.</i>"
    return "<i>Extractive mode: composed from the sources' own sentences (no language model).</i>"


def render_briefing(briefing: Briefing, *, title: str | None = None) -> list[str]:
    blocks: list[str] = []
    if title:
        blocks.append(f"<b>{escape(title)}</b>")
    if briefing.notice:
        blocks.append(f"<i>{escape(briefing.notice)}</i>")
    blocks.append(escape(briefing.answer))
    used = {int(n) for n in re.findall(r"\[(\d+)\]", briefing.answer)}
    sources = [c for c in briefing.citations if c.n in used]
    if sources:
        blocks.append("<b>Sources</b>\n" + "\n".join(_source_line(c) for c in sources))
    blocks.append(writer_line(briefing))
    return split_blocks(blocks)


def split_blocks(blocks: list[str], limit: int = SAFE_LIMIT) -> list[str]:
    """Pack paragraphs into messages; a paragraph too long on its own is cut at line, then word, boundaries.

    Blocks are whole HTML paragraphs (tags opened and closed inside), so cutting between them never breaks a
    tag; the source list is cut between its lines, never inside an entry.
    """
    pieces: list[str] = []
    for block in blocks:
        if len(block) <= limit:
            pieces.append(block)
            continue
        for line in block.split("\n"):
            pieces.extend(_cut_words(line, limit) if len(line) > limit else [line])
    messages: list[str] = []
    current = ""
    for piece in pieces:
        candidate = f"{current}\n\n{piece}" if current else piece
        if len(candidate) <= limit:
            current = candidate
            continue
        if current:
            messages.append(current)
        current = piece
    if current:
        messages.append(current)
    return messages


def _cut_words(text: str, limit: int) -> list[str]:
    """Plain escaped text only (an answer paragraph): cut at spaces, never inside an &entity;."""
    out, current = [], ""
    for word in text.split(" "):
        while len(word) > limit:  # a pathological unbroken run
            cut = word.rfind("&", 0, limit) if "&" in word[limit - 8 : limit] else limit
            out.append(word[: cut or limit])
            word = word[cut or limit :]
        candidate = f"{current} {word}" if current else word
        if len(candidate) > limit:
            out.append(current)
            current = word
        else:
            current = candidate
    if current:
        out.append(current)
    return out
