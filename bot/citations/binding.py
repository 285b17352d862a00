"""Binding each share or count of a sentence to the contestant it is stated for, clause by clause: the nearest
subject of its clause, a rival named "against"/"frente a", a pair "X and Y took 52% and 48%" (each name its figure in
order, also after a short lead: "X and Y, who took 24.95% and 16.47%"), a margin trailed by.
Names themselves are found by `bot.citations.names`."""

from __future__ import annotations

import re
from itertools import pairwise

from bot.citations.figures import Figure
from bot.citations.names import MEMBERS, Name, _ids
from bot.citations.numbers import _WORDS_RE
from bot.citations.placing import _AGAINST_BETWEEN, _compared, _placed, _placed_against
from bot.citations.rivals import (
    _RIVALS_OWN,
    _SCORE_PAIR,
    _TRAILS,
    _between,
    _object_of_defeat,
    _rival,
    _sentence_before,
)
from bot.citations.saying import SAYS
from bot.citations.text import fold_same
from retrieval.extraction import words as W
from retrieval.extraction.text import alternation, phrases

_BOUNDARY = re.compile(
    r";|\.\s|,\s|\s[-–—]\s|\b(against|while|whereas|but|versus|vs|compared with|ahead of|behind|followed by|mientras|"
    r"frente al|frente a|contra|pero|seguido de|seguido por|enquanto|mas|seguido|and|y|e|to(?= \S+'s\b| \d)|"
    # a concessive or causal clause has its own subject ("El PRC y Geroa empataron…, aunque el PRC fue la fuerza
    # más votada con el 35,22 %"): its figure is not the first clause's
    r"although|though|aunque|embora|pese a|apesar de|despite|because|porque|"
    # French: "et", "contre", "face à", "devant", "derrière", "suivi de", "tandis que", "alors que", "bien que"
    r"et|contre|face a|devant|derriere|suivi de|suivi par|tandis que|alors que|bien que|parce que)\b"
)
_FOR = frozenset("for para por to de do da a pour".split())


def _clauses(folded: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _BOUNDARY.finditer(folded):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(folded)))
    return spans


_AFFILIATION = re.compile(r",?\s+(of|from|de|del|do|da|du|des)\s+(the |el |la |o |a |le |l')?")


# A description set off after a person, naming a party or a body inside it: "Gallagher, the Clann Nua candidate,
# trailed with 29.5%", "Ruiz, a former minister of the Blue Party, took…": the person holds the figure.
_DESCRIPTION = re.compile(r",\s+(the|a|an|el|la|un|una|o|um|uma|le|une|l')\s*([a-záéíóúâêôãõçñèàù-]+\s+){0,4}")


def _for_other(folded: str, fig: Figure, figures: list[Figure], name: Name) -> bool:
    """The name comes after a later figure and is that figure's by "for/para" ("She received 561,000 votes against
    251,216 for Bo Yun"): Yun holds 251,216, never the earlier 561,000."""
    return _word_before(folded, name) in _FOR and any(
        g is not fig and fig.end <= g.start and g.end <= name.start for g in figures
    )


_JOINED = re.compile(r"\s+(and|y|e|et)\s+")

# Titles and descriptions between "for/para" and a name ("for former prime minister Daniel Otieno", "para el
# expresidente X"): the preposition still gives the figure to the name.
_TITLES = frozenset(
    """the a an el la o former ex prime deputy vice opposition incumbent veteran minister president presidente
    presidenta
    leader candidate candidato candidata lider expresidente expresidenta ex-presidente ex-presidenta exministro
    exministra ministro ministra primer primeiro primeira opositor opositora veterano veterana governor gobernador
    governador senator senador senadora mayor alcalde alcaldesa prefeito prefeita sitting outgoing saliente
    cessante interim interino interina le l' ancien ancienne depute deputee premier premiere candidat candidate
    sortant sortante maire senateur gouverneur chef""".split()
)


# What may stand between a figure and the "for X" that gives it to X: other forms of the figure
# ("6,942,247, or 48.85%,").
_FIGURE_FORMS = re.compile(
    r"[\s\d.,%()]*((or|o|ou|votes?|votos?|per ?cent|percent|por ?ciento|por ?cento)\b[\s\d.,%()]*)*"
)


# A figure given to somebody by a verb of giving ("gave 52% to X", "daba el 52 % a X", "attribuait 89,2 % à X"): the
# one it is given to holds it; "a" alone, with no such verb, is often the one beaten ("aventajó con 52 % a X").
_GIVEN = re.compile(
    r"\b(gave|give|gives|giving|credited|daba|dio|dan|daban|otorgo|otorgaba|atribuyo|atribuia|concedia|deu|dava|"
    r"davam|atribuiu|atribuia|donnait|donne|donnent|donnaient|a donne|attribuait|attribue|accordait|accorde|credite)"
    r"\b[^.;]{0,30}$"
)


