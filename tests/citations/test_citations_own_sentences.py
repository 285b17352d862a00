"""The check never removes what the bot itself quotes or composes correctly (invented sources)."""

from __future__ import annotations

from bot.citations import check_drafts
from bot.extractive import DIFFER, MARGIN_VOTES
from bot.i18n import t
from bot.models import Citation, DraftSentence

SOURCE = (
    "Según el acta final, Marta Quiroga obtuvo 1.204.331 votos, el 41,02 % del total. En segundo lugar quedó "
    "el liberal Tomás Ibarra, con 1.177.905 votos, equivalentes al 40,12 %. Commission chair Justice Elena "
    "Varga said 4,001,220 of the 5,300,000 registered voters had turned out, a turnout of 75.5 percent."
)


def _citation() -> Citation:
    return Citation(
        n=1, title="Acta final", source="Diario Sur", url="", quote=SOURCE, article_id="a1", published_at="2030-05-02"
    )


def test_a_quoted_sentence_survives_whatever_its_names_look_like() -> None:
    quotes = [
        "En segundo lugar quedó el liberal Tomás Ibarra, con 1.177.905 votos, equivalentes al 40,12 %.",
        "Commission chair Justice Elena Varga said 4,001,220 of the 5,300,000 registered voters had turned out, "
        "a turnout of 75.5 percent.",
    ]
    result = check_drafts([DraftSentence(text=q, citations=[1], quotes=[q]) for q in quotes], [_citation()])
    assert len(result.sentences) == 2, result.warnings
    assert all(s.evidence and s.evidence[0].quote.rstrip(".") in SOURCE for s in result.sentences)


def test_the_writers_own_framing_sentences_are_checked_on_their_figures_not_their_first_word() -> None:
    first = "Según el acta final, Marta Quiroga obtuvo 1.204.331 votos, el 41,02 % del total."
    second = "En segundo lugar quedó el liberal Tomás Ibarra, con 1.177.905 votos, equivalentes al 40,12 %."
    margin = t("es", MARGIN_VOTES, margin="26.426", a="1.204.331", b="1.177.905")
    differ = t("en", DIFFER, name="Ibarra", figure="40.12%", consensus="40.12%")
    drafts = [
        DraftSentence(text=margin, citations=[1], quotes=[first, second]),
        DraftSentence(text=differ, citations=[1], quotes=[second]),
    ]
    result = check_drafts(drafts, [_citation()])
    assert [s.text.split(" [")[0] for s in result.sentences] == [margin, differ], result.warnings
    # A wrong difference is still caught.
    wrong = t("es", MARGIN_VOTES, margin="36.426", a="1.204.331", b="1.177.905")
    assert not check_drafts([DraftSentence(text=wrong, citations=[1], quotes=[first, second])], [_citation()]).sentences
