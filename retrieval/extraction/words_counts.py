"""Words of the count itself: its stage, its progress, the round it belongs to, turnout and polls, kept apart
from the contestants' figures.

Part of the word tables (`retrieval.extraction.words`, which says how the phrases are written).
"""

# Nouns of a count: a sentence naming one with a stage and no result of its own ("Provisional results were
# published overnight.", "El CNE dio a conocer el escrutinio definitivo.") gives its stage to the result after it.
COUNT_NOUNS = {
    "en": "results, result, tally, count, returns, vote count, figures",
    "es": "resultados, resultado, escrutinio, conteo, computo, recuento, cifras",
    "pt": "resultados, resultado, apuramento, pre-apuramento, apuracao, contagem, escrutinio",
    "fr": "resultats, resultat, depouillement, decompte, comptage",
}

# Count stage, checked in this order. "partial" also follows from a stated share of the count.
STAGE = {
    "partial": {
        "en": """partial, partially, partial results, partial count, early results, early returns, early count,
        near-complete, nearly complete, almost complete, nearly all, almost all, incomplete, reporting, so far,
        still being counted, with most, still to be allocated, yet to be allocated, still to be counted,
        yet to be counted, half of the precincts, half the precincts, half of polling stations""",
        "es": """parcial, parciales, casi todas, casi la totalidad, hasta el momento, por ahora, aun por asignar,
        por escrutar, aun por contar, mitad de las mesas, mitad de las actas""",
        "pt": """parcial, parciais, quase todas, quase todos, ate agora, ate o momento, ainda por atribuir,
        ainda por apurar, por apurar, metade das urnas, metade das secoes""",
        "fr": """partiel, partiels, partielle, partielles, jusqu'a present, pour l'instant, en cours de depouillement,
        restant a depouiller""",
    },
    "preliminary": {
        "en": "preliminary, provisional, quick count, unofficial, not yet final, not final, prep, trep",
        "es": """preliminar, preliminares, provisorio, provisorios, provisional, provisionales, conteo rapido, prep,
        trep, preconteo""",
        "pt": "preliminar, preliminares, provisorio, provisorios",
        "fr": "provisoire, provisoires, preliminaire, preliminaires, non definitifs",
    },
    "official": {
        "en": """official, officially, certified, certification, proclaimed, declared the winner by,
        declared winner by, definitive, definitively""",
        "es": """oficial, oficiales, oficialmente, proclamo, declarado ganador por, declarada ganadora por, definitivo,
        definitivos, definitiva, definitivas""",
        "pt": """oficial, oficiais, oficialmente, proclamou, declarado vencedor pela, declarado vencedor pelo,
        declarada vencedora pela, declarada vencedora pelo, definitivo, definitivos, definitiva, definitivas""",
        "fr": """officiel, officiels, officielle, officielles, officiellement, definitif, definitifs, definitive,
        definitives, a proclame, valides par""",
    },
    "final": {
        "en": """final, all votes counted, all ballots counted, all votes were counted, all ballots were counted,
        all votes had been counted, all ballots had been counted, all the votes counted, all the ballots counted,
        at the close of the count, the count ended, counting ended, counting was completed, count was completed""",
        "es": """final, finales, al cierre del conteo, al cierre del escrutinio, concluido el escrutinio,
        concluido el conteo, concluido el recuento, concluidos los computos, concluido el computo,
        con el recuento cerrado, con el escrutinio cerrado, con el conteo cerrado, escrutinio concluido,
        recuento concluido, terminado el escrutinio, terminado el recuento, finalizado el escrutinio,
        escrutinio completo, recuento completo, conteo completo""",
        "pt": """final, finais, ao fim da apuracao, no fim da apuracao, concluida a contagem, concluida a apuracao,
        concluido o apuramento, concluido o escrutinio, terminada a contagem, terminada a apuracao,
        encerrada a apuracao, encerrada a contagem, contagem concluida, apuracao concluida, apuramento concluido,
        apuracao encerrada, contagem encerrada, apuracao completa, contagem completa""",
        "fr": """au terme du depouillement, depouillement termine, depouillement acheve, a l'issue du depouillement,
        decompte final, resultats complets""",
    },
}

# Before a count word, these make the count incomplete: "nearly all precincts reporting".
NEARLY = {
    "en": "nearly, almost, not, not yet",
    "es": "casi, no, aun no",
    "pt": "quase, nao, ainda nao",
    "fr": "presque, pas, pas encore",
}

