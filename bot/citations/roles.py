"""Wins, losses and concessions a text states, for whom, and whether negated; and whether a claimed role is
supported by the roles of the evidence."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.citations.binding import _clauses, _nearest_subject
from bot.citations.language import language_of
from bot.citations.limits import _CLOSE_TO_MAJORITY
from bot.citations.names import Name, _ids
from bot.citations.numbers import _WORDS_RE
from bot.citations.role_subjects import _joined_to, _joint_subject, _past_offices, _quoted_speaker
from bot.citations.rounds import ROUNDS, round_number, sentence_round
from bot.citations.text import fold_same

WIN = re.compile(
    r"\b(won|wins|win|winning|winner|beat|beats|beating|defeated|defeats|defeating|elected|re-?elected|"
    r"victory|victorious|president-elect|gano|gana|ganan|ganador|ganadora|triunfo|triunfa|vencio|vence|"
    r"derroto|electo|electa|elegido|elegida|reelegido|reelegida|reelecto|reelecta|victoria|venceu|ganhou|"
    r"ganha|vencedor|vencedora|derrotou|eleito|eleita|reeleito|reeleita|vitoria|triunfou|presidente electo|"
    r"presidente eleito|"
    # French (folded): "a remporté", "l'a emporté", "a gagné", "a été élue", "réélu", "victoire", "vainqueur",
    # "s'est imposé(e)"
    r"remporte|remportent|emporte|gagne|gagnent|elu|elue|reelu|reelue|victoire|vainqueur|s['’]est imposee?|"
    # a re-election proclaimed or confirmed (`_REELECTION`): "a proclamé la réélection de X"
    r"re-?election|reeleccion|reeleicao|"
    # paraphrases of winning, the same act in other words (folded): en, es, pt
    r"prevail(ed|s|ing)?|triumph(ed|s|ing)?|clinch(ed|es|ing)?|swept to (victory|power)|came out on top|"
    r"(retain(ed|s)?|kept|keeps|took|takes|claimed the) (the )?(presidency|premiership|mayoralty|governorship)|"
    r"(was|were|is|are) returned to (office|power)|(secured|earned|won) (a )?(second|third|fourth|new) term|"
    r"se impuso|se impone|se imponen|arraso|se quedo con (la )?(presidencia|alcaldia|gobernacion|jefatura)|"
    r"conquistou? (la |a )?(presidencia|alcaldia|gobernacion|prefeitura|reeleccion|reeleicao)|"
    r"(logro|consiguio|obtuvo|aseguro) (la |su )?(reeleccion|presidencia)|levou a melhor|vitorios[oa]s?|"
    r"se (re)?elegeu|(conseguiu|obteve|garantiu) (a |sua )?(reeleicao|presidencia)|"
    r"levou (a )?(presidencia|prefeitura)|"
    # managing to win, an infinitive after a verb of achieving: "logró ganar", "consiguió vencer", "conseguiu vencer"
    r"(logro|lograron|consiguio|consiguieron|logrou|lograram|conseguiu|conseguiram|pudo) "
    r"(ganar|vencer|ganhar|triunfar|imponerse|reelegirse|reelegerse|se reeleger)|"
    # a seat kept or taken is a seat won: "held the seat", "retuvo su escaño", "manteve a cadeira"
    r"(held|holds|retained|retains|kept|keeps|gained|gains|captured|took|flipped) (the |her |his |their |its )?seat|"
    r"(retuvo|conservo|mantuvo|gano) (el |su )?escano|(manteve|conservou|conquistou) (a |sua )?cadeira|"
    r"(conserve|garde|remporte|gagne) (le |son |sa )?siege)\b"
)
LOSS = re.compile(
    r"\b(lost|loses|lose|losing|defeated by|was defeated|were defeated|perdio|pierde|fue derrotad[oa]|perdeu|perde|"
    r"foi derrotad[oa]|perdu|(a|ont) ete battue?s?)\b"
)
_NOT_A_RACE = re.compile(
    r"\s+(all |every |toda |todo |todas |todos |much |mucha |muito |muita |parte de |part of )?"
    r"(its |their |his |her |the |some |su |sus |la |el |los |las |a |o |os |as |sua |seu |suas |seus ){0,2}"
    r"(absolute |outright |parliamentary |legislative |absoluta |parlamentaria |parlamentar )?"
    r"(majority|mayoria|maioria|majorite|seats?|escanos?|cadeiras?|bancas?|sieges?|ground|support|apoyo|apoio|terreno|"
    r"votes|votos|share|control|controle|control|representation|representacion|representacao|bancada|"
    r"deposit|deposito)\b"
)
_SEATS_WON = re.compile(
    rf"\s+((\d[\d.,]*|{_WORDS_RE})\s+|(some|about|nearly|over|unos|unas|cerca de|mais de|quase|fewer than|less than|"
    rf"more than|under|almost|just|only|menos de|mas de|apenas|solo) (\d[\d.,]*|{_WORDS_RE})\s+)"
    r"((more|fewer|extra|additional|mas|menos|mais)\s+)?"  # "won 31 more seats than"
    # "won 56 of the 120 seats", "81 of the Assembly's 96 elected seats"
    r"((of|de|dos|das) (the |los |las |os |as )?([\w'’]+['’]s )?\d[\d.,]*\s+)?"
    r"((directly )?(elected|contested|electos|elegidos|eleitos|disputados|parliamentary|legislative)\s+)?"
    r"(seats?|escanos?|cadeiras?|bancas?|curules|deputados|diputados|mandatos|lugares|assentos|councill?ors|"
    r"concejales|vereadores|regidores|procuradores|legisladores|sieges?|deputes|elus|mandats|conseillers)\b"
)
# A quantity of seats in words, won or lost: "won about three-fifths of the seats", "won more than twice as many seats
# as", "ganó la mitad de los escaños", "conquistou dois terços dos lugares". The words between the verb and the seats
# are all of the closed class of quantity words (numbers, fractions, comparison and hedge words, articles, "of"), one
# at least more than an article or "one" ("won the seat", "won a seat" are a seat won, a role).
_ARTICLE_WORD = r"(a|an|the|one|of|un|una|uno|la|el|los|las|de|del|um|uma|o|os|as|do|da|dos|das)"
_QUANTITY_WORD = (
    r"(two|three|four|five|half|third|thirds|quarter|quarters|fifth|fifths|twice|thrice|times|as|many|"
    r"more|fewer|less|than|over|under|about|nearly|almost|roughly|some|just|only|well|exactly|"
    r"dos|tres|cuatro|mitad|tercio|tercios|cuarto|cuartos|quinto|quintos|tercera|terceras|"
    r"cuarta|cuartas|quinta|quintas|parte|partes|doble|triple|veces|mas|menos|que|casi|cerca|unos|unas|"
    r"dois|duas|metade|terco|tercos|terca|tercas|quarto|quartos|quarta|quartas|dobro|triplo|"
    r"vezes|mais|quase|perto)"
)
_SEATS_IN_WORDS = re.compile(
    rf"\s+({_ARTICLE_WORD}[\s-]+)*{_QUANTITY_WORD}[\s-]+(({_QUANTITY_WORD}|{_ARTICLE_WORD})[\s-]+){{0,6}}"
    r"(seats?|escanos?|cadeiras?|bancas?|curules|deputados|diputados|mandatos|lugares|assentos)\b"
)
# A bare count after a loss word: "fell to 33 seats after losing 14", "perdió seis": ground lost, not the election
# ("lost 45% to 55%" is a share, a race lost).
_COUNT_LOST = re.compile(
    rf"\s+(\d[\d.,]*|{_WORDS_RE})\b(?!\s*(%|per ?cent|por ?ciento|por ?cento|points|puntos|pontos|-|to\b|a\b))"
)
# Points after a win word: "ganhou 0,03 ponto", "gained three points", "ganó dos puntos": a share gained, no election.
_POINTS_WON = re.compile(
    rf"\s+((about|some|nearly|almost|over|more than|cerca de|casi|quase|mais de|mas de|unos|uns)\s+)?"
    rf"(\d[\d.,]*|{_WORDS_RE})\s+(percentage\s+)?(points?|puntos?|pontos?)\b"
)
# Seats after a win word that describes them ("the 96 elected seats", "los escaños electos").
_ELECTED_SEATS = re.compile(
    r"\s+(seats?|escanos|cadeiras|lugares|mandatos|deputados|diputados|members|miembros|membros)\b"
)
# A share after "won" ("won more than a third of the vote", "won even 20%"): what was won is a share.
_SHARE_WON = re.compile(
    r"\s+((more than|over|even|so much as|at least|as much as|siquiera|sequer|nem|al menos|pelo menos|mas del?|"
    r"mais de|ni)\s+)*(el |la |o |a )?(\d|(a|one|un|una|um|uma) (third|quarter|fifth|tercio|cuarto|quinto|terco|"
    r"quarto)|half|la mitad|a metade)"
)
# A share below a bound after "won" ("Brandt won less than 45% of the valid vote", "ganó menos del 45 %"): what was won
# is a share, checked as a bound on the figure, not a win of the election (who came first is not said).
_SHARE_BELOW_WON = re.compile(
    r"\s+(less than|fewer than|under|just under|barely|menos del?|menos que|abaixo de|por debajo del?)\s+"
    r"(el |la |o |a |the )?\d"
)
# Conceding is its own act: a rival's win does not say the loser conceded ("não aceitou o resultado"); accepting the
# winner's victory is conceding ("accepted Lee's victory", "no aceptó la victoria de Lee").
CONCEDE = re.compile(
    r"\b(conced(ed|es|e|ing)|congratulat(ed|es|e|ing)|felicit\w*|parabeniz\w*|"
    r"(accept|acknowledg|recogni[sz])(ed|es|e|ing|s)? (the |his |her |their |its |[a-z-]+'s )?"
    r"(results?|outcome|defeat|loss|verdict|victory|win)|admit(ted|s)? defeat|"
    r"(acept|reconoc|reconoci|admit|asum)\w* (la |el |los |su |sus )?(derrotas?|resultados?|victoria|triunfo)|"
    r"(aceit|reconhec|admit|assum)\w* (a |o |os |as |sua |seu )?(derrotas?|resultados?|vitoria|triunfo)|"
    r"(reconn|admi|accept)\w* (sa |la |le |les |leur )?(defaites?|resultats?|victoire))\b"
)
# Seats enough to govern alone are a majority: "won enough seats to govern alone", "short of the 61 needed to govern
# alone", "escaños suficientes para gobernar en solitario", "lugares suficientes para governar sozinho".
_ALONE = (
    r"(needed |required |necesarios |necessarios |suficientes )?(to|para) (govern|rule|gobernar|governar) "
    r"(alone|on (its|their) own|by (itself|themselves)|en solitario|solos?|solas?|sozinh[oa]s?)"
)
_ENOUGH = (
    r"(won|win|wins|secured?|got|gets|obtained|has|had|gano|obtuvo|logro|consiguio|tiene|ganhou|obteve|conseguiu|"
    r"conquistou|tem|elegeu) (enough|sufficient|suficientes) (seats|escanos|cadeiras|lugares|deputados|diputados|"
    r"mandatos) |(won|secured|got|gano|obtuvo|logro|consiguio|ganhou|obteve|conseguiu|elegeu) (seats|escanos|cadeiras|"
    r"lugares|deputados|diputados|mandatos) (enough |suficientes )"
)
# A majority won, kept or lost: a claim of its own, never a win of the election ("won 40% and lost its majority";
# "no logró la mayoría absoluta").
MAJORITY_ROLE = re.compile(
    rf"\b({_ENOUGH}){_ALONE}\b|"
    r"\b(won|win|wins|winning|secured?|obtained|obtain|reached|reach|got|get|has|had|holds|held|kept|keep|"
    r"retained|retain|lost|lose|loses|losing|gano|gana|ganar|alcanzo|alcanzar|obtuvo|obtener|logro|lograr|"
    r"consiguio|conseguir|perdio|pierde|perder|retuvo|mantuvo|tiene|ganhou|ganhar|conquistou|obteve|obter|"
    r"alcancou|alcancar|conseguiu|perdeu|perde|manteve|garantiu|tem|obtenu|obtient|obtenir|remporte|conserve|"
    r"garde|perdu|atteint|atteindre|gagne|detient|"
    # the verbs of taking a prize: "a décroché la majorité absolue", "clinched a majority", "aseguró la mayoría"
    r"decroche|decrocher|arrache|rafle|conquis|clinched|clinch|captured|regained|aseguro|asegura|conquisto|"
    r"conquista|garantizo|obtiene|consigue|alcanza|logra|assegurou|recupero|recuperou|retrouve)\s+"
    r"((a|an|the|its|their|his|her|la|una|su|"
    r"sus|uma|sua|seu|sa|leur|une)\s+)?((outright|absolute|overall|clear|parliamentary|legislative|absoluta|parlamentaria|"
    r"parlamentar)\s+)?(majority|mayoria|maioria|majorite)\b"
    # winning outright is winning a majority: "did not win outright", "an outright victory"
    r"|\b(won|win|wins|winning)\s+((the|a|an) (\w+ )?(election|race|vote|presidency|contest|round) )?outright\b"
    r"|\boutright (win|victory|winner)\b"
    # a majority joined to a win: "won the first round with 39.1% and an outright majority", "con mayoría absoluta"
    r"|\b(and|with|con|com|y|e|et|avec) ((a|an|una|la|uma|a|une) )?((outright|absolute|overall|clear|absoluta) "
    r"(majority|mayoria|maioria)|(mayoria|maioria) absoluta|majorite absolue)\b"
)
# A small count in words or digits: how far from a majority ("se quedó a tres escaños de la mayoría").
_FEW = r"(\d+|un|una|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|um|duas|quatro|sete|oito|nove|dez)"
_COUNTED_SHORT = re.compile(rf"\ba {_FEW} ")
# Falling short of a majority is a majority not won: "fell short of a majority", "se quedó lejos de los 176 de la
# mayoría absoluta", "ficou aquém da maioria absoluta".
MAJORITY_SHORT = re.compile(
    r"\b((fell|falls|fall|falling|was|were|is|are|remained|stayed|came up|ended up|ended) "
    r"(well |far |just |\w+ seats )?short|(?<=, )((well|far|just|\w+ seats|\w+) )?short|"
    r"(se )?(quedo|quedaron|quedan|queda) (muy )?(lejos|corto|a las puertas|a "
    rf"{_FEW} \w+)|"
    rf"(ficou|ficaram|fica|ficam) (muito )?(longe|aquem|a {_FEW} \w+))\s+(de |da |do |of )?"
    r"((los|las|the|a|an|its|la|os|as)\s+)?(\d+\s+)?(\w+\s+)?(de (la )?|da |of (the |an |a )?|para (la |a )?|"
    r"(needed |required )?for (the |an |a )?)?(((absolute|outright|overall|absoluta)\s+)?(majority|mayoria|maioria)\b|"
    rf"{_ALONE}\b)"
)
_SEAT = re.compile(r"\b(seat|escano|cadeira)\b")
_SEAT_LOST = re.compile(
    r"\s+(his |her |their |its |su |sus |seu |sua |o seu |a sua )?(own |propio |propia |proprio |propria )?"
    r"(\w+ )?(seat|escano|cadeira|banca|curul)\b"
)
# "short" set off after a count ("won 88 seats, short of a majority"), never after a verb of its own ("X fell short of a
# majority" is a majority denied, checked as a role).
_BARE_SHORT = re.compile(
    r"((well|far|just|\w+ seats|(?!(fell|falls|fall|falling|was|were|is|are|remained|stayed|up|ended)\b)\w+) )?short\b"
)
# Calling something a victory is a judgement, not a win: "called the result a resounding victory for her movement".
_CALLED = re.compile(
    r"\b(called|calling|hailed|hailing|described|describing|dubbed|termed|calific\w*|llamo|chamou|classificou|"
    r"qualificou|considerou|considero)\b(\s+\S+){0,4}?\s+(as |como |de )?(an? |una? |uma? )?(\w+ )?$"
)
_LOST = re.compile(r"(lost|lose|loses|losing|perdio|pierde|perder|perdeu|perde)\b")
# Coming first, in the evidence, supports a win ("A AD ficou em primeiro lugar", "fue el más votado").
FIRST_PLACE = re.compile(
    r"\b(came first|finished first|placed first|topped the (poll|polls|vote|ballot)|was the most voted|"
    r"quedo en primer lugar|termino en primer lugar|fue el mas votado|fue la mas votada|ficou em primeiro lugar|"
    r"terminou em primeiro lugar|foi o mais votado|foi a mais votada|(est|etait) arrivee? en tete|"
    r"(est|etait) arrivee? (en )?premiere?)\b"
)
# Rejecting the result is a concession negated ("rejected the results", "rechazó el resultado").
REJECT = re.compile(
    r"\b(reject\w*|disput\w*|contest(ed|s|ing)?|challeng\w*|refus\w* to (accept|recogni[sz]e|concede)|rechaz\w*|"
    r"impugn\w*|desconoc\w*|se neg\w* a (aceptar|reconocer)|rejeit\w*|contestou|contesta|"
    r"recus\w* a (aceitar|reconhecer)|recusou-se a (aceitar|reconhecer)) (the |el |los |la |o |os |a |as |"
    r"seu |sua |su |sus )?(official |final |oficial |oficiales |oficiais )?(results?|outcome|resultados?|derrota)\b"
    # a rival's victory refused: "refused to recognise Ruano's victory", "se negó a reconocer el triunfo de X"
    r"|\b(refus\w* to (accept|recogni[sz]e|acknowledge)|se neg\w* a (aceptar|reconocer)|recus\w* a (aceitar|"
    r"reconhecer)|recusou-se a (aceitar|reconhecer)) (\w+['’]s? |the |his |her |la |el |a |o )?(victory|win|triumph|"
    r"victoria|triunfo|vitoria)\b"
    # taking the result to court: "took his challenge to the Supreme Court", "recurrió ante", "recorreu ao"
    r"|\b((took|taken|filed|lodged|brought) (his|her|their|a|an) (legal )?(challenge|appeal|case)|"
    r"challeng(ed|es|ing) (the )?(results?|outcome|count|vote)|recurrio (ante|al)|recorreu (ao|a|à))\b"
    # rejecting it, with a court named in the same clause: "Otieno rejected it and said he would challenge it in the
    # Supreme Court", "lo impugnará ante el Tribunal"
    # French: "a rejeté les résultats", "conteste la victoire", and the object pronoun before the verb ("l'opposition
    # les a rejetés")
    r"|\b(rejet\w*|contest\w*|refus\w* de reconnaitre) (les |le |la |l'|sa |leur )?(resultats?|verdict|victoire)\b"
    r"|\b(les|le|la|l') ?(a|ont|avait|avaient) (rejete|conteste)\w*"
    r"|\b(reject\w*|challeng\w*|contest\w*|dispute\w*|rechaz\w*|impugn\w*|rejeit\w*) (it|them|lo|la|los|o|os)\b"
    r"(?=[^.;]{0,80}\b(court|tribunal|corte|supremo|supreme|constitucional|constitutional)\b)"
)
# Negation words, read per language: "no" is "not" in English and Spanish, but Portuguese "no/na/nos/nas" are "in
# the" ("No segundo turno perdeu Salles"), and its "not" is "não". The other words mean "not" in any of the three.
_NEGATION_WORDS = (
    r"not|never|nao|nunca|nor|neither|ni|nem|none of \w+|ningun\w*|nenhum\w*|nobody|nadie|ninguem|"
    r"failed to|fail to|yet to|without|sin|sem|n't|refused to|refuses to|declined to|"
    r"declines to|se nego a|se niega a|se recusou a|se recusa a|recusou-se a|recusa-se a|"
    # French: "n'a pas", "ne l'a pas", "n'a jamais", "aucun", "sans"
    r"n['’]\w+ (pas|jamais|plus)|ne \w+ (pas|jamais|plus)|aucun\w*|sans"
)
# "no" before an ordinal and a round or a day ("no segundo turno", "no primeiro dia") is Portuguese "in the" even
# where the rest of the sentence does not tell the language: a Spanish or English "no" is never followed by one.
_NO = r"no(?!\s+(primeir\w*|segund\w*|terceir\w*|ultim\w*)\s+(turno|volta|dia|domingo|escrutinio)\b)"
NEGATION = re.compile(rf"\b({_NEGATION_WORDS}|{_NO})\s+(\w+\s+){{0,2}}$|n't\s+(\w+\s+)?$")
_NEGATION_PT = re.compile(rf"\b({_NEGATION_WORDS})\s+(\w+\s+){{0,2}}$|n't\s+(\w+\s+)?$")


def _portuguese(text: str, folded: str, pos: int) -> bool:
    """Whether the sentence holding pos is Portuguese, where "no/na/nos/nas" are "in the"."""
    end = text.find(". ", pos)
    return language_of(text[_sentence_start(folded, pos) : len(text) if end < 0 else end]) == "pt"


def negated_before(text: str, folded: str, a: int, pos: int) -> bool:
    """Whether a negation word of the sentence's language governs the verb at pos (within its clause from a)."""
    pattern = _NEGATION_PT if _portuguese(text, folded, pos) else NEGATION
    return bool(pattern.search(folded[max(a, pos - 30) : pos]))


