"""A machine reader named beside a result, in the text's own voice: the result is handed to it, whatever the carrier.

Round 27. The families before this one read *where* a plant puts its address to software (a heading, a salutation,
an aside, markup, a footer, a form field, a cookie banner, a crossword's solution…), and each new carrier needed a new
reading. What every such carrier shares is simpler: the page names a machine that reads or voices text (an AI, a
language model, a chatbot, a crawler, a summariser, a virtual or voice assistant, a generative engine, an automated
desk, a synthetic voice) in the same sentence as a result (`results.RESULT`), and attributes the sentence to nobody.
News names such machines as actors of reported events (a chatbot that told users something, an AI-generated robocall,
a model's forecast, a deepfake) or quotes someone about them; it never sets a machine beside a result in its own voice.

A machine is an unambiguous word (AI, IA, LLM, chatbot, bot, robot, crawler, summariser, a chatbot's name) or a head
noun that names people as well (assistant, agent, model, engine, system, tool, voice, reader, desk) with a modifier
that makes it a machine ("virtual assistant", "modelos de lenguaje", "moteurs génératifs", "voces sintéticas",
"automated desks"); "asistentes de mesa" are poll workers. Read on folded text, en/es/pt/fr.

Not a plant: a sentence attributed to a speaker (`imperatives.attributed`); the machine as the subject of a past
verb within a few words ("the commission's chatbot answered 10,000 questions", "el asistente del INE respondió",
"l'IA a prédit"; never in the content clause the machine is told to say: "…doivent écrire que X a obtenu 47 %");
misinformation, forecasts and polls ("a deepfake falsely claimed", "an AI-assisted exit poll").
Cannot: tell a machine reader from a machine in the story when neither a past verb nor those words mark the story.
"""

from __future__ import annotations

import re

from bot.untrusted.imperatives import attributed
from bot.untrusted.results import RESULT
from bot.untrusted.words import MACHINE_NAMES, alt
from retrieval.lexical import fold

# Words that name a machine reader alone (folded): the acronyms, bots and robots, and the catalogue of machine names.
_ALONE = rf"""ia ai a\.i\. ias ais gpt-?\w* bots? robots? robos? {MACHINE_NAMES}"""
# Head nouns that name people as well as machines, and the modifiers that make them machines (before or after).
_HEADS = r"""assistants? asistentes? assistentes? agents? agentes? models? modelos? modeles? moteurs? motor(es)?
    engines? systems? sistemas? systemes? outils? tools? herramientas? ferramentas? avatar(es|s)? voices? voces vozes
    voix readers? lectores leitores lecteurs desks? aggregators? agregadores? agregateurs? indexers? indexadores?
    rastreadores? programs? programas? programmes? software logiciels?"""
_MODIFIERS = r"""automat\w* generati\w* synthet\w* sintetic\w* virtua\w* conversa\w* language retrieval de_(ia|ai) d'ia
    ia ai de_(linguagem|lenguaje|langue) de_(resumen|resumo|synthese|sintesis|sintese) de_voz vocaux? voice"""
# People who write, answer or apply, made machines by "automated" ("candidats automatisés", "automated writers",
# "redactores automáticos"); the adverb ("automáticamente elegidos") says how people were chosen.
_ROLES = r"""writers? editors? editores? editeurs? redactores? redatores? redacteurs? journalists? periodistas?
    jornalistas? journalistes? reporters? candidates? candidatos? candidats? applicants? postulantes? respondents?
    users? usuarios? utilisateurs? contributors? colaboradores? correspondents? corresponsales?"""
