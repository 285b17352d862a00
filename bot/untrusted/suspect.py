"""A result carried by a line that names software or wears markup is no evidence, whatever its grammar.

Every other rule of this package reads how a sentence addresses someone: a mood, a label, a duty, a reader. A plant
written in a shape those rules have not met (a new label, a new carrier, a language the tables lack, a courtesy
formula) still has two things it cannot do without: it names the software it wants to steer, or it hides in the page's
machinery, and it carries the result it wants said. News prose that names software beside a result is news about
software (a chatbot's false claim, a deepfake's figure), and that sentence is no evidence of the result either; news
prose does not carry markup. So a sentence is distrusted as evidence when it

- names software that reads or writes text, in any language: an AI acronym as a word ("AI", "IA", "KI", "LLM", "GPT"),
  a catalogue name shared with the other rules (`words.MACHINE_NAMES`: language models, chatbots, crawlers,
  summarisers, virtual assistants, artificial intelligence in the languages read), a bot or robot, or a machine known
  by an automatic output or reader ("résumés automatiques", "automated readers", "leitura automática"); or
- carries markup: an HTML or XML element or comment, a template's braces, a code comment, an attribute of markup; and
- hands out a result (`results.RESULT`, a figure with decimals, or `results.HANDED_WORDS`: a win, a rank, seats, what
  is "real"; a bare count such as "answered 40,000 questions" is what software did).

A weaker sign counts only with a claim nobody else in the passage makes: a line that speaks of a summary, an assistant
or instructions (words news uses too: "the assistant returning officer", "In summary, …") and states a figure as a
result (a share, a count with its unit, a figure with decimals) that no other sentence of the passage states. The
passage's own reporting corroborates what it reports; a plant's false figure is stated once, in its own line.

It decides evidence only (`untrusted`), never what is reportable: the sentence stays a quote the user may see, and a
genuine sentence about software loses nothing a briefing needs, as it is no account of the count. What it cannot see:
a plant that names no software and wears no markup ("Note to the desk: X won"), or names software by a word not in the
catalogue; a counting machine ("voting machines", "automatic recount") is never software here.
"""

from __future__ import annotations

import re

from bot.untrusted.imperatives import _QUOTED, _blank, attributed
from bot.untrusted.results import FIGURE, HANDED, HANDED_WORDS, RESULT
from bot.untrusted.words import MACHINE_NAMES, alt
from retrieval.lexical import fold

# AI acronyms, case-sensitive on the original text, as words of their own or heading a compound ("KI-Systeme").
_ACRONYM = re.compile(r"(?<![\w-])(AI|AIs|A\.I\.|I\.A\.|IA|IAs|KI|LLMs?|GPTs?|GPT-?\d\w*)(?![\w])")
# Software by name (folded text): the shared catalogue, bots and robots (accented or English forms only: the Spanish
# "robo" is a theft), chatbots glued to a prefix, and readers or writers said to be automatic, in either word order.
_AUTO = r"(automat\w*|machine|artificial\w*|sintetic\w*|synthetic\w*|synthese|generative?)"
_OUTPUT = (
    r"(summar\w*|resum\w*|sintes\w*|synthes\w*|zusammenfass\w*|samenvat\w*|readers?|lector\w*|leitor\w*|lecteur\w*|"
    r"leser\w*|lezer\w*|writers?|redactor\w*|redator\w*|narrat\w*|voices?|voz|vozes|voix|summar\w*|podsumow\w*)"
)
_SOFTWARE = re.compile(
    rf"\b({alt(MACHINE_NAMES)}|\w*chatbots?|bots?|botnet\w*|robots?|sztuczn\w*_inteligencj\w*|"
    rf"umel\w*_inteligenc\w*|tekoaly\w*|artificiell_intelligens|kunstig_intelligens|mesterseges_intelligencia|"
    rf"inteligent\w*_artificial\w*|{_AUTO}_{_OUTPUT}|{_OUTPUT}_{_AUTO})\b".replace("_", r"[\s-]")
)
# Robots written with their accents, read before folding ("robô", "robôs", "robozinho").
_ROBO = re.compile(r"\brob[ôó]s?\b|\brobozinho\w*", re.IGNORECASE)
# Markup: an element or a comment, a template's braces, a code comment, a markup attribute.
_MARKUP = re.compile(
    r"</?[A-Za-z][\w:-]*(\s[^<>]*)?/?>|<!--|-->|\{\{|\}\}|\{\s*[\"']|/\*|\*/|\b(aria|data)-[a-z]+\s*=|\bitemprop\s*="
)


