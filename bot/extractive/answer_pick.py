"""The row whose sentence answers the question, for each kind of question asked (who won, k-th place,
turnout, state of the count, a share, votes, seats, a margin), and a note when the asked detail is not reported.

Kept apart from the sentences written around it (bot.extractive.first_sentence): the choice of a row is where an answer
comes from the asked election and round or not, and it is read and tested on rows alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.extractive.answer_rows import count_leader, leading_row, question_asked, quoting_row
from bot.extractive.completed_count import in_progress
from bot.extractive.computed import MARGIN_STATED
from bot.extractive.row_facts import (
    FIELDS,
    by_figure,
    count_reached,
    counts_apart,
    marks_apart,
    one_count,
    rounds_apart,
    row_in_language,
    same_stage,
    states_forecast,
)
from bot.extractive.row_language import figure_in_language, in_language, pair_in_language, told_in
from bot.extractive.row_naming import lettered, naming_count, naming_grade, naming_leader, naming_row
from bot.extractive.row_rank import asked_measure, kth, part_of_another, ranking, stated_kth
from bot.extractive.turnout_rows import BOUND, TIME_OF_DAY, bound_only, turnout_row
from bot.extractive.writer_messages import NOT_PLACE, NOT_RANK, NOT_SEATS, NOT_TURNOUT, ORDINAL
from bot.i18n import t
from retrieval.elections import LOCAL, OPTIONS
from retrieval.lexical import fold
from retrieval.places import find_places, normalize, within
from retrieval.query import Query
from retrieval.resolve import Resolution, agree, contestant_key, number, strength
from retrieval.results import Contestant, ResultRow

_COMPLETE = ("final", "official")

# A margin asked in votes: "how many votes separated", "por cuántos votos", "quantos votos de diferença".
_VOTES_ASKED = re.compile(r"\b(?:votes|votos)\b")

# A count asked at the moment of a call: "when X was declared/projected the winner", "cuando fue proclamado".
DECLARED = re.compile(
    r"\b(?:when|as|cuando|quando)\b.*\b(?:declared|called|projected|proclaimed|elected|conceded|declarad[oa]s?|"
    r"proclamad[oa]s?|elegid[oa]|eleit[oa]|reconocio|reconheceu)\b"
)


def _other_round(row: ResultRow, asked: str | None) -> bool:
    """Whether a row states a count of a round other than the one asked (`asked`; None when the question names
    none). A row with no contestants (a turnout compared with the first round's) is no count of a round."""
    return bool(asked and row.contestants and row.round and row.round != asked)


def _same_figures(a: ResultRow, b: ResultRow, key: Callable[[str], str], least: int = 2) -> bool:
    """Whether two rows give `least` contestants or more the same figures (a share, vote count or seats each,
    agreeing once rounded) and none another: one count, however each is labelled or staged."""
    same = 0
    for c in a.contestants:
        for d in b.contestants:
            if key(c.name) != key(d.name):
                continue
            shared = [f for f in FIELDS if getattr(c, f) and getattr(d, f)]
            if any(not agree(getattr(c, f), getattr(d, f)) for f in shared):
                return False
            same += bool(shared)
    return same >= least


# A dateline ("LUANDA — ", "16:48 — ", "ADDIS ABABA, July 10 (Horn Desk) - "): where and when a report was filed,
# not what it counts.
_DATELINE = re.compile(r"^(?:[^—–]{0,40}[—–]|[A-ZÁÉÍÓÚÂÊÔÃÕÇÑ'. ]{3,}(?:,[^-—–]{0,50}?)?\s-)\s*")


# Where a sentence says its figures are from: "In Addis Ababa …", "En la capital, …", "Nos Açores, …".
_WHERE = re.compile(r"(?:^|(?<=[\s,;:]))(?:in|en|em|no|na|nos|nas)\s+", re.IGNORECASE)


def _of_asked_place(query: Query, main: ResultRow, rows: list[ResultRow], field: str | None = None) -> ResultRow:
    """Who won a province or city asked of a national vote is told by a count of it: a row whose sentence names
    the asked place before its first figure ("Em Luanda a conversa é outra: a UNITA reúne 62,59%"), a dateline
    aside, the strongest first, over a count of the whole country naming the place only after its figures
    ("…,' the spokesman told reporters in Luanda"). With `field` ("seats"), the seats of the place asked ("In
    the capital the ruling party won 22 of 23 seats"), one contestant's enough. `main` when it is one, or none is."""
    asked = [p for p in query.places if "-" in p]
    if not asked or query.office in LOCAL or main.office in LOCAL:
        return main  # a province's own race: its reports count it whether or not a sentence names it

    def counts_place(row: ResultRow) -> bool:
        body = _DATELINE.sub("", row.sentence, count=1)
        digit = re.search(r"\d", body)
        head = body[: digit.start()] if digit else ""
        if field:
            # One contestant's seats are the place's when the sentence opens on where ("In the capital, X won 22
            # seats"), not when it names the place as the vote's ("the elections of the Azores").
            heads = [head[m.end() : m.end() + 40] for m in _WHERE.finditer(head)]
            counted = any(getattr(c, field) for c in row.contestants)
        else:
            heads = [head]
            counted = sum(bool(c.share or c.votes) for c in row.contestants) >= 2
        return counted and any(
            within(found[0], p) for h in heads if (found := find_places(h)) and "-" in found[0] for p in asked
        )

    if counts_place(main):
        return main
    return next((r for r in sorted(rows, key=strength, reverse=True) if counts_place(r)), main)


def _with_figure(row: ResultRow, name: str, rows: list[ResultRow]) -> tuple[ResultRow, str]:
    """A place stated in words with no figure ("Ciro Gomes was a distant third with about one in eight votes")
    is told by a row giving that contestant a figure, a completed count's before a partial one's; else as
    found."""
    if any(c.name == name and _figures_of(c) for c in row.contestants):
        return row, name
    key = contestant_key(rows)
    for other in sorted(rows, key=lambda r: r.stage == "partial"):
        for c in other.contestants:
            if other is not row and key(c.name) == key(name) and _figures_of(c):
                return other, c.name
    return row, name


def _timed_count(row: ResultRow) -> bool:
    """Whether a row of no stated stage reads its count at a time of day ("as of 11.31pm", "a las 23:40"): how far
    the count had got then, not its end."""
    return row.stage not in _COMPLETE and TIME_OF_DAY.search(normalize(row.sentence)) is not None


def _figures_of(c: Contestant) -> bool:
    return any(number(getattr(c, f)) is not None for f in ("share", "votes", "seats") if getattr(c, f))


def _figured(row: ResultRow) -> bool:
    """Whether a row gives some contestant a figure (a number, not "half" or "eight")."""
    return any(_figures_of(c) for c in row.contestants)


def _overfull(row: ResultRow) -> bool:
    """Whether a row's shares add up to more than the whole vote (a point of rounding allowed): some figure read
    as a share is not one. Each contestant counts once (a share recalled from another year is his too), and a
    share of all or nearly all (99% and over) is how much was counted, read as a name's ("Escrutado el 100 %")."""
    shares: dict[str, float] = {}
    for c in row.contestants:
        value = number(c.share) if c.share else None
        if value is not None and value < 99:
            shares.setdefault(normalize(c.name), value)
    return sum(shares.values()) > 101.0


def _first_count(rows: list[ResultRow], main: ResultRow, day: str | None) -> ResultRow | None:
    """An early count asked ("on election night", "with half the stations counted"): the first count reported, when
    a row reported before `main` gives one. Rows not stated complete and giving a figure, reported on or after the
    vote's day (a preview's figures are no count): the earliest, a stated partial count before an unstaged one of
    the same day. A count in progress says it is one only sometimes ("In the first returns, X had 50.19%")."""
    early = [
        r
        for r in rows
        if _figured(r)
        and r.stage not in _COMPLETE
        and (number(r.counted) or 0.0) < 100
        and r.published_at
        and (not day or r.published_at[:10] >= day[:10])
    ]
    if not early:
        return None
    first = min(early, key=lambda r: (r.published_at[:10], r.stage != "partial", number(r.counted) or 0.0))
    if main.published_at and main.published_at[:10] <= first.published_at[:10] and main.stage not in _COMPLETE:
        return None
    return first


def _carried(names: list[str], main: ResultRow, rows: list[ResultRow]) -> list[str]:
    """The names a conversation carries, the one leading the count `main` states first."""
    key = contestant_key(rows)
    field = next((f for f in FIELDS if by_figure(main, f)), None)
    top = key(by_figure(main, field)[0].name) if field else None
    return sorted(names, key=lambda n: key(n) != top)


def _says_counted(row: ResultRow) -> bool:
    """Whether a row's own sentence states how much was counted (its `counted` figure), not only its passage."""
    return (
        bool(row.counted) and re.search(rf"(?<![\d.,]){re.escape(row.counted or '')}(?![\d])", row.sentence) is not None
    )


# Words that state a figure as a bound ("as many as 27", "up to 30", "hasta 27", "até 27"), besides turnout_rows'.
_UP_TO = re.compile(r"\b(?:as many as|up to|as much as|hasta|ate)\s+(?:(?:the|el|la|los|las|o|a|os|as)\s+)?$")


def _as_bound(row: ResultRow, name: str, field: str) -> bool:
    """Whether a row's sentence states a contestant's figure as a bound ("as many as 27 seats", "more than 40%")."""
    figure = next((getattr(c, field) for c in row.contestants if c.name == name and getattr(c, field)), None)
    if not figure:
        return False
    folded = normalize(row.sentence)
    at = folded.find(normalize(figure))
    before = folded[max(at - 30, 0) : at] if at >= 0 else ""
    return at >= 0 and (_UP_TO.search(before) is not None or BOUND.search(before) is not None)


def _tops(row: ResultRow, first: str, key: Callable[[str], str]) -> bool:
    """Whether a row gives the contestant `first` (a key) the top figure of its measure."""
    field = next((f for f in FIELDS if by_figure(row, f)), None)
    return field is not None and key(by_figure(row, field)[0].name) == first


def _option_of_question(
    row: ResultRow, name: str, field: str, rows: list[ResultRow], question: str
) -> tuple[ResultRow, str]:
    """An option's figure from the referendum question the asker names (answer_rows.question_asked) when the
    row found gives the option's figure for another question put the same day; else `row` as it is."""
    asked = question_asked(row, rows, question)
    if asked is row:
        return row, name
    same = next((c for c in asked.contestants if normalize(c.name) == normalize(name) and getattr(c, field)), None)
    return (asked, same.name) if same is not None else (row, name)


def _leaders_seats(main: ResultRow, rows: list[ResultRow]) -> ResultRow | None:
    """Seats asked of no one named ("how many seats did the winner get", "election winner seats"): the first row
    (leading row first) whose top seats are the leading contestant's, however written ("BJP", "Bharatiya Janata
    Party"), not a row listing only the smaller parties' seats ("Niki won 10 seats, and Course of Freedom eight");
    else the first row giving anyone seats."""
    seated = [r for r in rows if by_figure(r, "seats")]
    field = next((f for f in FIELDS if by_figure(main, f)), None)
    if not seated or field is None:
        return next(iter(seated), None)
    key = contestant_key(rows)
    leader = by_figure(main, field)[0].name

    def leads(row: ResultRow) -> bool:
        top = by_figure(row, "seats")[0].name
        return key(top) == key(leader) or lettered(top, leader)

    return next((r for r in seated if leads(r)), seated[0])


def _exact_figures(row: ResultRow, complete: list[ResultRow], key: Callable[[str], str]) -> bool:
    """Whether a row gives two contestants the very figures (not rounded) a row stated complete gives them."""
    for done in complete:
        if done is row or done.stage not in _COMPLETE:
            continue
        same = sum(
            1
            for c in row.contestants
            for d in done.contestants
            if key(c.name) == key(d.name)
            and any(getattr(c, f) and number(getattr(c, f)) == number(getattr(d, f) or "") for f in FIELDS)
        )
        if same >= 2:
            return True
    return False


def _stated_by_leading_report(
    main: ResultRow, rows: list[ResultRow], k: int, measure: str | None
) -> tuple[ResultRow, str] | None:
    """The k-th place the leading count's own report states in words, of the same state of the count ("Em terceiro
    lugar ficou X, com 4,1%" after the winner's total): a place of the asked count. Another race counted the same
    day can be grouped with it (a governor's beside a president's), its places stated as surely and its stage
    said where the leading report's is not; its places are not the asked count's. None when the report says none,
    or only of a part of the count (a region's places)."""
    own = [r for r in rows if r.article_id == main.article_id and same_stage(r, main)]
    stated = stated_kth(own, k, measure)
    return stated if stated is not None and not part_of_another(stated[0], rows) else None


def pick(query: Query | None, resolution: Resolution) -> tuple[ResultRow, str | None, str | None]:
    """The row whose sentence answers the question, the contestant it is asked about (whose sentence
    leads), and a note when the asked detail is not reported."""
    main = resolution.main
    assert main is not None and resolution.election is not None
    # A figure another round's reports do not share is no outlier: it is that round's count.
    outliers = {
        id(d.row) for d in resolution.disagreements if not (rounds_apart(d) or marks_apart(d) or counts_apart(d))
    }
    # The leading row first, then the others from the most complete count down: a contestant's figure is
    # read from the strongest count that gives one.
    ordered = sorted(resolution.election.rows, key=strength, reverse=True)
    # A row stating another round than the one asked (a runoff report recalling the first round) is another
    # election's count: it never answers, and never leads when a row of the asked round can. The round is the
    # question's: a group of rows may carry the label of the round most of them state, not the one asked.
    asked_round = query.round if query is not None else None
    if asked_round is None and query is not None and query.asks in ("winner", "margin"):
        # Who won an election with a runoff is told by the runoff's count: the first round decided nothing.
        counted = [r for r in ordered if id(r) not in outliers and any(c.share or c.votes for c in r.contestants)]
        if any(r.round == "runoff" for r in counted):
            asked_round = "runoff"
    # A row labelled another round that gives two contestants the figures a row of the asked round gives them is
    # that count, its label misread (an analysis of the runoff that goes on to recall the first round).
    one = contestant_key(ordered)
    labelled = [r for r in ordered if asked_round and r.round == asked_round]
    # A report that counts the asked round may recall another round in a clause of the same sentence ("Y, who had
    # led the first round, finished on 47.2%"), which labels the row that round: one contestant's figure that
    # another report gives the asked round is then enough to read the row as that count.
    of_round = {r.article_id for r in labelled}

    def other(row: ResultRow) -> bool:
        least = 1 if row.article_id in of_round else 2
        return _other_round(row, asked_round) and not any(
            _same_figures(row, r, one, least) for r in labelled if r.article_id != row.article_id or least == 2
        )

    ordered = [r for r in ordered if r is main or not other(r)]
    if other(main):
        # The asked round's strongest count: a row giving no contestant a figure (a turnout) is no count.
        main = next((r for r in ordered if r is not main and id(r) not in outliers and _figured(r)), main)
        ordered = [r for r in ordered if r is main or not other(r)]
    office = query.office if query is not None else None
    if office and main.office and main.office != office:
        # A count of another office than the one asked (a referendum held the same day as the presidential vote,
        # the legislative count beside the president's) does not answer it: the strongest count of the asked
        # office leads, else one of no stated office.
        counts = [r for r in ordered if r is not main and id(r) not in outliers and _figured(r)]
        main = next(
            iter(sorted((r for r in counts if r.office in (office, None)), key=lambda r: r.office != office)), main
        )
    if query is not None and query.asks in ("winner", "margin") and main.contestants and not _figured(main):
        # A leading row giving its contestants no figure ("Castillo won 15 of the regions, with more than half
        # the vote in three") counts nothing: the strongest row giving its first-named contestant the top figure
        # tells who won.
        key = contestant_key(ordered)
        first = key(main.contestants[0].name)
        main = next((r for r in ordered if id(r) not in outliers and _tops(r, first, key)), main)
    if query is not None and query.asks in ("winner", "margin") and bound_only(main):
        # A leading row stating its figures only as bounds ("the winner had … at least 25 per cent in the
        # required share of areas", a legal threshold read as a count) gives way to the strongest row stating one.
        main = next((r for r in ordered if id(r) not in outliers and _figured(r) and not bound_only(r)), main)
    if query is not None and query.asks in ("winner", "margin") and _overfull(main):
        # Shares adding up to well over the whole ("won 157 seats with 30.7 percent, Y 65 and Z 26": seats read
        # as shares) are no count of the vote: the strongest row whose shares can be one tells who won.
        main = next((r for r in ordered if id(r) not in outliers and _figured(r) and not _overfull(r)), main)
    rows = [r for r in sorted(ordered, key=lambda r: r is not main) if id(r) not in outliers]
    if query is None:
        return main, None, None
    quoting = quoting_row(query.text, rows)
    if quoting is not None:  # "with 98% counted", "for the 42.74% figure": the count the question quotes
        main = quoting
        rows = [main, *(r for r in rows if r is not main)]
    lang = query.language
    # An early count asked: the first count reported answers who led and what a contestant had then.
    early = _first_count(rows, main, resolution.election.day) if query.early and quoting is None else None
    if early is not None and query.asks in ("winner", "margin"):
        return early, None, None
    if query.asks == "rank":
        k = query.rank or 2
        # A count in progress whose figures differ from a completed count's is how far the count had got, not an
        # outlier: it may place the k-th the completed counts name no one for. Only reports of one count that
        # disagree are left out.
        wrong = {id(d.row) for d in resolution.disagreements if one_count(d)}
        rows = [*rows, *(r for r in ordered if id(r) in outliers and id(r) not in wrong and r is not main)]
        # Places are read from counts like the leading one: an early partial count ranks no one.
        # When a final or official count leads, the completed counts rank first: an election-night projection
        # (often given no stage) does not place anyone the completed count places.
        complete = [r for r in rows if r.stage in _COMPLETE] if main.stage in _COMPLETE else []
        # A row not in progress giving a completed count's contestants its figures, and none another, is of that
        # count, however it is staged: it places the others it lists ("Likud stays on 32 seats and Religious
        # Zionism on 14" of a bloc, and the full list "Likud 32, Yesh Atid 24, Sionismo Religioso 14" of a report
        # in another language that says all votes were counted).
        one = contestant_key(rows)
        complete += [
            r
            for r in rows
            if all(r is not c for c in complete)
            and not in_progress(r)
            and any(_same_figures(r, c, one, least=1) for c in complete)
        ]
        # Another report one of whose sentences gives two of the completed count's contestants its exact figures
        # states that count in its other sentences of the same state of the count too: its runners-up listed apart
        # ("X arrive en tête avec 30,24 %" then "Y termine troisième avec 13,40 %") are places of the completed
        # count, not of the night's. (Rounded figures, "about 48%", may be another count's: an earlier one recalled.)
        exact = [r for r in complete if r.article_id != main.article_id and _exact_figures(r, complete, one)]
        complete += [
            r
            for r in rows
            if all(r is not c for c in complete)
            and not in_progress(r)
            and any(r.article_id == c.article_id and same_stage(r, c) for c in exact)
            and not part_of_another(r, rows)
        ]
        loose = [r for r in rows if r.stage != "partial"] if main.stage != "partial" else rows
        # Counts that say what they are (final, official, preliminary) rank before sentences that do not (another
        # year's seats recalled, a coalition's total, a party called by its leader), when they place more than k.
        staged = [r for r in loose if r.stage in (*_COMPLETE, "preliminary")] if main.stage != "partial" else []
        # A count in progress that places the k-th answers when no completed count places anyone there ("X was
        # second with 2.19%" on election night, the official count naming only the winner).
        measure = asked_measure(query.text)  # "second in seats": the order of the seats, not of the vote
        found = (
            _stated_by_leading_report(main, rows, k, measure)
            or (kth(complete, k, measure) if complete else None)
            or (kth(staged, k, measure) if len(ranking(staged, measure)) > k else None)
            # A place a report states in words ("quedaban terceros con el 6,18%"), even of a count in progress,
            # before the order of figures merged from sentences that say no stage (a primary's figure recalled).
            or stated_kth(rows, k, measure)
            or kth(loose, k, measure)
            or (kth(rows, k, measure) if len(loose) < len(rows) else None)
        )
        if found is None:
            ordinal = ORDINAL.get(k)  # an ordinal word only for places the catalogs name
            return main, None, t(lang, NOT_RANK, ordinal=t(lang, ordinal)) if ordinal else t(lang, NOT_PLACE)
        return (*told_in(*_with_figure(*found, rows), rows, lang), None)
    if query.asks == "turnout":
        row = turnout_row(main, rows)
        if row is None:
            return main, None, t(lang, NOT_TURNOUT)
        # The same turnout told in the reader's language, when a report gives it.
        same = [r for r in rows if r.turnout and agree(r.turnout, row.turnout or "")]
        return next((r for r in same if row_in_language(r, lang)), row), None, None
    if query.asks == "count":
        # How far the count has got: the latest report, the furthest count first among reports of a day.
        # Only a report that says how far the count got (a share counted, a final or official count) tells
        # the state of the count; a result with no stage says nothing of it. A partial count whose figures
        # differ from a completed count's is how far the count had got, not an outlier: only reports of one
        # count that disagree are left out.
        wrong = {id(d.row) for d in resolution.disagreements if one_count(d)}
        told = [
            r
            for r in sorted(ordered, key=lambda r: r is not main)
            if id(r) not in wrong
            and r.contestants
            and ((r.counted and number(r.counted) is not None) or r.stage in ("final", "official"))
        ]
        # "How far along was the count when X was declared the winner?": the moment of a call, which is a
        # partial count (the furthest one reported), not the completed count that came later; a partial
        # count's figures differ from the final ones without being wrong, so none is left out.
        called = [
            r for r in ordered if r.contestants and r.stage == "partial" and 0 < (number(r.counted) or 100.0) < 100
        ]
        if called and DECLARED.search(normalize(query.text)):
            # Of rows of one moment, the one whose own sentence says how far the count had got.
            moment = max(called, key=lambda r: (number(r.counted) or 0.0, _says_counted(r)))
            return in_language(moment, [r for r in ordered if same_stage(r, moment)], lang), None, None
        # The latest report first; of reports of one moment, the one stating the furthest count (`count_reached`:
        # "practically all" the stations is no completed count).
        latest = max(told or [main], key=lambda r: (r.published_at or "", count_reached(r)))
        return in_language(latest, [r for r in told if same_stage(r, latest)], lang), None, None
    field = {"seats": "seats", "votes": "votes"}.get(query.asks, "share")
    asked = normalize(query.text)
    if query.asks == "margin":
        # "By how many votes did X beat Y?": the count that gives both the figures they are compared by.
        # A margin asked in votes ("how many votes separated X and Y") is told by a count giving both their votes,
        # when one does, before one giving only their shares.
        votes = "votes" if _VOTES_ASKED.search(asked) else None
        in_votes = naming_row(rows, asked, votes) if votes else None
        pair = in_votes or naming_row(rows, asked)
        if pair is not None:
            return pair_in_language(pair, rows, asked, lang, votes if in_votes else None), None, None
        # "By how many votes did X win?": a count at least as complete as the leading one (its stage, its report
        # about the place, how much was counted: not how many contestants it gives figures, as a sentence stating
        # the margin often binds only the winner's) whose own sentence names X and states his margin in words
        # ("finishing 188,756 votes, or 8.81 points, ahead of Y").
        # A leading row naming no contestant the question names (another race counted the same day) sets no floor.
        floor = strength(main)[:3] if any(naming_grade(c.name, main.sentence, asked) for c in main.contestants) else ()
        stating = [
            r
            for r in rows
            if quoting is None
            and strength(r)[:3] >= floor
            and MARGIN_STATED.search(fold(r.sentence))
            and any(naming_grade(c.name, r.sentence, asked) for c in r.contestants)
        ]
        if stating:
            return max(stating, key=strength), None, None
    if query.asks in ("share", "votes", "seats"):
        # The contestant the question names most surely ("labour" before the "uk" of "Reform UK"), its
        # figure from the leading count first, then from the strongest count that gives one.

        def naming(field: str, asked: str) -> list[tuple[int, int, ResultRow, str]]:
            return [
                (sure, -k, row, c.name)
                for k, row in enumerate(rows)
                for c in row.contestants
                if getattr(c, field) and (sure := naming_grade(c.name, row.sentence, asked))
            ]

        # The contestant asked about, given only the other measure (his share, not his votes): his row answers, not
        # another contestant's. A follow-up naming nobody ("¿cuántos votos sacó?" after "who won?") asks of a
        # contestant the conversation carries: the one leading the count, else the first.
        other_field = {"share": "votes", "votes": "share"}.get(field)
        for subject in dict.fromkeys([asked, *(normalize(n) for n in _carried(query.names, main, rows)[:1])]):
            named = naming(field, subject)
            if not named and other_field:
                named = naming(other_field, subject)
                field = other_field if named else field
            if named:
                break
        if named:
            # A forecast ("NHK projected that X would take between 274 and 328 seats") gives way to a count naming
            # the same contestant, however surely each names him.
            firm = [item for item in named if not states_forecast(item[2])] or named
            firm = [item for item in firm if item[2] is early] or firm
            # Of figures named as surely, one stated exactly before one stated as a bound ("as many as 27 seats",
            # the night's count, then "the tally has been revised: X holds 26").
            _, _, row, name = max(firm, key=lambda item: (item[0], not _as_bound(item[2], item[3], field), item[1]))
            # A count in progress gives way to a completed one (final, official) giving a contestant the question
            # names a figure, however surely each names him ("with 73.82% counted, Labor had won 86 seats" before
            # "concluída a contagem, o Partido Trabalhista … ficou com 94"); not when an early count is asked, or
            # the one a figure the question quotes is of.
            done = [item for item in firm if item[2].stage in _COMPLETE]
            # A count read at a time of the night ("had won 29 of the 56 seats as of 11.31pm") is one in progress.
            if (in_progress(row) or _timed_count(row)) and done and quoting is None and not query.early:
                _, _, row, name = max(done, key=lambda item: item[:2])
            if normalize(name) in OPTIONS:
                # An option's share of one of several questions put on one day: the question the asker names.
                row, name = _option_of_question(row, name, field, rows, query.text)
            return (*figure_in_language(row, name, field, rows, lang), None)
    if query.asks == "seats":
        # The seats of a contestant the question names and no report gives seats: the note, then his own figure,
        # not another contestant's seats ("how many seats did the X win" answered with the Y's 10 seats).
        given = [
            (sure, -k, row, c.name)
            for k, row in enumerate(rows)
            for c in row.contestants
            if (c.share or c.votes) and (sure := naming_grade(c.name, row.sentence, asked))
        ]
        if given:
            _, _, row, name = max(given, key=lambda item: item[:2])
            return row, name, t(lang, NOT_SEATS)
        row = _leaders_seats(main, rows)
        if row is not None:
            # The seats of a region or city asked of a national vote: a row counting that place's seats.
            row = _of_asked_place(query, row, rows, "seats")
        return (row, None, None) if row else (main, None, t(lang, NOT_SEATS))
    if query.asks in ("winner", "margin") and quoting is None:
        main = _of_asked_place(query, main, rows)
        main = naming_count(leading_row(count_leader(main, rows), rows), rows)
    chosen = in_language(question_asked(main, rows, query.text), rows, lang)
    return (naming_leader(chosen, rows) if query.asks == "winner" else chosen), None, None
