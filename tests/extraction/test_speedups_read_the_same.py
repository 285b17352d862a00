"""The extraction's speed-ups change no reading: grouped alternations match exactly what flat ones did, the
one-pattern prefilters say no only where every table says no, and the lazy and fast paths give the same kinds."""

from __future__ import annotations

import re

from retrieval.extraction.context import _ANY_STAGE, _STAGES, _first_in, _stage
from retrieval.extraction.names import _runs, _token_kind
from retrieval.extraction.numwords import _alt
from retrieval.extraction.sentences import _sentence_spans
from retrieval.extraction.text import alternation, any_words_rx, fold_text, words_rx

# Invented phrase lists: shared first letters, stems, several words, one letter, a prefix of another phrase.
_PHRASES = ["won", "wins", "win*", "was elected", "was re-elected", "w", "ganó", "gan*", "venceu", "a", "ahead of"]
_SENTENCES = [
    "ana ruiz won the vote with 52%, ahead of pedro gomez",
    "el candidato gano con el 48 % y ganaron los azules",
    "o partido venceu em lisboa; w. lima was re-elected mayor",
    "a wins-all vote: windfall for nobody, winners everywhere",
    "was  elected, was\nelected and wasn't elected",
]


def _flat(phrases: list[str]) -> str:
    """The alternation as it was written before grouping: every phrase in turn, longest first."""
    parts = []
    for p in sorted(set(phrases), key=len, reverse=True):
        parts.append(re.escape(p.rstrip("*")).replace(r"\ ", r"\s+") + (r"\w*" if p.endswith("*") else ""))
    return "|".join(parts)


def _spans(pattern: str, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(pattern, text)]


def test_grouped_alternation_matches_what_the_flat_one_did() -> None:
    for context in (r"(?<![\w-])(?:{})(?![\w-])", r"(?:{})", r"\b(?:{})\s+\w+", r"(?:{})(?=,)"):
        for text in _SENTENCES:
            assert _spans(context.format(alternation(_PHRASES)), text) == _spans(context.format(_flat(_PHRASES)), text)


def test_grouped_alternation_keeps_the_flat_one_when_first_letters_differ_in_case() -> None:
    phrases = ["Minister", "mayor", "mandate"]
    assert alternation(phrases) == _flat(phrases)  # a caller may match ignoring case: no grouping then
    assert alternation([]) == ""


def test_word_table_pattern_with_few_first_letters_matches_at_word_starts_only() -> None:
    table = {"en": "won, wins, was elected", "es": "ganó, gan*", "pt": "venceu"}
    flat = re.compile(rf"(?<![\w-])(?:{_flat([p.strip() for v in table.values() for p in v.split(',')])})(?![\w-])")
    rx = words_rx(table)
    for text in [*_SENTENCES, "won", "-won", "swon won", "rewon, ganador; convenceu e venceu"]:
        assert [m.span() for m in rx.finditer(text)] == [m.span() for m in flat.finditer(text)]


def test_one_pattern_of_several_tables_says_whether_any_table_matches() -> None:
    tables = [{"en": "final result, official"}, {"es": "resultado final", "pt": "apuração*"}]
    rx = any_words_rx(tables)
    for text in ("the final result is in", "el resultado final", "a apuração terminou", "a final tally", "finally"):
        assert bool(rx.search(text)) == any(words_rx(t).search(text) for t in tables)


def test_stage_prefilter_agrees_with_each_stage_table() -> None:
    for text in ("with all votes counted, the official count", "partial results at midnight", "no stage here"):
        folded = fold_text(text)
        assert bool(_ANY_STAGE.search(folded)) >= any(rx.search(folded) for rx in _STAGES.values())
    assert _stage(fold_text("Resultados preliminares: Ana Ruiz 51%"), None) == "preliminary"
    assert _stage(fold_text("Ana Ruiz had 51% of the vote"), None) == "unknown"


def test_first_key_reads_texts_only_as_far_as_needed() -> None:
    rxs = {"mayor": re.compile(r"\bmayor\b"), "governor": re.compile(r"\bgovernor\b")}
    made: list[str] = []

    def texts():
        for t in ("the governor race", "the mayor race"):
            made.append(t)
            yield t

    assert _first_in(rxs, texts(), re.compile(r"\b(?:mayor|governor)\b")) == "governor"
    assert made == ["the governor race"]
    assert _first_in(rxs, ("nothing", "el alcalde"), re.compile(r"\b(?:mayor|governor)\b")) is None


def test_number_word_alternation_matches_what_the_flat_one_did() -> None:
    words = ["one", "once", "onze", "two", "dos", "doce", "doze", "veinte", "vinte", "veintidos"]
    flat = "|".join(sorted(words, key=len, reverse=True))
    for text in ("once upon a time, one of two", "doce y dos; vinte e dois, veintidos votos", "twone onceone"):
        assert _spans(rf"\b(?:{_alt(words)})\b", text) == _spans(rf"\b(?:{flat})\b", text)


def test_lowercase_words_take_the_same_kind_on_the_fast_path() -> None:
    sentence = "Karim al-Rubaie won 41% de los votos, d'après la commission"
    assert _token_kind("al-Rubaie", sentence, sentence.index("al-")) == "name"
    assert _token_kind("won", sentence, sentence.index("won")) is None
    assert _token_kind("de", sentence, sentence.index("de ")) == "conn"  # a particle inside a name
    assert _token_kind("d'après", sentence, sentence.index("d'a")) is None


def test_runs_still_veto_places_sources_and_headings() -> None:
    texts = [r.text for r in _runs("In the Northeast, Ana Ruiz won 52% and the Green Party took 30%.")]
    assert "Ana Ruiz" in texts and "Green Party" in texts and "Northeast" not in texts
    texts = [r.text for r in _runs("Según el recuento del Servel, Pedro Gómez obtuvo el 48 %.")]
    assert texts == ["Pedro Gómez"]
    texts = [r.text for r in _runs("O prefeito de São Paulo, João Lima, venceu com 55%.")]
    assert "São Paulo" not in texts and "João Lima" in texts


def test_a_sentence_ends_after_its_last_word_unless_it_is_an_abbreviation() -> None:
    text = "Gen. Ruiz won 52%. Ana Lima took 40%.  U.S. observers agreed. The end"
    assert [text[a:b] for a, b in _sentence_spans(text)] == [
        "Gen. Ruiz won 52%.",
        "Ana Lima took 40%.",
        "U.S. observers agreed.",
        "The end",
    ]
