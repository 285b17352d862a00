"""The README's settings table, generated from `bot.config.Settings` (tests/test_readme.py keeps it in sync).

python scripts/settings_table.py          # rewrite the table in README.md
python scripts/settings_table.py --check  # exit 1 if README.md is out of date
python scripts/settings_table.py --print  # print the table
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, Literal, get_args, get_origin

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
START = "<!-- settings-table:start -->"
END = "<!-- settings-table:end -->"


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _default(value: Any) -> str:
    if value is None:
        return "*(unset)*"
    if isinstance(value, bool):
        return f"`{str(value).lower()}`"
    if isinstance(value, list | tuple | set):
        return "*(empty)*" if not value else "`" + ",".join(str(v) for v in value) + "`"
    if isinstance(value, Path):
        value = value.as_posix()
        value = value if value.startswith(("/", ".")) else f"./{value}"
    return f"`{value}`"


def render_table() -> str:
    """Variable | Default | Description, one row per Settings field, in the model's order."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from bot.config import ENV_NAMES, Settings

    rows = ["| Variable | Default | Description |", "|---|---|---|"]
    for name, field in Settings.model_fields.items():
        default = field.get_default(call_default_factory=True)
        description = field.description or ""
        if get_origin(field.annotation) is Literal:
            description += " One of " + ", ".join(f"`{c}`" for c in get_args(field.annotation)) + "."
        rows.append(f"| `{ENV_NAMES[name]}` | {_cell(_default(default))} | {_cell(description)} |")
    return "\n".join(rows)


def readme_section(text: str) -> str:
    """What README.md holds between the markers (stripped)."""
    if START not in text or END not in text:
        raise ValueError(f"README.md lacks the markers {START} ... {END}")
    return text.split(START, 1)[1].split(END, 1)[0].strip()


def with_table(text: str, table: str) -> str:
    before, rest = text.split(START, 1)
    after = rest.split(END, 1)[1]
    return f"{before}{START}\n{table}\n{END}{after}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--check", action="store_true", help="exit 1 if README.md is out of date")
    group.add_argument("--print", action="store_true", help="print the table only")
    args = parser.parse_args(argv)
    table = render_table()
    if args.print:
        print(table)
        return 0
    text = README.read_text(encoding="utf-8")
    if args.check:
        if readme_section(text) != table:
            print(
                "README.md settings table is out of date: run python scripts/settings_table.py",
                file=sys.stderr,
            )
            return 1
        return 0
    readme_section(text)  # fails clearly if the markers are missing
    README.write_text(with_table(text, table), encoding="utf-8")
    print(f"updated the settings table in {README.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
