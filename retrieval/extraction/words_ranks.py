"""Place phrases: the words that give a contestant its rank when the text states it rather than a win.

Part of the word tables (`retrieval.extraction.words`, which says how the phrases are written).
"""

# Place phrases: the name before (or, failing that, after) the phrase holds that rank; the plural and joint forms
# ("quedaban terceros", "ficaram em terceiro", "finished joint third") rank the names before them alike.
RANK = {
    2: {
        "en": """came second, finished second, placed second, came in second, was second, runner-up,
        runner up, second place, second-placed, ran second, trailed, trailing, is second, running second,
        ended second, second position, in second position, fell to second, slipped to second, dropped to second,
        joint second, tied for second, second force, second-largest force, second-largest party,
        second-biggest party, second largest party, second biggest party, second was, second came, finishing second,
        coming second""",
        "es": """quedo segundo, quedo segunda, segundo lugar, en segundo, le sigue, le seguia, le siguio, lo sigue,
        lo seguia, lo siguio, la sigue, la seguia, la siguio, queda segundo, queda segunda, quedaba segundo,
        quedaba segunda, termino segundo, termino segunda, segunda posicion, cayo al segundo, cayo a segundo,
        bajo al segundo, segundo queda, segunda queda, segundo quedo, segunda quedo, segundo quedaba,
        segunda quedaba, quedaron segundos, quedaron segundas, quedaban segundos, quedaban segundas,
        terminaron segundos, terminaron segundas, segunda fuerza, segundo partido mas votado,
        segundo partido mas grande""",
        "pt": """ficou em segundo, em segundo ficou, em segundo ficava,
        segundo lugar, terminou em segundo, aparecia em segundo, aparece em segundo,
        segunda posicao, caiu para segundo, caiu para o segundo, desceu para segundo, ficaram em segundo,
        ficavam em segundo, terminaram em segundo, segunda forca, em segundo aparece, em segundo vem,
        segundo partido mais votado, segundo maior partido""",
    },
    3: {
        "en": """came third, finished third, placed third, came in third, was third, ran third, third place,
        third-placed, is third, running third, ended third, third position, in third position, fell to third,
        slipped to third, dropped to third, joint third, tied for third, third force, third-largest force,
        third-largest party, third-biggest party, third largest party, third biggest party, third was, third came,
        finishing third, coming third""",
        "es": """quedo tercero, quedo tercera, tercer lugar, queda tercero, queda tercera, quedaba tercero,
        quedaba tercera, termino tercero, termino tercera, tercera posicion, cayo al tercer, cayo a tercero,
        bajo al tercer, tercero queda, tercera queda, tercero quedo, tercera quedo, tercero quedaba,
        tercera quedaba, quedaron terceros, quedaron terceras, quedaban terceros, quedaban terceras,
        terminaron terceros, terminaron terceras, tercera fuerza, tercer partido mas votado,
        tercer partido mas grande""",
        "pt": """ficou em terceiro, em terceiro ficou, em terceiro ficava,
        terceiro lugar, terminou em terceiro, aparecia em terceiro, aparece em terceiro,
        terceira posicao, caiu para terceiro, caiu para o terceiro, desceu para terceiro, ficaram em terceiro,
        ficavam em terceiro, terminaram em terceiro, terceira forca, em terceiro aparece, em terceiro vem,
        terceiro partido mais votado, terceiro maior partido""",
    },
}

# The words of a place phrase told of two or more: the name joined before the ranked one holds the rank too.
RANK_SHARED = "quedaron quedaban terminaron ficaram ficavam terminaram joint tied"

# Ordinals a place phrase ranks by past the tables above, and French ones (folded; feminine forms too): "came
# sixth", "quedó en quinto lugar", "mantém-se como quarta força", "arrive deuxième". "second" is the French one
# ("arrive second"); English "second" and "third" are in `RANK`.
ORDINALS = {
    2: "deuxieme second seconde",
    3: "troisieme",
    4: "fourth cuarto cuarta quarto quarta quatrieme",
    5: "fifth quinto quinta cinquieme",
    6: "sixth sexto sexta sixieme",
    7: "seventh septimo septima setimo setima septieme",
    8: "eighth octavo octava oitavo oitava huitieme",
    9: "ninth noveno novena nono nona neuvieme",
    10: "tenth decimo decima dixieme",
}

# The verbs of finishing before an ordinal ("finished fifth", "terminó cuarto", "ficou em quarto", "termine
# quatrième"); an article or preposition may stand between ("came in fifth", "quedó en cuarto", "como a quarta").
ORDINAL_BEFORE = {
    "en": """came, came in, finished, finishing, placed, ran, running, was, is, ended, ending, fell, slipped, dropped,
    joint, tied for, coming, ranked, trailed""",
    "es": """quedo, queda, quedaba, quedaron, quedaban, termino, terminaron, terminaba, finalizo, llego, se ubico,
    se situo, se coloco, cayo, bajo, paso, subio, fue, como""",
    "pt": """ficou, ficaram, ficava, ficavam, terminou, terminaram, chegou, aparece, aparecia, caiu, desceu, passou,
    subiu, foi, como""",
    "fr": """arrive, arrivee, arrives, arrivees, termine, terminee, termines, terminees, finit, se classe, se place,
    se hisse, est, etait, reste, demeure, comme""",
}

# The nouns of a place after an ordinal ("fifth place", "cuarto lugar", "quarta força", "quatrième position").
ORDINAL_AFTER = {
    "en": "place, position, spot",
    "es": "lugar, puesto, posicion, fuerza",
    "pt": "lugar, posicao, forca",
    "fr": "place, position, rang, force",
}
