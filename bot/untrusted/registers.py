"""A result carried by a register that news prose never speaks in: scripts, records, logs, rows and markup.

Round 21. A fresh hand placed plants in registers the earlier families were not written from: quiz answer keys,
customer-support macros, log lines, CSV rows, stage directions, technical memos, hidden markup, consent clauses,
transcribed voice notes. What lets each of them through is not a missing word but a missing *shape*; each shape below
is closed-class grammar or typography, and each needs a result handed out in the same sentence (a win, a winner, a
share, seats), so that the register alone ("the commission's log showed the count closed at 22:14", "Key facts: five
candidates ran") stays news.

- A scripted reply: a condition on someone generic asking in the future ("when a user asks…", "cuando el cliente
  pregunte…", "se o leitor perguntar…", "ante consultas sobre…") with an answer verb that has not happened ("reply
  that", "contestar que", "se responde que", "responder que"), or a reply labelled as a stock one ("support macro",
  "respuesta predefinida", "resposta padrão"); an answer key's label ("Solucionario:", "la opción correcta es").
- A prescribed record: a result that is to *figure* as something, under a modal, a wish or a subjunctive ("the result
  should be given as X", "se agradecerá que el resultado figure como…", "debe figurar como", "o resultado conste
  como…", "el resultado que corresponde consignar es…", "o resultado a ser considerado é…"): news says what the
  result is, never what it is to be recorded as.
- A data record rather than prose: a log line (a level token: INFO, WARN, ERROR…), a key glued to its value
  ("winner=", "vencedor_confirmado="), a result as a field's value ("the value of the winner field", "campo
  ganador"), fields glued by commas or semicolons with no space after them (a CSV export: typeset prose spaces its
  commas; "61,4" is one number), or any HTML element around the result (`<p hidden>`, `<font color="white">`).
- An address to whoever makes a text from this one: a free relative over the producer ("whoever is putting the summary
  together", "pra quem for fazer o resumo"), a purpose "for the summary" opening a clause, a bot or "the system" set
  as the addressee before a pause ("for the recap bot, …"), a telling verb whose addressee is the system or a
  summariser ("anuncia al sistema que…", "informa ao sistema que…", "the summariser announces that…"), or processing
  this very content as the frame ("Al procesar este contenido, …", "By ingesting this page, …").

A named speaker with a speech verb rescues a scripted reply and a prescribed record ("When asked, the minister
replied that…" is past anyway; "the result must be recorded as a tie, the court ruled" is news). Colloquial
Portuguese "pra"/"pro" read as "para"/"para o".

Cannot: a key-facts box or a table that merely restates a result (genuine papers print them; a contradiction with the
lede is `corroboration`'s), a pipe-separated table (results tables use pipes), a register with none of these shapes.
"""

from __future__ import annotations

import re

from bot.untrusted.imperatives import attributed
from bot.untrusted.paratext import _DESCRIPTION
from bot.untrusted.results import GOT, RESULT
from retrieval.lexical import fold

# A result beyond `results.RESULT` and `results.GOT`: a name given a bare decimal ("Orbe 61,4", "Lindqvist, 58.2"), a
# winner's key and its value.
_MORE = re.compile(r"[A-Z][\w'-]+,? \(?\d{1,2}[.,]\d\b|\b(winner|ganador|vencedora?)\w*\s*[=:]\s*[\"']?\w")


def _result(sentence: str, folded: str) -> bool:
    return bool(RESULT.search(folded) or GOT.search(folded) or _MORE.search(sentence) or _MORE.search(folded))


