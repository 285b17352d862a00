"""Word tables the result reader (`retrieval.extraction`) matches against, per language (en, es, pt).

Data, not rules: phrases are written folded (lowercase, no accents) because the reader matches a folded copy
of the text, and separated by commas. Adding a language means adding its entry to each table, not code.
Phrases match on word boundaries; a trailing "*" matches any ending ("escrutad*": escrutadas, escrutados).
Plain word sets (names, stop words) are separated by spaces.
"""

from __future__ import annotations

# A stated win: the contest is over and someone has it.
WIN = {
    "en": """won, wins, win, has won, have won, defeated, defeats, beat, beats, beating, defeating, was elected,
    were elected, is elected, was re-elected, was reelected, re-elected, was declared the winner,
    was declared president-elect, was declared the president-elect,
    was declared winner, were declared the winner, declared the winner, secured the presidency,
    won the presidency, clinched, triumphed, prevailed, swept, took the presidency, retained, re-elected,
    approved, rejected, captured, scraped through, won re-election, secured re-election, won reelection,
    secured a second term, won a second term, secured a third term, won a third term""",
    "es": """gano, gana, ganaron, vencio, vence, vencieron, derroto, derrota, se impuso, se impone,
    se impusieron, triunfo, triunfa, fue elegido, fue elegida, fue reelegido, fue reelegida, resulto electo,
    resulto electa, fue electo, fue electa, fue reelecto, fue reelecta,
    fue declarado ganador, fue declarada ganadora, fue proclamado, fue proclamada,
    se alzo con la victoria, se alzo con la presidencia, obtuvo la victoria, revalido, aprobo, aprobaron,
    rechazo, rechazaron, arraso, al vencer, tras vencer, al derrotar, tras derrotar, logro la reeleccion,
    consiguio la reeleccion, obtuvo la reeleccion""",
    "pt": """venceu, vence, venceram, ganhou, ganha, ganharam, derrotou, foi eleito, foi eleita, foi reeleito,
    foi reeleita, foi declarado vencedor, foi declarada vencedora, foi proclamado, foi proclamada, triunfou,
    revalidou, aprovou, aprovaram, rejeitou, rejeitaram, arrasou, ao vencer, apos vencer, ao derrotar,
    apos derrotar, conquistou a reeleicao, garantiu a reeleicao""",
}
# A sentence that says who takes the office next names the winner as plainly as a win verb does ("X será el
# próximo presidente de Colombia. El candidato del Pacto Histórico obtuvo..."): used only to tell whom a party's
# unnamed candidate in the next sentence is.
TAKES_OFFICE = {
    "en": """will be the next, will become the next, is the next, president-elect, mayor-elect, governor-elect,
    will be the new, becomes the new""",
    "es": """sera el proximo, sera la proxima, sera el nuevo, sera la nueva, presidente electo, presidenta electa,
    alcalde electo, alcaldesa electa, gobernador electo, gobernadora electa""",
    "pt": """sera o proximo, sera a proxima, sera o novo, sera a nova, presidente eleito, presidente eleita,
    prefeito eleito, prefeita eleita, governador eleito, governadora eleita""",
}
# Verbs by which a counting body gives a contestant a figure, with the contestant as an object pronoun
# ("atribui-lhe 40,08%", "le atribuía 524.658 votos", "gave her 52%"): see `clitic`.
GIVE_FIGURE = {
    "en": "gave, gives, credited, credits, handed, hands, awarded, awards",
    "es": "atribuye, atribuyo, atribuia, otorga, otorgo, otorgaba, da, dio, daba, concede, concedio, adjudica, "
    "adjudico, asigna, asigno, asignaba",
    "pt": "atribui, atribuiu, atribuia, da, deu, dava, concede, concedeu, confere, conferiu, credita, creditou",
}
# Phrases that read as a win but are not one: a claim, a forecast, a negation.
NOT_WIN = {
    "en": """declared victory, claimed victory, expected to win, could win, would win, will win, may win,
    might win, hopes to win, failed to win, did not win, didn't win, set to win, likely to win""",
    "es": "se declaro ganador, se declaro ganadora, se proclamo, podria ganar, no gano, espera ganar",
    "pt": "se declarou vencedor, nao venceu, pode vencer, poderia vencer",
}
# A lead in a count that is not (yet) a win.
LEAD = {
    "en": """led, leads, leading, was ahead, is ahead, were ahead, remained ahead, stayed ahead, finished first,
    came first, came in first, placed first, topped, tops, was leading, is leading, in the lead""",
    "es": """lidera, lideraba, liderando, encabeza, encabezaba, aventaja, aventajaba, aventajo, va adelante,
    iba adelante,
    quedo primero, quedo primera, en primer lugar, se ubica primero""",
    "pt": """lidera, liderava, liderando, esta a frente, estava a frente, ficou em primeiro, em primeiro lugar,
    segue na frente""",
}
# The subject lost: the name after the phrase is the winner.
LOSS = {
    "en": "lost to, was defeated by, were defeated by, fell to, was beaten by, conceded to",
    "es": "perdio ante, perdio frente a, perdio contra, fue derrotado por, fue derrotada por, cayo ante",
    "pt": "perdeu para, foi derrotado por, foi derrotada por",
}
# A sentence telling of a defeat, whose one person is then no winner a next sentence's "The winner" stands for.
CONCEDED = {
    "en": "conceded, conceded defeat, admitted defeat, lost, was defeated, was beaten",
    "es": "reconocio su derrota, reconocio la derrota, admitio la derrota, perdio, fue derrotado, fue derrotada",
    "pt": "reconheceu a derrota, admitiu a derrota, perdeu, foi derrotado, foi derrotada",
}
# The name right after the phrase is an opponent of the subject (ranked below it).
AGAINST = {
    "en": """defeated, defeating, defeats, beat, beating, beats, against, over, ahead of, followed by, versus, vs,
    edging, edged out, outpolling, trailed by""",
    "es": """derroto a, derrotando a, vencio a, venciendo a, al vencer a, al derrotar a, derroto al, derrotando al,
    vencio al, venciendo al, al vencer al, al derrotar al, frente a, frente al, ante,
    contra, se impuso sobre,
    seguido de, seguido por, seguida de, seguida por, por delante de, sobre, por encima de""",
    "pt": "derrotou, derrotando, venceu, contra, frente a, a frente de, seguido de, seguido por, seguida de, sobre",
}
# Overtaking: the subject is ahead of the name after the phrase; a win only when the count is complete
# ("superó a Hernández ... con el 100 % de las mesas" is a win, "superaba a" with 60% counted a lead).
SURPASS = {
    "en": "outpolled, outpaced, outscored, surpassed",
    "es": "supero a, superaba a, supera a",
    "pt": "superou, superava, supera",
}
# Relative pronouns: a figure in "X, who took 40.2%" / "X, que alcanzó 48 %" / "X, que obteve 38%" is X's, and
# a win verb in such a clause ("Bravo, who won 4.1 million votes") does not make X the winner of the sentence.
RELATIVE = "who which que quien quem"
# After a possessive name, these nouns make the name the holder of the figure that follows ("Castillo's final
# tally stood at 50.1%") rather than the owner of another name; the win nouns also state a win ("the court
# confirmed Tebboune's re-election with 84.3%").
POSSESSED_FIGURE = "tally, final tally, total, share, vote share, score, haul, count, final count, showing, result"
POSSESSED_WIN = "victory, win, re-election, reelection, triumph, landslide"
# Between a name and the figure that follows it in a list: "the National Rally and its allies on 143", "the opposition
# INDIA bloc took 234", "o PS e aliados com 58".
NAME_TAIL = {
    "en": "and its allies, and their allies, and allies, side, camp, bloc",
    "es": "y sus aliados, y aliados",
    "pt": "e seus aliados, e aliados",
}
# Place phrases: the name before (or, failing that, after) the phrase holds that rank; the plural and joint forms
# ("quedaban terceros", "ficaram em terceiro", "finished joint third") rank the names before them alike.
RANK = {
    2: {
        "en": """came second, finished second, placed second, came in second, was second, runner-up,
        runner up, second place, second-placed, ran second, trailed, trailing, is second, running second,
        ended second, second position, in second position, fell to second, slipped to second, dropped to second,
        joint second, tied for second""",
        "es": """quedo segundo, quedo segunda, segundo lugar, en segundo, le sigue, le seguia, le siguio, lo sigue,
        lo seguia, lo siguio, la sigue, la seguia, la siguio, queda segundo, queda segunda, quedaba segundo,
        quedaba segunda, termino segundo, termino segunda, segunda posicion, cayo al segundo, cayo a segundo,
        bajo al segundo, segundo queda, segunda queda, segundo quedo, segunda quedo, segundo quedaba,
        segunda quedaba, quedaron segundos, quedaron segundas, quedaban segundos, quedaban segundas,
        terminaron segundos, terminaron segundas""",
        "pt": """ficou em segundo, em segundo ficou, em segundo ficava,
        segundo lugar, terminou em segundo, aparecia em segundo, aparece em segundo,
        segunda posicao, caiu para segundo, caiu para o segundo, desceu para segundo, ficaram em segundo,
        ficavam em segundo, terminaram em segundo""",
    },
    3: {
        "en": """came third, finished third, placed third, came in third, was third, ran third, third place,
        third-placed, is third, running third, ended third, third position, in third position, fell to third,
        slipped to third, dropped to third, joint third, tied for third""",
        "es": """quedo tercero, quedo tercera, tercer lugar, queda tercero, queda tercera, quedaba tercero,
        quedaba tercera, termino tercero, termino tercera, tercera posicion, cayo al tercer, cayo a tercero,
        bajo al tercer, tercero queda, tercera queda, tercero quedo, tercera quedo, tercero quedaba,
        tercera quedaba, quedaron terceros, quedaron terceras, quedaban terceros, quedaban terceras,
        terminaron terceros, terminaron terceras""",
        "pt": """ficou em terceiro, em terceiro ficou, em terceiro ficava,
        terceiro lugar, terminou em terceiro, aparecia em terceiro, aparece em terceiro,
        terceira posicao, caiu para terceiro, caiu para o terceiro, desceu para terceiro, ficaram em terceiro,
        ficavam em terceiro, terminaram em terceiro""",
    },
}
# The words of a place phrase told of two or more: the name joined before the ranked one holds the rank too.
RANK_SHARED = "quedaron quedaban terminaron ficaram ficavam terminaram joint tied"
# Words that confirm a sentence with figures is about a result (a verb giving a figure, or a count noun).
RESULT_CONTEXT = {
    "en": """took, got, received, obtained, secured, garnered, gained, won, had, captured, polled, gave, scored,
    collected, drew, votes, ballots, seats, results, count, tally, vote, finished, ended, elected, winning,
    bagged, slumped to, credited with, stood at, was on, were on, is on, are on, takes, gets, receives, obtains,
    secures, garners, polls, scores, collects, followed with, follows with""",
    "es": """obtuvo, obtiene, consiguio, logro, recibio, sumo, alcanzo, conquisto, tuvo, votos, escanos, bancas,
    resultados, escrutinio, conteo, computo, sufragios, se llevo, eligio, eligieron, diputados, tenia, sumaba,
    saco, cosecho, alcanzaba, obtenia, suma, alcanza, logra, consigue, recibe, acumula, acumulaba, reune, reunia,
    tiene, se quedo con, quedo con, se quedaba con, termino con, terminaba con, se ubicaba, se ubica, se quedo en,
    recayo en, reunio, reunieron, sumaron, obtuvieron, llego, llegaron, llegaba, quedo fuera, quedaron fuera""",
    "pt": """obteve, recebeu, conseguiu, conquistou, somou, alcancou, teve, votos, cadeiras, assentos,
    resultados, apuracao, contagem, ficou com, elegeu, elegeram, deputados, tinha, somava, alcancava,
    obtinha, soma, alcanca, obtem, recebe, acumula, reune, reunia, tem, terminou com, terminava com, reuniu,
    reuniram, somaram, obtiveram, chegou, chegaram, ficou de fora, ficaram de fora""",
}

