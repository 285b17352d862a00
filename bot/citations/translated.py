"""A contestant the sentence names in another language or another form than its sources: renamed to the sources'
name before anything is bound to it, so its figures, places and roles are read as the sources' contestant's.

News copy translates parties word by word ("the National Renewal Alliance" of "la Alianza Nacional de
Renovación", "United Seychelles" of "Seychelles Unidas", "Os Verdes" of "the Greens"), writes the initials the sources
use ("the Popular Party" of "el PP"), a plural of its members ("the Democrats" of "the Democratic Party", "the
Socialists" of "el PS"), or the party with its leader ("la Alianza Popular de Rabuka" of "Sitiveni Rabuka's People's
Alliance"). A name is one of the sources' when:
- its head noun (party, front, alliance…) means the same, or it has none, and every other word is the same word in
  another language: a cognate ("revolución"/"revolution") or a word of one meaning in the table below
  ("change"/"cambio"/"mudança"); a name with no head must also cover every word of the sources' name, so "the Greens"
  is never "the Green Front", nor "the Citizens' Party" the "Citizens' Union";
- its initials, in its word order or another language's, are the one acronym of the sources that has them;
- a name with a leader after "de/do/da/del/of" is that party (as above) and a person the sources name;
- it is glossed with an acronym of the sources in brackets ("el Congreso de Todos los Progresistas (APC)").
Exactly one name of the sources must fit, else nothing is renamed.

Cannot: translate a word the table lacks (a name with one such word is left as written, and so unsupported).
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.citations.names import NOT_NAMES, Name, _ids
from bot.citations.text import fold_same


def by_meaning(table: dict[str, str]) -> dict[str, str]:
    """Each word of a table of meanings (a head -> its words in en, es and pt) -> the meaning it has."""
    return {w: head for head, words in table.items() for w in words.split()}


def cognate(a: str, b: str) -> bool:
    """Two words of one stem across en, es and pt: "constitutional"/"constitucional" (a common prefix of six letters or
    more and at least half of the longer word)."""
    k = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return k >= 6 and 2 * k >= max(len(a), len(b))


# The head nouns of a party or a grouping, by meaning, in en, es, pt and fr (folded): "Bloco Cívico" is the
# "Civic Electoral Bloc" (same head, the other words cognates), never the "Civic Front".
PARTY_HEADS = by_meaning(
    {
        "party": "party partido parti",
        "bloc": "bloc bloco bloque",
        "front": "front frente",
        "alliance": "alliance alianza alianca",
        "movement": "movement movimiento movimento mouvement",
        "union": "union uniao",
        "rally": "rally rassemblement reagrupamiento",
        "coalition": "coalition coalicion coligacao coalizao",
        "league": "league liga ligue",
        "congress": "congress congreso congresso congres",
    }
)

# Words of parties' and institutions' names whose translations share no stem (en, es, pt, fr; folded; plurals and
# genders listed): data, the words names of parties and public bodies are made of.
_WORD_MEANING = by_meaning(
    {
        "national": "national nacional nacionales nacionais nationale nationaux nationales",
        "people": "people peoples popular populares pueblo pueblos povo povos peuple peuples populaire populaires",
        "united": "united unido unida unidos unidas uni unie unis unies",
        "change": "change changes cambio cambios mudanca mudancas changement",
        "citizen": "citizen citizens ciudadano ciudadana ciudadanos ciudadanas cidadao "
        "cidada cidadaos cidadas civic citoyen citoyens citoyenne",
        "all": "all todos todas tous toutes",
        "our": "our nuestro nuestra nuestros nosso nossa nossos notre nos",
        "home": "home casa maison",
        "green": "green greens verde verdes vert verts verte "
        "vertes ecologist ecologists ecologiste ecologistes ecologista ecologistas",
        "new": "new nuevo nueva novo nova nouveau nouvelle nouveaux nouvelles",
        "free": "free libre libres livre livres",
        "freedom": "freedom liberty libertad liberdade liberte",
        "left": "left izquierda esquerda gauche",
        "right": "right derecha direita droite",
        "worker": "worker workers trabajador trabajadores trabalhador trabalhadores travailleur travailleurs",
        "labour": "labour labor laborista trabalhista travailliste",
        "justice": "justice justicia justica",
        "renewal": "renewal renovacion renovacao renouveau renouvellement",
        "action": "action accion acao",
        "country": "country pais pays",
        "homeland": "homeland patria patrie",
        "hope": "hope esperanza esperanca espoir",
        "together": "together juntos juntas ensemble",
        "forward": "forward adelante avante",
        "christian": "christian christians cristiano cristiana cristianos "
        "cristao crista cristaos chretien chretienne chretiens",
        "unity": "unity unidad unidade unite",
        "power": "power poder pouvoir",
        "voice": "voice voz voix",
        "republic": "republic republica republique",
        "state": "state estado etat",
        "great": "great gran grande grand",
        "broad": "broad amplio amplia ampla amplo",
        "peace": "peace paz paix",
        "development": "development desarrollo desenvolvimento developpement",
        "work": "work trabajo trabalho travail",
        "farmer": "farmer farmers campesino campesinos agricultores paysan paysans",
        "south": "south sur sul sud",
        "north": "north norte nord",
        # a body's name says it either way: the "Elections Commission" is the "Comissão Eleitoral"
        "electoral": "electoral electorales eleitoral electorale electoraux "
        "elections election elecciones eleccion eleicoes eleicao",
        "supreme": "supreme supremo suprema",
        "high": "high alto alta haut haute",
        "court": "court corte tribunal cour",
        "council": "council consejo conselho conseil",
        "commission": "commission comision comissao",
        "assembly": "assembly asamblea assembleia assemblee",
    }
)
# Words that link a name's words ("Alliance for Change", "Partido de los Trabajadores", "Democracia em Casa").
LINKS = frozenset(
    """of the de del la el los las do da dos das o a e y and for para por pela pelo at en em du des le les et
    pour""".split()
)
_LEADER_CUT = re.compile(r"\s+(de|do|da|del|of)\s+", re.IGNORECASE)


def same_word(a: str, b: str) -> bool:
    """One word of a name in two languages: the same, a cognate, or one meaning in `_WORD_MEANING`."""
    if a == b or cognate(a, b):
        return True
    meaning = _WORD_MEANING.get(a) or _WORD_MEANING.get(a.rstrip("s"))
    return meaning is not None and meaning == (_WORD_MEANING.get(b) or _WORD_MEANING.get(b.rstrip("s")))


def _parts(words: tuple[str, ...]) -> list[str]:
    """A name's words, its hyphenated ones split ("Social-Democrata"), its heads and links left out."""
    return [p for w in words for p in w.split("-") if p and p not in PARTY_HEADS and p not in LINKS]


