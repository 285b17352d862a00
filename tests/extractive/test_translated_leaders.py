"""Round 16 of the extractive writer (invented rows and sentences): the same count told in the reader's language
when a report names the leader by a translated name."""

from __future__ import annotations

from bot.extractive.row_language import _translated, in_language
from bot.extractive.turnout_rows import _timed, turnout_row
from retrieval.resolve import Disagreement
from retrieval.results import Contestant, ResultRow
from tests.extractive.test_computed_margins_and_ledes import _answer
from tests.extractive.test_computed_margins_and_ledes import _row as _count_row


def _row(article: str, text: str, contestants: list[tuple[str, str]], stage: str = "final") -> ResultRow:
    return ResultRow(
        place="XA",
        office="parliament",
        stage=stage,
        contestants=[Contestant(name=name, share=share) for name, share in contestants],
        sentence=text,
        passage_id=f"{article}:{len(text)}",
        article_id=article,
        published_at="2031-05-12",
        focused=True,
    )


# One count, told in three languages; each report calls the leading party by its own language's name.
TOLD = {
    "en": ("The Agrarian Socialists took 38.4% of the vote, their best result since 1998.", "Agrarian Socialists"),
    "es": (
        "El Partido Socialista Agrario de Lenk obtuvo el 38,4 % de los votos.",
        "Partido Socialista Agrario de Lenk",
    ),
    "pt": ("O Partido Socialista Agrário de Lenk ficou com 38,4% dos votos.", "Partido Socialista Agrário de Lenk"),
}


def test_a_leader_named_in_translation_is_told_in_the_readers_language() -> None:
    rows = {
        lang: _row(f"a-{lang}", text, [(name, "38,4" if lang != "en" else "38.4")])
        for lang, (text, name) in TOLD.items()
    }
    for source, reader in (("es", "en"), ("pt", "en"), ("en", "es"), ("en", "pt")):
        main = rows[source]
        others = [rows[reader]]
        assert in_language(main, [main, *others], reader) is rows[reader], (source, reader)


def test_a_different_leader_with_the_same_figure_is_not_the_same_count() -> None:
    main = _row("a1", "El Partido Verde de Lenk obtuvo el 38,4 % de los votos.", [("Partido Verde de Lenk", "38,4")])
    other = _row("a2", "The Farmers' League took 38.4% in the northern district.", [("Farmers' League", "38.4")])
    assert in_language(main, [main, other], "en") is main
    # Only the generic words of a party's name shared ("Partido", "Party", "Union", "Frente"): no translation.
    main = _row("a3", "La Unión Cívica obtuvo el 21,0 % de los votos.", [("Unión Cívica", "21,0")])
    other = _row("a4", "The Union of Workers took 21.0% of the vote.", [("Union of Workers", "21.0")])
    assert in_language(main, [main, other], "en") is main


def test_translated_names_share_a_word_stem_beyond_a_partys_generic_words() -> None:
    assert _translated("Partido Democrático Liberal", "Liberal Democrats")
    assert _translated("Partido Conservador", "the Conservatives")
    assert _translated("Aliança Popular", "Popular Alliance")
    assert not _translated("Partido Nacional", "National Front")  # generic words only
    assert not _translated("Frente Amplio", "Broad Front")  # a translation no stem shows: left as it is


def _turnout(article: str, text: str, turnout: str, stage: str = "final") -> ResultRow:
    return ResultRow(
        place="XA",
        office="parliament",
        stage=stage,
        turnout=turnout,
        sentence=text,
        passage_id=f"{article}:{len(text)}",
        article_id=article,
        published_at="2031-05-12",
        focused=True,
    )


# A turnout read while the polls were open, and the vote's turnout, in three languages.
READ_AT = {
    "en": ("By 3pm, 41.2% of registered voters had cast a ballot.", "41.2", "Final turnout was 63.5%.", "63.5"),
    "es": (
        "A las 14:00 horas había votado el 38,6 % del censo.",
        "38,6",
        "La participación final fue del 61,9 %.",
        "61,9",
    ),
    "pt": ("Às 17h, a afluência estava em 44,1%.", "44,1", "A participação foi de 66,2%, segundo o tribunal.", "66,2"),
}