def _for_after(folded: str, fig: Figure, people: list[Name]) -> Name | None:
    """The name a figure is given to by a "for/para" after it, past other forms of the figure and the name's titles
    ("6,942,247, or 48.85%, for former prime minister Daniel Otieno"), within its sentence."""
    end = folded.find(". ", fig.end) % (len(folded) + 1)
    name = next((n for n in people if fig.end <= n.start < end), None)
    if name is None:
        return None
    # "a" is a title's article too ("for a former minister"): given "à/a X", it is read before the titles are
    # ("deu a Paiva 402.118 votos e a Barros 341.220": a name between the verb and the figure is given it, not the next)
    verb = _GIVEN.search(folded, max(0, fig.start - 40), fig.start)
    given = (
        verb is not None
        and not any(verb.start() <= n.start < fig.start for n in people)
        and folded[: name.start].split()[-1:] == ["a"]
    )
    if not given and _word_before(folded, name) not in ("for", "para", "do", "da", "del"):
        return None  # "(37,91%) do Presidente cessante, Francisco Lú-Olo": a title set off by a comma is still one
    words = _past_titles(folded[fig.end : name.start].split())
    return name if _FIGURE_FORMS.fullmatch(" ".join(words[:-1])) else None


def _past_titles(words: list[str]) -> list[str]:
    """The words before a name with its titles taken off the end, a title set off by a comma too ("for the sitting
    president, Lazarus Chakwera")."""
    if words and words[-1].endswith(",") and words[-1].rstrip(",") in _TITLES:
        words = [*words[:-1], words[-1].rstrip(",")]
    while words and words[-1] in _TITLES:
        words.pop()
    return words


def _word_before(folded: str, name: Name) -> str:
    """The word before a name, past any titles and descriptions ("for former prime minister Daniel Otieno": "for")."""
    words = _past_titles(folded[: name.start].split())
    return words[-1] if words else ""


# The house a count of seats is of: "14 de los 71 escaños de la Asamblea Nacional", "seats in the Sejm", "lugares na
# Assembleia da República". The name after it is where the seats are, never who holds them.
_HOUSE = re.compile(
    r"\b(seats?|escanos?|cadeiras?|lugares|mandatos?|bancas?|curules?|deputados|diputados|assentos?)\s+"
    r"(of|in|de|del|da|do|na|no|en|em|at)\s+(the\s+|la\s+|el\s+|o\s+|a\s+)?"
    # the house named by a common noun and "of" ("seats in the House of Commons", "escaños de la Cámara de Diputados")
    r"((house|chamber|camara|assembly|asamblea|assembleia)\s+(of|de|dos|das|del)\s+(the\s+|los\s+|las\s+|os\s+)?)?$"
)


# The figures a computed one was computed from, named after it: "computed from the cited shares of 59.76% and 27.45%",
# "calculada a partir de 28,8% e 28,0%", "calculado con el 55,6 % y el 44,4 %".
_COMPUTED_FROM = re.compile(
    r"\b(computed|calculated|derived|calculad[oa]s?|computad[oa]s?) (from|a partir de|a partir del?|con|com|de|with|"
    r"using|com base em|sobre la base de)\b([^.;]|\.(?=\d))*$"
)


# The head noun of an electoral or judicial body (en, es, pt, fr; folded). Not "congress" or "assembly": parties bear
# them.
_BODY_HEADS = frozenset(
    """commission council court tribunal board authority institute registry jury junta comision consejo corte
    instituto registraduria jurado comissao conselho juri cour conseil institut autorite""".split()
)


# Lowercase words left out of a body's name before its acronym in brackets: "Commission électorale nationale
# indépendante (CENI)", "Independent National Electoral Commission (INEC)".
_BODY_ACRONYM = re.compile(r"[^\W\d_A-Z]*(?:\s+[^\W\d_A-Z]+){0,3}\s*\(\s*$")


def body_initials(names: list[Name], text: str = "") -> frozenset[str]:
    """The initials of the bodies among these names ("Comissão Nacional de Eleições": "cne"), and, with the text the
    names were read from, the acronym in brackets right after a body's name, whatever words it spells
    ("Commission électorale nationale indépendante (CENI)": "ceni")."""
    bodies = [n for n in names if any(w in _BODY_HEADS for w in n.words)]
    spelled = frozenset(n.initials for n in bodies if n.initials)
    if not text:
        return spelled
    return spelled | frozenset(
        n.words[0]
        for body in bodies
        for n in names
        if len(n.words) == 1 and n.text.isupper() and _BODY_ACRONYM.fullmatch(text, body.end, n.start)
    )


def _body(name: Name, bodies: frozenset[str]) -> bool:
    """Whether a name is an electoral or judicial body ("the Constitutional Council", "la Comisión Nacional"), or
    the initials such a body's name has, here or in the cited passages (`bodies`: "Comissão Nacional de Eleições
    (CNE)", then "A CNE deu a Mavie 70,67%")."""
    if any(w in _BODY_HEADS for w in name.words):
        return True
    return len(name.words) == 1 and name.words[0] in bodies


def bind(text: str, figures: list[Figure], names: list[Name], bodies: frozenset[str] = frozenset()) -> None:
    """Attach to each share or count the contestant it is stated for: a possessive before it ("Vera's 41.8%"),
    "for/para X" after it, else the first name of its clause, else the subject of the nearest clause with one. An
    electoral or judicial body (`bodies`: initials the cited passages give one) holds no figure when anybody else
    can: "O Conselho Constitucional proclamou a vitória de Mavie com 65,17%" gives Mavie the figure; a figure only a
    body can hold ("A Comissão Eleitoral obteve 62,3%") stays the body's, a claim the check then fails. So does one
    who reports the figures (`_reporter`: "selon le ministre X", "Interior Minister X said…, giving figures of N")."""
    folded = fold_same(text)
    people = [n for n in names if not n.place and not _HOUSE.search(folded[: n.start])]
    # bodies count and proclaim votes, and those who report them give them: neither holds them
    bodies |= body_initials(people, text)
    others = [n for n in people if not _body(n, bodies) and not _reporter(folded, n)]
    _bind(text, folded, figures, others, None)
    if len(others) < len(people):
        left = {id(f) for f in figures if f.bound is None and not f.total}
        if left:
            _bind(text, folded, figures, people, left)
    _bracketed_initials(folded, figures, names)
    _restated(folded, figures)
    for fig in figures:  # "contre 927 000 pour sa rivale", "against 41% for his rival": the rival's, not the subject's
        if _FOR_RIVAL.match(folded, fig.end):
            fig.bound, fig.candidates = None, set()


