"""A sentence's figures as written: shares, votes, seats and margin.

Count progress and turnout are told apart from vote shares; polls, past votes, quotations and ranges are
dropped. Figures in words ("seven seats", "half the vote") are figures too (`numwords`).
"""

from __future__ import annotations

import re

from retrieval.extraction import words as W
from retrieval.extraction.clauses import poll_closed
from retrieval.extraction.number_words import FRACTION_OF, RATIO_OF
from retrieval.extraction.numbers import _share_value
from retrieval.extraction.numwords import FRACTION, NUMBER, RATIO, lookalike, may_hold_words
from retrieval.extraction.polls import opinion_poll
from retrieval.extraction.records import _Fig, _Read, _Run
from retrieval.extraction.text import ARTICLE, alternation, phrases, words_rx
from retrieval.extraction.turnout_said import share_of_roll, turnout_put, without_days
from retrieval.extraction.vote_pairs import paired_votes

_PROGRESS_AFTER = words_rx(W.PROGRESS_AFTER)
_ABSTAINED_BEFORE = words_rx(W.ABSTAINED_BEFORE)
_ABSTAINED_AFTER = re.compile(rf"[^,;.\d]{{0,40}}?(?<![\w-])(?:{alternation(phrases(W.ABSTAINED_AFTER))})(?![\w-])")
_HOLDER = re.compile(rf"(?<![\w-])(?:{alternation([v.strip() for v in W.HOLDER_VERBS.split(',')])})(?![\w-])")
_TURNOUT_ANY = words_rx(W.TURNOUT)


def _abstention(folded: str, start: int, end: int) -> bool:
    """Whether a share is the part of the roll that stayed away: said of the people who did not vote right after
    it, or with abstention the nearest subject before it in its clause (a colon opens no new clause: "A abstenção
    chamou a atenção: 31%"), no turnout word and no holder's verb ("Amid high abstention, X won 41%") between."""
    if _ABSTAINED_AFTER.match(folded, end):
        return True
    clause = re.split(r"[,;()]|\.\s", folded[max(0, start - 90) : start])[-1]
    named = list(_ABSTAINED_BEFORE.finditer(clause))
    if not named:
        return False
    between = clause[named[-1].end() :]
    return not _TURNOUT_ANY.search(between) and not _HOLDER.search(between)


# "Con el 20% del escrutinio,", "at 97.52% of the count": a share of the count itself after "with" or "at"
# (`W.PROGRESS_OF`).
_PROGRESS_OF = re.compile(
    rf"\s*(?:of\s+the|of|del|de\s+las|de\s+los|da|do|das|dos)\s+(?:{alternation(phrases(W.PROGRESS_OF))})(?![\w-])"
)
_WITH_BEFORE = re.compile(
    r"(?<![\w-])(?:with|con|com|at|al|a|ao)\s+(?:(?:el|o)\s+)?(?:(?:at\s+least|about|nearly|almost|more\s+than|over"
    r"|some|around|just\s+over|casi|mas\s+de|cerca\s+del?|quase|mais\s+de)\s+)?$"
)  # "with at least 95 per cent of polls in"
# "just over half the vote, 50.28%": a share in words restated in digits right after it.
_DIGITS_AFTER = re.compile(
    r"\s*[,(]\s*(?:(?:or|o|ou|some|about|unos|cerca\s+de)\s+)?(?:(?:el|o|a)\s+)?\d{1,2}(?:[.,]\d+)?\s*"
    r"(?:%|per\s*cent|percent|por\s+ciento|por\s+cento)"
)
# "from 30,098 of the country's 34,684 polling stations, or 86.78%,": the share restates how far the count has gone.
_PROGRESS_RESTATED = re.compile(
    rf"(?<![\w-])(?:{alternation(phrases(W.PROGRESS_AFTER))})(?:\s*,\s*(?:or|o|ou|u)\s+|\s*\(\s*){ARTICLE}?$"
)
_PROGRESS_BEFORE = re.compile(rf"(?:{alternation(phrases(W.PROGRESS_BEFORE))})\s*(?:the\s+|el\s+|o\s+)?$")
# "The Greens had 39.9 percent of the votes counted so far", "tenía el 39,9 % de los votos contados": a share a
# holder's verb gives is the holder's share of the votes counted, not how far the count has gone.
_HELD_SHARE = re.compile(
    r"(?<![\w-])(?:had|has|took|takes|won|got|polled|secured|tenia|tiene|sumaba|obtuvo|obtenia|tinha|tem|somava"
    r"|obteve|obtinha)\s+(?:(?:el|o)\s+)?$"
)