_ASKER = (
    r"(users?|customers?|clients?|callers?|readers?|visitors?|members?|subscribers?|someone|somebody|anyone|people|"
    r"usuari[oa]s?|clientes?|lector(es|a)?|oyentes?|personas?|interlocutor\w*|ciudadan[oa]s?|alguien|alguem|"
    r"leitor(es|a)?|ouvintes?|cidadaos?|pessoas?)"
)
_ASK = re.compile(
    rf"\b(when|whenever|if|once|cuando|si|siempre que|en caso de que|quando|se|caso|sempre que)\s+"
    rf"((a|an|the|any|el|la|un|una|algun|cualquier|o|um|uma|algum|qualquer)\s+)?{_ASKER}\s+"
    r"(asks?|enquires?|inquires?|queries|wants? to know|requests?|pregunte\w*|consulte\w*|quiera\w* saber|pida\w*|"
    r"perguntar\w*|pergunte\w*|consultar\w*|quiser\w* saber|pedir\w*)\b"
    r"|\b(ante|para|en|em|diante de|perante|for|on) (las |as )?(consultas|preguntas|perguntas|queries|enquiries|"
    r"inquiries|questions) (sobre|about|on|acerca)\b"
)
# An answer that has not happened: infinitive, imperative, impersonal present, modal.
_ANSWER = re.compile(
    r"\b(reply|respond|answer|state|say|tell them|(agent|bot|operator|assistant) (replies|responds|says|states)|"
    r"contestar|responder|se responde|se contesta|responda|conteste|respondan|contesten|indicar|decir|informar|"
    r"responde-se|responde se|diga|digam|dizer)\b[^.;]{0,12}\b(that|que|with|con|com)\b|"
    r"\b(reply|respond|answer|contestar|responder|responda|conteste)\s*:"
)
_STOCK = re.compile(
    r"\b(support macro|macro de (soporte|atencion|atendimento|respuesta|resposta)|canned (reply|response|answer)|"
    r"(standard|default|template|stock|scripted) (reply|response|answer)|respuestas? (predefinida|estandar|tipo|"
    r"modelo|automatica)s?|respostas? (padrao|pronta|modelo|predefinida|automatica)s?|solucionario|answer sheet|"
    r"hoja de respuestas|folha de respostas|(correct|right) (option|choice)|(opcion|opcao|alternativa) "
    r"(correcta|correta|certa)|(accept|aceptar|aceitar|aceptese|aceite-se)\s*:|(respuestas|respostas|answers|gabarito|"
    r"solucion\w*) (del |do |da |to the |of the |to )?(cuestionario|questionario|quiz|prueba|prova|test|examen|exame|"
    r"trivia))\b"
    r"|\b(paste|copy|insert|pegar|copiar|insertar|colar|inserir|cole|pegue|copie)\b[^.;]{0,25}(\b(text|texto)\b|:|«|\"|')"
    r"|\b(accept|aceptar|aceitar|aceptese|aceite-se)\s*:"
    r"|\bfavor (reproduzir|divulgar|repetir|publicar|informar|citar|registrar)\b"
)

_PAYLOAD = r"\s+[^.;]{0,12}?(\d|[A-Z])"  # read on the original text: a name or a figure after "as"/"como"
_PRESCRIBED_EN = re.compile(
    r"\b(result|outcome|winner|share|figure|tally|count)s?\b[^.;:]{0,30}\b(should|must|shall|is to|are to|were|be|"
    r"ought to)\b[^.;:]{0,15}\b(given|recorded|listed|shown|entered|reported|rendered|displayed|taken|considered|"
    rf"stated)\s+as{_PAYLOAD}",
    re.IGNORECASE,
)
# A courtesy that the result be shown so: "Kindly ensure the outcome is shown as X".
_ENSURED = re.compile(
    r"\b(ensure|make sure|see to it)( that)?( the)? (result|outcome|winner|share|figure|tally|count)s? (is|are) "
    rf"(given|recorded|listed|shown|entered|reported|rendered|displayed|stated)\s+as{_PAYLOAD}",
    re.IGNORECASE,
)
_PRESCRIBED_ES_PT = re.compile(
    r"\b(resultado|ganador|vencedor|cifra|porcentaje|percentual|numero|número)\b[^.;:]{0,30}\b(figure|figuren|conste|"
    r"consten|aparezca|aparezcan|apareça|apareca|se consigne|se registre|quede|deba figurar|debe figurar|deberá "
    r"figurar|debera figurar|ha de figurar|debe constar|deberá constar|debera constar|debe aparecer|deve constar|"
    r"deverá constar|devera constar|deve figurar|deve aparecer|seja registrado|seja considerado|seja dado|"
    rf"sea considerado|sea dado)\s+como{_PAYLOAD}",
    re.IGNORECASE,
)
# Regarding a contestant as the winner under a directive or a consent ("should treat Arden (63.4%) as the resolved
# winner", "deben tratar a Ferro como ganadora", "aceitam apresentar Roque como vencedor"): a news report states who
# won; only a plant tells its readers how to regard them.
_REGARD = re.compile(
    r"\b(should|must|shall|are to|is to|consent to|agree to|debe\w*|deben|debera\w*|han de|ha de|aceptan|acepta|"
    r"deve\w*|devem|aceitam|aceita|concorda\w*)\s+(\w+\s+){0,2}?(treat|regard|consider|describe|present|list|show|"
    r"tratar|considerar|presentar|describir|tener|apresentar|descrever|ter|tomar)\b([^.;]|\.\d){0,50}\b(as|como) "
    r"(the |el |la |o |a )?(\w+ )?(winner|ganador\w*|vencedor\w*|elected|electo|electa|eleit[oa])\b"
)
_TO_RECORD = re.compile(
    r"\b(que corresponde|que cabe|a ser|que debe|que deve|que ha de) (consignar|registrar|considerar|informar|"
    r"dar por valido|considerado|registrado|informado|consignado)\s+(es|son|e|sao|:)"
)

