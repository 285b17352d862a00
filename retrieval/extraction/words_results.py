"""Words that tell who won, who leads, who lost and to whom: the verbs and nouns a result sentence turns on.

Part of the word tables (`retrieval.extraction.words`, which says how the phrases are written).
"""

# A stated win: the contest is over and someone has it.
WIN = {
    "en": """won, wins, win, has won, have won, defeated, defeats, beat, beats, beating, defeating, was elected,
    were elected, is elected, was re-elected, was reelected, re-elected, was declared the winner,
    was declared president-elect, was declared the president-elect,
    was declared winner, were declared the winner, declared the winner, secured the presidency,
    won the presidency, clinched, triumphed, prevailed, swept, took the presidency, retained, re-elected,
    approved, rejected, captured, scraped through, won re-election, secured re-election, won reelection,
    secured a second term, won a second term, secured a third term, won a third term, avoided a runoff,
    avoided a second round, avoided a run-off""",
    "es": """gano, gana, ganaron, vencio, vence, vencieron, derroto, derrota, se impuso, se impone,
    se impusieron, triunfo, triunfa, fue elegido, fue elegida, fue reelegido, fue reelegida, resulto electo,
    resulto electa, fue electo, fue electa, fue reelecto, fue reelecta,
    fue declarado ganador, fue declarada ganadora, fue proclamado, fue proclamada,
    se alzo con la victoria, se alzo con la presidencia, obtuvo la victoria, revalido, aprobo, aprobaron,
    rechazo, rechazaron, arraso, al vencer, tras vencer, al derrotar, tras derrotar, logro la reeleccion,
    consiguio la reeleccion, obtuvo la reeleccion, reelegido, reelegida, reelecto, reelecta,
    evito la segunda vuelta, evito el balotaje""",
    "pt": """venceu, vence, venceram, ganhou, ganha, ganharam, derrotou, foi eleito, foi eleita, foi reeleito,
    foi reeleita, foi declarado vencedor, foi declarada vencedora, foi proclamado, foi proclamada, triunfou,
    revalidou, aprovou, aprovaram, rejeitou, rejeitaram, arrasou, ao vencer, apos vencer, ao derrotar,
    apos derrotar, conquistou a reeleicao, garantiu a reeleicao, reeleito, reeleita, evitou o segundo turno,
    evitou a segunda volta""",
    "fr": """a remporte, ont remporte, remporte, remportent, l'a emporte, l’a emporte, a emporte, ont emporte,
    a gagne, ont gagne, gagne, a battu, ont battu, bat, a ete elu, a ete elue, a ete reelu, a ete reelue, est elu,
    est elue, est reelu, est reelue, a ete declare vainqueur, a ete declaree vainqueur, a ete proclame,
    a ete proclamee, a ete declare elu, a ete declaree elue, est impose, est imposee, se sont imposes, triomphe,
    a triomphe, a approuve, ont approuve, a rejete, ont rejete, a ete reconduit, a ete reconduite, reelu, reelue,
    evite le second tour, evite un second tour""",
}

# A sentence that says who takes the office next names the winner as plainly as a win verb does ("X será el
# próximo presidente de Colombia. El candidato del Pacto Cívico obtuvo..."): used only to tell whom a party's
# unnamed candidate in the next sentence is.
TAKES_OFFICE = {
    "en": """will be the next, will become the next, is the next, president-elect, mayor-elect, governor-elect,
    will be the new, becomes the new""",
    "es": """sera el proximo, sera la proxima, sera el nuevo, sera la nueva, presidente electo, presidenta electa,
    alcalde electo, alcaldesa electa, gobernador electo, gobernadora electa""",
    "pt": """sera o proximo, sera a proxima, sera o novo, sera a nova, presidente eleito, presidente eleita,
    prefeito eleito, prefeita eleita, governador eleito, governadora eleita""",
    "fr": """sera le prochain, sera la prochaine, sera le nouveau, sera la nouvelle, president elu, presidente elue,
    maire elu, maire elue""",
}

