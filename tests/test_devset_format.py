"""The development set's files keep the format the benches read (bench/data/dev/README.md, "Files").

Batches are written by hands that read no code; a batch in another shape (figures as a list of lists, a relevant
report that does not exist, a figure no relevant report states) would make the benches score nonsense silently.
Failures name item ids only, never an item's text.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

DEV = Path(__file__).resolve().parent.parent / "bench" / "data" / "dev"
ASKS = {"winner", "margin", "share", "rank", "seats", "turnout", "count", "topic", "abstain"}


def _load(pattern: str) -> dict[str, list[dict]]:
    return {
        p.name: [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
        for p in sorted(DEV.glob(pattern))
    }


@pytest.fixture(scope="module")
def reports() -> dict[str, dict]:
    return {r["id"]: r for rows in _load("reports*.jsonl").values() for r in rows}


@pytest.fixture(scope="module")
def elections() -> dict[str, dict]:
    return {e["id"]: e for rows in _load("elections*.jsonl").values() for e in rows}


def _forms(figure: str) -> set[str]:
    """How a report may write a figure: as given or with a trailing zero ("51.9" as "51,90"), with a decimal comma,
    or with the other thousands separator."""
    given = {figure, f"{figure}0"} if re.fullmatch(r"\d+\.\d", figure) else {figure}
    swapped = {f.translate(str.maketrans(".,", ",.")) for f in given}
    return given | swapped | {figure.replace(",", " "), figure.replace(",", "\u00a0")}


def _stated(figure: str, texts: list[str]) -> bool:
    return any(re.search(rf"(?<![\d.,]){re.escape(f)}(?![\d]|[.,]\d)", t) for f in _forms(figure) for t in texts)


def _expectations(item: dict) -> list[str]:
    """What is wrong with one question or turn's `expect` and `relevant`, as short phrases."""
    wrong = []
    if item.get("asks") not in ASKS:
        wrong.append(f"asks {item.get('asks')!r}")
    expect = item.get("expect") or {}
    for key in ("figures", "wrong_figures", "first_sentence_names"):
        values = expect.get(key) or []
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            wrong.append(f"{key} is not a flat list of strings")
    return wrong


def _figures_unstated(item: dict, reports: dict[str, dict]) -> list[str]:
    texts = [f"{reports[r]['title']} {reports[r]['text']}" for r in item.get("relevant") or [] if r in reports]
    figures = (item.get("expect") or {}).get("figures") or []
    if item.get("asks") == "margin":  # a margin may be computed from two stated shares
        return []
    if not texts or not figures or not all(isinstance(f, str) for f in figures):
        return []
    return [] if any(_stated(f, texts) for f in figures) else ["no expected figure is stated in a relevant report"]


def test_ids_are_unique_across_files():
    for kind in ("elections", "reports", "questions", "conversations", "check", "plants"):
        ids = [item["id"] for rows in _load(f"{kind}*.jsonl").values() for item in rows]
        assert len(ids) == len(set(ids)), f"{kind}: duplicate ids {sorted({i for i in ids if ids.count(i) > 1})}"


def test_every_item_belongs_to_one_half():
    for name, rows in {**_load("*.jsonl")}.items():
        assert {r.get("split") for r in rows} <= {"tune", "test"}, name


def test_reports_point_at_elections_of_their_own_half(reports, elections):
    bad = [r["id"] for r in reports.values() if r["election"] not in elections]
    bad += [
        r["id"]
        for r in reports.values()
        if r["election"] in elections and r["split"] != elections[r["election"]]["split"]
    ]
    assert not bad, bad


def test_questions_read_as_the_benches_read_them(reports, elections):
    bad = {}
    for rows in _load("questions*.jsonl").values():
        for q in rows:
            wrong = _expectations(q)
            if q["asks"] != "abstain" and q.get("election") not in elections:
                wrong.append("unknown election")
            wrong += [f"unknown report {r}" for r in q.get("relevant") or [] if r not in reports]
            wrong += _figures_unstated(q, reports)
            if wrong:
                bad[q["id"]] = wrong
    assert not bad, bad


def test_conversation_turns_read_as_the_benches_read_them(reports, elections):
    bad = {}
    for rows in _load("conversations*.jsonl").values():
        for c in rows:
            for i, turn in enumerate(c["turns"]):
                wrong = _expectations(turn)
                election = elections.get(turn.get("election") or "")
                if turn["asks"] != "abstain" and (election is None or election["split"] != c["split"]):
                    wrong.append("election unknown or of the other half")
                wrong += [f"unknown report {r}" for r in turn.get("relevant") or [] if r not in reports]
                if wrong:
                    bad[f"{c['id']} turn {i + 1}"] = wrong
    assert not bad, bad