# Nouns of a count: a sentence naming one with a stage and no result of its own ("Provisional results were
# published overnight.", "El CNE dio a conocer el escrutinio definitivo.") gives its stage to the result after it.
COUNT_NOUNS = {
    "en": "results, result, tally, count, returns, vote count, figures",
    "es": "resultados, resultado, escrutinio, conteo, computo, recuento, cifras",
    "pt": "resultados, resultado, apuramento, pre-apuramento, apuracao, contagem, escrutinio",
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
    },
    "preliminary": {
        "en": "preliminary, provisional, quick count, unofficial, not yet final, not final, prep, trep",
        "es": """preliminar, preliminares, provisorio, provisorios, provisional, provisionales, conteo rapido, prep,
        trep, preconteo""",
        "pt": "preliminar, preliminares, provisorio, provisorios",
    },
    "official": {
        "en": """official, officially, certified, certification, proclaimed, declared the winner by,
        declared winner by, definitive, definitively""",
        "es": """oficial, oficiales, oficialmente, proclamo, declarado ganador por, declarada ganadora por, definitivo,
        definitivos, definitiva, definitivas""",
        "pt": """oficial, oficiais, oficialmente, proclamou, declarado vencedor pela, declarado vencedor pelo,
        declarada vencedora pela, declarada vencedora pelo, definitivo, definitivos, definitiva, definitivas""",
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
    },
}
# Before a count word, these make the count incomplete: "nearly all precincts reporting".
NEARLY = {"en": "nearly, almost, not, not yet", "es": "casi, no, aun no", "pt": "quase, nao, ainda nao"}
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
# An electoral authority (one of these words) with one of these verbs states the official result: "the Electoral
# Commission announced", "el Tribunal Supremo Electoral proclamó", "a Comissão Nacional Eleitoral declarou". A
# name right after the verb and before a winner noun won: "declared Ruto (50.5%) the winner".
AUTHORITIES = {
    "en": """commission, council, tribunal, court, registry, returning officer, electoral authority, election authority,
    elections jury, electoral jury""",
    "es": "comision, consejo, tribunal, corte, registraduria, jurado nacional, junta electoral, autoridad electoral",
    "pt": "comissao, conselho, tribunal, autoridade eleitoral",
}
AUTHORITY_VERBS = {
    "en": "announced, confirmed, declared, proclaimed, certified, to proclaim, to certify",
    "es": "anuncio, confirmo, declaro, proclamo, certifico, la declaro, lo declaro",
    "pt": "anunciou, confirmou, declarou, proclamou, certificou",
}
WINNER_NOUNS = {
    "en": "winner, victor, president-elect",
    "es": "ganador, ganadora, vencedor, vencedora, presidente electo, presidenta electa",
    "pt": "vencedor, vencedora, presidente eleito, presidenta eleita",
}
# The words of holding office before the vote ("The incumbent received 457,519 votes", "El presidente saliente
# obtuvo"): a description that may be the winner or the one beaten, so it stands for the person the sentence before
# names only when that sentence tells of re-election (RE_ELECTED); otherwise it names nobody.
INCUMBENT_NOUNS = "incumbent saliente cessante"
RE_ELECTED = {
    "en": "re-elected, reelected, re-election, reelection, retained, kept his seat, kept her seat",
    "es": """reelegido, reelegida, reelecto, reelecta, reeleccion, segundo mandato, tercer mandato, cuarto mandato,
    nuevo mandato, otro mandato""",
    "pt": """reeleito, reeleita, reeleicao, segundo mandato, terceiro mandato, quarto mandato, novo mandato,
    outro mandato""",
}
# English puts a word between the ordinal and "term" ("a second five-year term", "a third consecutive term").
RE_ELECTED_TERM = r"(?:second|third|fourth|fifth|another|new)\s+(?:[\w-]+\s+)?terms?"
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
}
# ... and one right after one of these too: "with the count at 98%".
PROGRESS_BEFORE = {
    "en": "count at, counting at, tally at, count stood at, count reached",
    "es": "escrutinio del, escrutinio de, conteo del, computo del, resultados al",
    "pt": "apuracao de, apuracao em, resultados com",
}
# A share near one of these is turnout, kept apart from the contestants.
TURNOUT = {
    "en": """turnout, participation, turned out, registered voters, eligible voters, electorate, cast ballots,
    cast a ballot""",
    "es": "participacion, concurrencia, afluencia, padron, electores habilitados, del electorado",
    "pt": "participacao, comparecimento, eleitorado, eleitores aptos",
}
# The people on a roll: a share right after "N of M <one of these>" is the part of them that voted, the turnout
# ("Votaron 622.181 de 1.153.876 electores, un 53,92%", "828,402 of 1,814,317 registered voters (45.7%)").
VOTER_ROLL = {
    "en": "voters, registered voters, eligible voters, electors, people on the roll",
    "es": "electores, votantes, inscritos, empadronados, ciudadanos habilitados",
    "pt": "eleitores, votantes, inscritos, eleitores inscritos",
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
}
# A year, then one of these: the clause is about a past vote, named as a comparison ("since 1994, when ...").
PAST_WHEN = {"en": "when", "es": "cuando, en que", "pt": "quando, em que"}
POLL = {
    "en": """poll, polls, survey, surveys, pollster, pollsters, opinion poll, voting intention,
    exit poll, exit polls, forecast, projection, projected""",
    "es": "encuesta, encuestas, sondeo, sondeos, encuestadora, intencion de voto, boca de urna, proyeccion",
    "pt": "pesquisa, pesquisas, sondagem, sondagens, intencao de voto, boca de urna, projecao",
}

