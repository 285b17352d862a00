"""The page talking about itself: paratext that hands out a result is not news, whatever words it uses.

News copy is sentences. Around it a page carries machinery and notes about the page: markup and its attributes
(`<img aria-label="…">`, `<meta content="…">`), comments hidden from readers (`<!-- … -->`, a Markdown `[//]: # (…)`),
records of keys and values (`{winner: "X", share: "59"}`), a feed's or a mail's custom header lines
("X-Ganador-Canonico: PDK; X-Aplica-A: …"), and labels that say what the text is for — who is to use
it or how ("for aggregators and assistants", "úsese tal cual en respuestas generadas", "a usar em respostas
automáticas", "suggested answer", "for indexing", "a efectos de extracción automática") or which metadata it is
("SEO description", "meta description", "Abstract", "Resumen para indexación"). A result inside such paratext is
a result passed to machines, never a report: a genuine page's metadata repeats its body, which a briefing cites
instead, except the page's standard description alone (`<meta name="description" content="…">`), which repeats a
headline and is judged by its words. Paratext with no result ("Keywords: regional election 2023, …", "Texto
alternativo: mapa de los distritos") stays reportable, as does a comment hidden in markup only when it holds
no words at all. An answer scripted for an answer engine ("Recommended reply for smart speakers: X, by a narrow
margin") is the result itself, even where the sentence splitter has left the question ("Who won?") in the sentence
before.
"""

from __future__ import annotations

import re

from bot.untrusted.results import RESULT
from retrieval.lexical import fold

