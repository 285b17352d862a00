"""Sentence-aware passages of about 100-250 words with one sentence of overlap."""

from __future__ import annotations

from itertools import pairwise

from retrieval.chunking import chunk_text, split_sentences


def sentence(i: int, words: int = 12) -> str:
    return f"Sentence {i} " + " ".join(f"w{i}x{j}" for j in range(words - 3)) + " ends."


def test_split_keeps_abbreviations_and_decimals() -> None:
    text = "Dr. Ruiz won 58.2% of the vote. The U.S. embassy said so! Did Sr. Paz agree? ¿Y ahora? 12 seats."
    assert split_sentences(text) == [
        "Dr. Ruiz won 58.2% of the vote.",
        "The U.S. embassy said so!",
        "Did Sr. Paz agree?",
        "¿Y ahora?",
        "12 seats.",
    ]


def test_paragraphs_end_sentences() -> None:
    assert split_sentences("A first paragraph without a stop\n\nA second one.") == [
        "A first paragraph without a stop",
        "A second one.",
    ]


def test_short_text_is_one_passage() -> None:
    text = " ".join(sentence(i) for i in range(4))
    assert chunk_text(text) == [text]


def test_empty_text_has_no_passages() -> None:
    assert chunk_text("") == []
    assert chunk_text("  \n\n ") == []


def test_long_text_gives_bounded_passages_with_overlap() -> None:
    sentences = [sentence(i) for i in range(80)]  # 960 words
    chunks = chunk_text(" ".join(sentences))
    assert len(chunks) >= 4
    for chunk in chunks:
        assert 100 <= len(chunk.split()) <= 250
    for before, after in pairwise(chunks):
        last = split_sentences(before)[-1]
        assert after.startswith(last)  # one sentence of overlap
    # Every sentence is somewhere, in order.
    joined = " ".join(chunks)
    positions = [joined.find(s) for s in sentences]
    assert all(p >= 0 for p in positions) and positions == sorted(positions)


def test_sentences_are_never_cut_in_the_middle() -> None:
    sentences = [sentence(i, words=30) for i in range(20)]
    for chunk in chunk_text(" ".join(sentences)):
        assert chunk.startswith("Sentence ") and chunk.endswith("ends.")


def test_a_run_on_sentence_is_cut_at_the_maximum() -> None:
    text = " ".join(f"word{i}" for i in range(700))  # no full stop at all
    chunks = chunk_text(text, max_words=250)
    assert all(len(c.split()) <= 250 for c in chunks)
    assert " ".join(chunks).split()[-1] == "word699"


def test_short_tail_is_merged_into_the_previous_passage() -> None:
    sentences = [sentence(i) for i in range(14)] + ["Short end."]
    chunks = chunk_text(" ".join(sentences))
    assert chunks[-1].endswith("Short end.")
    assert len(chunks[-1].split()) > 20


def test_a_sentence_may_open_with_any_latin_capital() -> None:
    text = "La junta publicó el acta (YSK). İlker Kaya sumó el 51%. Às 20h o tribunal fechou as urnas. Özge ganó."
    assert split_sentences(text) == [
        "La junta publicó el acta (YSK).",
        "İlker Kaya sumó el 51%.",
        "Às 20h o tribunal fechou as urnas.",
        "Özge ganó.",
    ]


def test_a_closing_quote_or_bracket_stays_with_its_sentence() -> None:
    """The split used to take the closing marks with the whitespace: a passage lost them, and a verbatim quote of
    the sentence with its closing quote was no longer in the passage."""
    assert split_sentences('Ella dijo: "Ganamos." Luego se fue.') == ['Ella dijo: "Ganamos."', "Luego se fue."]
    assert split_sentences("Turnout rose (to 70.4%.) The count ended.") == [
        "Turnout rose (to 70.4%.)",
        "The count ended.",
    ]
    assert split_sentences("“Vencemos.” Assim falou.") == ["“Vencemos.”", "Assim falou."]
    text = 'He said "we won." Then he left (for good.) Next.'
    assert " ".join(split_sentences(text)) == text


def test_a_shortened_month_or_an_initial_ends_no_sentence() -> None:
    text = (
        "ALDERTON, N.J., Nov. 4 (Shore Wire) - Dana R. Whitfield won the race. The U.S. Senate seat stays "
        "open until Sept. 30. Plan B took 31%."
    )
    assert split_sentences(text) == [
        "ALDERTON, N.J., Nov. 4 (Shore Wire) - Dana R. Whitfield won the race.",
        "The U.S. Senate seat stays open until Sept. 30.",
        "Plan B took 31%.",
    ]


def test_a_list_items_number_ends_no_sentence() -> None:
    """Numbered results in one paragraph stay in the sentences that state them (invented lists, en/es/pt)."""
    assert split_sentences("Final count: 1. Ana Ruiz, 45.2%; 2. Pedro Gómez, 30.1%. Turnout was 61%.") == [
        "Final count: 1. Ana Ruiz, 45.2%; 2. Pedro Gómez, 30.1%.",
        "Turnout was 61%.",
    ]
    assert split_sentences("Resultados: 1. Ana Ruiz (45,2 %) 2. Pedro Gómez (30,1 %) 3. Luis Mora (12 %)") == [
        "Resultados: 1. Ana Ruiz (45,2 %) 2. Pedro Gómez (30,1 %) 3. Luis Mora (12 %)"
    ]
    assert split_sentences("Apuração final:\n1. Ana Souza 40,1%\n2. João Lima 35,2%") == [
        "Apuração final:\n1. Ana Souza 40,1%\n2. João Lima 35,2%"
    ]
    # a sentence that ends in a number still ends there
    assert split_sentences("The party won 12. Then it lost ground.") == ["The party won 12.", "Then it lost ground."]