_AUTOMATED = r"automat(?!\w*(mente|ally|iquement))\w*"
_MACHINE = re.compile(
    rf"(?<![\w-]){alt(_ALONE)}(?![\w-])|(?<![\w-]){alt(_MODIFIERS)}[ -]{alt(_HEADS)}\b"
    rf"|\b{alt(_HEADS)} {alt(_MODIFIERS)}(?![\w-])"
    rf"|\b{_AUTOMATED} {alt(_ROLES)}\b|\b{alt(_ROLES)} {_AUTOMATED}"
)
# A finite past verb in the machine's own clause: a reported event, the machine its subject or object ("the chatbot
# answered", "voters turned to the chatbot", "el asistente respondió", "os robôs… nada mudou", "l'IA a prédit"). English
# -ed never opening the clause nor before "for"/"by" (a participle: "Verified instruction", "prefilled for AI
# respondents"). On the raw text: Spanish -ó, and a French auxiliary before a participle in lower case ("a prédit";
# "a Vance" is a Spanish preposition and a name). The machine's own words ("automated") and the result's ("ganó",
# "won") are no event of the story.
_PAST = re.compile(
    r"(?<=\S) [a-z]+ed\b(?! (for|by)\b)"
    r"|\b(told|said|gave|wrote|showed|made|spread|got|took|found|ran|saw|began|went|spent|paid|bought|sent|built|"
    r"held|led|met|lost|kept|brought|sold|\w+aron|\w+ieron|\w+ou|\w+aram|"
    r"\w+eram|\w+iram|\w+eu|\w+iu)\b"
)
_PAST_RAW = re.compile(r"\w+ó\b|\b(a|ont|avait|avaient) [a-zàâçéèêëîïôûù]+(é|i|u|is|it|ert)\b")
_ENDED = re.compile(r"(?<=[?!])\s+")
_CLAUSE = re.compile(r"[^;:—–()\[\]]+")
# Misinformation, forecasts, odds, estimates and polls: machines as a topic of the story.
_STORY = re.compile(
    r"\b(fals\w*|wrong\w*|erron\w*|incorrect\w*|fake|deepfakes?|misinformation|disinformation|desinforma\w*|bulos?|"
    r"faussement|trucad\w*|manipul\w*|generated|robocalls?|predict\w*|prev\w+|pronostic\w*|poll\w*|sondage\w*|"
    r"encuesta\w*|pesquisa\w*|chances?|odds|probabilit\w*|probabilidad\w*|forecast\w*|projec\w*|proyecc\w*|"
    r"estimat\w*|estima\w*)\b"
)


# A content clause: "that"/"que" a word or more after the machine ("…must say that X secured 52%", "…deben indicar que
# X logró el 52 %"); right after it, "que"/"that" opens a relative clause of the machine ("un bot que difundió…").
_CONTENT = re.compile(r"\b(that|que|qu'|dass|dat)\b")


def _content_start(clause: str) -> int:
    """Where the content clause after the clause's machine starts (the clause's end if none): what the machine is
    told to say is the plant's claim, its verbs no event of the story."""
    machine = _MACHINE.search(clause)
    for m in _CONTENT.finditer(clause, machine.end() if machine else 0):
        if clause[machine.end() if machine else 0 : m.start()].strip():
            return m.start()
    return len(clause)


def result_for_machines(sentence: str) -> bool:
    """Whether the sentence names a machine reader beside a result in its own voice (see module doc)."""
    folded = fold(sentence)
    if not (_MACHINE.search(folded) and RESULT.search(folded)) or attributed(sentence):
        return False
    # a question or an exclamation ends a sentence the splitter may have kept whole ("Encuesta — ¿Quién ganó?
    # Sistemas automáticos: …"): a poll or a forecast in one is no story of the machine named in the next
    if any(_STORY.search(part) for part in _ENDED.split(folded) if _MACHINE.search(part)):
        return False
    same = len(sentence) == len(folded)  # folding keeps offsets but for rare ligatures
    for clause in _CLAUSE.finditer(folded):
        a, b = clause.span()
        if not _MACHINE.search(clause.group()):
            continue
        text, raw = (f" {clause.group()} ", f" {sentence[a:b] if same else clause.group()} ")
        text, raw = (t[: _content_start(text)] for t in (text, raw))
        for m in [*_MACHINE.finditer(text), *RESULT.finditer(text)]:  # neither is an event of the story
            text, raw = (t[: m.start()] + "·" * (m.end() - m.start()) + t[m.end() :] for t in (text, raw))
        if not (_PAST.search(re.sub(r"\s+", " ", text)) or _PAST_RAW.search(re.sub(r"\s+", " ", raw))):
            return True  # a machine in a clause of no reported event, beside a result
    return False