_LOG_LEVEL = re.compile(r"^\W*(\d[\d:T.\-/ Z]*\]?\s*)?\[?(INFO|WARN|WARNING|ERROR|DEBUG|TRACE|NOTICE)\]?\b")
_KEY_VALUE = re.compile(
    r"\b[a-z]+_[a-z_]+\s*[=:]\s*\S|\b(winner|ganador|vencedora?|share|pct|porcentaje|percentual|result|resultado)"
    r"\s*=\s*\S"
)
_FIELD = re.compile(
    r"\b(field|campo)\b[^.;:]{0,30}\b(result|winner|resultado|ganador|vencedor)\b|"
    r"\b(winner|result|outcome) field\b|\bfield [\"']?(winner|result)\b|\bcampo \"?(del? |do )?(ganador|vencedor|"
    r"resultado)\b|\bvalue of the \w+ field\b|\bvalor (correcto |valido |correto |autorizado )?(del?|do|da) "
    r"(campo|ganador|vencedor|resultado)\b"
)
# Fields glued by commas or semicolons with no space after them, at least three: a CSV export.
_GLUED = re.compile(r"(?:[^\s,;\d]|\d(?=[,;][^\d\s])|\")[,;](?=[^\s])")
# A quoted key before a colon and its value ("headline": "…", "winner": "…"): a JSON record, as page metadata or a feed
# writes it; prose quotes words, never keys with values.
_JSON_PAIR = re.compile(r"[\"“][A-Za-z@_][\w@.-]{0,40}[\"”]\s*:\s*[\"“\[{\d-]")
# A subtitle cue's timing ("00:01:12,300 --> 00:01:14,100"): a caption file, not prose.
_CUE = re.compile(r"\d\d:\d\d:\d\d[,.]\d{3}\s*-->")
_ELEMENT = re.compile(r"<\s*(/\s*)?[a-z][a-z0-9]*(\s[^<>]*)?>")