# Leading a body is a role, not a lead in a count: "Alegre, who led the opposition coalition", "lidera el partido".
_LED_BODY = (
    r"(?! (the |a |an |his |her |its |their |la |el |a |o |os |las |los |su |sua |seu )?(opposition|party|parties|"
    r"coalition|alliance|campaign|country|nation|government|movement|list|ticket|protests?|bloc|front|delegation|"
    r"team|ministry|oposicion|oposicao|coalicion|coligacao|alianza|alianca|partido|campana|campanha|gobierno|governo|"
    r"movimiento|movimento|lista|frente|pais)\b)"
)
PROVISIONAL = re.compile(
    rf"\b(partial|preliminary|early|(led|leads|leading|lidera\w*){_LED_BODY}|poll|polls|survey|forecast|projected|"
    r"parcial\w*|preliminar\w*|adelante|encuesta\w*|pesquisa\w*|sondeo\w*|sondagem|"
    # ahead in a count, not ahead of a rival in a ranking ("second, ahead of Y with 9.2%" is a final placing)
    r"ahead(?! of)|a frente(?! de))\b"
)
DEFEAT = frozenset("beat beats beating defeated defeats defeating derroto derrotou vencio venceu".split())
_PASSIVE = re.compile(r"^\s+(by|por|pelo|pela)\b")


