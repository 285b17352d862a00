"""What each CLI verb does; output is plain text for people or JSON (the DESIGN.md contract) for tools."""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from bot.config import Settings

if TYPE_CHECKING:  # imported lazily at run time: `briefbot --help` should not load the model stack
    from retrieval.ingest import Progress
    from retrieval.library import Library


class UserError(Exception):
    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def _print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def open_library(settings: Settings) -> Library:
    from retrieval.library import Library
    from retrieval.store import StoreError

    try:
        return Library(settings.data_dir, settings.chroma_url, database_url=settings.database_url)
    except StoreError as exc:
        raise UserError(_store_problem(settings, str(exc))) from exc


def _store_problem(settings: Settings, message: str) -> str:
    """One line naming what to fix when the vector store cannot be opened."""
    if "disk is full" in message or "No space left" in message:
        return f"no space left on the device holding {settings.data_dir}: free some space"
    if not settings.chroma_url:
        return " ".join(message.split())
    if "Could not connect" in message:
        return f"cannot reach the Chroma server at {settings.chroma_url}: start it or fix BRIEFBOT_CHROMA_URL"
    import chromadb

    detail = " ".join(message.split(": ", 1)[-1].split())
    detail = "it answered with a web page" if "<html" in detail.lower() else detail[:160]
    return (
        f"the server at {settings.chroma_url} does not answer as a Chroma {chromadb.__version__} server ({detail}): "
        "check BRIEFBOT_CHROMA_URL and the server's version"
    )


@contextmanager
def _progress(enabled: bool) -> Iterator[Progress | None]:
    """A rich progress bar on a terminal; silent otherwise (pipes, --json, CI)."""
    if not enabled:
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        transient=True,
    ) as bar:
        tasks: dict[str, Any] = {}

        def update(stage: str, done: int, total: int) -> None:
            label = {"load": "Reading articles", "reindex": "Reindexing articles"}.get(stage, "Embedding passages")
            if stage not in tasks:
                tasks[stage] = bar.add_task(label, total=total or None)
            bar.update(tasks[stage], completed=done, total=total or None)

        yield update


def cmd_ingest(settings: Settings, args: argparse.Namespace) -> int:
    from bot.feeds import fetch_policy
    from retrieval.ingest import ingest
    from retrieval.sources import expand_source_lists

    library = open_library(settings)
    if getattr(args, "demo", False):
        added = seed_demo(library)
        print(f"briefbot: the demo corpus is back ({added} articles from seeds/).", file=sys.stderr)
    sources = expand_source_lists(args.sources or [])
    if not sources and not getattr(args, "demo", False):
        raise UserError("name a file, folder, URL, OPML file or list of URLs to ingest (or --demo)", 2)
    with _progress(not args.json and sys.stderr.isatty()) as progress:
        report = ingest(library, sources, progress, fetch_policy(settings))
    library.elections.wait()  # the grouping of the new results, stored before this one-shot process exits
    if args.json:
        _print_json(report.model_dump())
    else:
        print(
            f"{report.articles_new} new article(s), {report.articles_duplicate} duplicate(s), "
            f"{report.passages} passage(s) indexed, {len(report.failed)} failed."
        )
        for failure in report.failed:
            print(f"  failed: {failure.source}: {failure.error}")
    return 1 if report.failed else 0


def ensure_seeded(library: Library, quiet: bool = False) -> int:
    """An empty store gets the bundled demo corpus, so a first `brief` answers something real."""
    if not library.is_empty():
        return 0
    added = seed_demo(library)
    if not quiet:
        print(
            f"briefbot: the store was empty, so I ingested the bundled demo corpus "
            f"({added} articles from seeds/; real articles replace it when they arrive).",
            file=sys.stderr,
        )
    return added


def seed_demo(library: Library) -> int:
    """Ingest the bundled demo corpus, marked demo: citations say so, and real articles replace it."""
    from bot.resources import seeds_dir
    from retrieval.articles import Article
    from retrieval.ingest import ingest_articles
    from retrieval.sources import load

    def marked():
        for item in load([str(seeds_dir())]):
            if isinstance(item, Article):
                item.demo = True
            yield item

    with library.write_lock:
        return ingest_articles(library, marked()).articles_new


def cmd_search(settings: Settings, args: argparse.Namespace) -> int:
    from retrieval.search import QueryError, search

    library = open_library(settings)
    try:
        result = search(library, " ".join(args.query), k=max(1, min(args.k, 100)), place=args.place)
    except QueryError as exc:
        raise UserError(str(exc), 2) from exc
    if args.json:
        _print_json([hit.model_dump(include=_HIT_FIELDS | {"explain", "extra_sources"}) for hit in result.hits])
        return 0
    if not result.hits:
        print(
            "No passages found." + (" The store is empty: run `briefbot ingest seeds/`." if library.is_empty() else "")
        )
    for hit in result.hits:
        print(f"{hit.rank}. [{hit.score:.4f}] {hit.title} — {hit.source} {hit.published_at or ''}")
        print(f"   {hit.text[:300]}{'…' if len(hit.text) > 300 else ''}")
    return 0


