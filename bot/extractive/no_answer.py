"""The line said instead of an answer when the sources do not report the asked election or result: a plain
statement in the reader's language, never a sentence of another race standing in for the answer.
"""

from __future__ import annotations

from bot.extractive.writer_messages import NOT_THAT_ELECTION, NOT_THAT_RESULT
from bot.i18n import t
from bot.models import DraftSentence
from retrieval.places import place_name


def not_reported(status: str, place: str, language: str) -> DraftSentence:
    """The sources cover the place but not the asked election (`status` "other_election"), or not the asked
    result of it."""
    message = NOT_THAT_ELECTION if status == "other_election" else NOT_THAT_RESULT
    return DraftSentence(text=t(language, message, place=place_name(place, language)))
