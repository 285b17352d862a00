"""The per-language word tables a question is read by (English, Spanish, Portuguese, French): what is asked, the round,
the office, an early count, a follow-up's cues, ordinals. A cue's *kind* decides what it sets; `patterns` compiles
each table entry once and `first` reads the first entry whose cue a question holds."""

from __future__ import annotations

import re
from functools import lru_cache

from retrieval.places import normalize
from retrieval.question.dates import MONTHS
from retrieval.question.kinds import Asks
from retrieval.results import ORDINAL_WORDS, Office, Round

# The ordinals, first to tenth, in English, Spanish, Portuguese and French (accents folded), with their figures
# ("3rd", "3º" folded "3o", "3e", "3eme"): a place in the ranking ("who came third?", "qui est arrivé troisième ?")
# and a follow-up that is only one ("¿y el tercero?", "et le deuxième ?").
# fmt: off
ORDINAL_PLACES: dict[int, tuple[str, ...]] = {
    1: ("first", "primero", "primera", "primer", "primeiro", "primeira", "premier", "premiere", "1st", "1er", "1ere"),
    2: ("second", "segundo", "segunda", "deuxieme", "seconde", "2nd", "2e", "2eme"),
    3: ("third", "tercero", "tercera", "tercer", "terceiro", "terceira", "troisieme", "3rd", "3e", "3eme"),
    4: ("fourth", "cuarto", "cuarta", "quarto", "quarta", "quatrieme", "4th", "4e", "4eme"),
    5: ("fifth", "quinto", "quinta", "cinquieme", "5th", "5e", "5eme"),
    6: ("sixth", "sexto", "sexta", "sixieme", "6th", "6e", "6eme"),
    7: ("seventh", "septimo", "septima", "setimo", "setima", "septieme", "7th", "7e", "7eme"),
    8: ("eighth", "octavo", "octava", "oitavo", "oitava", "huitieme", "8th", "8e", "8eme"),
    9: ("ninth", "noveno", "novena", "nono", "nona", "neuvieme", "9th", "9e", "9eme"),
    10: ("tenth", "decimo", "decima", "dixieme", "10th", "10e", "10eme"),
}
FR_ORDINALS_AFTER_FIRST = tuple(
    w for k, words in ORDINAL_PLACES.items() if k > 1 for w in words if re.fullmatch(r"\w+ieme|\d+e|\d+eme|seconde?", w)
)
# The French verbs a place is finished with, as a past participle in its four agreements or with "est"/"était"
# ("arrivée troisième", "a terminé deuxième", "est quatrième", "classés cinquièmes" are read singular).
_FR_FINISHED = ("arrive", "arrivee", "arrives", "arrivees", "termine", "terminee", "fini", "finie", "classe",
                "classee", "est", "etait", "a fini", "a termine")

# --- word tables -----------------------------------------------------------------------------------------
# Each cue is matched on the normalised question (lowercase, accents stripped) on word boundaries. The order
# of `ASKS` matters: the first kind that matches wins, so the more specific questions come first.
# fmt: off

