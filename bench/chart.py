"""Chart drawing time and size (issue 15): p95 of `draw_chart` in-process over every chart of the demo corpus
briefings and the development set's answers. One warm-up draw (matplotlib's font cache) is reported apart.
Targets: p95 <= 150 ms, every PNG <= 150 KB. Prints a JSON line last."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import devset  # noqa: E402
from bot.briefing import answer_question, brief_topic  # noqa: E402
from bot.cache import BriefingCache  # noqa: E402
from bot.chart import ChartData, chart_data, draw_chart  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.services import Services  # noqa: E402

DEMO_PLACES = ["Chile", "Bolivia", "Argentina", "Peru", "Ecuador", "Colombia", "Brazil", "Mexico", "Uruguay",
               "Paraguay", "Venezuela", "Honduras", "Costa Rica", "Portugal", "Spain", "Germany"]  # fmt: skip
TARGETS = {"draw_p95_ms": ("<=", 150), "max_kb": ("<=", 150)}


async def _collect(library, texts: list[str], topic: bool) -> list[ChartData]:
    services = Services(settings=Settings(data_dir=library.data_dir, writer="extractive"), library=library,
                        owns_library=False)  # fmt: skip
    charts = []
    try:
        for text in texts:
            services.cache = BriefingCache()
            briefing = await (brief_topic(services, text) if topic else answer_question(services, text))
            data = chart_data(briefing)
            if data is not None:
                charts.append(data)
    finally:
        await services.aclose()
    return charts


def _demo_charts() -> list[ChartData]:
    from retrieval.ingest import ingest
    from retrieval.library import Library

    with tempfile.TemporaryDirectory() as tmp:
        library = Library(Path(tmp))
        ingest(library, [str(ROOT / "seeds")])
        try:
            return asyncio.run(_collect(library, DEMO_PLACES, topic=True))
        finally:
            library.close()


def _dev_charts() -> list[ChartData]:
    library, _ = devset.build_store()
    try:
        return asyncio.run(_collect(library, [q["question"] for q in devset.questions()], topic=False))
    finally:
        library.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="accepted for bench/run.py; the set is small")
    parser.parse_args()
    charts = [("demo", c) for c in _demo_charts()] + [("dev", c) for c in _dev_charts()]
    if not charts:
        raise SystemExit("no charts to draw")
    started = time.perf_counter()
    draw_chart(charts[0][1])
    first_ms = (time.perf_counter() - started) * 1000
    times, sizes = [], []
    for _, data in charts:
        started = time.perf_counter()
        png = draw_chart(data)
        times.append((time.perf_counter() - started) * 1000)
        sizes.append(len(png))
    times.sort()
    figures: dict = {
        "bench": "chart",
        "charts": len(charts),
        "demo_charts": sum(1 for k, _ in charts if k == "demo"),
        "dev_charts": sum(1 for k, _ in charts if k == "dev"),
        "first_draw_ms": round(first_ms, 1),
        "draw_p50_ms": round(times[len(times) // 2], 1),
        "draw_p95_ms": round(times[int(0.95 * (len(times) - 1))], 1),
        "max_kb": round(max(sizes) / 1024, 1),
        "mean_kb": round(sum(sizes) / len(sizes) / 1024, 1),
    }
    met = {k: figures[k] <= v for k, (_, v) in TARGETS.items()}
    figures["targets"] = {k: {"target": f"{op} {v}", "measured": figures[k], "pass": met[k]}
                          for k, (op, v) in TARGETS.items()}  # fmt: skip
    figures["targets_met"] = all(met.values())
    print(
        f"{figures['charts']} charts ({figures['demo_charts']} demo, {figures['dev_charts']} dev): draw p50 "
        f"{figures['draw_p50_ms']} ms  p95 {figures['draw_p95_ms']} ms  (first {figures['first_draw_ms']} ms)  "
        f"max {figures['max_kb']} KB"
    )
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
