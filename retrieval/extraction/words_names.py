"""The shape of a contestant's name: where a capitalised run starts and stops, and what around it is no part of it.

Part of the word tables (`retrieval.extraction.words`, which says how the phrases are written).
"""

# Relative pronouns: a figure in "X, who took 40.2%" / "X, que alcanzó 48 %" / "X, que obteve 38%" is X's, and
# a win verb in such a clause ("Bravo, who won 4.1 million votes") does not make X the winner of the sentence.
RELATIVE = "who which que quien quem"

# Between a name and the figure that follows it in a list: "the National Rally and its allies on 143", "the opposition
# INDIA bloc took 234", "o PS e aliados com 58".
NAME_TAIL = {
    "en": "and its allies, and their allies, and allies, side, camp, bloc",
    "es": "y sus aliados, y aliados",
    "pt": "e seus aliados, e aliados",
}

# A name after one of these (and a few lowercase words) right after another name is that name's party, coalition
# or backer, not a contestant of its own: "Kim Dae-sung of the People Power Party", "Brandt, de los partidos
# Republicano y Social Cristiano,", "Cevallos, candidato à reeleição pela ADN". The first name is the head.
AFFILIATION = {
    "en": """of, from, backed by, supported by, endorsed by, nominated by, running for, representing, allied with,
    allied to, aligned with""",
    "es": """de, del, por, respaldado por, respaldada por, apoyado por, apoyada por, postulado por, postulada por,
    aliado con, aliada con, aliado de, aliada de, alineado con, alineada con""",
    "pt": "de, da, do, dos, das, pelo, pela, por, apoiado por, apoiada por, aliado de, aliada de, aliado a, aliada a",
}

# A party's leader is an aside of the party named before him, like its backer: "Chega, led by André Ventura, won
# 7.15%", "la UDP, encabezada por el señor Faber, obtuvo", "Yewwi Askan Wi, conduite par X, a recueilli" (the
# party holds the figures). "Led" here names no lead in the count.
LEADER = {
    "en": "led by, headed by, fronted by",
    "es": "liderado por, liderada por, encabezado por, encabezada por, dirigido por, dirigida por",
    "pt": """liderado por, liderada por, liderado pelo, liderada pelo, liderado pela, liderada pela, encabecado por,
    encabecada por, encabecado pelo, encabecada pelo, chefiado por, chefiada por""",
    "fr": "conduit par, conduite par, mene par, menee par, dirige par, dirigee par",
}

# "Nationalist-backed Karol Wiśniak": a capitalised word ending so describes the name, it is not part of it.
BACKED_SUFFIXES = "-backed -supported -aligned -allied -leaning -led -endorsed"

# A name after one of these is another name's running mate: the figure is the ticket's, held by the head
# ("Tseng Ming-te and running mate Yeh Pei-lin received 40.05%", "Suryadi e o vice Arif").
RUNNING_MATE = {
    "en": "running mate, running-mate, vice-presidential candidate, vice-presidential pick",
    "es": "companero de formula, companera de formula, candidato a vicepresidente, candidata a vicepresidenta",
    "pt": "vice, candidato a vice, candidata a vice, companheiro de chapa, companheira de chapa",
}

# Before a month these make it a month ("the March tally", "since August"), not a name like "May".
MONTH_BEFORE = "the a an in since last this next early late mid until by of from during before after its"