# Every unit of the count counted, however many words name it: "with counting complete", "Com os votos de todos
# os municípios contados", "con todas las mesas escrutadas". Not after "nearly"/"casi"/"quase" (partial).
COMPLETE_COUNT = {
    "all": {"en": "all, every", "es": "todos, todas, todo el, toda la", "pt": "todos, todas, todo o, toda a"},
    "done": {
        "en": "counted, tallied, reporting, reported, processed, complete, completed, declared",
        "es": "escrutad*, contad*, computad*, procesad*, contabilizad*",
        "pt": "apurad*, contad*, computad*, processad*, totalizad*",
    },
    "complete": {
        "en": "with counting complete, with the count complete, counting complete, counting completed, full count",
        "es": "con el conteo completo, con el escrutinio completo",
        "pt": "com a contagem completa, com a apuracao completa",
    },
}

# Removed before the stage is read: "final" here is not a final count.
NOT_STAGE = {
    "en": "final round, second and final, final stretch, final week, final days, final debate",
    "es": "segunda y definitiva, vuelta final, recta final, debate final",
    "pt": "reta final, debate final",
}

# A share followed (within a few words) by one of these is a share of the count done, not of the vote.
PROGRESS_AFTER = {
    "en": """counted, tallied, reporting, reported, processed, scrutinised, scrutinized, verified, transmitted,
    precincts, polling stations, polling tables, polling places, ballot boxes, tally sheets, districts,
    constituencies""",
    "es": """escrutad*, contad*, contabilizad*, computad*, procesad*, transmitid*, verificad*, informad*, actas,
    mesas, juntas, precontad*, revisad*, totalizad*""",
    "pt": "apurad*, contad*, totalizad*, processad*, urnas, secoes, atas, verificad*, transmitid*",
    "fr": "depouille*, compte*, bureaux de vote, proces-verbaux",
}

# ... and one right after one of these too: "with the count at 98%", "after counting 90.71% of the ballots".
PROGRESS_BEFORE = {
    "en": "count at, counting at, tally at, count stood at, count reached, after counting, having counted",
    "es": "escrutinio del, escrutinio de, conteo del, computo del, resultados al, tras escrutar, tras contar",
    "pt": "apuracao de, apuracao em, resultados com, apos apurar, depois de apurar, apos contar",
    "fr": "depouillement de, apres depouillement de, decompte de",
}

# A share "of" one of these right after "with" or "at" is how far the count has gone: "Con el 20% del escrutinio,
# el No se impone", "With 20% of the count in, ...", "at 97.52% of the count", "at 99.86% of tables".
PROGRESS_OF = {
    "en": "count, tally, vote count, tables, polling tables, precincts, polling stations, polls",
    "es": "escrutinio, recuento, conteo, computo, mesas, actas",
    "pt": "apuracao, apuramento, contagem, urnas, secoes, mesas",
    "fr": "depouillement, bureaux de vote, bureaux, proces-verbaux",
}

# A share near one of these is turnout, kept apart from the contestants.
TURNOUT = {
    "en": """turnout, participation, turned out, registered voters, eligible voters, electorate, cast ballots,
    cast a ballot""",
    "es": "participacion, concurrencia, afluencia, padron, electores habilitados, del electorado",
    "pt": "participacao, comparecimento, eleitorado, eleitores aptos",
    "fr": "participation, taux de participation, affluence, electeurs inscrits",
}

# The people on a roll: a share right after "N of M <one of these>" is the part of them that voted, the turnout
# ("Votaron 622.498 de 1.153.193 electores, un 53,98%", "828,719 of 1,814,634 registered voters (45.7%)").
VOTER_ROLL = {
    "en": "voters, registered voters, eligible voters, electors, people on the roll",
    "es": "electores, votantes, inscritos, empadronados, ciudadanos habilitados",
    "pt": "eleitores, votantes, inscritos, eleitores inscritos",
    "fr": "electeurs, votants, inscrits, electeurs inscrits",
}

# A verb putting the turnout at a figure, with what the turnout is of between: "the commission put turnout in
# Tuesday's general election at 65.4%", "cifró la participación de la segunda vuelta en el 47 %", "fixou a
# participação no referendo em 61%".
TURNOUT_PUT = {
    "en": "put, puts, putting, placed, places, placing, estimated, estimates, pegged, pegs",
    "es": "cifro, cifra, cifraba, situo, situa, situaba, estimo, estima, fijo, fija, ubico, ubica, calculo, calcula",
    "pt": "fixou, fixa, situou, situa, estimou, estima, calculou, calcula, colocou, coloca",
    "fr": "s'etablit, s'est etablie, s'etablissait, fixe, estime, chiffre, evalue",
}

