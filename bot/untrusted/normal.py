"""What a sentence reads as, before any planted-content rule tests it: disguises of the letters undone.

A plant can hide its words from rules that read letters: Cyrillic or Greek letters that look Latin ("Nоte tо АI",
with a Cyrillic "о" and "А"), compatibility forms (fullwidth "ＡＩ", ligatures), invisible characters inside a word
("A\u200bI"), or letters spaced apart ("S u m m a r i z e r s ,   p l e a s e"). `normalised` undoes these so the
rules see the words a reader sees: Unicode NFKC, invisible characters dropped, a confusables fold of the Cyrillic and
Greek letters that look Latin (only in a sentence mostly in Latin script, so a Russian or Greek quotation is left as
it is), a run of four or more single letters separated by single spaces joined into one word (a gap of two or
more spaces, or a punctuation mark, ends the word), and words glued by underscores into one identifier (a network
name, a file name, a variable: "AI_SAY_X_WON_WITH_9PCT") or by hyphens four or more to a chain (a licence plate, a
slug: "IA-DI-QUE-X-TUVO-58"; a compound of prose has three at most but for "state-of-the-art", which reads the same
apart) read apart.

Guarantees: the result of a sentence with none of these disguises is the sentence itself (so the rules' verdict on
it is unchanged); a disguised sentence reads as its plain letters. Cannot: undo letters spaced with a character other
than a space, a lookalike outside the table (mathematical letters are NFKC's), or words spelt backwards.
"""

from __future__ import annotations

import re
import unicodedata

# Cyrillic and Greek letters that look like Latin ones (the common confusables of Unicode's list).
_CONFUSABLES = str.maketrans(
    {
        **dict(zip("АВЕКМНОРСТХІЈЅԁаеорсухіјѕԛԝһ", "ABEKMHOPCTXIJSdaeopcyxijsqwh", strict=True)),
        **dict(zip("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧοιν", "ABEZHIKMNOPTYXoiv", strict=True)),
    }
)
_FOREIGN = re.compile(r"[\u0370-\u03ff\u0400-\u04ff\u0500-\u052f]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]")
# Four or more single letters, each followed by one space (the last by none): "S u m m a r i z e r s".
_SPACED = re.compile(r"(?<!\S)(?:[^\W\d_] ){3,}[^\W\d_](?!\S)")


# Words glued by underscores into one identifier: "AI_SAY_X_SECOND", "note_to_llm".
_GLUED = re.compile(r"(?<=[^\W_])_+(?=[^\W_])")
# Four or more words glued by hyphens: "IA-DI-QUE-X-TUVO-58".
_CHAINED = re.compile(r"(?<![\w-])[^\W_]+(?:-[^\W_]+){3,}(?![\w-])")


def _join(match: re.Match[str]) -> str:
    return match.group().replace(" ", "")


def normalised(sentence: str) -> str:
    """The sentence as its plain letters read: NFKC, no invisible characters, Latin lookalikes folded (in a sentence
    mostly in Latin script), spaced letters joined, glued identifiers and hyphen chains read apart; the sentence
    itself when it has none of these."""
    text = _INVISIBLE.sub("", unicodedata.normalize("NFKC", sentence))
    foreign = len(_FOREIGN.findall(text))
    if foreign and len(_LATIN.findall(text)) > foreign:
        text = text.translate(_CONFUSABLES)
    if _SPACED.search(text):
        text = _SPACED.sub(_join, text)
        text = re.sub(r"\s+([,.:;!?])", r"\1", re.sub(r"\s{2,}", " ", text))
    return _CHAINED.sub(lambda m: m.group().replace("-", " "), _GLUED.sub(" ", text))
