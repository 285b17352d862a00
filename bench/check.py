"""The span-level citation check and the planted-content rule, on the labelled development sets.

    python bench/check.py            # per split: unfaithful caught, faithful kept, per category; plants
    python bench/check.py --json     # the same as one JSON object
    python bench/check.py --verbose  # also list the tune items it gets wrong (never the test half's)

Check set (bench/data/dev/check*.jsonl, the files in CHECK_FILES; each line says its split, and which batches are held
back is listed in bench/data/dev/LABELS.md): each item is a sentence citing numbered sources and labelled faithful or
unfaithful. Plants (bench/data/dev/plants*.jsonl, the files in PLANT_FILES, split the same way): a plant "reaches an
answer" when an adversarial writer that repeats the planted sentence, or states its false figure or winner, with a
citation (and the planted sentence as its quote) gets past the check. Every sentence of every briefing, extractive or
LLM, goes through that check, and planted sentences are no evidence (`bot.untrusted.untrusted`), so this is what a
plant can get into an answer. How many planted sentences the sentence filter alone (`reportable`) keeps is printed
beside it: until turn 15 that counted as reaching too, which hid what is not a matter of the sentence's words (a
result the article's lede contradicts is no evidence: `bot.untrusted.corroboration`). Of the plants that reach, how
many reach also with the planted sentence cut out of the article is printed too: there the check passes the obedient
sentence on the genuine text (a true sentence, or a gap the check set measures), and the plant itself changed nothing.
Genuine sentences must stay reportable, and so must every sentence of the demo corpus (seeds/) and of every report of
the answers bench's development set (bench/data/dev/reports*.jsonl, title and text): the tune half's excluded
sentences are listed one by one, the held-back half's only counted."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.citations import check_drafts  # noqa: E402
from bot.models import Citation, DraftSentence  # noqa: E402
from bot.untrusted import reportable, sentences  # noqa: E402
from retrieval.chunking import split_sentences  # noqa: E402

DEV = ROOT / "bench" / "data" / "dev"
CHECK_FILES = (
    "check.jsonl",
    "check_more.jsonl",
    "check_third.jsonl",
    "check_fourth.jsonl",
    "check_fifth.jsonl",
    "check_sixth.jsonl",
    "check_seventh.jsonl",
    "check_eighth.jsonl",
    "check_ninth.jsonl",
    "check_tenth.jsonl",
    "check_eleventh.jsonl",
    "check_twelfth.jsonl",
    "check_thirteenth.jsonl",
    "check_fourteenth.jsonl",
    "check_fifteenth.jsonl",
    "check_sixteenth.jsonl",
    "check_seventeenth.jsonl",
    "check_eighteenth.jsonl",
    "check_nineteenth.jsonl",
    "check_twentieth.jsonl",
    "check_twentyseventh.jsonl",
    "check_twentyninth.jsonl",
    "check_thirtyfirst.jsonl",
    "check_thirtysecond.jsonl",
    "check_thirtythird.jsonl",
    "check_thirtyfifth.jsonl",
    "check_thirtysixth.jsonl",
    "check_thirtyseventh.jsonl",
    "check_thirtyeighth.jsonl",
    "check_thirtyninth.jsonl",
    "check_fortieth.jsonl",
    "check_fortyfirst.jsonl",
    "check_fortysecond.jsonl",
    "check_fortythird.jsonl",
    "check_fortyfourth.jsonl",
    "check_fortyfifth.jsonl",
    "check_fortysixth.jsonl",
    "check_fortyseventh.jsonl",
    "check_fortyeighth.jsonl",
    "check_fortyninth.jsonl",
    "check_fiftieth.jsonl",
    "check_fiftyfirst.jsonl",
)
PLANT_FILES = (
    "plants.jsonl",
    "plants_more.jsonl",
    "plants_third.jsonl",
    "plants_fourth.jsonl",
    "plants_fifth.jsonl",
    "plants_sixth.jsonl",
    "plants_seventh.jsonl",
    "plants_eighth.jsonl",
    "plants_ninth.jsonl",
    "plants_tenth.jsonl",
    "plants_eleventh.jsonl",
    "plants_twelfth.jsonl",
    "plants_thirteenth.jsonl",
    "plants_fourteenth.jsonl",
    "plants_fifteenth.jsonl",
    "plants_sixteenth.jsonl",
    "plants_seventeenth.jsonl",
    "plants_eighteenth.jsonl",
    "plants_nineteenth.jsonl",
    "plants_twentieth.jsonl",
    "plants_twentyseventh.jsonl",
    "plants_twentyninth.jsonl",
    "plants_thirtyfirst.jsonl",
    "plants_thirtysecond.jsonl",
    "plants_thirtythird.jsonl",
    "plants_thirtyfifth.jsonl",
    "plants_thirtysixth.jsonl",
    "plants_thirtyseventh.jsonl",
    "plants_thirtyeighth.jsonl",
    "plants_thirtyninth.jsonl",
    "plants_fortieth.jsonl",
    "plants_fortyfirst.jsonl",
    "plants_fortysecond.jsonl",
    "plants_fortythird.jsonl",
    "plants_fortyfourth.jsonl",
    "plants_fortyfifth.jsonl",
    "plants_fortysixth.jsonl",
    "plants_fortyseventh.jsonl",
    "plants_fortyeighth.jsonl",
    "plants_fortyninth.jsonl",
    "plants_fiftieth.jsonl",
    "plants_fiftyfirst.jsonl",
)


def _cite(n: int, text: str, title: str = "") -> Citation:
    return Citation(n=n, article_id=f"a{n}", title=title, url="", source="bench", published_at=None, quote=text)


def _load(name: str) -> list[dict[str, Any]]:
    path = DEV / name
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()] if path.exists() else []


def _rows(names: tuple[str, ...], split: str) -> list[dict[str, Any]]:
    """Items of `split` from the named files (each line carries its split; "all" takes both)."""
    return [r for name in names for r in _load(name) if split == "all" or r.get("split") == split]


def check_set(verbose: bool) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for split in ("tune", "test"):
        rows = _rows(CHECK_FILES, split)
        caught = kept = unfaithful = faithful = 0
        per_category: dict[str, Counter[str]] = defaultdict(Counter)
        for r in rows:
            citations = [_cite(s["n"], s["text"], s.get("title", "")) for s in r["sources"]]
            draft = DraftSentence(text=r["sentence"], citations=[], quotes=r.get("quotes", []))
            result = check_drafts([draft], citations)
            survived = bool(result.sentences)
            right = survived == (r["label"] == "faithful")
            if r["label"] == "faithful":
                faithful += 1
                kept += survived
            else:
                unfaithful += 1
                caught += not survived
            per_category[r["category"]]["right" if right else "wrong"] += 1
            if verbose and split == "tune" and not right:
                print(f"  {r['id']} {r['label']} {r['category']}: {r['sentence']}\n    {result.warnings}")
        out[split] = {
            "unfaithful": unfaithful,
            "caught": caught,
            "caught_share": round(caught / unfaithful, 3) if unfaithful else None,
            "faithful": faithful,
            "kept": kept,
            "kept_share": round(kept / faithful, 3) if faithful else None,
            "per_category": {k: dict(v) for k, v in sorted(per_category.items())},
        }
    return out


def _effects(plant: dict[str, Any]) -> list[str]:
    """The sentences an obedient writer takes from the planted article that pass the check: each states the
    plant's false claim, so each is the plant reaching an answer."""
    return [d.text for d in _adversarial(plant) if check_drafts([d], [_cite(1, plant["text"])]).sentences]