# A clause whose subject is nobody ("No candidate…", "No coalition…", "Ningún candidato…") negates its verbs.
_SUBJECTS = (
    "(candidate|one|party|contender|contestant|list|coalition|alliance|bloc|candidato|partido|coalicion|coligacao|"
    "alianza|alianca|lista)"
)
# French: "Aucun candidat…", "Aucune liste…", "Personne n'a…"
_SUBJECTS_FR = "(candidat|candidate|parti|liste|coalition|alliance)"
_NOBODY = re.compile(
    rf"\W*(no {_SUBJECTS}s?|nobody|none( of \w+)?|neither|"
    r"ningun\w*|nadie|nenhum\w*|ninguem|"
    rf"aucune? {_SUBJECTS_FR}s?|aucune?|personne)\b"
)
# …or a clause whose subject, just before its verb, is nobody: "…, por lo que ninguno alcanzó la mayoría".
_NOBODY_HERE = re.compile(
    rf"\b(no {_SUBJECTS}s?|nobody|neither|ninguno|ninguna|nadie|nenhum|nenhuma|ninguem|aucune? {_SUBJECTS_FR}|aucune?)"
    r"( (of|de|dos|das) (the |los |las |os |as )?\w+)?( \w+)?\s+$"
)
# A win that is only a condition ("the 50% needed to win", "suficiente para ganar") states no win.
_HYPOTHETICAL = re.compile(
    r"\b(needed|required|necessary|enough|in order|necesari[oa]s?|suficientes?|requerid[oa]s?|necessari[oa]s?|"
    r"precis[oa]s?|exigid[oa]s?) (to|para|a fin de)( \w+)?\s+$"
)


