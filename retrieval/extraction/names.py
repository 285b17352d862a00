"""Names in a sentence: capitalised runs that are contestants, not places, institutions or titles. The runs are
read here token by token; their later steps have modules of their own: runs that are one name (joined_names),
party adjectives and descriptions (descriptions), another name's party or backer (affiliations), places
(place_runs)."""

from __future__ import annotations

import re

from retrieval.extraction import words as W
from retrieval.extraction.affiliations import mark_affiliates
from retrieval.extraction.body_party import BODY_OR_PARTY, holds_a_figure
from retrieval.extraction.descriptions import PERSON_DESCRIPTORS, described, describes_next, descriptor_words
from retrieval.extraction.families import with_families
from retrieval.extraction.joined_names import joined_names
from retrieval.extraction.name_possessive import inside_name, joins
from retrieval.extraction.name_sets import LOCATIVE, OPTIONS, PARTY, PARTY_HEADS
from retrieval.extraction.number_words import VALUES as NUMBER_VALUES
from retrieval.extraction.party_adjective import with_adjectives
from retrieval.extraction.place_runs import place_run
from retrieval.extraction.records import _Run
from retrieval.extraction.text import ARTICLE, WIRE_SOURCE, alternation, fold_text, phrases


def _single_words(*tables: dict[str, str]) -> set[str]:
    return {p for t in tables for p in phrases(t) if " " not in p and not p.endswith("*")}


_PARTICLES = frozenset(W.NAME_PARTICLES.split())


_INSTITUTIONS = frozenset(W.INSTITUTIONS.split())


_NOT_NAME = (
    (
        frozenset(W.STOP.split())
        | frozenset(W.TITLES.split())
        | frozenset(W.BALLOT_KINDS.split())
        | frozenset(W.SUM_WORDS.split())
        | _single_words(
            W.WIN,
            W.LEAD,
            W.LOSS,
            W.AGAINST,
            W.RESULT_CONTEXT,
            W.TURNOUT,
            W.NOT_SHARE,
            W.POLL,
            W.MARGIN_NOUN,
            W.SURPASS,
            *W.STAGE.values(),
            *W.ROUND.values(),
            *W.OFFICE.values(),
            *W.RANK.values(),
            W.ORDINAL_BEFORE,
        )
    )
    - PARTY
    - OPTIONS
)


_REGIONS = frozenset(phrases(W.REGIONS))


_SEAT_OF = re.compile(
    rf"(?<![\w-])(?:{'|'.join(W.OFFICE_HOLDERS.split())})(?:\s+(?:{'|'.join(W.HOLDER_QUALIFIERS.split())}))?"
    r"\s+(?:of|de|da|do|del|dos|das)\s+(?:(?:the|la|el|a|o)\s+)?$"
)


_OPENERS = frozenset(W.OPENERS.split()) | frozenset(w for table in NUMBER_VALUES.values() for w in table)
_TIME_OPENERS = frozenset(W.TIME_OPENERS.split())
_TIME_PHRASE = re.compile(
    rf"\s+(?:{'|'.join(sorted(set(W.TIME_OPENER_AFTER.split()), key=len, reverse=True))})\b", re.I
)


# A dateline before the sentence's first word ("CARTUM — Foi eleito"): the word after it opens the sentence.
_DATELINE = re.compile(r"^\s*[^\W\d_a-z][^\Wa-z]*(?:[\s,.][^\W\d_a-z][^\Wa-z]*)*\s*[—–]\s*$")


_MONTH_BEFORE = frozenset(W.MONTH_BEFORE.split())