ASKS: list[tuple[Asks, tuple[str, ...]]] = [
    # A question about what someone promised, proposed or said is about a topic, whoever won.
    ("topic", (
        "promise", "promised", "promises", "propose", "proposed", "proposal", "plan", "plans", "pledge",
        "pledged", "priorities", "policy", "policies", "say about", "said about", "want", "wants",
        "prometio", "promete", "promesa", "promesas", "propuso", "propone", "propuesta", "planea", "dijo",
        "prioridades", "prometeu", "promete", "promessa", "promessas", "propos", "propoe", "proposta",
        "disse", "prioridades", "quer",
        "promis", "promise", "promesse", "promesses", "propose", "proposition", "propositions", "programme",
        "priorites", "a dit", "a declare", "veut", "voulait",
        # Where someone won (which regions, provinces, states) is a topic of the reports, not the result table.
        "which regions", "which provinces", "which states", "which districts", "where did", "en que regiones",
        "en que provincias", "donde gano", "em quais regioes", "em quais estados", "onde venceu", "onde ganhou",
        "quelles regions", "quelles provinces", "quels departements", "dans quelles regions", "ou a-t-il gagne",
        "ou a-t-elle gagne",
        # Why someone won or lost is the reports' analysis, not the result table.
        # (Spanish and Portuguese "por qué ... ganó" is read in question/asks.py: "por qué margen" is no why.)
        "why did", "why was", "why were", "why has", "why have", "why is", "why are", "pourquoi",
        # Whether someone kept or lost their own seat is a story about them, not a party's seat count.
        "own seat", "his seat", "her seat", "their seat", "su escano", "su propio escano", "su banca", "su curul",
        "assento dela", "assento dele", "seu assento", "seu proprio assento", "cadeira dela", "cadeira dele",
        "sua cadeira", "son siege", "son propre siege", "sa circonscription",
    )),
    ("rank", (
        # English
        "came second", "came third", "came fourth", "finished second", "finished third", "placed second",
        "placed third", "runner-up", "runner up", "runners-up", "second place", "third place", "in second",
        "in third", "who was second", "who was third", "came in second", "came in third",
        # Spanish
        "segundo lugar", "tercer lugar", "quedo segundo", "quedo segunda", "quedo tercero", "quedo tercera",
        "salio segundo", "salio segunda", "salio tercero", "quien fue segundo", "quien fue segunda",
        # Portuguese
        "segundo lugar", "terceiro lugar", "ficou em segundo", "ficou em terceiro", "quem ficou em segundo",
        # Further down the ranking, in all three languages.
        "finished fourth", "finished fifth", "came fifth", "in fourth", "in fifth", "fourth place", "fifth place",
        "quedo cuarto", "quedo cuarta", "quedo quinto", "quedo quinta", "cuarto lugar", "quinto lugar",
        "ficou em quarto", "ficou em quinto", "quarto lugar", "quinto lugar",
        # French: a place finished in ("arrivé troisième", "en deuxième position"), every ordinal but the first.
        *(f"{verb} {ordinal}" for verb in _FR_FINISHED for ordinal in FR_ORDINALS_AFTER_FIRST),
        *(f"{ordinal} {noun}" for noun in ("place", "position") for ordinal in FR_ORDINALS_AFTER_FIRST),
        # Who lost a two-way race is who came second.
        "who lost", "the loser", "lost the", "quien perdio", "quem perdeu", "qui a perdu", "le perdant",
        "la perdante",
    )),
    ("seats", ("seats", "seat", "escanos", "escanos", "bancas", "diputados obtuvo", "cadeiras", "assentos",
               "quantos lugares", "quantos mandatos", "quantos deputados", "cuantos diputados", "cuantos mandatos",
               "majority in parliament", "mayoria parlamentaria", "maioria parlamentar",
               # how many members of a house a party elected, by their title, asks its seats
               "how many mps", "how many deputies", "how many senators", "how many councillors",
               "how many councilors", "how many lawmakers", "how many legislators", "cuantos senadores",
               "cuantos concejales", "cuantos legisladores", "cuantos parlamentarios", "quantos senadores",
               "quantos vereadores", "quantos parlamentares",
               "sieges", "siege", "combien de deputes", "combien de senateurs", "combien d'elus",
               "combien de conseillers", "combien de parlementaires", "majorite parlementaire")),
    ("turnout", ("turnout", "participation", "participacion", "participacao", "abstention", "abstencion",
                 "abstencao", "comparecimento", "how many voted", "cuantos votaron", "quantos votaram",
                 # how many people cast a ballot, or what percentage of the roll did, is the turnout
                 "how many people voted", "how many ppl voted", "how many voters voted", "how many turned out",
                 "how many people turned out", "polling percentage", "voting percentage", "percentage of voters",
                 "cuantas personas votaron", "cuanta gente voto", "cuantos electores votaron",
                 "porcentaje de votacion", "quantas pessoas votaram", "quanta gente votou",
                 "quantos eleitores votaram", "percentual de votacao", "porcentagem de votacao",
                 "taux de participation", "combien ont vote", "combien de votants", "nombre de votants",
                 "combien de personnes ont vote", "combien d'electeurs ont vote", "combien de gens ont vote")),
    ("margin", ("margin", "by how much", "by how many points", "by how many votes", "how close", "gap",
                "lead over", "how far ahead", "how far behind", "how much ahead", "what lead", "diferencia",
                "que ventaja", "cuanta ventaja", "que vantagem", "quanta vantagem",
                "por cuanto", "por cuantos puntos", "por cuantos votos", "ventaja",
                "margen", "margem", "diferenca", "por quanto", "por quantos pontos", "por quantos votos", "vantagem",
                "separated", "separate", "separaban", "separa", "separavam", "separa",
                # the difference between two contestants is the gap between them
                "difference between", "the difference", "how far apart",
                # French: the gap, the lead, by how much, how tight ("c'était serré ?")
                "ecart", "l'ecart", "quel ecart", "marge", "d'avance", "l'avance", "quelle avance", "une avance",
                "son avance", "avance sur", "de combien", "par combien", "combien de points", "la difference",
                "quelle difference", "difference entre", "serre", "serree", "serres", "coude a coude", "separait",
                "separe", "separaient")),
    # A share asked "once everything was counted" is a share: it comes before the state of the count.
    ("share", ("percent", "percentage", "share", "what share", "how much of the vote", "porcentaje",
               "por ciento", "que porcentaje", "percentual", "porcentagem", "percentagem", "por cento",
               "how much did", "cuanto obtuvo", "cuanto saco", "cuanto tuvo", "quanto teve", "quanto obteve",
               "quanto recebeu", "quanto fez",
               "pourcentage", "quel pourcentage", "pour cent", "quel score", "score", "part des voix",
               "combien a fait", "combien a obtenu", "combien a eu", "combien a recueilli", "combien a recolte",
               "combien ont obtenu", "combien fait")),
    ("count", ("count", "counted", "count stand", "the count", "how far along", "tally", "results so far", "so far",
               "escrutinio", "conteo", "computo", "actas", "apuracao", "contagem", "urnas apuradas",
               "is it over", "too close to call", "results final", "result final", "count final", "count over",
               "still counting", "resultados definitivos", "son definitivos", "sao definitivos",
               "is final", "are final", "es definitivo", "e definitivo", "ya es oficial", "ja e oficial",
               "sigue el conteo", "ainda contando",
               # how much has been counted asks the count's state ("Quanto já foi apurado?")
               "how much has been counted", "how much is counted", "how much was counted", "cuanto se ha escrutado",
               "cuanto se escruto", "cuanto va escrutado", "cuanto lleva escrutado", "cuanto esta escrutado",
               "quanto ja foi apurado", "quanto foi apurado", "quanto esta apurado", "quanto ja esta apurado",
               "quanto ja se apurou",
               "depouillement", "decompte", "comptage", "bureaux depouilles", "resultats definitifs",
               "sont definitifs", "est definitif", "deja officiel", "toujours en cours", "combien a ete depouille",
               "combien est depouille")),
    ("votes", ("how many votes", "number of votes", "cuantos votos", "quantos votos", "combien de voix",
               "nombre de voix", "combien de votes", "nombre de votes", "combien de suffrages", "nombre de suffrages")),
    ("winner", ("came first", "finished first", "placed first", "first place", "came out on top", "topped",
                "quedo primero", "quedo primera", "primer lugar", "ficou em primeiro", "primeiro lugar",
                "won", "win", "wins", "winner", "avoid a runoff", "avoided a runoff", "outright",
                "winning", "victory", "victor", "elected", "who leads", "most votes", "mas votos", "mais votos",
                "who is leading", "who led", "who is ahead", "who will be", "beat", "defeated", "result",
                "results", "outcome", "new president", "next president", "president-elect",
                "gano", "gana", "ganador", "ganadora", "triunfo", "victoria", "elegido", "elegida", "electo",
                "electa", "resultado", "resultados", "quien lidera", "quien va ganando", "nuevo presidente",
                "nueva presidenta", "presidente electo",
                "ganhou", "venceu", "vencedor", "vencedora", "vitoria", "eleito", "eleita", "quem lidera",
                "novo presidente", "nova presidente",
                # re-elected, as elected ("was the mayor reelected?", "a prefeita foi reeleita?")
                "reelected", "re-elected", "reelegido", "reelegida", "reeleito", "reeleita",
                # who took it, in chat ("quem levou o segundo turno?", "¿quién se la llevó?")
                "quem levou", "quien se la llevo", "quien se lo llevo", "quien se llevo",
                # who was ahead, in the count or at its end ("quem ficou na frente", "¿quién iba ganando?")
                "who was ahead", "who was leading", "who was winning", "ficou na frente", "ficou a frente",
                "estava na frente", "ia ganhando", "iba ganando", "iba adelante", "quedo adelante",
                "quem liderava", "quem estava liderando", "quien lideraba", "quien iba primero", "quem ia na frente",
                # Who holds the seat now that the vote is over ("who became Delhi chief minister", "quem é o
                # novo governador de Jacarta") is the vote's winner.
                "who became", "who will become", "new governor", "next governor", "new mayor", "next mayor",
                "new prime minister", "next prime minister", "new chief minister", "governor-elect",
                "mayor-elect", "quien se convirtio", "nuevo gobernador", "nueva gobernadora", "nuevo alcalde",
                "nueva alcaldesa", "nuevo intendente", "nueva intendenta", "gobernador electo", "gobernadora electa",
                "alcalde electo", "intendente electo", "intendenta electa", "quem se tornou",
                "novo governador", "nova governadora", "novo prefeito", "nova prefeita", "governador eleito",
                "prefeito eleito",
                # French
                "gagne", "gagner", "gagnant", "gagnante", "vainqueur", "victoire", "remporte", "remportee",
                "emporte", "elu", "elue", "reelu", "reelue", "en tete", "arrive premier", "arrivee premiere",
                "premiere place", "qui mene", "qui menait", "plus de voix", "resultat", "resultats", "a battu",
                "nouveau president", "nouvelle presidente", "nouveau maire", "nouvelle maire", "nouveau gouverneur",
                "president elu", "maire elu", "qui sera", "qui est devenu", "qui est devenue", "devance")),
]

