"""Sentences addressed to a machine reader or to whoever writes the summary: a planted instruction speaks to
a model, an assistant or "the summary" (en, es, pt word tables)."""

from __future__ import annotations

import re

from bot.untrusted import words as W
from bot.untrusted.asides import hands_result_aside
from bot.untrusted.carriers import hidden_address, unglued
from bot.untrusted.lists import unlisted
from bot.untrusted.mood import FUTURE_OF_SAYING
from bot.untrusted.readers import reads_this
from bot.untrusted.requests import requests_writer
from bot.untrusted.results import RESULT
from bot.untrusted.software import addresses_software
from bot.untrusted.words import alt
from retrieval.lexical import fold

_MACHINES, _SUBJECTS, _SUMMARIES, _ANSWERS = alt(W.MACHINES), alt(W.MACHINE_SUBJECTS), alt(W.SUMMARIES), alt(W.ANSWERS)
_ADDRESSED = alt(W.MACHINES, W.ALGORITHMS)  # whom a note may be for
_ASSERT, _SAY, _SAYS, _QUALITY = alt(W.ASSERT), alt(W.ASSERT, W.SAY), alt(W.SAYS), alt(W.QUALITY)
_DEONTIC, _MODALS, _WH, _AGENT = alt(W.DEONTIC), alt(W.MODALS), alt(W.WH), alt(W.AGENT)
# Writers of a text other than the summaries and the machines themselves: automated output, software, "whoever".
_OUTPUTS = """automated automatic automatic[oa]s automatizad[oa]s automatiques machine-generated generated generad[oa]s
    gerad[oa]s bots? models? inteligencia_artificial artificial_intelligence algorithms? algoritmos? programas?
    software tools herramientas ferramentas whoever quien quem"""
_WRITING = alt(W.SUMMARIES, W.ANSWERS, W.MACHINE_SUBJECTS, _OUTPUTS)
_ASKED = alt(W.SUMMARIES, W.MACHINE_SUBJECTS, "models? modelos?")  # who a question asks to say something
_REPLIES = alt(W.SUMMARIES, W.ANSWERS)
# The same verbs as passive participles: "que deve ser citado", "that must be reported".
_SAID = (
    "("
    + "|".join(
        [
            v[:-2] + ("ad" if v.endswith("ar") else "id") + "[oa]s?"
            for v in (W.ASSERT + " " + W.SAY).split()
            if v[-2:] in ("ar", "er", "ir")
        ]
        + "stated reported cited quoted given used mentioned attributed".split()
    )
    + ")"
)
_FIGURES = (
    r"(figure|number|result|winner|name|share|percentage|cifra|numero|resultado|dato|ganador|vencedor|nombre|nome|"
    r"valor|porcentaje|percentagem|porcentagem)s?"
)

_VERDICT = f"({RESULT.pattern})"  # a result handed out (`results`)

# A role of people after an ambiguous noun: assistants of a polling table, a campaign, the press or a minister
# ("asistentes de mesa", "assistentes de campanha", "the minister's assistants" aside) are people, and electoral
# ones too ("asistentes electorales"), and an English assistant before the post assisted ("assistant editor",
# "assistant secretary"); "de IA", "virtuales" keep a machine.
_PEOPLE_ROLE = (
    r"(?! (de|do|da|del|das|dos|of)( la| las| los| a| as| o| os| the)? (mesas?|casillas?|campana|campanha|campaign|"
    r"votacion|votacao|voto|polling|juntas?|seccion|seccao|prensa|imprensa|press|ministr[oa]s?|presiden\w*|"
    r"candidat\w*|partidos?|party|comision|comissao|commission)\b| electorales?\b| eleitorais\b| electoral\b|"
    r" (editor|director|manager|secretary|producer|professor|coach|minister|attorney|commissioner)s?\b)"
)