_MEMBER_FOR = re.compile(
    rf"(?<![\w-])(?:{'|'.join(W.MEMBER_FOR.split())})\s+(?:for|from|por|pelo|pela)\s+"
    r"(?:(?:the|la|el|a|o)\s+)?(?:[a-z][\w-]*\s+){0,2}$"
)
_PLACE_NOUN_AFTER = re.compile(rf"\s+(?:{'|'.join(W.PLACE_NOUNS_AFTER.split())})(?![\w-])")
# A lowercase noun of a count after a name ("By the latest Servel cut", "the Servel count"): the body counting.
_COUNT_AFTER = re.compile(r"\s+(?:cut|count|tally|bulletin|figures|returns|data)(?![\w-])")
_FORMER_END = re.compile(r"(?<![\w-])(?:former|ex|ex-|antiguo|antigua|antigo|antiga)\s*$")
_LOWER_AFTER = re.compile(r"\s+[a-z]")


# A name holding a figure after "for" ("21 for the Liberals and 11 for Quebec solidaire;") whose last word is
# lowercase, the clause ending right after it: the word is the name's (a few parties write it so), unless it says
# how the figure is held ("11 for Ruiz alone", "each", "apiece").
_HELD_FOR = re.compile(r"\d[\d.,]*\s*(?:%|[a-z]+)?\s+(?:for|para)\s+(?:(?:the|el|la|los|las|o|a|os|as)\s+)?$")
_HELD_FOR_TAIL = re.compile(
    r"\s+([a-zà-ÿ][\w'’-]{3,})(?=\s*(?:[;.]|$|,\s+(?:and|y|e|while|mientras|enquanto|the|el|la|o|a)\s))"
)
_NOT_TAIL = frozenset(W.NOT_NAME_TAIL.split())


# "a Skopje news site", "a Lima pollster": the name says where a source is based (see `W.SOURCE_NOUNS_AFTER`).
_SOURCE_AFTER = re.compile(
    rf"\s+(?:{alternation([fold_text(p.strip()) for p in W.SOURCE_NOUNS_AFTER.split(',')])})(?![\w-])", re.IGNORECASE
)
_INDEFINITE_BEFORE = re.compile(r"(?<![\w-])(?:a|an|the)\s+$")


# A name right after a place or medium noun, a source phrase, or a counting verb and "by" is not a contestant:
# "the economic capital Douala", "la red social X", "according to Servel figures", "precontados por la Registraduría",
# "el cómputo final del Servel".
_NOT_CONTESTANT_BEFORE = re.compile(
    rf"(?<![\w-])(?:(?:{alternation(phrases(W.NOT_CONTESTANT_NOUNS))})\s+(?:(?:of|de|da|do|del)\s+)?"
    rf"|(?:{alternation(phrases(W.SOURCE_BEFORE))})\s+"
    rf"|(?:{'|'.join(W.COUNT_OF.split())})\s+(?:[a-z]+\s+)?(?:of\s+the|del|do|da)\s+"
    rf"|(?:{alternation(phrases(W.PROGRESS_AFTER))})\s+(?:by|por|pela|pelo|pelas|pelos)\s+){ARTICLE}?$"
)


# The body a result was declared by: "was declared president-elect by the IEBC", "fue proclamada ganadora por el
# CNE", "foi proclamada vencedora pelo TSE".
_DECLARED_BY = re.compile(
    r"(?<![\w-])(?:declared|proclaimed|certified|declarad[oa]s?|proclamad[oa]s?|certificad[oa]s?)"
    rf"(?:\s+[\w-]+){{0,3}}?\s+(?:by|por|pelo|pela){{1}}\s+{ARTICLE}?$"
)


_RUNNING_MATE = re.compile(rf"(?<![\w-])(?:{alternation(phrases(W.RUNNING_MATE))}),?\s+$")


# A word; a capital may carry digits ("D66"); capitalised words may be joined by slashes ("CDU/CSU") and capitals
# by an ampersand ("CD&V", "S&D").
_WORD = r"[^\W\d_]+(?:['’\-][^\W\d_]+|–(?=[A-Z])[^\W\d_]+)*(?:(?<=[A-Z])\d{1,3}(?![\d.,]))?"


