"""A real PostgreSQL server on loopback for the shared-state tests and benchmarks.

Why a real server: row locks, SKIP LOCKED, tsvector ranking and concurrent replicas cannot be faked honestly.
`initdb` refuses to run as root, so as root the server runs as the `postgres` user (runuser) in a temp dir it
owns. `BRIEFBOT_TEST_DATABASE_URL` points the tests at an existing server instead. When neither works,
`PostgresUnavailable` says why, and the fixtures skip with that reason.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

BIN_DIRS = [Path(os.environ.get("BRIEFBOT_PG_BIN", "/usr/lib/postgresql/15/bin"))]


class PostgresUnavailable(RuntimeError):
    pass


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _bin_dir() -> Path:
    for d in BIN_DIRS:
        if (d / "initdb").is_file() and (d / "pg_ctl").is_file():
            return d
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).parent
    raise PostgresUnavailable("no PostgreSQL server binaries (apt-get install postgresql; .ci/run does)")


class PostgresServer:
    """initdb + pg_ctl start on a free loopback port; `url(db)` for a database on it."""

    def __init__(self) -> None:
        self.bin = _bin_dir()
        self.port = _free_port()
        self.base = Path(tempfile.mkdtemp(prefix="briefbot-pg-"))
        self.data = self.base / "data"
        self.prefix: list[str] = []
        if os.geteuid() == 0:
            if shutil.which("runuser") is None:
                raise PostgresUnavailable("running as root without runuser: initdb refuses root")
            self.prefix = ["runuser", "-u", "postgres", "--"]
            shutil.chown(self.base, "postgres", "postgres")
        self.started = False

    def _run(self, *args: str) -> None:
        done = subprocess.run([*self.prefix, *args], capture_output=True, text=True, timeout=120)
        if done.returncode:
            raise PostgresUnavailable(f"{Path(args[0]).name} failed: {(done.stderr or done.stdout).strip()[-500:]}")

    def start(self) -> PostgresServer:
        self._run(
            str(self.bin / "initdb"),
            "-D",
            str(self.data),
            "-A",
            "trust",
            "-U",
            "postgres",
            "-E",
            "UTF8",
            "--no-sync",
            "--locale=C",
        )
        options = (
            f"-p {self.port} -k {self.base} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        self._run(
            str(self.bin / "pg_ctl"),
            "-D",
            str(self.data),
            "-o",
            options,
            "-l",
            str(self.base / "log"),
            "-w",
            "-t",
            "60",
            "start",
        )
        self.started = True
        return self

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def stop(self) -> None:
        if self.started:
            with contextlib.suppress(Exception):
                self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
            self.started = False
        shutil.rmtree(self.base, ignore_errors=True)


def create_database(admin_url: str) -> str:
    """A fresh, empty database on the server (one per test): returns its URL."""
    import psycopg

    name = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return admin_url.rsplit("/", 1)[0] + f"/{name}"


@contextlib.contextmanager
def running_postgres() -> Iterator[str]:
    """The admin URL of a server: the one in BRIEFBOT_TEST_DATABASE_URL, or one started here."""
    external = os.environ.get("BRIEFBOT_TEST_DATABASE_URL")
    if external:
        yield external
        return
    server = PostgresServer()
    try:
        server.start()
        yield server.url()
    finally:
        server.stop()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """Session-wide server (admin URL); skips with the reason when none can be started."""
    try:
        cm = running_postgres()
        url = cm.__enter__()
    except PostgresUnavailable as exc:
        if os.environ.get("BRIEFBOT_REQUIRE_POSTGRES"):
            pytest.fail(f"no PostgreSQL server, and BRIEFBOT_REQUIRE_POSTGRES is set: {exc}")
        pytest.skip(f"no PostgreSQL server: {exc}")
    try:
        yield url
    finally:
        cm.__exit__(None, None, None)


@pytest.fixture
def database_url(postgres_server: str) -> str:
    """A fresh database for one test."""
    return create_database(postgres_server)
