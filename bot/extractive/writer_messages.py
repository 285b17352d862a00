"""The English text of every sentence the extractive writer composes itself (notes, computed figures, ledes).

They are the catalogs' msgids (bot/locale translates them; bot.i18n.t fills them in): kept in one module so a
message is written once and a test can check that each one is translated.
"""

from __future__ import annotations

ORDINAL = {2: "second", 3: "third", 4: "fourth", 5: "fifth"}

NOT_THAT_ELECTION = "My sources cover {place}, but they do not report that election."
NOT_THAT_RESULT = "My sources do not report that result for {place}; here is what they do say."
NOT_RANK = "My sources do not say who came {ordinal}; here is the result they report."
NOT_PLACE = "My sources do not say who came in that place; here is the result they report."
NOT_SEATS = "My sources do not report seats; here is the result they report."
NOT_TURNOUT = "My sources do not report the turnout; here is the result they report."
MARGIN = "That is a margin of {margin} points, computed from the cited shares {a}% and {b}%"
MARGIN_VOTES = "That is a margin of {margin} votes, computed from the cited counts {a} and {b}"
NOT_MARGIN = "My sources do not give both contestants' figures, so they give no margin."
EARLIER = "An earlier count had {name} at {share}%"
EARLIER_COUNTED = "An earlier count, with {counted}% counted, had {name} at {share}%"
MORE_THAN_HALF = "{name} took {share}% of the vote, more than half"
LESS_THAN_HALF = "{name} took {share}% of the vote, less than half"
OPTION_WON = 'The "{option}" option won, with {share}% of the vote'
DIFFER = "Sources differ on {name}'s figure: one report gives {figure}, while the others give {consensus}"
