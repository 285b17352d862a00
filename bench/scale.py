"""Benchmarks at size: a store of 200,000 passages (``--quick``: 6,000), generated under the temp dir.

The bulk is written through the real ingest pipeline and store code (chunking, places, near-duplicates,
catalog, FTS5, Chroma) with a stand-in embedder that returns random unit vectors under the real model's name
(the real model embeds ~18 passages/s here: 200k would take three hours). Texts are generated reports plus
random words drawn from the seeds' vocabulary, so every article is distinct and the lexical index sees real
words. Then:

- every country's elections grouped and stored in the base (what the refresh after each ingest leaves in a
  store that has been running; costs only when the grouping code changed since the base was made);
- 300 articles through the real pipeline (real embedder) into the big store vs into an empty store, then the
  background regroup of their countries' elections (timed apart: it runs after the ingest has returned);
- search p50/p95 in-process on the big store (query embedding included), cold, then in a process that read
  ahead the biggest places first (`Library.warm_up`);
- `briefbot run` against the loopback Bot API: start-up (spawn -> first getUpdates) and peak RSS (VmHWM)
  after answering one question;
- prune of 10% of the store (one outlet's articles);
- with PostgreSQL (tests/servers/postgres.py): two replicas' claim loops sending 2,000 due digests.

- `ask` p50/p95 in-process (`bot.briefing.answer_question`, extractive writer, uncached) on the big store
  after the dev reports (bench/data/dev) are added to it through the real pipeline.

Prints figures and target lines, and last one JSON line: {"bench": "scale", ...}. Nothing is committed: the
store lives under the temp dir (``--work``) and is removed unless ``--keep``. With ``--work DIR`` the bulk
store is generated once into DIR/base (in a child process, so Chroma has flushed it) and reused by later
runs: each run measures on a fresh copy, DIR/big, since adding and pruning change it.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from retrieval.articles import Article  # noqa: E402
from retrieval.embeddings import Embedder, shared_embedder  # noqa: E402
from retrieval.ingest import ingest_articles  # noqa: E402
from retrieval.library import Library  # noqa: E402
from retrieval.prune import prune  # noqa: E402
from retrieval.search import search  # noqa: E402
from retrieval.sources import article_from_record  # noqa: E402

TARGETS = {
    "add_ratio": 1.2,
    "search_p95_ms": 150,
    "ask_p95_ms": 150,
    "rss_mb": 1536,
    "startup_s": 10,
    "digests_lost": 0,
    "twice": 0,
}
TOKEN = "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ"
PRUNE_SOURCE = "Prune Wire"


class RandomEmbedder(Embedder):
    """Random unit vectors under the real model's name and size: cheap bulk for the same collection."""

    def __init__(self, seed: int = 1) -> None:  # no ONNX session
        self.rng = np.random.default_rng(seed)

    def embed(self, texts: list[str], batch_size: int = 32) -> np.ndarray:
        v = self.rng.standard_normal((len(texts), self.dimensions)).astype(np.float32)
        return v / np.linalg.norm(v, axis=1, keepdims=True)