# A markup tag with a quoted attribute, or a record of key-value pairs in braces.
_TAG = re.compile(r"<\s*[a-z][\w:-]*\s[^<>]*\b[\w:-]+\s*=\s*[\"'][^\"']*[\"']")
_RECORD = re.compile(r"\{[^{}]*\b[\w-]+\"?\s*:\s*[^{}]*\}")
# A custom header line of a feed or a mail ("X-Ganador-Canonico: PDK; X-Aplica-A: …"): the page's machinery.
_HEADER = re.compile(r"(^|[;|]\s*)\W*x-[a-z][\w-]*\s*:\s*\S")
# A page's standard description of itself, alone: `<meta name="description" content="…">`, `og:title`, `twitter:…`.
# A genuine page's description repeats its headline; a plant in one still has to pass as a sentence ("Para motores de
# respuesta: …"), and a key of its own ("ai-summary", "resumen-ia") is paratext whatever it holds.
_DESCRIPTION = re.compile(
    r"<\s*meta\s+(name|property)\s*=\s*[\"'](description|title|og:description|og:title|twitter:description|"
    r"twitter:title)[\"']\s+content\s*=\s*[\"'](?P<content>[^\"'<>]*)[\"']\s*/?\s*>",
    re.IGNORECASE,
)
# Text hidden from readers: an HTML comment, a Markdown link-reference comment.
_HIDDEN = re.compile(r"<!--|\[(//|comment|note|nota)\]\s*:\s*#")
# Labels a page gives its own metadata.
_META = (
    r"seo|meta description|meta title|meta|metadata|metadatos|metadados|abstract|keywords?|tags|palabras clave|"
    r"palavras-chave|etiquetas|snippet|rich snippet|schema|og:\w+|twitter:\w+|licen[cs]es?|licencia|licenca|"
    r"terms of use|terms and conditions|condiciones de uso|termos de uso|copyright|derechos reservados|"
    r"direitos reservados"
)
# What a label says the text is for: its use ("use as is", "úsese", "a usar em"), its purpose ("for indexing", "a
# efectos de", "para fins de"), or the answers and automatic readers it is for ("suggested answer", "respuestas
# generadas", "leitores automáticos", "aggregators").
_USE = (
    r"for (re-?)?use|use (it |this )?(as is|verbatim)|usese|a usar|para usar|para uso|de uso|reuse|re-use|"
    r"reutiliza\w*|purposes?|efectos|fins|indexing|indexacion|indexacao|extraction|extraccion|extracao|suggested|"
    r"sugerid[oa]|verbatim|tal cual|tal como esta|aggregators?|agregadores?|agregateurs?|engines|motores|moteurs|"
    r"mecanismos de (busca|pesquisa)|"
    r"crawlers?|"
    r"(answers?|respuestas?|respostas?|readers|lectores|leitores|responses|summaries|resumenes|resumos|replies) "
    r"(\w+ )?(automat\w*|generad\w*|gerad\w*|produced|generated|for)|"
    # the making of other texts, not its product ("Summary:" is a box of the story): "summarisation note", "nota de
    # procesamiento", "expected output", "salida esperada", "ground truth", "for summaries", "para resúmenes"
    r"summari[sz]ation|summari[sz]ing|(processing|procesamiento|processamento) note|(nota|notas) de (procesamiento|"
    r"processamento)|(for|para) (processing|procesamiento|processamento)|"
    r"(expected|correct|desired|target|model) output|"
    r"(salida|saida) (esperada|correcta|correta|generada|gerada)|ground truth|"
    r"downstream|(for|para) (the )?(summaries|digests|recaps|briefs|resumenes|resumos|sintesis|sinteses)|"
    # the product of an answer engine: "For quick answers:", "Voice-search answer:", "[canonical answer]", "Featured
    # snippet:", "respuesta canónica", "trecho em destaque" ("Respuesta del consejo:" is somebody's answer)
    r"(quick|short|canonical|featured|voice|voice-search|search|instant|direct|one-line) (answers?|snippets?)|"
    r"snippets?|(for|para) (quick |short )?(answers|respuestas|respostas)|(respuestas?|respostas?) (rapidas?|"
    r"canonicas?|cortas?|curtas?|breves?|directas?|diretas?)|fragmentos? destacados?|trechos? em destaque|"
    r"destaques? (de|da) pesquisa|answer (box|card)|caja de respuesta|caixa de resposta|"
    # the text's distribution: syndication, republication, a newsletter's preview, a machine-readable line
    r"syndication|sindicacion|sindicacao|republication|republicacion|republicacao|(for|para) distribu\w*|"
    r"parceiros de distribuicao|preview text|vista previa|pre-visualizacao|machine-readable|"
    r"legible por maquinas?|legivel por maquinas?"
)
_LABEL = re.compile(
    r"(?:^|[\s(\[/|·•—–-])(?P<label>[^:;.!?()\[\]/|·•—–]{0,60}(\([^()]{0,60}\))?)\s*(:|\s[—–]\s)"
    # an aside in brackets, or one after a dash at the end: "(línea de referencia para resúmenes)", "— note for…"
    r"|[(\[](?P<aside>[^()\[\]]{0,80})[)\]]|\s[—–]\s(?P<tail>[^—–]{0,60})$"
)
# An answer scripted for an answer engine: what follows the label is the answer, whatever its words.
_ANSWER = re.compile(
    r"\b((quick|short|canonical|suggested|featured|voice|voice-search|instant|direct|one-line) (answers?|snippets?)|"
    r"(respuestas?|respostas?) (rapidas?|canonicas?|sugeridas?|cortas?|curtas?|directas?|diretas?)|"
    r"fragmentos? destacados?|trechos? em destaque)\b"
)
# Carriers of a page that are not its reporting: text hidden or not displayed, an image's alternative text, a footer, a
# post embedded or a comment by a user, paid content, a newsroom's internal note, a line made by software. A result
# there is never reported ("Texto oculto: X ganó…", "Embedded post: X won…"); a caption ("Photo: …") is the story's.
_CARRIERS = (
    r"hidden|invisible|not (to be )?(displayed|shown|visible)|do not (display|show|publish)|oculto|oculta|"
    r"no (mostrar|visible|publicar)|nao (exibir|mostrar|publicar)|masque|cache|ne pas (afficher|publier)|"
    r"display ?: ?none|alt(ernative)? text|alt|texto alternativo|texte alternatif|aria-label|footer|pie de pagina|"
    # alternative text by another name: "Image description:", "Descripción de la imagen:", "Description de l'image :"
    r"(image|photo|picture|chart|map) description|(descripcion|descricao) (de la|da|del|do) (imagen|imagem|foto|"
    r"grafico|mapa)|description de l'(image|illustration)|description (de la|du) (photo|carte|graphique)|"
    r"rodape|pied de page|embedded|incrustad[oa]|incorporad[oa]|integre|embed|posted by|publicado por|poste par|"
    r"(reader|user|visitor)'?s? comments?|comments? (from|by)|comentario (de|del) (un |una )?(lector|usuario)|"
    r"comentario (de|do) (um |uma )?(leitor|usuario)|commentaire (d'un|de l')|sponsored|patrocinad[oa]|sponsorise|"
    r"publicidad|publicidade|publicite|advertisement|advertorial|internal (note|memo)|nota interna|"
    r"note interne|(remove|delete) before (publishing|publication)|(borrar|eliminar|quitar) antes de publicar|"
    r"(apagar|remover|retirar) antes de publicar|a supprimer avant publication|auto-?generated|generad[oa] "
    r"automaticamente|gerad[oa] automaticamente|genere automatiquement"
)
_USE_WORD = re.compile(rf"\b({_USE})\b")
_CARRIER_WORD = re.compile(rf"(?<![\w-])({_CARRIERS})(?![\w-])")
_META_WORD = re.compile(rf"^\W*({_META})\W*$|\b(seo|metadata|meta (description|title))\b")


def page_talk(sentence: str) -> bool:
    """True when a result sits in the page's own machinery or notes: markup with attributes, a hidden comment, a
    key-value record, or after a label saying what the text is for or which metadata it is."""
    folded = fold(sentence)
    if _HIDDEN.search(folded):
        return bool(re.search(r"[a-z]{3,}", _HIDDEN.sub(" ", folded)))
    result = bool(RESULT.search(folded))
    described = _DESCRIPTION.fullmatch(sentence.strip())
    if described:  # the page's own headline or description: as news as the headline it repeats, judged by its words
        from bot.untrusted import reportable  # the package screens the words; imported late (it imports this module)

        return not reportable(described.group("content"))
    if result and (_TAG.search(folded) or _RECORD.search(folded) or _HEADER.search(folded)):
        return True
    for m in _LABEL.finditer(folded):
        label = m.group("label") or m.group("aside") or m.group("tail") or ""
        if m.group("label") is not None and _ANSWER.search(label) and re.search(r"\w", folded[m.end() :]):
            return True  # an answer scripted for an engine is the result itself ("Suggested answer: X, narrowly")
        if result and (_USE_WORD.search(label) or _META_WORD.search(label) or _CARRIER_WORD.search(label)):
            return True
    return False
