"""Names that are never contestants: places, regions, sources, counting bodies and institutions, kinds of ballot.

Part of the word tables (`retrieval.extraction.words`, which says how the phrases are written).
"""

# Kinds of ballot: "Valid votes made up 92.9%", "Null ballots accounted for 5.8%" state the count, like turnout,
# and are never contestants (capitalised only when they open a sentence). Not "Blancos": a party in Uruguay.
BALLOT_KINDS = "valid invalid null void blank spoiled validos validas nulos nulas invalidos"

# A table's sum line ("Total — 199 lugares", "Totals: 650 seats") is every contestant's figure added up, no one's.
SUM_WORDS = "total totals totales totais subtotal"

# A name right after one of these is where the vote was, not who got it: "venceu nos Açores".
LOCATIVE = "in en em no na nos nas at across throughout"

# A name right after a verb of governing is the place governed, never a contestant: "will govern the Northern Territory
# for four more years after winning 52.1%", "seguirá gobernando Cantabria", "vai governar Pernambuco".
GOVERNED_AFTER = """govern governs governed governing gobernar gobierna gobernara gobernaba gobernando gobernado
governar governa governara governava governando governado"""

# A name right after one of these nouns (and an optional "of"/"de") is a place or a medium, never a contestant:
# "the economic capital Douala", "la ciudad de Duala", "la red social X", "a rede social X".
NOT_CONTESTANT_NOUNS = {
    "en": """capital, city, town, province, region, state, district, county, department, municipality, village,
    social network, social media, platform, network, channel, newspaper, broadcaster, head""",
    "es": """capital, ciudad, pueblo, provincia, region, estado, distrito, departamento, municipio, red social,
    redes sociales, plataforma, cadena, canal, diario, periodico, jefe, jefa""",
    "pt": """capital, cidade, provincia, regiao, estado, distrito, departamento, municipio, rede social,
    redes sociais, plataforma, canal, jornal, emissora, chefe""",
}

# ("head of State", "chefe de Estado", "jefe de Gobierno": an office's institution is no contestant either.)
# A name right after one of these is where the figures come from, not who got them: "according to Servel figures",
# "según la Registraduría", "segundo a Comissão", "counted by the ONPE", "precontados por la Registraduría".
SOURCE_BEFORE = {
    "en": "according to, figures from, data from, results from",
    "es": "segun, de acuerdo con, datos de, cifras de",
    "pt": "de acordo com, conforme, dados de, numeros de",
}

# Attribution: who or what a statement comes from ("according to the electoral chief, Ana Ruiz", "selon les chiffres
# du ministère", "según el cómputo definitivo", "segundo a contagem revista"). One table for every reader of
# attribution (bot.citations.binding: a name so introduced reports figures, it does not hold them;
# bot.untrusted.corroboration: a count so given names no speaker; bot.untrusted.duties: a licence's terms so cited
# bear the duty). Portuguese "segundo" is also "second" ("o segundo turno"): it attributes only before an article.
ATTRIBUTION = {
    "en": "according to",
    "es": "segun, de acuerdo con, conforme",
    "pt": "segundo o, segundo a, segundo os, segundo as, de acordo com, conforme",
    "fr": "selon, d'apres",
}

# A name after one of these and "of the"/"del"/"do"/"da" is the body that counts, not a contestant: "the final count
# of the Servel", "En el cómputo final del Servel", "a contagem do TSE" (an adjective may stand between; "the count
# of Ana Ruiz's lead" is hers).
COUNT_OF = "count tally computo escrutinio recuento conteo contagem apuramento apuracao"

# A name between an article and one of these is where a source is based, not a contestant: "a tally published by a
# Skopje news site", "according to a Lima pollster", "the Quito daily" (Spanish and Portuguese put the place after
# the noun, "un diario de Lima", which NOT_CONTESTANT_NOUNS covers).
SOURCE_NOUNS_AFTER = """news site, news website, news portal, news agency, news outlet, website, newspaper, daily,
weekly, tabloid, pollster, polling firm, polling company, broadcaster, radio station, radio, television station,
television channel, TV station, TV channel, outlet"""

# Regions and continents: never a contestant, whatever verb or figure is near them.
REGIONS = {
    "en": """latin america, south america, north america, central america, americas, the americas, europe,
    africa, asia, oceania, middle east, the caribbean, caribbean, southeast asia, western europe, eastern europe,
    sub-saharan africa""",
    "es": """america latina, latinoamerica, sudamerica, america del sur, america del norte, america central,
    centroamerica, norteamerica, europa, africa, asia, oceania, oriente medio, oriente proximo, el caribe, caribe""",
    "pt": """america latina, america do sul, america do norte, america central, europa, africa, asia, oceania,
    oriente medio, o caribe, caribe""",
}

# The words of a state: one opening a run with "of" and a place is the state itself ("la jefatura del Estado de
# Eslovenia"), no contestant; with no place after it, it may name a party ("Estado de Derecho").
STATE_HEADS = "estado state etat"

# Bodies that publish results; a run holding one of these is never a contestant.
INSTITUTIONS = """council consejo conselho tribunal court corte institute instituto commission comision comissao
service servicio servico registry registraduria electoral eleitoral justicia justica jury jurado junta
office oficina ministry ministerio government gobierno governo elections
university universidad agency agencia committee comite camara chamber house congress congreso assembly
asamblea assembleia assemblee conseil cour chambre representatives representantes representants
news reuters wire press associated bbc afp efe"""
