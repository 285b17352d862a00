"""Offices and the races for them: which office a report is about, and the office words a name may follow.

Part of the word tables (`retrieval.extraction.words`, which says how the phrases are written).
"""

# An office right after one of these is the race won, not a title: "was elected governor of São Paulo".
ELECTED = (
    "elected, re-elected, reelected, eleito, eleita, reeleito, reeleita, elegido, elegida, electo, electa, reelecto,"
    " elu, elue, reelu, reelue"
)

# Checked in this order: the first office found wins, so the narrower bodies come first.
OFFICE = {
    "referendum": {
        "en": "referendum, plebiscite",
        "es": "referendum, referendo, plebiscito, consulta popular",
        "pt": "referendo, plebiscito",
        "fr": "referendum, consultation populaire",
    },
    "mayor": {
        # A municipality's race named as such, and its head titled a municipal presidency: Mexico's "presidente
        # municipal", Portugal's "Câmara Municipal", its head the "presidente da câmara", and its "eleições
        # autárquicas" (local elections).
        "en": "mayor, mayoral, mayoralty, municipal election, municipal elections, municipal president",
        # "jefatura de Gobierno": a capital district's executive (not "jefe del Gobierno", a prime minister)
        "es": """alcalde, alcaldesa, alcaldia, intendente, intendencia, jefatura de gobierno, jefe de gobierno,
        jefa de gobierno, elecciones municipales, presidente municipal, presidenta municipal, presidencia municipal""",
        "pt": """prefeito, prefeita, prefeitura, camara municipal, autarquicas, autarquica, presidente da camara,
        presidenta da camara""",
        "fr": "maire, mairesse, mairie, municipales",
    },
    "governor": {
        "en": "governor, gubernatorial, governorship",
        "es": "gobernador, gobernadora, gobernacion, gubernatura, gubernatorial",
        "pt": """governador, governadora, disputa pelo governo, eleicao para o governo, eleicao para governo,
        corrida ao governo, corrida pelo governo, governo estadual""",
        "fr": "gouverneur, gouverneure, poste de gouverneur",
    },
    "senate": {
        "en": "senate, senatorial",
        "es": "senado, senadores",
        "pt": "senado, senadores",
        "fr": "senat, senatoriales",
    },
    "parliament": {
        "en": """parliament, parliamentary, legislative, lower house, national assembly, chamber of deputies,
        house of representatives, seats, seat""",
        "es": "parlamento, parlamentarias, legislativas, asamblea, camara de diputados, diputados, escanos, bancas",
        "pt": "parlamento, parlamentares, legislativas, camara dos deputados, deputados, cadeiras, assentos",
        "fr": "parlement, legislatives, assemblee nationale, chambre des deputes, deputes, sieges",
    },
    "president": {
        "en": "presidential, presidency, president",
        "es": "presidencial, presidenciales, presidencia, presidente, presidenta",
        "pt": "presidencial, presidenciais, presidencia, presidente, presidenta",
        "fr": "presidentielle, presidentielles, presidence, president, presidente",
    },
}

# A name right after one of these and "of"/"de" is the office's seat, a place: "mayor of Leiria", "prefeito de São
# Paulo", "gobernador de Oaxaca"; so is one after the office itself: "ganó la gubernatura de Jalisco"; after a
# minister or secretary it is the portfolio: "exministro de Sanidad", "minister of Finance".
OFFICE_HOLDERS = """mayor alcalde alcaldesa intendente intendenta prefeito prefeita governor gobernador gobernadora
governador governadora president presidente presidenta premier governorship gubernatura gobernacion mayoralty
alcaldia intendencia prefeitura presidency presidencia maire mairesse mairie gouverneur gouverneure presidence
minister ministro ministra exministro exministra ex-ministro ex-ministra secretary secretario secretaria ministre
ex-ministre"""

# A minister's portfolio, folded, one word a piece: capitalised after "ministra de" it opens the run of the person's
# name that follows ("la exministra de Economía Orna Barbivai", "o ex-ministro da Fazenda Henrique Meirelles", "the
# former minister of Finance Ana Ruiz") and is the office's seat, not part of the name.
PORTFOLIOS = """economy economia economie finance finances finanzas financas hacienda fazenda treasury tesoro health
salud sanidad saude sante education educacion educacao defence defense defensa defesa interior interieur justice
justicia justica labour labor trabajo trabalho travail foreign exteriores exterior estrangeiros etrangeres affairs
relaciones relacoes asuntos negocios affaires agriculture agricultura energy energia energie transport transports
transporte transportes culture cultura environment ambiente environnement trade comercio commerce industry
industria industrie tourism turismo tourisme security seguridad seguranca securite planning planificacion
planejamento housing vivienda habitacao logement"""

# A qualifier between an office holder and its seat ("presidente municipal de Monterrey", "prefeito eleito de Belém",
# "maire élu de Lyon"): the name after it is still the seat.
HOLDER_QUALIFIERS = """municipal municipale electo electa eleito eleita elu elue elect provincial regional estatal
estadual departamental"""

# A member of a house for a constituency: a name after one of these and "for/from/por/pelo" ("el diputado por
# Magallanes", "a lawmaker from the far-southern Magallanes region", "MP for Hull") is the seat, not a contestant.
MEMBER_FOR = """lawmaker legislator deputy diputado diputada deputado deputada senator senador senadora congressman
congresswoman congresista representative mp depute deputee senateur senatrice"""

# A lowercase noun of a place after a name ("the Magallanes region", "la provincia", not "the Islamic State"): the
# name is the place's.
PLACE_NOUNS_AFTER = "region province state district department county municipality prefecture"