ROUND: list[tuple[Round, tuple[str, ...]]] = [
    ("first", ("first round", "first-round", "1st round", "primera vuelta", "primeira volta", "primeiro turno",
               "primera ronda", "primeira ronda", "primer turno", "1a vuelta", "1o turno", "1ª vuelta", "1º turno",
               "1.ª vuelta", "1.º turno",
               "first ballot", "initial round", "go to a runoff", "went to a runoff", "advance to the runoff",
               "advanced to the runoff", "make the runoff", "made the runoff", "pasaron a la segunda vuelta",
               "pasan a segunda vuelta", "passaram ao segundo turno",
               # Winning without a runoff is a first-round question ("did Bio avoid a runoff?").
               "avoid a runoff", "avoided a runoff", "avoid a second round", "avoided a second round",
               "without a runoff", "without a second round", "win outright", "won outright", "outright",
               "evitar la segunda vuelta", "evito la segunda vuelta", "evitar el balotaje", "sin segunda vuelta",
               "sin balotaje", "evitar o segundo turno", "evitou o segundo turno", "sem segundo turno",
               # French, Italian and German (a mayor's race has two rounds in all three)
               "premier tour", "1er tour", "1ier tour", "des le premier tour", "sans second tour",
               "eviter le second tour", "evite le second tour", "eviter un second tour", "qualifie pour le second tour",
               "qualifies pour le second tour", "qualifiee pour le second tour", "passe au second tour",
               "primo turno", "erster wahlgang", "ersten wahlgang", "im ersten wahlgang")),
    ("runoff", ("runoff", "run-off", "second round", "second-round", "final round", "segunda vuelta", "balotaje",
                "segunda ronda", "2a vuelta", "2o turno", "2ª vuelta", "2º turno", "2.ª vuelta", "2.º turno",
                "ballotage", "segundo turno", "segunda volta", "decisive round",
                "second tour", "deuxieme tour", "2e tour", "2eme tour", "2nd tour", "2d tour", "ballottage",
                "tour decisif", "secondo turno", "ballottaggio", "stichwahl", "zweiter wahlgang", "zweiten wahlgang")),
]

