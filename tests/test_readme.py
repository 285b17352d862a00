"""The README tells the truth: its settings table matches the model, its commands are the ones CI runs,
and bench/run.py can fill its benchmark table.

After changing bot/config.py: python scripts/settings_table.py
"""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"

INSTALL = "pip install '.[test]'"
TEST_COMMAND = "python -m pytest"


def _load(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def readme() -> str:
    return README.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def settings_table():
    return _load(ROOT / "scripts" / "settings_table.py", "settings_table")


def _code_lines(text: str) -> list[str]:
    """Every line inside fenced code blocks."""
    return [line.strip() for block in re.findall(r"```[^\n]*\n(.*?)```", text, re.S) for line in block.splitlines()]


def test_settings_table_matches_the_model(readme, settings_table):
    expected = settings_table.render_table()
    assert settings_table.readme_section(readme) == expected, (
        "the README settings table is out of date: run python scripts/settings_table.py"
    )


def test_settings_table_lists_every_setting_once(settings_table):
    from bot.config import ENV_NAMES, Settings

    table = settings_table.render_table()
    rows = [line for line in table.splitlines()[2:]]
    assert len(rows) == len(Settings.model_fields)
    for name, field in Settings.model_fields.items():
        assert field.description, f"setting {name} has no description"
        assert sum(row.startswith(f"| `{ENV_NAMES[name]}` |") for row in rows) == 1
    # The names DESIGN.md promises are all there.
    for env in (
        "BRIEFBOT_DATA_DIR",
        "BRIEFBOT_CHROMA_URL",
        "TELEGRAM_BOT_TOKEN",
        "OPENAI_BASE_URL",
        "BRIEFBOT_WRITER",
    ):
        assert f"| `{env}` |" in table


def test_settings_table_round_trips(settings_table):
    text = "intro\n<!-- settings-table:start -->\nold\n<!-- settings-table:end -->\noutro\n"
    updated = settings_table.with_table(text, "| new |")
    assert updated == "intro\n<!-- settings-table:start -->\n| new |\n<!-- settings-table:end -->\noutro\n"
    assert settings_table.readme_section(updated) == "| new |"


def test_readme_shows_the_newcomer_commands(readme):
    code = _code_lines(readme)
    assert any(INSTALL in line and "python3 -m venv .venv" in line for line in code), "install command"
    assert "briefbot brief Chile" in code
    assert TEST_COMMAND in code
    for word in (
        "BotFather",
        "TELEGRAM_BOT_TOKEN",
        "briefbot run",
        "OPENAI_BASE_URL",
        "BRIEFBOT_LLM_MODEL",
        "briefbot ingest",
        "BRIEFBOT_FEEDS",
        "compose.yaml",
        "docker build",
    ):
        assert word in readme, word
    for command in (
        "/start",
        "/help",
        "/brief",
        "/sources",
        "/subscribe",
        "/unsubscribe",
        "/subscriptions",
        "/ingest",
        "/stats",
    ):
        assert f"`{command}" in readme, command


def test_ci_runs_the_readme_commands():
    ci = (ROOT / ".ci" / "run").read_text()
    lines = [line.strip() for line in ci.splitlines() if not line.strip().startswith("#")]
    assert INSTALL in "\n".join(lines)
    assert TEST_COMMAND in lines, "`.ci/run` must run exactly the README's test command"
    assert "set -euo pipefail" in ci
    assert "ruff check ." in lines and "ruff format --check ." in lines
    assert "BRIEFBOT_TEST_CHROMA_URL" in ci and "chroma run" in ci


def test_readme_has_a_bench_table_section(readme):
    assert readme.count("<!-- bench-table:start -->") == 1
    assert readme.count("<!-- bench-table:end -->") == 1
    assert readme.index("<!-- bench-table:start -->") < readme.index("<!-- bench-table:end -->")


GOOD = """
import json, sys
print("warming up")
quick = "--quick" in sys.argv
print(json.dumps({"bench": "good", "quick": quick, "p50_ms": 12.3, "targets": {
    "p50_ms": {"target": "<= 50 ms", "measured": 12.3, "unit": "ms"},
    "recall_at_10": {"target": ">= 0.95", "measured": 0.9, "pass": False}}}))
"""

CRASH = """
raise SystemExit("boom")
"""

LEGACY = """
import json
print(json.dumps({"bench": "legacy", "passages_per_s": 41.5, "targets_met": True}))
"""


def test_bench_runner_collects_results_and_survives_failures(tmp_path):
    bench = tmp_path / "bench"
    bench.mkdir()
    (bench / "good.py").write_text(GOOD)
    (bench / "crash.py").write_text(CRASH)
    (bench / "legacy.py").write_text(LEGACY)
    (bench / "run.py").write_text("raise SystemExit('run.py must not run itself')")
    (bench / "shared.py").write_text(
        '"""Helpers the benches import."""\nimport json\n\nROWS = 3\n\n\ndef rows():\n    return ROWS\n'
    )
    readme = tmp_path / "README.md"
    readme.write_text("# x\n<!-- bench-table:start -->\nold\n<!-- bench-table:end -->\nend\n")
    results = tmp_path / "results.json"

    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "run.py"),
            "--quick",
            "--readme",
            "--quiet",
            "--bench-dir",
            str(bench),
            "--results",
            str(results),
            "--readme-file",
            str(readme),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert done.returncode == 1, done.stdout + done.stderr  # a failed target and a crashed script
    assert "good" in done.stdout and "crash" in done.stdout

    report = json.loads(results.read_text())
    assert report["all_pass"] is False
    assert report["machine"]["cores"] >= 1
    by_bench = {e["bench"]: e for e in report["benches"]}
    assert set(by_bench) == {"good", "crash", "legacy"}, "a module that only defines things is no benchmark"
    assert by_bench["good"]["result"]["quick"] is True, "--quick was not passed on"
    assert by_bench["crash"]["status"] == "failed"

    rows = {(r["bench"], r["figure"]): r for r in report["rows"]}
    assert rows[("good", "p50_ms")]["pass"] is True  # computed from "<= 50 ms"
    assert rows[("good", "p50_ms")]["measured"] == "12.3 ms"
    assert rows[("good", "recall_at_10")]["pass"] is False
    assert rows[("crash", "-")]["pass"] is False and "FAILED" in rows[("crash", "-")]["measured"]
    assert rows[("legacy", "all targets")]["pass"] is True

    text = readme.read_text()
    assert "old" not in text and text.startswith("# x\n") and text.endswith("end\n")
    assert "| good | p50_ms | <= 50 ms | 12.3 ms | pass |" in text
    assert "Measured on " in text and "cores" in text