# Capitalised only because they open a sentence: never a name there.
OPENERS = """some about around nearly almost only just roughly more less over under officials voters analysts
latest early turnout overall together combined meanwhile still even already exactly minutes hours days weeks
nationwide statewide citywide countrywide region-wide regionwide province-wide provincewide county-wide countywide
district-wide
months later earlier first second third fourth last none neither nobody no-one another
algunos cerca casi solo apenas mas menos los votantes electores unos juntos juntas minutos horas dias semanas
meses luego despues antes primero primera segundo segunda tercero tercera cuarto ultimo ninguno ninguna ningun
nadie tambien asimismo ya aun todavia hoy ayer sera fue fueron voto votaron acudieron otro otra otros otras
alguns quase mais eleitores uns juntos juntas horas dias semanas meses depois antes primeiro primeira terceiro
terceira quarto nenhum nenhuma ninguem tambem ja ainda hoje ontem foi foram votou votaram compareceram outro outra
outros outras quedo quedaron quedaban llego llegaron ficou ficaram ficavam chegou chegaram
hace queda quedan ambos ambas faz fica ficam"""
# (Numbers written in words open sentences too, "Fourteen months later", "Catorze meses depois": the reader adds
# the words of `number_words` to these.)

# Of the openers, the spans of time ("Days later", "Horas después", "Semanas antes") open a sentence only with one
# of the words after them below; else the capitalised word is a name ("Dias received 173,628 votes", "Dias, who led
# the list, ...": a surname).
TIME_OPENERS = "minutes hours days weeks months minutos horas dias semanas meses"
TIME_OPENER_AFTER = """later earlier after before ago into of on passed went
despues antes luego mas tarde tras de pasaron
depois antes apos mais tarde passaram"""

NAME_PARTICLES = "de da das do dos del los las di van von der la le du bin al"

TITLES = """president presidente presidenta president-elect former ex senator senador senadora deputy diputado
diputada deputado governor gobernador gobernadora governador mayor alcalde alcaldesa prefeito candidate
candidato candidata minister ministro ministra vice vicepresidente mr mrs ms dr gen general sen rep incumbent
opposition leader lider hard-right far-right far-left right-wing left-wing businessman businesswoman economist
lawyer rival prime premier chancellor lawmaker congressman congresswoman challenger lieutenant"""

# Words that may open a party name: never dropped from a capitalised run although the tables use them.
PARTY_WORDS = """party partido coalition coalicion alliance alianza alianca movement movimiento movimento front
frente union uniao bloc bloque bloco league liga coligacao coalizao
parti rassemblement mouvement"""

# A party's adjective before a person's name describes the person: "Democrat Josh Whitfield", "Liberal Democrat Rob
# Ainsley", "the Republican state senator Doug Kettering" (the name is the contestant, the adjective no part of it).
PARTY_DESCRIPTORS = """democrat democratic republican conservative liberal labour labor socialist green centrist
communist nationalist populist independent progressive tory social christian"""

PERSON_DESCRIPTORS = "democrat republican tory independent"

# Words that may stand between such an adjective and the name: "state senator", "former governor".
DESCRIBED_BETWEEN = "state former veteran outgoing sitting incumbent county city party"

# ... and party names of their own: "Arriola's Liberals" is the Liberals, while "the People's Party" is one name.
# A body's word that some large parties are named by ("the Congress", "African National Congress"): a party's only
# where a holder stands, before one of these verbs or a figure (see `body_party`).
BODY_OR_PARTY = "congress congreso congresso"
HOLDER_VERBS = """won, wins, took, takes, had, has, held, holds, secured, secures, got, gets, polled, bagged, swept,
led, leads, was leading, is leading, was ahead, is ahead, finished, came, ended, obtuvo, obtiene, gano, gana, sumo,
suma, logro, consiguio, conquisto, alcanzo, se quedo con, obteve, ganhou, conquistou, teve, somou, venceu, alcancou,
ficou com"""

# People in common whose possessive opens a party's name: "People's United Party", "Workers' Socialist Front".
COLLECTIVE_OWNERS = "people peoples workers citizens farmers peasants labourers laborers women patriots"

PARTY_NAMES = "democrats republicans liberals conservatives socialists greens labour"

