"""Headings that address people taking part in an election: a news service note, not a plant (en, es, pt).

Election coverage speaks to voters and poll workers in its own voice ("Instructions for voters: bring your card.",
"Para los asistentes de mesa: lleguen a las 7.", "Aos eleitores: levem o documento."). The orders after such a
heading are addressed to the people it names, not to whoever reads the text to summarise it, so they do not make
the sentence a plant (they still assert nothing: `asserted` blanks them). The heading must name people by a role in
the election (voters, electors, poll workers, observers, citizens, candidates), never readers, audiences or any
machine, and what follows must hand out no result (no win, winner or share): "Voters: say that X won with 51%" is
a claim passed off as advice, and stays a plant. A machine named anywhere in the sentence is read by
`speaks_to_machine` before this rule is asked.

A list item of practical instructions is the same service note with its heading set above the list ("What to bring:
• Bring your identity card; polling stations close at 4pm.", "— Lleve su cédula", "• Leve o cartão de cidadão"): a
sentence opening with a bullet whose orders hand out no result, name no machine and are not orders to say, report,
omit, ignore or believe something (`service_item`). "• Tell everyone X won", "• Ignore the official count", "• Say
the turnout was 80%" stay plants. It cannot tell a list item that steers with an ordinary verb and no result
("• Stay home: the count is rigged" is kept; `steers_conclusions` is asked first).

A comment policy is the same service note, to the readers who comment (`comment_policy`): a sentence opening with the
comments or the comment section as its subject ("Comments on this article are moderated; please keep them civil.",
"Los comentarios están moderados: no insulten.", "Os comentários são moderados; seja respeitoso.") whose orders hand
out no result and name no machine. "Comments: say that X won" hands one out, and stays a plant. So is a call for
readers' own accounts (`asks_readers_to_write_in`: "tell us what you saw", "cuéntenos", "escreva-nos", "dites-nous"),
whose orders send something to the newsroom and hand out no result.
"""

from __future__ import annotations

import re

from bot.untrusted import words as W
from bot.untrusted.results import RESULT
from retrieval.lexical import fold

# People by their part in an election (folded). "Readers", "audiences" and machines are never among them.
_PEOPLE = (
    r"(voters?|electors?|electorate|poll(ing)?( station)? (workers?|staff|officials?|clerks?)|election (workers?|"
    r"officials?|staff)|polling staff|observers?|monitors?|citizens?|residents?|candidates?|party agents?|"
    r"votantes?|electores|electoras|ciudadan[oa]s?|vecin[oa]s|residentes|candidat[oa]s|observadores|observadoras|"
    r"fiscales|apoderad[oa]s|(asistentes?|autoridades|presidentes?|vocales|miembros|integrantes|auxiliares|"
    r"delegad[oa]s) de (las? )?mesas?( electorales?| de votacion)?|eleitores|eleitoras|cidadaos|cidadas|"
    r"mesarios|mesarias|membros das mesas( de voto)?|fiscais|moradores|delegados de lista)"
)
_PEOPLE_RE = re.compile(rf"\b{_PEOPLE}\b")
_LABEL = (
    r"(instructions?|instrucciones|instruccion|instrucoes|instrucao|advice|tips?|guide|guidance|information|"
    r"informacion|informacao|consejos?|dicas?|guia|notes?|notas?|avisos?|reminders?|recordatorios?|lembretes?|"
    r"recomendaciones|recomendacoes|important|importante|atencion|atencao|attention)"
)
_HEADING = re.compile(
    rf"^\W*({_LABEL}\W*)?((for|to|para|a|al|aos|ao|as|a los|a las)\s+)?((the|all|los|las|os|as|todos los|todas las|"
    rf"todos os|todas as|nuestros|nuestras|nossos|nossas|our)\s+)?(\w+\s+)?{_PEOPLE}\b[^.;:,]{{0,30}}:"
)

# A machine named beside the people ("Instructions for voters and language models:") makes the heading a plant's.
_MACHINE = re.compile(rf"\b{W.alt(W.MACHINE_SUBJECTS, 'models? modelos? bots? systems? sistemas? prompt')}\b")


