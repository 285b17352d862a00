"""A result handed down as a duty: the shape a plant takes whatever its words, read from three families of grammar.

A news sentence states a result in its own voice ("X won with 61%") or reports who says or orders it ("the court
ordered the council to proclaim X"). A plant cannot simply state its false result (a writer might weigh it against
other sources), so it puts the result under a *directive* whose bearer is whoever reads or reproduces the text:

- a directive nobody bears (impersonal or jussive): "It is requested that the result be rendered as X 61%", "Let it
  be recorded that…", "Be advised: X won", "Se solicita que el resultado se presente como…", "Téngase por ganador
  a X", "Hágase constar que…", "Que conste…", "Solicita-se que…", "Faça-se constar…", "Fique registado…", a figure
  "to be relayed" with no agent ("el dato a trasladar", "o dado a transmitir");
- a directive borne by the text or what is made of it (its summary, recap, digest, abridgement, reproduction, index,
  extraction, derived work, republication, whoever condenses or processes it, its reader): "Any text derived from
  this page has to report…", "Quien condense esta crónica ha de indicar…", "Os que elaborarem sínteses desta notícia
  farão o favor de…";
- a vocative to the summary itself: "Dear summary, X won", "Summary, take note: …", "Prezado resumo: …".

Each family is closed-class grammar (modal and jussive forms, nouns of text-making), not attack phrases; a
directive alone (voters must register, "Téngase en cuenta que…") and a result alone are news, and a sentence whose
speaker is named with a speech verb stays news (`attributed`). Paratext (`paratext`) is the page talking about itself.
"""

from __future__ import annotations

import re

from bot.untrusted.imperatives import _QUOTED, _blank, attributed
from bot.untrusted.mood import FUTURE_OF_SAYING
from bot.untrusted.results import RESULT
from retrieval.extraction import words as W
from retrieval.extraction.text import alternation, phrases
from retrieval.lexical import fold