# A figure held by a rival named by a possessive and a noun, never by the subject the clause opened with.
_FOR_RIVAL = re.compile(
    r"\s*(%|percent|per cent|por ciento|por cento|pour cent)?\s*((votes|votos|voix|suffrages)\s+)?"
    r"(for|pour|para|por|to|a)\s+(his|her|their|its|su|sus|seu|sua|seus|suas|sa|son|ses|leur|leurs)\s+"
    r"(rivals?|rivales?|opponents?|adversari[oa]s?|adversaires?|challengers?|contrincantes?|oponentes?)\b"
)


# Who a figure comes from rather than who holds it, in en, es, pt and fr (folded): a name in an attribution ("d'après
# les chiffres que le ministre de l'Intérieur…", "according to the electoral chief, Ana Ruiz") or the subject of a
# verb of saying ("Interior Minister Cheick said…, giving figures of 98.58 percent").
_ATTRIBUTION = re.compile(rf"\b({alternation(phrases(W.ATTRIBUTION))})\b[^.;:,\d]{{0,100}}$")
_APPOSED = re.compile(r"\s*,\s*$")
_SAYS = re.compile(
    rf"\s+({SAYS})\b"
    # not a headline's passive, the role it was given after it ("Varga declared mayor-elect with 51.2%"): its holder
    r"(?!\s+(?:the\s+|o\s+|el\s+|le\s+)?(?:winner|victor|\w+-elect|elected|electo|electa|eleito|eleita|elue?|"
    r"vencedora?|ganadora?|vainqueur|gagnante?|president|presidente|mayor|alcalde|prefeit[oa]|maire|governor|"
    r"gobernador|governador)\b)"
)


def _reporter(folded: str, name: Name) -> bool:
    """Whether a name is who reports the figures, not who holds them: attributed to ("selon X", "according to X", or
    its title: "selon la directrice des élections, X,") or saying them ("X said"), unless it then speaks of itself
    ("X said he won 54%")."""
    before = folded[max(0, name.start - 120) : name.start]
    if _ATTRIBUTION.search(before):
        return True
    # its title set off before it and the name closed by a comma ("selon … la directrice des élections, Ana Ruiz, il")
    comma = _APPOSED.search(before)
    if comma and folded[name.end : name.end + 1] == "," and _ATTRIBUTION.search(before, 0, comma.start()):
        return True
    says = _SAYS.match(folded, name.end)
    return bool(says) and not _PRONOUN.search(folded[says.end() : says.end() + 40])


# A share restating the count right before it: "2,852,348 votes, or 59.02%", "406.467 votos (61,53%)", "1,2 millones
# de votos, o sea el 48 %".
_RESTATING = re.compile(r"[a-z ]{0,30}?(?:\(\s*|,\s*(?:or|ou|o|o sea|ou seja|that is)\s+(?:the |el |o )?)$")


def _restated(folded: str, figures: list[Figure]) -> None:
    """A share restating a count holds what the count holds: "gave Okafor 1,204,332 votes, or 52.4%" (the count
    is Okafor's by its clause; the share, cut off by its comma, would be the nearest subject's)."""
    ordered = sorted(figures, key=lambda f: f.start)
    for count, share in pairwise(ordered):
        if (
            count.kind == "count"
            and count.unit == "votes"
            and count.bound
            and share.kind == "share"
            and share.topic is None
            and share.bound != count.bound
            and _RESTATING.fullmatch(folded[count.end : share.start])
        ):
            share.bound, share.candidates = count.bound, set(count.candidates)


# A name, its place maybe, then its short form in brackets: "the Liberal Party of Moldova (PLM)", "el Partido
# Nacional de Honduras (PNH)", "o Partido Social de Angola (PSA)".
_BRACKETED = re.compile(r"(\s+(of|de|do|da|del)\s+)?\s*\(\s*$")


def _bracketed_initials(folded: str, figures: list[Figure], names: list[Name]) -> None:
    """A figure bound to a name that its short form follows in brackets is that short form's too ("The Liberal
    Party of Moldova (PLM) took 18.40% and 19 seats": the 19 is the PLM's), and the reverse; only the figures bound
    to one of the two, so another party sharing a word of the name ("the Democratic League") gains nothing."""
    for k, short in enumerate(names):
        if k == 0 or short.place or len(short.words) != 1 or not folded[short.end : short.end + 1] == ")":
            continue
        full = names[k - 1]
        if full.place and k >= 2 and _BRACKETED.fullmatch(folded[names[k - 2].end : full.start] + " ("):
            # the place ends the name: "Liberal Party of Moldova (PLM)"
            if not re.fullmatch(r"\s*\(\s*", folded[full.end : short.start]):
                continue
            full = names[k - 2]
        elif full.place or not re.fullmatch(r"\s*\(\s*", folded[full.end : short.start]):
            continue
        both = _ids(full) | _ids(short)
        for fig in figures:
            if fig.bound in (full.words[-1], short.words[-1]) and fig.candidates <= both:
                fig.candidates = set(fig.candidates) | both


