"""Contestants named without a name: descriptions, pronouns, possessives and a leader's party, which stand for
someone the text names elsewhere.

Part of the word tables (`retrieval.extraction.words`, which says how the phrases are written).
"""

# After a possessive name, these nouns make the name the holder of the figure that follows ("Salazar's final
# tally stood at 50.1%") rather than the owner of another name; the win nouns also state a win ("the court
# confirmed Benali's re-election with 84.3%").
POSSESSED_FIGURE = "tally, final tally, total, share, vote share, score, haul, count, final count, showing, result"

POSSESSED_WIN = "victory, win, re-election, reelection, triumph, landslide"

# A clause opened by one of these that holds a poll word, and closed by a comma, keeps the poll to itself: "the 35%
# that pre-election polls had given him, while Ba received 35.79%", "Pese a que las encuestas lo situaban por
# debajo del 40 %, Peña logró el 42,74 %". Followed by had/había/tinha and a verb, it tells an earlier figure: "the
# AfD, which had polled around 20% for months, rose to 19.6%".
SUBORDINATORS = """which who whose that although though despite que quien cuyo cuya aunque pese a que
cuando embora apesar quem cujo cuja quando"""

PLUPERFECT = "had habia habian tinha tinham havia haviam"

# After a result's own clause and its comma, one of these sets a poll against the result ("Ruiz won 47.2%, well below
# what polls had suggested", "por debajo de lo que auguraban las encuestas", "acima do que indicavam as pesquisas",
# "bien au-delà de ce que prédisaient les sondages"): the poll is compared with the share, it does not give it.
POLL_COMPARED = {
    "en": """below, above, under, over, than, short of, ahead of, beyond, in line with, contrary to, unlike, despite,
    what""",
    "es": """por debajo, por encima, mas que, menos que, de lo que, lo que, pese a, a pesar de, contra lo que,
    frente a lo que, en linea con, al contrario de""",
    "pt": """abaixo, acima, mais do que, menos do que, do que, o que, apesar, contra o que, em linha com,
    ao contrario""",
    "fr": """en dessous, en deca, au-dessus, au-dela, que ne, ce que, malgre, contrairement, conformement""",
}

# A party name next to one of these describes an unnamed candidate: "the Harbour Party candidate", "el candidato
# del PRM", "a candidata da Frente Ampla"; a party's legislator standing for another office is one too ("the Civic
# Coalition MP won", "o deputado da Coligação Cívica obteve").
ROLE_NOUNS = {
    "en": "candidate, nominee, standard-bearer, hopeful, mp, lawmaker, legislator, congressman, congresswoman",
    "es": """candidato, candidata, abanderado, abanderada, aspirante, diputado, diputada, legislador, legisladora,
    congresista""",
    "pt": "candidato, candidata, deputado, deputada",
}

# A contestant named by a description, not a name: kept as written (without its article) when the sentence
# does not name the person beside it ("The incumbent won 51%", "el candidato oficialista obtuvo el 48 %"). A title's
# possessive before an OWNED_PARTY word is one too ("the president's party", "the prime minister's coalition").
DESCRIPTIONS = {
    "en": """incumbent, the incumbent president, ruling party's candidate, ruling party candidate, ruling party,
    ruling coalition, governing party, governing coalition, opposition candidate, government candidate,
    government's candidate""",
    "es": """candidato oficialista, candidata oficialista, oficialismo, candidato opositor, candidata opositora,
    candidato del oficialismo, candidata del oficialismo, presidente saliente, mandatario saliente""",
    "pt": """candidato governista, candidata governista, candidato da oposicao, candidata da oposicao,
    candidato do governo, candidata do governo""",
}

DESCRIBED_TITLES = "president, prime minister, premier, governor, mayor, chancellor"

# A leader's possessive before one of these names a party when the text gives no proper name: "Portillo's party",
# "Friedrich Vogel's conservatives", "Morimoto's ruling coalition" are contestants as written.
OWNED_PARTY = "party coalition camp conservatives liberals socialists democrats alliance bloc movement list ticket"

# A sentence opening with one of these (as written) has left its subject to the sentence before: "She took 41.8%".
SUBJECT_PRONOUNS = "He She Ele Ela Él Ella Il Elle"

