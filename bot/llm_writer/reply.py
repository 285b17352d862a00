"""Reading a model's reply, whole or as it streams, into draft sentences: a JSON object of sentences when the
endpoint honoured the format (each sentence object read as soon as its closing brace arrives), else prose
with [n] markers split into sentences."""

from __future__ import annotations

import json
import re
from typing import Any, Literal

from bot.models import DraftSentence

_MARKERS = re.compile(r"\[(\d{1,3})\]")
_TRAILING_MARKERS = re.compile(r"(?:\s*\[\d{1,3}\])+\s*$")
# A sentence ends at . ? ! (then closing quotes/brackets, then its [n] markers) before whitespace and a
# character that can start a sentence. The lookahead needs that character, so an unfinished stream never
# ends a sentence early (its markers may still be on the way).
_BOUNDARY = re.compile(
    r"(?<=[.!?…])[\"'”’»)]*(?:\s*\[\d{1,3}\])*(?=\s+[\"'“‘«(¿¡]?[A-ZÁÉÍÓÚÑÜ0-9])"  # end of a sentence
    r"|(?<=\S)(?=[ \t]*\n\s*\n\s*\S)"  # or of a paragraph (a heading, a line without a full stop)
)
_ABBREVIATION = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sr|Sra|Jr|St|Gen|Gov|Sen|Rep|Prof|Lt|Col|No|vs|etc|[A-Z])\.$")
_BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")


def normalise_space(text: str) -> str:
    return " ".join(text.split())


def _citations_of(text: str) -> list[int]:
    return list(dict.fromkeys(int(n) for n in _MARKERS.findall(text)))


def text_sentence(raw: str) -> DraftSentence | None:
    """A prose sentence with [n] markers: its citations come from the markers; it quotes nothing."""
    text = normalise_space(_BULLET.sub("", raw))
    if not text or not re.search(r"\w", _MARKERS.sub("", text)):
        return None
    return DraftSentence(text=text, citations=_citations_of(text), quotes=[])


def split_text(buffer: str, final: bool) -> tuple[list[str], str]:
    """Complete sentences of a prose reply and the rest; with `final`, the rest is a sentence too."""
    sentences: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(buffer):
        piece = buffer[start : match.end()]
        if _ABBREVIATION.search(piece) and not _MARKERS.search(piece[-8:]):
            continue  # "Dr. Ruano", "U.S. Senate": not an end
        sentences.append(piece)
        start = match.end()
    rest = buffer[start:]
    if final:
        sentences.append(rest)
        rest = ""
    return sentences, rest


def json_sentence(obj: Any) -> DraftSentence | None:
    """One element of the sentences array; citations and markers are made to agree both ways."""
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        return None
    text = normalise_space(_BULLET.sub("", obj["text"]))  # "1. Brandt won" numbers a list; the 1 is no claim
    if not text:
        return None
    cited = [n for n in obj.get("citations") or [] if isinstance(n, int) and not isinstance(n, bool)]
    quotes = [q for q in obj.get("quotes") or [] if isinstance(q, str) and q.strip()]
    in_text = _citations_of(text)
    missing = [n for n in cited if n not in in_text]
    if missing:  # the text must carry its markers: the answer string and the reader see them
        body = _TRAILING_MARKERS.sub("", text).rstrip()
        end = body[-1] if body and body[-1] in ".!?" else ""
        body = body[:-1].rstrip() if end else body
        trailing = [n for n in in_text if n not in _citations_of(body)]
        marks = "".join(f"[{n}]" for n in dict.fromkeys([*trailing, *missing]))
        text = f"{body} {marks}{end}"
    citations = list(dict.fromkeys([*cited, *in_text]))
    return DraftSentence(text=text, citations=citations, quotes=quotes)


class JSONScanner:
    """Finds each complete object of an array in streamed JSON, as soon as its closing brace arrives.

    Why not re-parse the buffer: a grammar-constrained reply is valid JSON only at its very end (or never, when
    max_tokens cuts it), while each sentence object is complete long before. Only objects whose parent is an
    array are returned (the sentence objects of `{"sentences": [...]}`, or of a bare array).
    """

    def __init__(self) -> None:
        self.buffer = ""
        self.pos = 0
        self.stack: list[str] = []
        self.in_string = False
        self.escape = False
        self.starts: list[int] = []

    def feed(self, text: str) -> list[Any]:
        self.buffer += text
        found: list[Any] = []
        for i in range(self.pos, len(self.buffer)):
            ch = self.buffer[i]
            if self.in_string:
                if self.escape:
                    self.escape = False
                elif ch == "\\":
                    self.escape = True
                elif ch == '"':
                    self.in_string = False
            elif ch == '"':
                self.in_string = True
            elif ch in "{[":
                self.stack.append(ch)
                self.starts.append(i)
            elif ch in "}]" and self.stack:
                opened = self.stack.pop()
                start = self.starts.pop()
                if opened == "{" and self.stack and self.stack[-1] == "[":
                    try:
                        found.append(json.loads(self.buffer[start : i + 1]))
                    except ValueError:
                        pass
        self.pos = len(self.buffer)
        return found


def _loads(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return None


class ReplyReader:
    """Turns a reply, whole or in streamed pieces, into DraftSentences: JSON when it is JSON, else prose."""

    def __init__(self) -> None:
        self.head = ""
        self.kind: Literal["json", "text"] | None = None
        self.scanner = JSONScanner()
        self.rest = ""
        self.found = 0

    def feed(self, piece: str, final: bool = False) -> list[DraftSentence]:
        if self.kind is None:
            self.head += piece
            stripped = re.sub(r"^\s*(?:```(?:json)?)?\s*", "", self.head)
            if not stripped:  # nothing yet; an empty reply is of no kind (it says nothing of the format)
                return []
            self.kind = "json" if stripped[:1] in ("{", "[") else "text"
            piece = self.head
        if self.kind == "json":
            found = [s for s in map(json_sentence, self.scanner.feed(piece)) if s is not None]
            self.found += len(found)
            if final and not self.found:  # a lone {"text": ..., "citations": ...} instead of the array
                lone = json_sentence(_loads(re.sub(r"^\s*```(?:json)?|```\s*$", "", self.scanner.buffer)))
                found = [lone] if lone is not None else cut_off_sentences(self.scanner.buffer)
            return found
        sentences, self.rest = split_text(self.rest + piece, final)
        return [s for s in map(text_sentence, sentences) if s is not None]


def cut_off_sentences(buffer: str) -> list[DraftSentence]:
    """The complete sentences of a JSON reply cut off inside its first "text" (max_tokens reached): what the
    model wrote is still read (and checked), its citations only from [n] markers, since the cut came first."""
    match = re.search(r'"text"\s*:\s*"((?:[^"\\]|\\.)*)$', buffer)
    if match is None:
        return []
    try:
        text = json.loads(f'"{match.group(1).rstrip(chr(92))}"')
    except ValueError:
        return []
    sentences, _ = split_text(text, final=False)  # the unfinished last sentence is dropped
    numbered = [p for p in sentences if re.search(r"[^\W\d_]", p)]  # "1." of a numbered list is no sentence
    return [d for d in map(text_sentence, numbered) if d is not None]


def read_reply(text: str) -> list[DraftSentence]:
    """A whole reply as sentences (JSON or prose with [n] markers)."""
    reader = ReplyReader()
    return reader.feed(text, final=True)
