"""What a figure is about when it is not a vote share or count: turnout, abstention, counting progress or a poll's
margin of error, read from the words of its clause nearest to it ("58% on a turnout of 85%": the turnout is the 85%)."""

from __future__ import annotations

import re

from bot.citations.dates import _MONTH_RE
from bot.citations.numbers import _SHARE

TURNOUT = re.compile(
    r"\b(turnout|participation|participacion|participacao|comparecimento|comparecencia|registered voters|"
    r"voters registered|"
    r"eligible voters|del padron|do eleitorado|of the electorate|del electorado|de los inscritos|took part|voto el|"
    r"turned out|went to the polls|del censo|do censo|del censo electoral|dos eleitores inscritos|"
    r"acudieron a las urnas|acudio a las urnas|compareceram|compareceu|foram as urnas|foi as urnas|"
    r"electores habilitados|eleitores aptos|afluencia|concurrencia a las urnas|asistencia a las urnas|inscritos|"
    r"acudio a votar|acudieron a votar|fueron a votar|fue a votar|foram votar|foi votar|"
    # the electorate called to vote: "16 millones de ciudadanos estaban llamados a las urnas", "16 millions d'électeurs
    # étaient convoqués", "chamados às urnas", "called to the polls", "eligible to vote" ("a las urnas" is no count)
    r"(llamad|convocad|chamad)[oa]s (a|para|as) (las |os )?(urnas|votar)|convoques|appeles (aux urnes|a voter)|"
    r"inscrits|called (to the polls|to vote)|"
    # French: "ont participé", "se sont rendus aux urnes", "a voté" ending its clause (not the English "a vote on")
    r"ont participe|a participe|se sont rendus aux urnes|s'est rendu aux urnes|se sont deplaces|s'est deplace|"
    r"a vote(?=\s*([.,;:]|$)))\b"
    # voting as an act, not a choice: "59.7% of voters cast ballots", "votaram 75%" (never "voted for X"); the
    # nouns take any preposition ("a participação na eleição")
    r"|\b(cast (their |a )?ballots?|casting (their |a )?ballots?|voted|voting|votaron|votaram|votou|ont vote)\b"
    r"(?! (for|por|para|em|a favor|in favou?r|pour)\b)"
    # nor voting an option, the closed class of yes and no ("52,6% votaram Sim", "38% voted No"; a Portuguese "no"
    # only with nothing after it, else it is "in the")
    r"(?! (yes|si|sim|nao|oui|non)\b)(?! no\s*($|[.,;:)]| and\b| y\b| e\b| et\b))"
    # Portuguese "no/na" is "for" before a name ("votaram no Zeca"), "in" before a round or a day ("votaram no
    # segundo turno")
    r"(?! (no|na) (?!(primeiro|segundo|primeira|segunda|domingo|sabado|dia|pleito|referendo|plebiscito|consulta|"
    r"eleicao|votacao|ultimo|ultima)\b))"
    # the participle after "had" ("había votado el 47,33 %", "tinha votado 75%"), never "the most voted" candidate
    r"|\b(habia|habian|tinha|tinham|havia|haviam|ha|han) votado\b(?! (for|por|para|em|no|na|a favor)\b)"
    # Spanish "votó" folds to the noun "voto": a verb only opening its clause ("Votó algo más de la mitad…")
    r"|(^|[.;:,—–]\s*)voto\b(?! (de|del|por|para|a favor|en blanco|nulo|valido)\b)"
)