_HIT_FIELDS = {"rank", "passage_id", "article_id", "title", "url", "source", "published_at", "text", "score"}


def cmd_stats(settings: Settings, args: argparse.Namespace) -> int:
    from retrieval.stats import store_stats

    stats = store_stats(open_library(settings))
    if args.json:
        _print_json(stats.model_dump())
        return 0
    print(
        f"{stats.articles} articles, {stats.passages} passages, {stats.vectors} vectors, {stats.results} results "
        f"({stats.database})"
    )
    print(f"oldest {stats.oldest or '-'}, newest {stats.newest or '-'}")
    size = f"{stats.bytes_on_disk / 1e6:.1f} MB in the data dir"
    if stats.database_bytes is not None:
        size += f", {stats.database_bytes / 1e6:.1f} MB in PostgreSQL"
    print(size)
    for outlet, n in stats.outlets[:10]:
        print(f"  {outlet}: {n}")
    if stats.to_reindex:
        print(f"{stats.to_reindex} article(s) were indexed by an earlier version: run `briefbot reindex`.")
    return 0


def cmd_prune(settings: Settings, args: argparse.Namespace) -> int:
    from retrieval.prune import prune

    days = args.older_than if args.older_than is not None else settings.retention_days
    if days is not None and days < 1:
        raise UserError("--older-than must be at least 1 day", 2)
    report = prune(open_library(settings), older_than_days=days, source=args.source)
    if args.json:
        _print_json(report.model_dump())
    elif days is None and args.source is None and not report.articles_removed:
        print("Nothing to prune: give --older-than DAYS or --source NAME, or set BRIEFBOT_RETENTION_DAYS.")
    else:
        print(
            f"Removed {report.articles_removed} article(s) and {report.passages_removed} passage(s) "
            f"in {report.seconds:.1f} s; election results were kept."
        )
    return 0


def cmd_reindex(settings: Settings, args: argparse.Namespace) -> int:
    from retrieval.reindex import reindex

    library = open_library(settings)
    with _progress(not args.json and sys.stderr.isatty()) as progress:
        report = reindex(library, (lambda done, total: progress("reindex", done, total)) if progress else None)
    library.elections.wait()  # the grouping of the new results, stored before this one-shot process exits
    if args.json:
        _print_json(report.model_dump())
    elif not report.articles and not report.left:
        print("Nothing to reindex: every article was indexed by this version.")
    else:
        print(
            f"Reindexed {report.articles} article(s), {report.passages} passage(s): "
            f"{report.results_before} result row(s) before, {report.results_after} now"
            + (f"; {report.left} left (run it again)." if report.left else ".")
        )
    return 0


def _print_briefing(briefing: Any) -> None:
    print(briefing.answer)
    used = {int(n) for n in re.findall(r"\[(\d+)\]", briefing.answer)}
    if used:
        print()
        for c in (c for c in briefing.citations if c.n in used):
            date = f", {c.published_at}" if c.published_at else ""
            demo = " (demo corpus)" if c.demo else ""
            print(f"[{c.n}] {c.title} — {c.source}{date}{demo}" + (f"\n    {c.url}" if c.url else ""))
    print(f"\n(written by the {briefing.writer} writer)")
    if briefing.notice:
        print(f"Note: {briefing.notice}")
    for warning in briefing.warnings:
        print(f"warning: {warning}", file=sys.stderr)


async def _brief(settings: Settings, args: argparse.Namespace, kind: str) -> int:
    from bot.briefing import BriefingError, answer_question, brief_topic
    from bot.services import Services

    services = Services(settings=settings, library=open_library(settings))
    try:
        await asyncio.to_thread(ensure_seeded, services.library, args.json)
        text = " ".join(args.question if kind == "ask" else args.place)
        try:
            briefing = await (answer_question(services, text) if kind == "ask" else brief_topic(services, text))
        except BriefingError as exc:
            raise UserError(str(exc), 2) from exc
    finally:
        await services.aclose()
    from bot.chart import chart_data, draw_chart

    data = chart_data(briefing)
    briefing.chart = data is not None
    chart_file = getattr(args, "chart", None)
    if chart_file and data:
        from pathlib import Path

        await asyncio.to_thread(lambda: Path(chart_file).write_bytes(draw_chart(data)))
    elif chart_file:
        print("briefbot: no chart: the briefing has no election result with two contestants.", file=sys.stderr)
    if args.json:
        _print_json(briefing.model_dump(mode="json"))
    else:
        _print_briefing(briefing)
    return 0


def cmd_ask(settings: Settings, args: argparse.Namespace):
    return _brief(settings, args, "ask")


def cmd_brief(settings: Settings, args: argparse.Namespace):
    return _brief(settings, args, "brief")


def cmd_run(settings: Settings, args: argparse.Namespace) -> int:
    problem = settings.token_problem()
    if problem:
        raise UserError(
            f"{problem}. Create a bot with @BotFather in Telegram (send /newbot), then "
            "export TELEGRAM_BOT_TOKEN=<the token it gives you> and run `briefbot run` again.",
            2,
        )
    from bot.chat.app import run

    return run(settings)