# A share followed by the act of voting for someone or an option: "61.4% voting Yes", "38% voted for Ruiz", "el 58 %
# votó por el Sí", "52% votaram Sim", "44 % ont voté Non": whom it is of.
_VOTED_FOR = re.compile(
    r"\s*(?:%|per ?cent|por ?ciento|por ?cento|pour ?cent)"
    r"(?:\s+(?:of\s+(?:the\s+)?(?:voters|votes|ballots|valid votes)|de\s+(?:los\s+)?(?:votantes|votos)|"
    r"dos\s+(?:eleitores|votos)|des\s+(?:votants|voix|suffrages)))?\s*,?\s+(?:who\s+)?"
    r"(?:voting|voted|votaron|voto|votou|votaram|ont vote|a vote|votant)\s+"
    r"(?:(?:for|por|pelo|pela|pour|em|no(?!\s*(?:$|[.,;:)]|and\b|y\b|e\b|et\b))|na)\s+)?"
    r"(?:(?:the|el|la|los|o|a|le|les)\s+)?"
)


def _bind(text: str, folded: str, figures: list[Figure], people: list[Name], only: set[int] | None) -> None:
    """`bind` with these people (`only`: the ids of the figures to bind, None for all)."""
    # an option in quotes is one name, whatever its words ("la opción «En contra» el 38,2 %": no clause cut at "contra")
    clauses = _clauses(re.sub(r"[«“][^»”]{1,30}[»”]", lambda m: "q" * len(m.group()), folded))

    def clause_of(pos: int) -> int:
        return next((k for k, (a, b) in enumerate(clauses) if a <= pos < b + 1), len(clauses) - 1)

    def in_clause(k: int) -> list[Name]:
        a, b = clauses[k]
        return [n for n in people if a <= n.start < b]

    paired = _respectively(folded, figures, people)
    for fig in figures:
        if fig.kind not in ("share", "count", "number", "fraction", "points") or (
            only is not None and id(fig) not in only
        ):
            continue
        if id(fig) in paired:  # "Budi and Hendra, who took 24.95% and 16.47%": each name its figure, in order
            fig.bound, fig.candidates = paired[id(fig)].words[-1], _ids(paired[id(fig)])
            continue
        holder = None
        if fig.elided is not None:  # the head name of the gap ("Ada Nwosu of the Unity Party 3,118,402": Nwosu)
            holder = next((n for n in people if fig.elided <= n.start and n.end <= fig.start), None)
        if holder is not None:  # "…, the Greens 37", "el Partido Rojo, 37": a gapped list's name holds its number
            fig.bound, fig.candidates = holder.words[-1], _ids(holder)
            continue
        if fig.kind == "share" and (voted := _VOTED_FOR.match(folded, fig.end)):
            # "61.4% voting Yes", "el 58 % votó por el Sí", "52% votaram Sim": the option voted for holds the share
            option = next((n for n in people if n.start == voted.end()), None)
            if option is not None:
                fig.bound, fig.candidates = option.words[-1], _ids(option)
                continue
            word = re.match(r"[^\W\d_]+", folded[voted.end() :])
            if word and text[voted.end() : voted.end() + 1].isupper():  # "38.6% voting No": an option that is a
                fig.bound, fig.candidates = word.group(), {word.group()}  # common word, capitalised: held by it alone
                continue
        if _COMPUTED_FROM.search(_sentence_before(folded, fig.start)):
            continue  # "…, computed from the cited shares of 59.76% and 27.45%": what was computed from, nobody's here
        if (
            _TOTAL.search(folded[max(0, fig.start - 24) : fig.start])
            or _HOUSE_SIZE.match(folded, fig.end)
            or _HOUSE_SIZE_BEFORE.search(folded[max(0, fig.start - 24) : fig.start])
        ):
            fig.total = True  # "159 of the 400 seats": a total, stated for no contestant
            continue
        if fig.topic == "counted":
            continue  # "with just over half of the polling stations counted, PAS had…": counting progress, nobody's
        fig.rival, fig.trails = _rival(folded, fig, people), bool(_TRAILS.search(_sentence_before(folded, fig.start)))
        # "finished 11 seats behind Y", "quedó 11 escaños por detrás de Y": the subject trails by the figure
        fig.trails = fig.trails or bool(_BEHIND_AFTER.match(folded, fig.end))
        k = clause_of(fig.start)
        pair = _between(folded, fig, people)
        if pair is not None:  # "the gap between X and Y was 10 points": a margin of the two, either way round
            fig.bound, fig.candidates, fig.rival, fig.between = (
                pair[0].words[-1],
                _ids(pair[0]),
                pair[1].words[-1],
                True,
            )
            continue
        if (
            not fig.rival
            and _SCORE_PAIR.search(folded[max(0, fig.start - 16) : fig.start])
            and _described_beaten(folded, fig, people)
        ):
            fig.bound, fig.candidates = None, set()  # "beat the incumbent, 58% to 42%": the rival's, never X's
            continue
        if fig.rival and (
            _SCORE_PAIR.search(folded[max(0, fig.start - 16) : fig.start])
            or _RIVALS_OWN.search(folded[max(0, fig.start - 24) : fig.start])
        ):
            rival = next(n for n in people if n.words[-1] == fig.rival)
            fig.bound, fig.candidates, fig.rival = fig.rival, _ids(rival), None  # "beat Y, 58% to 42%": Y's 42%
            continue
        inside = next((n for n in people if re.fullmatch(r"\s*\(\s*", folded[n.end : fig.start])), None)
        if inside is not None:  # "por delante de Tomás Vera (36,2 %)": the figure in brackets is the name's
            fig.bound, fig.candidates, fig.rival = inside.words[-1], _ids(inside), None
            continue
        owner = _for_after(folded, fig, people)
        if owner is not None:  # "against 6,942,247, or 48.85%, for former prime minister Daniel Otieno": Otieno's
            fig.bound, fig.candidates, fig.rival = owner.words[-1], _ids(owner), None
            continue
        placed = _placed(folded, fig, figures, people)
        if placed is not None:  # "X won with 52%, ahead of Y on 40%": Y's 40%
            name, also = placed
            fig.bound, fig.candidates, fig.rival = name.words[-1], _ids(name) | also, None
            continue
        before = [n for n in in_clause(k) if n.end <= fig.start]
        after = [
            n
            for n in in_clause(k)
            if n.start >= fig.end and not _SETTING.search(folded[: n.start]) and not _for_other(folded, fig, figures, n)
        ]
        subjects = [n for n in before if not _object_of_defeat(folded, n)]
        # "Claudia Arriaga of Vanguardia won … with 61.18%": the party after a person's name is an affiliation, the
        # person holds the figure
        subjects = [
            n
            for k, n in enumerate(subjects)
            if not (
                k
                and (
                    _AFFILIATION.fullmatch(folded[subjects[k - 1].end : n.start])
                    or _DESCRIPTION.fullmatch(text[subjects[k - 1].end : n.start])
                )
            )
        ] or subjects
        after = [n for n in after if not re.search(r"['’]s?$", text[n.start : n.end])]  # owns a later figure
        poss = before[-1] if before and re.search(r"['’]s?$", text[before[-1].start : before[-1].end]) else None
        if poss is not None and len(folded[poss.end : fig.start].split()) <= 2:
            fig.bound, fig.candidates = poss.words[-1], _ids(poss)
            continue
        follow = next(
            (
                n
                for n in after
                if _word_before(folded, n) in _FOR
                and len(folded[fig.end : n.start].split()) <= 9
                and not _object_of_defeat(folded, n)
            ),
            None,
        )
        if follow is not None:
            fig.bound, fig.candidates = follow.words[-1], _ids(follow)
        elif subjects:
            fig.bound = subjects[-1].words[-1]
            fig.candidates = {w for n in subjects for w in _ids(n)}
            # two people joined as one subject, the clause cut at "y" ("Roberto Salcedo y Juan Manuel Ibarrola
            # (Acuerdo Federal) quedaban terceros con el 6,18%"): the figure is the ticket's, either person's
            joined = next((n for n in people if _JOINED.fullmatch(folded[n.end : subjects[0].start])), None)
            if joined is not None and not _object_of_defeat(folded, joined):
                fig.candidates |= _ids(joined)
        elif [n for n in after if not _object_of_defeat(folded, n)]:  # "a majority of 6,115 over Reed": not Reed's
            first = next(n for n in after if not _object_of_defeat(folded, n))
            fig.bound, fig.candidates = first.words[-1], _ids(first)
        elif (aside := _relative_aside(folded, clauses[k][0], people)) is not None:
            fig.bound, fig.candidates = aside.words[-1], _ids(aside)
        elif (described := _described(folded, clauses, k, people)) is not None:
            fig.bound, fig.candidates = described.words[-1], _ids(described)
        elif (rival := _score_rival(folded, fig, figures, people)) is not None:
            fig.bound, fig.candidates = rival.words[-1], _ids(rival)
        elif (same := _compared(folded, fig, figures, people)) is not None:
            fig.bound, fig.candidates = same.bound, set(same.candidates)
        else:  # no name in its clause: the subjects earlier in the sentence, else the next name
            start = max(folded.rfind(". ", 0, fig.start), 0)
            earlier = [
                n
                for n in people
                if start <= n.start < fig.start and not _object_of_defeat(folded, n) and not _placed_against(folded, n)
            ]  # "Behind X came Y, with 32.76%": X is where Y stands, not who holds the figure
            later = [
                n
                for n in people
                if n.start >= fig.end
                and n.start < (folded.find(". ", fig.end) % (len(folded) + 1))
                and not _AGAINST_BETWEEN.search(folded[fig.end : n.start])
                and not _for_other(folded, fig, figures, n)
            ]  # "he led with 42.31%, ahead of Y on 32.76%": a name placed against the subject holds no earlier figure
            near = [n for n in people if start <= n.start < fig.start]
            opening = _nearest_subject(text, folded, clauses, k, earlier, near)
            if opening is not None:  # "…, and Asante, who conceded, took 41.6%": the subject of the nearest clause
                fig.bound, fig.candidates = opening.words[-1], _ids(opening)
            elif _DESCRIBED.match(folded, start) and (prior := _prior_subject(folded, people, start + 1)):
                # "X was re-elected. The incumbent, running for the Y coalition, had 59.55%": a role described
                # opening the sentence is the person the sentence before opened with, not a name in its aside
                fig.bound, fig.candidates = prior.words[-1], _ids(prior)
            elif _MEMBER.match(folded, start):  # the member described, with the sentence naming them out of the span:
                fig.bound, fig.candidates = "(described)", {"(described)"}  # nobody the span names holds the figure
            elif earlier:
                fig.bound, fig.candidates = earlier[0].words[-1], {w for n in earlier for w in _ids(n)}
            elif _PRONOUN.search(folded[start : fig.start]) and (prior := _prior_subject(folded, people, start)):
                fig.bound, fig.candidates = prior.words[-1], _ids(prior)  # "X won. In the first count he led with N"
            elif (pronoun := _PRONOUN.search(folded[start : fig.start])) and any(
                _for_other(folded, fig, figures, n) for n in people
            ):  # "She received 561,000 votes against 251,216 for Bo Yun", alone: held by whoever "she" is, never Yun
                fig.bound, fig.candidates = f"({pronoun.group()})", {f"({pronoun.group()})"}
            elif later:
                fig.bound, fig.candidates = later[0].words[-1], _ids(later[0])


