"""Briefings as Telegram HTML: every outside string escaped, sources as links, messages split under the
4,096-character limit at paragraph boundaries, never inside a tag or a source entry."""

from __future__ import annotations

import re
from html import escape

from bot.briefing import FALLBACK
from bot.i18n import t
from bot.models import Briefing, Citation

LIMIT = 4096
SAFE_LIMIT = 4000  # headroom: Telegram counts after entity parsing, we count before


def _source_line(c: Citation, language: str = "en") -> str:
    title = escape(c.title or c.source or t(language, "Untitled"))
    link = f'<a href="{escape(c.url, quote=True)}">{title}</a>' if c.url.startswith(("http://", "https://")) else title
    details = ", ".join(escape(x) for x in (c.source, c.published_at or "") if x)
    also = " " + t(language, "(also: {sources})", sources=escape(", ".join(c.extra_sources))) if c.extra_sources else ""
    demo = " <i>" + t(language, "(demo corpus)") + "</i>" if c.demo else ""
    return f"[{c.n}] {link}" + (f" — {details}" if details else "") + also + demo


LLM_LINE = "Written by the language model from the sources below; every sentence was checked against them."
EXTRACTIVE_LINE = "Extractive mode: composed from the sources' own sentences (no language model)."


def writer_line(briefing: Briefing) -> str | None:
    """The writer footer, only when it tells the reader something: an LLM-written answer, or an extractive one
    that stood in for the LLM (the briefing's notice says why). Never on refusals and abstentions."""
    if not briefing.citations or not briefing.sentences:
        return None
    if briefing.writer == "llm":
        return "<i>" + t(briefing.language, LLM_LINE) + "</i>"
    if briefing.notice and t(briefing.language, FALLBACK) in briefing.notice:
        return "<i>" + t(briefing.language, EXTRACTIVE_LINE) + "</i>"
    return None


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
        label = t(briefing.language, "Sources")
        blocks.append(f"<b>{label}</b>\n" + "\n".join(_source_line(c, briefing.language) for c in sources))
    footer = writer_line(briefing)
    if footer:
        blocks.append(footer)
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
