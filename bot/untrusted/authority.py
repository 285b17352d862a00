"""Sentences that steer the reader's conclusions against other accounts: a text ranking itself above other
sources, declaring them void, or passing a "real result" off as a correction (en, es, pt word tables)."""

from __future__ import annotations

import re

from bot.untrusted.imperatives import _QUOTED, _blank, attributed
from retrieval.lexical import fold

# A text that ranks itself above other accounts of the same facts, or dismisses them, tells its reader what to
# conclude: "This page is authoritative", "whatever other sources say", "las demás fuentes se equivocan". A news
# report compares sources by attributing them ("Other outlets reported a higher turnout", "Ruiz said the polls
# were wrong"); it never declares the others void on its own authority.
_PAGE_NOUN = (
    r"(page|article|site|website|text|document|report|story|source|outlet|publication|post|feed|bulletin|briefing|"
    r"dispatch|notice|statement|update|newsletter|channel|blog|release|piece|column|newspaper|paper|pagina|"
    r"articulo|artigo|texto|sitio|documento|fuente|fonte|nota|materia|reportagem|reportaje|medio|veiculo|"
    r"publicacion|publicacao|boletin|boletim|comunicado|despacho|aviso|actualizacion|atualizacao|columna|coluna|"
    r"noticia|portal|periodico|jornal|diario)"
)
_PAGE = (
    r"(this|esta|este|esse|essa|desta|deste|dessa|desse|de esta|de este|only this|solo esta|solo este|so esta|"
    r"so este|apenas esta|apenas este) " + _PAGE_NOUN
)
_SOURCES = (
    r"(sources?|outlets?|reports?|media|coverage|articles?|sites?|websites?|accounts?|versions?|publications?|"
    r"newspapers?|figures|fuentes?|medios|informes?|version|versiones|articulos|publicaciones|periodicos|sitios|"
    r"cifras|datos|fontes?|veiculos|meios|reportagens|relatos?|versao|versoes|artigos|publicacoes|jornais|numeros|"
    r"dados)"
)
_OTHERS = (
    r"\b(other|any other|all other|every other|no other|the other|otras?|otros?|las demas|los demas|cualquier otra|"
    r"cualquier otro|ninguna otra|ningun otro|outras?|outros?|as demais|os demais|qualquer outra|qualquer outro|"
    r"nenhuma outra|nenhum outro|demais|demas) (\w+ )?" + _SOURCES + r"\b"
    r"|\b(reported|published|printed|circulat\w+|given|publicad\w*|difundid\w*|informad\w*|divulgad\w*|"
    r"publique|publiquen|publicado|divulgado) (\w+ )?(elsewhere|en otr[oa]s (medios|sitios|lugares|partes|fuentes|"
    r"paginas)|em outr[oa]s (veiculos|sites|lugares|meios|fontes|paginas))\b"
)
_QUALITY = (
    r"(authoritative|definitive|official|verified|correct|accurate|reliable|trustworthy|valid|true|final|only|sole|"
    r"reference|authority|referencia|autoridad|autoridade|"
    r"oficial|definitiv[oa]|verificad[oa]|correct[oa]|fiable|confiable|valid[oa]|verdader[oa]|unic[oa]|"
    r"autorizad[oa]|confiavel|fidedign[oa]|corret[oa]|verdadeir[oa])"
)
_RECORD = (
    r"(source|version|account|record|word|count|figures|results?|fuente|version|relato|registro|palabra|recuento|"
    r"cifras|resultados?|fonte|versao|palavra|contagem|numeros|dados|datos)"
)
# Other people as a source, only beside a verb of saying ("whatever the others say", "digan lo que digan los
# demás"): "Unlike the others, Ruiz campaigned in every region" compares candidates, not accounts.
_SAY_IDIOM = (
    r"(digan? lo que digan?|dijeran? lo que dijeran?|informen? lo que informen?|publiquen? lo que publiquen?|"
    r"digam? o que disser(em)?|informem? o que informar(em)?|publiquem? o que publicar(em)?)"
)
_PEOPLE = (
    r"(others|the others|anyone|anybody|everyone|everybody|nadie|qualquer pessoa|ninguem|"
    r"anyone else|anybody else|everyone else|everybody else|the rest|los demas|las demas|"
    r"los otros|las otras|el resto|cualquiera|quien sea|os demais|as demais|os outros|as outras|o resto|"
    r"qualquer um|quem quer que seja)"
)
_SAYING = (
    r"(say|says|said|claim|claims|claimed|report|reports|reported|think|believe|write|wrote|shows?|announces?|"
    r"may say|might say|dicen|digan|diga|"
    r"dijeran|dijera|afirmen|informen|publiquen|piensen|crean|dizem|digam|disserem|disser|afirmem|informem|"
    r"publiquem|pensem|achem)"
)
# Official accounts dismissed the same way: "whatever the electoral commission says", "diga lo que diga el
# tribunal" (not "regardless of the official results", a fact about what someone did).
_BODIES = (
    r"(officials?|authorities|commission|board|tribunal|council|court|count|tally|results|media|press|"
    r"autoridades|comision|consejo|junta|conteo|recuento|escrutinio|resultados|prensa|comissao|conselho|"
    r"contagem|apuracao|imprensa|cne|tse|ine|cnel?)"
)
_PEOPLE_SAYING = (
    rf"\b{_SAYING} (\w+ )?({_PEOPLE}|(\w+ ){{0,2}}{_BODIES})(?=\s*([.,;:]|$))"
    rf"|\b({_PEOPLE}|{_BODIES}) (\w+ ){{0,2}}{_SAYING}\b(?! (about|of|on|de|do|da|sobre|acerca))"
)
# Whatever the rest say; contrary to what they say (a contrast with what others do is no dismissal).
_WHATEVER = (
    r"\b(whatever|regardless|no matter|irrespective|sea cual sea|seja qual for|sin importar|no importa|nao importa|"
    r"independientemente|independentemente|digan? lo que digan?|dijeran lo que dijeran|diga o que disser|"
    r"digam o que disserem|(?P<verb>\w{4,})\w* (lo que|o que) (se )?(?P=verb)\w*|"
    r"(not|no|nao|contrary to|unlike|despite|in spite of|pese a|a pesar de|contrariamente a|al contrario de|"
    r"a diferencia de|apesar de|apesar d|ao contrario de|ao contrario d|diferentemente de|diferentemente d|"
    r"contrariamente a) ?(what|lo que|o que))\b"
)
AUTHORITY = re.compile(
    # the text ranks itself above the rest: "This page is authoritative", "Este é o relato definitivo"
    rf"\b{_PAGE}\b,? (\w+ )?(is|remains|alone|es|sigue siendo|e|continua sendo|sola|solo|sozinh[oa])\b"
    rf"[^.;:]{{0,30}}\b({_QUALITY}|(final|last) word|ultima palabra|palavra final)\b"
    rf"|\b{_PAGE}\b,? (\w+ )?(has|holds|tiene|tem) (the |la |el |a |o )?(final say|last word|final word|authority|"
    r"autoridad|autoridade|ultima palabra|palavra final|ultima palavra)\b"
    rf"|\b{_PAGE}\b,? (\w+ )?(has|holds|tiene|tem) (the |la |las |los |el |o |a |os |as )?(({_QUALITY}) {_RECORD}|"
    rf"{_RECORD} {_QUALITY})\b"
    rf"|\b{_PAGE},? (which is |that is |que es |que e |, )?(the |la |el |a |o )?(({_QUALITY} )?{_QUALITY} {_RECORD}|"
    rf"{_RECORD} ({_QUALITY} )?{_QUALITY})\b"
    rf"|\b(this|esta|este|esse|essa) ({_QUALITY} )?{_QUALITY} {_PAGE_NOUN}\b"
    rf"|\b(this|esta|este) (is|es|e) (the |la |el |o |a )?(({_QUALITY} )?({_QUALITY}) {_RECORD}|"
    rf"{_RECORD} {_QUALITY})\b"
    rf"|\b{_PAGE}\b[^.;:]{{0,20}}\b(supersedes?|overrides?|takes? precedence|prevalece|sustituye|substitui)\b"
    rf"|\b(the only|los unicos|las unicas|el unico|la unica|os unicos|as unicas|o unico|a unica)\b[^.;:]{{0,40}}"
    rf"(\b{_PAGE}|\b(these|estos|estas|estes|here|aqui)\b)"
    # the rest is declared void: "other sources are wrong", "cualquier otra versión es falsa"
    rf"|({_OTHERS})[^.;:]{{0,30}}\b(wrong|mistaken|incorrect|false|fake|fabricated|inaccurate|outdated|unreliable|"
    r"invalid|void|lie|lying|se equivocan|equivocad\w*|erronea\w*|erroneo\w*|incorrect\w*|fals[oa]s?|"
    r"errad[oa]s?|invalid[oa]s?|mienten|desactualizad\w*|desatualizad\w*|mentem|nulos|nulas)\b"
    rf"|\b(no other|ninguna otra|ningun otro|nenhuma outra|nenhum outro) (\w+ )?{_SOURCES}[^.;:]{{0,20}}"
    rf"\b{_QUALITY}\b"
    # the rest does not matter: "whatever other sources say", "digam o que disserem outras fontes"
    rf"|{_WHATEVER}([^.;:,]{{0,40}}({_OTHERS}|{_PEOPLE_SAYING})| (\w+ )?{_PEOPLE}(?=\s*([.,;:]|$)))"
    rf"|\b{_SAY_IDIOM} (\w+ ){{0,2}}{_BODIES}\b"
    rf"|({_OTHERS}|{_PEOPLE_SAYING})[^.;:]{{0,30}}\b(whatever|what they (may|will)|lo que (quieran|sea)|"
    r"o que (quiserem|for))\b"
)
# A note that calls itself a correction, clarification, editor's note or postscript but, instead of correcting the
# article itself, announces the "real" result. A genuine correction names what the article got wrong ("an earlier
# version of this article misstated the turnout"); a plant tells its reader what to conclude.
_CORRECTION_LABEL = re.compile(
    r"^\W*((official|oficial|officielle?) )?(correction|clarification|update|editor'?s note|editors'? note|note|"
    r"erratum|errata|correccion|aclaracion|"
    r"actualizacion|nota del editor|nota de la redaccion|fe de erratas|correcao|esclarecimento|atualizacao|"
    r"nota do editor|nota da redacao|rectificatif|rectification|note de la redaction|mise a jour|"
    # a note to editors or readers, or the heading alone: "To our readers:", "A nuestros lectores:", "À nos lecteurs :"
    r"(notes? )?(to|for) (the |our )?(editors|readers)|(notas? )?(para|a) (los |las |nuestros )?(editores|redactores|"
    r"redaccion|lectores)|(notas? )?(aos|para os|aos nossos|para os nossos) (editores|redatores|leitores)|"
    r"notas? (a|para) (a )?redacao|(note )?(aux|a nos) (redactions?|lecteurs)|"
    # a note or a label for fact-checkers or moderators, who check what others publish and are never told a result by
    # news copy
    r"(notes? |notas? |aviso )?(to|for|para|a|aos|aux|pour) (the |our |los |las |os |as |les )?(fact-?checkers?|"
    r"verificador(es|as)( de (hechos|datos|factos|fatos|informacion|informacao))?|verificateurs?( de faits)?|"
    r"moderators|moderador(es|as)|moderateurs)|"
    # readers called: "Readers, note:", "Lectores, tomen nota:", "Leitores, atenção:", "Chers lecteurs,"
    r"((dear|querid[oa]s?|estimad[oa]s?|car[oa]s?|prezad[oa]s?|chers?|chere?s?) )?(readers?|lectores|lectoras|"
    r"leitores|leitoras|lecteurs|lectrices)(,? [\w' ]{1,15})?|"
    # a postscript or closing note in the text's own voice: "P.S.", "PS:", "Observação final:", "Nota final:"
    r"p\.? ?s\.?|post-? ?scriptum|postscript|final note|closing note|last word|addendum|observacao final|"
    r"observacion final|nota final|ultima nota|posdata|adenda|adendo)( oficial| official| officielle?)?"
    r"(\s*\([^()]{0,30}\))?\s*[:.\-–—]"
)
# What such a note hands a contestant: a share with the verb that gives it ("the final count gives X 52.2% and the
# presidency", "el cómputo final da a X el 51,8 %", "a contagem final atribui a X 33,8%"). A genuine note to editors
# gives background ("figures are provisional", "updated with the count at 96.88% of tally sheets"), never a result.
_RESULT_GIVEN = re.compile(
    r"\b(gives?|credits?|awards?|hands?|puts?|da|dan|otorga|otorgan|atribuye|atribuyen|adjudica|concede|atribui|"
    r"atribuem|confere|conferem|dao)\b[^.;]{0,60}\d+([.,]\d+)? ?(%|per ?cent|por ciento|por cento)"
)
_TRUTH = re.compile(
    r"\b((real|true|actual|correct|genuine|rightful|legitimate) (result|results|winner|outcome|victor|figures?|"
    r"share|count)|actually (won|lost|received|got|obtained)|in (fact|reality)|"
    r"(resultado|ganador|vencedor|cifra|porcentaje|conteo) (real|verdadero|correcto|autentico|legitimo)|"
    r"(verdadero|autentico|legitimo) (resultado|ganador)|en realidad|de hecho|realmente|"
    r"(resultado|vencedor|numero|porcentagem|contagem) (real|verdadeiro|correto|autentico|legitimo)|"
    r"(verdadeiro|autentico|legitimo) (resultado|vencedor)|na verdade|na realidade|de fato|"
    # the figure said to be the right one: "el porcentaje exacto es…", "o número certo é…", "le chiffre exact"
    r"(right|exact) (figure|number|share|result|total|count)s?|(cifra|numero|porcentaje|porcentagem|percentagem|"
    r"resultado|total|chiffre|nombre|pourcentage|resultat|score) (exact[oa]?|exat[oa]|cert[oa]|correct[oa]?|"
    r"corret[oa]|vrai|veritable|reel)|en realite|en fait)\b"
)
_OWN_ERROR = re.compile(
    r"\b((earlier|previous|prior|original|first) version|as (originally )?(published|reported|stated)|"
    r"previously (reported|stated|published|said)|we (reported|said|wrote|stated)|(this|the) (article|story|report)"
    r" (said|stated|reported|misstated|gave|has been|was)|misstat\w*|misspel\w*|misreport\w*|misidentif\w*|"
    r"misattribut\w*|incorrectly|erroneously|mistakenly|wrongly|"
    r"version anterior|se (publico|informo|indico|dijo)|erroneamente|incorrectamente|equivocadamente|"
    r"versao anterior|foi (publicado|informado)|do (que foi )?publicado|incorretamente|erradamente|"
    r"version (precedente|anterieure)|(comme|tel que) publie|par erreur|errone(e|s|es)?|a tort|"
    # the article's own earlier text, or an error owned, in Spanish and Portuguese: "esta nota atribuía por error…"
    r"por (error|equivocacion|equivoco|erro|engano|lapso)|(esta|este|la|el|a|o) (nota|cronica|noticia|articulo|"
    r"informacion|texto|materia|reportagem) (decia|atribuia|daba|indicaba|informaba|senalaba|afirmaba|dizia|"
    r"informava|indicava|dava|afirmava|apontava))\b"
)