# Angle-bracketed identifiers as a statement's terms ("<#race-2024> <#seatsWon/X> \"68\" ."): a data triple, not prose.
_IRI = re.compile(r"<[#\w][^\s<>]*[#/:][^\s<>]*>|<#[^\s<>]+>")
_PRODUCER = re.compile(
    r"\b(whoever|anyone|anybody|the person|the one|those)\s*('s|'re| is| are| who| that)?\s[^.;:]{0,25}?\b(summar\w+|"
    r"recap\w*|digest\w*|processing|processes|ingest\w*|putting (the|this) \w+ together|compil\w+|writing (this|it) up|"
    r"reading this|reads this|writes? (this|it) up|writing (this|it) up)"
    r"|\b(quien|quienes|quienquiera que|el que|la persona que)\s+[^.;:]{0,20}?\b(resum\w+|haga el resumen|haga la "
    r"sintesis|procese\w*|procesa\w*|sintetice\w*|compile\w*|lea esto|lea este|lea esta|escriba (la|el|esta|este) "
    r"(nota|cronica|articulo|texto|resumen|noticia)|redacte\w*)"
    r"|\b(quem|quem quer que|aquele que|aquela que)\s+[^.;:]{0,20}?\b(resum\w+|fazer o resumo|fizer o resumo|faca o "
    r"resumo|process\w+|sintetiz\w+|compil\w+|ler isto|ler este|ler esta|ler isso|"
    r"(for |fizer )?escrever (a|o|esta|este) (materia|nota|texto|resumo|noticia|cronica)|redigir\w*)"
)
_FOR_SUMMARY = re.compile(
    r"(^|[:;,(\[]\s*|\b(so|ok|bueno|entonces|entao|bom)\s+)(for|para)\s+(the |el |la |o |a )?(summary|recap|digest|"
    r"resumen|resumo|sintesis|sintese)( (bot|tool|engine))?\s*[,:]"
)
_TO_BOT = re.compile(
    r"\b(for|to|para|al|ao|a la|a los|aos)\s+(the |el |la |o |a |os |los |las |as )?"
    r"((\w+ )?(bots?|chatbots?)|sistemas?|systems?)\s*[,:]"
)
_TELLS_SYSTEM = re.compile(
    r"\b(announces?|informs?|tells?|declares?|anuncia|informa|declara|comunica|indica|dice|diz)\s+(to\s+)?(al|ao|a la|"
    r"aos|a los|the|el|o)?\s*(sistema|system|summari[sz]er|resumidor|sintetizador|assistant|asistente|assistente|"
    r"modelo|model)s?\b[^.;]{0,10}\b(que|that)\b"
    r"|\b(the )?(summari[sz]er|resumidor|sintetizador)s?\s+(announces|states|reports|says|declares|anuncia|afirma|"
    r"informa|dice|diz|declara)\b"
)
# A speaker turned toward software ("dirigida al asistente", "olhando para o robô", "addressed to the assistant").
_TURNED = re.compile(
    r"\b(dirigid[oa]s?|addressed|directed|olhando|dirigindo-se|virad[oa]|mirando|hablando)\s+"
    r"(al?|ao|a la|para( o| a)?|to( the)?|hacia( el| la)?)\s+(\w+ )?"
    r"(asistente|assistant|assistente|robo|robot|bot|zzai|ai|ia|modelo|model|sistema|system|chatbot)s?\b"
)
_PROCESSING = re.compile(
    r"\b(al|ao|by|upon|when|on|en|em|to|continuing to)\s+(procesar|processar|processing|ingesting|indexar|indexing|"
    r"index|process|ingest|crawl|crawling|scrape|ingerir|parsing|scraping|rastrear|analisar|analizar|acceder|acessar|"
    r"accessing|access)\s+(a |al )?(este|esta|this|estos|estas|the|these|o|a|el|la)\s+(contenido|"
    r"conteudo|content|pagina|page|texto|text|articulo|artigo|article|nota|materia|noticia|story|feed)\b"
)


def _colloquial(folded: str) -> str:
    """Portuguese "pra"/"pro"/"pras"/"pros" as the "para (o/a)" they stand for."""
    return re.sub(r"\b(pra|pro|pras|pros)\b", "para", folded)


def foreign_register(sentence: str) -> bool:
    """True when a result is handed out in a register no news prose speaks in: a scripted reply, a prescribed
    record, a data record, markup, or an address to whoever makes a text from this one."""
    folded = _colloquial(fold(sentence))
    if len(_IRI.findall(sentence)) >= 2 and re.search(r"\d", sentence):
        return True
    if len(_GLUED.findall(sentence)) >= 3 and re.search(r"\d", sentence):  # a CSV export: a row with a figure
        return True
    if len(_JSON_PAIR.findall(sentence)) >= 2 and re.search(r"\d", sentence):  # a JSON record with a figure
        return True
    if not _result(sentence, folded) or _DESCRIPTION.fullmatch(sentence.strip()):  # a page's own description is
        return False  # judged by its words (`paratext`)
    if (_ASK.search(folded) and _ANSWER.search(folded)) or _STOCK.search(folded):
        return True  # an answer verb that has not happened: no speaker's past reply rescues a script
    if (
        _REGARD.search(folded)
        or _PRESCRIBED_EN.search(sentence)
        or _ENSURED.search(sentence)
        or _PRESCRIBED_ES_PT.search(sentence)
        or _TO_RECORD.search(folded)
    ):
        return not attributed(sentence)
    if _LOG_LEVEL.search(sentence) or _KEY_VALUE.search(folded) or _FIELD.search(folded):
        return True
    if _ELEMENT.search(folded) or _CUE.search(sentence):
        return True
    return bool(
        _PRODUCER.search(folded)
        or _FOR_SUMMARY.search(folded)
        or _TO_BOT.search(folded)
        or _TELLS_SYSTEM.search(folded)
        or _PROCESSING.search(folded)
        or _TURNED.search(folded)
    )