OFFICE: list[tuple[Office, tuple[str, ...]]] = [
    ("referendum", ("referendum", "plebiscite", "referendo", "plebiscito", "consulta popular",
                    # A constitution put to the vote ("did the new constitution lose?") is a referendum's.
                    "new constitution", "draft constitution", "proposed constitution", "constitutional proposal",
                    "nueva constitucion", "propuesta constitucional", "nova constituicao",
                    # a constitution voters approve or reject, whichever draft ("the second constitution")
                    "constitution", "constitucion", "constituicao",
                    "consultation", "consultation referendaire", "autodetermination", "nouvelle constitution")),
    ("mayor", ("mayor", "mayoral", "alcalde", "alcaldesa", "alcaldia", "intendente", "intendenta", "intendencia",
               "prefeito", "prefeita",
               "prefeitura", "municipal", "councillors", "councilors", "concejales", "vereadores",
               # a capital city's executive: Mexico City's and Buenos Aires's "jefe/jefa de gobierno"
               "jefatura de gobierno", "jefe de gobierno", "jefa de gobierno",
               "maire", "mairesse", "mairie", "municipales", "municipale", "conseil municipal",
               "conseillers municipaux")),
    # A "regional", "provincial" or "state election" names the level of a vote, not its office: a region elects
    # an assembly as often as a governor (Spain's communities, the Azores, Germany's Länder, India's states).
    ("governor", ("governor", "governorship", "governorships", "gubernatorial", "gobernador", "gobernadora",
                  "governador", "governadora", "gobernacion", "gubernatura", "gobernatura", "gouverneur",
                  "gouverneure", "gouvernorat")),
    ("senate", ("senate", "senado", "senators", "senadores",
                # a seat of the house, one senator ("foi eleito senador?", "was he elected senator?")
                "senator", "senatorial", "senador", "senadora", "senadoras",
                "senat", "senatoriales", "senateur", "senateurs", "senatrice", "senatrices")),
    # A "general election" names no office: a parliament's in Westminster systems, a president's and a
    # congress's together in the Americas ("who came third in Argentina's 2019 general election").
    ("parliament", ("parliament", "parliamentary", "legislative", "legislature", "congress", "congressional",
                    "house of representatives", "national assembly", "seats", "party won",
                    "which party", "parlamento", "parlamentarias", "legislativas", "congreso", "asamblea",
                    "diputados", "camara", "escanos", "partido", "legislativas", "assembleia", "deputados",
                    "cadeiras", "bundestag", "sejm", "dail",
                    "legislatives", "parlement", "parlementaires", "assemblee nationale", "assemblee",
                    "chambre des deputes", "deputes", "sieges", "quel parti", "quels partis")),
    ("president", ("president", "presidential", "presidency", "head of state", "presidente", "presidenta",
                   "presidencial", "presidenciales", "presidencia", "presidenciais",
                   "presidentielle", "presidentielles", "presidence", "chef de l'etat")),
]

