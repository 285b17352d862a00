"""Conversation benchmark on the development set: does a follow-up answer the race the chat is about?

People do not repeat the place in every message: "who won in Porto Velho?" is followed by "and the runoff?",
"who came third?", "e a participação?", or by "what about Peru?", which changes the subject. Each conversation of
bench/data/dev/conversations*.jsonl is a list of turns written by a data writer who read no code (each turn has the
fields of a dev-set question: `question`, `election`, `asks`, `expect`); the turns are asked in order through
`bot.briefing.answer_question`, carrying what the bot carries between messages (`bot.chat.context.next_context`,
the function the Telegram handler uses), on the same dev store as `bench/answers.py`, and every turn is scored by
that bench's `score`.

Reported per split (a conversation's split is that of the elections it asks about; the held-back "test" half is
printed only as aggregates): the first turns and the follow-up turns separately (winner in the first sentence,
figures, abstention, topic, answers that open with another election, unsupported figures), and the share of
conversations whose every turn is right. Prints the tune failures with -v and, last, one JSON line:
{"bench": "conversation", ...}.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import devset  # noqa: E402
from bench.answers import judged, score, summary  # noqa: E402
from bot.briefing import answer_question  # noqa: E402
from bot.cache import BriefingCache  # noqa: E402
from bot.chat.context import next_context  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.services import Services  # noqa: E402

DATA = ROOT / "bench" / "data" / "dev"
TARGETS = {
    "followup_winner_first_sentence": (">=", 0.95),
    "followup_figures_right": (">=", 0.90),
    "followup_abstention_right": (">=", 1.0),
    "followup_opens_with_other_election": ("<=", 0),
    "unsupported_figures": ("<=", 0),
}
_CHECKS = ("winner_right", "figures_right", "abstention_right", "topic_right")


def conversations(split: str | None = None) -> list[dict]:
    """Every conversation of the conversation files, in file order (optionally of one split)."""
    out = []
    for path in sorted(DATA.glob("conversations*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                if split is None or item["split"] == split:
                    out.append(item)
    return out


def right(row: dict) -> bool:
    """A turn is right when none of its checks failed, it opens with no other election and states no
    unsupported figure."""
    return not any(row.get(k) is False for k in _CHECKS) and not row.get("other_election") and not row["unsupported"]


async def run(verbose: bool) -> dict:
    library, _ = devset.build_store()
    services = Services(
        settings=Settings(data_dir=library.data_dir, writer="extractive"), library=library, owns_library=False
    )
    elections = devset.elections()
    scored: list[tuple[dict, list[dict]]] = []
    for conv in conversations():
        context = None
        rows = []
        for i, turn in enumerate(conv["turns"]):
            services.cache = BriefingCache()
            b = await answer_question(services, turn["question"], previous=context)
            context = next_context(context, b, brief=False)
            q = {**turn, "id": f"{conv['id']}#{i + 1}", "split": conv["split"]}
            rows.append(score(q, b, elections))
        scored.append((conv, rows))
    await services.aclose()
    library.close()
    figures: dict = {"bench": "conversation", "data": "bench/data/dev/conversations*.jsonl (held-back half: test)"}
    for split in ("test", "tune"):
        convs = [rows for conv, rows in scored if conv["split"] == split]
        first = summary([rows[0] for rows in convs])
        follow = summary([r for rows in convs for r in rows[1:]])
        part = {
            "conversations": len(convs),
            "all_turns_right": round(sum(all(map(right, rows)) for rows in convs) / len(convs), 3) if convs else None,
            "first_turns": first,
            "followups": follow,
        }
        if split == "test":
            figures.update(
                {
                    "conversations": part["conversations"],
                    "all_turns_right": part["all_turns_right"],
                    **{f"followup_{k}": v for k, v in follow.items() if k != "questions"},
                    "followups": follow["questions"],
                    "unsupported_figures": first["unsupported_figures"] + follow["unsupported_figures"],
                }
            )
        else:
            figures["tune"] = part
    if verbose:
        for conv, rows in scored:
            if conv["split"] != "tune" or all(map(right, rows)):
                continue
            print(f"[tune] {conv['id']}")
            for r in rows:
                bad = [k for k in _CHECKS if r.get(k) is False]
                bad += ["other_election"] if r.get("other_election") else []
                print(f"   {'  ' if right(r) else 'XX'} {r['question']}  {bad} {r['unsupported']}")
                print(f"      first: {r['first'][:150]}")
    return judged(figures, TARGETS)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="accepted for bench/run.py; the set is small")
    parser.add_argument("-v", "--verbose", action="store_true", help="list the tune conversations with a wrong turn")
    args = parser.parse_args()
    figures = asyncio.run(run(args.verbose))
    tune = figures["tune"]
    print(
        f"test: {figures['conversations']} conversations, all turns right {figures['all_turns_right']}; follow-ups "
        f"({figures['followups']}): winner {figures['followup_winner_first_sentence']}, figures "
        f"{figures['followup_figures_right']}, abstention {figures['followup_abstention_right']}, topic "
        f"{figures['followup_topic_right']}, other election {figures['followup_opens_with_other_election']}"
    )
    f = tune["followups"]
    print(
        f"tune: {tune['conversations']} conversations, all turns right {tune['all_turns_right']}; follow-ups "
        f"({f['questions']}): winner {f['winner_first_sentence']}, figures {f['figures_right']}, abstention "
        f"{f['abstention_right']}, topic {f['topic_right']}, other election {f['opens_with_other_election']}"
    )
    print(json.dumps(figures, ensure_ascii=False))


if __name__ == "__main__":
    main()
