"""The number words' pattern (bot.citations.numbers._WORDS_RE); the fresh readings figures_in and names_in give."""

import re

from bot.citations.figures import figures_in
from bot.citations.names import names_in
from bot.citations.numbers import _NUMBER_WORDS, _WORDS_RE

FLAT = "|".join(sorted((re.escape(w) for w in _NUMBER_WORDS), key=len, reverse=True))


def test_grouped_words_match_what_the_flat_alternation_matches() -> None:
    grouped, flat = re.compile(rf"(?:{_WORDS_RE})"), re.compile(rf"(?:{FLAT})")
    for text in [*(f"{w} seats" for w in _NUMBER_WORDS), "quatre-vingt-dix-huit", "vinte e um", "twenty-one", "once"]:
        assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in flat.finditer(text)], text


def test_figures_in_hands_out_copies_the_next_reading_does_not_share() -> None:
    first = figures_in("Vera won 51.2% of the vote.")
    first[0].candidates.add("vera")
    first[0].bound = "vera"
    again = figures_in("Vera won 51.2% of the vote.")
    assert (again[0].candidates, again[0].bound, again[0].value) == (set(), None, first[0].value)


def test_names_in_hands_out_copies_the_next_reading_does_not_share() -> None:
    first = names_in("José Brandt won the vote.")
    first[0].start = 99
    assert names_in("José Brandt won the vote.")[0].start == 0
