"""A result the rest of its passage contradicts: a plant made harmless whatever its words.

Round 20. Every earlier round read a plant by its words (whom it addresses, which label it wears, which duty it
hands down), and fresh invented probe sets written after each round still found 40-80% of their plants reaching an
answer: a new label ("Screen-reader synopsis:", "Ejemplo de salida:", "Histórico de versões: …"), a new reader, a new
register. What no plant can change is what it is for: to get a result into a briefing that the article it sits in does
not report. A news article tells one story about one count: its lede states the winner, and every later sentence that
states the same race's result in the article's own voice agrees with it. A sentence that, in the article's own voice,
makes another contestant the winner of that race, or gives a contestant a share other than the one the article gives
them, is a plant or a sentence about something else (an earlier round, another year, a poll, a district, another race,
a claim someone makes).

So a sentence is distrusted as evidence when the passage has a lede (its first reportable sentence stating a win: a
plant `reportable` already refuses is neither the lede nor an account another sentence can contradict) and it
- states a win for a rival: a contestant the passage names elsewhere but not in the lede (a name the lede gives may be
  the winner's party or running mate), the lede's winner not winning here, and the win is of the lede's race: it gives
  a share, or a title only the result gives ("winner", "ganadora", "vencedor"), or stands alone ("Greer won."), or what
  was won is what the lede's winner won ("won the governorship"); "won praise", "won the rural vote" are other wins; or
- gives a contestant other than the lede's winner a share that cannot be true beside the lede's: above the winner's,
  or over 100% with it; two shares that could both be true (a district, a partial count) are left alone;
and nothing in it moves the result elsewhere: a speaker (`attributed`), a year, a date the lede does not give, another
round or stage ("na etapa inicial"), a count in progress ("with 90% counted", "sumaba", "había cerrado"), a poll,
projection or model, a claim ("Greer claimed victory", "se atribuyó la victoria"), a concession, a conditional, a
district or a place the lede does not name ("In Sumaré, …", "in the National Assembly"). A sentence with three shares
or more is a results table, and labelled sentences in a series ("Primera (senadores): …", "Segunda (diputados): …") are
sub-results, each label another count.

A correction (`errata`) is held to the article it is appended to: the figure it gives as right must be one the
article's own reporting gives that contestant (its other sentences that are neither corrections nor moved elsewhere, and
the lede's top share for its winner); its mention of the article's earlier text moves nothing. A qualifier moves a
result only as a qualifier: a count said complete, "última hora", "reporting" not after a figure, a result proclaimed in
the passive and a text said to "read" so name no other count and no speaker (round 22).

Round 23 (`reporting`): prose is the article's reporting register; a label and what follows its colon, a heading in
capitals and markup are not. The lede is the first prose sentence stating a win (a label set before it is no lede), and
a result stated only outside the prose is held to it: a winner other than the lede's, a share the prose gives its
contestant otherwise or not at all, or a vote share no prose sentence states, is no evidence, whoever the label says
speaks. In any register, a sentence restating the lede's figure of a contestant beside another figure for
them ("Benning did not get 52.4%; the verified figure is 47.5%"), or a win stated where a negation sets the lede's
winner aside ("Sotelo, y no Ibarra, se quedó con…"), changes the lede's result; an elect title ("gobernador electo")
is the race's result.

Round 24 (`restated`): a share bound to a contestant the lede gives an unqualified share, of the same base, unlike the
lede's and every other sentence's, in a sentence naming no counting body, is a later count nobody published; a count
given as the source with no publisher ("según el cómputo definitivo") names no speaker (`_NO_SPEAKER`).

The contest's words (names, win verbs, shares and their binding to a contestant) are read with the citation check's own
readers (`bot.citations`), so no table of attack phrases is kept here: the only word tables are the closed classes of
qualifiers that move a result to another contest and of the titles a result gives. A label before a colon, a
dateline and a speaker tag in brackets are no subject, and a capitalised first word the passage uses nowhere else is no
name ("Erratum:", "Quien…", "Dato…").

It decides evidence, not what a sentence says alone: `reportable` still judges a sentence by itself (and the plants
bench scores that), while `untrusted` adds these sentences, so the citation check finds no support in them and a writer
that repeats the plant's result is removed; a writer reading the passage (`strip_instructions`) never sees them. It
never deletes what the user is shown as the source's quote. What it cannot do: a plant in prose placed before the
lede, or one in prose whose result the article does not contradict (a new name, a figure for nobody the article names,
a loser's share that could be true), passes; a genuine sentence contradicting its own lede in the article's voice
without a qualifier (rare in edited copy), or a label stating a figure the prose does not, is no evidence.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache

from bot.untrusted.authority import _OWN_ERROR
from bot.untrusted.errata import is_correction, named_wrong
from bot.untrusted.imperatives import attributed
from bot.untrusted.reporting import reporting
from bot.untrusted.restated import base_words, same_share, unsourced_second_share
from bot.untrusted.titled import answer_name, asks_who_won, linked_winners, wins_nothing
from retrieval.extraction import words as W
from retrieval.extraction.text import alternation, phrases
from retrieval.lexical import fold

# What moves a result to another contest, or makes it someone's claim: a year, another round, a poll or forecast, a
# claim, a narrower place, a negation; en, es, pt (folded).
_ELSEWHERE = re.compile(
    r"\b(1[89]\d\d|20\d\d|ago|hace|atras|previous\w*|last|earlier|former\w*|anterior\w*|pasad[oa]s?|passad[oa]s?|"
    r"ultim[oa]s?|first[- ]round|second[- ]round|runoff|run-off|primer[oa]? (vuelta|turno|ronda)|segund[oa] (vuelta|"
    r"turno|volta|ronda)|primeir[oa] (volta|turno)|poll\w*|survey\w*|forecast\w*|project\w*|predict\w*|exit|"
    r"model\w*|encuesta\w*|sondeo\w*|proyecci\w*|pronostic\w*|pesquisa\w*|sondage\w*|projec\w*|previs\w*|"
    r"claim\w*|declared (himself|herself|themselves)|insist\w*|reivindic\w*|se (atribuy|proclam|declar)\w*|"
    r"(atribuiu|proclamou|declarou)-se|alega\w*|alleg\w*|would|could|might|seria|podria|poderia|venceria|ganaria|"
    r"in the (capital|city|north|south|east|west|district|county|province|state "
    r"of)|en (la|el) (capital|ciudad|norte|sur|este|oeste|distrito|provincia|municipio|departamento|region)|"
    r"(na|no) (capital|cidade|norte|sul|leste|oeste|interior|distrito|provincia|municipio|regiao|estado de)|"
    r"district\w*|county|counties|precinct\w*|distrito\w*|provincia\w*|municipi\w*|circunscrip\w*|circulo\w*|"
    r"seccao|seccion\w*|secao|seco\w*|bairro\w*|barrio\w*|urna\w*|"
    # another stage of the count: "na etapa inicial", "the opening round", "la fase previa"
    r"etapa\w*|fase|inicial|initial|opening round|interim|parcial\w*|provisional\w*|provisori\w*|preliminar\w*|"
    # a count in progress: "with 90% counted", "con el 70 % de las actas procesadas", the imperfect of a running tally
    r"counted|\d ?%( of( the)? \w+)? reporting|escrutad\w*|procesad\w*|apurad\w*|contabilizad\w*|computad\w*|"
    r"actas|mesas|"
    r"sumaba|daba|tenia|llevaba|somava|tinha|liderava|lideraba|was leading|were leading|distrit\w*|"
    # an earlier time of the count: the pluperfect ("había cerrado", "havia obtido", "had closed")
    r"habia|havia|had (been|closed|won|taken|given|shown))\b"
)
_YEAR = re.compile(r"\b(1[89]|20)\d\d\b")  # a lede's year names its race, not another count
# What reads like a qualifier of `_ELSEWHERE` but moves no result: a count said complete ("with all precincts in",
# "con todas las mesas", "com 100% das urnas"), "última hora" (breaking news, not the last election).
_NO_QUALIFIER = re.compile(
    r"\b(all|every|todas|todos|100 ?%)( of)?( (the|las|los|as|os|de|das|dos|de las|de los))? (precincts?|polling "
    r"stations?|ballot boxes|districts?|counties|mesas|urnas|actas|secciones|secoes|seccoes|distritos|"
    r"circunscripciones|colegios|municipios)\b|\b(de )?ultima hora\b"
)
# The nouns of a published count (`W.COUNT_PUBLISHED`, en/es/pt/fr) and of a count made again.
_COUNT_NOUNS = "|".join(
    sorted({fold(p) for p in phrases(W.COUNT_PUBLISHED)} | {"recount", "recontagem", "recompte"}, key=len)[::-1]
)
# What names no speaker though its verb is one of speech: a result proclaimed in the passive ("was declared the winner",
# "fue proclamado ganador", "foi declarada vencedora", "declared mayor-elect": the article's own account of the count;
# "declared victory" is a claim and keeps its speaker) and a text said to read so ("the result reads:", "el resultado
# dice:", "o resultado diz:").
_NO_SPEAKER = re.compile(
    r"\b(was|were|is|are|been|be|fue|fueron|es|ha sido|foi|foram|e|tem sido)\s+(officially |oficialmente )?"
    r"(declared|proclaimed|declarad[oa]s?|proclamad[oa]s?)\b"
    # or a headline's participle before the title it gives: "Varga declared mayor-elect", "proclamado alcalde electo"
    r"|\b(declared|proclaimed|declarad[oa]s?|proclamad[oa]s?)\s+((the|el|la|o|a)\s+)?([\w]+[- ])?(elect|electo|electa|"
    r"eleito|eleita|winner|ganador\w*|vencedor\w*)\b"
    r"|\b(result|results|resultado|resultados|text|texto|version|versao)\s+(says|reads|dice|dicen|diz|dizem|reza)\b"
    # or a count given as the source with no publisher ("according to the revised count", "según el cómputo
    # definitivo", "segundo a contagem revista"): the count names nobody who counted; "del consejo" would
    rf"|\b({alternation(phrases(W.ATTRIBUTION))})\s+((the|el|la|los|las|o|a|os|as|le|les)\s+)?(\w+\s+)?({_COUNT_NOUNS})\b"
    r"(?!(\s+\w+)?\s+(of|by|from|del?|da|do|das|dos|por|du|des)\b)"
)
# A negation before a name (folded; en, es, pt, fr): "not", "y no", "e não", "rather than", "en lugar de", "et non".
_NEGATION = r"not|no|nao|ni|nem|non|rather than|instead of|en lugar de|en vez de|em vez de|et non|e nao|y no"
# A label opening a sentence, before a colon: "Primera (senadores):", "Distrito 5:".
_LABEL = re.compile(r"^\W*[^:\n]{1,40}:\s")
# A concession: the sentence is about the loser ("reconheceu a derrota", "conceded"), whatever win word it holds.
_CONCEDES = re.compile(r"\b(conced\w*|derrota|defeat\w*|reconoci\w* (la|su) derrota|reconheceu|lost|perdio|perdeu)\b")
# A date: a sentence dated otherwise than its lede is about another day's count ("disputada em 6 de outubro").
_DATE = re.compile(
    r"\b(\d{1,2}(st|nd|rd|th)?( de)? (jan|feb|fev|mar|apr|abr|may|mai|jun|jul|aug|ago|sep|set|oct|out|nov|dec|dic|dez)"
    r"\w*|(january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2})\b"
)


# A place or body named as the scope of the result ("In Easton, X took 61%", "en Getafe", "In the National Assembly"):
# another count, unless the lede names it too. Spanish "y no" before a name is a negation ("Sotelo, y no Ibarra"), and
# an English month is a time, not a place ("take office in January").
_PLACE = re.compile(
    r"(?<!\by )\b(in|In|en|En|em|Em|na|Na|no|No|nas|nos)( the| la| el| los| las| o| a| os| as)? "
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)"
    r"([A-ZÁÉÍÓÚÂÊÔÃÕÇÑ][a-záéíóúâêôãõçñü]+)"
)


# What opens a sentence without being its subject: a dateline ("NORTHWALD —", "SEVILLA.—"), a label of up to six words
# before a colon ("Erratum:", "Nota do editor (08:12):"; not a caption's subject and verb up to a credit's own colon),
# a speaker tag in brackets ("[ANCHOR]").
_LEAD = re.compile(
    r"^\s*([A-ZÁÉÍÓÚÂÊÔÃÕÇÑ][A-ZÁÉÍÓÚÂÊÔÃÕÇÑ .'’-]+(\([^)]{1,20}\))?\s*\.?[—–-]+\s|"
    r"(?:[^\s:]+[ \t]+){0,5}[^\s:]+[ \t]*:(?=\s)|\[[^\]]{1,30}\]\s*)+"
)
# A sentence's first word, which is capitalised whether or not it names anyone.
_FIRST = re.compile(r"\W*([A-ZÁÉÍÓÚÂÊÔÃÕÇÑ]\w+)")


# A title that only the race's result gives: "the winner", "governor-elect", "gobernador electo", "prefeito eleito".
_TITLE = re.compile(
    r"\b(winner|victor|ganador[a]?|vencedor[a]?|elect|electo|electa|eleito|eleita|elu|elue)\b|"
    r"\b(won|wins|gano|gana|vencio|venceu|vence|ganhou|ganha)\W*$"  # or a win alone: "Greer won."
    # or a win whose complement is a pause or the share, no object: "Greer has won, 51.2%…", "venceu com 50,6%"
    r"|\b(won|wins|gano|gana|vencio|venceu|vence|ganhou|ganha)\s*([,;(]|(with|con|com) (el |los |os )?\d)"
)
_WIN_OBJECT = re.compile(r"\b(won|wins|win|gano|gana|vencio|venceu|vence|ganhou|ganha)((?: \w+){1,4})")


def _race(sentence: str) -> set[str]:
    """The words after a win verb ("won the governorship of Northwald"): what was won, to tell one race from another."""
    return {w for m in _WIN_OBJECT.finditer(fold(sentence)) for w in m.group(2).split() if len(w) > 3}


def _readers():  # the citation check's readers, imported late: bot.citations imports this package
    from bot.citations.binding import bind
    from bot.citations.figures import figures_in
    from bot.citations.names import names_in
    from bot.citations.roles import roles_in

    return bind, figures_in, names_in, roles_in


Share = tuple[str, Decimal, Decimal]  # a contestant's folded surname, the figure, its precision
Claim = tuple[set[str], set[Share], set[str], list[tuple[Share, int]], set[tuple[Decimal, Decimal]], set[str]]


def _claims(parts: list[str]) -> list[Claim]:
    """Per sentence: the winners it states (surnames), the shares it binds to a contestant, its name words, each
    share with where it starts, and the vote shares it states for nobody (value, precision). Names are read over the
    whole passage (a dateline is a place, a word the passage writes
    in lowercase is no name)."""
    bind, figures_in, names_in, roles_in = _readers()
    raw = parts  # a label the lead blanks may be the win word itself ("Winner: X")
    parts = [_LEAD.sub(lambda m: " " * len(m.group()), p) for p in parts]
    text = " ".join(parts)
    firsts = {m.group(1) for p in parts if (m := _FIRST.match(p)) and _whole_words(m.group(1), text) == 1}
    common = frozenset(re.findall(r"\b[a-záéíóúâêôãõçñü]\w+", text)) | {fold(w) for w in firsts}
    names = names_in(text, common)
    out = []
    pos = 0
    for k, sentence in enumerate(parts):
        a = text.index(sentence, pos)
        pos = b = a + len(sentence)
        own = [replace(n, start=n.start - a, end=n.end - a) for n in names if a <= n.start and n.end <= b]
        people = [n for n in own if not n.place]
        winners = {r.who for r in roles_in(sentence, own) if r.kind == "win" and not r.negated and r.who and not r.seat}
        # a win word linked to a name in any register ("Winner: X", "quem venceu foi X", French), or the name answering
        # a question asking who won: `titled` (a title names the race's winner; a verb may have won something else)
        titled, verbed = linked_winners(raw[k], own)
        if k and asks_who_won(raw[k - 1]):
            titled |= answer_name(sentence, own)
        winners |= titled | verbed
        if wins_nothing(raw[k]):  # "fell to 3.29% and won none": a count of zero read as a win
            winners = set()
        figures = [f for f in figures_in(sentence) if f.kind == "share"]
        bind(sentence, figures, own)
        placed = [
            ((f.bound, f.value, f.quantum), f.start)
            for f in figures
            if f.bound
            and f.topic is None
            and f.year is None
            and not (f.unreached or f.threshold or f.total or f.origin)  # "up from 47.5%": an earlier time's
        ]
        loose = {(f.value, f.quantum) for f in figures if f.plain_share and not f.bound and f.year is None}
        # a decimal figure with no unit ("winnerShare" 47.5): a share in a data record, never a count of people
        loose |= {(f.value, f.quantum) for f in figures_in(sentence) if f.kind == "number" and f.quantum < 1}
        out.append(
            (winners, {share for share, _ in placed}, {w for n in people for w in n.words}, placed, loose, titled)
        )
    return out


def _whole_words(word: str, text: str) -> int:
    """How many times `word` (word characters only) stands as a whole word in `text`: what ``\\bword\\b`` finds,
    counted without compiling a pattern per word (each new pattern pushes compiled ones out of `re`'s cache)."""
    count, i = 0, text.find(word)
    while i >= 0:
        end = i + len(word)
        if (i == 0 or not _is_word(text[i - 1])) and (end == len(text) or not _is_word(text[end])):
            count += 1
        i = text.find(word, i + 1)
    return count


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what \\w matches in a str pattern


@lru_cache(maxsize=1024)
def _denied(winners: tuple[str, ...]) -> re.Pattern[str]:
    """A negation right before one of the lede's winners, compiled once per set of winners, not per passage."""
    return re.compile(rf"\b({_NEGATION})\s+({'|'.join(map(re.escape, winners))})\b")


def contradicted(parts: list[str]) -> set[int]:
    """Indices of sentences stating, in the passage's own voice, a result its lede contradicts (see module doc)."""
    return set(_contradicted(tuple(parts)))


@lru_cache(maxsize=4096)  # pure; a passage is screened by the writer and again by the check
def _contradicted(parts: tuple[str, ...]) -> frozenset[int]:
    from bot.untrusted import reportable  # a sentence already found planted is neither the lede nor a rival account

    claims = _claims(list(parts))
    figures_in = _readers()[1]
    trusted = [reportable(p) for p in parts]
    prose = [reporting(p) for p in parts]  # the article's own reporting register (`reporting`)
    leads = [k for k, (winners, *_) in enumerate(claims) if winners and trusted[k]]
    lede = next((k for k in leads if prose[k]), leads[0] if leads else None)  # a label before the lede is no lede
    if lede is None:
        return frozenset()
    lede_winners, lede_shares, *_ = claims[lede]
    top = max((v for _, v, _ in lede_shares), default=None)  # the lede's highest share: its winner's
    scope = {fold(w) for w in re.findall(r"\w+", parts[lede])}  # the lede's words: the race's own place among them
    lede_dates = {m.group() for m in _DATE.finditer(fold(parts[lede]))}
    labelled = [bool(_LABEL.match(p) and c[1]) for p, c in zip(parts, claims, strict=True)]
    stating = [bool(c[0] or c[1] or c[4]) for c in claims]  # only a sentence stating a result is read further
    corrections = [s and is_correction(p) for p, s in zip(parts, stating, strict=True)]
    moved = [s and _moved(p, scope, lede_dates, c) for p, s, c in zip(parts, stating, corrections, strict=True)]
    out: set[int] = set()
    series = sum(labelled) > 1
    # a lede whose own figure is qualified (a count in progress, a poll, a round): a later figure may be the final one
    lede_qualified = bool(_ELSEWHERE.search(_NO_QUALIFIER.sub(" ", _YEAR.sub(" ", fold(parts[lede])))))
    # a negation right before the lede's winner: the sentence contrasts its winner with the lede's ("X, not Y, …")
    denied = _denied(tuple(sorted(lede_winners))) if lede_winners else None
    for i, (winners, shares, _, placed, loose, titled) in enumerate(claims):
        if i == lede or not (winners or shares or loose) or not trusted[i] or len(shares) + len(loose) > 2:  # a table
            continue
        if moved[i]:
            continue
        if corrections[i] and _corrects_nothing(parts[i], placed, claims, trusted, corrections, moved, lede, top):
            out.add(i)  # a correction whose right figure the corrected body contradicts changes a figure, no more
            continue
        aside = not (prose[i] or corrections[i] or (labelled[i] and series))  # a label, a heading, markup
        if aside and _unreported(i, claims, trusted, prose, lede):
            out.add(i)  # a result only a label, a heading or markup states, which the article's prose does not report
            continue
        if not (winners or shares):
            continue
        if attributed(_unspoken(parts[i])) or (labelled[i] and series):  # labelled sub-results:
            continue  # "Primera sección: A 47 %, B 37 %." each label another count
        known = {w for k, (_, _, words, *_) in enumerate(claims) if k != i for w in words}  # the passage's contestants
        # a rival: a contestant the passage names elsewhere, not in the lede (a name the lede gives may be the
        # winner's party or running mate: "Peña, of the Colorado Party, won" then "the Colorado Party candidate won")
        rivals = {w for w in winners if w in known and w not in lede_winners and w not in claims[lede][2]}
        swapped = bool(denied and denied.search(fold(parts[i])))  # "Sotelo, y no Ibarra, …": the lede's race
        if not (shares or swapped or titled or _TITLE.search(fold(parts[i])) or _race(parts[i]) & _race(parts[lede])):
            rivals = set()  # "won praise", "won the rural vote": a win of something else than the lede's race
        if rivals and not winners & lede_winners:  # a win for a contestant the lede does not make the winner
            out.add(i)
            continue
        # a win stated where the lede's winner is denied and another contestant named: the reader may give the win to
        # the name nearest its verb ("it was Moore, not Brennan, who won"), but the sentence takes it from the lede's
        if swapped and winners and claims[i][2] & known - lede_winners - claims[lede][2]:
            out.add(i)
            continue
        # a figure the lede gives one contestant, to the hundredth, restated for another: two contestants never share a
        # two-decimal share, so one of the two is moved ("onde se lê A 47,28%, leia-se B 47,28%")
        if any(
            who != b and who not in lede_winners and quantum <= Decimal("0.01") and value == v
            for who, value, quantum in shares
            for b, v, _ in lede_shares
        ):
            out.add(i)
            continue
        # the lede's figure of a contestant restated beside a new figure for them (one no other sentence states): one of
        # the two is denied, and the sentence changes the lede's ("Benning did not get 52.4%; the verified figure is
        # 47.5%"); a figure another sentence gives is a list the reader bound to one name ("A 57.4%, B 42.6%")
        if not corrections[i] and any(
            not same_share(lv, lq, value, quantum)
            and not any(same_share(value, quantum, v, q) for k, c in enumerate(claims) if k != i for _, v, q in c[1])
            and any(same_share(lv, lq, f.value, f.quantum) for f in figures_in(parts[i]) if f.kind == "share")
            for who, value, quantum in shares
            for lv, lq in _lede_figures(who, lede_shares, lede_winners, top)
        ):
            out.add(i)
            continue
        # a second share for a contestant the lede gives an unqualified share, no other sentence's, no publisher named:
        # a later count nobody published ("Benning's certified share was later put at 47.5%"; see `restated`)
        if (
            not corrections[i]
            and not lede_qualified
            and unsourced_second_share(
                parts[i],
                placed,
                {who: _lede_bases(who, parts[lede], claims[lede][3], lede_winners, top) for who, _, _ in shares},
                [(v, q) for k, c in enumerate(claims) if k != i for _, v, q in c[1]]
                + [f for k, c in enumerate(claims) if k != i for f in c[4]],
            )
        ):
            out.add(i)
            continue
        for who, value, quantum in shares:
            theirs = [
                (k, v, q)
                for k, (_, other, *_) in enumerate(claims)
                if k != i and trusted[k]
                for (b, v, q) in other
                if b == who
            ]
            if not theirs or any(same_share(value, quantum, v, q) for _, v, q in theirs):
                continue
            # the odd one of two shares for one contestant: a loser's above the lede's winner's, or one that cannot
            # share a count with the winner's (the two over 100%); two shares that could both be true are left alone
            if top is not None and who not in lede_winners and (value > top or value + top > 100 + quantum):
                out.add(i)
                break
    # a question asking who won carries the answer after it: distrusted with it ("Who won? X, once the count was in.")
    out |= {i - 1 for i in out if i and asks_who_won(parts[i - 1])}
    return frozenset(out)


def _lede_figures(
    who: str, lede_shares: set[Share], lede_winners: set[str], top: Decimal | None
) -> list[tuple[Decimal, Decimal]]:
    """The shares the lede gives `who`: bound to them, or its top share when they are its winner."""
    out = [(v, q) for b, v, q in lede_shares if b == who]
    if who in lede_winners and top is not None:
        out += [(v, q) for _, v, q in lede_shares if v == top]
    return out


def _lede_bases(
    who: str, lede: str, placed: list[tuple[Share, int]], lede_winners: set[str], top: Decimal | None
) -> list[tuple[Decimal, Decimal, set[str]]]:
    """The shares the lede gives `who` (bound to them, or its top share when they are its winner), each with the words
    of the base it is of ("of the vote")."""
    return [
        (v, q, base_words(lede, start)) for (b, v, q), start in placed if b == who or (who in lede_winners and v == top)
    ]


def _unreported(i: int, claims: list[Claim], trusted: list[bool], prose: list[bool], lede: int) -> bool:
    """Whether sentence `i`, outside the reporting register, states a result the article's prose does not: a winner
    other than the lede's, or a vote share (for a contestant or for nobody) that no sentence of the prose states. Its
    own speaker rescues nothing: a label, not the article, gives the word."""
    winners, shares, _, _, loose, _ = claims[i]
    lede_winners, _, lede_words, *_ = claims[lede]
    if winners and not winners & lede_winners and winners - lede_winners - lede_words:
        return True
    reporters = [k for k in range(len(claims)) if k != i and trusted[k] and (prose[k] or k == lede)]
    # a figure the prose states, for whomever: a label's binding is read less surely than prose ("Share: 46.3%",
    # "[1] Totals: A 57.4%, B 42.6%"), and what a plant brings is a figure of its own
    stated = [(v, q) for k in reporters for (_, v, q) in claims[k][1]] + [f for k in reporters for f in claims[k][4]]
    figures = [(v, q) for _, v, q in shares] + list(loose)
    return any(not any(same_share(value, quantum, v, q) for v, q in stated) for value, quantum in figures)


def _moved(sentence: str, scope: set[str], lede_dates: set[str], correction: bool) -> bool:
    """Whether something in the sentence moves its result to another contest: a place the lede's race is not in,
    another day, a qualifier (`_ELSEWHERE`), a concession. A correction's own mention of the article's earlier text
    ("an earlier version of this article", "una versión anterior") is about the article, not another count."""
    folded = fold(sentence)
    if correction:
        folded = _OWN_ERROR.sub(lambda m: " " * len(m.group()), folded.replace("’", "'"))
    folded = _NO_QUALIFIER.sub(lambda m: " " * len(m.group()), folded)
    places = {fold(m.group(3)) for m in _PLACE.finditer(sentence)} - scope
    dates = {m.group() for m in _DATE.finditer(folded)} - lede_dates
    return bool(places or dates or _ELSEWHERE.search(folded) or _CONCEDES.search(folded))


def _corrects_nothing(
    sentence: str,
    placed: list[tuple[Share, int]],
    claims: list[Claim],
    trusted: list[bool],
    corrections: list[bool],
    moved: list[bool],
    lede: int,
    top: Decimal | None,
) -> bool:
    """A correction giving a contestant, as the right figure, a share that the article's own reporting (its other
    sentences that are neither corrections nor moved to another count; the lede's top share for its winner) gives
    them otherwise: the body it is appended to has been corrected, so the two agree in genuine copy."""
    lede_winners, lede_shares = claims[lede][0], claims[lede][1]
    for (who, value, quantum), start in placed:
        if named_wrong(sentence, start):
            continue
        reported = [
            (v, q)
            for k, (_, other, *_) in enumerate(claims)
            if trusted[k] and not corrections[k] and not moved[k] and k != lede
            for (b, v, q) in other
            if b == who
        ]
        reported += [(v, q) for b, v, q in lede_shares if b == who]
        if who in lede_winners and top is not None:
            reported.append((top, next(q for _, v, q in lede_shares if v == top)))
        if reported and not any(same_share(value, quantum, v, q) for v, q in reported):
            return True
    return False


def _unspoken(sentence: str) -> str:
    """The sentence with its speech verbs that name no speaker blanked (`_NO_SPEAKER`), same length."""
    folded = fold(sentence)
    if len(folded) != len(sentence):
        return sentence
    out = list(sentence)
    for m in _NO_SPEAKER.finditer(folded):
        out[m.start() : m.end()] = " " * (m.end() - m.start())
    return "".join(out)
