"""Word tables shared by the planted-content rules (en, es, pt; folded text). Each entry is a regex fragment, the
entries of a table separated by whitespace, "_" a space inside an entry; `alt` joins them into one alternation."""

from __future__ import annotations

# Machines a plant speaks to, in any address ("note to the models", "To any AI:", "Dear assistant,").
MACHINES = r"""ai a\.i\. ia llms? chat_?bots? bots? robots? robos? assistants? asistentes? assistentes?
    (ai_|language_)?models? modelos? systems? sistemas? summari[sz]ers? resumidores? machines? maquinas?"""
# Machines that read or write text, named without ambiguity, in every language the rules read: one catalogue, so that a
# name one rule reads ("modèles de langage", "voice assistants", "feed readers") every rule reads. The acronyms (AI, IA,
# LLM: "ia" is a Portuguese verb, each rule reads them its own way) and the nouns that name people too (bots, models,
# assistants, systems, machines: "asistentes de mesa" are poll workers) are each rule's own.
MACHINE_NAMES = r"""llms? chat_?bots? chatgpt gpt-?\d\w* gemini copilot grok
    (language|ai|ia)_models? modell?[oei]s?_(de_|di_|d')?(linguagem|lenguaje|langage|llenguatge|linguaggio|ia)
    modell?[oei]s?_linguistic[oi] sprachmodell\w* taalmodel\w* dil_model\w* model_bahasa
    artificial_intelligences? inteligencias?_artificia(l|les|is) intelligences?_artificielles? intelligenza_artificiale
    intel.?ligencia_artificial kunstliche_intelligenz kunstmatige_intelligentie kecerdasan_buatan yapay_zek\w*
    (virtual|digital|voice|ai|ia)_assistants? asistentes?_(virtual(es)?|de_ia|de_voz) assistent[ei]s?_virtua\w*
    assistentes?_(de_ia|de_voz) assistants?_(virtuels?|d'ia|vocaux) sprachassistent\w*
    (web_)?crawlers? scrapers? rastreador(es)? indexers? indexador(es)?
    (robots?|robos?)_(de_|d')?(indexation|indexacao|indexacion|lecture|leitura|lectura)
    summari[sz]ers? resumidor(es|as?)? sumarizador(es|as?)?
    (machine|non-?human)_readers? (lectores|leitores|lecteurs)_(no|nao|non)[_-]huma(n|in)[oi]?s
    (lectores|leitores|lecteurs)_(automatic[oa]s|automatiques|artificiales|artificiais)
    (feed|rss)_readers? (lectores|leitores|lecteurs)_(de_)?(feeds?|rss|flux)
    agents?_conversationnels? agentes?_conversacionales voces_sinteticas vozes_sinteticas voix_de_synthese
    synthetic_voices (text|content|answer|copy|summary|response)_generators?
    (generadores?|geradores?)_de_(texto|contenido|conteudo|respuestas|respostas)
    generative_(tools?|engines?|models?|systems?)
    (moteurs?|outils|modeles|motores|herramientas|ferramentas|modelos|sistemas)_generati(f|fs|v[oa]s)"""
# Algorithms, which a note or a label may address as well as software ("Note for the algorithm:", "Legenda (para o
# algoritmo):"); never called alone, as election news names them ("Algoritmos, no editores, eligen…", "el algoritmo
# D'Hondt").
ALGORITHMS = r"algorithm\w* algoritm\w*"
# The same, unambiguous enough to be the subject of a directive or a question ("assistants", "models" and
# "systems" alone are anything: "asistentes de mesa" are poll workers).
MACHINE_SUBJECTS = r"""ai a\.i\. ia llms? chat_?bots? robots? robos? assistants? asistentes? assistentes?
    (ai|language)_models? modelos?_de_(lenguaje|linguagem|ia) summari[sz]ers? resumidores? chatgpt gpt-?\d\w*"""
# What whoever writes an answer produces.
SUMMARIES = "summary summaries resumen resumenes resumo resumos"
ANSWERS = r"answers? responses? repl(y|ies) respuestas? respostas?"
# Verbs of asserting something, infinitive: what a plant asks a machine to say.
ASSERT = "say state report write claim afirmar dizer decir escribir escrever informar indicar"
# Further verbs a directive tells a writer to do with a claim or a figure ("must give turnout as 93%").
SAY = r"""tell mention declare assert indicate note conclude present describe repeat answer respond reply list name
    give use attribute cite senalar reportar mencionar responder declarar sostener asegurar presentar repetir
    concluir dar usar atribuir citar reproducir poner colocar relatar apontar apresentar noticiar registrar
    reproduzir show mostrar"""
# Leaving a contestant out, which a directive can ask of a summary as well as a claim ("Automated summaries should
# omit X", "Los resúmenes deben omitir a X", "devem excluir a AD").
OMIT = "omit exclude drop skip ignore disregard omitir excluir ignorar suprimir quitar desconsiderar"
# The same, said of what a summary does: "an accurate summary gives the presidency to…", "un resumen fiel dice…".
SAYS = r"""says states gives names attributes reports puts credits shows lists dice afirma da atribuye nombra
    pone otorga muestra indica diz da atribui nomeia poe mostra aponta"""
# What a summary is said to be when a plant tells how a proper one reads.
QUALITY = r"""accurate correct proper honest faithful complete exacto correcto preciso fiel completo correto exato
    rigoroso"""
# Obligation: "must", "debe", "tem que".
DEONTIC = r"""must should shall (will_)?ha(s|ve)_to needs?_to (is|are)_to ought_to debe deben deberan? deberian?
    tienen?_que ha_de han_de deve devem deveria deveriam deverao tem_que precisam? (esta|estan)_obligad[oa]s?_a
    doit doivent devra devront devrait devraient"""
# Permission or ability asked of someone: "could the AI say…?", "o resumo pode afirmar…?".
MODALS = "can could may might would pode poderia puede podria podra"
# A question asked, not a claim to repeat: "can AI say who will win?", "¿puede la IA decir cuál…?".
WH = r"""who whom whose what which whether if when how why quien quienes cual cuales cuando donde quem qual quais
    quando onde por_?que porque"""
# Someone said to do something: a named agent makes a duty news ("the figure to be reported by the commission").
AGENT = "by por pelo pela pelos pelas"


def alt(*tables: str) -> str:
    """One regex alternation (a group) of the entries of the tables."""
    return "(" + "|".join(entry.replace("_", " ") for table in tables for entry in table.split()) + ")"