_TOKEN = re.compile(rf"[\"“‘«][^\"”’»\n]{{1,25}}[\"”’»]|{_WORD}(?:(?:/|(?<=[A-Z])&)(?=[A-Z]){_WORD})*")


# A party's letters joined to another's ("MLSTP/PSD", "PSOE-PSC", "MCI-PS/PUN"): short parts, so no dateline in
# capitals ("GUINEA-BISSAU —") is one.
_JOINED_LETTERS = re.compile(r"[A-Z]{1,5}(?:[-/][A-Z]{1,5})+")


_OPTION_NOUN = re.compile(r"\s+(?:side|camp|option|vote|campaign)\b")
# "Yes won 50.46%": an option opening an English sentence before a result verb (Spanish and Portuguese "No" before a
# verb is a negation: "No obtuvo la mayoría").
_OPTION_VERB = re.compile(
    rf"\s+(?:{alternation(sorted({p for t in (W.WIN, W.RESULT_CONTEXT, W.LEAD) for p in phrases({'en': t['en']})}))})"
    r"(?![\w-])"
)
# "Economy Minister Sergio Velarde", "Foreign Secretary Ana Ruiz": a portfolio before the title, not a name.
_PORTFOLIO_AFTER = re.compile(r"\s+(?:Minister|Secretary)\s+[A-Z]")
# "la victoria recayó en X", "a vitória recaiu em X": the name after "en"/"em" is who the win fell to.
_FELL_ON = re.compile(r"(?<![\w-])(?:recay\w*|recai\w*)\s+(?:en|em)\s+$")


_ARTICLED_OPTION = re.compile(rf"(?<![\w-])(?:{alternation(phrases(W.OPTIONS_ARTICLED))})$")
_ARTICLED_WORDS = frozenset(p.split()[-1] for p in phrases(W.OPTIONS_ARTICLED))
_FIGURE_AHEAD = re.compile(r"\s+[^\d,.;:()]{0,30}?\d")


_BY_VERB_OPTION = re.compile(rf"(?<![\w-])(?:{alternation(phrases(W.OPTIONS_ARTICLED_BY_VERB))})$")
_BY_VERB_WORDS = frozenset(p.split()[-1] for p in phrases(W.OPTIONS_ARTICLED_BY_VERB))
_RESULT_VERB = alternation(
    sorted(
        {p for t in (W.WIN, W.RESULT_CONTEXT) for lang in W.OPTIONS_ARTICLED_BY_VERB for p in phrases({lang: t[lang]})}
    )
)
_VERB_BEFORE = re.compile(rf"(?<![\w-])(?:{_RESULT_VERB})\s+\w+\s+$")
_VERB_AFTER = re.compile(rf"\s+(?:{_RESULT_VERB})(?![\w-])")


def _articled_option(tok: str, s: str, start: int) -> bool:
    """Whether a lowercase word is an option after its article with a figure close after it (`W.OPTIONS_ARTICLED`),
    in Spanish and Portuguese beside a result verb too (`W.OPTIONS_ARTICLED_BY_VERB`)."""
    folded = fold_text(tok)
    if folded not in _ARTICLED_WORDS and folded not in _BY_VERB_WORDS:
        return False
    before = fold_text(s[max(0, start - 4) : start + len(tok)])
    if not _FIGURE_AHEAD.match(s, start + len(tok)):
        return False
    if _ARTICLED_OPTION.search(before):
        return True
    if not _BY_VERB_OPTION.search(before):
        return False
    return bool(
        _VERB_BEFORE.search(fold_text(s[max(0, start - 30) : start]))
        or _VERB_AFTER.match(fold_text(s), start + len(tok))
    )


_NAME_NEXT = re.compile(r"\s+[A-ZÀ-Ý]")
_CAPITAL_ELIDED = re.compile(r"L['’](?=[A-ZÀ-Ý])")
_ELIDED_NOUN = re.compile(r"[LDldj]['’][a-zà-ÿ]")
_GLUED = re.compile(r"(?:d|l|dell|dall|nell|sull|all|degl)['’](?=[A-ZÀ-Ý])")
_ARTICLED_NAME = re.compile(r"(?:al|el|ul|ad|ar|as|ash|at|az|bin|ibn|abu)-[A-Z][^\W\d_]+")


