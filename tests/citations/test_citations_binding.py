"""Binding a figure to the name placed against the subject ("ahead of Y on 40%"), and negation read per language
(Portuguese "no" is "in the"): invented sentences, faithful ones that must survive and unfaithful ones caught."""

from __future__ import annotations

import pytest

from bot.citations import check_drafts
from bot.citations.language import language_of
from bot.models import Citation, DraftSentence


def _survives(sentence: str, source: str) -> bool:
    cite = Citation(n=1, article_id="a1", title="", url="", source="test", published_at=None, quote=source)
    return bool(check_drafts([DraftSentence(text=sentence, citations=[])], [cite]).sentences)


EN_AHEAD = "Marta Olivera won with 52%, ahead of Tomas Brandt on 40%."
ES_AHEAD = "Marta Olivera obtuvo el 52 %, por delante de Tomás Brandt, con el 40 %."
PT_AHEAD = "Marta Olivera venceu com 52%, à frente de Tomás Brandt, que teve 40%."
EN_BRACKETS = "Marta Olivera (52%) beat Tomas Brandt (40%)."
EN_SECOND = "Marta Olivera finished first on 52% with Tomas Brandt second on 40%."
EN_BEHIND = "Tomas Brandt finished on 40%, behind Marta Olivera on 52%."
ES_BEHIND = "Tomás Brandt quedó con el 40 %, detrás de Marta Olivera, con el 52 %."
PT_BEHIND = "Tomás Brandt ficou com 40%, atrás de Marta Olivera, com 52%."
EN_FOLLOWED = "Ines Caldera took 48.3%, followed by Rui Palmeiro on 31.7%."

FAITHFUL = [
    ("Brandt took 40% [1].", EN_AHEAD),
    ("Olivera took 52% [1].", EN_AHEAD),
    ("Brandt obtuvo el 40 % [1].", ES_AHEAD),
    ("Olivera obtuvo el 52 % [1].", ES_AHEAD),
    ("Brandt teve 40% [1].", PT_AHEAD),
    ("Brandt took 40% [1].", EN_BRACKETS),
    ("Brandt took 40% [1].", EN_SECOND),
    ("Olivera took 52% [1].", EN_SECOND),
    ("Olivera took 52% [1].", EN_BEHIND),
    ("Brandt took 40% [1].", EN_BEHIND),
    ("Olivera obtuvo el 52 % [1].", ES_BEHIND),
    ("Olivera obteve 52% [1].", PT_BEHIND),
    ("Palmeiro took 31.7% [1].", EN_FOLLOWED),
    # the subject's own figure stays the subject's: "beat Y with 52%" is X's, and so, read either way, is a figure
    # after "ahead of Y with" when the subject has none before it
    ("Olivera won 52% [1].", "Marta Olivera beat Tomas Brandt with 52%."),
    ("Olivera took 52% [1].", "Marta Olivera finished ahead of Tomas Brandt with 52%."),
    # Portuguese "no/na/nos/nas" are "in the"
    ("Haddad perdeu o segundo turno [1].", "No segundo turno perdeu Haddad, com 44,9%."),
    ("Haddad perdeu [1].", "No domingo perdeu Haddad, que teve 44,9%."),
    ("Marcelo Rebelo venceu a segunda volta [1].", "Na segunda volta venceu Marcelo Rebelo."),
    ("Marcelo Rebelo não venceu a segunda volta [1].", "Marcelo Rebelo não venceu na segunda volta."),
    ("Rui Palmeiro venceu [1].", "No partido do governo, venceu Rui Palmeiro com 61%."),  # "in the party"
    ("Nenhum candidato venceu no primeiro turno [1].", "Nenhum candidato venceu no primeiro turno."),
    # negation in Spanish and English is still read
    ("Ana Ruiz no ganó la elección [1].", "Ana Ruiz no ganó la elección."),
    ("Torres no reconoció la derrota [1].", "Torres no reconoció la derrota y anunció un recurso."),
]

UNFAITHFUL = [
    ("Olivera took 40% [1].", EN_AHEAD),
    ("Olivera obtuvo el 40 % [1].", ES_AHEAD),
    ("Olivera teve 40% [1].", PT_AHEAD),
    ("Olivera took 40% [1].", EN_BRACKETS),
    ("Olivera took 40% [1].", EN_SECOND),
    ("Brandt took 52% [1].", EN_BEHIND),
    ("Brandt obtuvo el 52 % [1].", ES_BEHIND),
    ("Brandt obteve 52% [1].", PT_BEHIND),
    ("Caldera took 31.7% [1].", EN_FOLLOWED),
    ("Brandt won 52% [1].", "Marta Olivera beat Tomas Brandt with 52%."),
    ("Haddad não perdeu o segundo turno [1].", "No segundo turno perdeu Haddad, com 44,9%."),
    ("Marcelo Rebelo não venceu a segunda volta [1].", "Na segunda volta venceu Marcelo Rebelo."),
    ("Marcelo Rebelo venceu a segunda volta [1].", "Marcelo Rebelo não venceu na segunda volta."),
    ("Ana Ruiz ganó la elección [1].", "Ana Ruiz no ganó la elección."),
    ("Torres reconoció la derrota [1].", "Torres no reconoció la derrota y anunció un recurso."),
    ("Ana Ruiz won the election [1].", "Ana Ruiz did not win the election."),
    ("Rui Palmeiro won outright [1].", "No candidate won outright."),
    ("Rui Palmeiro ganó en la primera vuelta [1].", "Ningún candidato ganó en la primera vuelta."),
]


@pytest.mark.parametrize("sentence, source", FAITHFUL)
def test_faithful_survives(sentence: str, source: str) -> None:
    assert _survives(sentence, source)


@pytest.mark.parametrize("sentence, source", UNFAITHFUL)
def test_unfaithful_is_caught(sentence: str, source: str) -> None:
    assert not _survives(sentence, source)


@pytest.mark.parametrize(
    "sentence, language",
    [
        ("No segundo turno perdeu Haddad, com 44,9%.", "pt"),
        ("Torres no reconoció la derrota.", "es"),
        ("Ruiz did not win.", "en"),
        ("Haddad Bolsonaro.", None),  # nothing tells
    ],
)
def test_language_of_a_sentence(sentence: str, language: str | None) -> None:
    assert language_of(sentence) == language