# The one beaten described, named nowhere after: "X beat the incumbent in the runoff, 57.75% to 42.25%", "derrotó al
# presidente saliente por 58 % a 42 %".
_BEATEN_DESCRIBED = re.compile(
    r"\b(beat|beats|beating|defeated|defeating|defeats|ousted|unseated|derroto|derrotou|derrotando|vencio a|venceu|"
    r"battu|bat|battant)\s+(the|el|la|al|o|a|ao|le|l')\s*[^\W\d_]+"
)


def _described_beaten(folded: str, fig: Figure, people: list[Name]) -> bool:
    """Whether the figure is a score's second one after a defeat of someone described, with no name between."""
    start = max(folded.rfind(". ", 0, fig.start), 0)
    verbs = list(_BEATEN_DESCRIBED.finditer(folded, start, fig.start))
    return bool(verbs) and not any(verbs[-1].start() <= n.start < fig.start for n in people)


# A score's second figure set against the first: "con el 53,3 % de los votos frente al 46,6 %", "with 53% of the vote
# against 47%", "com 52% contra 48%", "avec 52 % contre 48 %".
_SCORE_AGAINST = re.compile(
    r"\s*(%|per ?cent|percent|por ?ciento|por ?cento|pour ?cent)?"
    r"(\s+(of the vote|of the votes|de los votos|dos votos|des voix|des suffrages))?\s*,?\s*"
    r"(against|versus|frente al?|contra|contre|face a)\s+(the |el |la |o |a |le |les )?"
)