_TURNOUT = words_rx(W.TURNOUT)


# "Turnout: 75.61%": the turnout word as a label, its figure after the colon. A label after a figure ("... Zahir
# 0.2% Turnout: 75.61%", a list flattened into one line) names the next figure, not that one.
_TURNOUT_LABEL = re.compile(rf"(?<![\w-])(?:{alternation(phrases(W.TURNOUT))})\s*:\s*$")
_TURNOUT_LABEL_AFTER = re.compile(rf"\s*(?:{alternation(phrases(W.TURNOUT))})\s*:")


# A sentence whose subject is the turnout, with an aside before its first figure: "Turnout, including the postal
# ballots of residents abroad, was 66.6%", "La participación, según el tribunal, fue del 71 %". The aside may hold a
# number of its own when commas close it: "La participación en la capital, con 7.410.939 electores, fue del 78,6%".
# An opening clause before the subject holds no figure: "Selon la commission, la participation au référendum a été de".
_TURNOUT_SUBJECT = re.compile(
    rf"(?:[^\d%,;]{{1,60}},)?[\W]*(?:(?:the|la|a|el|o)\s+)?(?:{alternation(phrases(W.TURNOUT))})(?![\w-])[^\d%]*$"
)
_ASIDE_WITH_NUMBER = re.compile(r",[^,%]*(?:(?<=\d),(?=\d)[^,%]*)*,")


def _turnout_subject(before: str) -> bool:
    """Whether the turnout is the subject the figure after `before` completes, asides between commas aside."""
    before = without_days(before)
    return bool(_TURNOUT_SUBJECT.match(before) or _TURNOUT_SUBJECT.match(_ASIDE_WITH_NUMBER.sub(",", before)))


_NOT_SHARE = words_rx(W.NOT_SHARE)


_OF = re.compile(r"\s*(?:of|de|del|da|do|das|dos)\b")


# A share as written: up to four decimals, as electoral bodies that publish them do ("47.4294 por ciento").
_NUM = r"(?<![\d.,])\d{1,3}(?:[.,]\d{1,4})?"


_PCT_UNIT = rf"(?:%|(?:{alternation(phrases(W.PERCENT))})(?!\w))"


_SHARE = re.compile(rf"({_NUM})\s*{_PCT_UNIT}")


# "50.9% of the vote to 49.1%", "50,9% de los votos a 49,1%": the first share's noun may stand before the "to".
_PAIR_NOUN = r"(?:\s+(?:of|de|dos)\s+(?:the\s+|los\s+)?(?:vote|votes|ballots|votos|sufragios))?"


_PAIR = re.compile(
    rf"({_NUM})\s*{_PCT_UNIT}?{_PAIR_NOUN}\s*(?:to|a|versus|vs\.?|x|-|–|contra|against)\s*(?:the\s+|el\s+|os\s+)?({_NUM})\s*{_PCT_UNIT}"
)


_MULT = alternation(phrases(W.MULTIPLIER))


_VOTES_UNIT = rf"(?:de\s+)?(?:valid\s+|validos\s+|electoral\s+|popular\s+)?({alternation(phrases(W.VOTES))})(?!\w)"


