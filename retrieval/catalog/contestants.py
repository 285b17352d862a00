"""Where a candidate stood: the places whose results name a contestant, found by a word of the name. The
index of name words is kept in memory and brought up to date from the result rows added since."""

from __future__ import annotations

import json
import re
import threading

from rapidfuzz import process
from rapidfuzz.distance import OSA

from retrieval.catalog.base import CatalogBase
from retrieval.places import normalize

_NAME_PART = re.compile(r"[^\W_]+")
_ACRONYM = re.compile(r"[^\W\d_]{2,5}")
# A hyphenated given name ("Kuo-an", "Wen-jie", "Se-jin") is one word to its bearer: its joined letters are a
# key of their own, so a name whose every part is three letters or fewer ("Han Kuo-an", "Ong Wen-jie") is found.
_HYPHENATED = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")
# A surname mistyped is read as the contestant's only from this many letters, and one edit away: shorter words are
# one letter from too many names.
MISTYPED_FROM = 6
_FULL_NAME_ROWS = 200  # result rows read to tell whether one contestant bears every word of a full name


def compounds(text: str) -> list[str]:
    """Each hyphenated compound of a text, joined ("Kuo-an" -> "Kuoan")."""
    return [m.replace("-", "") for m in _HYPHENATED.findall(text)]


def name_parts(text: str) -> list[str]:
    """The words a name is indexed and found by: each part, and each hyphenated compound joined."""
    return _NAME_PART.findall(text) + compounds(text)


def _name_key(part: str, written: bool = False) -> str:
    """The index key of one word of a name: longer than three letters, the word folded; three letters or
    fewer, only an acronym ("FPÖ" as a result writes it; "fpö" typed) is worth a key, marked apart so that
    "the" or "won" in a question never finds "The Greens" or a "Won"."""
    folded = normalize(part)
    if len(part) > 3:
        return folded
    if written and not (part.isupper() and _ACRONYM.fullmatch(part)):
        return ""
    return f"^{folded}" if len(part) >= 2 else ""


class ContestantIndex(CatalogBase):
    _names_lock: threading.Lock
    _names: dict[str, dict[int, str]]
    _names_upto: int
    _names_rows: int

    def _init_contestant_index(self) -> None:
        self._names_lock = threading.Lock()
        self._names = {}  # see _contestant_words
        self._names_upto = 0
        self._names_rows = 0

    def places_of_contestants(self, words: list[str]) -> list[str]:
        """Places whose results name a contestant with one of these words in their name (a surname, typed in
        any case; a part of a hyphenated one; an acronym such as "FPÖ", which a word of three letters or
        fewer must be), most results first: where a candidate stood."""
        # A surname is a word, not a paragraph: SQLite refuses over-long LIKE patterns, and a question of
        # a thousand words needs no thousand lookups.
        keys = [_name_key(part) for w in words if len(w) <= 40 for part in name_parts(w)]
        keys = list(dict.fromkeys(k for k in keys if k))[:12]
        if not keys:
            return []
        index = self._contestant_words()
        rows: dict[int, str] = {}
        for key in keys:
            rows.update(index.get(key, {}))
        countries: dict[str, int] = {}
        for _, place in sorted(rows.items()):  # in row order: ties go to the place named first
            country = place.split("-")[0]
            countries[country] = countries.get(country, 0) + 1
        return sorted(countries, key=lambda c: -countries[c])

    def places_of_full_names(self, words: list[str]) -> list[str]:
        """The countries whose results name one contestant bearing every one of these words (each longer than
        three letters), most results first: "santiago peña" is Santiago Peña's Paraguay, where "santiago" alone is
        Chile's capital and a word of many names."""
        keys = list(dict.fromkeys(_name_key(w) for w in words))
        if len(keys) < 2 or not all(k and not k.startswith("^") for k in keys):
            return []
        index = self._contestant_words()
        rids = set(index.get(keys[0], {}))
        for key in keys[1:]:
            rids &= set(index.get(key, {}))
        if not rids:
            return []
        ids = sorted(rids)[:_FULL_NAME_ROWS]
        marks = ",".join("?" * len(ids))
        countries: dict[str, int] = {}
        for _, place, data in self.db.all(f"SELECT id, place, data FROM results WHERE id IN ({marks})", ids):
            if place is None:
                continue
            for contestant in json.loads(data).get("contestants") or []:
                parts = {_name_key(p, written=True) for p in name_parts(contestant.get("name") or "")}
                if parts.issuperset(keys):
                    country = place.split("-")[0]
                    countries[country] = countries.get(country, 0) + 1
        return sorted(countries, key=lambda c: -countries[c])

    def close_contestant_words(self, word: str) -> list[str]:
        """The words of contestants' names one edit from this one (of MISTYPED_FROM letters or more), with its
        first letter: a surname mistyped by a letter ("nawrocky", "chakwerra", "nasrala")."""
        key = normalize(word)
        if len(key) < MISTYPED_FROM or not key.isalpha():
            return []
        index = self._contestant_words()
        near = [k for k in list(index) if k[:1] == key[0] and abs(len(k) - len(key)) <= 1 and k != key]
        found = process.extract(key, near, scorer=OSA.distance, score_cutoff=1, limit=None)
        return [k for k, _, _ in found]

    def known_contestant_words(self, words: list[str]) -> set[str]:
        """Those of the words by which `places_of_contestants` finds some place, read with one look at the
        index (each look checks it is up to date: the results table's highest id and size, ~10 us)."""
        index = self._contestant_words()
        return {w for w in words if len(w) <= 40 and any(index.get(_name_key(p)) for p in name_parts(w))}

    def _contestant_words(self) -> dict[str, dict[int, str]]:
        """Each word of a contestant's name (see `_name_key`) -> {result id: place}, for results with a place.
        Kept in memory and brought up to date from the rows added since (a LIKE over every result's JSON grew
        with the store); rebuilt when rows went away (demo results dropped, here or by another process): the
        rows read (placed or not) are then more than the table holds."""
        with self._names_lock:
            # Every row is counted, placed or not: SQLite answers a bare COUNT(*) from the b-tree's page counts and
            # MAX(id) from its last page (~10 us at 85,000 results), where a filtered count read them all (~3 ms).
            top, count = self.db.one(
                "SELECT (SELECT COALESCE(MAX(id), 0) FROM results), (SELECT COUNT(*) FROM results)"
            )
            places: dict[str, str] = {}
            for _ in range(2):
                if top > self._names_upto:
                    for rid, place, data in self.db.all(
                        "SELECT id, place, data FROM results WHERE id > ? AND id <= ?", (self._names_upto, top)
                    ):
                        self._names_rows += 1
                        if place is None:
                            continue
                        place = places.setdefault(place, place)  # one string per place, not one per row
                        for contestant in json.loads(data).get("contestants") or []:
                            for part in name_parts(contestant.get("name") or ""):
                                if key := _name_key(part, written=True):
                                    self._names.setdefault(key, {})[rid] = place
                    self._names_upto = top
                if self._names_rows == count:
                    break
                self._names, self._names_upto, self._names_rows = {}, 0, 0  # rows went away: start again
            return self._names