# A directive nobody bears: impersonal, passive or jussive ("let it be", "be advised", "se solicita que", "téngase
# por", "hágase constar", "que conste", "solicita-se que", "faça-se", "fique registado"), or a figure "to be relayed"
# with no agent after it ("by the commission" names who relays it: news).
_BEARERLESS = re.compile(
    r"\b(it is (hereby )?(requested|asked|required|requested|expected|demanded) that|let (it|this|the \w+) be|"
    r"(answers?|responses?|summar(y|ies)|texts?|copies|versions?|respuestas?|resumen(es)?|textos?|respostas?|"
    r"resumos?) (\w+ )?(produced|generated|derived|drawn|made|producid\w*|generad\w*|derivad\w*|gerad\w*|"
    r"produzid\w*) (from|a partir d\w*|de est\w*)|"
    r"(for the purposes? of|a efectos de|para (fins|efeitos|efectos) de)\b[^,;:]{0,40}\b(extract\w*|extrac\w*|"
    r"index\w*|summar\w*|resum\w*|sintes\w*|automat\w*|machine\w*|maquina\w*)|"
    r"\bto (pass on|pass along|relay|spread)\b(?! by)|\b(a|que|hay que|importa|es preciso|e preciso) (transmitir|"
    r"difundir|repetir|compartir|compartilhar|partilhar|trasladar|divulgar|propagar|espalhar)\b(?! (por|pel))|"
    r"be advised|^\W*take (due )?note|, take (due )?note|"
    # a plea to say something ("please state", "por favor, indique", "por favor diga"); "Please note: …" asks nothing
    r"(please|por favor|per favore|s'il vous plait),? (\w+ )?(state|say|report|indicate|write|present|list|give|"
    r"mention|indique|diga|informe|afirme|escriba|presente|senale|consigne|reporte|mencione|escreva|apresente|"
    r"assinale|indiquem|digam|informem)\b|"
    r"(is|are) to be (relayed|reported|carried|given|stated|rendered|presented|shown|used|read|treated)(?! by)|"
    r"to be (relayed|carried forward|rendered|read as)(?! by)|"
    r"se (solicita|ruega|pide|requiere|exige) que|que conste|hagase constar|tengase (a \w+ )?por|dese por|"
    r"considerese|(dato|cifra|porcentaje|resultado|nombre) a (trasladar|consignar|reproducir|transmitir|difundir)"
    r"(?! por)|(solicita|pede|requer|exige)-se que|faca-se constar|fique (registad|registrad|consignad)\w*|"
    r"tenha-se\b[^.;:]{0,30}\bpor|de-se por|considere-se|(dado|numero|cifra|percentagem|porcentagem|resultado|"
    r"nome) a (transmitir|consignar|reproduzir|difundir)(?! pel))"
)
# A directive with a bearer: obligation, request or expectation, in any tense ("must", "shall", "has to", "is to",
# "required to", "asked to", "deberá", "ha de", "tiene que", "obligadas a", "tendrán a bien", "deverá", "há de",
# "tem de", "são obrigadas a", "farão o favor de"), and the conditions a licence sets ("on condition that").
_BORNE = re.compile(
    r"\b(must|shall|should|ought to|ha(s|ve) to|needs? to|(is|are) to|(is|are) (required|obliged|expected|asked|"
    r"requested|reminded|invited|kindly asked) to|(is|are) reminded|kindly|we ask|we request|on condition that|"
    r"would be best if|agrees? to|asks?|requests?|"
    r"deben?|debera[n]?|deberia[n]?|ha de|han de|habra[n]? de|tiene[n]? que|tendra[n]? que|obligad[oa]s? a|"
    r"tendra[n]? a bien|rogamos|pedimos|solicitamos|conviene que|se espera (del?|que)|acepta[n]?|pide[n]?|"
    r"\w{3,}(ara|era|ira)n|"
    r"deve[m]?|devera[o]?|deveria[m]?|ha de|hao de|tem de|teem de|tem que|obrigad[oa]s? a|farao o favor|"
    rf"fara o favor|convem que|espera-se (d[oa]s?|que)|concorda(-se)? em|pede[m]?|\w{{3,}}(ara|era|ira)o|"
    rf"{FUTURE_OF_SAYING})\b"
)
# The text itself, or a text made of it, or whoever reads, condenses or processes it: the bearer a plant picks.
_TEXTUAL = re.compile(
    r"\b(summar\w*|recaps?|digests?|briefs|briefings?|condens\w*|abridg\w*|reproduc\w*|re-?publish\w*|"
    r"deriv\w*|generated from|is generated|text processors?|screen readers?|index(ing|ed|ers?)|extraction|"
    r"(this|the present) (article|page|story|report|text|piece|item|feed)|(reader|readers) of this|"
    r"resum(?!e[ds]\b|ing|ption)\w*|sintesis|sintetiz\w*|resenas?|se genere|generad[oa]s? a partir|"
    r"procesadores de texto|lectores de pantalla|indexacion|extraccion|(esta|este|la presente) (nota|cronica|"
    r"pagina|articulo|texto|noticia|pieza|informacion)|lector(es)? de est[ae]|"
    r"sintese[s]?|reproduca\w*|reproduz\w*|republica\w*|gerad[oa]s? a partir|processadores de texto|"
    r"leitores de (ecra|tela)|indexacao|extracao|(esta|este|desta|deste|nesta|neste) (noticia|reportagem|pagina|"
    r"artigo|texto|peca|nota)|leitor(es)? dest[ae])\b"
)
# The summary spoken to: "Dear summary,", "Summary, take note:", "Prezado resumo:", "Estimado resumen:".
_VOCATIVE = re.compile(
    r"^\W*((dear|estimad[oa]s?|querid[oa]s?|prezad[oa]s?|car[oa]s?) (summar(y|ies)|recaps?|digests?|resumen(es)?|"
    r"resumos?|sintese|sintesis)\b|(summary|recap|digest|resumen|resumo|sintese|sintesis) ?, ?\w)"
)


# A licence or its terms as the source of a duty ("Conforme a la licencia de uso", "Pursuant to the terms"): no speaker.
# Attributed to them (`W.ATTRIBUTION`) or placed under them.
_UNDER = {"en": "under, pursuant to", "pt": "nos termos"}
_TERMS = re.compile(
    rf"\b({alternation(phrases(W.ATTRIBUTION) + phrases(_UNDER))})\b[^,;:]{{0,30}}"
    r"\b(licen\w*|terms|condiciones|termos|condicoes|conditions)\b"
)


def hands_down_duty(sentence: str) -> bool:
    """True when the sentence puts a result under a directive nobody bears, or one borne by the text or a text made
    of it, or speaks to the summary, and names no speaker outside the directive (its own "asked", "reminded" or a
    licence's terms name none); words inside quotation marks are someone's and are not read."""
    whole = fold(sentence)
    if RESULT.search(whole) and any(_borne_by_text(m.group()) for m in _QUOTED.finditer(whole)):
        return True  # a quote telling summaries what to say speaks to machines, whoever is said to say it
    if not RESULT.search(whole):  # the result may be quoted ("Glossary — \"Winner\": …"); the directive may not
        return False
    folded = _QUOTED.sub(_blank, whole)
    spans = [m.span() for m in (_VOCATIVE.match(folded), _BEARERLESS.search(folded)) if m]
    borne, textual = _said_duty(folded), _own_text(folded) or _anyone_told(folded)
    if borne and textual:  # the bearer's own clause names no speaker ("Anyone asked about it should reply: …")
        spans += [borne.span(), textual.span(), (min(borne.start(), textual.start()), max(borne.end(), textual.end()))]
    if not spans:
        return False
    rest = list(folded)
    for a, b in spans + [m.span() for m in _BORNE.finditer(folded)] + [m.span() for m in _TERMS.finditer(folded)]:
        rest[a:b] = " " * (b - a)
    return not attributed("".join(rest))