def _nobody(match: re.Match[str] | None, text: str, folded: str, offset: int = 0) -> bool:
    """Whether a subject that is nobody was found: a Portuguese "no partido…" is "in the party", not "no party"."""
    if match is None:
        return False
    at = offset + match.start()
    return not (re.match(r"\W*no\s", match.group()) and _portuguese(text, folded, at + len(match.group())))


_AS = re.compile(r"\b(as|como)\s+(the\s+|el\s+|la\s+|o\s+|a\s+)?(\w+\s+)?$")


def _sentence_start(folded: str, pos: int) -> int:
    return folded.rfind(". ", 0, pos) + 2 if folded.rfind(". ", 0, pos) >= 0 else 0


# Spanish and Portuguese put the subject after the verb ("…perdió Sergio Velarde", "perdeu o candidato X"); English
# does not ("lost Ashbury" is what was lost).
_INVERTING_LOSS = frozenset("perdio pierde perdeu perde".split())
_INVERTED_SUBJECT = re.compile(r"\s+((el|la|o|a) (candidat[oa]|president[ea]|aspirante|partido|lider) )?$")


def _loser_after(folded: str, m: re.Match[str], before: list[Name], after: list[Name]) -> bool:
    """Whether the name right after a loss verb is its subject: a Spanish or Portuguese verb with no name before it
    in its clause, followed at once by the name (or by "el candidato", "o presidente")."""
    return bool(
        m.group() in _INVERTING_LOSS
        and not before
        and after
        and _INVERTED_SUBJECT.fullmatch(folded, m.end(), after[0].start)
    )


