"""A text split into word tokens, with what the matching rules read of case and position."""

from __future__ import annotations

from retrieval.places.normal import SENTENCE_END, TOKEN, strip_accents

FUNCTION = frozenset("the of and la el los las le les l d de del da do das dos du des y e et a au".split())
OF = frozenset("de del da do das dos du".split())
ARTICLES = frozenset("la las los el le les".split())
# What a capital after it is forced by: the text's start, a sentence's end (not a colon or a dash: a headline's
# "Montenegro: Djukanovic leads" capitalises by choice).
_OPENS = frozenset(".!?¿¡\n")


class Text:
    """A text split into tokens, with what the rules need to know about case and position."""

    def __init__(self, text: str, typed: bool = False) -> None:
        self.orig = strip_accents(text)  # case kept; same length as `low`
        low = self.orig.lower()
        if len(low) != len(self.orig):  # a character whose lowercase is longer ("İ"): keep it as is
            low = "".join(c if len(c.lower()) != 1 else c.lower() for c in self.orig)
        self.low = low
        self.toks: list[str] = TOKEN.findall(low)
        self._matches = list(TOKEN.finditer(low))
        self._title_case: bool | None = None
        # Both cases in the text: a word in capitals there is written so (an acronym, a code), not shouted.
        self.mixed = low != self.orig and self.orig != self.orig.upper()
        # Case is evidence where both cases are used; in a question a user typed (`typed`), only where a word is
        # written as a name is: acronyms and a sentence's opening capital are typed so whatever the rest is.
        self.cased = self._uses_case() if typed else self.mixed

    def _uses_case(self) -> bool:
        """Whether a typed question uses case as evidence: a word written as a name is (a capital, then lowercase)
        not at the text's or a sentence's start. Those capitals and acronyms say nothing of how the rest is typed:
        "how did the PP do in galicia" and "Who won in georgia" are typed without capitals for their places.
        (Running text is not read so: a short fragment of a report, "el PP cayó", has no name to show its case.)"""
        if not self.mixed:
            return False
        for m in self._matches:
            w = self.orig[m.start() : m.end()]
            if len(w) > 1 and w[0].isupper() and w[1:].islower():
                pos = m.start() - 1
                while pos >= 0 and self.low[pos].isspace():
                    pos -= 1
                if pos >= 0 and self.low[pos] not in _OPENS:
                    return True
        return False

    def word(self, i: int) -> str:
        return self.orig[self._matches[i].start() : self._matches[i].end()]

    def capitalised(self, i: int) -> bool:
        return self.word(i)[:1].isupper()

    def name_like(self, i: int) -> bool:
        """A capitalised word in running text ("Peña"), not an acronym or a lowercase word."""
        w = self.word(i)
        return w[:1].isupper() and (len(w) == 1 or not w[1:].isupper())

    def gap(self, i: int) -> str:
        """What separates token i from token i + 1."""
        return self.low[self._matches[i].end() : self._matches[i + 1].start()]

    def sentence_start(self, i: int) -> bool:
        pos = self._matches[i].start() - 1
        while pos >= 0 and self.low[pos] in " \t\u00a0":
            pos -= 1
        return pos < 0 or self.low[pos] in SENTENCE_END

    def title_case(self) -> bool:
        """Most longer words capitalised, as in an English headline: capitals carry no evidence there."""
        if self._title_case is None:
            long = [i for i, t in enumerate(self.toks) if len(t) > 3 and t.isalpha()]
            caps = sum(1 for i in long if self.capitalised(i))
            self._title_case = len(long) >= 4 and caps >= 0.9 * len(long)
        return self._title_case