# A verb revising the turnout "to" its figure: "revised the turnout of Sunday's election to 50.6 per cent", "elevó la
# participación al 50,6 %", "revisou a participação para 50,6%".
TURNOUT_REVISED = {
    "en": "revised, revises, raised, raises, lowered, lowers, corrected, corrects, adjusted, adjusts, updated, updates",
    "es": "reviso, revisa, corrigio, corrige, elevo, eleva, rebajo, rebaja, ajusto, ajusta, actualizo, actualiza",
    "pt": "revisou, revisa, corrigiu, corrige, elevou, eleva, baixou, baixa, ajustou, ajusta, atualizou, atualiza",
    "fr": "revise, a revise, corrige, a corrige, releve, a releve, ajuste, a ajuste",
}

# A share right after "of the <number> <one of these>" is the part of a roll that voted, the turnout ("only
# 16,502,953 people voted, 17.77% of the 92.8 million on the voters' list"); plain "voters" is left out, a
# candidate's share may be said of them.
ROLL_AFTER = {
    "en": """registered voters, eligible voters, registered electors, eligible electors, people on the roll,
    on the roll, on the electoral roll, on the electoral register, on the register, on the voters' list,
    on the voters list, on the voter rolls, on the rolls""",
    "es": "inscritos, empadronados, electores habilitados, electores inscritos, ciudadanos habilitados, del padron",
    "pt": "inscritos, eleitores inscritos, eleitores aptos, eleitores habilitados, aptos a votar",
    "fr": "inscrits, electeurs inscrits, inscrits sur les listes",
}

# The part of the roll that stayed away, named before its share ("Abstention: 31%", "la abstención llegó al 31%")
# or, as a verb that did not vote, right after it ("31% of voters did not vote", "31% não compareceram"): that
# share is neither the turnout nor anyone's vote share.
ABSTAINED_BEFORE = {
    "en": "abstention, abstentions, stayed home, stayed away",
    "es": "abstencion, abstenciones, se abstuvieron, no votaron, no acudieron",
    "pt": "abstencao, abstencoes, se abstiveram, nao votaram, nao compareceram",
    "fr": "abstention, abstentions, se sont abstenus, n'ont pas vote",
}
ABSTAINED_AFTER = {
    "en": """abstained, stayed home, stayed away, did not vote, didn't vote, did not turn out, didn't turn out,
    did not show up, didn't show up, failed to vote, did not cast, didn't cast""",
    "es": """se abstuvo, se abstuvieron, no voto, no votaron, no acudio, no acudieron, no fue a votar,
    no fueron a votar, no se presento, no se presentaron, no asistio, no asistieron""",
    "pt": """se absteve, se abstiveram, nao votou, nao votaram, nao compareceu, nao compareceram, nao apareceu,
    nao apareceram, faltou, faltaram, nao foi votar, nao foram votar""",
    "fr": """s'est abstenu, se sont abstenus, n'a pas vote, n'ont pas vote, ne s'est pas deplace,
    ne se sont pas deplaces""",
}

# A share right after (or before) one of these is not a vote share and is dropped.
NOT_SHARE = {
    "en": """abstention, approval, approval rating, inflation, unemployment, poverty, gdp, growth, interest rate,
    tariff, tariffs, blank, null, spoiled, invalid, up from, down from, rose from, fell from, compared with,
    compared to, rating, support, majority of, of voters said, of respondents, revising down, revising up,
    revised down, revised up, revised from""",
    "es": """abstencion, aprobacion, inflacion, desempleo, pobreza, pib, crecimiento, aranceles, arancel,
    blanco, blancos, nulo, nulos, tasa, apoyo, por debajo del, por debajo de, corrigiendo""",
    "pt": """abstencao, aprovacao, inflacao, desemprego, pobreza, pib, crescimento, brancos, nulos, taxa, apoio,
    abaixo dos, abaixo do, abaixo de, acima dos, acima do, revendo""",
    "fr": """abstention, popularite, inflation, chomage, pauvrete, pib, croissance, blancs, nuls, taux d'approbation,
    soutien""",
}

# A year, then one of these: the clause is about a past vote, named as a comparison ("since 1994, when ...").
PAST_WHEN = {"en": "when", "es": "cuando, en que", "pt": "quando, em que", "fr": "quand, lorsque"}