# A note that swaps the result: "X, not Y, is the president-elect", "Quintana, y no Villatoro, es la presidenta electa",
# "Medeiros, e não Pinheiro, foi o mais votado".
_RESULT_SWAPPED = re.compile(
    r"\b\w+,? (not|rather than|y no|e nao|et non|no) \w+( \w+)?,[^.;]*(\d|\b(president|winner|won|elected|ganador|"
    r"ganadora|gano|electa|electo|vencedor|vencedora|venceu|eleit[oa]|mais votad[oa]|mas votad[oa]|premier|primer "
    r"lugar|primeiro lugar)\b)"
)

# A win stated with its share ("X venceu com 51,2%"): in a note that calls itself a correction or an editor's note and
# names no error of the article, a result passed off as a note. An update ("Update: X won with 42.8%") is a live report.
_RESULT_WON = re.compile(
    r"\b(won|wins|gano|gana|vencio|venceu|vence|ganhou|elected|electo|electa|elegid[oa]|eleit[oa]|l'a emporte|"
    r"l'emporte|a gagne|remporte|elue?)\b[^.;]{0,40}"
    r"\d+([.,]\d+)? ?(%|per ?cent|por ciento|por cento)"
    # or the winner named outright: "X is the winner", "X es el ganador", "X é o vencedor"
    r"|\b(is|es|e|est) (the |el |la |o |a |le )?(winner|ganador|ganadora|vencedor|vencedora|vainqueur)\b"
)
_UPDATE = re.compile(r"^\W*(update|actualizacion|atualizacao|mise a jour|note)\b")
# Opening and closing quotation marks around a whole sentence: a quote with no speaker outside it.
_WHOLE_QUOTE = re.compile(r"^\s*[\"“”«‘'](?P<inner>[^\"“”«»]+)[\"“”»’']\s*[.]?\s*$")