_VOTES = re.compile(rf"(?<![\d.,])(\d{{1,3}}(?:[.,\s]\d{{3}})+|\d+(?:[.,]\d+)?\s+(?:{_MULT})|\d+)\s+{_VOTES_UNIT}")


_VOTES_WORDS = re.compile(rf"({NUMBER}(?:\s+(?:{_MULT}))?)\s+{_VOTES_UNIT}")  # "two million votes"


_SEATS_UNIT = alternation(phrases(W.SEATS))


_SEATS = re.compile(
    rf"(?<![\d.,-])(\d{{1,4}})(?:\s+(?:of|out\s+of|de|dos|das|of\s+the|de\s+los|de\s+las|dos|das|des|sur)\s+(?:the\s+)?"
    r"(?:(?:[\w-]+\s+){0,3}[\w-]+['’]s\s+)?(\d{1,4})"  # "112 of the National Assembly's 151 seats"
    r"\s+(?:[\w-]+\s+){0,2}?"  # "115 of the 199 Rajasthan assembly seats", "of the 60 directly elected seats"
    r"|\s+(?:\w+\s+|[a-z]+ly\s+[a-z-]+\s+)?)"  # "62 directly elected seats"
    rf"(?:{_SEATS_UNIT})(?!\w)"
)


_SEATS_WORDS = re.compile(rf"({NUMBER})\s+(?:[a-z]+\s+)?({_SEATS_UNIT})(?!\w)")  # "one hundred and twenty seats"


_SHARE_WORDS = re.compile(rf"({NUMBER})\s*{_PCT_UNIT}|({FRACTION})\s+(?:{alternation(phrases(FRACTION_OF))})(?!\w)")
# "one in five voters", "dos de cada tres electores": read only where a part-of-every word is (the pattern is dear).
_RATIO_OF_WORDS = alternation(phrases(FRACTION_OF) + phrases(RATIO_OF))
_RATIO_SHARE = re.compile(rf"({RATIO})\s+(?:{_RATIO_OF_WORDS})(?!\w)")
_RATIO_HINT = re.compile(
    rf"\s(?:in|out\s+of|of\s+every|de\s+cada|em\s+cada|a\s+cada)\s+\S+\s+(?:{_RATIO_OF_WORDS})"
)  # "fifty-two percent", "half the vote", "dos tercios de los votos"


_TOTAL_SEATS = re.compile(
    rf"(?<![\d.,])(\d{{1,4}})[-\s](?:seat|member|strong)\b|\b(?:{_SEATS_UNIT})\s+(?:of|de)\s+(\d{{1,4}})\b"
    rf"|\b(\d{{1,4}})\s+(?:{_SEATS_UNIT})\s+(?:in\s+(?:the\s+)?)?(?:total|en\s+total|no\s+total|en\s+juego|em\s+disputa)"
)


_POINTS = alternation(phrases(W.POINTS))


_MARGIN_BEFORE = words_rx(W.MARGIN_NOUN)


_MARGIN = re.compile(
    rf"(?:\b(?:{alternation(phrases(W.MARGIN_NOUN))})\b[^.;%\d]{{0,30}}?|\bby\s+(?:about\s+|nearly\s+|almost\s+"
    rf"|some\s+|around\s+|roughly\s+|more\s+than\s+|just\s+|over\s+)?|\b(?:por|en|em)\s+(?:unos\s+|casi\s+|mas\s+de\s+|cerca\s+de\s+|quase\s+)?)"
    rf"({_NUM})\s*(?:{_POINTS})\b|(?<![\d.,])({_NUM})[-\s](?:percentage[-\s])?points?\s+(?:lead|margin|ahead)"
)