def _pass_without(plant: dict[str, Any], survivors: list[str]) -> bool:
    """Whether one of the sentences that reached passes the check on the article with the planted sentence cut
    out: then the plant changed nothing (the sentence is true of the article, or the check lets it through on the
    article's genuine sentences, a gap the check set measures), and that reach is the check's, not the plant's."""
    rest = _cite(1, plant["text"].replace(plant["planted"], " "))
    return any(check_drafts([DraftSentence(text=t, citations=[1])], [rest]).sentences for t in survivors)


# A run of capitalised words, joined by the particles of names ("Partido do Povo", "Maria do Rosário").
_NAME = re.compile(r"\b[A-ZÀ-Ý][\w'’-]+(?:\s+(?:(?:de|do|da|dos|das|del|la|of|the)\s+)*[A-ZÀ-Ý][\w'’-]+)*")


def _is_name(words: str) -> bool:
    """Not a dateline in capitals ("BILBAO") nor a capitalised article or pronoun ("Los", "Ele")."""
    if " " in words:
        return True
    return (words.isupper() and len(words) <= 5) or (not words.isupper() and len(words) >= 4)


def _subjects(planted: str, claim: str) -> list[str]:
    """The names a plant's own words attach its false figure to, nearest first: an obedient writer states the
    figure of someone, and a figure that is genuine for another contestant only passes the check unattached."""
    at = planted.find(claim)
    spans = [m for m in _NAME.finditer(planted) if m.start() > 0 and _is_name(m.group())]
    spans.sort(key=lambda m: abs(m.start() - at) if at >= 0 else m.start())
    return list(dict.fromkeys(m.group() for m in spans))[:3]


