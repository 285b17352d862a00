"""The reader's language for framing text: message catalogs in gettext `.po` files, read with Babel.

Framing text is everything the bot writes itself (notices, abstentions, computed-margin sentences, labels);
sentences quoted from sources stay in their own language. English msgids are the keys; a message missing
from a catalog falls back to English, so a half-translated catalog never breaks a reply.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path

from babel.messages.pofile import read_po

LANGUAGES = ("en", "es", "pt")
LOCALE_DIR = Path(__file__).resolve().parent / "locale"


@cache
def _catalog(language: str) -> dict[str, str]:
    path = LOCALE_DIR / language / "LC_MESSAGES" / "briefbot.po"
    if not path.is_file():
        return {}
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=language)
    return {str(m.id): str(m.string) for m in catalog if m.id and m.string}


def language_of(code: str | None) -> str:
    """One of LANGUAGES from a language code ("pt-BR", "es_419", None)."""
    base = (code or "en").replace("_", "-").split("-")[0].lower()
    return base if base in LANGUAGES else "en"


def t(language: str | None, message: str, **values: object) -> str:
    """`message` in the reader's language, with `{name}` placeholders filled in."""
    text = _catalog(language_of(language)).get(message, message) if language_of(language) != "en" else message
    return text.format(**values) if values else text


@cache
def framing_words() -> frozenset[str]:
    """Every word the bot's own framing text uses, accents and case folded, placeholders aside: the first
    word of a sentence the bot composed ("Sources differ...", "Es una diferencia...") is never a name."""
    texts = [text for lang in LANGUAGES for item in _catalog(lang).items() for text in item]  # msgids: English
    words = set()
    for text in texts:
        plain = unicodedata.normalize("NFKD", re.sub(r"\{[^}]*\}", " ", text))
        plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
        # Lowercase words, and a sentence's first word; never a capitalised word inside one ("/brief Chile").
        for m in re.finditer(r"(^|[.:!?]\s+)?\b([A-Za-z]+)", plain):
            if m.group(2)[0].islower() or m.group(1) is not None:
                words.add(m.group(2).lower())
    return frozenset(words)