def _named_between(people: list[Name], a: int, b: int) -> bool:
    """Whether a person is named between a and b (a subject of its own: "No candidate…, but Zeca won")."""
    return any(a <= n.start < b for n in people)


@dataclass
class Role:
    kind: str  # win | loss | concede
    who: str | None
    negated: bool
    words: frozenset[str] = frozenset()  # every word of the person's name as the text gives it
    round: int | None = None  # the round its clause names: 1 (first round), 2 (runoff), None (none named)
    seat: bool = False  # a seat held, won or lost ("held his seat", "lost his own seat of Ashbury")

    def of(self, who: str | None) -> bool:
        return who is not None and (who == self.who or who in self.words)


WIN_NOUNS = frozenset(
    """victory winner triunfo ganador ganadora victoria vencedor vencedora vitoria president-elect victoire vainqueur
    reelection re-election reeleccion reeleicao""".split()
)
# A re-election is a win only as a body declares it ("La CENI a proclamé la réélection de X", "the court confirmed
# X's re-election", "validó la reelección de X"), never as sought ("sought re-election", "buscaba la reelección").
_REELECTION = frozenset("reelection re-election reeleccion reeleicao".split())
_DECLARED_BEFORE = re.compile(
    r"\b(proclaimed|confirmed|validated|certified|ratified|announced|declared|proclam\w*|confirm\w*|valid\w*|"
    r"certifi\w*|ratifi\w*|anunci\w*|annonce\w*|declar\w*)\s+[^.;]{0,40}?((la|a|the|sa|su|sua)\s+)?$"
)