EARLY = ("early", "earlier", "partial", "preliminary", "first results", "initial results", "so far", "early count",
          "parcial", "parciales", "preliminar", "preliminares", "primeros resultados", "hasta ahora",
          "parciais", "primeiros resultados", "ate agora",
          "partiel", "partiels", "partielle", "partielles", "provisoire", "provisoires", "preliminaires",
          "premiers resultats", "premieres estimations", "estimations", "jusqu'ici", "pour l'instant",
          "a ce stade")  # fmt: skip
# The count on the night, or part-way ("with half the polling stations counted"), is no outcome, unless the
# question asks the final figure and names the night only as its story ("... on election night: what was his
# final share?"); see `FINAL`.
EARLY_NIGHT = ("election night", "noche electoral", "noche de la eleccion", "noite eleitoral", "noite da eleicao",
          "half the polling stations", "half of the polling stations", "half the precincts", "precincts reporting",
          "half the vote counted", "half the votes counted", "mitad de las mesas", "mitad de las actas",
          "mitad de los votos", "metade das seccoes", "metade das secoes", "metade das urnas",
          "metade dos votos", "soir du scrutin", "soir de l'election", "soiree electorale",
          "moitie des bureaux", "moitie des voix")  # fmt: skip
FINAL = ("final", "finally", "in the end", "once every", "once all", "definitivo", "definitiva", "definitivos",
         "al final", "no final", "oficial final", "definitif", "definitifs", "definitive", "definitives",
         "finalement", "au final", "a la fin")

FOLLOWUP_START = ("and ", "what about", "how about", "y ", "e ", "and?", "¿y ", "y en ", "e em ", "e no ", "e na ",
                   "also ", "then ", "same for", "lo mismo", "o mesmo", "et ", "et?", "quid de", "meme chose",
                   "pareil pour")
FOLLOWUP_REFERS = ("there", "that election", "that vote", "that race", "that round", "the runoff there",
                    "alli", "alla", "ahi", "esa eleccion", "ese pais", "la", "naquela eleicao", "nesse pais",
                    "him", "her", "he", "she", "they", "it", "el", "ella", "ele", "ela",
                    "la-bas", "cette election", "ce scrutin", "ce vote", "ce pays", "il", "elle", "lui")

ORDINALS: dict[str, int] = {
    **ORDINAL_WORDS, "runner-up": 2, "runner up": 2, "runners-up": 2, "2nd": 2, "3rd": 3, "4th": 4,
    **{word: k for k, words in ORDINAL_PLACES.items() for word in words},
}