def _token_kind(tok: str, s: str, start: int) -> str | None:
    if not tok[0].isupper() and tok[0] not in '"“‘«' and fold_text(tok) not in _PARTICLES:
        # a lowercase word (most of them): only a name's own article makes it one ("al-Rubaie"), or an option's
        # article before a figure ("le non recueille 53,26 %", "et le oui 46,74 %"); the tests below give every
        # other one no kind
        if len(tok) <= 3 and _articled_option(tok, s, start):
            return "name"
        return "name" if not _ELIDED_NOUN.match(tok) and _ARTICLED_NAME.fullmatch(tok) else None
    if tok[0] in '"“‘«':
        inner = tok[1:-1].strip()
        # a quoted option stands for itself, lowercase or not: 'O "não" ficou com 8,20%', 'le « non »'; French
        # quotes hold nothing else a name is ("Ana Reis «Aninha»": a nickname), but a nickname between a given name
        # and a surname goes on the name ("Eduardo «Bali» Bucca")
        if tok[0] == "«":
            if fold_text(inner) in OPTIONS:
                return "name"
            return "conn" if inner[:1].isupper() and _NAME_NEXT.match(s, start + len(tok)) else None
        return "name" if (inner[:1].isupper() and len(inner.split()) <= 3) or fold_text(inner) in OPTIONS else None
    if _ELIDED_NOUN.match(tok):  # "L'écart", "D'après": a French article glued to a common noun
        return None
    if _ARTICLED_NAME.fullmatch(tok):  # "Karim al-Rubaie", "Hassan Jabir al-Hashimi": a name's own article
        return "name"
    folded = fold_text(tok)
    if folded in OPTIONS:
        sentence_start = not s[:start].strip(" \"“'‘(")
        if tok[0].isupper() and (
            not sentence_start or _OPTION_NOUN.match(s, start + len(tok)) or _OPTION_VERB.match(s, start + len(tok))
        ):
            return "name"
        return None
    if folded in W.MONTHS and (
        re.match(r"\.?\s*(?:\d|de\s+\d)", s[start + len(tok) :])
        or re.search(r"\d\s*(?:de\s+)?$", s[max(0, start - 6) : start])
    ):
        return None  # a month in a date; elsewhere "May" or "Jun" may be a name
    if folded in W.MONTHS and tok[0].isupper() and _word_before(s, start) in _MONTH_BEFORE:
        return None  # "the March tally", "since August": a month, not a name
    if folded.endswith(_BACKED):
        return None  # "Nationalist-backed": describes the name after it
    if tok[0].isupper():
        opener = folded in _OPENERS and not _DATELINE.sub("", s[:start]).strip(" \"“'‘(¿¡")
        if (
            opener
            and folded in _TIME_OPENERS
            and not _TIME_PHRASE.match(fold_text(s[start + len(tok) : start + len(tok) + 14]))
        ):
            opener = False  # "Dias received 173,628 votes": a surname, not "Dias depois" (days later)
        acronym = len(tok) > 1 and tok.isupper()  # "MAS", "NO" as written: a party's letters, not a word
        if folded in _NOT_NAME and folded in _PARTICLES and not acronym and s[:start].strip(" \"“'‘(¿¡"):
            return "conn"  # "Steven Del Duca", "Guillermo Del Toro": a capitalised particle inside a name
        if folded in _PARTICLES and not acronym and re.match(r"\s+[a-z]", s[start + len(tok) : start + len(tok) + 3]):
            return None  # "De las 2.248 candidatas, 84 obtuvieron escaño": a preposition opening the sentence
        if folded in _INSTITUTIONS and folded in _NOT_NAME and not opener:
            return "name"  # "la Asamblea Nacional": the body's whole name, which a run holding it drops
        return None if (folded in _NOT_NAME and not acronym) or opener else "name"
    return "conn" if folded in _PARTICLES else None