def roles_in(text: str, names: list[Name], generous: bool = False) -> list[Role]:
    """Wins and losses a text states, with the person (subject of the clause, or the agent after "by") and
    whether they are negated ("did not win", "no ganó", "não venceu")."""
    folded = fold_same(text)
    people = [n for n in names if not n.place]
    clauses = _clauses(folded)
    out: list[Role] = []
    majority = [m.span() for p in (MAJORITY_ROLE, MAJORITY_SHORT, _CLOSE_TO_MAJORITY) for m in p.finditer(folded)]
    taken = [m.span() for p in (LOSS, CONCEDE, REJECT) for m in p.finditer(folded)] + majority
    patterns = ((WIN, "win"), (LOSS, "loss"), (CONCEDE, "concede"), (REJECT, "concede"), (MAJORITY_ROLE, "majority"))
    patterns += ((MAJORITY_SHORT, "majority"), (_CLOSE_TO_MAJORITY, "majority"))
    if generous:  # in evidence, coming first is winning; a writer's "came first" is not checked as a win
        patterns += ((FIRST_PLACE, "win"),)
    for pattern, kind in patterns:
        for m in pattern.finditer(folded):
            if pattern is MAJORITY_SHORT and not generous and _COUNTED_SHORT.search(m.group()):
                continue  # a writer's "se quedó a tres escaños de la mayoría" is checked by its count (a shortfall)
            if pattern is MAJORITY_SHORT and not generous and _BARE_SHORT.match(m.group()):
                continue  # a writer's "won 88 seats, short of a majority" is checked by its count, not as a role
            if kind == "win" and any(x <= m.start() < y for x, y in taken):
                continue
            if kind == "loss" and any(x <= m.start() < y for x, y in majority):
                continue  # "lost its majority": a majority lost, not the election
            if kind == "loss" and (
                _NOT_A_RACE.match(folded, m.end())
                or _SEATS_WON.match(folded, m.end())
                or _SEATS_IN_WORDS.match(folded, m.end())
                or _COUNT_LOST.match(folded, m.end())
            ):
                continue  # "lost its majority", "perdió escaños", "lost two seats": ground lost, not the election
            if kind == "win" and not generous and _SHARE_BELOW_WON.match(folded, m.end()):
                continue  # "Brandt won less than 45% of the vote": a share claimed below a bound, not a win
            if m.group() in _REELECTION and not _DECLARED_BEFORE.search(folded[max(0, m.start() - 60) : m.start()]):
                continue  # "sought re-election": a re-election no body declared is none
            if kind == "win" and _POINTS_WON.match(folded, m.end()):
                continue  # "Kagame ganhou 0,03 ponto": a share gained (checked as a figure), not a win
            if kind == "win" and _ELECTED_SEATS.match(folded, m.end()):
                continue  # "81 of the 135 elected seats": "elected" describes the seats, nobody won
            if (
                kind == "win"
                and not generous
                and (_SEATS_WON.match(folded, m.end()) or _SEATS_IN_WORDS.match(folded, m.end()))
            ):
                continue  # "won 137 seats": a count claimed (and checked as a figure), not a win of the election
            if (
                kind == "win"
                and not generous
                and _SHARE_WON.match(folded, m.end())
                and _NOBODY.match(folded, _sentence_start(folded, m.start()))
            ):
                continue  # "Nobody won more than a third of the vote": a threshold nobody reached, checked as a figure
            if pattern is CONCEDE and any(x <= m.start() < y for x, y in (r.span() for r in REJECT.finditer(folded))):
                continue
            a, b = next(((x, y) for x, y in clauses if x <= m.start() < y + 1), (0, len(folded)))
            nobody = _nobody(_NOBODY.match(folded, _sentence_start(folded, m.start())), text, folded)
            nobody_here = _nobody(_NOBODY_HERE.search(folded[a : m.start()]), text, folded, a)
            if _HYPOTHETICAL.search(folded[max(0, m.start() - 30) : m.start()]):
                if kind == "win" and nobody:  # "no candidate reached the 50% needed to win": nobody won
                    out.append(Role("win", None, True))
                continue  # "the 50% needed to win" states no win
            window = folded[max(0, m.start() - 50) : m.start()]
            if kind == "win" and (
                _CLAIMED.search(window) or (m.group() in ("victory", "win") and _DECLARED_VICTORY.search(window))
            ):
                continue  # "had claimed victory", "se atribuyó la victoria": a claim of one's own, not a win
            if kind == "win" and m.group() in WIN_NOUNS and _CALLED.search(folded[max(0, m.start() - 60) : m.start()]):
                continue  # "called it a victory": a judgement of the result, not a win
            if kind == "win" and m.group() in WIN_NOUNS and _HAILED.search(folded[max(0, m.start() - 40) : m.start()]):
                later = [n for n in people if m.end() <= n.start < b]
                if generous and later:  # "congratulated the winner, Ndour": Ndour won
                    out.append(Role("win", later[0].words[-1], negated_before(text, folded, a, m.start())))
                continue  # "Ba congratulated the winner": the winner is another, never the one who congratulates
            flips = pattern in (REJECT, MAJORITY_SHORT) or (kind == "majority" and bool(_LOST.match(m.group())))
            negated = negated_before(text, folded, a, m.start()) != flips
            negated = negated or (nobody and not _named_between(people, a, m.start())) or nobody_here
            # coming close to a majority, or not, is not winning one: "X came close to a majority", "No candidate came
            # close to a majority", "X did not come close to a majority" all deny it
            negated = negated or pattern is _CLOSE_TO_MAJORITY
            before = [n for n in people if a <= n.start and n.end <= m.start()]
            while len(before) > 1 and re.fullmatch(r"['’]s?\s+", text[before[0].end - 2 : before[1].start]):
                before = before[1:]  # "Labour's Mary Holt held the seat": Holt, of Labour
            before = _past_offices(before, folded)  # "Economy minister Sergio Velarde conceded": Velarde
            if kind == "concede":  # "X called Neves to concede", "a appelé Neves pour reconnaître…": X concedes
                before = [n for n in before if not _PHONED.search(folded[max(0, n.start - 30) : n.start])]
            after = [n for n in people if m.end() <= n.start < b]
            role_kind = kind
            if _PASSIVE.match(folded[m.end() :]):  # "defeated by X": X won
                role_kind = "win" if m.group() in ("defeated", "derroto", "derrotou") else kind
                who = after[0].words[-1] if after else None
                if m.group() in ("defeated", "derrotou", "derroto"):
                    out.append(Role("win", who, negated))
                    if before:
                        out.append(Role("loss", before[0].words[-1], negated))
                    continue
            if m.group() in DEFEAT or kind == "concede":
                # "X beat Y", "X congratulated Y", "conceded to Y", "took his challenge to the Court": the subject
                # won or conceded, never the object
                after = []
            elif kind == "loss" and not _loser_after(folded, m, before, after):
                after = []  # "lost to X", "lost his seat of X", "perdió ante X": not X's loss
            if generous and m.group() in WIN_NOUNS and after:  # "dio la victoria a Paz", "the winner was Paz"
                out.append(Role(role_kind, after[0].words[-1], negated))
            who = before[0].words[-1] if before else (after[0].words[-1] if after else None)
            if kind == "win" and after and _ELECTS.search(folded[max(0, m.start() - 20) : after[0].start]):
                who = after[0].words[-1]  # "the National Assembly elected Geerlings-Simons": the one elected won
            if (
                m.group() in WIN_NOUNS
                and before
                and (_AS.search(folded[: m.start()]) or re.fullmatch(r"['’]s? ", text[before[-1].end - 2 : m.start()]))
            ):  # "the Council confirmed Ndour as the winner", "…confirmed Ndour's victory": Ndour, not the Council
                who = before[-1].words[-1]
            elif m.group() in WIN_NOUNS and (
                (
                    len(before) > 1
                    and re.fullmatch(r"\s*(the|el|la|o|a)\s+(\w+\s+)?", folded[before[-1].end : m.start()])
                )
                or (
                    before
                    and not folded[before[-1].end : m.start()].strip()
                    and _DECLARED.search(folded[max(0, before[-1].start - 40) : before[-1].start])
                )
            ):  # "the Commission declared Suryadi the winner", "proclamó a Paz el ganador", "declarou X vencedor": X
                who = before[-1].words[-1]
            elif (
                before
                and _ELECTED.fullmatch(m.group())
                and re.fullmatch(r"\s*(\w+ly\s+|debidamente\s+|devidamente\s+)?", folded[before[-1].end : m.start()])
                and _DECLARED.search(folded[max(0, before[-1].start - 40) : before[-1].start])
            ):  # "the Commission declared Adama Njie duly elected", "proclamó electo a…": Njie, not the declarer
                who = before[-1].words[-1]
            elif (
                before
                and (
                    (
                        m.group() in ("president-elect", "presidente electo", "presidente eleito")
                        and re.fullmatch(r"\s*((the|el|la|o|a)\s+)?", folded[before[-1].end : m.start()])
                    )
                    or (
                        _ELECTED.fullmatch(m.group())
                        and re.fullmatch(r"\s*president[ea]?\s+", folded[before[-1].end : m.start()])
                    )
                )
                and _DECLARED.search(folded[max(0, before[-1].start - 40) : before[-1].start])
            ):  # "The JNE proclaimed Salazar president-elect", "proclamó a Ocampo presidente electo": the one declared
                # (the office only: "winner", "victory" after a declared name keep the branches above)
                who = before[-1].words[-1]
            if who is None:  # a clause of its own ("…, winning 58%"): the subject of the nearest clause that
                begin = folded.rfind(". ", 0, m.start()) + 1  # opens with one ("…, and Roldán, who did not concede"),
                subject = [n for n in people if begin <= n.start < m.start()] or [  # else of its sentence
                    n for n in people if n.start < m.start()
                ]
                named = any(begin <= n.start < m.start() for n in people)
                if generous and not negated and not nobody and not named and _unnamed_noun(folded, begin, m):
                    continue  # "The law sets a 45% bar for a first-round win": a win of nobody the sentence names
                subject = _past_offices(subject, folded)
                k = next((i for i, (x, y) in enumerate(clauses) if x <= m.start() < y + 1), len(clauses) - 1)
                opening = _nearest_subject(text, folded, clauses, k, subject)
                who = opening.words[-1] if opening else (subject[0].words[-1] if subject else None)
                anchor = opening or (subject[0] if subject else None)
                partner = _joined_to(folded, people, anchor) if anchor and kind != "concede" else None
                if partner is not None and m.start() > partner.end:  # "X and its partner Y won…, short of…"
                    out.append(
                        Role(role_kind, partner.words[-1], negated, round=_round_of(folded, m.start(), m.end(), (a, b)))
                    )
            if nobody_here or (nobody and not _named_between(people, _sentence_start(folded, m.start()), m.start())):
                who = None  # "No party won a majority in the National Assembly": nobody, not the Assembly
                if kind == "majority" and negated and generous:
                    out.append(Role("win", None, True))  # nobody won outright
            if kind == "concede" and (speaker := _quoted_speaker(text, people, m.start())) is not None:
                who = speaker.words[-1]  # '"I congratulate him and wish him success," Ba said': Ba conceded
            out.append(Role(role_kind, who, negated, round=_round_of(folded, m.start(), m.end(), (a, b))))
            out[-1].seat = bool(_SEAT.search(m.group()) or (kind == "loss" and _SEAT_LOST.match(folded, m.end())))
            partner = _joint_subject(folded, people, clauses, a, before, m.start())
            if partner is not None and role_kind != "concede" and m.group() not in WIN_NOUNS:
                out.append(Role(role_kind, partner.words[-1], negated, round=out[-1].round))
    full = {n.words[-1]: frozenset(_ids(n)) for n in people}
    for role in out:
        role.words = full.get(role.who or "", frozenset())
    return out