# Nouns of voting, beside which a country named by an ordinary word ("turkey", "chad") is the country: in
# English before or after one ("turkey election", "turnout turkey"), in Spanish and Portuguese only after
# one, since a name never comes before the noun it modifies there ("quien gana elecciones" is a verb).
VOTE_NOUNS_EN = frozenset(
    "election elections electoral vote votes voting turnout runoff referendum result results ballot ballots "
    "parliament parliamentary presidential count".split()
)
VOTE_NOUNS = VOTE_NOUNS_EN | frozenset(
    "eleccion elecciones votacion balotaje referendo plebiscito eleicao eleicoes votacao "
    "scrutin presidentielle legislatives municipales resultats".split()
)

# Where a question names the contestant whose result it asks ("how did X do", "cuanto saco X", "quanto teve o
# X"): a name there is a person's or a party's, even one a province or city also goes by ("how did hidalgo do",
# "cuanto saco mendoza"). On the normalised question; `who` is one or two words (a trailing function word, "en",
# is no part of it).
_WHO = r"(?P<who>[a-z]+(?: [a-z]+)?)"
CONTESTANT_SLOTS = (
    rf"\bhow did (?:the )?{_WHO} do\b",
    rf"\b(?:how many votes|how much|what share|what percentage|what percent) did {_WHO} (?:get|take|receive|win)\b",
    rf"\bcuant[oa]s? (?:votos )?(?:saco|obtuvo|tuvo|consiguio|logro|saca|obtiene) (?:el |la )?{_WHO}",
    rf"\bcomo le fue a (?:el |la )?{_WHO}",
    rf"\bquant[oa]s? (?:votos )?(?:teve|obteve|recebeu|fez|conseguiu|tem) (?:o |a )?{_WHO}",
    rf"\bcomo (?:foi|se saiu) (?:o |a )?{_WHO}",
    rf"\bcombien (?:de voix )?(?:a fait|a obtenu|a eu|a recueilli|a recolte|fait|obtient) (?:le |la |les |l')?{_WHO}",
    rf"\bquel score (?:a fait|a obtenu|pour) (?:le |la |les |l')?{_WHO}",
)

# fmt: on


@lru_cache(maxsize=1)
def cue_words() -> frozenset[str]:
    """The single words of what a question asks, its round, its ordinals and its nouns of voting ("third",
    "runoff", "share", "election", "ganhou"): words a question says of the vote, never a name it asks about.
    (Offices are left out: a party may be called by one, "Congress".)"""
    cues = [w for _, words in (*ASKS, *ROUND) for w in words] + list(ORDINALS) + list(VOTE_NOUNS)
    return frozenset(t for cue in cues for t in re.findall(r"[^\W\d_]+", normalize(cue)))


@lru_cache(maxsize=1)
def patterns() -> dict[str, re.Pattern[str]]:
    """One compiled alternation per table entry, built once."""

    def alt(words: tuple[str, ...]) -> re.Pattern[str]:
        # an apostrophe is typed straight or curly ("l'avance", "l’avance")
        escaped = sorted({re.escape(normalize(w)).replace("'", "['’]") for w in words}, key=len, reverse=True)
        return re.compile(r"(?<![\w-])(?:" + "|".join(escaped) + r")(?![\w-])")

    out: dict[str, re.Pattern[str]] = {}
    for kind, words in ASKS:
        out[f"asks:{kind}"] = alt(words)
    for kind, words in ROUND:
        out[f"round:{kind}"] = alt(words)
    for kind, words in OFFICE:
        out[f"office:{kind}"] = alt(words)
    out["ordinal"] = alt(tuple(ORDINALS))
    out["month"] = alt(tuple(MONTHS))
    final = r"^(?!.*\b(?:" + "|".join(FINAL) + r")\b).*?"
    out["early"] = re.compile(alt(EARLY).pattern + "|" + final + alt(EARLY_NIGHT).pattern)
    out["refers"] = alt(FOLLOWUP_REFERS)
    return out


def first(kind: str, folded: str) -> str | None:
    """The first entry of a table (`asks`, `round`, `office`) whose cue occurs in the text."""
    tables = {"asks": ASKS, "round": ROUND, "office": OFFICE}[kind]
    compiled = patterns()
    for value, _ in tables:
        if compiled[f"{kind}:{value}"].search(folded):
            return value
    return None