# "won by just over 44,000 votes", "ganó por poco más de 44.000 votos": what a win (or loss) verb is by is a lead, not a
# count; unless the other side's count follows ("won by 8,835,896 votes to 8,791,838"), which makes it a score.
_WIN_WORDS = sorted(
    {p for t in (W.WIN, W.LEAD) for p in phrases(t) if " " not in p}
    | {"ahead", "victory", "beating", "defeating", "venciendo", "derrotando", "vencendo"}
    | set(W.SHORT_BY.split())  # "lost by 44,000 votes", "missed the runoff by 260,000 votes": the gap, not a count
)
# "won by", "ganó por", and a beaten name between: "beat Ana Lopes by 44,000 votes", "venceu Ana Lopes por 44 mil".
_WON_BY = re.compile(
    rf"(?<![\w-])(?:{'|'.join(_WIN_WORDS)})\s+(?:[^\W\d_][\w'-]*\s+){{0,12}}?(?:by|por)\s+(?:(?:just|only|some|about|around|roughly|"
    r"nearly|almost|over|more|less|fewer|than|under|a|little|mere|unos|unas|casi|apenas|poco|mas|menos|de|cerca|"
    r"alrededor|quase|pouco|mais|cerca|apenas|so)\s+){0,3}$"
)
_SHORT_BY = frozenset(W.SHORT_BY.split())
_SCORE_AFTER = re.compile(r"\s*(?:votes?|votos)?\s*(?:to|a|contra|against)\s+\d")
# "44,058 more votes than", "44.058 votos más que su rival", "44.058 votos a mais do que": a count above another's
# is a lead, whoever's it is.
_MORE_THAN = re.compile(
    r"\s*(?:more\s+(?:votes?|ballots)\s+than|(?:[a-z]+\s+)?(?:mas|a\s+mais|mais)\s+(?:que|do\s+que|de\s+lo\s+que)\b"
    r"|more\s+than\s+(?:his|her|their|its|the)\s+(?:rival|opponent|challenger|nearest|closest))"
)


_FIGURE_OF = re.compile(
    rf"\s*(?:(?:of\s+)?(?:{alternation(phrases(W.FIGURE_NOUN))})\s+)?(?:{alternation(phrases(W.FIGURE_OF))})\s+"
    r"(?:(?:the|el|la|los|las|o|a|os|as)\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:(?:of|de|del|do|da|dos|das)\s+)?$"
)  # "34.2 pct for the opposition alliance of Ardit Kastrati's Democratic Party": the words describe the name


def _words_after(folded: str, pos: int, n: int) -> str:
    window = re.split(r"[,;:()]", folded[pos : pos + 80], maxsplit=1)[0]
    return " ".join(window.split()[:n])


# A share that is who voted, with nothing voted for after it: "Of the 2.6 million electors, 92.47% voted, a record
# low", "votó el 61 %.", "votaram 61%," is the turnout; "61% voted No" and "el 61 % votó por X" are shares.
_VOTED_END = re.compile(
    r"\s*(?:of\s+them\s+|de\s+ellos\s+|deles\s+)?(?:voted|votaron|voto|votaram|votou)\s*(?:[,.;]|$)"
)


def _words_before(folded: str, pos: int, n: int) -> str:
    window = re.split(r"[,;:()]", folded[max(0, pos - 80) : pos])[-1]
    return " ".join(window.split()[-n:])