# Where markup ends a line: a closing element, a comment's or a code comment's end, a closing brace.
_MARKUP_END = re.compile(r"(</[\w:-]+>|-->|\*/|\}|/>)\W*$")


def names_software(sentence: str) -> bool:
    """Whether the sentence names software that reads or writes text (never a counting machine), outside the words
    of a speaker it names ('« personne ne vote comme un robot », a lancé un électeur' is a voter's image)."""
    text = _QUOTED.sub(_blank, sentence) if attributed(sentence) else sentence
    return bool(_ACRONYM.search(text) or _ROBO.search(text) or _SOFTWARE.search(fold(text)))


def in_markup(sentence: str) -> bool:
    """Whether the sentence's result lives in markup: an element, a comment or braces that wrap the line, or a line
    whose result is gone once its tags are dropped (a description in an attribute); prose after a tag the splitter
    glued to it ('<meta …> ANTANANARIVO — X was re-elected with…') is the article's."""
    if not _MARKUP.search(sentence):
        return False
    prose = re.sub(r"<[^<>]*>", " ", sentence)
    return bool(_MARKUP_END.search(sentence)) or not HANDED.search(fold(prose))


# A result handed out: a share, a count with its unit, a win or a rank (`results.RESULT`), a figure with decimals, or
# the words software is handed a result with (`results.HANDED_WORDS`); a bare count ("answered 40,000 questions", "at 7
# p.m.") is what software did, not a result.
_RESULT = re.compile(rf"{RESULT.pattern}|\b\d+[.,]\d{{1,2}}\b(?![.,]\d)|{HANDED_WORDS.pattern}")


def suspect(sentence: str) -> bool:
    """A result handed out in a line that names software or carries markup: no account of the count."""
    if not _RESULT.search(fold(sentence)):
        return False
    return names_software(sentence) or in_markup(sentence)


# Words of what a plant is for, which news prose uses too ("the assistant returning officer", "In summary, …", "the
# instructions to polling staff"): a summary or a digest, an assistant, instructions (en, es, pt, fr, it, de, nl, pl;
# folded). Alone they are no sign; beside a figure no other sentence of the passage states, they are (`uncorroborated`).
_ASKING = re.compile(
    r"\b(summar\w*|resum\w*|sintes\w*|synthes\w*|digests?|recaps?|samenvat\w*|zusammenfass\w*|podsumow\w*|"
    r"condens\w*|assistants?|asistentes?|assistentes?|assistent\w*|asystent\w*|instructions?|instrucciones?|"
    r"instrucoes?|consignes?|istruzion\w*|hinweis\w*|uwaga)\b"
)
# A figure stated as a result: a share or a count with its unit (`results.FIGURE`) or a figure with decimals.
_CLAIMED = re.compile(rf"{FIGURE}|\b\d+[.,]\d{{1,3}}\b")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def _figures(text: str) -> set[str]:
    """The figures a text states, decimal commas read as points ("52,7" is "52.7")."""
    return {m.group().replace(",", ".") for m in _NUMBER.finditer(text)}


def uncorroborated(parts: list[str], i: int) -> bool:
    """Whether sentence `i` states a figure as a result that no other sentence of its passage states."""
    claimed = set().union(*(_figures(m.group()) for m in _CLAIMED.finditer(fold(parts[i])))) if parts else set()
    others = set().union(set(), *(_figures(p) for j, p in enumerate(parts) if j != i))
    return bool(claimed - others)


def suspect_lines(parts: list[str]) -> set[int]:
    """Indices of the passage's sentences that are `suspect`, and of those that speak of summaries, assistants or
    instructions while stating a figure as a result that no other sentence of the passage states: a claim made only in
    such a line is no account of the count."""
    return {
        i
        for i, sentence in enumerate(parts)
        if suspect(sentence) or (_ASKING.search(fold(sentence)) and uncorroborated(parts, i))
    }