def same_party(words: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Whether a party's name is another's in another language: the same head noun by meaning (or none: "os
    Reformistas" of "the Reformist Party"), every other word the same word (`same_word`), and, with no head, every
    word of the other name matched too (a name with no head is no part of a longer one)."""
    heads = {PARTY_HEADS[w] for w in words if w in PARTY_HEADS}
    theirs = {PARTY_HEADS[o] for o in other if o in PARTY_HEADS}
    mine, others = _parts(words), _parts(other)
    if len(heads) > 1 or not mine or not others or (theirs and not heads <= theirs):
        return False
    if not all(any(same_word(w, o) for o in others) for w in mine):
        return False
    # with no head here, or none there (a lead word, "Partido", is no word of a name), every word there matched too
    return bool(heads and theirs) or all(any(same_word(o, w) for w in mine) for o in others)


def _known(words: tuple[str, ...], people: list[Name]) -> bool:
    return any(set(words) <= _ids(p) for p in people)


def _acronyms(people: list[Name]) -> dict[str, Name]:
    """The acronyms the sources name a party by, each with the shortest name it opens ("PP", or "PP de Juanma
    Moreno" when the sources only write it with its leader)."""
    out: dict[str, Name] = {}
    for p in sorted(people, key=lambda p: len(p.words)):
        first = p.text.split()[0] if p.text.split() else ""
        if len(first) >= 2 and first.isalpha() and first[:2].isupper():  # "PP", "PSOE", "PSdeG"
            out.setdefault(p.words[0], p)
    return out


def _orders(initials: str) -> set[str]:
    """Initials in their order and in another language's (reversed, or the head noun moved to the other end)."""
    return {initials, initials[::-1], initials[-1] + initials[:-1], initials[1:] + initials[0]}


def _match(text: str, name: Name, people: list[Name]) -> Name | None:
    """The one name of the sources this name is in another language or form, if exactly one fits."""
    found = [
        p
        for p in people
        if not p.text.split()[0][:2].isupper()
        and any(same_party(name.words, v.words) for v in _without_leader(p, people))
    ]
    if found:  # one party, named with its leader or without: the shortest name, if every other holds its words
        short = min(found, key=lambda p: len(p.words))
        return short if all(set(short.words) <= set(p.words) for p in found) else None
    acronyms = _acronyms(people)
    gloss = re.match(r"\s*\(\s*([A-Z][A-Z0-9-]{1,9})\s*\)", text[name.end :])
    if gloss and fold_same(gloss.group(1)) in acronyms:
        return acronyms[fold_same(gloss.group(1))]
    around = re.findall(r"\w+", fold_same(text[max(0, name.start - 12) : name.end]))
    initials = name.initials if any(w in PARTY_HEADS for w in around) else ""  # a party's, never a person's
    if len(name.words) == 1 and len(name.words[0]) > 5 and name.words[0].endswith("s") and not name.text.isupper():
        initials = name.words[0][0] + "p"  # "the Socialists": the Socialist Party, "PS" in its own language
    hits = {a for a in acronyms if initials and len(initials) == len(a) and a in _orders(initials)}
    if not hits and len(initials) == 2 and initials[1] == "p":  # "the Socialists" of "el PSOE": P, S and more
        hits = {a for a in acronyms if len(a) <= 5 and a.startswith("p" + initials[0])}
    return acronyms[hits.pop()] if len(hits) == 1 else None


def _without_leader(name: Name, people: list[Name]) -> list[Name]:
    """A name of the sources, and the party alone when it holds its leader ("People's Progressive Party of Lena
    Haug")."""
    parts = _cut_leader(name.text, replace(name, start=0, end=len(name.text)), people)
    return [name, *parts[:1]] if len(parts) == 2 else [name]


def _cut_leader(text: str, name: Name, people: list[Name]) -> list[Name]:
    """A name whose words after its last "de/of" are a person the sources name ("Alianza Popular de Rabuka"): the
    party and the person, as two names."""
    cuts = list(_LEADER_CUT.finditer(text, name.start, name.end))
    if not cuts:
        return [name]
    cut = cuts[-1]
    tail = tuple(
        re.sub(r"['’]s?$", "", fold_same(w)) for w in re.findall(r"[^\W\d_][\w'’-]*", text[cut.end() : name.end])
    )
    tail = tuple(w for w in tail if w not in LINKS and w not in NOT_NAMES)
    if not tail or not _known(tail, people):
        return [name]
    head_text = text[name.start : cut.start()]
    head_words = tuple(
        w
        for w in (re.sub(r"['’]s?$", "", fold_same(t)) for t in re.findall(r"[^\W\d_][\w'’-]*", head_text))
        if w not in LINKS
    )
    if not head_words:
        return [name]
    party = replace(name, words=head_words, end=cut.start(), text=head_text, initials="", spelled="")
    leader = replace(name, words=tail, start=cut.end(), text=text[cut.end() : name.end], initials="", spelled="")
    return [party, leader]


# A party's members as a lowercase plural after an article: "los laboristas", "os socialistas", "the liberals".
_GROUP = re.compile(r"\b(?i:the|los|las|os|as)\s+(?P<w>[a-záéíóúâêôãõç]{5,}s)\b")


def _groups(text: str, names: list[Name], people: list[Name]) -> list[Name]:
    """The members of a party of the sources the sentence names by a lowercase plural ("Los laboristas obtuvieron 12
    escaños" of "Labour, led by Ana Ruiz, won 12 seats"), as that party's name."""
    out = []
    for m in _GROUP.finditer(text):
        word = fold_same(m.group("w"))
        if any(n.start <= m.start("w") < n.end for n in names) or word in NOT_NAMES:
            continue
        found = [p for p in people if not p.text.split()[0][:2].isupper() and same_party((word,), p.words)]
        if len({p.words for p in found}) == 1:
            p = found[0]
            out.append(Name(p.words, m.start("w"), m.end("w"), m.group("w"), False, p.initials, p.spelled))
    return out


def renamed(text: str, names: list[Name], sources: list[Name]) -> list[Name]:
    """The sentence's names, each one the sources name in another language or form given the sources' words (and
    initials), a party with its leader split in two; names already in the sources are left as they are."""
    people = [n for n in sources if not n.place]
    if not people:
        return names
    out: list[Name] = []
    for name in names:
        if name.place or _known(name.words, people):
            out.append(name)
            continue
        parts = _cut_leader(text, name, people)
        if len(parts) == 2 and not _known(parts[0].words, people) and _match(text, parts[0], people) is None:
            parts = [name]
        for part in parts:
            other = None if _known(part.words, people) else _match(text, part, people)
            if other is not None:
                part = replace(part, words=other.words, initials=other.initials, spelled=other.spelled)
            out.append(part)
    return sorted(out + _groups(text, out, people), key=lambda n: n.start)
