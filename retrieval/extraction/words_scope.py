"""Words that tell which part of the electorate a figure counts: the whole country or a region, a group, the
diaspora.

Part of the word tables (`retrieval.extraction.words`, which says how the phrases are written).
"""

# A figure after one of these is the whole electorate's; one before it in another clause is a part's ("Rusu
# carried the capital with 60%, but nationally she took 42.45%", "Em Minas, Zeca teve 50,2%; no total nacional").
NATIONAL = {
    "en": "nationally, nationwide, across the country, countrywide",
    "es": "a nivel nacional, en todo el pais, en el total nacional, en el conjunto del pais",
    "pt": "no total nacional, em todo o pais, a nivel nacional, no conjunto do pais, no pais todo",
}

# A figure after "in/en/em <one of these>," or "among/entre <one of these>," counts part of the electorate (a region,
# the capital, the diaspora, a group of voters), not the election: "In the north, Ruiz took 70%", "nas seções no
# exterior, Reis recebeu 80%", "Entre os eleitores que votaram no país, Costa vencia com 51%".
SCOPE_WORDS = {
    "en": """north, south, east, west, northeast, northwest, southeast, southwest, north-east, north-west, south-east,
    south-west, centre, center, capital, diaspora, abroad, overseas, countryside, rural areas, urban areas, cities,
    province, provinces, region, regions, state, states, district, districts, county, counties, constituency,
    constituencies, stronghold, strongholds, heartland, voters who, those who, women, men, young voters, embassies,
    consulates, interior""",
    "es": """norte, sur, noreste, noroeste, sureste, suroeste, capital, diaspora, exterior, extranjero, interior,
    zonas rurales, zonas urbanas, ciudades, provincia, provincias, region, regiones, estado, estados, departamento,
    departamentos, distrito, distritos, municipio, municipios, bastion, bastiones, votantes que, electores que,
    quienes, mujeres, hombres, jovenes, dentro del pais, fuera del pais, consulados, embajadas""",
    "pt": """norte, sul, leste, nordeste, noroeste, sudeste, sudoeste, capital, diaspora, exterior, interior,
    zonas rurais, cidades, provincia, provincias, regiao, regioes, estado, estados, distrito, distritos, municipio,
    municipios, reduto, redutos, eleitores que, votantes que, mulheres, homens, jovens, dentro do pais, fora do pais,
    secoes, consulados, embaixadas""",
}

# ... unless the phrase is about the vote itself ("In the first round,", "en la segunda vuelta,", "in the state
# election,"): a round or a race is the whole electorate.
SCOPE_NOT = {
    "en": "round, election, elections, vote, race, runoff, count, ballot, primary, primaries, poll, polls",
    "es": "vuelta, eleccion, elecciones, comicios, votacion, conteo, escrutinio, balotaje, primarias, consulta",
    "pt": "turno, volta, eleicao, eleicoes, votacao, apuracao, contagem, primarias",
}

# The plural region nouns a share "in N ..." is counted in: "a quarter of the vote in 30 states".
REGIONS_PLURAL = {
    "en": "states, provinces, regions, districts, counties, constituencies, departments, municipalities,"
    " prefectures, cantons, wards, precincts, cities, electorates",
    "es": "estados, provincias, regiones, distritos, departamentos, municipios, condados, circunscripciones,"
    " comunas, cantones, ciudades",
    "pt": "estados, provincias, regioes, distritos, departamentos, municipios, condados, circunscricoes, cantoes,"
    " cidades",
}