_NAME_FOR_HEADS = frozenset(W.NAME_FOR_HEADS.split())


_NAME_FOR = frozenset(W.NAME_FOR.split())


def _name_goes_on(tok: str, s: str, end: int, cur: list[tuple[int, int, str, str]]) -> bool:
    """Whether a token carries a party name on: a head word before "for"/"por" ("Together for Change"), that
    preposition, or its article, each with a capitalised word still to come."""
    folded = fold_text(tok)
    last = fold_text(cur[-1][2]) if cur else ""
    if folded in _NAME_FOR_HEADS and tok[0].isupper():
        nxt = re.match(r"\s+([^\W\d_]+)", s[end : end + 12])
        return not cur and bool(nxt) and fold_text(nxt.group(1)) in _NAME_FOR and _capital_next(s, end + nxt.end())
    if folded in _NAME_FOR:
        return last in _NAME_FOR_HEADS and _capital_next(s, end)
    return bool(cur) and last in _NAME_FOR and cur[-1][3] == "conn" and folded in _ARTICLES and _capital_next(s, end)


_ARTICLES = frozenset("the el la los las o a os as".split())


def _capital_next(s: str, pos: int) -> bool:
    m = re.match(r"\s+(?:(?:the|el|la|los|las|o|a|os|as)\s+)?([^\W\d_])", s[pos : pos + 16])
    return bool(m) and m.group(1).isupper()


def _word_before(s: str, pos: int) -> str:
    m = re.search(r"([^\W\d_]+)\s+$", s[max(0, pos - 20) : pos])
    return fold_text(m.group(1)) if m else ""


_LEAD_WORD = re.compile(rf"(\w+)\s+{ARTICLE}?$")


_PORTFOLIOS = frozenset(W.PORTFOLIOS.split())
_STATE_HEADS = frozenset(W.STATE_HEADS.split())


def _portfolio_words(s: str, cur: list[tuple[int, int, str, str]]) -> int:
    """How many of a run's first words are a minister's portfolio before a person's name ("la exministra de
    Economía Orna Barbivai": one), when a minister "of" stands before the run; none when no name follows."""
    n = 0
    while n < len(cur) and (fold_text(cur[n][2]) in _PORTFOLIOS or (n and cur[n][3] == "conn")):
        n += 1
    if n < len(cur) and n and cur[n - 1][3] == "conn":  # "ex-ministro da Economia de Cristina Kirchner": whose
        return 0  # minister, not who
    if not n or n == len(cur) or not _SEAT_OF.search(fold_text(s[max(0, cur[0][0] - 40) : cur[0][0]])):
        return 0
    return n


