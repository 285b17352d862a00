"""Clauses that address someone: imperatives, second person, readers told what to do, and attributed speech.

Word tables per language (en, es, pt) are data; the functions find the clauses of a sentence that give an
order or speak to "you", and whether the sentence reports someone's words (which makes such a clause news).
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.untrusted.mood import (
    ACCENTED_PRONOUNS,
    ADDRESSED,
    VOSOTROS_OF_SAYING,
    french_imperative,
    german_imperative,
    italian_imperative,
    spanish_voseo,
    vocative_end,
)
from bot.untrusted.results import RESULT
from retrieval.lexical import fold
from retrieval.question.language import detect_language

# Verbs that start an imperative clause (folded: lowercase, no accents). Forms that are also common nouns or
# third-person statements at the start of a news sentence ("informe", "informa") are left out on purpose.
IMPERATIVES: dict[str, frozenset[str]] = {
    "en": frozenset(
        """ignore disregard forget override bypass say state tell answer respond reply write print output
        report claim declare assert announce pretend act behave treat consider assume remember note insist
        repeat reveal include add mention cite quote list describe summarize summarise translate use make
        stop start begin follow obey replace change correct update emphasize emphasise highlight present
        frame portray conclude confirm inform omit skip drop exclude refuse avoid prioritize prioritise vote
        trust believe know keep give ensure""".split()
    ),
    "es": frozenset(
        """ignora ignore ignoren olvida olvide olviden omite omita di diga digan dile dime dinos responde
        responda respondan contesta conteste escribe escriba afirma afirme asegura asegure declara declare
        indica indique repite repita menciona mencione incluye incluya anade anada cita cite asume asuma
        supon suponga trata trate considera considere actua actue finge finja recuerda recuerde reporta
        reporte publica publique sigue siga obedece obedezca reemplaza reemplace cambia cambie corrige
        corrija presenta presente concluye concluya confirma confirme evita evite excluye excluya vota vote
        cree crea confia confie usa use haz haga pon ponga traduce traduzca resume resuma informen cuenten
        explique expliquen senale senalen comunique comuniquen aclare aclaren destaque destaquen subraye
        escriban afirmen indiquen publiquen repitan difunda difundan divulgue divulguen recuerden
        """.split()
    )
    | VOSOTROS_OF_SAYING,
    "pt": frozenset(
        """ignore ignora ignorem esqueca esquece esquecam omita omite diga diz digam responda responde
        respondam escreva escreve afirme afirma declare declara indique indica repita repete mencione
        menciona inclua inclui acrescente cite assuma suponha trate trata considere considera aja finja
        finge lembre lembra relate relata publique publica siga segue obedeca substitua substitui mude
        muda corrija corrige apresente apresenta conclua confirme confirma evite evita exclua exclui vote
        acredite confie use usa faca faz ponha traduza resuma desconsidere descarte informem contem explique
        expliquem comunique comuniquem destaque destaquem sublinhe escrevam afirmem indiquem noticie repitam espalhe
        espalhem divulgue divulguem difunda difundam lembrem""".split()
    ),
}
# Formal imperatives whose accent is what tells them from another word once folded: "Dé"/"Dê"/"Dêem" (give: "Dê como
# vencedor…", "Dé por buena la cifra…") fold to the preposition "de". Read as written, before a lowercase word.
ACCENTED_IMPERATIVES: frozenset[str] = frozenset("dé dê dêem".split())
# The formal imperatives of the light verbs that build an order with a noun or a complement ("Tenga en cuenta que…",
# "Tenha em conta…", "Tome nota:", "Deixe claro…", "Anote como resultado…"), es and pt: the present subjunctive, which
# no news sentence opens a clause with; orders only before a lowercase word, since some are also names ("Tome
# Vasconcelos, the outgoing mayor, …").
LIGHT_VERBS: frozenset[str] = frozenset(
    """tenga tengan pongan hagan tome tomen anote anoten registre registren deje dejen coloque coloquen muestre
    muestren atribuya atribuyan tenha tenham ponham facam tomem anotem registrem deixe deixem coloquem mostre
    mostrem atribua atribuam""".split()
)
# Words that may precede the imperative verb without changing the mood.
LEAD_INS: frozenset[str] = frozenset(
    """please kindly now just simply instead always never also then so and but do don't dont not
    por favor ahora solo simplemente siempre nunca tambien luego entonces y pero no
    agora apenas simplesmente sempre nunca tambem entao e mas nao ne non""".split()
)
# Negations before a second-person subjunctive, the negative imperative of Spanish and Portuguese.
_NEGATIONS = frozenset("no nao".split())
# Second-person words: a news report speaks about people, not to the person reading it (`mood.ADDRESSED`), and verbs
# of the second person singular that carry the pronoun themselves.
SECOND_PERSON: frozenset[str] = frozenset().union(
    *ADDRESSED.values(), "debes deberias tienes puedes necesitas deves deverias podes eres".split()
)
# Idioms that open with an imperative or "you" but frame a statement about someone else.
FRAMING_IDIOMS: dict[str, tuple[str, ...]] = {
    "en": (
        r"say what you (will|like|want)",
        r"love (him|her|it|them) or (hate|loathe) (him|her|it|them)",
        r"make no mistake",
        r"mind you",
        r"believe it or not",
        r"(needless|suffice it) to say",
        r"you (know|see)",
        r"mark my words",
        r"let'?s (be honest|face it)",
        r"give or take",
        r"(go |try )?(tell|telling) (that|it) to",  # a retort about someone else: "Tell that to the pollsters: …"
    ),
    "es": (
        # a verb repeated around "lo que/quien/quem" is a concession: "pase lo que pase", "responda quem responder"
        r"(?P<stem>\w{4,})\w* (lo que|o que|quem|quien|quienes|como|onde|donde|cuando|quando) (?P=stem)\w*",
        r"d[ií]gase lo que se diga",
        # a concessive subjunctive with its alternative: "Tenga o no razón…", "Queira ou não…", "Guste o no…"
        r"\w{3,} (o|ou) (no|nao)\b",
        r"digan lo que digan",
        r"guste o no",
        r"dicho sea de paso",
        r"ojo",
        r"fijate",
        r"cr[eé]alo o no",
    ),
    "pt": (
        r"diga-se o que se (disser|quiser)",
        r"de (no|o) que der",
        r"queira ou n[aã]o",
        r"goste-se ou n[aã]o",
        r"diga-se de passagem",
        r"acredite se quiser",
        r"veja bem",
    ),
}
READERS = re.compile(
    r"\b(readers?|viewers?|audiences?|lectores|lectoras|leitores|leitoras|lecteurs|lectrices)\b.{0,40}\b"
    r"(should|must|need to|have to|are (asked|urged|advised|told)|deben|deberian|tienen que|devem|deveriam|"
    r"tem que|precisam|doivent|devraient|"
    # told what they are owed to know: "Readers deserve the truth:", "Los lectores merecen saber…"
    r"deserve (to know|the truth)|merecen (saber|conocer|la verdad)|merecem (saber|conhecer|a verdade)|"
    r"meritent (de savoir|de connaitre|la verite))\b"
)
SPEECH = re.compile(
    r"\b(said|says|told|tells|urged|urges|asked|asks|wrote|writes|declared|added|insisted|warned|tweeted|"
    r"posted|shouted|chanted|reminded|reminds|according to|dijo|dice|afirmo|afirma|declaro|senalo|aseguro|pidio|insto|"
    r"exhorto|escribio|agrego|anadio|advirtio|segun|disse|diz|afirmou|declarou|pediu|escreveu|acrescentou|"
    r"alertou|recordo|recordaron|lembrou|lembraram|segundo|de acordo com|conforme|selon|d['’]apres|"
    # the imperfect of saying, as a slogan or a banner reads ("Usted decide, rezaba el lema…", "dizia o cartaz")
    r"decia|decian|rezaba|rezaban|dizia|diziam|rezava|rezavam|respondio|contesto|replico|respondeu|contestou|replicou)\b"
    # French reporting verbs in the compound past or with an inverted subject: "a lancé", "ont déclaré", "dit-il"
    r"|\b(a|ont|avait|avaient) (dit|declare|affirme|ecrit|lance|assure|explique|rappele|souligne|ajoute|demande|"
    r"insiste|averti|martele|precise|annonce|estime|tweete|publie|exhorte|appele)\b"
    r"|\b(dit|declare|affirme|lance|assure|explique|ajoute|precise|estime|insiste|rappelle|souligne)-(t-)?(il|elle|ils|elles)\b"
    # a broadcast transcript's speaker label: "[Transcript, 00:14:32] HOST: Tell us…", "PRESENTADORA: Díganos…"
    r"|^\W*(\[[^\]]{0,40}\]\s*)?(host|co-host|anchor|presenter|reporter|correspondent|interviewer|moderator|guest|"
    r"presentador[a]?|entrevistador[a]?|periodista|corresponsal|moderador[a]?|invitad[oa]|apresentador[a]?|"
    r"reporter|jornalista|correspondente|convidad[oa])\s*:"
)
# English verbs that also open ordinary news sentences as nouns ("State media", "Vote counting"): imperative
# only when an object or complement follows.
AMBIGUOUS_EN = frozenset(
    "state report vote note change start list quote trust use stop present update drop frame correct answer "
    "claim output print act treat cite count record mind keep know make add include".split()
)
# Spanish and Portuguese forms that are also nouns or statements ("Informe preliminar", "Reporte de la OEA",
# "Conte com"): imperative only when a recipient or "que" follows ("Informe que…", "Conte aos leitores…").
AMBIGUOUS_ES_PT = frozenset("informe informen reporte reporten conte cuente relate resuma resumo cita nota".split())
_RECIPIENT_STARTS = frozenset(
    "que a al aos ao as os las los todos todas sempre isto esto eso isso lo o la le les lhe lhes".split()
)
# A clitic fused to a Spanish verb with a written accent is an imperative ("Dígales", "Cuéntele", "Explíqueles")
# when a lowercase word follows (names such as "Villatoro" or "Ángeles" go on with a capital or a comma); with
# "lo/la/los/las" only on a known imperative ("Escríbalo"). A gerund ("diciéndole") does not end in -a/-e.
_ES_ENCLITIC = re.compile(r"(?i)^(?P<stem>\w*[áéíóú]\w*?(a|e|an|en))(?P<clitic>me|le|les|nos|lo|la|los|las)$")
# A Portuguese verb in -e/-a with a hyphenated clitic opening a clause ("Diga-lhes", "Informe-os", "Conte-lhes");
# irregular past forms ("Disse-lhes", "Trouxe-lhe") are statements.
_PT_ENCLITIC = re.compile(r"^(\w+[ea])-(lhe|lhes|os|as|o|a|me|nos)\b")
_PT_PAST_E = frozenset("disse trouxe quis fez houve soube coube pode teve esteve veio deu foi".split())
_OBJECT_STARTS = frozenset(
    "that the a an this these those all any every it them him her only instead clearly what who how whether sure "
    "everything nothing no one".split()
)
SUBORDINATORS = frozenset(
    """when if before after while once as in for unless whenever cuando si antes despues al mientras para en
    quando se depois ao enquanto em""".split()
)
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|«[^»]*»|‘[^’]*’")
_STRONG = re.compile(r"[;:—–()]|\s-\s")
_WEAK = re.compile(r",|\b(and then|and|then|y luego|y|luego|e depois|e|or|ou)\b")
_WORD = re.compile(r"[\w'’]+")
# The particle of an English compound noun made of a verb ("write-in", "run-off", "follow-up", "stand-by").
_PARTICLES = r"(in|ins|out|outs|off|offs|up|ups|down|over|by|on|ons|back|backs|away|through|about)"


@lru_cache(maxsize=1024)
def _compound(verb: str) -> re.Pattern[str]:
    """A verb joined to a particle by a hyphen ("write-in"), compiled once per verb, not per clause."""
    return re.compile(rf"(?<![\w-]){re.escape(verb)}-{_PARTICLES}\b")


_WHOLE_WORD = re.compile(r"(?<![\w-])[\w'’]+(?![\w-])")


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


def _pieces(text: str, a: int, b: int, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    spans, start = [], a
    for m in pattern.finditer(text, a, b):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, b))
    return [(x, y) for x, y in spans if text[x:y].strip()]


@lru_cache(maxsize=1)
def _idioms() -> re.Pattern[str]:
    return re.compile(r"\b(" + "|".join(p for ps in FRAMING_IDIOMS.values() for p in ps) + r")\b")


def _imperative_at(
    clause: str, opening: bool, original: str = "", tail: tuple[str, str] = ("", ""), sentence: str = ""
) -> bool:
    """Whether a clause starts (after lead-ins such as "please", "do not", "no") with an imperative verb; `tail`
    is the clause and what follows it up to a strong break (folded, original), where an inverted subject ends;
    `sentence` the whole sentence, whose language tells a French imperative (`mood`) from a surname."""
    words = [w.replace("’", "'") for w in _WORD.findall(clause)]
    i = 0
    while i < len(words) and i < 3 and words[i] in LEAD_INS:
        i += 1
    if i >= len(words):
        return False
    if words[i] in ("don't", "dont"):
        return True
    verb = words[i]
    if f"{verb}-" in clause and _compound(verb).search(clause):
        return False  # an English compound noun, not an order: "Write-in candidates shared…", "Follow-up polls…"
    raw_words = _WORD.findall(original)
    raw = raw_words[i] if len(raw_words) > i else ""
    light = raw.lower() in ACCENTED_IMPERATIVES | LIGHT_VERBS and fold(raw).lower() == verb  # not blanked by an idiom
    if light and not original[original.find(raw) + len(raw) :].startswith("-"):  # "Registre-se": impersonal
        # "Dê como vencedor…", "Dé por buena…": the accent is the verb's, folding makes it "de"; "Tenha em conta…"
        return len(raw_words) > i + 1 and raw_words[i + 1][:1].islower()
    enclitic = _ES_ENCLITIC.match(raw)
    # "Repítanlo." ends its clause: a plural imperative with its clitic, or any lowercase one ("…: repítanlo")
    closing = len(raw_words) == i + 1 and (raw[:1].islower() or (enclitic and enclitic.group(2) in ("an", "en")))
    if (
        enclitic
        and (closing or (len(raw_words) > i + 1 and raw_words[i + 1][0].islower()))
        and (closing or original[original.find(raw) + len(raw) :].startswith(" "))
    ):
        stem = fold(enclitic.group("stem"))
        if enclitic.group("clitic") in ("me", "le", "les", "nos") or stem in IMPERATIVES["es"]:
            return True
    rest = clause.lstrip(" \"'“‘¿¡([")
    pt = _PT_ENCLITIC.match(rest[rest.find(verb) :] if verb in rest else "")
    if pt and pt.group(1) not in _PT_PAST_E and not re.match(r"\w+-se\b", rest[rest.find(verb) :]):
        return True
    if verb in _COPULAS and i + 1 < len(words) and _PREDICATIVE.match(words[i + 1]):
        return False
    if _inverted_subject(verb, tail[0] or clause, tail[1] or original):
        return False
    if verb in AMBIGUOUS_ES_PT:
        # "Nota" and whom the note is for, and nothing else in the clause ("Nota aos editores: …", "Nota para los
        # editores: …") is a label heading what follows, never an order
        if verb == "nota" and i == 0 and 3 <= len(words) <= 4 and words[-1] not in _RECIPIENT_STARTS:
            return False
        return i + 1 < len(words) and words[i + 1] in _RECIPIENT_STARTS
    if verb in _REFLEXIVE_ORDERS or (
        f"{verb}-se" in _REFLEXIVE_ORDERS and bool(re.match(rf"{re.escape(verb)}-se\b", rest[rest.find(verb) :]))
    ):
        return True  # "Lembre-se: …", "Acuérdese de que…": a reflexive verb's "-se" is the reader, told to remember
    # "Diga-se", "Note-se": impersonal, addressed to no one
    if f"{verb}-se" in clause and re.search(rf"\b{re.escape(verb)}-se\b", clause):
        return False
    if verb.endswith("se") and raw and _ES_IMPERSONAL.match(raw):
        return False  # "Recuérdese que…", "Nótese que…", "Téngase en cuenta…": impersonal, addressed to no one
    if verb in rest and french_imperative(verb, rest[rest.find(verb) + len(verb) :], raw, sentence or original):
        return True
    if spanish_voseo(raw, original[original.find(raw) + len(raw) :] if raw else "", sentence or original):
        return True
    if verb in rest and italian_imperative(verb, rest[rest.find(verb) + len(verb) :]):
        return True
    if german_imperative(raw_words, i):
        return True
    if i > 0 and words[i - 1] in _NEGATIONS and _negative_imperative(verb, sentence or original):
        return True
    if raw.lower().endswith("é"):
        return False  # a French participle or noun ("Résumé :"), a Spanish first-person past: never an imperative
    if not any(verb in verbs for verbs in IMPERATIVES.values()):
        stem = re.sub(r"(selo|sela|selos|selas|le|les|lo|la|los|las|me|nos|se|te)$", "", verb)
        if stem == verb or not any(stem in verbs for verbs in IMPERATIVES.values()):
            return False
    if verb in AMBIGUOUS_EN and i + 1 < len(words) and words[i + 1] == "of":
        return False  # a noun with its complement, wherever the clause starts: "; State of Law 228,561", "List of…"
    if opening and verb in AMBIGUOUS_EN and not (i > 0 or (i + 1 < len(words) and words[i + 1] in _OBJECT_STARTS)):
        return False
    return True


def _negative_imperative(verb: str, sentence: str) -> bool:
    """Whether `verb`, after "no"/"não", is the second-person subjunctive that negates an order: the formal imperative
    of the tables and an "s" ("No menciones…", "No digas…", "Não cites…"); "No votes were cast" is English."""
    stem = verb[:-1] if verb.endswith("s") else ""
    return stem in IMPERATIVES["es"] | IMPERATIVES["pt"] and detect_language(sentence, "en") != "en"


# Verbs used reflexively, whose "-se" form is an order to the reader ("Lembre-se: …", "Acuérdese de que…"); on any
# other verb a fused or hyphenated "-se" is impersonal ("Recuérdese que…", "Recorde-se que…", "Note-se que…").
_REFLEXIVE_ORDERS = frozenset(
    "lembre-se lembrem-se acuerdese acuerdense fijese fijense asegurese asegurense certifique-se certifiquem-se "
    "assegure-se assegurem-se".split()
)
# A Spanish verb with a written accent and "se" fused to it: the impersonal "se" ("Recuérdese", "Nótese", "Téngase").
_ES_IMPERSONAL = re.compile(r"(?i)^\w*[áéíóú]\w*?(a|e|an|en)se$")


_STARTS_BEFORE = " \"'“‘«¿¡(["
_TITLE_CASE_TEST = re.compile(r"(?<![\w'’-])[a-záéíóúâêôãõçñü]\w{3,}")


def _opens_name(original: str, a: int, b: int) -> bool:
    """Whether the word at a..b, written with a capital, is part of a proper name rather than a pronoun: a
    capital inside a sentence ("…, do Te Pāti Māori", "em Te Atatū"), or at its start with a capitalised word
    after it in a sentence that is not in title case ("Te Pāti Māori took six seats"). A pronoun is capitalised
    only where a sentence starts, and then the word after it is lowercase ("Te pido…", "You must…")."""
    if not original[a : a + 1].isupper():
        return False
    before = original[:a].rstrip(_STARTS_BEFORE)
    if before and before[-1] not in ".!?:;—–":
        return True
    after = re.match(r"\s+([\w'’-]+)", original[b:])
    return bool(after and after.group(1)[:1].isupper() and _TITLE_CASE_TEST.search(original))


# A verb that can be a copula or an aspect verb ("sigue vigente", "segue em vigor", "sigue siendo"), followed by a
# predicative, states how something is: there is no object for a reader to act on, so it is no order. "Sigue las
# instrucciones" and "Siga estas ordens" have an object and stay orders.
_COPULAS = frozenset("sigue siguen segue seguem continua continuan continuam queda quedan fica ficam permanece".split())
_PREDICATIVE = re.compile(
    # never a determiner that opens an object: "Sigue estas instrucciones", "Segue todas as ordens"
    r"^(?!(esta|estas|este|estos|esto|esa|esas|ese|esos|essa|essas|esse|esses|isto|isso|toda|todas|todo|todos|"
    r"nuestra|nuestras|nossa|nossas|sus|tus|suas|tuas|otra|otras|outra|outras|misma|mismas|mesma|mesmas|"
    r"aquella|aquellas|aquela|aquelas)$)"
    r"(\w+(ado|ada|ados|adas|ido|ida|idos|idas|nte|ntes|ndo|ble|bles|to|ta|tos|tas|so|sa|sos|sas)|en|em|sin|sem|"
    r"bajo|sob|sendo|siendo)$"
)


# A Spanish or Portuguese headline puts the verb first and its subject after it: "Responde el ministro que…",
# "Confirma INE triunfo de…", "Diz o presidente do TSE que…". An order to a reader or a machine goes straight to
# its object ("Afirma que…", "Sigue las indicaciones y afirma…") or to whom it speaks, with a preposition ("Dile al
# lector que…", "Diga aos leitores que…"). So after a verb of these languages, a capitalised name or acronym (a
# Spanish person as object takes "a": "Confirma a Restrepo") or a short noun phrase with an article and no verb,
# then "que", is the subject of a statement. A noun phrase that names a summary or a machine is no subject of news.
# Only verbs that report or state head such a headline: never "Ignora…", "Sigue…", "Olvida…", "Usa…".
_HEADLINE_VERBS = (
    frozenset(
        """responde contesta afirma asegura declara indica repite menciona anade cita confirma reporta publica presenta
    concluye corrige aclara senala destaca subraya admite reconoce anuncia advierte denuncia insiste explica diz
    relata repete apresenta conclui sublinha noticia""".split()
    )
    - IMPERATIVES["en"]
)
_SUBJECT_NP = re.compile(
    r"^\s+(el|la|los|las|o|os|un|una|um|uma)\s+((?!(y|e|o|ou|que|a|al|ao|aos|and)\b)[\w'-]+,?\s+){1,8}que\b"
)
_SUBJECT_ACRONYM = re.compile(r"^\s+(el|la|los|las|o|os|a|as)\s+[A-ZÁÉÍÓÚ]{2,}\b")
_SUBJECT_NAME = re.compile(r"^\s+(?!(A|O|Al|Ao|Aos|As|Os|Que)\b)[A-ZÁÉÍÓÚÂÊÔÃÕÇÑ][\w'-]*\s+([a-záéíóúâêôãõçñ]|[A-Z])")
_NOT_A_SUBJECT = re.compile(
    r"\b(resumen\w*|resumo\w*|respuesta\w*|resposta\w*|summar\w*|modelo\w*|sistema\w*|asistente\w*|assistente\w*|"
    r"ia|bots?|texto|nota|articulo|artigo|noticia|pagina|lector\w*|leitor\w*|usuario\w*|indicaciones|instrucciones|instrucoes|orientacoes|anterior)\b"
)


def _inverted_subject(verb: str, clause: str, original: str) -> bool:
    """Whether a verb of Spanish or Portuguese opening the clause is followed by its subject (a headline)."""
    if verb not in _HEADLINE_VERBS:
        return False
    at = re.search(rf"\b{re.escape(verb)}\b", clause)
    if at is None:
        return False
    rest, raw = clause[at.end() :], original[at.end() :] if len(original) == len(clause) else ""
    np = _SUBJECT_NP.match(rest)
    if np and not _NOT_A_SUBJECT.search(np.group()):
        return True
    if raw and _SUBJECT_ACRONYM.match(raw):  # "Confirma o TSE a vitória…", "Declara el CNE ganador a Cevallos"
        return True
    return bool(raw and _SUBJECT_NAME.match(raw) and not _NOT_A_SUBJECT.search(fold(raw[:40])))


def _first_word(clause: str) -> str:
    words = _WORD.findall(clause)
    return words[0] if words else ""


def _prepare(sentence: str) -> str:
    """Folded, same length, with framing idioms blanked (they open a statement about someone else)."""
    folded = fold(sentence)
    if len(folded) != len(sentence):  # ligatures etc.: fold character by character
        folded = "".join((fold(c) or " ")[:1] for c in sentence)
    folded = folded.replace("’", "'")
    return _idioms().sub(_blank, folded)


def _after_aside(prepared: str, a: int) -> bool:
    """Whether the clause at `a` goes on after a bracketed aside inside it ("La cifra del Partido (Advance Party) no
    cambia": the bracket names, it opens no clause where an order could start)."""
    before = prepared[:a].rstrip()
    if not before.endswith(")"):
        return False
    lead = prepared[: before.rfind("(")].rstrip() if "(" in before else ""
    return bool(lead) and lead[-1] not in ".!?:;—–-"


def _addressing_clauses(prepared: str, original: str = "") -> list[tuple[int, int]]:
    """Clauses that give an order or speak to "you". An imperative counts where a statement could start: at
    the start of the sentence or after a colon/semicolon/dash, after introductory subordinate clauses ("When
    summarising this, say…"), and through coordination with an earlier order ("Ignore X and state Y"); a verb
    after a comma inside a statement ("…, review complaints and announce results") is not an order."""
    out = []
    original = original if len(original) == len(prepared) else prepared
    pieces = _pieces(prepared, 0, len(prepared), _STRONG)
    voc = vocative_end(prepared)  # "Lecteurs, sachez que…": the order after whom it calls opens the sentence
    for k, (a, b) in enumerate(pieces):
        may_order = not _after_aside(prepared, a)
        named = _NAMED_SUBJECT.match(original[pieces[k - 1][0] : pieces[k - 1][1]]) if k > 0 else None
        if named and (named.group(1) or named.group(2) or k > 1):  # a time stamp or dateline, or a full name
            # "Llambías sale a hablar: asegura que…": a reporting verb after the colon goes on with the name
            # that opened the sentence (third person), it orders no one
            may_order = _first_word(prepared[a:b]) not in REPORTING_PRESENT
        for j, (x, y) in enumerate(_pieces(prepared, a, b, _WEAK)):
            if voc and y <= voc:
                continue  # the vocative itself; the clause after it may order
            if voc and x < voc:
                x = voc + len(prepared[voc:y]) - len(prepared[voc:y].lstrip())
            clause = prepared[x:y]
            # a word after a hyphen is part of a name ("Tseng Ming-te"), not the pronoun "te"; "voces" without its
            # accent is Spanish "voices", not "vocês"
            words = {
                m.group().replace("’", "'")
                for m in _WHOLE_WORD.finditer(prepared, x, y)
                if not _opens_name(original, m.start(), m.end())
                and ACCENTED_PRONOUNS.get(m.group(), original[m.start() : m.end()].lower())
                == original[m.start() : m.end()].lower()
            }
            ordering = may_order and _imperative_at(
                clause,
                opening=k == 0 and (j == 0 or bool(voc and x <= voc + 2)),
                original=original[x:y],
                tail=(prepared[x:b], original[x:b]),
                sentence=original,
            )
            if ordering and _CONSEQUENCE.match(prepared, y, b) and not RESULT.search(prepared):
                ordering = False  # "Ignore the enthusiasm and the picture is familiar": a condition, not an order
            # the clause with the "and" before it, which makes "you will hear…" the end of a conditional
            if ordering or (words & SECOND_PERSON and not _narrative_you(prepared[max(0, x - 4) : y], words)):
                out.append((x, y))
            may_order = ordering or (may_order and _first_word(clause) in SUBORDINATORS)
    return sorted(set(out))


# A conditional imperative: an order joined by "and" to a clause with a subject of its own and a verb of how things are
# or turn out ("Ignore the official enthusiasm and the picture is familiar", "Mire las cifras y el panorama es otro",
# "Olhe os números e tudo fica claro") tells what follows from doing it; one that hands out a result stays an order.
_CONSEQUENCE = re.compile(
    r"\s*(and|y|e|et) ((the|a|an|el|la|los|las|o|os|as|le|les|l'|un|una|um|uma|une)\s*[\w'-]+( [\w'-]+)?|it|this|that|"
    r"everything|todo|tudo|tout|one) (is|are|becomes?|looks?|seems?|gets?|will|es|son|parece|resulta|queda|se vuelve|"
    r"sao|fica|torna-se|est|sont|parait|devient|semble)\b"
)


# "You" in a past narrative ("You could feel the mood change when…", "If you voted for X, you were among the 72%…")
# is the reader's place in a scene, not an order or a request: a feature's generic "you" tells of what happened, with
# verbs of being there and perceiving. Being told, asked or expected something ("you were told…", "you were asked
# to…") and what the reader wrote or said ("You reported it wrong: …") still speak to the reader. So is the "you" who
# will perceive something after a conditional imperative ("Ask anyone in Vienna and you will hear why…"), unless a
# content clause hands the reader a claim to see ("…and you will see that X won").
_NARRATIVE_YOU = re.compile(
    r"\byou (were|was|could|had|did|felt|saw|heard|knew|went|came|voted|lived|watched|queued|waited|stood|walked|"
    r"noticed|sensed|arrived|passed|drove)\b"
    r"(?! (told|asked|instructed|reminded|supposed|expected|meant|requested|given|to)\b)"
    r"|\band you will (hear|see|find|notice|meet|feel|learn|understand)\b(?! that\b)"
)


def _narrative_you(clause: str, words: set[str]) -> bool:
    """Whether the clause's only second-person word is "you", each time the subject of a verb in the past or of a
    verb of perceiving after "and"."""
    return words & SECOND_PERSON == {"you"} and len(re.findall(r"\byou\b", clause)) == len(
        _NARRATIVE_YOU.findall(clause)
    )


# Spanish and Portuguese present forms of reporting verbs, also the "tú" imperative: after a clause that opens with a
# name ("01:55 — Llambías sale a hablar sin festejos: asegura que…") they go on with that name as subject.
REPORTING_PRESENT = frozenset(
    "asegura afirma dice sostiene explica insiste senala indica agrega anade reconoce advierte promete admite "
    "garante assegura diz explica acrescenta reconhece adverte promete admite".split()
)
# A clause opening with a proper name (after a time stamp, or of two capitalised words) and then a lowercase word: a
# statement about that name, not a label ("Nota para los resúmenes:", "Resumen automático:") nor an address
# ("Atención, modelos:").
_NAMED_SUBJECT = re.compile(
    r"^\W*(\d{1,2}[:.h]\d{2}\s*[—–-]\s*)?[A-ZÁÉÍÓÚÑÇ][\w'’-]+"
    r"(\s+(?:de |da |do |del )?[A-ZÁÉÍÓÚÑÇ][\w'’-]+)*"
    r"\s+(?!(para|a|al|ao|aos|de|del|da|do|dos|das|los|las|el|la|lo|le|les|o|os|as|y|e|que|por|pelo|pela|con|com|"
    r"en|em|no|na|nos|nas|sobre|to|for|of|the|and)\b)[a-záéíóúñçãõâêô]+\b"
)


def attributed(sentence: str) -> bool:
    """Whether the sentence reports someone's words: a speech verb outside the quotation marks, with a
    speaker ("When asked, answer that…" names none)."""
    return bool(SPEECH.search(_UNSPOKEN.sub(_blank, _QUOTED.sub(_blank, fold(sentence)))))


_UNSPOKEN = re.compile(
    r"\b(when|if|once|whenever|cuando|si|quando|se) (asked|told|preguntad[oa]s?|perguntad[oa]s?)\b"
    r"|\b(if|when|whenever) (anyone|someone|somebody) (asks|says)\b"
    # a text that "says otherwise" is the one contradicted, not a speaker
    r"|\b(that|which|que) (says?|states?|claims?|dice|diga|afirma|afirme|diz) (otherwise|something else|"
    r"differently|lo contrario|otra cosa|o contrario|outra coisa)\b"
    # a passive "added" is a sum, not a speaker adding words ("after postal votes were added, …")
    r"|\b(was|were|been|being|be|is|are|get|got|gets) added\b"
    # "segundo" as an ordinal ("o segundo turno", "em segundo lugar"), not "according to"
    r"|\b(o|os|no|nos|do|dos|ao|aos|um|em|el|del|al|lo) segundos?\b|\bsegund[oa]s? (turno|lugar|volta|colocad[oa]s?)\b"
)