# Phrases that read as a win but are not one: a claim, a forecast, a negation.
NOT_WIN = {
    "en": """declared victory, claimed victory, expected to win, could win, would win, will win, may win,
    might win, hopes to win, failed to win, did not win, didn't win, set to win, likely to win""",
    "es": "se declaro ganador, se declaro ganadora, se proclamo, podria ganar, no gano, espera ganar",
    "pt": "se declarou vencedor, nao venceu, pode vencer, poderia vencer",
    "fr": """a revendique la victoire, revendique la victoire, s'est proclame, pourrait gagner, n'a pas gagne,
    espere gagner""",
}

# A lead in a count that is not (yet) a win.
LEAD = {
    "en": """led, leads, leading, was ahead, is ahead, were ahead, remained ahead, stayed ahead, finished first,
    came first, came in first, placed first, topped, tops, was leading, is leading, in the lead""",
    "es": """lidera, lideraba, liderando, encabeza, encabezaba, aventaja, aventajaba, aventajo, va adelante,
    iba adelante,
    quedo primero, quedo primera, en primer lugar, se ubica primero, fue primero, fue primera""",
    "pt": """lidera, liderava, liderando, esta a frente, estava a frente, ficou em primeiro, em primeiro lugar,
    segue na frente, foi primeiro, foi primeira""",
    "fr": """arrive en tete, arrivait en tete, est arrive en tete, est arrivee en tete, en tete, mene, menait,
    devance, devancait, a devance, est en tete, etait en tete, vire en tete, arrive premier, arrive premiere,
    termine premier, termine premiere, en premiere position""",
}

# The subject lost: the name after the phrase is the winner.
LOSS = {
    "en": "lost to, was defeated by, were defeated by, fell to, was beaten by, conceded to",
    "es": "perdio ante, perdio frente a, perdio contra, fue derrotado por, fue derrotada por, cayo ante",
    "pt": "perdeu para, foi derrotado por, foi derrotada por",
    "fr": """a perdu face a, a ete battu par, a ete battue par, s'est incline face a, s'est inclinee face a,
    a ete defait par""",
}

# Verbs of losing or falling short, one word each: what they are "by" ("lost by 44,000 votes", "missed the runoff by
# 260,000 votes", "perdió por 44.000 votos", "ficou de fora por 260 mil votos") is a gap, not a count.
SHORT_BY = """lost missed trailed short behind perdio perdieron quedo fuera perdeu perderam ficou fora"""

# A sentence telling of a defeat, whose one person is then no winner a next sentence's "The winner" stands for.
CONCEDED = {
    "en": "conceded, conceded defeat, admitted defeat, lost, was defeated, was beaten",
    "es": "reconocio su derrota, reconocio la derrota, admitio la derrota, perdio, fue derrotado, fue derrotada",
    "pt": "reconheceu a derrota, admitiu a derrota, perdeu, foi derrotado, foi derrotada",
    "fr": "a reconnu sa defaite, a concede la defaite, a perdu, a ete battu, a ete battue",
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
    "fr": """a battu, ont battu, bat, battant, face a, contre, devant, devancant, en battant, suivi de, suivie de,
    suivi par, suivie par, loin devant""",
}

# Overtaking: the subject is ahead of the name after the phrase; a win only when the count is complete
# ("superó a Hernández ... con el 100 % de las mesas" is a win, "superaba a" with 60% counted a lead).
SURPASS = {
    "en": "outpolled, outpaced, outscored, surpassed",
    "es": "supero a, superaba a, supera a",
    "pt": "superou, superava, supera",
    "fr": "a depasse, depasse, depassait, a devance",
}