# A winner hailed or conceded to ("congratulated the winner", "felicitó al ganador", "parabenizou o vencedor",
# "conceded victory"): the win is another's than the subject's.
_HAILED = re.compile(
    r"\b(conced\w*|congratulat\w*|felicit\w*|parabeniz\w*|saluted|hailed|cumpriment\w*)"
    r"\s+((the|el|la|al|o|a|ao|his|her|their|su|seu|sua)\s+)?(\w+\s+)?$"
)
# Calling the one conceded to: "called Neves", "llamó a", "telefonou ao", "ligou para", "a appelé", "a téléphoné à".
_PHONED = re.compile(
    r"\b(called|phoned|telephoned|rang|llamo|telefoneo|telefonou|telefonaram|ligou|ligaram|appele|telephone)\s+"
    r"(a |al |ao |para |para o |para a |to )?$"
)
# Claiming a victory is no win: "had claimed victory", "declared an early victory", "se había atribuido la victoria",
# "se proclamó ganador", "se había declarado ganador", "reivindicou a vitória", "autoproclamou-se vencedor", "s'est
# proclamé vainqueur".
_CLAIMED = re.compile(
    r"\b((claim\w*|reivindic\w*|reclam\w*|cant(o|ou|aron|aram))\s+((an?|the|la|el|una?|uma?|a|o|su|sua|seu|his|her|"
    r"their) )?|se (habia |han |ha |tinha )?(atribui\w*|atribuy\w*|adjudic\w*)\s+((la|el|a|o) )?|"
    r"(se (habia |habian |ha |han |tinha |tinham |havia )?(proclamo|proclamaron|declaro|declararon|declarou|proclamou|"
    r"proclamado|declarado)|autoproclam\w*(-se)?|(declarou|proclamou)-se|"
    # French: "s'est proclamé vainqueur", "s'était déclaré élu"
    r"s'(est|etait|etaient|sont) (proclame|declare)e?s?)\s+(como |comme )?)((early|outright|premature|anticipada|"
    r"antecipada) )?$"
)
# "declared (an early) victory" is claimed too; "was declared the winner", "declared Ruto the winner" are not.
_DECLARED_VICTORY = re.compile(
    r"(?<!was )(?<!were )(?<!been )(?<!be )\bdeclar(ed|es|e|ing) (an? )?((early|premature) )?$"
)
# A win word read as a noun ("a first-round win", "la victoria"): named by nobody in its sentence, it is nobody's win.
_NOUN_BEFORE = re.compile(r"\b(a|an|the|its|un|una|la|el|um|uma|o|a|su|sua)\s+([\w-]+\s+)?$")