def _figures(folded: str, read: _Read) -> list[_Fig]:
    """Shares, vote counts and seats as written; count progress and turnout go to `read`, the rest is dropped."""
    figs: list[_Fig] = []
    pair_second: dict[int, int] = {}  # start of the second share of a pair -> start of the first
    for m in _PAIR.finditer(folded):
        if not re.search(r"\b(?:from|de|desde|between|entre)\s*$", folded[max(0, m.start() - 12) : m.start()]):
            pair_second[m.start(2)] = m.start(1)
    shares = [(m.start(1), m.end(), m.group(1)) for m in _SHARE.finditer(folded)]
    words = may_hold_words(folded)
    for m in _SHARE_WORDS.finditer(folded) if words else ():
        group = 1 if m.group(1) else 2
        if _DIGITS_AFTER.match(folded, m.end()):  # "just over half the vote, 50.28%": the digits say it exactly
            continue
        if not lookalike(m.group(group), "%"):
            shares.append((m.start(group), m.end(), m.group(group)))
    for m in _RATIO_SHARE.finditer(folded) if words and _RATIO_HINT.search(folded) else ():
        shares.append((m.start(1), m.end(), m.group(1)))  # "dos de cada tres": a ratio is no lookalike
    have = {a for a, _, _ in shares}
    for first in pair_second.values():
        if first not in have:  # "55.9 to 44.1 percent": the first share carries no unit
            m = re.match(_NUM, folded[first:])
            if m:
                shares.append((first, first + m.end(), m.group(0)))
    shares.sort()
    poll = opinion_poll(folded)  # not "with 95 per cent of polls in": the count's polling stations
    by_start: dict[int, _Fig] = {}
    from_to = {m.start(1): m.start(2) for m in _FROM_TO.finditer(folded)} if "%" in folded else {}
    turnout_at = -1
    for start, end, value in shares:
        if _share_value(value) > 100:
            continue
        if start in from_to:  # "La participación subió del 67% al 75%": where it started; the second is the figure
            if _TURNOUT.search(_words_before(folded, start, 4)) or _turnout_subject(folded[:start]):
                turnout_at = from_to[start]
            continue
        if start == turnout_at:
            read.turnout = value
            continue
        after, before, next_word = (
            _words_after(folded, end, 5),
            _words_before(folded, start, 4),
            _words_after(folded, end, 1),
        )
        progress = _PROGRESS_AFTER.search(after) and (_OF.match(folded, end) or _PROGRESS_AFTER.match(next_word))
        progress = progress and not _HELD_SHARE.search(folded, max(0, start - 20), start)
        progress = progress or (
            _PROGRESS_OF.match(folded, end) and _WITH_BEFORE.search(folded, max(0, start - 30), start)
        )
        progress = progress or _PROGRESS_RESTATED.search(folded, max(0, start - 40), start)
        if progress or _PROGRESS_BEFORE.search(folded[max(0, start - 30) : start]):
            read.counted = read.counted or value
            if poll and poll.end() <= start:  # "the projection gave X 59.8%; with 90.71% counted, X had 59.55%"
                poll = None  # the count's progress opens the count's own figures: the poll is behind it
            continue
        if _abstention(folded, start, end):
            continue
        of_turnout = _OF.match(folded, end) and _TURNOUT.search(after)
        subject = _turnout_subject(folded[:start])
        labelled = _TURNOUT_LABEL.search(folded[max(0, start - 40) : start])
        next_turnout = _TURNOUT.search(next_word) and not _TURNOUT_LABEL_AFTER.match(folded, end)
        of_roll = _OF_ROLL.search(folded, max(0, start - 70), start)
        voted = _VOTED_END.match(folded, end)  # "92.47% voted, a record low": not "61% voted No"
        said = turnout_put(folded, start) or share_of_roll(folded, end)  # "put turnout in X at", "of the N on the roll"
        if _TURNOUT.search(before) or next_turnout or of_turnout or subject or labelled or of_roll or voted or said:
            read.turnout = read.turnout or value
            continue
        if _NOT_SHARE.search(before) or _NOT_SHARE.search(next_word):
            continue
        if poll and (poll.start() < start or poll.start() - end < 40):
            if not poll_closed(folded, poll.start(), poll.end(), start, end):
                continue
        fig = _Fig("share", value, start, end)
        by_start[start] = fig
        figs.append(fig)
    for second, first in pair_second.items():
        if second in by_start and first in by_start:
            by_start[second].pair_first = by_start[first]
    for m in (m for rx in ((_VOTES, _VOTES_WORDS) if words else (_VOTES,)) for m in rx.finditer(folded)):
        value = m.group(1)
        if re.fullmatch(r"(?:19|20)\d\d", value) or _VOID_AFTER.match(folded, m.end()) or lookalike(value, m[2]):
            continue
        if read.lead_at and read.lead_at[0] <= m.start(1) < read.lead_at[1]:
            continue  # "por 44 mil votos": the words' "mil" is the lead's, already read
        by = _WON_BY.search(folded, max(0, m.start(1) - 110), m.start(1))
        won_by = by is not None and not _SCORE_AFTER.match(folded, m.end())
        more = _MORE_THAN.match(folded, m.end()) or _MORE_THAN.match(folded, m.end(1))
        if won_by and by.group().split()[0] in _SHORT_BY:  # type: ignore[union-attr]  # "missed the runoff by 260,000 votes": whose lead
            continue  # it is the sentence does not say, and it is nobody's count
        if won_by or more or _MARGIN_BEFORE.search(_words_before(folded, m.start(1), 5)):  # "a margin of 10,000"
            read.lead_at = read.lead_at or (m.start(1), m.end(1))  # nobody's votes, but a stated lead all the same
            continue
        if part := _PART_OF.search(folded, max(0, m.start(1) - 30), m.start(1)):  # "96,214,008 of 164,227,792 votes"
            figs.append(_Fig("votes", part.group(1), part.start(1), part.end(1)))
            continue
        figs.append(_Fig("votes", value, m.start(1), m.end(1)))
    paired_votes(folded, figs)  # "beat Kimura, 104,220 votes to 88,915": the second count is votes too
    for m in _BARE_VOTES.finditer(folded):  # "990,189 (23.9%)", "793,231, or 49.4%": a count with its share
        if m.start(2) in by_start and not any(f.start == m.start(1) for f in figs):
            figs.append(_Fig("votes", m.group(1), m.start(1), m.end(1)))
    for m in _WITH_BARE_VOTES.finditer(folded):  # "was second with 6,984,837, Eze third with 6,101,850"
        if not any(f.start <= m.start(1) < f.end for f in figs):
            figs.append(_Fig("votes", m.group(1), m.start(1), m.end(1)))
    for m in _SEATS.finditer(folded):
        figs.append(_Fig("seats", m.group(1), m.start(1), m.end(1), total=m.group(2)))
        read.total_seats = read.total_seats or m.group(2)
    for m in _SEATS_CHANGED.finditer(folded):  # "com 15,3% e 16 (menos dez)": seats with their change
        if not any(f.start <= m.start(1) < f.end for f in figs):
            figs.append(_Fig("seats", m.group(1), m.start(1), m.end(1)))
    for m in _SEATS_WORDS.finditer(folded) if words else ():
        if not lookalike(m.group(1), m.group(2)):
            figs.append(_Fig("seats", m.group(1), m.start(1), m.end(1)))
    if read.total_seats is None and figs and any(f.kind == "seats" for f in figs):
        if t := _TOTAL_SEATS.search(folded):
            read.total_seats = next(g for g in t.groups() if g)
    figs = [f for f in figs if not (f.kind == "seats" and f.value == read.total_seats and f.total is None)]
    other_counts = _not_this_count(folded) if figs else []  # once per sentence, not once per figure
    figs = [f for f in figs if not any(a <= f.start < b for a, b in other_counts)]
    figs = [f for f in figs if not _FROM.search(folded[max(0, f.start - 12) : f.start])]
    figs.sort(key=lambda f: f.start)
    return figs


