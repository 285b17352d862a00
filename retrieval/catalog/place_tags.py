"""Which places each passage is tagged with (table passage_places), as search asks it: a candidate list's
passages tagged with a place, a place's passage ids, the biggest places. Tags are only added with new
passages, so what was read is remembered until a prune."""

from __future__ import annotations

import threading

from retrieval.catalog.base import CatalogBase

TAG_CACHE_PLACES = 8
TAG_MEMO = 300_000  # passages whose places `tagged` remembers (~40 MB)


class PlaceTags(CatalogBase):
    _tags_lock: threading.Lock
    _memo_lock: threading.Lock
    _memo: dict[str, frozenset[str]]
    _memo_generation: int
    _sets: dict[frozenset[str], frozenset[str]]
    _tags: dict[tuple, tuple[int, int, int, list[str] | None]]

    def _init_tag_memo(self) -> None:
        self._tags_lock = threading.Lock()
        self._memo_lock = threading.Lock()
        self._memo = {}  # see tagged
        self._memo_generation = -1
        self._sets = {}
        self._tags = {}  # see tagged_ids

    def tagged(self, ids: list[str], places: set[str]) -> set[str] | None:
        """Those of `ids` tagged with one of `places`; None when one of `ids` is not in the catalog.

        A search asks this of its candidate lists (hundreds to a few thousand ids, ~5 us each to look up at
        200,000 passages), and the next question about a place asks it again of mostly the same passages. A
        passage's places never change once written, so they are remembered (TAG_MEMO passages at most)
        until a prune removes passages."""
        wanted = list(dict.fromkeys(ids))
        known = self._places_of(wanted)
        if len(known) < len(wanted):
            return None
        return {pid for pid in wanted if not known[pid].isdisjoint(places)} if places else set()

    def _places_of(self, ids: list[str]) -> dict[str, frozenset[str]]:
        """The places of those of `ids` the catalog holds (none: an empty set)."""
        generation = self.pruned_generation()
        with self._memo_lock:
            if generation != self._memo_generation or len(self._memo) > TAG_MEMO:
                self._memo.clear()
                self._memo_generation = generation
            out = {pid: self._memo[pid] for pid in ids if pid in self._memo}
        todo = [pid for pid in ids if pid not in out]
        found: dict[str, set[str]] = {}
        for start in range(0, len(todo), 500):
            chunk = todo[start : start + 500]
            for pid, place in self.db.all(
                f"SELECT p.id, pp.place FROM passages p LEFT JOIN passage_places pp ON pp.seq = p.seq "
                f"WHERE p.id IN ({','.join('?' * len(chunk))})",
                chunk,
            ):
                found.setdefault(pid, set())
                if place is not None:
                    found[pid].add(place)
        with self._memo_lock:
            for pid, codes in found.items():
                key = frozenset(codes)
                out[pid] = self._memo[pid] = self._sets.setdefault(key, key)  # a few hundred distinct sets
        return out

    def tagged_ids(self, places: list[str], limit: int) -> list[str] | None:
        """Ids of the passages tagged with one of `places`; None when there are more than `limit`.

        Search asks for a place's ids question after question, and joining 20,000 tags to their passages
        costs ~60 ms at 200,000 passages: the lists of the last few places are kept, brought up to date from
        the passages added since (tags are only added with new passages; a prune starts them again)."""
        codes = tuple(sorted(set(places)))
        marks = ",".join("?" * len(codes))
        key = (codes, limit)
        with self._tags_lock:
            generation, upto = self.pruned_generation(), self.max_seq()
            total = self.db.one(
                f"SELECT COUNT(*) FROM passage_places WHERE place IN ({marks}) AND seq <= ?", [*codes, upto]
            )[0]
            generation_seen, seen, tags, ids = self._tags.pop(key, None) or (generation, 0, 0, [])
            if upto > seen:
                tags += self.db.one(
                    f"SELECT COUNT(*) FROM passage_places WHERE place IN ({marks}) AND seq > ? AND seq <= ?",
                    [*codes, seen, upto],
                )[0]
            if generation_seen != generation or tags != total:  # pruned, or committed out of seq order: again
                seen, tags, ids = 0, total, []
            # Counted on the (place, seq) key alone, a passage once per place: beyond the limit, no ids read.
            if tags > limit * len(codes):
                ids = None
            elif ids is not None and upto > seen:
                # One place's tags name each passage once (its key): no DISTINCT and its temporary B-tree.
                distinct = "DISTINCT " if len(codes) > 1 else ""
                ids = ids + [
                    r[0]
                    for r in self.db.all(
                        f"SELECT {distinct}p.id FROM passage_places pp JOIN passages p{self._by_seq} "
                        f"ON p.seq = pp.seq WHERE pp.place IN ({marks}) AND pp.seq > ? AND pp.seq <= ?",
                        [*codes, seen, upto],
                    )
                ]
                ids = list(dict.fromkeys(ids)) if len(codes) > 1 else ids
            self._tags[key] = (generation, upto, tags, ids)
            while len(self._tags) > TAG_CACHE_PLACES:
                self._tags.pop(next(iter(self._tags)))
        return None if ids is None or len(ids) > limit else list(ids)

    def biggest_places(self, n: int) -> list[str]:
        """The n places with the most passages tagged, most first (what a warm-up reads ahead)."""
        rows = self.db.all("SELECT place, COUNT(*) FROM passage_places GROUP BY place ORDER BY 2 DESC, 1 LIMIT ?", (n,))
        return [code for code, _ in rows]