def _contestant_run(s: str, cur: list[tuple[int, int, str, str]], text: str) -> bool:
    """Whether a capitalised run is a contestant's name: not a heading, a place, a seat, a region, a source, a
    portfolio or an institution. The tests are asked one by one, cheapest first, and the first veto ends them."""
    words = {fold_text(t) for _, _, t, _ in cur}
    party = bool(words & PARTY)
    letters = [c for c in text if c.isalpha()]
    shouting = len(letters) > 6 and all(c.isupper() for c in letters)  # datelines, headings
    shouting = shouting and not (len(cur) == 1 and _JOINED_LETTERS.fullmatch(text))  # "MLSTP/PSD", "PSOE-PSC"
    # a short dateline too: capitals opening the text before a dash ("ILULISSAT — Venceu o Nunatta")
    shouting = shouting or (
        text.isupper() and not s[: cur[0][0]].strip() and bool(re.match(r"\s*[—–]\s", s[cur[-1][1] :]))
    )
    if shouting or fold_text(text) in _REGIONS:  # "Latin America", "Europa": a region is never a contestant
        return False
    # "the Patriotic Electoral Bloc", "Bloque Electoral Patriótico": with a party word, "electoral" is a
    # party's adjective; "Union Election Commission" names a body still
    institution = bool(words & _INSTITUTIONS) and not (words & PARTY_HEADS and words & _INSTITUTIONS <= _ADJ)
    if institution and words & BODY_OR_PARTY:  # "the Congress won 64 seats": a party where a holder stands
        institution = not holds_a_figure(s, cur[0][0], cur[-1][1])
    if institution:
        return False
    if (
        len(cur) > 2
        and fold_text(cur[0][2]) in _STATE_HEADS
        and cur[1][3] == "conn"
        and place_run(text[cur[2][0] - cur[0][0] :])
    ):
        return False  # "la jefatura del Estado de Eslovenia": the state itself
    before = fold_text(s[max(0, cur[0][0] - 30) : cur[0][0]])
    if not party:
        lead = _LEAD_WORD.search(before)  # "in the Northeast", "en el PREP"
        # "la victoria recayó en X": X, no place
        if lead and lead.group(1) in LOCATIVE and not _FELL_ON.search(before):
            return False
        if _SEAT_OF.search(before) or _MEMBER_FOR.search(before):  # "prefeito de São Paulo", "diputado por X"
            return False  # the office's seat
        if _PLACE_NOUN_AFTER.match(s, cur[-1][1]):  # "Magallanes region"
            return False
        if _NOT_CONTESTANT_BEFORE.search(before) or _DECLARED_BY.search(
            fold_text(s[max(0, cur[0][0] - 60) : cur[0][0]])
        ):
            return False  # "the economic capital Douala", "declared by the IEBC"
        if _INDEFINITE_BEFORE.search(before) and _SOURCE_AFTER.match(s, cur[-1][1]):
            return False  # "a Skopje news site"
        if _COUNT_AFTER.match(s, cur[-1][1]):  # "Servel cut"
            return False
    if len(cur) <= 2 and _PORTFOLIO_AFTER.match(s, cur[-1][1]):  # "Economy Minister Sergio Velarde"
        return False
    # "The Liberal, a retired judge, defeated his rival": a description of someone named elsewhere
    if len(cur) == 1 and fold_text(text) in PERSON_DESCRIPTORS and re.search(r"(?:^|\s)the\s+$", before):
        return False
    # "the former Lima city mayor", "a former UN envoy": where a post was held, not a contestant
    if _FORMER_END.search(before) and _LOWER_AFTER.match(s, cur[-1][1]):
        return False
    grouping = text.isupper() and _GROUPING.match(s, cur[-1][1])  # "the INDIA bloc": letters, not a place
    return party or bool(grouping) or not place_run(text)


