"""The check reads a name as another language writes it (a letter with a stroke: "Løkke", "Đukanović"; a French
name's lowercase adjectives: "le Parti socialiste"), who holds a figure (not who reports it, nor a name placed
against the subject), and a figure of "the winner", and still tells the contestants apart."""

from __future__ import annotations

from bot.citations.names import names_in
from tests.check_helpers import kept

MONTENEGRO_ES = "Milo Đukanović obtuvo el 35,4 % en la primera vuelta y Jakov Milatović, el 28,9 %."


def test_a_letter_with_a_stroke_is_the_letter_written_without_it() -> None:
    assert kept("Milo Dukanovic took 35.4% in the first round [1].", MONTENEGRO_ES)
    assert kept("Lars Løkke Rasmussen's party won 16 seats [1].", "Lars Lokke Rasmussen's party won 16 seats.")
    assert not kept("Milo Dukanovic took 28.9% in the first round [1].", MONTENEGRO_ES)


PARTIES_EN = (
    "The Socialist Party won 120 seats and the African National Congress took 40.18% of the vote. The Constitutional "
    "Court upheld the count; the National Assembly has 71 seats."
)


def test_a_french_name_is_its_head_and_lowercase_adjectives() -> None:
    assert kept("Le Parti socialiste a obtenu 120 sièges [1].", PARTIES_EN)
    assert kept("Le Congrès national africain a obtenu 40,18 % des voix [1].", PARTIES_EN)
    assert kept("L'Assemblée nationale compte 71 sièges [1].", PARTIES_EN)
    assert not kept("Le Parti socialiste a obtenu 71 sièges [1].", PARTIES_EN)


def test_an_english_name_is_the_french_sources_head_and_adjectives() -> None:
    source = "Le Rassemblement national a obtenu 33,2 % des voix et le Parti socialiste 12,1 %."
    assert kept("The National Rally took 33.2% of the vote [1].", source)
    assert not kept("The National Rally took 12.1% of the vote [1].", source)


def test_a_verb_or_an_english_word_after_a_head_is_no_part_of_its_name() -> None:
    assert [n.words for n in names_in("Le Parti obtient 120 sièges.")] == [("parti",)]
    assert [n.words for n in names_in("The Union general secretary resigned.")] == [("union",)]


def test_who_reports_the_figures_does_not_hold_them() -> None:
    attributed = (
        "Élu dès le premier tour, Denis Sassou Nguesso totalise 88,57 % des suffrages d'après les chiffres que le "
        "ministre de l'Intérieur, Raymond Mboulou, a rendus publics. Guy Kolélas recueille 7,84 %."
    )
    assert kept("Sassou Nguesso took 88.57% of the vote [1].", attributed)
    assert not kept("Sassou Nguesso took 7.84% of the vote [1].", attributed)
    speaking = (
        "Ismail Omar Guelleh has been re-elected, Interior Minister Moumin Cheick said in a broadcast, giving "
        "provisional figures of 167,535 votes, or 98.58 percent."
    )
    assert kept("Guelleh took 98.58% of the vote [1].", speaking)
    titled = (
        "Mamadi Doumbouya remporte la présidentielle : selon les chiffres publiés par la directrice des élections, "
        "Djenabou Touré, il totalise 4 594 262 voix. Abdoulaye Baldé suit avec 349 129 voix."
    )
    assert kept("Doumbouya received 4,594,262 votes [1].", titled)
    assert not kept("Doumbouya received 349,129 votes [1].", titled)


def test_one_who_speaks_of_himself_holds_his_figure() -> None:
    source = "Uhuru Kenyatta said he had won 54.3% of the vote. Raila Odinga took 44.7%."
    assert kept("Kenyatta won 54.3% of the vote [1].", source)
    assert not kept("Odinga took 54.3% of the vote [1].", source)


def test_a_name_placed_after_devant_holds_the_figure_after_its_party_in_brackets() -> None:
    source = (
        "Mamadi Doumbouya totalise 86,72 % des suffrages. Abdoulaye Baldé (FRONDEG) suit avec 6,59 %, devant "
        "Faya Millimono (Bloc libéral), à 2,04 %."
    )
    assert kept("Millimono polled about two percent [1].", source)
    assert not kept("Baldé polled about two percent [1].", source)
    assert kept("Doumbouya's lead over Baldé was 80.13 points (computed) [1].", source)
    assert not kept("Doumbouya's lead over Baldé was 84.68 points (computed) [1].", source)


def test_a_conjunction_or_adverb_opening_a_sentence_names_nobody() -> None:
    assert [n.words for n in names_in("Because of the age cap, Guelleh cannot run again.")] == [("guelleh",)]
    assert [n.words for n in names_in("Hormis dos distritos, Sassou Nguesso fue el más votado.")] == [
        ("sassou", "nguesso")
    ]
    assert kept("Back in 2016, Guelleh took 87% [1].", "In 2016 Ismail Omar Guelleh took 87% of the vote.")


RUNOFF_PT = (
    "Sebastião Melo (MDB) foi reeleito prefeito no segundo turno, com 61,53% dos votos válidos. A deputada federal "
    "Maria do Rosário (PT) ficou com 38,47%."
)


def test_the_winners_figure_is_the_one_of_who_the_evidence_says_won() -> None:
    assert kept("The winner took 61.53% of the vote [1].", RUNOFF_PT)
    assert kept("Le vainqueur a obtenu 61,53 % [1].", RUNOFF_PT)
    assert not kept("The winner took 38.47% of the vote [1].", RUNOFF_PT)
    assert not kept("O vencedor ficou com 38,47% [1].", RUNOFF_PT)