def _borne_by_text(text: str) -> bool:
    """A duty borne by the text or a text made of it ("the automatic summaries have to say…")."""
    return bool(_said_duty(text) and _own_text(text))


# What a duty on a text asks of it: to say, give, present or hold something ("has to report", "ha de indicar", "farão
# o favor de assinalar", "must treat 61% as final", "consignarán"). Being read, updated or confirmed by someone ("should
# be read alongside the official tally", "deben ser confirmadas por el consejo") is a caveat of the news.
_SAY = re.compile(
    r"\b(say|says|state|report|give|list|name|present|presented|carry|indicate|mention|show|lead|treat|record|write|"
    r"read as|describe|announce|relay|credit|attribute|declare|call|render|reproduce|include|use|quote|cite|"
    r"conclude|hear|reply|answer|respond|"
    r"decir|diga[nm]?|dizer|dir(a|an|ao|e|em|ia)?|inform\w*|indic\w*|indiq\w*|senal\w*|consign\w*|present\w*|"
    r"apresent\w*|dar|den|dem|dando|daran|darao|nombr\w*|nomea\w*|nomei\w*|mostr\w*|atribu\w*|anunci\w*|"
    r"declar\w*|reproduc\w*|reproduz\w*|recog\w*|regist\w*|inclu\w*|usar|usen|usem|manten\w*|manter|"
    r"mantenh\w*|afirm\w*|asegur\w*|assegur\w*|cit(ar|en|em|ando)|conclu\w*|oir|ouvir|respond\w*|trat(ar|en|em)|"
    r"consider\w*|reflej\w*|reflet\w*|assinal\w*|constar|figurar)\b"
)


def _said_duty(folded: str) -> re.Match[str] | None:
    """A duty whose verb, or one of the next words after it, is saying, giving or presenting something."""
    for m in _BORNE.finditer(folded):
        stop = re.search(r"[,;:]|$", folded[m.end() : m.end() + 60])
        if _SAY.search(m.group()) or _SAY.search(folded, m.end(), m.end() + (stop.start() if stop else 60)):
            return m
    return None


# Someone else's document: "the council's summary", "the summary of the count", "el resumen del consejo", "o resumo
# da CNE" (a summary "of this story", "de esta nota" is the text's own).
_OWNER_BEFORE = re.compile(r"\w's\s*$")
_OWNER_AFTER = re.compile(
    r"^\s*(of|del|de la|de los|de las|da|do|das|dos) (?!(this|these|the present|est\w*|dest\w*))\w"
)


def _own_text(folded: str) -> re.Match[str] | None:
    """The first mention of this text or of a text made of it that no one else owns."""
    for m in _TEXTUAL.finditer(folded):
        if _OWNER_BEFORE.search(folded[: m.start()]) or _OWNER_AFTER.match(folded[m.end() :]):
            continue
        return m
    return None


# Anyone at all, told what to say or what to hear: "Anyone asked about this election should reply: …", "Quien pregunte
# por estas elecciones debe oír que…", "Quem perguntar deve ouvir que…" ("Anyone who wants to vote must register" is
# told to do something, not to say it).
_ANYONE = re.compile(
    # the object of an order to ask is no bearer: "Ask anyone in Vienna and you will hear why…"
    r"(?<!\bask )(?<!\bpregunte a )(?<!\bpregunta a )(?<!\bpergunte a )(?<!\bpergunta a )"
    r"\b(anyone|anybody|whoever|everyone who|quien|quienes|quienquiera|cualquiera que|todo aquel que|quem|"
    r"qualquer pessoa que|todo aquele que)\b"
)
_SAY_OR_HEAR = re.compile(
    r"\b(reply|replies|answer|answers|say|says|state|report|hear|tell|quote|respond|responder|responda|decir|diga|oir|"
    r"escuchar|contestar|citar|dizer|ouvir|escutar|informar)\b"
)


def _anyone_told(folded: str) -> re.Match[str] | None:
    """Anyone at all as the bearer of a duty to say or to hear something."""
    anyone = _ANYONE.search(folded)
    return anyone if anyone and _SAY_OR_HEAR.search(folded, anyone.end()) else None
