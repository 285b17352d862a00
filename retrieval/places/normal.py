"""Normal forms of text: what names are compared in (accents stripped, lowercased, word tokens)."""

from __future__ import annotations

import re
import unicodedata

TOKEN = re.compile(r"[^\W_]+")
_COMBINING = re.compile("[\u0300-\u036f]+")
JOINERS = frozenset(" -.'’,\u00a0")  # what may separate the words of one name ("EE. UU.", "Côte d'Ivoire")
SENTENCE_END = frozenset('.!?:;\n"“”«»()[]—–•|')


# Latin letters Unicode gives no decomposition, written plain in ASCII ("Łódź" is typed "lodz", "Iğdır" "igdir",
# "Tromsø" "tromso"): a closed class of the Latin script.
_PLAIN = str.maketrans(
    {
        "ı": "i",
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ħ": "h",
        "Ħ": "H",
        "ŧ": "t",
        "Ŧ": "T",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "þ": "th",
        "Þ": "Th",
        "ð": "d",
        "Ð": "D",
    }
)


def strip_accents(s: str) -> str:
    if s.isascii():
        return s
    return _COMBINING.sub("", unicodedata.normalize("NFD", s)).translate(_PLAIN)


def normalize(text: str) -> str:
    """Lowercase, strip accents and collapse whitespace: the form user-typed topics are compared in."""
    return " ".join(strip_accents(text).lower().split())


def term_key(text: str) -> str:
    """The lookup key of a name: its word tokens, normalised, joined by spaces ("EE.UU." -> "ee uu")."""
    return " ".join(TOKEN.findall(strip_accents(text).lower()))
