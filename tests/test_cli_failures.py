"""Every CLI failure is one line on stderr naming what to fix, exit 1 or 2, and no traceback (unless DEBUG).

Why subprocesses (`python -m bot ...`): what a person sees is the process's stderr and exit status, including
anything a library prints on its way down. Disks that are full or read-only are real tmpfs mounts when this
machine allows mounting (root in a container usually does); otherwise those cases are skipped, since root
ignores file modes and a chmod-ed directory would prove nothing.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "123456789:AAE-wrong-token_for-briefbot"


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BRIEFBOT_", "TELEGRAM_", "OPENAI_"))}
    env.update(extra)
    return env


def briefbot(*args: str, cwd: Path, timeout: float = 120, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=cwd,
        env=clean_env(**env),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def assert_one_line_failure(result: subprocess.CompletedProcess[str], *words: str) -> str:
    stderr = result.stderr.strip()
    assert result.returncode in (1, 2), (result.returncode, stderr)
    assert "Traceback" not in stderr, stderr
    assert len(stderr.splitlines()) == 1, stderr
    assert stderr.startswith("briefbot: ")
    for word in words:
        assert word in stderr, stderr
    return stderr


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def tmpfs(path: Path, options: str) -> Iterator[Path]:
    path.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(path)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode(errors='replace').strip()}")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


@contextmanager
def http_server(status: int, body: bytes, content_type: str) -> Iterator[str]:
    """A loopback server answering every request the same way (not Chroma, not Telegram)."""

    class Handler(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = do_PUT = _answer

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


# ---- the data dir ----------------------------------------------------------------------------------------


def test_data_dir_is_a_file(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a directory")
    for data_dir in (tmp_path / "file", tmp_path / "file" / "sub"):
        result = briefbot("search", "Chile", "--data-dir", str(data_dir), cwd=tmp_path)
        assert_one_line_failure(result, "not a directory", "--data-dir")


def test_data_dir_that_cannot_be_created(tmp_path: Path) -> None:
    result = briefbot("stats", "--data-dir", "/proc/briefbot-missing-mount/data", cwd=tmp_path)
    assert_one_line_failure(result, "cannot be created", "/proc/briefbot-missing-mount")


def test_read_only_data_dir(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "ro", "ro,size=64k") as mount:
        result = briefbot("search", "Chile", "--data-dir", str(mount / "data"), cwd=tmp_path)
    assert_one_line_failure(result, "cannot write", "writable")


@pytest.mark.parametrize("size", ["256k", "1m"])
def test_full_disk(tmp_path: Path, size: str) -> None:
    with tmpfs(tmp_path / "small", f"size={size}") as mount:
        result = briefbot("ingest", str(ROOT / "seeds"), "--data-dir", str(mount / "data"), cwd=tmp_path)
    assert_one_line_failure(result, "no space left")


def test_corrupt_catalog(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "catalog.sqlite3").write_bytes(os.urandom(8192))
    result = briefbot("search", "Chile", "--data-dir", str(data), cwd=tmp_path)
    assert_one_line_failure(result, "catalog.sqlite3 is damaged", "move it aside")
    # With DEBUG the traceback is there for whoever asked for it, and the one line still ends it.
    debug = briefbot("search", "Chile", "--data-dir", str(data), cwd=tmp_path, BRIEFBOT_LOG_LEVEL="DEBUG")
    assert debug.returncode == 1 and "Traceback" in debug.stderr
    assert debug.stderr.strip().splitlines()[-1].startswith("briefbot: ")


# ---- Chroma server ---------------------------------------------------------------------------------------


def test_chroma_server_down(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    result = briefbot("search", "Chile", "--data-dir", str(tmp_path / "d"), cwd=tmp_path, BRIEFBOT_CHROMA_URL=url)
    assert_one_line_failure(result, "cannot reach the Chroma server", url)


@pytest.mark.parametrize(
    ("status", "body", "kind"),
    [
        (404, b"<!DOCTYPE html><html><body><h1>Not Found</h1>\n<p>nginx</p></body></html>", "text/html"),
        (200, json.dumps({"version": "0.3.0", "detail": "an older API"}).encode(), "application/json"),
    ],
)
def test_chroma_url_pointing_at_something_else(tmp_path: Path, status: int, body: bytes, kind: str) -> None:
    with http_server(status, body, kind) as url:
        result = briefbot("search", "Chile", "--data-dir", str(tmp_path / "d"), cwd=tmp_path, BRIEFBOT_CHROMA_URL=url)
    assert_one_line_failure(result, url, "does not answer as a Chroma", "BRIEFBOT_CHROMA_URL")


# ---- Telegram --------------------------------------------------------------------------------------------


def test_run_with_a_rejected_token_stops_with_one_line(tmp_path: Path) -> None:
    answer = json.dumps({"ok": False, "error_code": 401, "description": "Unauthorized"}).encode()
    with http_server(401, answer, "application/json") as url:
        result = briefbot(
            "run",
            "--data-dir",
            str(tmp_path / "d"),
            cwd=tmp_path,
            TELEGRAM_BOT_TOKEN=TOKEN,
            BRIEFBOT_TELEGRAM_API_URL=url,
            BRIEFBOT_LOG_LEVEL="WARNING",
        )
    assert_one_line_failure(result, "rejected TELEGRAM_BOT_TOKEN", "@BotFather")
    assert result.returncode == 1


def test_run_with_telegram_unreachable_retries_one_line_per_attempt(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "run", "--data-dir", str(tmp_path / "d")],
        cwd=tmp_path,
        env=clean_env(TELEGRAM_BOT_TOKEN=TOKEN, BRIEFBOT_TELEGRAM_API_URL=url),
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
    )
    lines: list[str] = []
    try:
        deadline = time.monotonic() + 60
        assert process.stderr is not None
        while time.monotonic() < deadline and sum("retrying in" in line for line in lines) < 3:
            line = process.stderr.readline()
            if not line:
                break
            lines.append(line.rstrip("\n"))
    finally:
        process.terminate()
        rest = process.communicate(timeout=20)[1]
    lines += rest.splitlines()
    retries = [line for line in lines if "retrying in" in line]
    assert len(retries) >= 3, lines
    assert all("Telegram unreachable" in line and "attempt" in line for line in retries)
    assert "attempt 1)" in retries[0] and "attempt 2)" in retries[1]
    assert not any("Traceback" in line for line in lines), lines
