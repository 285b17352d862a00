"""Session 15 (check21, roles): a win is stated of the same contestant in one sentence of the evidence, never
assembled from a name in one sentence and a win noun in another ("… came second. The constitution sets a bar for a
first-round win"); claiming victory is no win; losing all its seats is not losing the race; a party that shares one
word with the winner ("Democratic") is another party, not the winner. Sources invented here."""

from __future__ import annotations

from bot.citations.names import names_in
from bot.citations.roles import roles_in
from tests.check_helpers import kept_citing_all as _kept

SECOND_EN = (
    "PORT ALDER (Coastal Wire) — President Tomas Reyk has secured a second term, the electoral board said on 3 May "
    "2025, crediting him with 57.2% of valid votes. Edda Morrow of the Unity Front came second on 39.8% and called "
    "the count flawed. The constitution sets a 55% bar for a first-round win."
)
CLAIMED_EN = (
    "LORVANE (Harbour Post) — The court on 4 June 2025 declared Ilse Marten re-elected with 52.1% of the vote. Former "
    "minister Pavel Orsk was second with 36.4% and had claimed victory before the proclamation."
)
CLAIMED_ES = (
    "SAN ELOY (Diario del Valle) — El tribunal proclamó el 4 de junio de 2025 la reelección de Ilse Marten con el "
    "52,1 % de los votos. Su exministro Pavel Orsk obtuvo el 36,4 % y se había atribuido la victoria días antes."
)
CLAIMED_PT = (
    "VILA NOVA (Folha do Cerrado) — O tribunal confirmou a 4 de junho de 2025 a reeleição de Ilse Marten, com 52,1% "
    "dos votos. O antigo ministro Pavel Orsk teve 36,4% e tinha reivindicado a vitória antes da proclamação."
)
NOUN_ES = (
    "RÍO CLARO (El Meridiano) — Marta Ibáñez quedó segunda con el 38,2 %, detrás de Luis Prado. La ley exige el 40 % "
    "para una victoria en primera vuelta."
)
NOUN_PT = (
    "SERRA ALTA (Jornal do Vale) — Rui Calado ficou em segundo com 37,5%, atrás de Ana Brito. A lei exige 50% para "
    "uma vitória no primeiro turno."
)


def _winners(text: str) -> set[str | None]:
    return {r.who for r in roles_in(text, names_in(text), generous=True) if r.kind == "win" and not r.negated}


def test_a_win_noun_in_a_sentence_naming_nobody_is_nobodys_win() -> None:
    assert "morrow" not in _winners(SECOND_EN)
    assert not _kept("Edda Morrow won.", SECOND_EN)
    assert _kept("Tomas Reyk secured a second term with 57.2% of valid votes.", SECOND_EN)
    assert "ibanez" not in _winners(NOUN_ES) and "calado" not in _winners(NOUN_PT)
    assert not _kept("Marta Ibáñez ganó.", NOUN_ES)
    assert not _kept("Rui Calado venceu.", NOUN_PT)


def test_a_win_verb_still_binds_to_the_previous_sentence_subject() -> None:
    text = "Luis Prado was re-elected on 2 March 2025. He won with 61.4% of the vote."
    assert "prado" in _winners(text)
    text_es = "Luis Prado fue reelegido el 2 de marzo de 2025. Ganó con el 61,4 % de los votos."
    assert "prado" in _winners(text_es)


def test_claiming_victory_is_no_win() -> None:
    for text in (CLAIMED_EN, CLAIMED_ES, CLAIMED_PT):
        assert "orsk" not in _winners(text), text
        assert not _kept("Pavel Orsk won.", text), text
    assert "orsk" in _winners("Pavel Orsk claimed the presidency with 52.1%.")


def test_losing_all_its_seats_is_ground_lost_not_the_race_lost_to_another() -> None:
    text_es = (
        "PUERTO ALMENA (Crónica del Sur) — El PPL de Andrés Quiroga logró el 12 de octubre de 2025 la mayoría "
        "absoluta, con 48 de los 90 escaños. La Alianza de Rosa Medel se quedó en 27 diputados. El Frente Verde "
        "perdió toda su representación."
    )
    assert not any(r.kind == "loss" for r in roles_in(text_es, names_in(text_es), generous=True))
    assert not _kept("Rosa Medel ganó.", text_es)
    text_en = "The Green League lost all its seats on 3 May 2025."
    text_pt = "A Liga Verde perdeu toda a sua bancada em 3 de maio de 2025."
    for text in (text_en, text_pt):
        assert not any(r.kind == "loss" for r in roles_in(text, names_in(text), generous=True)), text


def test_declared_the_winner_is_still_a_win_and_declared_victory_a_claim() -> None:
    assert "marten" in _winners("Ilse Marten was declared winner on 4 June 2025 with 52.1%.")
    assert "marten" in _winners("The court declared Ilse Marten the winner on 4 June 2025.")
    assert "marten" in _winners("Ilse Marten fue proclamada ganadora el 4 de junio de 2025.")
    assert "orsk" not in _winners("Pavel Orsk declared victory on 3 June 2025, a day before the count ended.")
    assert "orsk" not in _winners("Pavel Orsk se proclamó ganador el 3 de junio de 2025.")
    assert "orsk" not in _winners("Pavel Orsk autoproclamou-se vencedor a 3 de junho de 2025.")
    # a win verb after a place is no noun: "en Argentina gana quien…" keeps binding as before
    text = "Luis Prado ganó con el 47,9 %. En la Argentina gana quien supera el 45 %."
    assert "prado" in _winners(text)


def test_a_party_sharing_one_word_with_the_winner_did_not_win() -> None:
    text = (
        "MARAVELLE (Lakeside Wire) — The Alliance for Democratic Renewal won 41 of the 70 elected seats on 2 May "
        "2025, ending 30 years of rule by the Maravelle Democratic Party, which kept only six. Outgoing prime "
        "minister Oren Tal conceded the next morning."
    )
    assert not _kept("The Maravelle Democratic Party won.", text)
    assert _kept("The Alliance for Democratic Renewal won 41 of the 70 elected seats.", text)
    text_es = (
        "VALDEMAR (El Correo) — El Frente Popular de Renovación ganó 41 de los 70 escaños el 2 de mayo de 2025 y "
        "puso fin a 30 años de gobierno del Partido Popular de Valdemar, que conservó seis. El primer ministro "
        "saliente, Oren Tal, reconoció la derrota."
    )
    assert not _kept("El Partido Popular de Valdemar ganó.", text_es)
    assert _kept("Tomas Reyk ganó.", "Tomas Reyk ganó las elecciones del 2 de mayo de 2025 con el 52 %.")
