"""Leaders a question calls by an acronym or a nickname ("AMLO", "Jokowi", "Bibi"): the names result tables write
them by, from retrieval/data/nicknames.json, so a question naming a leader so names that contestant."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from retrieval.places import normalize


@cache
def _nicknames() -> dict[str, str]:
    data = json.loads(resources.files("retrieval").joinpath("data/nicknames.json").read_text(encoding="utf-8"))
    return {normalize(k): v for k, v in data["names"].items()}


def nicknamed(text: str) -> list[str]:
    """The names of the leaders a question calls by a nickname; one of three letters or fewer ("CFK") only
    written in capitals, or in a question typed without any."""
    lowercase = text == text.lower()
    out = []
    for word in re.findall(r"[^\W\d_]+", text):
        name = _nicknames().get(normalize(word))
        if name and (len(word) > 3 or word.isupper() or lowercase):
            out.append(name)
    return list(dict.fromkeys(out))