# "subió del 67% al 75%", "rose from 61.2% to 67.4%", "passou de 67% para 75%": a change told from one share to
# another; the first is where it started.
_FROM_TO = re.compile(
    rf"(?<![\w-])(?:from|del|de|desde|do|da)\s+(?:(?:el|la|o|a)\s+)?({_NUM})\s*{_PCT_UNIT}?\s+"
    rf"(?:to|al|a|hasta|para|ao)\s+(?:(?:el|la|o|os)\s+)?({_NUM})\s*{_PCT_UNIT}"
)


# A figure right after "from" is where a count started, not where it stands: "tripled its representation from 9
# seats", "rose to 30% from 21%".
# A bare whole number after a share and "and", with a change in brackets, is the seats the share won: "com 15,3%
# e 16 (menos dez)", "34.1% and 412 (up 211)", "el 33,1 % y 137 (mas 48)". A share's change would be in points.
_SEATS_CHANGED = re.compile(
    rf"\d\s*{_PCT_UNIT}(?:\s+(?:of\s+the\s+vote|dos\s+votos|de\s+los\s+votos))?\s*,?\s*(?:and|e|y)\s+"
    r"(\d{1,3})(?![.,]?\d)(?=\s*\(\s*(?:up|down|plus|minus|mas|menos|mais|\+|-|−|–)\s*\w)"
)


