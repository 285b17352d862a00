"""A country's elections grouped once and stored beside its result rows: a question reads the grouping, not
every row the country ever gathered.

Why: grouping (retrieval.elections) reads and parses all of a country's rows, thousands on a store that has
grown for years: 100-500 ms for the first question about a big country in a process (and for every replica
and every restart). The grouping is stored in the catalog, one record per country: for each election its
heading (place, office, round, day), the ids of its rows (with what the grouping changed in them, such as a
round it corrected), and what resolution asks of every election without reading its rows: the words of its
contestants' names, which figures it states, whether a report is about the place, and which passages state
it. A question reads that record (a few ms) and only the rows of the elections it looks into, when it looks.

The record is keyed by the country's rows (their highest id and how many: an added or removed row makes it
stale) and by the grouping code (a changed rule groups again), so it is never wrong, only stale; whoever
needs a stale one first makes it again: a background refresh after ingest (`refresh`), or the next question.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import PrivateAttr

from retrieval.elections import Election, group_elections
from retrieval.results import ResultRow

if TYPE_CHECKING:
    from retrieval.catalog import Catalog

log = logging.getLogger(__name__)

MEMORY_COUNTRIES = 256  # groupings kept in memory (each a few hundred KB at most: headings, not rows)
FIGURES = ("share", "votes", "seats", "turnout")


def _grouping_code() -> str:
    """What the grouping depends on besides the rows: the code that groups them, the names it compares, and
    the place data beside them (unused by the grouping today; a change there costs one regroup, a stale
    grouping after a change that mattered would cost wrong answers)."""
    here = Path(__file__).resolve().parent
    digest = hashlib.sha1()
    # A module may be a package of modules (places/, races/: grouping's steps and the model it fills): every
    # .py file in it counts.
    names = (
        "elections.py",
        "titled_races.py",
        "local_race_relabel.py",
        "local_titles.py",
        "results.py",
        "numbers.py",
        "places.py",
    )
    modules = [here / n for n in names]
    modules += sorted((here / "places").glob("*.py")) + sorted((here / "races").glob("*.py"))
    for path in [p for p in modules if p.is_file()] + sorted((here / "data").glob("*.json")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


GROUPING_CODE = _grouping_code()


class StoredElection(Election):
    """An election read from its stored grouping: its rows are read from the catalog the first time they are
    asked for (`election.rows`); the answers resolution asks of every election come from the heading."""

    _load: Callable[[], list[ResultRow]] | None = PrivateAttr(default=None)
    _figures: frozenset[str] = PrivateAttr(default=frozenset())
    _focused: bool = PrivateAttr(default=False)
    _stating: list[str] = PrivateAttr(default_factory=list)

    def __getattr__(self, name: str) -> Any:
        # `rows` is left out of the instance until asked for (pydantic keeps fields in __dict__, so a missing
        # one comes here); every other name is pydantic's business.
        if name == "rows":
            load = self._load
            rows = load() if load is not None else []
            self.__dict__["rows"] = rows
            return rows
        return super().__getattr__(name)  # type: ignore[misc]

    def loaded(self) -> bool:
        return "rows" in self.__dict__

    def name_words(self) -> dict[str, list[str]]:
        return self._names or {}

    def has(self, field: str) -> bool:  # type: ignore[override]
        return field in self._figures

    def any_focused(self) -> bool:
        return self._focused

    def stating_passages(self) -> list[str]:
        return self._stating


def heading(election: Election, ids: dict[tuple[str, str], tuple[int, ResultRow]]) -> dict:
    """What is stored of an election: `ids` maps a row's (article, sentence), unique in the catalog, to its id
    and the row as stored, so a row the grouping changed is kept as its id and the fields it changed."""
    rows: list[list] = []
    for row in election.rows:
        found = ids.get((row.article_id, row.sentence))
        if found is None:  # a row the grouping made itself: kept whole
            rows.append([None, row.model_dump(mode="json")])
            continue
        rid, stored = found
        changed = {k for k, v in row.__dict__.items() if stored.__dict__.get(k) != v} if row is not stored else set()
        rows.append([rid, row.model_dump(mode="json", include=changed) if changed else None])
    return {
        "place": election.place,
        "office": election.office,
        "round": election.round,
        "day": election.day,
        "city": election.city,
        "subject": election.subject,
        "rows": rows,
        "names": election.name_words(),
        "figures": [f for f in FIGURES if election.has(f)],  # type: ignore[arg-type]
        "focused": election.any_focused(),
        "stating": election.stating_passages(),
    }


class ElectionIndex:
    """A country's elections, newest first, from its stored grouping (made again when stale)."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self._lock = threading.Lock()
        self._memory: dict[str, tuple[str, list[Election]]] = {}  # least recently used first
        self._grouping: dict[str, threading.Lock] = {}  # one grouping of a country at a time
        self._pending: dict[str, None] = {}  # countries the background refresh will look at, in order
        self._worker: threading.Thread | None = None

    def of(self, country: str) -> list[Election]:
        top, count = self.catalog.results_version(country)
        if not count:
            return []
        version = f"{GROUPING_CODE}:{top}:{count}"
        with self._lock:
            held = self._memory.pop(country, None)
            if held is not None and held[0] == version:
                self._memory[country] = held
                return held[1]
        with self._lock:
            grouping = self._grouping.setdefault(country, threading.Lock())
        with grouping:  # a question and the background refresh wanting one country group it once
            stored = self.catalog.stored_elections(country)
            if stored is not None and stored[0] == version:
                elections = self._read(stored[1])
            else:
                elections = self._group(country, version, top)
        with self._lock:
            self._memory[country] = (version, elections)
            while len(self._memory) > MEMORY_COUNTRIES:
                self._memory.pop(next(iter(self._memory)))
        return elections

    def refresh(self, countries: Iterable[str] | None = None) -> int:
        """Group again the countries (all with results when None) whose stored grouping is stale; returns how
        many were. Run after an ingest, off the question path, so the next question reads a fresh one."""
        todo = list(countries) if countries is not None else list(self.catalog.result_countries())
        made = 0
        for country in dict.fromkeys(todo):
            top, count = self.catalog.results_version(country)
            version = f"{GROUPING_CODE}:{top}:{count}"
            stored = self.catalog.stored_elections(country)
            if count and (stored is None or stored[0] != version):
                self.of(country)
                made += 1
        return made

    def refresh_in_background(self, countries: Iterable[str]) -> None:
        """`refresh` on one daemon thread (started when needed): an ingest returns without waiting for it, and
        a question about a country not refreshed yet groups it itself."""
        with self._lock:
            self._pending.update(dict.fromkeys(countries))
            if not self._pending or (self._worker is not None and self._worker.is_alive()):
                return
            self._worker = threading.Thread(target=self._drain, name="election-index", daemon=True)
            self._worker.start()

    def wait(self, timeout: float | None = None) -> bool:
        """Until the background refresh is done (a one-shot command before it exits); False on timeout."""
        worker = self._worker
        if worker is not None:
            worker.join(timeout)
        return worker is None or not worker.is_alive()

    def close(self) -> None:
        """Drop what the background refresh had not started and let the country it is grouping finish, so the
        catalog can be closed under it (the dropped ones are grouped by the next reader)."""
        with self._lock:
            self._pending.clear()
        self.wait()

    def _drain(self) -> None:
        while True:
            with self._lock:
                if not self._pending:
                    self._worker = None
                    return
                country = next(iter(self._pending))
                del self._pending[country]
            try:
                self.refresh([country])
            except Exception as exc:  # derived data: the next question groups the country itself
                log.warning("could not refresh the elections of %s: %s", country, exc)

    def _group(self, country: str, version: str, top: int) -> list[Election]:
        with_ids = self.catalog.results_with_ids(country, top)
        ids = {(row.article_id, row.sentence): (rid, row) for rid, row in with_ids}
        elections = group_elections([row for _, row in with_ids], self._passage_texts)
        data = json.dumps([heading(e, ids) for e in elections], separators=(",", ":"))
        try:
            self.catalog.store_elections(country, version, data)
        except Exception as exc:  # derived data: a read-only or busy database still answers
            log.warning("could not store the elections of %s: %s", country, exc)
            return elections
        # Kept as read back, not with every row just parsed: memory holds headings, and the rows of the few
        # elections questions look into.
        return self._read(data)

    def _passage_texts(self, ids: list[str]) -> dict[str, str]:
        """Passage id -> its report's title and its text: where a mayor's row whose sentence names no city
        finds the city its race is held in (retrieval.races.cities)."""
        return {pid: f"{p.title}\n{p.text}" for pid, p in self.catalog.passages_of(ids).items()}

    def _read(self, data: str) -> list[Election]:
        return [self._stored(h) for h in json.loads(data)]

    def _stored(self, h: dict) -> StoredElection:
        election = StoredElection.model_construct(
            place=h["place"], office=h["office"], round=h["round"], day=h["day"], city=h.get("city"),
            subject=h.get("subject", []), rows=[],
        )  # fmt: skip
        del election.__dict__["rows"]  # read when asked for (__getattr__)
        election._names = h["names"]
        election._figures = frozenset(h["figures"])
        election._focused = h["focused"]
        election._stating = h["stating"]
        catalog, entries = self.catalog, h["rows"]

        def load() -> list[ResultRow]:
            found = catalog.results_by_id([rid for rid, _ in entries if rid is not None])
            rows = []
            for rid, patch in entries:
                if rid is None:
                    rows.append(ResultRow.model_validate(patch))
                elif rid in found:  # a row removed since (demo rows dropped) is left out
                    row = found[rid]
                    rows.append(ResultRow.model_validate({**row.model_dump(), **patch}) if patch else row)
            return rows

        election._load = load
        return election