# Abstention is the complement of turnout, a topic of its own: "abstention reached 43%" is no turnout of 43%.
ABSTENTION = re.compile(
    r"\b(abstention|abstentions|abstencion|abstencao|abstencoes|stayed (at )?home|stayed away|abstained|abstain|"
    r"se abstuvo|se abstuvieron|se abstiveram|se absteve|abstiveram-se|absteve-se|deixaram de votar|"
    # not voting is abstaining: "20,59% dos eleitores não votaram", "did not vote", "no acudieron a las urnas"; the
    # English verb only after an English negation ("the No vote" of a referendum is an option's share)
    r"(did not|didn't|failed to|chose not to|never) (vote|voted|turn out|turned out|cast (a |their )?ballots?|"
    r"go to the polls|went to the polls)|"
    r"(no|nao) (votaron|votaram|votou|voto|acudieron|acudio|compareceram|compareceu|foram as urnas|fueron a votar|"
    r"foram votar|fueron a las urnas|participaron|participaram|"
    # the singular after a collective ("um terço do eleitorado não foi votar", "no fue a votar")
    r"foi votar|foi as urnas|fue a votar|fue a las urnas|participou|participo))\b"
)


# Counting progress: a word of counting, or a share or count of the units votes are counted in ("99.6% of polling
# places", "60% of results", "155 of 156 constituencies in", "el 98 % de las mesas", "95% das seções"): nobody wins a
# polling place.
_POLLING_UNITS = (
    r"polling (stations|places|booths|units)|precincts|tally sheets|counting centres|counting centers|"
    r"(electoral )?(constituencies|districts|wards)(?= (in|declared|reporting)\b)|"
    r"mesas|secciones|casillas|colegios electorales|secoes|seccoes|secoes eleitorais|assembleias de voto|"
    r"bureaux de vote|bureaux"
)
# A count of the units votes are counted in, right after its number ("1.631 distritos", "2,047 polling stations").
_COUNTING_UNITS = re.compile(
    rf"\s+(({_POLLING_UNITS})|distritos|districts|constituencies|circunscripciones|circunscricoes|circonscriptions)\b"
)
COUNTED = re.compile(
    r"\b(counted|tallied|processed|reporting|escrutad\w*|contabilizad\w*|computad\w*|apurad\w*|totalizad\w*|"
    r"depouill\w*|comptabilise\w*|"
    r"scrutini[sz]ed|of (the )?(ballots|polling stations|precincts|tally sheets) (counted|in)|actas|urnas|"
    # a part of the results, not of the vote: "on 60 percent of results", "a partir del 60 % de los resultados"
    rf"(of|de|dos|das|des|de las|de los)( the| las| los| as| os)?( [\d.,]+)? ({_POLLING_UNITS})|"
    r"(constituencies|districts|wards|precincts|polling (stations|places)) (in(?= *[,;.]|$)|declared|reporting))\b"
    # a part of the results, not of the vote: "on 60 percent of results", "a partir del 60 % de los resultados"
    r"|(%|\bpercent|\bper cent|\bpor ciento|\bpor cento|\bpour cent) (of|de|del|dos|das|des|de los)"
    r"( the| los| os| les)? (results|resultados|resultats)\b"
)


# A poll's or projection's margin of error: nobody's lead ("put him on 54.6 percent, with a margin of error of 2.1
# points" is no margin of 2.1 points over anyone).
ERROR = re.compile(r"\b(margin of error|margins of error|margen de error|margem de erro|marge d'erreur)\b")


# What opens a figure that goes on the clause before the comma: a bare preposition ("…, de 20,6%"), or where a change
# ended ("La participación subió ligeramente respecto de 2019, hasta el 66,59 %", "…, to 61%").
_OPENS = (
    r"de|del|of|at|en|em|com|with|do|da|a|el|o|la|hasta( el| la)?|ate( os| as| o| a| aos)?|up to|to|para( os| o| a)?|"
    r"al|"
    # a participle of estimating: "Turnout, put at 27.7% on election night, …", "La participación, estimada en el 60 %"
    r"(put|estimated|set|given|reported|projected|announced) at|"
    r"(estimad[ao]|cifrad[ao]|calculad[ao]|situad[ao]|anunciad[ao]) en( el| la)?|"
    r"(estimad[ao]|calculad[ao]|fixad[ao]|situad[ao]|anunciad[ao]) em|(estimee?|evaluee?|chiffree?|annoncee?) a"
)


# An approximation and its article between a preposition and the figure: "de casi el", "of about", "de quase".
_ABOUT = (
    r"(casi|cerca de|alrededor de|unos|unas|about|around|nearly|almost|roughly|some|quase|cerca de|perto de|"
    r"por volta de)(\W+(el|la|los|las|o|a|os|as|the))?"
)