_FROM = re.compile(r"(?<![\w-])(?:from|desde)\s+(?:(?:the|el|los|las|o|os)\s+)?$")


_PAST_WHEN = re.compile(rf"(?<![\d.,])(?:19|20)\d\d\s*,?\s+(?:{alternation(phrases(W.PAST_WHEN))})\b[^;]*")


# A quotation opens with a quote no word stands right before and no space right after (French « may take a space):
# the close of one quoted word and the opening of the next ('el "no" obtuvo el 54 %, frente al 46 % del "sí"') is no
# quotation.
_QUOTED = re.compile(r"(?:(?<![\w])[\"“](?=\S)|«)[^\"”»]{15,}[\"”»]")


_RANGE = re.compile(
    rf"(?<![\w-])(?:between|entre)\s+(?:el\s+|o\s+)?{_NUM}\s*{_PCT_UNIT}?\s*(?:and|y|e)\s+(?:el\s+|o\s+)?{_NUM}\s*{_PCT_UNIT}"
)


def _not_this_count(folded: str) -> list[tuple[int, int]]:
    """Spans whose figures are not this count's: a past vote named as a comparison ("the lowest since 1994,
    when the ANC took 62.65 per cent", "desde 2014, cuando X fue reelegido con el 81,5 %") and a quotation
    ("'We will get 70% of the votes', X said": a claim, not a count), and a range ("between 49% and 52.8%": an
    estimate)."""
    return [m.span() for rx in (_PAST_WHEN, _QUOTED, _RANGE) for m in rx.finditer(folded)]


_VOID_AFTER = re.compile(
    rf"\s+(?:were|was|are|fueron|fue|foram|foi)\s+(?:declared\s+)?(?:{'|'.join(W.BALLOT_KINDS.split())})\b"
)


_BARE_VOTES = re.compile(r"(?<![\d.,])(\d{1,3}(?:[.,]\d{3})+)\s*(?:\(\s*|,\s*(?:or|o|ou)\s+)(?=(\d))")


# A count before "of" a count of votes is the part, the second the whole: "received 96,214,008 of 164,227,792 valid
# votes", "obtuvo 1.234.567 de los 2.500.000 votos".
# "622.498 de 1.153.193 electores, un": a part of the roll, then the share it makes (see W.VOTER_ROLL).
_OF_ROLL = re.compile(
    r"\d[\d.,]*\s+(?:out\s+of|of|de|dos|das|del|de\s+los|de\s+las)\s+(?:the\s+|los\s+|las\s+|os\s+)?\d[\d.,]*"
    r"(?:\s+(?:million|millones|milhoes))?\s+(?:"
    + alternation(phrases(W.VOTER_ROLL))
    + r")\s*(?:[,(]\s*)?(?:(?:or|a|an|un|una|um|uma|o|ou)\s+)?$"
)
_PART_OF = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:[.,]\d{3})+)\s+(?:out\s+of|of|de|dos|das|del|de\s+los|de\s+las)\s+(?:the\s+)?$"
)


