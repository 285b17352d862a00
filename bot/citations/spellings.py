"""A name spelt the way another language writes it: one sound key for every spelling of a name.

News in en, es, pt and fr transliterates names from other scripts each its own way: "Tokayev", "Tokaïev" and
"Tokáyev"; "Zelensky", "Zelenskyy", "Zelenskiy" and "Zelenski"; "Đukanović" and "Djukanovic"; "Ghazouani" and
"Ghazwani"; "Poutine" and "Putin"; "Mohamed" and "Mohammed". A word's key (`sound_key`) folds those spellings
together: accents and strokes off, the letter groups one language writes for another's (a table, `_SPELLINGS`),
doubled letters once, a French closing mute "e" off. Two words of one key are one word of a name.

Cannot: tell two people apart whose names differ only by such spellings (the check renames a name only when
exactly one name of the sources has its key), or match a name translated rather than transliterated ("Jean" and
"John"); vowels other than those of the table stay as written ("Muhammad" is not "Mohamed").
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.citations.text import fold_same

# Letter groups that transliterate one sound in en, es, pt or fr, each to the one the key uses (longest first; "ch"
# stays itself, so its "c" is not read alone):
# French "ou" and English "w"/"u" ("Ouattara", "Ghazwani"), "dj"/"j" ("Djukanovic", "Abdelmadjid"), "tch"/"ch" and
# French "ch" for English "sh" ("Tchernenko", "Chevardnadze"), "y"/"i" ("Tokayev", "Tokaiev"), "ph"/"f", "k"/"c"/"q".
_SPELLINGS = (
    ("tsch", "ch"),
    ("dzh", "j"),
    ("sch", "ch"),
    ("tch", "ch"),
    ("sh", "ch"),
    ("ch", "ch"),
    ("dj", "j"),
    ("ou", "u"),
    ("ph", "f"),
    ("ck", "k"),
    ("kh", "h"),
    ("w", "u"),
    ("y", "i"),
    ("q", "k"),
    ("c", "k"),
    ("x", "ks"),
)
_GROUPS = re.compile("|".join(re.escape(a) for a, _ in _SPELLINGS))
_TO = dict(_SPELLINGS)


@lru_cache(maxsize=4096)
def sound_key(word: str) -> str:
    """The key every en/es/pt/fr spelling of a name's word shares: "Tokaïev", "Tokáyev" -> "tokaiev"."""
    key = _GROUPS.sub(lambda m: _TO[m.group()], fold_same(word.replace("đ", "dj").replace("Đ", "Dj")))
    key = re.sub(r"(.)\1+", r"\1", key)
    return key[:-1] if len(key) > 4 and key.endswith("e") and key[-2] not in "aeiou" else key