# ("as" opens a clause of its own only before a topic that is its subject: "won with just over 50% as turnout rose to
# 58.09%", never "as high as")
_CLAUSE_BREAK = re.compile(
    r";|\.(?!\d)|,\s|\b(?:and|y|e|et|while|mientras|enquanto|tandis que|against|contra)\b"
    r"|\b(?:as|when|cuando|quando)\b(?=\s+(?:the\s+|la\s+|a\s+)?(?:turnout|participation|participacion|participacao|"
    r"abstention|abstencion|abstencao|comparecimento)\b)"
)


# A rate's subject opening its clause, however long, and the verb that gives its value right before the figure:
# "Turnout in the second round of the presidential election held on Sunday was 45.2%", "La participación en la segunda
# vuelta de las elecciones celebradas el domingo se situó en el 45,2 %", "Le taux de participation … a été de 28,8 %".
_RATE_SUBJECT = re.compile(
    r"\s*((the|la|el|a|o|le|l')\s*)?(overall |final |official |national )?(taux de )?"
    r"(?P<noun>turnout|participation|participacion|participacao|comparecimento|afluencia|abstention|abstencion|"
    r"abstencao)\b"
)
_RATE_VERB = re.compile(
    r"\b(was|is|were|stood at|reached|hit|came to|came in at|ended at|settled at|rose to|fell to|climbed to|"
    r"dropped to|fue( del?)?|se situo en|alcanzo|llego al?|subio al?|bajo al?|cayo al?|quedo en|rondo|"
    r"foi( de)?|ficou em|atingiu|chegou aos?|subiu para|caiu para|desceu para|fixou-se em|rondou|"
    r"a ete de|etait de|est de|s'est etablie? a|a atteint|a grimpe a|a chute a|"
    # revised: "was revised to", "fue elevada al", "foi revista para", "a été portée à"
    r"was (revised|raised|lowered|put) to|fue (elevad[oa]|revisad[oa]|corregid[oa]) al?|"
    r"foi (elevad[oa]|revist[oa]|corrigid[oa]) para|a ete (portee?|revue?|relevee?|corrigee?) a)"
    rf"\s+((the|el|la|o|a|os|as|les?)\s+)?({_ABOUT}\s+)?$"
)
# A date in the subject is no other figure: "du dimanche 6 octobre 2024", "of 9 October".
_DATE_FIGURE = re.compile(rf"(?<![\w.,])((19|20)\d\d|\d{{1,2}}(?=\s+(de\s+)?({_MONTH_RE})\b))(?![\w.,])")


def _topic(folded: str, start: int, end: int) -> str | None:
    """Turnout, abstention or counting progress when such a word sits in the figure's clause, near it."""
    window = folded[max(0, start - 60) : start]
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(window)]
    left = window[breaks[-1] :] if breaks else window
    if breaks and re.fullmatch(rf"\W*({_OPENS})?\W*({_ABOUT}\W*)?", left):
        # "…, e a abstenção, de 20,6%", "A abstenção, de 47,65%, foi…": the verb left out, the topic said before
        # (an approximation between changes nothing: "La abstención, de casi el 21 %, fue…"), nor does the end point
        # of a change ("subió ligeramente respecto de 2019, hasta el 66,59 %")
        left = window[breaks[-2] :] if len(breaks) > 1 else window
    right = _CLAUSE_BREAK.split(folded[end : end + 60])[0]
    for pattern, topic in ((ABSTENTION, "abstention"), (TURNOUT, "turnout"), (COUNTED, "counted"), (ERROR, "error")):
        for m in pattern.finditer(left):
            at = start - len(left) + m.start()
            if _nearest_figure(folded, at, at + len(m.group()), start, end, (start - len(left), end + len(right))):
                return topic
        for m in pattern.finditer(right):
            at = end + m.start()
            if _nearest_figure(folded, at, at + len(m.group()), start, end, (start - len(left), end + len(right))):
                return topic
    return _rate_subject(folded, start) if len(left) == len(window) or _RATE_VERB.fullmatch(left) else None