POLL = {
    "en": """poll, polls, survey, surveys, pollster, pollsters, opinion poll, voting intention,
    exit poll, exit polls, forecast, projection, projected""",
    "es": "encuesta, encuestas, sondeo, sondeos, encuestadora, intencion de voto, boca de urna, proyeccion",
    "pt": "pesquisa, pesquisas, sondagem, sondagens, intencao de voto, boca de urna, projecao",
    "fr": "sondage, sondages, institut de sondage, intentions de vote, sortie des urnes, projection, estimations",
}

ROUND = {
    "runoff": {
        "en": "runoff, run-off, second round, second-round, final round, run off",
        "es": "segunda vuelta, balotaje, ballotage",
        "pt": "segundo turno, segunda volta",
        "fr": "second tour, deuxieme tour, ballottage",
    },
    "first": {
        "en": "first round, first-round",
        "es": "primera vuelta",
        "pt": "primeiro turno, primeira volta",
        "fr": "premier tour",
    },
}

# A runoff still to come: one of these, then (within a few words) a runoff word. A result sentence that looks
# ahead to a runoff reports the first round: "... and the two will meet in a runoff on June 1", "heads to a
# runoff", "forcing a second round", "pasan a segunda vuelta", "vão disputar o segundo turno".
# Before a share or count and a round, these make the round a comparison's ("down from 43% in the first round",
# "frente al 45% de la primera vuelta", "face aos 40% da primeira volta"): the round of the figure compared with. A
# comparative's "than" needs no figure: "higher than in the first round", "mayor que en la primera vuelta".
ROUND_COMPARED = {
    "en": "from, down from, up from, than, compared with, compared to",
    "es": "frente al, frente a, desde el, respecto al, respecto del",
    "pt": "face aos, face ao, face a, do que os, do que o, em relacao aos, em relacao ao",
    "fr": "contre, par rapport au, par rapport a, depuis",
}

ROUND_THAN = {
    "en": "than in the, than the, than in",
    "es": "mas que en la, menos que en la, mayor que en la, menor que en la, superior a la de la, inferior a la de la",
    "pt": "do que na, do que no, mais que na, menos que na",
    "fr": "qu'au, que lors du",
}

ROUND_AHEAD = {
    "en": """will, would, shall, could, might, to face, to meet, to contest, heads to, head to, headed to, heading to,
    goes to, go to, going to, sent to, sending, advance to, advances to, advancing to, advanced to, move on to,
    moves on to, into, forcing, force, forces, forced, avoid, avoiding, avoided, set up, sets up, setting up,
    triggering, triggers, need, needs, needed, face off in, qualify for, qualified for, qualifies for,
    next month, upcoming, coming, scheduled, without, without the need for, no need for, spared, spares, sparing, spare,
    averted, averting, avert, skip, skipping, skipped, ruled out, no longer needs, missed, miss, misses, missing,
    failed to reach, failed to make, short of, out of, reach, reached, reaches, reaching, made it to, make it to,
    escaped, escaping""",
    "es": """pasan a, pasaran a, pasa a, pasara a, paso a, pasaron a, iran a, ira a, van a, va a, se enfrentaran,
    disputaran, disputara, forzando, forzar, fuerza, forzo, evitar, evito, evita, habra, rumbo a, hacia,
    de cara a, clasificaron a, clasifico a, se definira en, se dirimira en, proxima, programada, sin, sin necesidad de,
    se ahorra, se ahorro, ahorra, ahorrarse, ahorrandose, no tendra que, no tendra, no habra, no hara falta,
    evitando, evitaron, esquiva, esquivo, innecesaria, innecesario, fuera de, sin llegar a, no llego a, alcanzo,
    alcanzaron, alcanzar, escapo, se libro de""",
    "pt": """vao para, vai para, irao para, ira para, vao disputar, vai disputar, disputarao, disputara, enfrentarao,
    enfrentara, forcando, forcar, forca, evitar, evitou, evita, havera, rumo a, levando, levou, levam,
    passam a, passam ao, passa ao, passaram ao, passou ao, passou para, proximo, proxima, marcada, marcado, sem,
    sem necessidade de, dispensa, dispensou, dispensando, dispensar, nao tera, nao havera, evitando, evitaram,
    desnecessaria, desnecessario, fora do, fora da, sem chegar ao, nao chegou ao, alcancou, alcancaram, alcancar,
    escapou, escapa, escaparam, escapando, escapar""",
    "fr": """evite, evitant, eviter, evitent, sans, se qualifient pour, se qualifie pour, qualifies pour,
    qualifie pour, affronteront, affrontera, s'affronteront, echappe, a echappe, echappant""",
}
