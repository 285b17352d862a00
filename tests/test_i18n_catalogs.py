"""The message catalogs: read from the `.po` sources themselves (no compiled `.mo` to fall out of date), every
language translating the same messages with the same placeholders, so a reply is never half in English."""

from __future__ import annotations

import string

import pytest
from babel.messages.pofile import read_po

from bot.i18n import LANGUAGES, LOCALE_DIR, language_of, t

_FIELDS = string.Formatter()


def _entries(language: str) -> dict[str, str]:
    with (LOCALE_DIR / language / "LC_MESSAGES" / "briefbot.po").open("rb") as handle:
        catalog = read_po(handle, locale=language)
    return {str(m.id): str(m.string) for m in catalog if m.id}


def _placeholders(text: str) -> set[str]:
    return {field for _, field, _, _ in _FIELDS.parse(text) if field}


@pytest.mark.parametrize("language", [lang for lang in LANGUAGES if lang != "en"])
def test_every_message_is_translated_with_its_placeholders(language: str) -> None:
    entries = _entries(language)
    assert entries
    for msgid, msgstr in entries.items():
        assert msgstr, f"{language}: {msgid!r} is not translated"
        assert _placeholders(msgstr) == _placeholders(msgid), f"{language}: placeholders of {msgid!r}"


def test_the_catalogs_translate_the_same_messages() -> None:
    assert set(_entries("es")) == set(_entries("pt"))


def test_a_message_is_filled_in_the_readers_language_and_english_is_the_key() -> None:
    message = "That is a margin of {margin} points, computed from the cited shares {a}% and {b}%"
    assert t("pt-BR", message, margin="4,8", a="52,4", b="47,6").startswith("É uma diferença de 4,8 pontos")
    assert t("es_419", message, margin="4,8", a="52,4", b="47,6").startswith("Es una diferencia de 4,8 puntos")
    assert t(None, message, margin="4.8", a="52.4", b="47.6").startswith("That is a margin of 4.8 points")
    assert t("fr", "not in any catalog") == "not in any catalog"
    assert language_of("fr") == "en"