def _rate_subject(folded: str, start: int) -> str | None:
    """Turnout or abstention when the figure's clause, past the near window, opens with that rate as its subject and a
    verb giving its value stands right before the figure, no other figure between."""
    wide = folded[max(0, start - 200) : start]
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(wide)] + [m.end() for m in re.finditer(":", wide)]
    breaks.sort()
    clause = wide[breaks[-1] :] if breaks else wide
    subject = _RATE_SUBJECT.match(clause)
    if not subject and len(breaks) > 1 and _RATE_VERB.fullmatch(clause):
        # the subject set off before an apposition, the verb after it: "La participation, annoncée à 16 % au
        # lendemain du scrutin, a été portée à 56,44 %", "Turnout, put at 16% on the night, was revised to 56.4%"
        subject = _RATE_SUBJECT.fullmatch(wide, breaks[-3] if len(breaks) > 2 else 0, breaks[-2] - 2)
        return None if subject is None else "abstention" if subject.group("noun").startswith("absten") else "turnout"
    if not (subject and _RATE_VERB.search(clause)):
        return None
    if any(not _DATE_FIGURE.match(clause, m.start()) for m in _ANY_FIGURE.finditer(clause, subject.end())):
        return None
    return "abstention" if subject.group("noun").startswith("absten") else "turnout"


_ANY_FIGURE = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*")


# A fraction or ratio of people followed by "of (the)": what comes after is the whole it is a part of.
_FRACTION_OF = re.compile(
    r"\b(half|thirds?|quarters?|fifths?|tenths?|in (two|three|four|five|ten)|de cada \w+|em cada \w+|mitad|metade|"
    r"tercios?|tercos?|cuartos?|quartos?|quintos?)\s+(of the|of|de los|de las|dos|das|de|del|da|do)\s+$"
)


def _nearest_figure(folded: str, a: int, b: int, start: int, end: int, clause: tuple[int, int]) -> bool:
    """Whether the topic word at a..b is nearer this figure than any other figure of its clause ("58% on a
    turnout of 85%": the turnout is the 85%)."""
    mine = start - b if start >= b else a - end
    for m in _ANY_FIGURE.finditer(folded, max(0, clause[0]), clause[1]):
        if m.start() == start:
            continue
        if re.search(
            r"%\s*(of|de|del|dos|das)\s+(the\s+|los\s+|las\s+|os\s+|as\s+)?$",
            folded[max(0, m.start() - 20) : m.start()],
        ):
            continue  # "61% of the 4 million registered voters": the whole a share is of is not what the word is about
        if re.search(
            r"\d\s*((million|millions|millones|millon|milhoes|milhao|thousand|mil)\s+)?"
            r"(out of|of the|of|de los|de las|dos|das|sobre)\s+$",
            folded[max(0, m.start() - 24) : m.start()],
        ):
            continue  # "2.940.677 dos 9.322.761 eleitores não compareceram", "9.8 million of the 15.2 million eligible
            # voters cast a ballot": nor the whole a count is of
        if _FRACTION_OF.search(folded[max(0, m.start() - 30) : m.start()]):
            continue  # "three in five of the 1.9 million people on the register voted": nor the whole a fraction is of
        if (
            _is_share(folded, start, end)
            and not _is_share(folded, m.start(), m.end())
            and not _COUNTING_UNITS.match(folded, m.end())
        ):
            continue  # "Turnout among the 1,449,886 registered voters stood at 76.86%": a rate, not the electorate
            # (but "liderava com 31,2% quando estavam apurados 1.631 distritos": the units counted are nearer)
        other = m.start() - b if m.start() >= b else a - m.end()
        if 0 <= other < mine:
            return False
    return True


def _is_share(folded: str, start: int, end: int) -> bool:
    return bool(re.match(r"(?:[.,]\d+)*" + _SHARE, folded[end : end + 16]))  # a clause may cut "63.2%" at "63"
