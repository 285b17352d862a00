"""Run every benchmark in bench/ and print one table: figure, target, measured, pass.

    python bench/run.py                 # all of bench/*.py except this file and shared modules (bench/devset.py)
    python bench/run.py --quick         # passes --quick to each script (smaller stores, fewer rounds)
    python bench/run.py --readme        # also rewrite the README's benchmark table, with the machine
    python bench/run.py --only retrieval ingest

Convention for a benchmark script (bench/NAME.py): it accepts `--quick`, prints whatever it likes, and prints
last one JSON object on a line of its own:

    {"bench": "NAME", ...any figures...,
     "targets": {"p50_ms": {"target": "<= 50 ms", "measured": 12.3, "pass": true}, ...}}

Each entry of "targets" becomes a row. "pass" may be omitted when "target" reads like `<= 50` / `>= 0.9`
(it is then computed from "measured"); "unit" (e.g. "ms") is appended to the measured value. A script
without "targets" shows its numeric figures, untargeted, and its "targets_met" if it has one. A script that
crashes, times out or prints no JSON line is a failed row, not a crash of this runner.
Results go to bench/results.json.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import platform
import re
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = ROOT / "bench"
START = "<!-- bench-table:start -->"
END = "<!-- bench-table:end -->"
_COMPARISON = re.compile(r"^\s*(<=|>=|≤|≥|<|>|==|=)\s*(-?\d+(?:\.\d+)?)")


# --------------------------------------------------------------------------------------------- the machine


def machine() -> dict[str, Any]:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith(("model name", "hardware", "cpu model")):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram_gb = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                ram_gb = round(int(line.split()[1]) / 1024 / 1024, 1)
                break
    except (OSError, ValueError, IndexError):
        pass
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:
        cores = os.cpu_count() or 1
    return {
        "cores": cores,
        "cpu": cpu or platform.processor() or platform.machine(),
        "ram_gb": ram_gb,
        "os": f"{platform.system()} {platform.release()} {platform.machine()}",
        "python": platform.python_version(),
        "date": datetime.now(UTC).date().isoformat(),
    }


def describe_machine(m: dict[str, Any]) -> str:
    ram = f", {m['ram_gb']:g} GB RAM" if m.get("ram_gb") else ""
    return f"{m['cores']} cores ({m['cpu']}){ram}, {m['os']}, Python {m['python']}, on {m['date']}"


# --------------------------------------------------------------------------------------------- running


# What a module that only defines things holds at its top level: such a module is a library the benches share
# (bench/devset.py), not a benchmark, and running it would print no figures and count as a failed bench.
_DEFINITIONS = (
    ast.Import,
    ast.ImportFrom,
    ast.FunctionDef,
    ast.AsyncFunctionDef,
    ast.ClassDef,
    ast.Assign,
    ast.AnnAssign,
)


def _runs_something(script: Path) -> bool:
    """Whether running the file does anything: a statement at top level other than definitions and a docstring."""
    try:
        body = ast.parse(script.read_text(encoding="utf-8")).body
    except (OSError, SyntaxError, ValueError):
        return True  # a broken script is listed, and fails as a row of its own
    return any(
        not isinstance(n, _DEFINITIONS) and not (isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant))
        for n in body
    )


def discover(bench_dir: Path, only: list[str] | None = None) -> list[Path]:
    scripts = [
        p
        for p in sorted(bench_dir.glob("*.py"))
        if p.name != "run.py"
        and not p.name.startswith("_")
        and p.resolve() != Path(__file__).resolve()
        and _runs_something(p)
    ]
    if only:
        wanted = {name.removesuffix(".py") for name in only}
        scripts = [p for p in scripts if p.stem in wanted]
    return scripts


def last_json_line(output: str) -> dict[str, Any] | None:
    for line in reversed(output.splitlines()):
        line = line.strip()
        if line.startswith("{") and line.endswith("}"):
            try:
                data = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(data, dict) and "bench" in data:
                return data
    return None


def run_script(script: Path, quick: bool, timeout: float, echo: bool) -> dict[str, Any]:
    """Run one script, echoing its output, and return what it reported (or why it failed)."""
    command = [sys.executable, str(script), *(["--quick"] if quick else [])]
    started = time.perf_counter()
    lines: list[str] = []
    timed_out = threading.Event()
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    try:
        process = subprocess.Popen(
            command,
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            errors="replace",
        )
    except OSError as exc:
        return {"bench": script.stem, "script": script.name, "status": "failed", "error": str(exc)}

    def _kill() -> None:
        timed_out.set()
        process.kill()

    timer = threading.Timer(timeout, _kill)
    timer.start()
    try:
        assert process.stdout is not None
        for line in process.stdout:
            lines.append(line.rstrip("\n"))
            if echo:
                print(f"  {script.stem} | {line}", end="" if line.endswith("\n") else "\n", flush=True)
        code = process.wait()
    finally:
        timer.cancel()
    seconds = round(time.perf_counter() - started, 1)
    entry: dict[str, Any] = {
        "bench": script.stem,
        "script": script.name,
        "seconds": seconds,
        "exit_code": code,
    }
    result = last_json_line("\n".join(lines))
    if timed_out.is_set():
        entry.update(status="failed", error=f"timed out after {timeout:g} s")
    elif code != 0:
        entry.update(status="failed", error=f"exit status {code}")
    elif result is None:
        entry.update(status="failed", error='printed no final JSON line {"bench": ...}')
    else:
        entry.update(status="ok")
    if result is not None:
        entry["result"] = result
    if entry["status"] == "failed":
        entry["tail"] = lines[-15:]
    return entry


# --------------------------------------------------------------------------------------------- rows


def _number(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.4g}" if abs(value) < 1e6 else f"{value:,.0f}"
    if isinstance(value, int):
        return f"{value:,}" if abs(value) >= 10_000 else str(value)
    return "" if value is None else str(value)


def judge(target: Any, measured: Any) -> bool | None:
    """Pass/fail from a target such as "<= 50 ms" or ">= 0.9"; None when it cannot be read."""
    if not isinstance(measured, int | float) or isinstance(measured, bool):
        return None
    match = _COMPARISON.match(str(target))
    if not match:
        return None
    op, bound = match.group(1), float(match.group(2))
    return {
        "<=": measured <= bound,
        "≤": measured <= bound,
        ">=": measured >= bound,
        "≥": measured >= bound,
        "<": measured < bound,
        ">": measured > bound,
        "==": measured == bound,
        "=": measured == bound,
    }[op]


def rows_for(entry: dict[str, Any]) -> list[dict[str, Any]]:
    name = entry["bench"]
    result = entry.get("result") or {}
    if entry["status"] != "ok":
        return [
            {
                "bench": name,
                "figure": "-",
                "target": "-",
                "measured": f"FAILED: {entry['error']}",
                "pass": False,
            }
        ]
    targets = result.get("targets")
    rows: list[dict[str, Any]] = []
    if isinstance(targets, dict) and targets:
        for figure, spec in targets.items():
            spec = spec if isinstance(spec, dict) else {"measured": spec}
            measured = spec.get("measured", result.get(figure))
            passed = spec.get("pass")
            if passed is None:
                passed = judge(spec.get("target"), measured)
            shown = _number(measured)
            if spec.get("unit") and shown:
                shown = f"{shown} {spec['unit']}"
            rows.append(
                {
                    "bench": name,
                    "figure": figure,
                    "target": str(spec.get("target", "-")),
                    "measured": shown,
                    "pass": None if passed is None else bool(passed),
                }
            )
        return rows
    # No targets dict: show the numeric figures, untargeted, and the script's own verdict if it gave one.
    for figure, value in result.items():
        if figure in {"bench", "targets_met"} or isinstance(value, bool) or not isinstance(value, int | float):
            continue
        rows.append({"bench": name, "figure": figure, "target": "-", "measured": _number(value), "pass": None})
    if isinstance(result.get("targets_met"), bool):
        rows.append(
            {
                "bench": name,
                "figure": "all targets",
                "target": "met",
                "measured": "met" if result["targets_met"] else "not met",
                "pass": result["targets_met"],
            }
        )
    if not rows:
        rows.append({"bench": name, "figure": "-", "target": "-", "measured": "no figures", "pass": None})
    return rows


def _mark(passed: bool | None) -> str:
    return "-" if passed is None else ("pass" if passed else "FAIL")


def print_table(rows: list[dict[str, Any]], caption: str) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title="briefbot benchmarks", title_justify="left", caption=caption, caption_justify="left")
    for column, justify in (
        ("bench", "left"),
        ("figure", "left"),
        ("target", "right"),
        ("measured", "right"),
    ):
        table.add_column(column, justify=justify)
    table.add_column("pass", justify="center")
    for row in rows:
        style = {True: "green", False: "bold red", None: "dim"}[row["pass"]]
        table.add_row(row["bench"], row["figure"], row["target"], row["measured"], f"[{style}]{_mark(row['pass'])}[/]")
    Console().print(table)


def markdown(rows: list[dict[str, Any]], machine_info: dict[str, Any], quick: bool) -> str:
    def cell(text: Any) -> str:
        return " ".join(str(text).split()).replace("|", "\\|")

    command = "python bench/run.py" + (" --quick" if quick else "")
    lines = [
        f"Measured on {cell(describe_machine(machine_info))} with `{command}`.",
        "",
        "| Bench | Figure | Target | Measured | Pass |",
        "|---|---|---:|---:|:---:|",
    ]
    for row in rows:
        lines.append(
            f"| {cell(row['bench'])} | {cell(row['figure'])} | {cell(row['target'])} | "
            f"{cell(row['measured'])} | {_mark(row['pass'])} |"
        )
    return "\n".join(lines)


def update_readme(readme: Path, section: str) -> None:
    text = readme.read_text(encoding="utf-8")
    if START not in text or END not in text:
        raise SystemExit(f"{readme} lacks the markers {START} ... {END}")
    before, rest = text.split(START, 1)
    after = rest.split(END, 1)[1]
    readme.write_text(f"{before}{START}\n{section}\n{END}{after}", encoding="utf-8")


# --------------------------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="pass --quick to every benchmark")
    parser.add_argument("--readme", action="store_true", help="rewrite the README's benchmark table")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="run only these benchmarks (e.g. retrieval)")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds allowed per benchmark (1800)")
    parser.add_argument("--quiet", action="store_true", help="do not echo the benchmarks' own output")
    parser.add_argument("--bench-dir", type=Path, default=BENCH_DIR, help=argparse.SUPPRESS)
    parser.add_argument("--results", type=Path, default=BENCH_DIR / "results.json", help="where the JSON goes")
    parser.add_argument("--readme-file", type=Path, default=ROOT / "README.md", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    scripts = discover(args.bench_dir, args.only)
    if not scripts:
        print("bench/run.py: no benchmark scripts found", file=sys.stderr)
        return 2
    machine_info = machine()
    entries = []
    for script in scripts:
        print(f"==> {script.name}{' --quick' if args.quick else ''}", flush=True)
        entry = run_script(script, args.quick, args.timeout, echo=not args.quiet)
        entries.append(entry)
        if entry["status"] != "ok":
            print(f"==> {script.name} failed: {entry['error']}", flush=True)
    rows = [row for entry in entries for row in rows_for(entry)]
    all_pass = all(entry["status"] == "ok" for entry in entries) and all(row["pass"] is not False for row in rows)

    print()
    print_table(rows, describe_machine(machine_info))
    report = {
        "machine": machine_info,
        "quick": args.quick,
        "all_pass": all_pass,
        "rows": rows,
        "benches": entries,
    }
    args.results.parent.mkdir(parents=True, exist_ok=True)
    args.results.write_text(json.dumps(report, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
    print(f"results: {args.results}")
    if args.readme:
        update_readme(args.readme_file, markdown(rows, machine_info, args.quick))
        print(f"updated the benchmark table in {args.readme_file}")
    return 0 if all_pass else 1


if __name__ == "__main__":
    sys.exit(main())