# Words that confirm a sentence with figures is about a result (a verb giving a figure, or a count noun).
RESULT_CONTEXT = {
    "en": """took, got, received, obtained, secured, garnered, gained, won, had, captured, polled, gave, scored,
    collected, drew, votes, ballots, seats, results, count, tally, vote, finished, ended, elected, winning,
    bagged, slumped to, credited with, stood at, was on, were on, is on, are on, takes, gets, receives, obtains,
    secures, garners, polls, scores, collects, followed with, follows with, result, held steady at,
    held roughly steady at, remained steady at, steady at, went to, most voted, most-voted, reached, reaches,
    eliminated with, knocked out with""",
    "es": """obtuvo, obtiene, consiguio, logro, recibio, sumo, alcanzo, conquisto, tuvo, votos, escanos, bancas,
    resultados, escrutinio, conteo, computo, sufragios, se llevo, eligio, eligieron, diputados, tenia, sumaba,
    saco, cosecho, alcanzaba, obtenia, suma, alcanza, logra, consigue, recibe, acumula, acumulaba, reune, reunia,
    tiene, se quedo con, quedo con, se queda con, queda con, se quedan con, quedan con, se quedaron con,
    quedaron con, se quedaba con, termino con, terminaba con, se ubicaba, se ubica, se quedo en,
    recayo en, reunio, reunieron, sumaron, obtuvieron, llego, llegaron, llegaba, quedo fuera, quedaron fuera,
    queda fuera, quedan fuera, resultado, fue para, fueron para, consiguieron, lograron, recibieron, alcanzaron,
    conquistaron, tuvieron, sacaron, cosecharon, tenian, sumaban, obtienen, suman, alcanzan, logran, consiguen,
    reciben, acumulan, acumulaban, reunen, reunian, tienen, terminaron con, obtenian, alcanzaban, mas votado,
    mas votada, mas votados, mas votadas, eliminado con, eliminada con, eliminados con, eliminadas con""",
    "pt": """obteve, recebeu, conseguiu, conquistou, somou, alcancou, teve, votos, cadeiras, assentos,
    resultados, apuracao, contagem, ficou com, fica com, ficam com, ficaram com, ficara com,
    elegeu, elegeram, deputados, tinha, somava, alcancava,
    obtinha, soma, alcanca, obtem, recebe, acumula, reune, reunia, tem, terminou com, terminava com, reuniu,
    reuniram, somaram, obtiveram, chegou, chegaram, ficou de fora, ficaram de fora, fica de fora, ficam de fora,
    ficou fora, ficaram fora, fica fora, ficam fora, resultado, foi para, foram para, receberam, conseguiram,
    conquistaram, alcancaram, tiveram, tinham, somavam, alcancavam, obtinham, somam, alcancam, obtem, recebem,
    acumulam, reunem, terminaram com, terminavam com, mais votado, mais votada, mais votados, mais votadas,
    eliminado com, eliminada com, eliminados com, eliminadas com""",
    "fr": """a obtenu, obtient, ont obtenu, obtiennent, a recueilli, recueille, ont recueilli, a remporte, a decroche,
    decroche, a rafle, rafle, recolte, a recolte, totalise, totalisait, a totalise, obtenait, recueillait, voix,
    suffrages, sieges, resultats, depouillement, decompte, comptage, termine avec, a termine avec, se contente de,
    a fait elire, fait elire, resultat, est alle a, sont alles a, recueillent, ont remporte, ont decroche,
    decrochent, ont rafle, raflent, recoltent, ont recolte, totalisent, totalisaient, ont totalise, obtenaient,
    recueillaient, ont termine avec, terminent avec, se contentent de, plus vote, plus votee, plus votes,
    plus votees, elimine avec, eliminee avec, elimines avec, eliminees avec""",
}

# An electoral authority (one of these words) with one of these verbs states the official result: "the Electoral
# Commission announced", "el Tribunal Supremo Electoral proclamó", "a Comissão Nacional Eleitoral declarou". A
# name right after the verb and before a winner noun won: "declared Kiprono (50.5%) the winner".
AUTHORITIES = {
    "en": """commission, council, tribunal, court, registry, returning officer, electoral authority, election authority,
    elections jury, electoral jury""",
    "es": "comision, consejo, tribunal, corte, registraduria, jurado nacional, junta electoral, autoridad electoral",
    "pt": "comissao, conselho, tribunal, autoridade eleitoral",
    "fr": "commission, conseil, cour, tribunal, autorite electorale, ceni, cena",
}