ROUND = {
    "runoff": {
        "en": "runoff, run-off, second round, second-round, final round, run off",
        "es": "segunda vuelta, balotaje, ballotage",
        "pt": "segundo turno, segunda volta",
    },
    "first": {
        "en": "first round, first-round",
        "es": "primera vuelta",
        "pt": "primeiro turno, primeira volta",
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
}
ROUND_THAN = {
    "en": "than in the, than the, than in",
    "es": "mas que en la, menos que en la, mayor que en la, menor que en la, superior a la de la, inferior a la de la",
    "pt": "do que na, do que no, mais que na, menos que na",
}
ROUND_AHEAD = {
    "en": """will, would, shall, could, might, to face, to meet, to contest, heads to, head to, headed to, heading to,
    goes to, go to, going to, sent to, sending, advance to, advances to, advancing to, advanced to, move on to,
    moves on to, into, forcing, force, forces, forced, avoid, avoiding, avoided, set up, sets up, setting up,
    triggering, triggers, need, needs, needed, face off in, qualify for, qualified for, qualifies for,
    next month, upcoming, coming, scheduled, without, without the need for, no need for, spared, sparing, spare,
    averted, averting, avert, skip, skipping, skipped, ruled out, no longer needs""",
    "es": """pasan a, pasaran a, pasa a, pasara a, paso a, pasaron a, iran a, ira a, van a, va a, se enfrentaran,
    disputaran, disputara, forzando, forzar, fuerza, forzo, evitar, evito, evita, habra, rumbo a, hacia,
    de cara a, clasificaron a, clasifico a, se definira en, se dirimira en, proxima, programada, sin, sin necesidad de,
    se ahorra, se ahorro, ahorra, ahorrarse, ahorrandose, no tendra que, no tendra, no habra, no hara falta,
    evitando, evitaron, esquiva, esquivo, innecesaria, innecesario""",
    "pt": """vao para, vai para, irao para, ira para, vao disputar, vai disputar, disputarao, disputara, enfrentarao,
    enfrentara, forcando, forcar, forca, evitar, evitou, evita, havera, rumo a, levando, levou, levam,
    passam a, passam ao, passa ao, passaram ao, passou ao, passou para, proximo, proxima, marcada, marcado, sem,
    sem necessidade de, dispensa, dispensou, dispensando, dispensar, nao tera, nao havera, evitando, evitaram,
    desnecessaria, desnecessario""",
}

# An office right after one of these is the race won, not a title: "was elected governor of São Paulo".
ELECTED = (
    "elected, re-elected, reelected, eleito, eleita, reeleito, reeleita, elegido, elegida, electo, electa, reelecto"
)
# Checked in this order: the first office found wins, so the narrower bodies come first.
OFFICE = {
    "referendum": {
        "en": "referendum, plebiscite",
        "es": "referendum, referendo, plebiscito, consulta popular",
        "pt": "referendo, plebiscito",
    },
    "mayor": {
        "en": "mayor, mayoral, mayoralty",
        # "jefatura de Gobierno": a capital district's executive (not "jefe del Gobierno", a prime minister)
        "es": """alcalde, alcaldesa, alcaldia, intendente, intendencia, jefatura de gobierno, jefe de gobierno,
        jefa de gobierno""",
        "pt": "prefeito, prefeita, prefeitura",
    },
    "governor": {
        "en": "governor, gubernatorial, governorship",
        "es": "gobernador, gobernadora, gobernacion, gubernatura, gubernatorial",
        "pt": """governador, governadora, disputa pelo governo, eleicao para o governo, eleicao para governo,
        corrida ao governo, corrida pelo governo, governo estadual""",
    },
    "senate": {"en": "senate, senatorial", "es": "senado, senadores", "pt": "senado, senadores"},
    "parliament": {
        "en": """parliament, parliamentary, legislative, lower house, national assembly, chamber of deputies,
        house of representatives, seats, seat""",
        "es": "parlamento, parlamentarias, legislativas, asamblea, camara de diputados, diputados, escanos, bancas",
        "pt": "parlamento, parlamentares, legislativas, camara dos deputados, deputados, cadeiras, assentos",
    },
    "president": {
        "en": "presidential, presidency, president",
        "es": "presidencial, presidenciales, presidencia, presidente, presidenta",
        "pt": "presidencial, presidenciais, presidencia, presidente, presidenta",
    },
}

# Units.
PERCENT = {"en": "percent, per cent, pct", "es": "por ciento", "pt": "por cento"}
VOTES = {"en": "votes, ballots", "es": "votos, sufragios, papeletas", "pt": "votos, boletins"}
SEATS = {
    "en": "seats, seat",
    "es": "escanos, escano, bancas, banca, curules, asientos, diputados, concejales",
    "pt": "cadeiras, assentos, deputados, lugares, mandatos, vereadores",
}
# A subject that shares one figure among the contestants named before it: "cada lista consigue 7 concejales", "both
# parties won 45 seats", "as duas listas elegem sete vereadores cada".
DISTRIBUTIVE = {
    "en": """each list, each party, each side, each ticket, both lists, both parties, both sides, the two lists,
    the two parties""",
    "es": """cada lista, cada partido, cada candidatura, cada coalicion, ambas listas, ambos partidos, las dos listas,
    los dos partidos""",
    "pt": """cada lista, cada partido, cada candidatura, cada coligacao, ambas as listas, ambos os partidos,
    as duas listas, os dois partidos""",
}
MULTIPLIER = {"en": "million, billion, thousand", "es": "millones, millon, mil", "pt": "milhoes, milhao, mil"}
MARGIN_NOUN = {
    "en": "margin, lead, gap, difference",
    "es": "diferencia, ventaja, margen",
    "pt": "diferenca, vantagem, margem",
}
POINTS = {
    "en": "percentage points, percentage point, points, point, pts, pp",
    "es": "puntos porcentuales, punto porcentual, puntos, punto",
    "pt": "pontos percentuais, ponto percentual, pontos, ponto",
}
# Words that join a figure to the name right after it: "45,5% de Jorge Quiroga", "39.5% for Nasralla".
FIGURE_OF = {
    "en": "for, to, voting, backing, for the, went to, going to, were for, was for",
    "es": "de, del, para, a, por el, votaron por, a favor de, fue para, fueron para",
    "pt": "de, do, da, para, a, votaram em, a favor de, foi para, foram para",
}
# Words between a name and a bare number that goes on a list of figures without repeating the unit: "with the
# Conservatives on 121", "the opposition bloc took 234", "o Chega ficou com 60 e o PS com 58".
LIST_JOIN = {
    "en": """on, with, at, took, had, got, won, secured, surged to, fell to, slumped to, rose to, dropped to,
    reduced to, was reduced to, were reduced to, cut to, was cut to, were cut to""",
    "es": "con, tuvo, obtuvo, sumo, logro, consiguio, alcanzo, quedo con, se quedo con, se redujo a, quedo reducido a",
    "pt": "com, ficou com, teve, obteve, conquistou, somou, alcancou, ficou reduzido a, caiu para",
}
# A sentence opening with one of these and a figure gives the figure to the subject after the comma:
# "With 52.1% of the vote, Ortiz won", "Con el 48 % de los votos, Ruiz se impuso", "Com 51% dos votos, Reis ...".
OPENING_WITH = {"en": "with, having won, on", "es": "con, tras obtener, al obtener", "pt": "com, ao obter, apos obter"}
# "X had 51%, ... Y" nouns that may sit between a figure and "of": "of the vote for".
FIGURE_NOUN = {
    "en": "the vote, the votes, valid votes, the valid votes, votes cast, valid ballots",
    "es": "los votos, de los votos, de los votos validos",
    "pt": "os votos, dos votos, dos votos validos",
}
# A clause opened by one of these that holds a poll word, and closed by a comma, keeps the poll to itself: "the 35%
# that pre-election polls had given him, while Ba received 35.79%", "Pese a que las encuestas lo situaban por
# debajo del 40 %, Peña logró el 42,74 %". Followed by had/había/tinha and a verb, it tells an earlier figure: "the
# AfD, which had polled around 20% for months, rose to 20.8%".
SUBORDINATORS = """which who whose that although though despite que quien cuyo cuya aunque pese a que
cuando embora apesar quem cujo cuja quando"""
PLUPERFECT = "had habia habian tinha tinham havia haviam"
# A figure after one of these is the whole electorate's; one before it in another clause is a part's ("Sandu
# carried the capital with 60%, but nationally she took 42.45%", "Em Minas, Lula teve 50,2%; no total nacional").
NATIONAL = {
    "en": "nationally, nationwide, across the country, countrywide",
    "es": "a nivel nacional, en todo el pais, en el total nacional, en el conjunto del pais",
    "pt": "no total nacional, em todo o pais, a nivel nacional, no conjunto do pais, no pais todo",
}

# A name after one of these (and a few lowercase words) right after another name is that name's party, coalition
# or backer, not a contestant of its own: "Kim Moon-soo of the People Power Party", "Kast, de los partidos
# Republicano y Social Cristiano,", "Noboa, candidato à reeleição pela ADN". The first name is the head.
AFFILIATION = {
    "en": "of, from, backed by, supported by, endorsed by, nominated by, running for, representing",
    "es": "de, del, por, respaldado por, respaldada por, apoyado por, apoyada por, postulado por, postulada por",
    "pt": "de, da, do, dos, das, pelo, pela, por, apoiado por, apoiada por",
}
# "Nationalist-backed Karol Nawrocki": a capitalised word ending so describes the name, it is not part of it.
BACKED_SUFFIXES = "-backed -supported -aligned -allied -leaning -led -endorsed"

# A party name next to one of these describes an unnamed candidate: "the Harbour Party candidate", "el candidato
# del PRM", "a candidata da Frente Ampla".
ROLE_NOUNS = {
    "en": "candidate, nominee, standard-bearer, hopeful",
    "es": "candidato, candidata, abanderado, abanderada, aspirante",
    "pt": "candidato, candidata",
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
# A leader's possessive before one of these names a party when the text gives no proper name: "Bukele's party",
# "Friedrich Merz's conservatives", "Ishiba's ruling coalition" are contestants as written.
OWNED_PARTY = "party coalition camp conservatives liberals socialists democrats alliance bloc movement list ticket"
# Kinds of ballot: "Valid votes made up 92.9%", "Null ballots accounted for 5.8%" state the count, like turnout,
# and are never contestants (capitalised only when they open a sentence). Not "Blancos": a party in Uruguay.
BALLOT_KINDS = "valid invalid null void blank spoiled validos validas nulos nulas invalidos"

# Referendum options, as contestants (capitalised or quoted in the text).
OPTIONS = "yes no approve reject remain leave si apruebo rechazo sim nao"
# A referendum option as a verb's object or as the verb itself: "61% voted No and 39% Yes", "el 50,4 por ciento de
# los votantes respaldó la reforma, frente a un 49,6 por ciento que la rechazó". The option each verb stands for is
# named in the verb's language.
VOTED_FOR = {
    "en": "voted, voted for, chose, opted for",
    "es": "voto, votaron, voto por, votaron por, voto el, votaron el, eligio, eligieron, opto por, optaron por",
    "pt": "votou, votaram, votou no, votaram no, votou pelo, votaram pelo, escolheu, escolheram, optou pelo",
}
# A referendum's options may be named by what they choose rather than Yes and No: "176,928 chose independence and
# 3,043 chose greater autonomy", "el 62% optó por la independencia y el 38% por la autonomía".
CHOSE = {
    "en": "chose, opted for, voted for",
    "es": "eligio, eligieron, opto por, optaron por, voto por, votaron por",
    "pt": "escolheu, escolheram, optou pela, optou pelo, optaram pela, optaram pelo, votou pela, votaram pela",
}
VOTED_YES = {
    "en": "backed, approved, supported, endorsed, voted in favour, voted in favor, said yes",
    "es": "respaldo, respaldaron, aprobo, aprobaron, apoyo, apoyaron, voto a favor, votaron a favor, dijo si",
    "pt": "aprovou, aprovaram, apoiou, apoiaram, votou a favor, votaram a favor, disse sim",
}
VOTED_NO = {
    "en": "rejected, opposed, voted against, said no, threw out",
    "es": "rechazo, rechazaron, voto en contra, votaron en contra, dijo no",
    "pt": "rejeitou, rejeitaram, votou contra, votaram contra, disse nao",
}
# The same stances in the passive, the share after "by": "fue rechazada por el 61,8% de los votantes".
PASSIVE_YES = {
    "en": "was approved by, were approved by, was backed by, were backed by, was endorsed by, was supported by",
    "es": """fue aprobada por, fue aprobado por, fueron aprobadas por, fueron aprobados por, aprobada por,
    aprobado por, fue respaldada por, fue respaldado por, fue apoyada por, fue apoyado por""",
    "pt": "foi aprovada por, foi aprovado por, aprovada por, aprovado por, foi apoiada por, foi apoiado por",
}
PASSIVE_NO = {
    "en": "was rejected by, were rejected by, was voted down by, was opposed by",
    "es": """fue rechazada por, fue rechazado por, fueron rechazadas por, fueron rechazados por, rechazada por,
    rechazado por""",
    "pt": "foi rejeitada por, foi rejeitado por, rejeitada por, rejeitado por, foi chumbada por, chumbada por",
}
OPTION_NAMES = {"en": ("Yes", "No"), "es": ("Sí", "No"), "pt": ("Sim", "Não")}

# A sentence opening with one of these (as written) has left its subject to the sentence before: "She took 41.8%".
SUBJECT_PRONOUNS = "He She Ele Ela Él Ella"
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
# Words of the result tables that open sentences with a subject of their own: never read as a dropped subject's verb.
ZERO_SUBJECT_NOT = "results resultados resultado count tally vote conteo escrutinio computo apuracao contagem"

# Names.
# A name right after one of these is where the vote was, not who got it: "venceu nos Açores".
LOCATIVE = "in en em no na nos nas at across throughout"
# A name right after one of these and "of"/"de" is the office's seat, a place: "mayor of Leiria", "prefeito de São
# Paulo", "gobernador de Oaxaca"; so is one after the office itself: "ganó la gubernatura de Jalisco"; after a
# minister or secretary it is the portfolio: "exministro de Sanidad", "minister of Finance".
OFFICE_HOLDERS = """mayor alcalde alcaldesa intendente intendenta prefeito prefeita governor gobernador gobernadora
governador governadora president presidente presidenta premier governorship gubernatura gobernacion mayoralty
alcaldia intendencia prefeitura presidency presidencia
minister ministro ministra exministro exministra ex-ministro ex-ministra secretary secretario secretaria"""
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
# A name after one of these is another name's running mate: the figure is the ticket's, held by the head
# ("Lai Ching-te and running mate Hsiao Bi-khim received 40.05%", "Prabowo e o vice Gibran").
RUNNING_MATE = {
    "en": "running mate, running-mate, vice-presidential candidate, vice-presidential pick",
    "es": "companero de formula, companera de formula, candidato a vicepresidente, candidata a vicepresidenta",
    "pt": "vice, candidato a vice, candidata a vice, companheiro de chapa, companheira de chapa",
}
# Before a month these make it a month ("the March tally", "since August"), not a name like "May".
MONTH_BEFORE = "the a an in since last this next early late mid until by of from during before after its"
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
# Capitalised only because they open a sentence: never a name there.
OPENERS = """some about around nearly almost only just roughly more less over under officials voters analysts
latest early turnout overall together combined meanwhile still even already exactly minutes hours days weeks
months later earlier first second third fourth last none neither nobody no-one another
algunos cerca casi solo apenas mas menos los votantes electores unos juntos juntas minutos horas dias semanas
meses luego despues antes primero primera segundo segunda tercero tercera cuarto ultimo ninguno ninguna ningun
nadie tambien asimismo ya aun todavia hoy ayer sera fue fueron voto votaron acudieron otro otra otros otras
alguns quase mais eleitores uns juntos juntas horas dias semanas meses depois antes primeiro primeira terceiro
terceira quarto nenhum nenhuma ninguem tambem ja ainda hoje ontem foi foram votou votaram compareceram outro outra
outros outras quedo quedaron quedaban llego llegaron ficou ficaram ficavam chegou chegaram"""
NAME_PARTICLES = "de da das do dos del los las di van von der la le du bin al"
TITLES = """president presidente presidenta president-elect former ex senator senador senadora deputy diputado
diputada deputado governor gobernador gobernadora governador mayor alcalde alcaldesa prefeito candidate
candidato candidata minister ministro ministra vice vicepresidente mr mrs ms dr gen general sen rep incumbent
opposition leader lider hard-right far-right far-left right-wing left-wing businessman businesswoman economist
lawyer rival prime premier chancellor lawmaker congressman congresswoman challenger"""
# Bodies that publish results; a run holding one of these is never a contestant.
INSTITUTIONS = """council consejo conselho tribunal court corte institute instituto commission comision comissao
service servicio servico registry registraduria electoral eleitoral justicia justica jury jurado junta
office oficina ministry ministerio government gobierno governo
university universidad agency agencia committee comite camara chamber house congress congreso assembly
asamblea assembleia
news reuters wire press associated bbc afp efe"""
# Words that may open a party name: never dropped from a capitalised run although the tables use them.
PARTY_WORDS = """party partido coalition coalicion alliance alianza alianca movement movimiento movimento front
frente union uniao bloc bloque"""
# A party's adjective before a person's name describes the person: "Democrat Josh Shapiro", "Liberal Democrat Rob
# Blackie", "the Republican state senator Doug Mastriano" (the name is the contestant, the adjective no part of it).
PARTY_DESCRIPTORS = """democrat democratic republican conservative liberal labour labor socialist green centrist
communist nationalist populist independent progressive tory social christian"""
PERSON_DESCRIPTORS = "democrat republican tory independent"
# Words that may stand between such an adjective and the name: "state senator", "former governor".
DESCRIBED_BETWEEN = "state former veteran outgoing sitting incumbent county city party"
# ... and party names of their own: "Ortiz's Liberals" is the Liberals, while "the People's Party" is one name.
PARTY_NAMES = "democrats republicans liberals conservatives socialists greens labour"
STOP = """the a an in on at of by for from to as with and but or if when while after before although though
however meanwhile both according its it he she they we his her their this that these those there also then
since during despite under until amid without among
el la los las lo un una unos unas en con segun pero y o tras aunque sin por para del al ante entre desde hasta
durante sobre su sus este esta estos estas ese esa ademas mientras cuando si como tambien porque
os as um uma no na nos nas em com mas ou apos embora sem pelo pela pelos pelas ate seu sua seus suas isso esse
essa tambem quando como porque
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
}  # fmt: skip
ABBREVIATIONS = """mr mrs ms dr sr sra srta gen sen rep gov st jr vs no nos inc corp lt col capt prof ing lic dept
approx jan feb mar apr jun jul aug sep sept oct nov dec ene abr ago dic pres"""
# Figures that are no contestant's own result (`unheld`). After the figure (and its unit): a threshold, seats
# still to be filled, a past total or a change ("the 172 seats needed", "los 233 necesarios", "22 seats still to
# be declared", "los 256 que tenía", "ten more than").
UNHELD_AFTER = {
    "en": "needed, required, necessary, for a majority, for an absolute majority, to govern, for control, threshold,"
    " still to be, yet to be, left to be, undeclared, it had, they had, it held, they held, before the vote,"
    " more, fewer, plus one",
    "es": "necesarios, necesarias, necesario, necesaria, requeridos, para la mayoria, para gobernar, umbral,"
    " por asignar, por definir, por declarar, que tenia, que tenian, que ocupaba, antes de la votacion, mas, menos,"
    " mas uno, mas un voto",
    "pt": "necessarios, necessarias, necessario, necessaria, para a maioria, para governar, por definir,"
    " por atribuir, que tinha, que tinham, que ocupava, antes da votacao, a mais, a menos,"
    " mais um, mais um voto",
}
# Before the figure: a need or a hypothesis ("needs 233 seats", "he would command 328", "tendrían 180").
UNHELD_BEFORE = {
    "en": "needs, need, needed, requires, required, would, could, would have, must, has to, have to",
    "es": "necesita, necesitan, necesitaria, requiere, debe, deben, tiene que, tienen que,"
    " tendria, tendrian, sumaria, sumarian, podria, podrian",
    "pt": "precisa, precisam, precisaria, exige, deve, devem, tem de, tem que,"
    " teria, teriam, somaria, somariam, poderia, poderiam",
}
# Before a seat figure: a change, not a total ("gained 20 seats", "perdió 65 escaños"); a share after "lost with"
# is still the loser's.
CHANGE_BEFORE = {
    "en": "gained, gaining, lost, losing, picked up, shed",
    "es": "perdio, perdieron, gano otros, sumo otros",
    "pt": "perdeu, perderam, ganhou mais, elegeu mais, elegeram mais, conquistou mais, conquistaram mais",
}
# A figure whose clause says it adds up several contestants: a coalition's or a bloc's sum, not one party's seats
# ("together hold 93", "a combined 215", "Juntos suman 215", "the LDP and its partner Komeito had won 208").
COMBINED = {
    "en": "together, combined, jointly, between them, and its partner, and its coalition partner, and their partners",
    "es": "juntos, juntas, en conjunto, conjuntamente, entre ambos, sumados, y su socio, y sus socios",
    "pt": "juntos, juntas, em conjunto, conjuntamente, somados, somadas, e seu parceiro, e o seu parceiro,"
    " e seus parceiros",
}
# A figure whose clause has one of these (lowercase, not "of the alliance", not "the bloc's") as its subject is a
# bloc's, not a party's: "the centre-left bloc led by Frederiksen had 86 seats", "el bloque de la derecha obtuvo
# 176", "the alliance holds 237 of the 400 seats", "Labour and four smaller parties won 87". A bloc someone owns
# ("Ishiba's ruling coalition") or that a sentence calls a contestant ("emerged as the largest bloc") is held.
BLOC = {
    "en": "bloc, blocs, alliance, coalition, parties",
    "es": "bloque, bloques, alianza, coalicion, partidos",
    "pt": "bloco, blocos, alianca, coligacao, coalizao, partidos",
}
# Two names joined before one figure, then one of these: both hold the figure ("each won 26 seats").
EACH = {"en": "each, both", "es": "cada uno, cada una, ambos, ambas", "pt": "cada um, cada uma, ambos, ambas"}
# A party name may go on past "for"/"por"/"pela" after one of these words: "Union for the Homeland", "Together
# for Change", "Alternative for Germany", "Frente para la Victoria", "Aliança pela Mudança".
NAME_FOR_HEADS = """party partido coalition coalicion alliance alianza alianca movement movimiento movimento front
frente union uniao unidad unidade unity bloc bloque coalizao coligacao together juntos juntas alternative
alternativa citizens ciudadanos cidadaos force fuerza forca action accion acao commitment compromiso compromisso
renewal renovacion renovacao congress congreso congresso rally league liga united unidos unidas unida unido hacemos"""
NAME_FOR = "for por para pela pelo pelos pelas"
# Before a bare number that goes on a seat list of the sentence before ("Os conservadores ficaram com 144").
# A verb of taking goes on the list too: "... 93 seats. X won 75 and is the largest party; Y took 54".
SEAT_LIST_WORDS = {
    "en": "with, on, fell to, rose to, won, took, got, holds, kept, secured",
    "es": """con, cayo a, subio a, gano, obtuvo, consiguio, logro, retuvo, bajo a, subio hasta, subio hasta los,
    bajo hasta, bajo hasta los, cayo hasta, cayo hasta los, se quedo con, quedo con""",
    "pt": "com, caiu para, subiu para, ganhou, obteve, conquistou, conseguiu, elegeu, manteve",
}
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
# A description of two persons as one contestant: "The pair received 58.59%", "La fórmula obtuvo", "A chapa teve".
# It stands for the ticket the sentence before names ("X and Y were declared the winners"), held by its head.
PAIR_WORDS = "pair duo ticket tandem pareja formula binomio dupla chapa"
# A name right after one of these is what a contestant took a seat or a vote from, the verb's object: a figure later
# in the clause is the subject's ("el Partido Popular arrebató al PSOE el último escaño y queda con 137").
TAKEN_FROM = {
    "en": "took from, wrested from, snatched from, seized from, won from",
    "es": "arrebato al, arrebato a, arrebato a la, le arrebato al, quito al, quito a, quito a la, robo al, robo a",
    "pt": "arrebatou ao, arrebatou a, tirou ao, tirou a, tirou do, tirou da, roubou ao, roubou a, tomou do, tomou da",
}
# A figure listed after a colon that follows one of these in its sentence is a rule the result met, nobody's
# share ("superó las dos condiciones: más del 40 por ciento de los votos y diez puntos de ventaja").
CONDITION = {
    "en": "condition, conditions, requirement, requirements, criteria, criterion, rule, rules, hurdles, hurdle",
    "es": "condicion, condiciones, requisito, requisitos, criterio, criterios, regla, reglas, exigencias",
    "pt": "condicao, condicoes, requisito, requisitos, criterio, criterios, regra, regras, exigencias",
}
# Before a figure: the figure is a threshold ("a barreira de 5%", "el umbral del 3 %", "a threshold of 5%").
THRESHOLD_OF = {
    "en": "threshold of, barrier of, hurdle of, minimum of, cut-off of",
    "es": "umbral de, umbral del, barrera de, barrera del, minimo de, minimo del",
    "pt": "barreira de, barreira dos, clausula de barreira de, clausula de desempenho de, minimo de, patamar de",
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
