"""Files that ship with briefbot (prompts, the demo corpus), found both in a checkout and after
`pip install .`, where they are packaged under bot/_data."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resource_dir(name: str) -> Path:
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"briefbot's {name}/ folder is missing from this installation")


def prompts_dir() -> Path:
    return resource_dir("prompts")


def seeds_dir() -> Path:
    return resource_dir("seeds")
