"""Referendum options and the verbs and passives by which a share backs or rejects one.

Part of the word tables (`retrieval.extraction.words`, which says how the phrases are written).
"""

# Referendum options, as contestants (capitalised or quoted in the text).
OPTIONS = "yes no approve reject remain leave si apruebo rechazo sim nao oui non"

# Options written lowercase after their article, as the French press writes both ("le non recueille 53,26 % et le
# oui 46,74 %"); a figure must follow close by. Not Spanish or Portuguese: their No after its article opens a clause
# as often ("el no acudir a votar", "o não comparecimento"), and a Yes read without its No makes half a result.
OPTIONS_ARTICLED = {"fr": "le non, le oui"}

# Spanish and Portuguese options after their article read as options only beside a result verb, before the article
# or right after the option ("Ganó el sí con el 62,03 %", "Venceu o sim com 62%", "O não ficou com 36,62%"): there
# the No is no negation opening a clause.
OPTIONS_ARTICLED_BY_VERB = {"es": "el si, el no", "pt": "o sim, o nao"}

# A referendum option as a verb's object or as the verb itself: "61% voted No and 39% Yes", "el 50,4 por ciento de
# los votantes respaldó la reforma, frente a un 49,6 por ciento que la rechazó". The option each verb stands for is
# named in the verb's language.
VOTED_FOR = {
    "en": "voted, voted for, chose, opted for",
    "es": "voto, votaron, voto por, votaron por, voto el, votaron el, eligio, eligieron, opto por, optaron por",
    "pt": "votou, votaram, votou no, votaram no, votou pelo, votaram pelo, escolheu, escolheram, optou pelo",
    "fr": "ont vote, a vote, ont vote pour, a vote pour, ont choisi, a choisi",
}

# A referendum's options may be named by what they choose rather than Yes and No: "176,245 chose independence and
# 3,043 chose greater autonomy", "el 62% optó por la independencia y el 38% por la autonomía".
CHOSE = {
    "en": "chose, opted for, voted for",
    "es": "eligio, eligieron, opto por, optaron por, voto por, votaron por",
    "pt": "escolheu, escolheram, optou pela, optou pelo, optaram pela, optaram pelo, votou pela, votaram pela",
    "fr": "ont choisi, a choisi, ont opte pour, a opte pour",
}

VOTED_YES = {
    "en": "backed, approved, supported, endorsed, voted in favour, voted in favor, said yes",
    "es": """respaldo, respaldaron, aprobo, aprobaron, apoyo, apoyaron, voto a favor, votaron a favor, dijo si,
    se pronuncio a favor, se pronunciaron a favor""",
    "pt": """aprovou, aprovaram, apoiou, apoiaram, votou a favor, votaram a favor, disse sim, se pronunciou a favor,
    se pronunciaram a favor""",
    "fr": """ont approuve, a approuve, approuvent, ont soutenu, a soutenu, ont vote en faveur, ont dit oui, a dit oui,
    se sont prononces pour, se sont prononces en faveur""",
}

VOTED_NO = {
    "en": "rejected, opposed, voted against, said no, threw out",
    "es": """rechazo, rechazaron, voto en contra, votaron en contra, dijo no, se pronuncio en contra,
    se pronunciaron en contra""",
    "pt": "rejeitou, rejeitaram, votou contra, votaram contra, disse nao, se pronunciou contra, se pronunciaram contra",
    "fr": """ont rejete, a rejete, rejettent, ont vote contre, a vote contre, ont dit non, a dit non,
    se sont prononces contre""",
}

# What only people do, so a count before a stance is of voters, not ballots ("30,100 voted against" but "42,829
# rejected"): their noun, or a verb of voting.
VOTERS_DO = {
    "en": "voters, voted",
    "es": "votantes, electores, voto, votaron, se pronuncio, se pronunciaron",
    "pt": "eleitores, votou, votaram, se pronunciou, se pronunciaram",
    "fr": "electeurs, votants, ont vote, se sont prononces",
}

# A stance said after a later figure with its verb left out: "682.760 votaron en contra y 104.312 a favor".
STANCE_AFTER = {
    "en": ("in favour, in favor", "against"),
    "es": ("a favor, en favor", "en contra"),
    "pt": ("a favor", "contra"),
    "fr": ("pour, en faveur", "contre"),
}

# The same stances in the passive, the share after "by": "fue rechazada por el 61,8% de los votantes".
PASSIVE_YES = {
    "en": "was approved by, were approved by, was backed by, were backed by, was endorsed by, was supported by",
    "es": """fue aprobada por, fue aprobado por, fueron aprobadas por, fueron aprobados por, aprobada por,
    aprobado por, fue respaldada por, fue respaldado por, fue apoyada por, fue apoyado por""",
    "pt": "foi aprovada por, foi aprovado por, aprovada por, aprovado por, foi apoiada por, foi apoiado por",
    "fr": "a ete approuvee par, a ete approuve par, approuvee par, approuve par",
}

PASSIVE_NO = {
    "en": "was rejected by, were rejected by, was voted down by, was opposed by",
    "es": """fue rechazada por, fue rechazado por, fueron rechazadas por, fueron rechazados por, rechazada por,
    rechazado por""",
    "pt": "foi rejeitada por, foi rejeitado por, rejeitada por, rejeitado por, foi chumbada por, chumbada por",
    "fr": "a ete rejetee par, a ete rejete par, rejetee par, rejete par",
}

# An option named by the noun for an option and what it chooses: before the noun in English ("the statehood option
# won 52.52%"), after it and a preposition in Spanish, Portuguese and French ("la opción de la independencia", "a
# opção pela autonomia", "l'option du rattachement"). Words of each language's preposition and article.
OPTION_NOUN = {"en": "option", "es": "opcion", "pt": "opcao", "fr": "option"}
OPTION_OF = "de, del, de la, de los, por, por la, por el, pelo, pela, do, da, du, de l', des"

OPTION_NAMES = {"en": ("Yes", "No"), "es": ("Sí", "No"), "pt": ("Sim", "Não"), "fr": ("Oui", "Non")}