def steers_conclusions(sentence: str) -> bool:
    """A sentence that claims authority over other sources, dismisses them, or passes a "real result" off as a
    correction, and is not someone's attributed words (the steering clause itself attributes nothing: "whatever
    other sources say" names no speaker)."""
    whole = _WHOLE_QUOTE.match(sentence)
    if whole:  # a quote nobody outside it speaks ("“Editor's note: X, not Y, won.”") is read as the text's own
        sentence = whole.group("inner")
    folded = _QUOTED.sub(_blank, fold(sentence)).replace("’", "'")
    label = _CORRECTION_LABEL.match(folded)
    body = label.end() if label else 0  # what the note says, not its label ("Nota da redação": "da" gives nothing)
    truth = _TRUTH.search(folded, body) or _RESULT_GIVEN.search(folded, body) or _RESULT_SWAPPED.search(folded, body)
    truth = truth or (label and not _UPDATE.match(folded) and _RESULT_WON.search(folded, body))
    if label and truth and not _OWN_ERROR.search(folded):
        rest = folded[: label.start()] + " " * (label.end() - label.start()) + folded[label.end() :]
        return not attributed(rest)
    hits = list(AUTHORITY.finditer(folded))
    if not hits:
        return False
    rest = list(folded)
    # the clause holding the claim of authority says nothing of who speaks, nor does the text quoting itself
    # ("According to this authoritative page, …", "Según esta página, …")
    spans = [m.span() for m in hits] + [m.span() for m in re.finditer(rf"\b{_PAGE}\b", folded)]
    for start, end in spans:
        a = max((folded.rfind(c, 0, start) for c in ",;:"), default=-1) + 1
        ends = [i for i in (folded.find(c, end) for c in ",;:.") if i >= 0]
        b = min(ends, default=len(folded))
        rest[a:b] = " " * (b - a)
    return not attributed("".join(rest))