# A number in thousands after "with" and before the clause ends has no unit to give but votes: too large for seats,
# and a share would say so ("second with 6,984,837, Eze third with 6,101,850", "con 1.234.567, frente a").
_WITH_BARE_VOTES = re.compile(
    r"(?<![\w-])(?:with|con|com)\s+(?:(?:about|around|some|nearly|almost|unos|casi|cerca\s+de|quase)\s+)?"
    r"(\d{1,3}(?:[.,]\d{3})+)(?![.,]?\d)(?=\s*(?:[,;.)]|$|(?:and|y|e|against|frente|contra)\s))"
)


_BARE_NUM = (
    rf"(\d+(?:[.,]\d+)?\s+(?:{_MULT})|\d{{1,3}}(?:[.,]\d{{3}})+(?![.,]?\d)|\d{{1,3}}(?:\s\d{{3}})+(?![.,]?\d)"
    rf"|\d{{1,3}}(?:[.,]\d{{1,3}})?(?![.,]?\d)|{NUMBER})"
)


_ELIDED = re.compile(
    rf"(?:['’]s?)?(?:\s+(?:{alternation(phrases(W.NAME_TAIL))}))?\s*,?\s*(?:\(\s*|(?:{alternation(phrases(W.LIST_JOIN))})\s+)?{_BARE_NUM}"
    r"(?=\s*(?:[,;.:)(]|(?:and|e|y|in|en|em|no|na|at)\b|$))"
)


# "... against 43 for the Liberal Coalition", "contra 77 do PS e 48 do Rumo", "against 123 for Prime Minister
# X's Socialists": a bare number, then a name (a title before it is not part of the run).
# "for the outgoing president, Marko X": a describing word before a title, and a comma before the apposed name.
_TITLE_WORDS = (
    rf"(?:(?:[a-z][\w-]*\s+)?(?:{'|'.join(W.TITLES.split())})(?:\s+(?!(?:of|de|del|do|da)\s)[a-z][\w-]*)?\s*,?\s+)"
    r"{0,2}"
)
_ELIDED_BEFORE = re.compile(
    rf"(?<![\d.,])(?:(?<=\s)|^){_BARE_NUM}\s+(?:{alternation(phrases(W.FIGURE_OF))})\s+{ARTICLE}?{_TITLE_WORDS}$"
)


def _elided(s: str, folded: str, runs: list[_Run], figs: list[_Fig]) -> list[_Fig]:
    """Bare numbers beside a name that share the unit of the figure before them: a list goes on without its
    unit ("VPRED 71 and SILA 22", "with the Tories on 121", "seguido del PSOE (121)", "o Rumo ficou com 60",
    "against 43 for the Greens", "contra 77 do PS")."""
    extra: list[_Fig] = []
    taken = {f.start for f in figs}
    for run in runs:
        found = [m for m in (_ELIDED.match(folded, run.end),) if m]
        back = _ELIDED_BEFORE.search(folded, max(0, run.start - 60), run.start)
        if back:
            found.append(back)
        for m in found:
            start, value = m.start(1), m.group(1)
            prior = [f for f in figs if f.end <= start]
            if start in taken or not prior or re.fullmatch(r"(?:19|20)\d\d", value):
                continue
            kind, words = prior[-1].kind, not value[0].isdigit()
            if words and (kind == "share" or lookalike(value, "")):
                continue  # "the NDP seven" after seats; never a share in words without its unit
            if not words and (kind == "share") != bool(re.fullmatch(_NUM, value)):
                kind = "votes" if kind == "share" else kind
            if kind == "seats" and not (value.isdigit() or words):
                continue
            if kind == "share" and _share_value(value) > 100:
                continue  # "e o estreante Eesti 200, com 13,3%": a number in a name, no share
            taken.add(start)
            extra.append(_Fig(kind, s[start : m.end(1)], start, m.end(1)))
    return sorted(figs + extra, key=lambda f: f.start)