def _distractors(n: int, seed: int) -> list[dict]:
    spec = importlib.util.spec_from_file_location("distractors", ROOT / "bench" / "data" / "distractors.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.generate(n, seed)


def _vocabulary() -> list[str]:
    words: list[str] = []
    for path in (ROOT / "seeds").rglob("*"):
        if path.is_file():
            words += re.findall(r"[^\W\d_]{3,}", path.read_text(errors="ignore"))
    return words


def bulk_articles(n: int, seed: int = 11) -> list[Article]:
    """n distinct articles of ~3 passages each (a report plus random words); 10% from PRUNE_SOURCE."""
    rng = random.Random(seed)
    vocab = _vocabulary()
    templates = _distractors(min(n, 2000), seed)
    out = []
    start = datetime(2015, 1, 1, tzinfo=UTC)
    for i in range(n):
        record = dict(templates[i % len(templates)])
        salad = " ".join(
            " ".join(rng.choices(vocab, k=rng.randint(10, 18))).capitalize() + "." for _ in range(rng.randint(24, 32))
        )
        record["title"] = f"{record.get('title', '')} ({i})"
        record["body"] = f"{record.get('body') or record.get('text', '')}\n\n{salad}"
        record.pop("text", None)
        record["published_at"] = (start + timedelta(hours=i * 2)).isoformat()
        if i % 10 == 0:
            record["source"] = PRUNE_SOURCE
        out.append(article_from_record(record, f"bulk-{i}"))
    return out


def fill(library: Library, target_passages: int) -> tuple[int, float]:
    """Ingest bulk articles until the store holds target_passages; returns (passages, seconds)."""
    started = time.perf_counter()
    per_article = 3
    articles = bulk_articles(target_passages // per_article + 50)
    batch = 2000
    for i in range(0, len(articles), batch):
        ingest_articles(library, articles[i : i + batch])
        have = library.catalog.passage_count()
        print(f"  ... {have:,} passages after {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
        if have >= target_passages:
            break
    return library.catalog.passage_count(), time.perf_counter() - started


def real_articles(n: int = 300) -> list[Article]:
    records = _distractors(n, 99)
    out = []
    for i, record in enumerate(records):
        record = dict(record)
        record["title"] = f"{record.get('title', '')} [new {i}]"
        out.append(article_from_record(record, f"new-{i}"))
    return out


def time_add(library: Library, articles: list[Article]) -> float:
    library.near_duplicates  # noqa: B018  (built once per process, before the first ingest: not the add's cost)
    library.vectors.warm()  # the HNSW index is read once per process (~1 s at 200k): not the add's cost either
    started = time.perf_counter()
    report = ingest_articles(library, articles)
    assert report.articles_new == len(articles), report
    return time.perf_counter() - started


def time_regroup(library: Library) -> float:
    """How long the background refresh an ingest starts (its countries' elections grouped again) runs on."""
    started = time.perf_counter()
    library.elections.wait()
    return time.perf_counter() - started


def ask_latency(library: Library) -> tuple[float, float, int, float, float]:
    """Uncached `answer_question` p50/p95 (ms) over the dev questions, the dev reports added to `library`, and the
    process's CPU time per question p50/p95 (ms): a shared machine's load inflates it far less than the wall clock."""
    from bench import devset
    from bot.briefing import answer_question
    from bot.cache import BriefingCache
    from bot.config import Settings
    from bot.services import Services

    ingest_articles(library, list(devset.articles().values()))
    library.elections.wait()  # answered once the store has settled (the regroup is timed after the add)
    services = Services(
        settings=Settings(data_dir=library.data_dir, writer="extractive"), library=library, owns_library=False
    )

    async def run() -> tuple[list[float], list[float]]:
        times, cpu = [], []
        questions = devset.questions()
        await answer_question(services, questions[0]["question"])  # warm
        for q in questions:
            services.cache = BriefingCache()  # uncached: every question answered from scratch
            started, used = time.perf_counter(), time.process_time()
            await answer_question(services, q["question"])
            times.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - used) * 1000)
        await services.aclose()
        return times, cpu

    times, cpu = asyncio.run(run())
    return (*_p50_p95(times), len(times), *_p50_p95(cpu))


def _p50_p95(values: list[float]) -> tuple[float, float]:
    values = sorted(values)
    return statistics.median(values), values[min(len(values) - 1, int(len(values) * 0.95))]


def quality_at_size(library: Library) -> dict:
    """The retrieval bench's figures with the dev reports among the bulk (ask_latency added them): the same
    questions, the store's other passages as distractors."""
    from bench import devset
    from bench.retrieval import ranked

    ids = {article.id: rid for rid, article in devset.articles().items()}
    return ranked(library, ids)


def load_average() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def search_latency(library: Library, n: int = 40) -> tuple[float, float, float, float]:
    """Search p50/p95 (ms) over the first n retrieval questions, then the process's CPU time per search p50/p95."""
    questions = [json.loads(line)["question"] for line in (ROOT / "bench/data/retrieval_set.jsonl").open()][:n]
    search(library, questions[0])  # warm
    times, cpu = [], []
    for q in questions:
        started, used = time.perf_counter(), time.process_time()
        search(library, q)
        times.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - used) * 1000)
    return (*_p50_p95(times), *_p50_p95(cpu))