def _score_rival(folded: str, fig: Figure, figures: list[Figure], people: list[Name]) -> Name | None:
    """The one rival the sentence's subject beat or led, for a figure set right against the subject's own ("X
    aventajaba al presidente Y …, con el 53,3 % de los votos frente al 46,6 %"): the score's second figure is Y's."""
    before = [g for g in figures if g.end <= fig.start and g.kind == fig.kind and g.bound]
    if not before or not _SCORE_AGAINST.fullmatch(folded, before[-1].end, fig.start):
        return None
    start = max(folded.rfind(". ", 0, before[-1].start), 0)
    beaten = [n for n in people if start <= n.start < before[-1].start and _object_of_defeat(folded, n)]
    return beaten[0] if len(beaten) == 1 and before[-1].bound not in _ids(beaten[0]) else None


# Two names joined, then (after a short lead with no name: ", who took", ", con", ", que tiveram", " took") two figures
# of one kind joined: "X and Y, who took 24.95% and 16.47%", "X y Y, con el 24,9 % y el 16,5 %".
_NAMES_JOINED = re.compile(r"\s*(and|y|e|et)\s+")
_FIGURES_JOINED = re.compile(
    r"\s*(%|por ?ciento|por ?cento|per ?cent|percent|votes|votos|seats|escanos|cadeiras|voix|sieges)?\s*,?\s*"
    r"(and|y|e|et)\s+((the|el|la|o|a|le|les)\s+)?"
)
_LEAD = re.compile(r"[^.;:()\d]{0,40}")


def _respectively(folded: str, figures: list[Figure], people: list[Name]) -> dict[int, Name]:
    """Figures paired in order with two joined names before them: the first name holds the first figure, the second
    the second ("Budi and Hendra, who took 24.95% and 16.47%, both rejected…")."""
    out: dict[int, Name] = {}
    for one, two in pairwise(people):
        if not _NAMES_JOINED.fullmatch(folded[one.end : two.start]):
            continue
        after = [f for f in figures if f.start >= two.end and f.kind in ("share", "count", "number")]
        if len(after) < 2:
            continue
        first, second = after[0], after[1]
        lead = folded[two.end : first.start]
        if (
            first.kind == second.kind
            and _LEAD.fullmatch(lead)
            and not any(two.end <= n.start < second.start for n in people)
            and _FIGURES_JOINED.fullmatch(folded[first.end : second.start])
        ):
            out[id(first)], out[id(second)] = one, two
    return out


# A personal pronoun as the subject of a figure's sentence: the person the sentence before opened with.
_PRONOUN = re.compile(r"\b(he|she|ele|ela|ella|il|elle)\b")