def _runs(s: str) -> list[_Run]:
    """Contestant-like names in a sentence: capitalised runs that are not places, institutions or titles."""
    runs: list[_Run] = []
    cur: list[tuple[int, int, str, str]] = []  # start, end, token, kind

    def flush(possessive: bool = False) -> None:
        if not cur:  # most words are no name's: nothing to close
            return
        while cur and cur[-1][3] == "conn":
            cur.pop()
        del cur[: descriptor_words(cur)]  # "Democrat Josh Whitfield": the adjective describes the person
        del cur[: _portfolio_words(s, cur)]  # "exministra de Economía Orna Barbivai": the seat, then the person
        if cur:
            text = s[cur[0][0] : cur[-1][1]].strip('"“”‘’«» \u00a0\u202f')
            if len(text) > 1 and _contestant_run(s, cur, text):  # one letter names nobody ("U.S.": "U", "S")
                runs.append(_Run(cur[0][0], cur[-1][1], text, possessive))
        cur.clear()

    owned_end = 0
    for m in _TOKEN.finditer(s):
        tok, start, end = m.group(0), m.start(), m.end()
        if start < owned_end:  # "Erna Solberg's Conservatives": the owned word went on its owner's name
            continue
        possessive = tok.endswith(("'s", "’s")) and len(tok) > 2
        if possessive and inside_name(tok, s, end):  # "the People's Party": the possessive is inside the name
            possessive = False
        elif possessive:
            tok, end = tok[:-2], end - 2
        elif s[end : end + 2] in ("' ", "’ ") and tok[-1:] == "s" and not inside_name(tok, s, end + 1):
            possessive = True  # "Quesada' 47.2 percent"; not "the Workers' Party"
        kind = _token_kind(tok, s, start)
        if kind is None and (glued := _GLUED.match(tok)):  # "Fratelli d'Italia", "l'Union centriste": an elided
            kind = "name"  # article or preposition glued to a capital goes on a name, or opens one without itself
            if not cur:
                start, tok = start + glued.end(), tok[glued.end() :]
        elif kind == "name" and not cur and (article := _CAPITAL_ELIDED.match(tok)):  # "L'Union patriotique": the
            start, tok = start + article.end(), tok[article.end() :]  # sentence's article is no part of the name
        if _name_goes_on(tok, s, end, cur):  # "Union for the Homeland": one name, not "Union" and "Homeland"
            kind = "conn" if cur else "name"
        gap = s[cur[-1][1] : start] if cur else ""
        adjacent = bool(cur) and (gap.strip(" ") == "" or (gap.strip(" ") in ("'", "’") and joins(cur[-1][2], tok)))
        if kind is None or (kind == "conn" and not cur):
            flush()
            continue
        acronym = bool(cur) and len(cur[-1][2]) > 1 and cur[-1][2].isupper()
        if cur and (not adjacent or (kind == "conn" and acronym)):
            flush()
            if kind == "conn":
                continue
        cur.append((start, end, tok, kind))
        if possessive and (owned := _OWNED_PARTY.match(s, end)):  # "Portillo's party", "Vogel's conservatives"
            cur.append((end, owned.end(), s[end : owned.end()], "name"))
            flush()
            owned_end = owned.end()
        elif possessive:
            flush(possessive=True)
    flush()
    runs = with_adjectives(s, joined_names(s, runs))  # "le Parti socialiste"
    runs = [r for n, r in enumerate(runs) if not describes_next(s, r, runs[n + 1 : n + 2])]
    for run in runs:  # "and 11 for Quebec solidaire;": the holder's name runs to its clause's end
        if (tail := _HELD_FOR_TAIL.match(s, run.end)) and _HELD_FOR.search(s, max(0, run.start - 30), run.start):
            if fold_text(tail.group(1)) not in _NOT_TAIL and not fold_text(tail.group(1)).endswith(("ly", "mente")):
                run.end, run.text = tail.end(1), s[run.start : tail.end(1)]
    if (wire := WIRE_SOURCE.match(s)) is not None:  # "CURITIBA, 27 out (Boletim Araucária) —": the source's name
        runs = [r for r in runs if not wire.start(1) <= r.start < wire.end(1)]
    runs = with_families(s, described(s, runs))
    mark_affiliates(s, runs)
    for run in runs:  # "Tseng Ming-te and running mate Yeh Pei-lin": the running mate is the ticket's second
        if _RUNNING_MATE.search(fold_text(s[max(0, run.start - 40) : run.start])):
            run.affiliate = True
    return runs


_ADJ = frozenset({"electoral", "eleitoral"})  # the body words a party's name may hold


# The party a person owns, its generic word in either case: "Vogel's conservatives", "Erna Solberg's Conservatives".
_OWNED_PARTY = re.compile(rf"['’]s?\s+(?:[a-z][\w-]*\s+)?(?i:{'|'.join(W.OWNED_PARTY.split())})(?![\w'’-])")


_GROUPING = re.compile(rf"\s+(?:{'|'.join(sorted(set(W.PARTY_WORDS.split()) | {'bloc', 'camp', 'side'}))})\b")


_BACKED = tuple(W.BACKED_SUFFIXES.split())
