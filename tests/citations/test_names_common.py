"""names_in consults its common words only for the text's first word: the reading is cached by that word's
membership, so any two sets that agree on it read the text alike (and a set that disagrees does not)."""

from bot.citations.names import _read_names, names_in


def _words(text: str, common: frozenset[str]) -> list[tuple[str, ...]]:
    return [n.words for n in names_in(text, common)]


def test_a_common_first_word_is_no_name() -> None:
    text = "Turnaround came late as Mara Velde took the count."
    assert ("turnaround",) in _words(text, frozenset())
    assert ("turnaround",) not in _words(text, frozenset({"turnaround", "late"}))


def test_sets_that_agree_on_the_first_word_read_alike_and_share_one_reading() -> None:
    text = "Borrowed votes gave Ilse Marten the seat, Tomas Orrin said."
    _read_names.cache_clear()
    one = _words(text, frozenset({"votes", "seat"}))
    other = _words(text, frozenset({"gave", "said", "the"}))
    assert one == other == _words(text, frozenset())
    assert _read_names.cache_info().misses == 1


def test_the_first_word_is_read_past_an_elided_article_and_a_possessive() -> None:
    assert ("quorum",) not in _words("L'Quorum's call: Ana Ferro won.", frozenset({"quorum"}))
    assert ("ana", "ferro") in _words("L'Quorum's call: Ana Ferro won.", frozenset({"quorum"}))