AUTHORITY_VERBS = {
    "en": "announced, confirmed, declared, proclaimed, certified, to proclaim, to certify",
    "es": "anuncio, confirmo, declaro, proclamo, certifico, la declaro, lo declaro",
    "pt": "anunciou, confirmou, declarou, proclamou, certificou",
    "fr": "a annonce, a confirme, a declare, a proclame, a certifie, a valide, annonce, proclame",
}

# The nouns of a count made public: a clause before a colon holding one of them, or a counting body or its verb
# (AUTHORITIES, AUTHORITY_VERBS), announces the count, and the clause after the colon tells it ("The commission
# published the final results: the outgoing president obtains 61.2%").
COUNT_PUBLISHED = {
    "en": "results, result, figures, count, tally, returns",
    "es": "resultados, resultado, cifras, escrutinio, computo, recuento, conteo",
    "pt": "resultados, resultado, numeros, apuracao, contagem",
    "fr": "resultats, resultat, chiffres, decompte, depouillement",
}

WINNER_NOUNS = {
    "en": "winner, victor, president-elect",
    "es": "ganador, ganadora, vencedor, vencedora, presidente electo, presidenta electa",
    "pt": "vencedor, vencedora, presidente eleito, presidenta eleita",
    "fr": "vainqueur, gagnant, gagnante, president elu, presidente elue",
}

# A victory noun and its "of", the winner's name after it: "confirmed the victory of X", "confirmou a vitória de X".
VICTORY_OF = {
    "en": "victory of, win of, triumph of",
    "es": "victoria de, victoria del, triunfo de, triunfo del",
    "pt": "vitoria de, vitoria do, vitoria da, triunfo de, triunfo do, triunfo da",
    "fr": "victoire de, victoire du, triomphe de, triomphe du",
}

# The words of holding office before the vote ("The incumbent received 457,836 votes", "El presidente saliente
# obtuvo"): a description that may be the winner or the one beaten, so it stands for the person the sentence before
# names only when that sentence tells of re-election (RE_ELECTED); otherwise it names nobody.
INCUMBENT_NOUNS = "incumbent saliente cessante"

RE_ELECTED = {
    "en": "re-elected, reelected, re-election, reelection, retained, kept his seat, kept her seat",
    "es": """reelegido, reelegida, reelecto, reelecta, reeleccion, segundo mandato, tercer mandato, cuarto mandato,
    nuevo mandato, otro mandato""",
    "pt": """reeleito, reeleita, reeleicao, segundo mandato, terceiro mandato, quarto mandato, novo mandato,
    outro mandato""",
    "fr": """reelu, reelue, reelection, reconduit, reconduite, second mandat, deuxieme mandat, troisieme mandat,
    quatrieme mandat, nouveau mandat""",
}

# A further term told by an ordinal (second to tenth, en/es/pt/fr, folded) or "another"/"new" before the word for a
# term; a word may stand between ("a second five-year term", "a third consecutive term", "un quinto mandato
# consecutivo"). English copy from French- and Portuguese-speaking countries says "mandate" ("a fourth mandate").
RE_ELECTED_TERM = (
    r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|another|new|fresh"
    r"|segundo|tercer|tercero|terceiro|cuarto|quarto|quinto|sexto|septimo|setimo|octavo|oitavo|noveno|nono|decimo"
    r"|nuevo|otro|novo|outro|deuxieme|troisieme|quatrieme|cinquieme|sixieme|septieme|huitieme|neuvieme|dixieme"
    r"|nouveau)\s+(?:[\w-]+\s+)?(?:terms?|mandates?|mandatos?|mandats?)"
)

# A name right after one of these is what a contestant took a seat or a vote from, the verb's object: a figure later
# in the clause is the subject's ("el Partido Popular arrebató al PSOE el último escaño y queda con 137").
TAKEN_FROM = {
    "en": "took from, wrested from, snatched from, seized from, won from",
    "es": "arrebato al, arrebato a, arrebato a la, le arrebato al, quito al, quito a, quito a la, robo al, robo a",
    "pt": "arrebatou ao, arrebatou a, tirou ao, tirou a, tirou do, tirou da, roubou ao, roubou a, tomou do, tomou da",
    "fr": "a ravi a, a ravi au, a arrache a, a arrache au, a pris a, a pris au",
}