def _unnamed_noun(folded: str, begin: int, m: re.Match[str]) -> bool:
    """Whether a win word is a noun ("a first-round win", "la victoria"): in a sentence naming nobody before it, it
    binds to no earlier sentence's subject (a verb, "Ganó con el 56 %", still does)."""
    if m.group() in WIN_NOUNS:
        return True
    return m.group() in ("win", "wins") and bool(_NOUN_BEFORE.search(folded[max(begin, m.start() - 30) : m.start()]))


# Declaring someone elected: the one declared won, not the one declaring ("The Commission declared X duly elected").
# An active "elected" with the person elected right after it: "the Assembly elected X", "voters re-elected X" (never
# "was elected", "X elected to the Senate").
_ELECTS = re.compile(r"(?<!was )(?<!were )(?<!been )(?<!be )(?<!is )(?<!are )\b(re-?)?elected\s+$")
_ELECTED = re.compile(r"(re-?)?elected|(re)?electo|(re)?electa|(re)?elegid[oa]|(re)?eleit[oa]")
_DECLARED = re.compile(
    r"\b(declared|declares|declare|proclaimed|proclaims|confirmed|confirms|declaro|proclamo|confirmo|declarou|"
    r"proclamou|confirmou|proclame|confirme)\s+(a\s+|o\s+)?$"
)


# Rounds, bound clause by clause: "won in the first round" is no runoff win, "ganó la segunda ronda" no first-round
# win. A word of a round after the verb in its clause comes first ("won the runoff after a first round…").
def _round_of(folded: str, start: int, end: int, clause: tuple[int, int]) -> int | None:
    """The round the clause of a verb at start..end names, after the verb first, then before it."""
    a, b = clause
    for m in (*ROUNDS.finditer(folded, end, max(end, b)), *reversed(list(ROUNDS.finditer(folded, a, start)))):
        return round_number(folded, m, a)
    return sentence_round(folded, start)  # "In the first round, none of the eight won a majority"