def _adversarial(plant: dict[str, Any]) -> list[DraftSentence]:
    """What a writer that obeys the plant would write, each citing the planted article."""
    claim = str(plant.get("false_claim", "")).strip()
    drafts = [DraftSentence(text=plant["planted"], citations=[1])]
    if claim.replace(".", "").replace(",", "").isdigit():
        drafts.append(DraftSentence(text=f"The winner took {claim}% of the vote.", citations=[1]))
        # The figure stated of whom the plant states it; a plant that names no one gets sentences that name no one
        # ("The party won 42 seats." is true of a passage where some party won 42: no test of a false claim).
        names = _subjects(plant["planted"], claim)
        for subject in names or ["The party"]:
            drafts += [
                DraftSentence(text=f"{subject} took {claim}% of the vote.", citations=[1], quotes=[plant["planted"]]),
                DraftSentence(text=f"{subject} won {claim} seats.", citations=[1]),
            ]
        if not names:
            drafts.append(DraftSentence(text=f"The result was {claim}%.", citations=[1], quotes=[plant["planted"]]))
    else:  # a name: the plant wants it reported as the winner
        drafts += [
            DraftSentence(text=f"{claim} won the election.", citations=[1], quotes=[plant["planted"]]),
            DraftSentence(text=f"{claim} won.", citations=[1]),
        ]
    return drafts


def plants(verbose: bool) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for split in ("tune", "test", "all"):
        part = _rows(PLANT_FILES, split)
        reached = excluded = anyway = 0
        planted = [r for r in part if r["kind"] == "plant"]
        genuine = [r for r in part if r["kind"] == "genuine"]
        kept_by_filter = 0
        for r in planted:
            survivors = _effects(r)
            kept_by_filter += reportable(r["planted"])
            if survivors:
                reached += 1
                anyway += _pass_without(r, survivors)
                if verbose and split == "tune":
                    print(f"  plant {r['id']} reached: reportable={reportable(r['planted'])} {survivors}")
        for r in genuine:
            if not reportable(r["genuine"]):
                excluded += 1
                if verbose and split == "tune":
                    print(f"  genuine {r['id']} excluded: {r['genuine']}")
        out[split] = {
            "plants": len(planted),
            "reached": reached,
            "reached_without_plant": anyway,
            "kept_by_sentence_filter": kept_by_filter,
            "genuine": len(genuine),
            "excluded": excluded,
        }
    return out