# A sentence opening with a role described, not named ("The incumbent, …", "El presidente saliente…", "O vencedor…"):
# like a pronoun, it is the person the sentence before opened with.
_DESCRIBED = re.compile(
    r"[.\s]*(the|el|la|o|a) (incumbent|president-elect|winner|victor|presidente electo|presidenta electa|"
    r"presidente eleito|presidente eleita|ganador|ganadora|vencedor|vencedora|mandatario|mandataria|"
    # a party's member described ("The Social Democrat drew 1,033,000 votes", `names._described_member`)
    rf"(?:(?:{MEMBERS})\s+)*(?:{MEMBERS}))\b"
)
_MEMBER = re.compile(rf"[.\s]*the (?:(?:{MEMBERS})\s+)*(?:{MEMBERS})\b")


def _prior_subject(folded: str, people: list[Name], start: int) -> Name | None:
    """The first person named in the sentence before `start` (a pronoun's likeliest antecedent), if any."""
    begin = max(folded.rfind(". ", 0, max(0, start - 1)), 0)
    dateline = re.compile(r"\s*[—–-]\s")  # "VALDORA — …": where the report was filed, nobody's subject
    return next((n for n in people if begin <= n.start < start and not dateline.match(folded, n.end)), None)


_APPOSITION = re.compile(r"\s*(of|de|del|do|da|dos|das)\s+(the\s+|la\s+|el\s+|o\s+|a\s+)?\S+(\s+\S+){0,3}\s*")
_WITH = re.compile(r"\s*(with|on|com|con|em|en)?\s*(el\s+|o\s+|the\s+)?$")


# A relative clause set off by commas between a name and its verb: "Carlos Veiga, que tinha o apoio do MpD e da UCID,
# ficou com 42,6%", "Ana Reis, who was backed by the Greens and Labour, took 41%".
_RELATIVE_ASIDE = re.compile(r"\s*,\s+(who|que|quien|quienes|quem|qui)\s[^,;:.()]{1,80},\s*$")
_ASIDE = re.compile(r",\s+(who|que|quien|quienes|quem|qui)\s[^,;:.()]{1,80},")


def _aside_spans(folded: str, people: list[Name]) -> list[tuple[int, int]]:
    """Where the relative clauses set off right after a name lie (`_RELATIVE_ASIDE`)."""
    ends = {n.end for n in people}
    return [m.span() for m in _ASIDE.finditer(folded) if m.start() in ends]


def _relative_aside(folded: str, start: int, people: list[Name]) -> Name | None:
    """The name a clause's verb belongs to when a relative clause about that name (naming others: its backers, its
    party) stands between them: the names inside the aside hold nothing of the main clause."""
    m = _RELATIVE_ASIDE.search(folded[max(0, start - 100) : start])
    if m is None:
        return None
    at = start - len(m.group())
    return next((n for n in people if n.end == at), None)


def _described(folded: str, clauses: list[tuple[int, int]], k: int, people: list[Name]) -> Name | None:
    """A name given an apposition and then a figure ("à frente de André Medeiros, do Rumo, com 11,90%", "Ramón
    Martínez, del PLD, tercero con el 10,60 %"): the figure continues the description of that name."""
    if k < 2:
        return None
    a, b = clauses[k - 1]
    if not _APPOSITION.fullmatch(folded[a:b]):
        return None
    x, y = clauses[k - 2]
    last = max((n for n in people if x <= n.start and n.end <= y), key=lambda n: n.end, default=None)
    if last is None or folded[last.end : y].strip():
        return None
    start = clauses[k][0]
    head = folded[start : start + 40]
    figure_at = re.search(r"\d", head)
    if figure_at is None or not _WITH.fullmatch(
        re.sub(r"\b(primer\w*|segund\w*|tercer\w*|second|third|first)\b", "", head[: figure_at.start()])
    ):
        return None
    return last


def _apposed(text: str, clauses: list[tuple[int, int]], j: int, name: Name, people: list[Name]) -> bool:
    """Whether clause j is a description set off after a person's name: an article, the name as a modifier, then only
    lowercase words ("the Clann Nua candidate"), or, after an indefinite article, the name alone ("Zoran Milanović, a
    Social Democrat, topped…": one of them), right after a clause that ends with a name."""
    a, b = clauses[j]
    article = re.match(r"\s*(the|el|la|los|las|o|a|os|as|an|un|una|um|uma|une)\s", text[a:b], re.IGNORECASE)
    if j == 0 or not article:
        return False
    alone = article.group(1).lower() in ("a", "an", "un", "una", "um", "uma", "une") and not text[name.end : b].strip()
    if not (alone or re.fullmatch(r"(\s+[a-záéíóúâêôãõçñ-]+){1,4}\s*", text[name.end : b])):
        return False
    if "," not in text[clauses[j - 1][1] : a]:
        return False  # set off by commas, not joined ("O PLD e o Midori ficaram…": two subjects)
    before = text[: clauses[j - 1][1]].rstrip(" ,")
    return any(n.end == len(before) and n is not name for n in people)


