"""What the Dockerfile and compose.yaml promise, checked without a Docker engine.

The Dockerfile is parsed with Docker's own parser (the `dockerfile` package wraps moby/buildkit's Go parser).
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlparse

import dockerfile
import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def commands() -> list[dockerfile.Command]:
    return list(dockerfile.parse_file(str(ROOT / "Dockerfile")))


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load((ROOT / "compose.yaml").read_text())


def _all(commands: list[dockerfile.Command], name: str) -> list[dockerfile.Command]:
    return [c for c in commands if c.cmd.upper() == name]


def _index(commands: list[dockerfile.Command], name: str) -> int:
    return next(i for i, c in enumerate(commands) if c.cmd.upper() == name)


def _shell_steps(command: dockerfile.Command) -> list[list[str]]:
    """A RUN in shell form split into its `&&`/`;` steps, each tokenised."""
    text = " ".join(command.value)
    return [shlex.split(step) for step in re.split(r"&&|;|\|\|", text) if step.strip()]


def _pip_installs(commands: list[dockerfile.Command]) -> list[tuple[int, list[str]]]:
    found = []
    for i, c in enumerate(commands):
        if c.cmd.upper() != "RUN":
            continue
        for step in _shell_steps(c):
            if len(step) >= 2 and step[0].endswith("pip") and step[1] == "install":
                found.append((i, step[2:]))
            elif step[:4] in (["python", "-m", "pip", "install"], ["python3", "-m", "pip", "install"]):
                found.append((i, step[4:]))
    return found


def test_from_a_slim_python_311_image(commands):
    stages = _all(commands, "FROM")
    assert stages, "no FROM"
    image = stages[-1].value[0]
    assert re.fullmatch(r"python:3\.1[1-9](\.\d+)?-slim(-\w+)?", image), image
    assert commands[0].cmd.upper() == "FROM"


def test_runs_as_a_non_root_user_before_cmd(commands):
    users = [(i, c.value[0]) for i, c in enumerate(commands) if c.cmd.upper() == "USER"]
    assert users, "no USER: the bot would run as root"
    cmd_at = _index(commands, "CMD")
    before = [user for i, user in users if i < cmd_at]
    assert before, "USER must come before CMD"
    name = before[-1].split(":")[0]
    assert name not in {"root", "0"}
    # The user is created in the image.
    created = any(
        step and step[0] in {"useradd", "adduser"} and name in step
        for c in _all(commands, "RUN")
        for step in _shell_steps(c)
    )
    assert created, f"USER {name} is never created"


def test_cmd_is_briefbot_run_in_exec_form(commands):
    cmds = _all(commands, "CMD")
    assert len(cmds) == 1
    assert cmds[0].json, "CMD must be in exec (JSON) form so signals reach the bot"
    assert list(cmds[0].value) == ["briefbot", "run"]
    assert not _all(commands, "ENTRYPOINT"), "an ENTRYPOINT would change what CMD means"


def test_healthcheck_is_present_and_works(commands, tmp_path):
    checks = _all(commands, "HEALTHCHECK")
    assert len(checks) == 1
    check = checks[0]
    assert check.value[0].upper() == "CMD", "HEALTHCHECK NONE disables it"
    assert any(flag.startswith("--interval=") for flag in check.flags)
    assert any(flag.startswith("--timeout=") for flag in check.flags)
    args = list(check.value[1:])
    assert check.json and args[:2] == ["python", "-c"], args
    # Run the very same snippet here: a writable data dir and no Chroma server configured is healthy...
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BRIEFBOT_", "TELEGRAM_", "OPENAI_"))}
    env |= {"BRIEFBOT_DATA_DIR": str(tmp_path), "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", args[2]], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    # ...and an unreachable Chroma server is not.
    env["BRIEFBOT_CHROMA_URL"] = "http://127.0.0.1:9"
    done = subprocess.run(
        [sys.executable, "-c", args[2]], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode != 0


def test_data_dir_is_a_volume(commands):
    volumes = [v for c in _all(commands, "VOLUME") for v in c.value]
    assert "/data" in volumes
    env = {}
    for c in _all(commands, "ENV"):
        env.update(zip(c.value[::2], c.value[1::2], strict=True))
    assert env.get("BRIEFBOT_DATA_DIR") == "/data"
    # The non-root user must own it, or the store cannot be written.
    assert any(
        "chown" in step[:1] and any("/data" in t for t in step)
        for c in _all(commands, "RUN")
        for step in _shell_steps(c)
    )


def test_installs_like_the_readme_with_dependencies_cached_first(commands):
    readme = (ROOT / "README.md").read_text()
    match = re.search(r"pip install '?\.(\[[\w,]+\])?'?", readme)
    assert match, "README shows no `pip install .` command"
    installs = _pip_installs(commands)
    local = [(i, args) for i, args in installs if "." in args]
    assert local, "the image never runs `pip install .`"
    assert not any("-e" in args or "--editable" in args for _, args in local), "the image needs a real install"

    copies = [(i, list(c.value[:-1])) for i, c in enumerate(commands) if c.cmd.upper() == "COPY"]
    code_copy = min(i for i, sources in copies if any(s.rstrip("/") in {"bot", "retrieval", "."} for s in sources))
    deps_install = min(i for i, _ in local)
    pyproject_copy = min(i for i, sources in copies if "pyproject.toml" in sources)
    assert pyproject_copy < deps_install < code_copy, "dependencies must be installed before the code is copied"
    assert any(i > code_copy for i, _ in local), "the code itself is never installed"

    copied = {s.rstrip("/") for _, sources in copies for s in sources}
    for needed in ("bot", "retrieval", "prompts", "seeds", "pyproject.toml"):
        assert needed in copied, f"{needed} is not copied into the image"
    for source in copied:
        assert (ROOT / source).exists(), f"COPY {source}: no such file in the repo"


def test_dockerignore_keeps_secrets_and_state_out():
    ignored = {line.strip().strip("/") for line in (ROOT / ".dockerignore").read_text().splitlines() if line.strip()}
    for entry in (".env", ".venv", ".git", "data"):
        assert entry in ignored, f".dockerignore should list {entry}"
    for needed in ("bot", "retrieval", "prompts", "seeds", "pyproject.toml", "README.md"):
        assert needed not in ignored


def _environment(service: dict) -> dict[str, str]:
    env = service.get("environment") or {}
    if isinstance(env, list):
        env = dict(item.split("=", 1) if "=" in item else (item, "") for item in env)
    return {k: "" if v is None else str(v) for k, v in env.items()}


def _env_files(service: dict) -> list[str]:
    files = service.get("env_file") or []
    if isinstance(files, str | dict):
        files = [files]
    return [f["path"] if isinstance(f, dict) else f for f in files]


def test_compose_has_the_bot_and_a_chroma_server(compose):
    services = compose["services"]
    assert {"bot", "chroma"} <= set(services)
    bot, chroma = services["bot"], services["chroma"]

    assert bot.get("build") in (".", {"context": "."}) or bot.get("build", {}).get("context") == "."
    assert ".env" in _env_files(bot)
    env = _environment(bot)
    assert "TELEGRAM_BOT_TOKEN" in env
    assert any(v.split(":")[-1] == "/data" for v in bot.get("volumes", [])), "the bot's /data is not a volume"
    if "BRIEFBOT_DATA_DIR" in env:
        assert env["BRIEFBOT_DATA_DIR"] == "/data"

    url = urlparse(env["BRIEFBOT_CHROMA_URL"])
    assert url.scheme == "http" and url.hostname == "chroma"

    command = chroma.get("command")
    if command is not None:
        command = shlex.split(command) if isinstance(command, str) else list(command)
        assert command[:2] == ["chroma", "run"]
        assert command[command.index("--host") + 1] == "0.0.0.0"
        port = int(command[command.index("--port") + 1])
        path = command[command.index("--path") + 1]
        assert any(v.split(":")[-1] == path for v in chroma.get("volumes", [])), "Chroma's data is not a volume"
    else:
        assert str(chroma.get("image", "")).startswith("chromadb/chroma")
        port = 8000
        assert chroma.get("volumes"), "Chroma's data is not a volume"
    assert (url.port or 80) == port

    depends = bot.get("depends_on") or []
    assert "chroma" in depends


def test_compose_volumes_are_declared(compose):
    declared = set(compose.get("volumes") or {})
    for service in compose["services"].values():
        for volume in service.get("volumes", []):
            source = volume.split(":")[0] if isinstance(volume, str) else volume.get("source")
            if source and not source.startswith((".", "/", "~")):
                assert source in declared, f"named volume {source} is not declared"
