"""What ingest derives from an article's text besides its vectors — the places it and each passage are about, and
its result rows — and the stamp of the code that derives them.

A store outlives the code that filled it: a later version finds places or results an earlier one missed. Each
article records the stamp it was derived with, so `retrieval.reindex` can derive again, from the stored passages
(no fetch, no embedding: the vectors depend on the text alone), exactly the articles an older version wrote."""

from __future__ import annotations

import hashlib
import re
from functools import cache
from pathlib import Path

from retrieval.articles import Article, Passage
from retrieval.places import find_places, place_counts
from retrieval.result_rows import result_rows
from retrieval.results import ResultRow

_PACKAGE = Path(__file__).resolve().parent


def main_places(article: Article, counts: dict[str, int] | None = None) -> list[str]:
    """The places an article is about: those in the title, and the most-mentioned ones in the text (`counts`:
    its text's place counts, when already made)."""
    counts = place_counts(article.text) if counts is None else counts
    if not counts:
        return find_places(article.title)
    top = max(counts.values())
    main = [code for code, n in sorted(counts.items(), key=lambda kv: -kv[1]) if n >= max(2, top * 0.4)]
    # A subdivision's mentions also count for its country, so the country always comes first; a report on a
    # regional race names its region more than its country otherwise (most of the country's mentions are the
    # region's), and the region comes first: rows naming no place are the region's race, not the country's.
    for code in [c for c in main if "-" in c]:
        country = code.split("-")[0]
        if country in main and 2 * counts[code] > counts.get(country, 0) and main.index(country) < main.index(code):
            main.remove(code)
            main.insert(main.index(country), code)
    for code in find_places(article.title):
        if code not in main:
            main.insert(0, code)
    return main or [max(counts, key=counts.__getitem__)]


def tag_passages(article: Article, passages: list[Passage], whole: dict[str, int] | None = None) -> list[str]:
    """Set each passage's places (in order of first mention) and the article's main places on `passages`;
    returns the latter. `whole`: the article text's place counts, when already made."""
    whole = place_counts(article.text) if whole is None else whole
    places = main_places(article, whole)
    for passage in passages:
        # A one-passage article's are its text's (counted once: ~1 ms each).
        mentions = dict(whole) if passage.text == article.text else place_counts(passage.text)
        passage.places = list(mentions)
        passage.place_mentions = mentions
        passage.article_places = places
    return places


def derive(article: Article, passages: list[Passage]) -> tuple[list[str], list[ResultRow]]:
    """Tag `passages` (in place) and extract the article's result rows: (main places, rows)."""
    places = tag_passages(article, passages)
    return places, result_rows(article, passages, places)


_IMPORT = re.compile(r"^\s*(?:from\s+(retrieval[\w.]*)\s+import\s+(\([^)]*\)|[^\n]+)|import\s+(retrieval[\w.]*))", re.M)

_TYPING_ONLY = re.compile(r"^if TYPE_CHECKING:\n(?:[ \t]+.*\n|\n)*", re.M)  # imports for annotations only


def _imports(path: Path) -> list[Path]:
    """The files of the `retrieval` package a module imports, at the top or inside a function, not for type
    checking only (a package counts
    as its __init__; `from package import name` also as the module `name`, when it is one)."""
    found = []
    code = _TYPING_ONLY.sub("", path.read_text(encoding="utf-8"))
    for module, names, plain in _IMPORT.findall(code):
        dotted = (
            [plain] if plain else [module] + [f"{module}.{n.split()[0]}" for n in re.findall(r"\w+(?: as \w+)?", names)]
        )
        for name in dotted:
            base = _PACKAGE.parent.joinpath(*name.split("."))
            found += [p for p in (base.with_suffix(".py"), base / "__init__.py") if p.is_file()]
    return found


@cache
def derivation_stamp() -> int:
    """A number that changes when anything deriving places or results changes: every module this one imports,
    transitively, and the place data. A change that mattered not costs one reindex; a stale article after a
    change that mattered would cost wrong answers. Fits a signed 64-bit column."""
    seen: set[Path] = set()
    todo = [Path(__file__).resolve()]
    while todo:
        path = todo.pop()
        if path not in seen:
            seen.add(path)
            todo.extend(p for p in _imports(path) if p not in seen)
    digest = hashlib.sha1()
    for path in sorted(seen) + sorted((_PACKAGE / "data").glob("*.json")):
        digest.update(path.relative_to(_PACKAGE).as_posix().encode())
        digest.update(path.read_bytes())
    return int.from_bytes(digest.digest()[:8], "big") >> 1 or 1
