"""The BM25 index beside the vector store: names, numbers and Spanish words match even where the small
English embedding model is weak.

The index is rebuilt after each ingest (never per query) from the catalog, saved to disk with the catalog
version it reflects, and reloaded by other processes when that version moves on.
"""

from __future__ import annotations

import json
import logging
import re
import shutil
import threading
import unicodedata
from pathlib import Path

import bm25s
import numpy as np

from retrieval.catalog import Catalog

log = logging.getLogger(__name__)
# bm25s sets its own logger to DEBUG at import, which would print on every index build: restore the default.
logging.getLogger("bm25s").setLevel(logging.NOTSET)

STOPWORDS = frozenset(
    """a an and are as at be but by for from has have he her his in is it its of on or that the their they
    this to was were will with who what when where which why how did does do into than then there these those
    about after before over also been being had not no yes i you we our us them she him
    el la los las un una unos unas y o de del al en con por para que se su sus es son fue fueron ha han
    lo le les como mas más pero sin sobre entre tras este esta estos estas ese esa eso quien quién cual cuál
    cuando cuándo donde dónde qué porque muy ya""".split()
)
_TOKEN = re.compile(r"\d+(?:[.,]\d+)?|[^\W\d_]+")


def fold(text: str) -> str:
    """Lowercase without accents, so 'Perú', 'peru' and 'PERU' are one word."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def tokenize(text: str) -> list[str]:
    tokens = []
    for token in _TOKEN.findall(fold(text)):
        if token[0].isdigit():
            tokens.append(token.replace(",", "."))  # 58,2 and 58.2 are the same figure
        elif token not in STOPWORDS and len(token) > 1:
            tokens.append(token[:-1] if len(token) > 4 and token.endswith("s") else token)  # crude plural
    return tokens


class LexicalIndex:
    def __init__(self, directory: Path, catalog: Catalog) -> None:
        self.directory = directory
        self.catalog = catalog
        self._lock = threading.RLock()
        self._bm25: bm25s.BM25 | None = None
        self._ids: list[str] = []
        self._places: list[frozenset[str]] = []
        self._masks: dict[tuple[int, str], np.ndarray] = {}
        self._position: dict[str, int] = {}
        self._tokens: dict[str, list[str]] = {}
        self._build_lock = threading.Lock()
        self._version = -1

    def _load_or_build(self) -> None:
        current = self.catalog.version()
        if self._version == current:
            return
        manifest = self.directory / "manifest.json"
        if manifest.is_file():
            try:
                saved = json.loads(manifest.read_text())
                if saved.get("version") == current:
                    self._bm25 = bm25s.BM25.load(str(self.directory / "bm25"))
                    self._ids = saved["ids"]
                    self._places = [frozenset(p) for p in saved["places"]]
                    self._version = current
                    return
            except Exception as exc:  # a damaged index is rebuilt, never fatal
                log.warning("lexical index unreadable (%s); rebuilding", exc)
        self.rebuild()

    def rebuild(self) -> None:
        """Re-index after an ingest. Searches keep using the old index until the new one is swapped in, and
        passages tokenized by an earlier build in this process are not tokenized again (most of the cost)."""
        with self._build_lock:
            version = self.catalog.version()
            rows = self.catalog.passages()
            ids = [p.id for _, p in rows]
            places = [frozenset(p.places) | frozenset(p.article_places) for _, p in rows]
            tokens = {p.id: self._tokens.get(p.id) or tokenize(f"{p.title} {p.text}") for _, p in rows}
            bm25 = None
            if rows:
                bm25 = bm25s.BM25()
                bm25.index([tokens[pid] for pid in ids], show_progress=False)
                self._save(bm25, version, ids, places)
            with self._lock:
                self._bm25, self._ids, self._places, self._version = bm25, ids, places, version
                self._tokens = tokens
                self._position = {}

    def _save(self, bm25: bm25s.BM25, version: int, ids: list[str], places: list[frozenset[str]]) -> None:
        """Write beside the store atomically (a temp dir renamed), for other processes and the next start."""
        tmp = self.directory.with_name(self.directory.name + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        bm25.save(str(tmp / "bm25"))
        (tmp / "manifest.json").write_text(
            json.dumps({"version": version, "ids": ids, "places": [sorted(p) for p in places]})
        )
        shutil.rmtree(self.directory, ignore_errors=True)
        tmp.rename(self.directory)

    def _mask(self, place: str) -> np.ndarray:
        key = (self._version, place)
        if key not in self._masks:
            self._masks = {k: v for k, v in self._masks.items() if k[0] == self._version}
            self._masks[key] = np.fromiter((place in p for p in self._places), dtype=bool, count=len(self._places))
        return self._masks[key]

    def tagged(self, ids: list[str], places: set[str]) -> list[str] | None:
        """Those of `ids` tagged with one of `places`, in order; None when the index cannot tell (an id it
        does not hold yet)."""
        with self._lock:
            self._load_or_build()
            if len(self._position) != len(self._ids):
                self._position = {pid: i for i, pid in enumerate(self._ids)}
            out = []
            for pid in ids:
                i = self._position.get(pid)
                if i is None:
                    return None
                if places & self._places[i]:
                    out.append(pid)
            return out

    def top(self, query: str, n: int, place: str | None = None) -> list[tuple[str, float]]:
        """The n best passages by BM25 (only those tagged with `place`, when given), best first."""
        with self._lock:
            self._load_or_build()
            tokens = tokenize(query)
            if self._bm25 is None or not tokens:
                return []
            scores = self._bm25.get_scores(tokens)
            if place:
                scores = np.where(self._mask(place), scores, 0.0)
            n = min(n, len(scores))
            best = np.argpartition(-scores, n - 1)[:n]
            best = best[np.argsort(-scores[best])]
            return [(self._ids[i], float(scores[i])) for i in best if scores[i] > 0]