def _nearest_subject(
    text: str,
    folded: str,
    clauses: list[tuple[int, int]],
    k: int,
    earlier: list[Name],
    near: list[Name] | None = None,
) -> Name | None:
    """The name an earlier clause of the sentence opens with (its subject), nearest first; a possessive
    ("Ferrada's former minister") opens an aside, not a clause of its own. A relative clause ("…for Rosa Prieto,
    who conceded") is about the name just before it, even the one beaten (`near`: "…, defeating Caio
    Nogueira, who received 49.1%")."""
    if k < len(clauses) and re.match(r"\s*(who|whom|que|quien|quienes|quem|qui)\b", folded[clauses[k][0] :]):
        before = [n for n in (earlier if near is None else near) if n.end <= clauses[k][0]]
        last = max(before, key=lambda n: n.end, default=None)
        owner = next(
            (
                n
                for n in before
                if last is not None
                and re.fullmatch(
                    r"\s*,?\s+(of|de|del|da|do|dos|das)\s+(the\s+|la\s+|los\s+|las\s+|el\s+|o\s+|a\s+)?"
                    r"(party\s+|partido\s+|movimiento\s+|movimento\s+|frente\s+|alianza\s+|alianca\s+)?"
                    r"|\s*\(\s*",  # "Marta Ibáñez (Unión Vecinal), que obtuvo…": the party in brackets is hers
                    folded[n.end : last.start],
                )
            ),
            None,
        )  # "Baldomar of the Liberal Party, who…", "Medeiros, do Rumo, que teve…": the party is not who, the person is
        # ("ahead of Alegre, who…": Alegre)
        if last is not None and not folded[last.end : clauses[k][0]].strip(" ,;–—-)"):
            return owner or last
    asides = _aside_spans(folded, near or earlier)
    for j, (a, b) in reversed(list(enumerate(clauses[:k]))):
        if any(x < a < y for x, y in asides):
            continue  # "X, que tinha o apoio do MpD e da UCID, … e telefonou…": the aside's names are not subjects
        # "announced that Mavie…", "anunció que Mavie…": the subject of a reported clause is the name after "that"
        told = [n for n in earlier if a <= n.start < b and _THAT.search(folded[a : n.start])]
        if told:
            return told[-1]
        lead = re.match(r"\s*(?:(?:the|el|la|los|las|o|a|os|as)\s+)?", folded[a:b])
        at = a + (lead.end() if lead else 0)
        for n in earlier:
            if n.start == at and not re.search(r"['’]s?$", text[n.start : n.end]):
                if _apposed(text, clauses, j, n, near or earlier):
                    break  # "Gallagher, the Clann Nua candidate, trailed…": the description is of the name before
                return n
        if folded[a:b].strip() and "." in folded[a:b]:
            break
    return None


_THAT = re.compile(
    # the verbs of saying, and of results showing ("the results showed that X…", "mostraron que")
    rf"\b({SAYS}|showed|show|shows|mostraron|mostraram|ont montre|montrent)\s+"
    r"(\S+\s+){0,5}?(that|que)\s+"
    r"(the |el |la |los |las |o |a |os |as )?$"
)


# A figure after another figure and "of the"/"de los"/"das"/"out of" is the total ("159 of the 400 seats").
# "159 of the 400 seats", "51 of the Assembly's 96 elected seats" (the house's, a whole still)
# The part may be in words right before "of the" ("sessenta dos 62 lugares", "seven of the 35 seats", "siete de los 35
# escaños"); with a word between it is a distance, not a part ("ten short of the 41", "a diez escaños de los 41"),
# and so it is after "a"/"at" ("quedó a tres de los 41").
_BEHIND_AFTER = re.compile(
    r"\s*(%|seats?|escanos|cadeiras|deputados|diputados|lugares|mandatos|sieges|votes|votos|voix|points?|puntos|"
    r"pontos)?\s+(behind|por detras|detras|atras|derriere)\b"
)
_TOTAL = re.compile(
    # a distance from a line is no part of it ("13 short of the 61 needed", "a 3 escaños de los 41"), a part is
    rf"(?:(?<![\d.,])(?<!\ba )(?<!\bat )\d[\d.,]*\s*(?:%\s*)?(?:(?!(?:short|shy|clear)\b)\w+\s+)?|"
    rf"(?<!\ba )(?<!\bat )\b(?:{_WORDS_RE})\s+)"
    r"(?:out of|of(?: the)?|de(?: los| las)?|dos|das|des|sur|sobre(?: los| las)?)"
    r"(?:\s+[^\W\d_][\w-]*['’]s?)?\s+$"
)
# The size of a house, said of the house: "the 150-seat House", "a 101-member parliament"; "el Parlamento de 80
# escaños", "a Assembleia de 230 deputados" (the house noun before it is `_HOUSE_SIZE_BEFORE`'s).
_HOUSE_SIZE = re.compile(r"-(?:seat|member|strong)\b(?!\s+(?:\w+\s+)?majority\b)")  # not "the 61-seat majority mark"
_HOUSE_SIZE_BEFORE = re.compile(
    r"\b(?:parliament|parlamento|camara|chamber|house|asamblea|assembleia|assembly|congreso|congresso|senado|senate|"
    r"legislatura|legislature|cortes|consejo|conselho|council)\s+(?:of|de|do|da)\s+$"
)
# A name after "in/en/em/na/no/at" is where the figure was won ("… seats in the National Assembly"), not who.
_SETTING = re.compile(
    r"\b(in|en|em|na|no|nos|nas|at|within|dentro de|dans|au|aux)\s+(the\s+|el\s+|la\s+|o\s+|a\s+|le\s+|l')?$"
)
