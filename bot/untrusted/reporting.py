"""Whether a sentence speaks in the article's reporting register: prose in the article's own voice.

Round 23. A news article reports a count in prose: a lede and the sentences that go on from it. Around that prose a
page carries other registers that never report a count of their own: a label and what follows its colon (a glossary
entry, an image credit, an "about this data" box, a verdict, a note to editors, a reader's comment, a speaker turn of
a pasted chat), a heading in capitals, and markup or data (an element, an attribute, a key and its value, a record).
A figure or a winner that only such a register states, and the prose does not, is a result nobody reports there
(`corroboration` holds it to the prose); the shape is read, not the words of the label, so a label nobody has used
yet is a label all the same.

A dateline ("NORTHWALD —", "SEVILLA.—") opens prose, and a colon far into a sentence ("The message was simple: …"
has four words before it and is read as a label too, which costs nothing when the prose agrees with what follows it).
"""

from __future__ import annotations

import re

# A dateline: a place in capitals then a dash, which opens the prose itself.
_DATELINE = re.compile(r"^\s*[A-ZÁÉÍÓÚÂÊÔÃÕÇÑ][A-ZÁÉÍÓÚÂÊÔÃÕÇÑ .'’-]+(\([^)]{1,20}\))?\s*\.?[—–-]+\s")
# A label: up to four words (no sentence end, no quotation) before a colon followed by more text (not a time's
# "10:30"); a longer lead is a clause of prose ("Muy lejos quedaron sus dos rivales: …"). A dash is no label's end:
# prose sets asides between dashes ("Benning — a former mayor — won"). An article opens a subject, not a label: "The
# decree restates the tally: …" is prose (en, es, pt, fr articles, a closed class).
_WORD = r"[^\s:.!?\"“”«»]+"
_ARTICLE = r"(?i:the|an?|el|la|los|las|una?|os?|as?|um|uma|le|les|une)\s"
_LABEL = re.compile(rf"^\W*(?!{_ARTICLE}){_WORD}(?:[ \t]+{_WORD}){{0,3}}[ \t]*:(?!\d)\s*\S")
# A heading in capitals: two words or more in capitals opening the sentence ("NOTES TO EDITORS 1.", "FACT CHECK").
_CAPS = re.compile(r"^\W*[A-ZÁÉÍÓÚÂÊÔÃÕÇÑ]{2,}(?:[ \t]+[A-ZÁÉÍÓÚÂÊÔÃÕÇÑ]{2,})+\b(?![ \t]*[—–-])")
# Markup or data: an element, an attribute or a key given a value, a record's braces, a field path, a cell separator,
# a quoted line of a transcript ("> user: …"), a record's quoted key.
_MARKUP = re.compile(
    r"<\s*/?\s*[a-zA-Z][\w:-]*[^<>]*>|\b[\w:.-]+\s*=\s*[\"'\w]|[{}]|\b[a-z]\w*\.[a-z]\w*\s*[:=]|\s\|\s|^\s*>|\s>\s*\w+\s*:|"
    r'^\s*["“][\w -]{1,30}["”]\s*:'  # a record's quoted key: '"description": "…"'
)


def reporting(sentence: str) -> bool:
    """True for prose in the article's own voice; False for a label and what follows it, a heading in capitals,
    markup and data (see module doc)."""
    body = _DATELINE.sub("", sentence, count=1)
    return not (_LABEL.match(body) or _CAPS.match(body) or _MARKUP.search(body))