async def run_bot(data_dir: Path) -> tuple[float, float]:
    """Start `briefbot run` on the big store against the loopback Bot API: (start-up s, peak RSS MB)."""
    from tests.servers.fake_telegram import FakeTelegramServer

    async with FakeTelegramServer() as server:
        env = {
            **os.environ,
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "BRIEFBOT_TELEGRAM_API_URL": server.url,
            "BRIEFBOT_DATA_DIR": str(data_dir),
            "BRIEFBOT_WRITER": "extractive",
        }
        env.pop("BRIEFBOT_DATABASE_URL", None)
        started = time.perf_counter()
        log = (data_dir / "bot.log").open("w")
        proc = subprocess.Popen(  # noqa: ASYNC220  (a bench: blocking the loop for a spawn is fine)
            [sys.executable, "-m", "bot", "run"], env=env, stdout=log, stderr=subprocess.STDOUT
        )
        try:
            await server.wait_for(lambda calls: any(c.method == "getUpdates" for c in calls), timeout=120)
            startup = time.perf_counter() - started
            server.push_message(42, "who won the runoff in Chile?")
            await server.wait_for_messages(42, 1, timeout=120)
            status = Path(f"/proc/{proc.pid}/status").read_text()  # noqa: ASYNC240
            rss = int(re.search(r"VmHWM:\s+(\d+)", status).group(1)) / 1024
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
            log.close()
    return startup, rss


async def digests_two_replicas(n: int) -> tuple[int, int, int, float]:
    """(sent, lost, twice, seconds) for two replicas claiming n due digests on one PostgreSQL."""
    from bot.digests.store import DigestStore
    from tests.servers.postgres import create_database, running_postgres

    due_at = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
    with running_postgres() as admin, tempfile.TemporaryDirectory() as tmp:
        url = create_database(admin)
        setup = DigestStore(tmp, database_url=url)
        ids = [(await setup.subscribe(10_000 + i, f"topic {i}", 8, 0, "UTC")).id for i in range(n)]
        setup.close()
        replicas = [DigestStore(Path(tmp) / str(i), database_url=url) for i in range(2)]
        sent: list[int] = []

        async def loop(store: DigestStore, order: list[int]) -> None:
            for sub_id in order:
                if await store.claim(sub_id, due_at):
                    sent.append(sub_id)
                    await store.record_sent(sub_id, due_at, due_at, [sub_id])
                    await store.release(sub_id, due_at)

        started = time.perf_counter()
        await asyncio.gather(loop(replicas[0], ids), loop(replicas[1], random.Random(3).sample(ids, len(ids))))
        seconds = time.perf_counter() - started
        for r in replicas:
            r.close()
    counts = Counter(sent)
    return len(sent), len(set(ids) - set(counts)), sum(1 for c in counts.values() if c > 1), seconds