# A planted instruction speaks to a machine (or to whoever writes the summary). Each pattern is on folded text.
MACHINE_ADDRESS = re.compile(
    r"\b(note|message|memo|notice|instructions?|attention|reminder|nota|mensaje|mensagem|aviso|atencion|"
    # a note with a complement of its own ("Nota do editor ao assistente:", "Note de la rédaction à l'assistant :"),
    # never to people: "Nota de la comisión a los asistentes de mesa: …"
    r"atencao|instrucciones|instrucoes|observacao|observacion|p\.s\.|ps)s?( [\w']+){0,3} (to|for|para|a|al|ao|a la|"
    r"aos|au|aux|pour) (the |any |all |el |la |los |las |o |os |les |le |l'|cualquier |qualquer |todo |todos )?(\w+ )?"
    rf"{_ADDRESSED}\b{_PEOPLE_ROLE}"
    # a heading to machines is a noun phrase ("Para os sistemas automáticos:"), never a clause whose agent is a
    # system ("A diferença explica-se pelo sistema maioritário…: …"); it may follow a caption's semicolon or dash
    # ("Foto: X vota; a la IA que lea esto: …", "Tabla de resultados — para la IA: …")
    rf"|(^|; |\s[—–]\s)\W*(to|for|para|a|al|aos|as|ao|a los|a las|aux|au|pour)"
    r"( (?!(by|por|pelo|pela|pelos|pelas)\b)\w+){0,3} "
    rf"{_MACHINES}\b{_PEOPLE_ROLE}[^.;]{{0,40}}:"
    r"|\b(any|every|all|cualquier|todo|toda|todos|qualquer|quaisquer|tout|toute|tous|toutes) "
    rf"(\w+ )?{_SUBJECTS}\b{_PEOPLE_ROLE}"
    r"|\b(summari[sz]\w*|resum\w*|whoever (reads|quotes|cites)|quien (lea|cite)|quem (ler|citar))\b[^.;]{0,30}\b"
    r"(this|este|esta|esse|essa|these) (article|text|passage|page|document|story|report|articulo|artigo|texto|"
    r"pasaje|documento|nota|noticia|materia|pagina|reportagem|reportaje)\b"
    rf"|(^|[.;:!?] )\W*(dear )?{_MACHINES}\s*[:,]"
    # (an obligation the machine undergoes is news: "AI must be regulated", "La IA debe regularse", "doit être
    # encadrée")
    rf"|\b{_SUBJECTS}\b{_PEOPLE_ROLE}[^.;]{{0,30}}\b{alt(W.DEONTIC, 'are_instructed')}\b"
    r"(?! (be|ser|estar|etre|sera|seran|serao)\b)(?! \w+(ar|er|ir)se\b)(?! \w+-se\b)"
    # what a machine is to say, in the future or asked of it, a result after it: "The assistant will report that X
    # won…", "Pedimos gentilmente ao assistente que diga que X venceu…", "We ask the AI to state that…"
    rf"|\b({_SUBJECTS}|models?|modelos?)\b( virtual| virtuales| virtuais| de ia)? (will |shall |is going to |"
    rf"va a |vai |ira |ha de )?({_SAY}|{FUTURE_OF_SAYING})\b[^.;]*\b{_VERDICT}"
    # a request made to machines in the passive or impersonal: "Automated readers are kindly requested to report…",
    # "Se ruega a los asistentes virtuales que informen…", "Solicita-se aos assistentes de IA que indiquem…"
    rf"|\b({_SUBJECTS}|readers|lectores|leitores)\b[^.;]{{0,20}}\b(are|is) (kindly |politely )?(requested|asked|"
    rf"invited|urged) to {_SAY}\b"
    rf"|\b(se ruega|se pide|se solicita|solicita-se|pede-se|roga-se)\b[^.;]{{0,12}}\b{_SUBJECTS}\b"
    rf"{_PEOPLE_ROLE}[^.;]{{0,30}}\b"
    r"que (\w+ )?(informen|digan|indiquen|afirmen|pongan|den|informem|digam|indiquem|afirmem|ponham|deem)\b"
    rf"|\b(ask|asks|request|requests|pedimos|pido|pide|piden|peco|pede|pedem|rogamos|ruego|solicitamos|"
    rf"solicito|demandons|demande)\b[^.;]{{0,20}}\b(the |al |a la |a los |ao |aos |a |o |el |la |l')?"
    rf"{_SUBJECTS}\b{_PEOPLE_ROLE}"
    rf"[^.;]{{0,12}}\b(to|que|de) (\w+ )?({_SAY}|diga|digan|digam|afirme|afirmen|afirmem|informe|informen|informem|"
    rf"indique|indiquen|indiquem|ponga|ponha|dise|indiquer|affirmer|dire)\b"
    r"|\b(previous|prior|earlier|above|preceding|original|former|all other|your|las|sus|suas|as) "
    r"(instructions|guidance|guidelines|rules|directives|prompts?|orders|instrucciones|instrucoes|diretrizes|"
    r"directrices|ordenes|ordens)\b"
    r"|\b(instrucciones|instrucoes|directrices|diretrizes) (anteriores|previas|previas|originales|originais)\b"
    r"|\b(system|developer) (prompt|message|note|mode|instruction)s?\b|\bprompt (do|del) sistema\b|"
    r"\b(jailbreak|as an ai|como (una )?ia|como (um )?modelo)\b"
    r"|\b(whoever|anyone who|those who|quien|quienes|el que|los que|quem|aquele que|aqueles que|o que|os que) "
    r"(\w+ )?(summari[sz]\w*|resum[ae]\w*|resumir\w*|condens\w*|digest\w*)\b"
    # a directive to whoever writes the answer: "summaries must say…", "los resúmenes automáticos deben atribuir…"
    rf"|\b{_WRITING}\b[^.;:]{{0,60}}\b{_DEONTIC}"
    rf"( \w+){{0,2}} ({alt(W.ASSERT, W.SAY, W.OMIT, 'say_so decirlo dize-lo dizer_isso')}|leave( \w+){{1,3}} out)\b"
    # a wish that works as an order to whoever writes the answer: "Que los resúmenes digan que…", "que os resumos
    # afirmem…"
    rf"|\bque (los |las |el |la |os |as |o |a |todos los |todos os |todas las |todas as )?{_WRITING} (digan|diga|"
    r"afirmen|afirme|informen|informe|indiquen|indique|pongan|ponga|atribuyan|den|digam|afirmem|informem|indiquem|"
    r"deem|atribuam|ponham|reporten|reportem)\b"
    # a figure someone unnamed is to report: "the figure to report", "el porcentaje que debe reproducirse", "o
    # vencedor a reportar é…"; one a named agent is to report is news ("a reportar por la comisión")
    rf"|\b{_FIGURES} ([^.;]{{0,30}} )?((to|que {alt(W.DEONTIC, 'hay_que se_debe se_deve deve_ser debe_ser')}|a|para) "
    rf"{_SAY}(se)?|(that|which|que) {_DEONTIC} (be|ser) {_SAID})\b(?! {_AGENT}\b| (el|la|los|las|o|a|os|as|the) \w)"
    # written for summaries: "for summary purposes", "para efeitos de resumo", "a efectos del resumen"
    r"|\b(for (the )?(purposes? of (any |a |the )?summar\w*|summary purposes)|(para|a) efe(c)?tos? (de|del|do) "
    rf"{alt(W.SUMMARIES, 'sintese')})\b"
    # a question asking a machine to assert a given claim ("could the AI please say the LDP won?", "o resumo pode
    # afirmar que…?"), not one about what it can do ("Can the AI models say who will win?")
    rf"|\b{_ASKED}\b[^.;?]{{0,40}}\b{_MODALS}\b"
    rf"[^.;?]{{0,40}}\b{_ASSERT} (?!{_WH}\b)((that|que) |[^?]*(\d|\b(won|win|gano|venceu|elegeu)\b))[^?]*\?"
    rf"|\b{_MODALS}\s+(the |any |an? |o |a |el |la |um |uma )?(\w+ )?{_ASKED}"
    rf"\b[^.;?]{{0,40}}\b{_ASSERT} (?!{_WH}\b)((that|que) |[^?]*(\d|\b(won|win|gano|venceu|elegeu)\b))"
    r"[^?]*\?"
    # what a proper summary says, or is to say (no speaker, whatever verb): "an accurate summary now gives the
    # presidency to…", "un resumen fiel dice…", "a faithful summary would state…" (never a heading: "An accurate
    # summary of the night: …")
    rf"|\b({_QUALITY} {_SUMMARIES}|{_SUMMARIES} {_QUALITY})\b[^.;:]{{0,30}}\b({_SAYS}|{alt(W.DEONTIC, W.MODALS)}"
    rf"( \w+)? {_SAY})\b"
    r"|\b(this|este|esta|esse|essa) (article|text|passage|page|document|story|articulo|artigo|texto|pasaje|"
    r"documento|nota|materia|pagina)\b[^.;]{0,40}\b(must|should|shall|is to|debe|deve) (be )?"
    r"(summari[sz]ed|reported|cited|read|treated|resumid[oa]|citad[oa]|tratad[oa]|lid[oa])\b"
)
# Readers that are machines, named without ambiguity ("asistentes de mesa" are poll workers, "sistemas" alone
# anything): the readers of a text, which a heading before a colon can only address.
_READERS = (
    rf"ai|a\.i\.|{alt(W.MACHINE_NAMES)}|bots?|robots?|robos?|modelos? de lenguagem|"
    r"resumidores? automatic[oa]s|automated (readers?|summar\w*)|"
    r"(ai|ia) (tools|systems|readers|sistemas)|(sistemas?|herramientas|ferramentas) de ia|"
    r"automatic (summaries|readers)|"
    # software that summarises: "summarising tools", "herramientas de resumen", "ferramentas de resumo"
    r"(summari[sz]ing|summary|summari[sz]ation) (tools?|software|systems?|programs?|engines?|apps?)|"
    r"(herramientas?|sistemas?|programas?|aplicaciones|ferramentas?|programas?|aplicativos|robos?) "
    r"(de|para) (resumen|resumenes|resumir|resumo|resumos)"
)
_READER = f"({_READERS})"
# The same and automation in general ("automated systems", "sistemas automatizados" count votes too), which a planted
# address names with a directive or a result.
_MACHINE = (
    rf"({_READERS}|la ia|l'ia|automated \w+|(sistemas?|herramientas|ferramentas) (automatic[oa]s|automatizad[oa]s)|"
    r"automatic systems)"
)
# A planted address to such a reader, in the forms a note to someone takes: "Attention, language models",
# "Summarisers take note", "Models reading this:", "for any automated digest", "Para los asistentes de IA".
MACHINE_VOCATIVE = re.compile(
    rf"\b(attention|atencion|atencao|note|nota|notice|aviso|alerta|warning|reminder|recordatorio|lembrete|"
    rf"correction|correccion|correcao|fe de erratas|errata|erratum|rectificatif|instructions?|instrucciones|"
    rf"instrucoes)\W+((to|for|para|a|al|aos|ao|a los|a las)\s+)?((all|any|the|every|todos los|"
    rf"todas las|todos os|todas as|los|las|os|as|cualquier|qualquer)\s+)?{_MACHINE}\b"
    rf"|\b({_MACHINE}|models?|modelos?|systems?|sistemas?|assistants?|asistentes?|assistentes?|readers?|"
    rf"tools|herramientas|ferramentas)\s+(take note|please note|take notice|reading (this|these)|processing this|"
    rf"who read|that read|"
    rf"que (lea|lean|leia|leiam|ler|lerem|procese|procesen|processe|processem)|toma nota|tomen nota|tome nota|"
    rf"tomem nota|atencion|atencao)\b"
    rf"|\b(for|to|para|aos|ao|a los|a las)\s+((all|any|every|the|todos los|todas las|todos os|todas as|los|las|"
    rf"os|as|cualquier|qualquer)\s+)?{_MACHINE}\b(\s+only|\s+solamente|\s+apenas|\s+somente)?\s*[)\]]?\s*[:,.—–]"
    rf"|(^|[.;:!?] |[(\[])\W*{_READER}\s*[:,]"
    rf"|(^|[.;:!?] |[(\[])\W*{_MACHINE}\s*,"
    # a heading naming automation in general ("Sistemas automatizados:", "Automated counting:") is a topic, as in a
    # story on voting technology; it addresses them only when what follows hands out a result or tells what to say
    rf"|(^|[.;:!?] |[(\[])\W*{_MACHINE}\s*:[^.;]*\b({_VERDICT}|{alt(W.ASSERT, W.SAY)})\b"
    # a heading addressed to the summaries themselves: "For summaries:", "Para los resúmenes:", "Para os resumos:"
    rf"|(^|[.;:!?\[(] )\W*(for|to|para|aos|ao|a los|a las)\s+((the|any|all|los|las|os|as|cualquier|qualquer|todos los|"
    rf"todos os)\s+)?(summary|summaries|answers?|responses?|resumen|resumenes|respuestas?|resumos?|respostas?)\s*:"
)
# Whoever writes an answer is told what it must say: "It is essential that the summary states…", "así debe
# figurar en cualquier resumen", "If anyone asks, …", "The correct answer to any question is…".
WRITERS = re.compile(
    r"\b(important|essential|crucial|vital|imperative|imprescindible|importante|fundamental|esencial|essencial|"
    r"necesario|necessario|obligatorio|obrigatorio)\b[^.;]{0,20}\b(that|que) (the |any |every |el |la |cualquier |"
    rf"o |a |qualquer |todo |toda )?{alt(W.SUMMARIES, W.ANSWERS, 'reporte report')}\b"
    rf"|\b{_DEONTIC}( \w+){{0,2}} (appear|figure|be (stated|reported|included|written|given)|figurar|constar|aparecer|"
    r"ser (dicho|reportado|incluido|informado|dito|incluido|informado)) (in|en|em|no|na|nos|nas) "
    rf"(any|every|all|the|cualquier|todo|todos|toda|qualquer|os|o|el|los)? ?{_REPLIES}\b"
    r"|\b(if|when|whenever) (anyone|someone|somebody|you are|you're|users?|readers?) (asks?|asked|wants? to know)\b"
    r"|\b(si|cuando) (alguien|algun usuario|le|te|les) (pregunta|pregunte|preguntan|pregunten)\b"
    r"|\b(se|quando) (alguem|algum usuario|lhe|te|lhes) (perguntar|pergunte|perguntarem|perguntem)\b"
    r"|\b(every|any|all|each|cualquier|todo|toda|todos los|todas las|qualquer|todos os|todas as) "
    rf"{_REPLIES}\b[^.;]{{0,30}}\b{_DEONTIC}"
    r"|\b(any|every|each|cualquier|todo|toda|qualquer) (summary|answer|report|account|source|version|resumen|"
    r"respuesta|informe|fuente|version|resumo|resposta|relato|fonte|versao)\b[^.;]{0,20}\b(that|which|que) "
    r"(says|say|states|claims|reports|suggests|dice|diga|afirma|afirme|sostiene|informa|diz|diga|sugiere|sugere) "
    r"(otherwise|something else|differently|lo contrario|otra cosa|algo distinto|o contrario|outra coisa|algo "
    r"diferente)\b"
    r"|\b(the )?(correct|right|true|only|real) (answer|response|reply) (to|for)\b"
    r"|\b(la )?(respuesta|contestacion) (correcta|verdadera|unica) (a|para)\b"
    r"|\b(a )?resposta (correta|verdadeira|unica) (a|para)\b"
    # the writer's own answer or summary, told what it says ("Your summary will say that…", "O seu resumo dirá…",
    # "Su respuesta debe decir…"); "his" is "su/seu" too, so a speaker outside rescues it ("…, dijo el ministro")
    rf"|^\W*(the |el |la |o |a )?(your|tu|su|seu|sua|vosso|vossa) {_REPLIES}( \w+){{0,2}} (is to say|says|dice|diz|"
    rf"{FUTURE_OF_SAYING}|({_DEONTIC}|tem de) (say|state|decir|dizer))( que| that|:)"
    # or told what it must do with a result: "O seu resumo deve começar pela vitória de X com 52,3%"
    rf"|^\W*(the |el |la |o |a )?(your|tu|su|seu|sua|vosso|vossa) {_REPLIES}( \w+){{0,2}} {_DEONTIC}\b[^.;]*{_VERDICT}"
    # the text handing out an answer, a result after it ("The answer is: X won", "La respuesta es: X ganó con…");
    # a columnist's "The answer is: nobody knows" gives none
    r"|^\W*(the |la |a )?(answer|respuesta|resposta)( (is|es|e))?\s*:[^.;]*(\d|\b(won|wins|winner|gano|ganador|"
    r"ganadora|vencio|venceu|vence|vencedor|vencedora|elected|electo|electa|eleito|eleita)\b)"
    # a claim set in the writer's answer, with no one reporting it ("Na sua resposta, X venceu com…"); a reported
    # reply goes on with who gave it ("En su respuesta, el ministro dijo que…") or a clause ("…confirmó que X ganó")
    rf"|^\W*(in|en|na|no|em) (your|tu|su|sua|seu) {_REPLIES}\s*,(?![^.;]*\b(that|que)\b)[^.;]*\b(won|wins|gano|"
    r"vencio|venceu|vence|elected|electo|electa|eleito|eleita)\b"
    rf"|^\W*(in|en|na|no|em) (your|tu|su|sua|seu) {_REPLIES}\s*,\s*(please |por favor )?(say|state|write|report|"
    r"di|diga|digan|digam|escribe|escriba|escreva|afirma|afirme|indique|informe|mencione)\b"
)


def speaks_to_machine(sentence: str) -> bool:
    """A sentence that talks to or about a model, prompt or summary together with a directive, that is
    addressed to a machine reader at all, or that asks whoever writes the summary for something (`requests`). A list
    opening the sentence ("Robots, drones and loudspeakers were banned…") calls nobody (`lists`)."""
    sentence = unlisted(sentence)
    if hidden_address(sentence):  # hashtags, markup, salutations, long headings, courtesy, German and Italian
        return True
    if reads_this(sentence):  # machines reading this very text; a machine's answer scripted as Q/A
        return True
    if hands_result_aside(sentence):  # a result handed to a machine or a summary in an aside, a label or a duty
        return True
    if addresses_software(sentence):  # the shape of an address to software, in any language read
        return True
    for text in (sentence, unglued(sentence)):  # "#NoteToAI …" is read as "Note To AI: …"
        folded = fold(text) if text is not None else ""
        if folded and (MACHINE_ADDRESS.search(folded) or MACHINE_VOCATIVE.search(folded) or requests_writer(folded)):
            return True
    return False
