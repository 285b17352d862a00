"""The command line: parse arguments, call the library, print text or JSON. Nothing else lives here."""

from __future__ import annotations

import argparse
import asyncio
import errno
import logging
import os
import sqlite3
import sys
import traceback
from pathlib import Path

from pydantic import ValidationError

from bot.config import describe_error, load_settings

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", type=Path, help="data directory (default: $BRIEFBOT_DATA_DIR or ./data)")
    as_json = argparse.ArgumentParser(add_help=False)
    as_json.add_argument("--json", action="store_true", help="print machine-readable JSON")

    parser = argparse.ArgumentParser(
        prog="briefbot",
        description="Cited briefings on regional politics, from your own news corpus.",
        epilog="Examples: briefbot brief Chile · briefbot ask 'who won in Bolivia?' · briefbot ingest feeds.txt",
    )
    parser.add_argument("--version", action="version", version="briefbot 0.1.0")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("ingest", parents=[common, as_json], help="add articles: files, folders, URLs, feeds")
    p.add_argument(
        "sources", nargs="*", metavar="PATH_OR_URL", help="files, folders, URLs, an OPML file or a text file of URLs"
    )
    p.add_argument("--demo", action="store_true", help="(re)load the bundled demo corpus")

    p = sub.add_parser("search", parents=[common, as_json], help="show the passages a question retrieves")
    p.add_argument("query", nargs="+")
    p.add_argument("-k", type=int, default=10, help="number of passages (default 10)")
    p.add_argument("--place", help="only passages about this place, e.g. Chile")

    p = sub.add_parser("ask", parents=[common, as_json], help="answer a question with a cited briefing")
    p.add_argument("question", nargs="+")
    p.add_argument("--chart", metavar="FILE.png", help="also write a chart of the result (when there is one)")

    p = sub.add_parser("brief", parents=[common, as_json], help="a cited briefing on a place or topic")
    p.add_argument("place", nargs="+")
    p.add_argument("--chart", metavar="FILE.png", help="also write a chart of the result (when there is one)")

    sub.add_parser("run", parents=[common], help="run the Telegram bot")
    sub.add_parser("stats", parents=[common, as_json], help="what the store holds")

    p = sub.add_parser("prune", parents=[common, as_json], help="remove old articles (retention) or one outlet's")
    p.add_argument(
        "--older-than",
        type=int,
        metavar="DAYS",
        help="published more than DAYS ago (default: $BRIEFBOT_RETENTION_DAYS)",
    )
    p.add_argument("--source", metavar="NAME", help="only articles from this outlet")

    sub.add_parser(
        "reindex",
        parents=[common, as_json],
        help="derive places and results again for articles an earlier version indexed",
    )
    return parser


def _fail(message: str, code: int = EXIT_FAILURE) -> int:
    print(f"briefbot: {message}", file=sys.stderr)
    return code


def _one_line(text: object) -> str:
    return " ".join(str(text).split())


def _damaged_database(data_dir: Path) -> Path | None:
    """Which SQLite file in the data dir cannot be read (the exception itself does not say)."""
    for path in sorted(data_dir.glob("*.sqlite3")):
        try:
            with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
                db.execute("PRAGMA quick_check").fetchall()
        except sqlite3.DatabaseError:
            return path
    return None


def explain(exc: BaseException, data_dir: Path, telegram_api: str = "") -> tuple[str, int]:
    """A known failure as (one line naming what to fix, exit status); unknown ones get a generic line."""
    where = f"--data-dir / BRIEFBOT_DATA_DIR (now {data_dir})"
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return f"no space left on the device holding {exc.filename or data_dir}: free some space, or set {where}", 1
    if isinstance(exc, FileExistsError | NotADirectoryError):
        return f"the data dir {data_dir} is not a directory, or a file sits in its path: set {where}", 1
    if isinstance(exc, PermissionError) or (isinstance(exc, OSError) and exc.errno in (errno.EROFS, errno.EACCES)):
        return f"cannot write to {exc.filename or data_dir} ({exc.strerror}): give briefbot a writable {where}", 1
    if isinstance(exc, FileNotFoundError):
        return f"the data dir {data_dir} cannot be created ({exc.filename} does not exist): mount it or set {where}", 1
    if isinstance(exc, sqlite3.Error):
        text = str(exc).lower()
        if "full" in text:
            return f"no space left for the databases in {data_dir}: free some space, or set {where}", 1
        if "readonly" in text or "unable to open" in text:
            return f"cannot write the databases in {data_dir} ({exc}): give briefbot a writable {where}", 1
        if "locked" in text or "busy" in text:
            return f"the databases in {data_dir} are busy (another briefbot writing?): try again", 1
        damaged = _damaged_database(data_dir) if isinstance(exc, sqlite3.DatabaseError) else None
        if damaged is not None or "not a database" in text or "malformed" in text:
            name = damaged or data_dir / "catalog.sqlite3"
            return f"{name} is damaged ({exc}): move it aside and ingest your sources again, or restore a backup", 1
    module = type(exc).__module__
    if module.startswith("telegram"):
        from telegram.error import InvalidToken, NetworkError

        if isinstance(exc, InvalidToken):
            return "Telegram rejected TELEGRAM_BOT_TOKEN (401 Unauthorized): copy the token again from @BotFather", 1
        if isinstance(exc, NetworkError):
            return f"cannot reach the Telegram Bot API at {telegram_api} ({_one_line(exc)}): check the network", 1
    if module.startswith("chromadb"):
        return f"the Chroma store failed ({type(exc).__name__}: {_one_line(exc)}): check BRIEFBOT_CHROMA_URL", 1
    if type(exc).__name__ == "WebhookSecretError":
        return _one_line(exc), 2
    return (
        f"unexpected {type(exc).__name__}: {_one_line(exc)[:300]} (run with BRIEFBOT_LOG_LEVEL=DEBUG for details)",
        1,
    )


def _clean_text(value: str) -> str:
    """Question text as valid Unicode: argv bytes that are not UTF-8 (surrogates in Python) become U+FFFD,
    which the tokenizer and SQLite accept. Paths (ingest) keep their bytes."""
    try:
        raw = value.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        raw = value.encode("utf-8", "replace")
    return raw.decode("utf-8", "replace")


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):  # argv bytes that are not UTF-8 come back as surrogates: print them
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    parser = _parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return EXIT_USAGE
    for name in ("query", "question", "place"):
        if isinstance(getattr(args, name, None), list | str):
            value = getattr(args, name)
            setattr(args, name, [_clean_text(v) for v in value] if isinstance(value, list) else _clean_text(value))
    try:
        settings = load_settings(data_dir=args.data_dir)
    except ValidationError as exc:
        return _fail(describe_error(exc), EXIT_USAGE)
    logging.basicConfig(
        level=settings.log_level.upper() if args.command == "run" else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    for noisy in ("httpx", "chromadb", "trafilatura", "apscheduler", "bm25s"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    from bot import commands

    handler = getattr(commands, f"cmd_{args.command}")
    try:
        result = handler(settings, args)
        return asyncio.run(result) if asyncio.iscoroutine(result) else result
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `briefbot ... | head` closed the pipe: not an error worth a traceback
        sys.stderr.close()
        return 0
    except commands.UserError as exc:
        return _fail(_one_line(exc), exc.code)
    except Exception as exc:  # one line naming what to fix; the traceback only when asked for
        if settings.log_level.upper() == "DEBUG" or os.environ.get("BRIEFBOT_LOG_LEVEL", "").upper() == "DEBUG":
            traceback.print_exc()
        return _fail(*explain(exc, settings.data_dir, settings.telegram_api_url))