def line(name: str, measured: float, target: str, ok: bool) -> None:
    print(f"  {name:<44} {measured:>10.2f}   target {target:<10} {'ok' if ok else 'MISSED'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="6,000 passages and 200 digests")
    parser.add_argument("--passages", type=int, help="bulk size (default 200000; 6000 with --quick)")
    parser.add_argument("--digests", type=int, help="due digests for two replicas (default 2000; 200 --quick)")
    parser.add_argument("--work", type=Path, help="where to build the stores (default: a temp dir); reused")
    parser.add_argument("--keep", action="store_true", help="keep the generated stores")
    parser.add_argument("--skip-bot", action="store_true")
    parser.add_argument("--skip-postgres", action="store_true")
    parser.add_argument("--skip-ask", action="store_true")
    parser.add_argument("--fill", type=Path, help=argparse.SUPPRESS)  # child process: fill this store, exit
    args = parser.parse_args()
    target = args.passages or (6_000 if args.quick else 200_000)
    if args.fill:
        library = Library(args.fill, embedder=RandomEmbedder())
        if not library.catalog.db.postgres:  # stand-in bulk: no fsync per article (a commit each otherwise)
            library.catalog.db.execute("PRAGMA synchronous=OFF")
        passages, seconds = fill(library, target)
        library.close()
        print(json.dumps({"passages": passages, "seconds": round(seconds, 1)}))
        return
    n_digests = args.digests or (200 if args.quick else 2_000)
    work = args.work or Path(tempfile.mkdtemp(prefix="briefbot-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    out: dict = {"bench": "scale", "target_passages": target, "load_start": load_average()}
    base = work / "base"
    try:
        probe = Library(base, embedder=RandomEmbedder())
        have = probe.catalog.passage_count()
        probe.close()
        if have < target:
            child = subprocess.run(
                [sys.executable, __file__, "--fill", str(base), "--passages", str(target)],
                check=True,
                stdout=subprocess.PIPE,
                text=True,
            )
            filled = json.loads(child.stdout.strip().splitlines()[-1])
            out.update(generated_passages=filled["passages"], generate_s=filled["seconds"])
            print(f"generated {filled['passages']:,} passages in {filled['seconds']:.0f} s")
        else:
            print(f"reusing {have:,} passages in {base}")
        # A store that has been running: every country's elections grouped and stored (as the bot's refresh
        # after each ingest leaves them). Only a base made by an older grouping code costs anything here.
        settled = Library(base, embedder=RandomEmbedder())
        started = time.perf_counter()
        out["base_regrouped"] = settled.elections.refresh()
        out["base_regroup_s"] = round(time.perf_counter() - started, 1)
        # A base made before the catalog kept a copy of each vector gets it once (what the bot's warm-up does).
        started = time.perf_counter()
        out["base_vectors_copied"] = settled.backfill_vectors()
        out["base_vectors_copy_s"] = round(time.perf_counter() - started, 1)
        settled.close()
        for name in ("big", "empty"):
            shutil.rmtree(work / name, ignore_errors=True)
        shutil.copytree(base, work / "big")
        big = Library(work / "big", embedder=RandomEmbedder())
        out["passages"] = big.catalog.passage_count()
        big.close()

        real = shared_embedder()
        real.embed(["warm the model up before timing"])
        articles = real_articles(300)
        empty = Library(work / "empty", embedder=real)
        t_empty = time_add(empty, articles)
        empty.elections.wait()
        empty.close()
        big = Library(work / "big", embedder=real)
        t_big = time_add(big, [a.model_copy() for a in articles])
        out.update(add_empty_s=round(t_empty, 2), add_big_s=round(t_big, 2), add_ratio=round(t_big / t_empty, 3))
        out["regroup_after_add_s"] = round(time_regroup(big), 2)
        out["load_add"] = load_average()
        p50, p95, c50, c95 = search_latency(big)
        out.update(search_p50_ms=round(p50, 1), search_p95_ms=round(p95, 1), load_search=load_average())
        out.update(search_cpu_p50_ms=round(c50, 1), search_cpu_p95_ms=round(c95, 1))
        big.vectors.cache.wait()  # its background loads must not run into the next measurement
        # The same questions in a process that read ahead the biggest places first (Library.warm_up, what
        # `briefbot run` starts in the background): the first question about such a place is no longer cold.
        warmed = Library(work / "big", embedder=real)
        started = time.perf_counter()
        warmed.warm_up()
        out["warm_up_s"] = round(time.perf_counter() - started, 2)
        p50, p95, _, _ = search_latency(warmed)
        out.update(search_warmed_p50_ms=round(p50, 1), search_warmed_p95_ms=round(p95, 1))
        out["load_search_warmed"] = load_average()
        warmed.close()
        if not args.skip_ask:
            a50, a95, asked, c50, c95 = ask_latency(big)
            out.update(
                ask_p50_ms=round(a50, 1),
                ask_p95_ms=round(a95, 1),
                ask_cpu_p50_ms=round(c50, 1),
                ask_cpu_p95_ms=round(c95, 1),
                ask_questions=asked,
                ask_passages=big.catalog.passage_count(),
                load_ask=load_average(),
            )
            out["quality_at_size"] = quality_at_size(big)
        stats_passages = big.catalog.passage_count()
        big.close()

        if not args.skip_bot:
            startup, rss = asyncio.run(run_bot(work / "big"))
            out.update(startup_s=round(startup, 2), rss_mb=round(rss), load_bot=load_average())

        big = Library(work / "big", embedder=RandomEmbedder())
        report = prune(big, source=PRUNE_SOURCE)
        out.update(
            prune_articles=report.articles_removed,
            prune_passages=report.passages_removed,
            prune_share=round(report.passages_removed / stats_passages, 3),
            prune_s=report.seconds,
            after_prune_passages=big.catalog.passage_count(),
            after_prune_vectors=big.vectors.count(),
            load_prune=load_average(),
        )
        big.close()

        if not args.skip_postgres:
            try:
                sent, lost, twice, seconds = asyncio.run(digests_two_replicas(n_digests))
                out.update(
                    digests=n_digests, digests_sent=sent, digests_lost=lost, twice=twice, digests_s=round(seconds, 2)
                )
            except Exception as exc:  # no server here: say so, do not fail the rest
                out["postgres_error"] = str(exc)[:200]
    finally:
        if not args.keep and not args.work:
            shutil.rmtree(work, ignore_errors=True)
        elif args.work and not args.keep:  # keep the reusable base, drop this run's copies
            for name in ("big", "empty"):
                shutil.rmtree(work / name, ignore_errors=True)

    print(f"scale: {out['passages']:,} passages")
    line("add 300 articles: big / empty store (x)", out["add_ratio"], "<= 1.2", out["add_ratio"] <= 1.2)
    print(
        f"    ({out['add_big_s']:.1f} s into the big store, {out['add_empty_s']:.1f} s into an empty one; then, in the"
    )
    print(f"    background, their countries' elections grouped again: {out['regroup_after_add_s']:.1f} s)")
    line("search p50 (ms)", out["search_p50_ms"], "-", True)
    line("search p95 (ms)", out["search_p95_ms"], "<= 150", out["search_p95_ms"] <= 150)
    print(f"    (CPU time per search: p50 {out['search_cpu_p50_ms']:.0f} ms, p95 {out['search_cpu_p95_ms']:.0f} ms)")
    print(f"    (after a {out['warm_up_s']:.1f} s warm-up of the biggest places: ", end="")
    print(f"p50 {out['search_warmed_p50_ms']:.0f} ms, p95 {out['search_warmed_p95_ms']:.0f} ms)")
    if "quality_at_size" in out:
        q = out["quality_at_size"]
        print(
            f"  retrieval among {out['ask_passages']:,} passages: held-back Hits@1 {q['hits_at_1']} MRR@5 "
            f"{q['mrr_at_5']}; tune {q['tune']['hits_at_1']} / {q['tune']['mrr_at_5']} (bench/retrieval.py: the "
            "same questions on the dev reports alone)"
        )
    if "ask_p95_ms" in out:
        line("ask p50 (ms, uncached)", out["ask_p50_ms"], "-", True)
        line("ask p95 (ms, uncached)", out["ask_p95_ms"], "<= 150", out["ask_p95_ms"] <= TARGETS["ask_p95_ms"])
        print(f"    (CPU time per question: p50 {out['ask_cpu_p50_ms']:.0f} ms, p95 {out['ask_cpu_p95_ms']:.0f} ms)")
    if "startup_s" in out:
        line("briefbot run start-up (s)", out["startup_s"], "<= 10", out["startup_s"] <= 10)
        line("bot peak RSS (MB)", out["rss_mb"], "<= 1536", out["rss_mb"] <= 1536)
    line(f"prune {out['prune_share']:.0%} of the store (s)", out["prune_s"], "-", True)
    if "digests_sent" in out:
        line(f"{n_digests} digests, two replicas: lost", out["digests_lost"], "0", out["digests_lost"] == 0)
        line(f"{n_digests} digests, two replicas: sent twice", out["twice"], "0", out["twice"] == 0)
    checks = {
        "add_ratio": out["add_ratio"] <= TARGETS["add_ratio"],
        "search_p95_ms": out["search_p95_ms"] <= TARGETS["search_p95_ms"],
    }
    if "ask_p95_ms" in out:
        checks["ask_p95_ms"] = out["ask_p95_ms"] <= TARGETS["ask_p95_ms"]
    if "startup_s" in out:
        checks.update(startup_s=out["startup_s"] <= 10, rss_mb=out["rss_mb"] <= TARGETS["rss_mb"])
    if "digests_sent" in out:
        checks.update(digests=out["digests_lost"] == 0 and out["twice"] == 0)
    loads = {k[5:]: v for k, v in out.items() if k.startswith("load_")}
    print("  load average (1/5/15 min) at: " + "; ".join(f"{k} {v}" for k, v in loads.items()))
    out["targets_met"] = all(checks.values())
    print(json.dumps(out))


if __name__ == "__main__":
    main()