# A sentence opening with an article, a few lowercase words and a result verb ("The 68-year-old former judge took
# 48.2%", "El socialdemócrata obtuvo", "A antiga economista do Banco Mundial obteve") names the person of the
# sentence before by a description, unless a word of it names a group, an option or a count, as these do.
DESCRIBED_NOT = """party parties partido partidos coalition coalicion coalicao alliance alianza alianca movement
movimiento movimento front frente union uniao bloc bloque bloco camp side list lista chapa ticket option opcion opcao
opposition oposicion oposicao government gobierno governo ruling governing oficialismo governista oficialista
incumbent saliente conservatives liberals socialists democrats republicans greens left right centre center
izquierda derecha esquerda direita socialistas conservadores liberales liberais
results resultados resultado count tally vote votes votos conteo escrutinio computo apuracao contagem turnout
participacion participacao rest resto remaining restante restantes others otros outros voters votantes
electores eleitores candidate candidato candidata nominee hopeful aspirante abanderado abanderada standard-bearer
rival challenger opponent adversario adversaria oponente contrincante runner-up second third segundo segunda tercero
tercera terceiro terceira"""

# A party noun in the subject's place stands for the one party the sentence before names ("O Partido Cívico venceu.
# Com 99% apurado, o partido conquistou 65 cadeiras", "la formación sumó el 34,5 %", "The party took 65 seats"),
# unless a word of the description sets it against another ("the opposition party", "el otro partido").
PARTY_DESCRIBED = {
    "the": "party list coalition alliance movement bloc",
    "el": "partido movimiento bloque frente",
    "la": "formacion lista coalicion alianza agrupacion",
    "o": "partido movimento bloco",
    "a": "formacao lista coligacao coalizao alianca legenda frente",
}
# Verbs the described party may take besides the result verbs: "o partido fica com", "garante", "ampliou".
PARTY_VERBS = """holds held keeps kept retains retained ends ended finishes finished expanded increased rose fell
slipped dropped lost gains gained garantiza mantiene mantuvo conserva conservo amplio subio bajo cayo perdio queda
quedo fica ficou garante mantem manteve conserva conservou ampliou subiu desceu caiu perdeu"""
PARTY_CONTRAST = """opposition oposicion oposicao opositor opositora opositores oposicionista other otro otra outro
outra rival ruling governing gobernante governante oficialista governista main principal second segundo segunda third
tercero tercera terceiro terceira former antiguo antigua antigo antiga smaller"""

# Words of the result tables that open sentences with a subject of their own: never read as a dropped subject's verb.
ZERO_SUBJECT_NOT = "results resultados resultado count tally vote conteo escrutinio computo apuracao contagem"

# A lowercase party noun, a linking word and a leader's title before a name describe the leader's party, which holds
# the figure ("O partido do primeiro-ministro X obteve 53%", "the party of Prime Minister X won 89 seats"); the
# party is then the one the article names with the same noun ("do partido no poder, o Georgian Dream").
PARTY_OF = {
    "en": "party of, coalition of, alliance of",
    "es": "partido del, partido de la, coalicion del, coalicion de la, alianza del, alianza de la",
    "pt": "partido do, partido da, coligacao do, coligacao da, coalizao do, coalizao da, alianca do, alianca da",
}

LEADER_TITLES = {
    "en": "president, prime minister, premier, chancellor, governor, mayor, leader",
    "es": "presidente, presidenta, primer ministro, primera ministra, canciller, gobernador, gobernadora, alcalde,"
    " alcaldesa, lider, mandatario, mandataria",
    "pt": "presidente, primeiro-ministro, primeira-ministra, primeiro ministro, primeira ministra, chanceler,"
    " governador, governadora, prefeito, prefeita, lider",
}

# The political families, plural, as the wire names a party by its family after a plural article, lowercase in
# Spanish, Portuguese and French ("los conservadores obtuvieron 58 escaños", "os liberais ficaram com 22", "les
# écologistes obtiennent 9,8 %"), lowercase in some English copy too ("the greens took 6%"). Written folded (no
# accents, lowercase); the whole class per language, singular adjectives left out ("el voto socialista").
PARTY_FAMILIES = {
    "en": """conservatives, liberals, socialists, social democrats, christian democrats, communists, greens,
    democrats, republicans, nationalists, centrists, progressives, separatists, new democrats""",
    "es": """conservadores, liberales, socialistas, socialdemocratas, democristianos, democratacristianos,
    comunistas, laboristas, verdes, ecologistas, republicanos, democratas, nacionalistas, independentistas,
    regionalistas, centristas, progresistas, neodemocratas, populares""",
    "pt": """conservadores, liberais, socialistas, social-democratas, sociais-democratas, democratas-cristaos,
    comunistas, trabalhistas, verdes, ecologistas, republicanos, democratas, nacionalistas, independentistas,
    regionalistas, centristas, progressistas, neodemocratas""",
    "fr": """conservateurs, liberaux, socialistes, sociaux-democrates, democrates-chretiens, communistes,
    travaillistes, verts, ecologistes, republicains, democrates, nationalistes, independantistes, regionalistes,
    centristes, progressistes, neo-democrates, neodemocrates""",
}

# The plural articles a family takes as a party's name: "los socialistas", "os verdes", "les verts", "the greens".
PLURAL_ARTICLES = "the los las os as les"
