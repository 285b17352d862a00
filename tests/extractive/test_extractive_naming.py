"""Which contestant a question names, as the extractive writer reads it (invented names)."""

from __future__ import annotations

from bot.extractive.row_naming import naming_grade


def test_a_leader_is_named_by_the_party_words_that_introduce_him() -> None:
    sentence = "Os conservadores de Tomás Aranda ficaram com 141, o Bloco Sulista com 20."
    asked = "how many seats did the conservatives get"
    assert naming_grade("Tomás Aranda", sentence, asked) > 0
    assert naming_grade("Bloco Sulista", sentence, asked) == 0
    # Its own name names a contestant more surely than the words before it.
    assert naming_grade("Tomás Aranda", sentence, "how many seats did aranda's party get") > naming_grade(
        "Tomás Aranda", sentence, asked
    )


def test_a_figure_the_question_quotes_picks_the_count_that_states_it() -> None:
    from bot.extractive.answer_rows import quoting_row
    from retrieval.results import ResultRow

    early = ResultRow(sentence="With 41% counted, Ruiz led with 52.1%.", passage_id="p1", article_id="a1")
    late = ResultRow(sentence="With 98% counted, Mora led with 50.4%.", passage_id="p2", article_id="a2")
    assert quoting_row("How far apart were they with 98 % counted?", [early, late]) is late
    assert quoting_row("Who came 2nd in the 2030 vote?", [early, late]) is None


def test_a_placing_is_told_in_the_readers_language_when_a_report_gives_the_same_figure() -> None:
    from bot.extractive.row_language import told_in
    from retrieval.results import Contestant, ResultRow

    ruiz = [Contestant(name="Ana Ruiz", share="20,5")]
    greens = [Contestant(name="Northern Greens", share="20.5", seats="73")]
    es = ResultRow(sentence="Los Verdes del Norte, de Ana Ruiz, fueron segundos con el 20,5 %.", contestants=ruiz,
                   passage_id="p1", article_id="a1")  # fmt: skip
    en = ResultRow(sentence="The Northern Greens took 20.5% and 73 seats, their best result.", contestants=greens,
                   passage_id="p2", article_id="a2")  # fmt: skip
    assert told_in(es, "Ana Ruiz", [es, en], "en") == (en, "Northern Greens")
    assert told_in(es, "Ana Ruiz", [es, en], "es") == (es, "Ana Ruiz")


def test_a_person_called_by_a_first_name_in_one_report_is_ranked_once() -> None:
    """ "Wanjiku" in one report and "Wanjiku Kamau" in the official count are one contestant: the runner-up
    is the next person, not the same one with another report's figure."""
    from bot.extractive.row_rank import kth
    from retrieval.results import Contestant, ResultRow

    official = ResultRow(
        sentence="Wanjiku Kamau took 58.59%, Otieno 24.95% and Were 16.47%.", stage="official",
        contestants=[Contestant(name="Wanjiku Kamau", share="58.59"), Contestant(name="Otieno", share="24.95"),
                     Contestant(name="Were", share="16.47")], passage_id="p1", article_id="a1",
    )  # fmt: skip
    other = ResultRow(sentence="Wanjiku obtuvo el 58,95 %.", contestants=[Contestant(name="Wanjiku", share="58,95")],
                      passage_id="p2", article_id="a2")  # fmt: skip
    found = kth([official, other], 2)
    assert found is not None and found[1] == "Otieno"


def test_a_kth_place_given_only_in_votes_is_ranked_by_votes() -> None:
    """Shares are given for the first two only; the third's place is read from the vote counts."""
    from bot.extractive.row_rank import kth
    from retrieval.results import Contestant, ResultRow

    top = ResultRow(
        sentence="Ruiz won with 1,088,225 votes, or 43.8%, against 812,397, or 32.7%, for Mora.", stage="official",
        contestants=[Contestant(name="Ruiz", share="43.8", votes="1,088,225"),
                     Contestant(name="Mora", share="32.7", votes="812,397")], passage_id="p1", article_id="a1",
    )  # fmt: skip
    third = ResultRow(
        sentence="Lima finished third with 145,184 votes.", stage="official",
        contestants=[Contestant(name="Lima", votes="145,184")], passage_id="p2", article_id="a1",
    )  # fmt: skip
    found = kth([top, third], 3)
    assert found is not None and found[1] == "Lima"
    assert kth([top], 3) is None


def test_the_tories_name_the_conservatives() -> None:
    sentence = "The Conservatives took 119 seats and the Liberals 160."
    assert naming_grade("Conservatives", sentence, "how many seats did the tories win") > 0
    assert naming_grade("Liberals", sentence, "how many seats did the tories win") == 0
    assert naming_grade("Partido Conservador", "", "quantas cadeiras os tories conquistaram") > 0


def test_a_leader_is_named_by_the_party_before_an_elided_de() -> None:
    sentence = "Les conservateurs d'Ewan Ardoin obtiennent 119 sièges, le Bloc 32."
    assert naming_grade("Ewan Ardoin", sentence, "how many seats did the tories win") > 0
