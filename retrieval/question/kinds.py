"""The kinds a question's reading is made of: what it asks, the fact a yes/no question turns on, its language."""

from __future__ import annotations

from typing import Literal

Asks = Literal["winner", "margin", "share", "rank", "seats", "turnout", "count", "votes", "topic"]
# The fact a yes/no question turns on: whether the contestant won ("did X win?"), won with no runoff
# ("did X win outright?"), made or forced a runoff ("did X make the runoff?", "did Jakarta need a runoff?"),
# holds a majority ("did X keep its majority?"), whether a proposal passed ("did the referendum pass?"), and
# whether the count is final ("is the count final?").
YesNo = Literal["won", "outright", "runoff", "majority", "passed", "final"]
Language = Literal["en", "es", "pt", "fr"]

RESULT_ASKS: frozenset[str] = frozenset({"winner", "margin", "share", "rank", "seats", "turnout", "count", "votes"})