def test_a_turnout_read_at_a_time_of_day_gives_way_to_the_votes_turnout() -> None:
    for language, (read, early, said, final) in READ_AT.items():
        timed = _turnout(f"t-{language}", read, early)
        told = _turnout(f"f-{language}", said, final)
        assert _timed(timed) and not _timed(told), language
        # Even when the timed reading is the leading row's own.
        assert turnout_row(timed, [timed, told]) is told, language
        # Alone, it is still what the reports say.
        assert turnout_row(timed, [timed]) is timed, language


def test_a_rise_or_a_share_near_a_figure_is_no_time_of_day() -> None:
    for text, figure in (
        ("Turnout rose by 12.50 points to 58.3%, the commission said at a news conference.", "58.3"),
        ("La participación subió al 57,2 %, a las puertas del récord de 1995.", "57,2"),
        ("A participação foi de 49,8%, até agora a mais baixa do século.", "49,8"),
    ):
        assert not _timed(_turnout("x", text, figure)), text


# The official count names the first two only; a count in progress, whose leader's share differs a little from
# the official one, names the third too.
THIRD = {
    "en": (
        "who came third in the presidential election",
        "Officially, Lena Moss won 31.2% and Ivo Tarr 22.5%.",
        "With 64% of precincts in, Moss had 30.8%, Tarr 22.5% and the pastor Edo Rask 14.9%.",
    ),
    "es": (
        "quién quedó tercero en las presidenciales",
        "Según el escrutinio oficial, Lena Moss obtuvo el 31,2 % e Ivo Tarr el 22,5 %.",
        "Con el 64 % de las mesas, Moss tenía el 30,8 %, Tarr el 22,5 % y el pastor Edo Rask el 14,9 %.",
    ),
    "pt": (
        "quem ficou em terceiro nas presidenciais",
        "Pela contagem oficial, Lena Moss obteve 31,2% e Ivo Tarr 22,5%.",
        "Com 64% das urnas, Moss tinha 30,8%, Tarr 22,5% e o pastor Edo Rask 14,9%.",
    ),
}


def test_a_count_in_progress_differing_from_the_official_one_places_the_third() -> None:
    for language, (question, official_text, partial_text) in THIRD.items():
        comma = language != "en"
        fig = (lambda x: x.replace(".", ",")) if comma else (lambda x: x)
        official = _count_row(
            official_text, "a", "official", share=[("Lena Moss", fig("31.2")), ("Ivo Tarr", fig("22.5"))]
        )
        partial = _count_row(partial_text, "b", "partial",
                       share=[("Moss", fig("30.8")), ("Tarr", fig("22.5")), ("Edo Rask", fig("14.9"))])  # fmt: skip
        partial.counted = "64"
        apart = Disagreement(name="Lena Moss", field="share", figure=fig("30.8"), row=partial,
                             consensus=fig("31.2"), consensus_rows=[official])  # fmt: skip
        texts = _answer(question, [official, partial], official, language, disagreements=[apart])
        assert "Rask" in texts[0], (language, texts)


def test_a_reading_at_midday_or_set_apart_before_its_figure_is_a_time_of_day() -> None:
    for text, figure in (
        ("Ao meio-dia, a afluência era de 19,8%.", "19,8"),
        ("Al mediodía había votado el 22,5 % del censo.", "22,5"),
        ("Pelas 16h00 a afluência às urnas situava-se nos 40,1%.", "40,1"),
        ("Around 2pm the commission put turnout at 37.9%.", "37.9"),
    ):
        assert _timed(_turnout("x", text, figure)), text
    assert not _timed(_turnout("y", "La participación llegó al 64,1 %, al 2 % más que en 2019.", "64,1"))