def seeds(verbose: bool) -> dict[str, Any]:
    sentences = []
    for path in sorted((ROOT / "seeds").glob("*")):
        if path.suffix == ".jsonl":
            for line in path.read_text().splitlines():
                if line.strip():
                    record = json.loads(line)
                    sentences += split_sentences(record.get("body") or record.get("text") or "")
        elif path.suffix in (".txt", ".md"):
            sentences += split_sentences(path.read_text())
    excluded = [s for s in sentences if not reportable(s)]
    if verbose:
        for s in excluded:
            print(f"  seed sentence excluded: {s}")
    return {"sentences": len(sentences), "excluded": len(excluded)}


def dev_reports() -> dict[str, Any]:
    """Sentences of the answers bench's development reports that `reportable` excludes: every one is genuine
    journalism, so the target is 0. Tune sentences are listed; held-back ones are only counted."""
    out: dict[str, Any] = {}
    for split in ("tune", "test"):
        total, excluded = 0, []
        for path in sorted(DEV.glob("reports*.jsonl")):
            for r in _load(path.name):
                if r.get("split") != split:
                    continue
                for sentence in [r.get("title") or "", *sentences(r.get("text") or "")]:
                    if not sentence.strip():
                        continue
                    total += 1
                    if not reportable(sentence):
                        excluded.append({"id": r["id"], "sentence": sentence})
        out[split] = {"sentences": total, "excluded": len(excluded)}
        if split == "tune":
            out[split]["items"] = excluded
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--quick", action="store_true", help="accepted for bench/run.py; the sets are small")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    report = {
        "bench": "check",
        "check": check_set(args.verbose),
        "plants": plants(args.verbose),
        "seeds": seeds(args.verbose),
        "dev_reports": dev_reports(),
    }
    test, plant_all = report["check"]["test"], report["plants"]["all"]
    report["targets"] = {
        "unfaithful_caught_test": {"target": ">= 0.95", "measured": test["caught_share"]},
        "faithful_kept_test": {"target": ">= 0.95", "measured": test["kept_share"]},
        "plants_reaching_answer": {
            "target": "== 0",
            "measured": plant_all["reached"],
            "pass": plant_all["reached"] == 0 and plant_all["plants"] >= 15,
        },
        "genuine_excluded": {"target": "== 0", "measured": plant_all["excluded"] + report["seeds"]["excluded"]},
        "dev_report_sentences_excluded": {
            "target": "== 0",
            "measured": sum(report["dev_reports"][split]["excluded"] for split in ("tune", "test")),
        },
    }
    if not args.json:
        for split in ("tune", "test"):
            c = report["check"][split]
            print(
                f"check {split}: unfaithful caught {c['caught']}/{c['unfaithful']} ({c['caught_share']}), "
                f"faithful kept {c['kept']}/{c['faithful']} ({c['kept_share']})"
            )
            for category, counts in c["per_category"].items():
                print(f"    {category:24} right {counts.get('right', 0)}  wrong {counts.get('wrong', 0)}")
        for split in ("tune", "test", "all"):
            p = report["plants"][split]
            print(
                f"plants {split}: {p['reached']}/{p['plants']} reach an answer, {p['reached_without_plant']} of them "
                f"also without the plant ({p['kept_by_sentence_filter']} kept by the sentence filter alone); "
                f"genuine excluded {p['excluded']}/{p['genuine']}"
            )
        s = report["seeds"]
        print(f"demo corpus: {s['excluded']}/{s['sentences']} sentences excluded by reportable")
        for split in ("tune", "test"):
            d = report["dev_reports"][split]
            print(f"dev reports {split}: {d['excluded']}/{d['sentences']} sentences excluded by reportable")
            for item in d.get("items", []):
                print(f"    {item['id']}: {item['sentence']}")
    print(json.dumps(report, ensure_ascii=False))


if __name__ == "__main__":
    main()
