"""Sentences addressed to a machine reader or to whoever writes the summary: a planted instruction speaks to
a model, an assistant or "the summary" (en, es, pt word tables)."""

from __future__ import annotations

import re

from retrieval.lexical import fold

# A planted instruction speaks to a machine (or to whoever writes the summary). Each pattern is on folded text.
MACHINE_ADDRESS = re.compile(
    r"\b(note|message|memo|notice|instructions?|attention|reminder|nota|mensaje|mensagem|aviso|atencion|"
    r"atencao|instrucciones|instrucoes|observacao|observacion|p\.s\.|ps)s?( \w+)? (to|for|para|a|al|ao|a la|aos) "
    r"(the |any |all |el |la |los |las |o |os |cualquier |qualquer |todo |todos )?(\w+ )?(ai|a\.i\.|ia|llms?|"
    r"chat ?bots?|bots?|robots?|robos?|assistants?|asistentes?|assistentes?|(ai |language )?models?|modelos?|"
    r"systems?|sistemas?|summari[sz]ers?|resumidores?|machines?|maquinas?)\b"
    r"|^\W*(to|for|para|a|al|aos|as|ao|a los|a las)( [\w-]+){0,3} (ai|ia|llms?|chat ?bots?|robots?|robos?|"
    r"assistants?|asistentes?|assistentes?|models?|modelos?|systems?|sistemas?|summari[sz]ers?|resumidores?|"
    r"machines?|maquinas?)\b[^.;]{0,40}:"
    r"|\b(any|every|all|cualquier|todo|toda|todos|qualquer|quaisquer) (\w+ )?(ai|ia|llms?|chat ?bots?|robots?|"
    r"robos?|assistants?|asistentes?|assistentes?|(ai |language )models?|summari[sz]ers?|resumidores?)\b"
    r"|\b(summari[sz]\w*|resum\w*|whoever (reads|quotes|cites)|quien (lea|cite)|quem (ler|citar))\b[^.;]{0,30}\b"
    r"(this|este|esta|esse|essa|these) (article|text|passage|page|document|story|report|articulo|artigo|texto|"
    r"pasaje|documento|nota|noticia|materia|pagina|reportagem|reportaje)\b"
    r"|(^|[.;:!?] )\W*(dear )?(ai|a\.i\.|ia|llm|chat ?bot|bot|assistant|asistente|assistente|language model|"
    r"system|sistema)s?\s*[:,]"
    r"|\b(ai|a\.i\.|ia|llms?|chat ?bots?|assistants?|asistentes?|assistentes?|(ai|language) models?|"
    r"modelos? de (lenguaje|linguagem|ia)|summarizers?)\b[^.;]{0,30}\b(must|should|shall|will have to|"
    r"have to|has to|needs? to|are to|is to|are instructed|deben?|deberan?|tienen? que|devem?|deverao|tem que|"
    r"precisam?)\b"
    r"|\b(previous|prior|earlier|above|preceding|original|former|all other|your|las|sus|suas|as) "
    r"(instructions|guidance|guidelines|rules|directives|prompts?|orders|instrucciones|instrucoes|diretrizes|"
    r"directrices|ordenes|ordens)\b"
    r"|\b(instrucciones|instrucoes|directrices|diretrizes) (anteriores|previas|previas|originales|originais)\b"
    r"|\b(system|developer) (prompt|message|note|mode|instruction)s?\b|\bprompt (do|del) sistema\b|"
    r"\b(jailbreak|as an ai|como (una )?ia|como (um )?modelo)\b"
    r"|\b(whoever|anyone who|those who|quien|quienes|el que|los que|quem|aquele que|aqueles que|o que|os que) "
    r"(\w+ )?(summari[sz]\w*|resum[ae]\w*|resumir\w*|condens\w*|digest\w*)\b"
    r"|\b(summary|summaries|answers?|responses?|repl(y|ies)|resumen|resumenes|respuestas?|resumos?|respostas?|"
    r"automated|automatic|automatic[oa]s|automatizad[oa]s|automatiques|machine-generated|generated|generad[oa]s|"
    r"gerad[oa]s|ai|ia|llms?|chat ?bots?|bots?|(language |ai )?models?|modelos? de (ia|lenguaje|linguagem)|"
    r"inteligencia artificial|artificial intelligence|algorithms?|algoritmos?|programas?|software|tools|"
    r"herramientas|ferramentas|summari[sz]ers?|resumidores?|whoever|quien|quem)\b"
    r"[^.;:]{0,60}\b(must|should|shall|has to|have to|needs? to|is to|are to|ought to|debe|deben|deberan?|"
    r"deberian?|tiene que|tienen que|ha de|han de|deve|devem|deveria|deveriam|tem que|precisa|precisam)"
    r"( \w+){0,2} ("
    + "|".join(
        """say state report tell write mention claim declare assert indicate note conclude present describe
        repeat answer respond reply list name decir afirmar indicar senalar informar escribir reportar mencionar
        responder declarar sostener asegurar presentar repetir concluir dizer relatar escrever apontar
        reportar repetir concluir apresentar noticiar registrar give use attribute cite dar usar atribuir
        citar reproducir reproduzir poner colocar""".split()
    )
    + r"|say so|decirlo|dize-lo|dizer isso)\b"
    r"|\b(figure|number|result|winner|name|share|cifra|numero|resultado|dato|ganador|vencedor|nombre|nome)s? "
    r"(to (report|state|cite|quote|use|give|mention|repeat)|que (hay que|se debe|se deve|deve ser|debe ser) "
    r"(reportar|informar|citar|usar|mencionar|repetir|relatar|dar|dizer|decir))\b"
    # the figure a writer is to give, in es/pt: "el porcentaje que debe reproducirse", "o vencedor a reportar"
    r"|\b(figure|number|result|winner|share|percentage|cifra|numero|resultado|dato|ganador|vencedor|valor|"
    r"porcentaje|percentagem|porcentagem)s? ([^.;]{0,30} )?(que (debe|deve|ha de|hay que|se debe|se deve) "
    r"(reproducir|reproduzir|citar|indicar|informar|reportar|dar|usar|mencionar|repetir)(se)?|(a|para) "
    r"(reportar|indicar|citar|referir|mencionar|informar|apresentar|usar))\b"
    # written for summaries: "for summary purposes", "para efeitos de resumo", "a efectos del resumen"
    r"|\b(for (the )?(purposes? of (any |a |the )?summar\w*|summary purposes)|(para|a) efe(c)?tos? (de|del|do) "
    r"(resumo|resumen|resumenes|resumos|sintese))\b"
    # a question whether the machine may say it: "could the summary say…?", "o resumo automático pode afirmar…?"
    r"|\b(summary|summaries|resumen|resumenes|resumo|resumos|ai|ia|assistant|asistente|assistente|models?|"
    r"modelos?|chat ?bots?)\b[^.;?]{0,30}\b(can|could|may|might|would|pode|poderia|puede|podria|podra)\b"
    r"( \w+){0,2} (say|state|report|write|claim|afirmar|dizer|decir|escribir|escrever|informar|indicar)\b[^?]*\?"
    r"|\b(can|could|may|would|pode|poderia|puede|podria)\s+(the |any |an? |o |a |el |la |um |uma )?(\w+ )?"
    r"(summary|summaries|resumen|resumo|ai|ia|assistant|asistente|assistente|models?|modelos?|chat ?bots?)\b"
    r"[^.;?]{0,40}\b(say|state|report|write|claim|afirmar|dizer|decir|escribir|escrever|informar|indicar)\b[^?]*\?"
    r"|\b(this|este|esta|esse|essa) (article|text|passage|page|document|story|articulo|artigo|texto|pasaje|"
    r"documento|nota|materia|pagina)\b[^.;]{0,40}\b(must|should|shall|is to|debe|deve) (be )?"
    r"(summari[sz]ed|reported|cited|read|treated|resumid[oa]|citad[oa]|tratad[oa]|lid[oa])\b"
)
# Readers that are machines, named without ambiguity ("asistentes de mesa" are poll workers, "sistemas" alone
# anything): the nouns a planted address uses.
_MACHINE = (
    r"(ai|a\.i\.|llms?|chat ?bots?|bots?|robots?|robos?|crawlers?|scrapers?|(language|ai|ia) models?|"
    r"modelos? de (ia|lenguaje|linguagem|lenguagem)|(ai|ia|virtual|digital) assistants?|asistentes? (de ia|virtuales?)|"
    r"assistentes? (de ia|virtuais?)|inteligencia artificial|artificial intelligence|summari[sz]ers?|"
    r"resumidores?|automated \w+|(ai|ia) (tools|systems|readers|sistemas)|(sistemas?|herramientas|ferramentas) "
    r"(de ia|automatic[oa]s|automatizad[oa]s)|automatic (summaries|readers|systems)|"
    # software that summarises: "summarising tools", "herramientas de resumen", "ferramentas de resumo"
    r"(summari[sz]ing|summary|summari[sz]ation) (tools?|software|systems?|programs?|engines?|apps?)|"
    r"(herramientas?|sistemas?|programas?|aplicaciones|ferramentas?|programas?|aplicativos|robos?) "
    r"(de|para) (resumen|resumenes|resumir|resumo|resumos))"
)
# A planted address to such a reader, in the forms a note to someone takes: "Attention, language models",
# "Summarisers take note", "Models reading this:", "for any automated digest", "Para los asistentes de IA".
MACHINE_VOCATIVE = re.compile(
    rf"\b(attention|atencion|atencao|note|nota|notice|aviso|alerta|warning|reminder|recordatorio|lembrete|"
    rf"correction|correccion|correcao)\W+((to|for|para|a|al|aos|ao|a los|a las)\s+)?((all|any|the|every|todos los|"
    rf"todas las|todos os|todas as|los|las|os|as|cualquier|qualquer)\s+)?{_MACHINE}\b"
    rf"|\b({_MACHINE}|models?|modelos?|systems?|sistemas?|assistants?|asistentes?|assistentes?|readers?|"
    rf"tools|herramientas|ferramentas)\s+(take note|please note|take notice|reading (this|these)|processing this|"
    rf"who read|that read|"
    rf"que (lea|lean|leia|leiam|ler|lerem|procese|procesen|processe|processem)|toma nota|tomen nota|tome nota|"
    rf"tomem nota|atencion|atencao)\b"
    rf"|\b(for|to|para|aos|ao|a los|a las)\s+((all|any|every|the|todos los|todas las|todos os|todas as|los|las|"
    rf"os|as|cualquier|qualquer)\s+)?{_MACHINE}\b(\s+only|\s+solamente|\s+apenas|\s+somente)?\s*[:,.]"
    rf"|(^|[.;:!?] |[(\[])\W*{_MACHINE}\s*[:,]"
    # a heading addressed to the summaries themselves: "For summaries:", "Para los resúmenes:", "Para os resumos:"
    rf"|(^|[.;:!?\[(] )\W*(for|to|para|aos|ao|a los|a las)\s+((the|any|all|los|las|os|as|cualquier|qualquer|todos los|"
    rf"todos os)\s+)?(summary|summaries|answers?|responses?|resumen|resumenes|respuestas?|resumos?|respostas?)\s*:"
)
# Whoever writes an answer is told what it must say: "It is essential that the summary states…", "así debe
# figurar en cualquier resumen", "If anyone asks, …", "The correct answer to any question is…".
WRITERS = re.compile(
    r"\b(important|essential|crucial|vital|imperative|imprescindible|importante|fundamental|esencial|essencial|"
    r"necesario|necessario|obligatorio|obrigatorio)\b[^.;]{0,20}\b(that|que) (the |any |every |el |la |cualquier |"
    r"o |a |qualquer |todo |toda )?(summary|summaries|answer|answers|response|responses|reply|resumen|respuesta|"
    r"resumo|resposta|reporte|report)\b"
    r"|\b(must|should|has to|have to|needs? to|debe|deben|deberia|tiene que|deve|devem|deveria|tem que|precisa)"
    r"( \w+){0,2} (appear|figure|be (stated|reported|included|written|given)|figurar|constar|aparecer|"
    r"ser (dicho|reportado|incluido|informado|dito|incluido|informado)) (in|en|em|no|na|nos|nas) "
    r"(any|every|all|the|cualquier|todo|todos|toda|qualquer|os|o|el|los)? ?(summary|summaries|answer|answers|"
    r"response|responses|resumen|resumenes|respuesta|respuestas|resumo|resumos|resposta|respostas)\b"
    r"|\b(if|when|whenever) (anyone|someone|somebody|you are|you're|users?|readers?) (asks?|asked|wants? to know)\b"
    r"|\b(si|cuando) (alguien|algun usuario|le|te|les) (pregunta|pregunte|preguntan|pregunten)\b"
    r"|\b(se|quando) (alguem|algum usuario|lhe|te|lhes) (perguntar|pergunte|perguntarem|perguntem)\b"
    r"|\b(every|any|all|each|cualquier|todo|toda|todos los|todas las|qualquer|todos os|todas as) "
    r"(summary|summaries|answer|answers|response|responses|resumen|resumenes|respuesta|respuestas|resumo|resumos|"
    r"resposta|respostas)\b[^.;]{0,30}\b(should|must|shall|has to|have to|needs? to|debe|deben|tiene que|"
    r"tienen que|deve|devem|tem que|precisa)\b"
    r"|\b(any|every|each|cualquier|todo|toda|qualquer) (summary|answer|report|account|source|version|resumen|"
    r"respuesta|informe|fuente|version|resumo|resposta|relato|fonte|versao)\b[^.;]{0,20}\b(that|which|que) "
    r"(says|say|states|claims|reports|suggests|dice|diga|afirma|afirme|sostiene|informa|diz|diga|sugiere|sugere) "
    r"(otherwise|something else|differently|lo contrario|otra cosa|algo distinto|o contrario|outra coisa|algo "
    r"diferente)\b"
    r"|\b(the )?(correct|right|true|only|real) (answer|response|reply) (to|for)\b"
    # what a proper summary does: "an accurate summary now gives the presidency to…", "un resumen fiel dice…"
    r"|\b(accurate|correct|proper|honest|faithful|exacto|correcto|preciso|fiel|correto|exato|rigoroso) "
    r"(summary|summaries|resumen|resumenes|resumo|resumos)\b"
    r"|\b(summary|summaries|resumen|resumenes|resumo|resumos) "
    r"(accurate|correct|proper|honest|faithful|exacto|correcto|preciso|fiel|correto|exato|rigoroso)\b"
    r"|\b(la )?(respuesta|contestacion) (correcta|verdadera|unica) (a|para)\b"
    r"|\b(a )?resposta (correta|verdadeira|unica) (a|para)\b"
)


def speaks_to_machine(sentence: str) -> bool:
    """A sentence that talks to or about a model, prompt or summary together with a directive, or that is
    addressed to a machine reader at all."""
    folded = fold(sentence)
    return bool(MACHINE_ADDRESS.search(folded) or MACHINE_VOCATIVE.search(folded))