STOP = """the a an in on at of by for from to as with and but or if when while after before although though
however meanwhile both according its it he she they we his her their this that these those there also then
since during despite under until amid without among
el la los las lo un una unos unas en con segun pero y o tras aunque sin por para del al ante entre desde hasta
durante sobre su sus este esta estos estas ese esa esos esas eso esto ello aquel aquella aquello ademas mientras cuando
si como tambien porque hay hubo habia habra
os as um uma no na nos nas em com mas ou apos embora sem pelo pela pelos pelas ate seu sua seus suas isso esse
essa esses essas isto este esta estes estas aquilo aquele aquela tambem quando como porque houve havia e ele ela
eles elas desta deste destas destes nesta neste nestas nestes dessa desse nessa nesse
le les l des du au aux avec selon apres contre pour sur dans par mais et ou lors depuis son ses leur leurs ce cette ces
cela ceci celui celle ceux celles il elle ils elles
lorsque quand comme aussi alors
monday tuesday wednesday thursday friday saturday sunday lunes martes miercoles jueves viernes sabado domingo
segunda-feira terca-feira quarta-feira quinta-feira sexta-feira sabado
results resultados resultado with final"""

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "janeiro": 1, "fevereiro": 2, "marco": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9, "outubro": 10,
    "novembro": 11, "dezembro": 12,
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "aout": 8,
    "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
}  # fmt: skip

ABBREVIATIONS = """mr mrs ms dr sr sra srta gen sen rep gov st jr vs no nos inc corp lt col capt prof ing lic dept
approx jan feb mar apr jun jul aug sep sept oct nov dec ene abr ago dic pres"""

# After a clock time's "a.m."/"p.m." these go on the sentence ("at 9 p.m. Monday", "at 11 a.m. EST"); any other
# capitalised word opens the next one ("declared her elected at 9 p.m. With 1,402 polls in, ...").
CLOCK_GOES_ON = """monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december jan feb mar apr jun jul aug sep sept oct nov dec et est edt ct cst cdt
mt mst mdt pt pst pdt gmt utc bst cet cest local"""

# A party name may go on past "for"/"por"/"pela" after one of these words: "Union for the Homeland", "Together
# for Change", "Alternative for Germany", "Frente para la Victoria", "Aliança pela Mudança".
NAME_FOR_HEADS = """party partido coalition coalicion alliance alianza alianca movement movimiento movimento front
frente union uniao unidad unidade unity bloc bloque coalizao coligacao together juntos juntas alternative
alternativa citizens ciudadanos cidadaos force fuerza forca action accion acao commitment compromiso compromisso
renewal renovacion renovacao congress congreso congresso rally league liga united unidos unidas unida unido hacemos
democrats democratas democrates"""

NAME_FOR = "for por para pela pelo pelos pelas pour"

# French writes a party's adjectives lowercase after its head noun ("Parti socialiste", "Bloc québécois", "Front
# populaire", "Parti démocratique gabonais"): a lowercase word with one of these endings (folded) right after a party
# head goes on the name. Endings of adjectives only, so that a verb after the head ("the Party won") never does.
PARTY_ADJECTIVE_ENDINGS = """ique iques iste istes al ale aux ais aise ois oise ien ienne aire aires ain aine el elle
if ive eur rice ant ante ate"""

# A description of two persons as one contestant: "The pair received 58.59%", "La fórmula obtuvo", "A chapa teve".
# It stands for the ticket the sentence before names ("X and Y were declared the winners"), held by its head.
PAIR_WORDS = "pair duo ticket tandem pareja formula binomio dupla chapa"

# Lowercase words that may end a holder's clause without being part of its name ("11 for Ruiz alone;", "seven for
# each", "para cada uno"): how the figure is held, or when.
NOT_NAME_TAIL = """alone only apiece each respectively combined together overall too also again more less instead
today tonight yesterday nationally solo cada uno una juntos juntas apenas hoy ayer sozinho sozinha cada um juntos
hoje ontem"""

# One word that opens a party's name before "of" ("State of Law Coalition", "Rule of Law Party"), besides the head
# nouns themselves ("Union of Democratic Forces").
NAME_OF_OPENERS = "state rule forces friends sons people brothers"