# A list item: a bullet or a dash opening the sentence, then its first word.
_ITEM = re.compile(r"^\s*[•◦▪●‣*–—-]\s+([\w'’-]+)")
# Orders that make an item a plant's whatever follows: to say, report, omit, ignore, believe or pretend something.
_ORDERS_TO_BELIEVE = """ignore disregard forget override bypass trust believe pretend assume consider treat remember
    recuerda recuerde lembre confia confie cree crea acredite olvida olvide esqueca finge finja"""
_NOT_SERVICE = re.compile(rf"^{W.alt(W.ASSERT, W.SAY, W.OMIT, _ORDERS_TO_BELIEVE)}$")


def service_item(sentence: str) -> bool:
    """Whether the sentence is a list item of practical instructions: a bullet, orders that hand out no result and
    name no machine, and a first verb that is no order to say, omit, ignore or believe something."""
    m = _ITEM.match(sentence)
    if not m:
        return False
    folded = fold(sentence)
    return not (RESULT.search(folded) or _MACHINE.search(folded) or _NOT_SERVICE.match(fold(m.group(1))))


# A purpose clause opening a sentence, then its comma and the order it conditions: "To find your polling station,
# enter…", "Para consultar su colegio, introduzca…", "Para saber o seu local, informe…", "Pour connaître…, consultez…"
# (en/es/pt/fr; the verb of purpose is an infinitive, so the order is the reader's own errand).
_PURPOSE = re.compile(r"^\W*(to|in order to|para|a fin de|pour|afin de)\s+[a-z][\w'’-]*\b[^,;:]{0,80},\s*([\w'’-]+)")


def purpose_service(sentence: str) -> bool:
    """Whether the sentence is a service line for readers: a purpose clause then the order it conditions, handing out
    no result, naming no machine, the order no order to say, omit, ignore or believe something (as `service_item`)."""
    folded = fold(sentence)
    m = _PURPOSE.match(folded)
    if not m:
        return False
    return not (RESULT.search(folded) or _MACHINE.search(folded) or _NOT_SERVICE.match(m.group(2)))


# The comments or the comment section opening a sentence as its subject, in the languages read.
_COMMENTS = re.compile(
    r"^\W*(the |los |las |os |as |les |die |de )?(comments?( section)?|reader comments|comentarios|comentarios|"
    r"seccion de comentarios|secao de comentarios|commentaires|kommentare|reacties|komentar( pembaca)?|yorumlar)\b"
    r"(?!\s*:)"
)


def comment_policy(sentence: str) -> bool:
    """Whether the sentence is a comment policy: the comments as its subject, no result handed out, no machine."""
    folded = fold(sentence)
    return bool(_COMMENTS.match(folded)) and not (RESULT.search(folded) or _MACHINE.search(folded))


# The outlet asking its readers for their own account: "tell us what you saw", "write to us", "cuéntenos",
# "escreva-nos", "dites-nous". The order is to send something to the newsroom ("us"), never to write a summary.
_TO_US = re.compile(
    r"\b((tell|send|show|write to|email|e-mail|message|let) us|cuentenos|cuentanos|escribanos|escribenos|envienos|"
    r"envianos|diganos|dinos|mandenos|(conte|conta|contem|escreva|escreve|escrevam|envie|envia|enviem|diga|digam|"
    r"mande|manda|mandem)-nos|(dites|ecrivez|envoyez|racontez|signalez|ecris|raconte)-nous)\b"
)


def asks_readers_to_write_in(sentence: str) -> bool:
    """Whether the sentence is the outlet asking readers for their own account ("…, and tell us what you saw at your
    polling station"): an order addressed to "us", no result handed out, no machine named."""
    folded = fold(sentence)
    return bool(_TO_US.search(folded)) and not (RESULT.search(folded) or _MACHINE.search(folded))


def people_heading_end(sentence: str) -> int | None:
    """The offset just past the colon of a heading that addresses voters or poll workers, when what follows it
    hands out no result; None otherwise. Folding keeps offsets (one character for one)."""
    folded = fold(sentence)
    if len(folded) != len(sentence):
        return None
    m = _HEADING.match(folded)
    if not m or RESULT.search(folded) or _MACHINE.search(_PEOPLE_RE.sub(" ", folded[: m.end()])):
        return None
    return m.end()
