"""Names in a text (runs of capitalised words, places told apart from people), and binding each share or count
to the contestant it is stated for, clause by clause."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from bot.citations.dates import _MONTHS, _WEEKDAYS
from bot.citations.numbers import _NUMBER_WORDS
from bot.citations.text import fold_same
from bot.i18n import framing_words
from retrieval.extraction.text import WIRE_SOURCE, phrases
from retrieval.extraction.words_counts import STAGE
from retrieval.extraction.words_names import PARTY_DESCRIPTORS, PERSON_DESCRIPTORS
from retrieval.places import find_places
from retrieval.results import ORDINAL_WORDS

# Capitalised words that are not names: function words, titles and common openers of news sentences (data).
NOT_NAMES = (
    frozenset(
        """the a an in on at of by for from to as with and but or if when while after before although though however
    meanwhile both according its it he she they we his her their this that these those there also then since
    during despite under until amid without no neither nor nor some several many most all each other another
    only just still yet more less nearly almost about around over early earlier later final official officials
    preliminary partial results result turnout voters voter electoral election elections presidential runoff
    vote votes ballot ballots polls poll analysts observers authorities critics supporters opposition congress
    senate party parties president presidents former candidate candidates mr mrs ms dr gen sen rep gov st
    president-elect presidente-electo presidenta-electa vice-president vice-presidente vicepresidente vicepresidenta
    ex-president ex-presidente ex-presidenta expresidente expresidenta incumbent prime minister premier chancellor
    governor mayor alcalde alcaldesa prefeito prefeita gobernador gobernadora governador governadora senator senador
    senadora chairman chairwoman mps meps
    el la los las lo un una unos unas con en em segun pero y o tras aunque sin por para del al ante entre desde hasta
    durante sobre su sus este esta estos estas ese esa ademas mientras cuando si ambos resultados resultado
    participacion votantes electores observadores analistas autoridades presidente presidenta candidato
    candidata segunda primera vuelta elecciones eleccion partido congreso senado
    os as um uma com segundo apos sem apesar embora enquanto ambos eleitores participacao turno eleicao
    eleicoes partido no na nos nas do da dos das ao aos pelo pela
    i ii iii
    abstention abstentions abstencion abstencao participation comparecimento counting count tally recount
    voting polling seats escanos cadeiras conteo recuento escrutinio apuracao contagem votacion votacao
    none nobody ningun ninguno ninguna nadie ni nenhum nenhuma ninguem nem
    roughly approximately under cerca alrededor casi aproximadamente unos quase mais menos
    fewer few barely scarcely half apenas solo solamente somente poco pocos pocas pouco poucos poucas mitad metade
    votaron voto acudio acudieron participaron participo concurrieron votaram votou compareceram compareceu
    participaram participou
    aucun aucune nul nulle selon avec dans pour apres avant lors contre chez sans mais dont quand tous toutes toute
    environ personne premier premiere tour liste sieges deputes electeurs votants suffrages voix moins
    sur sous des du au aux et ou depuis pendant parmi vers malgre puis deja encore seulement plus scrutin
    candidat candidats candidate candidates second seconde deuxieme resultats resultat
    never nunca jamas jamais tampoco tampouco tanto ya ja hoy hoje ayer ontem ahora agora entonces entao despues depois
    antes luego
    behind ahead tras atras detras delante foram fueron
    because back across once unless whereas thus hence therefore instead again even besides except beyond among
    between within against toward towards upon exit pres quelque quelques perto sob
    porque pues salvo excepto incluso pois exceto hormis sauf outre parce car donc ainsi pourtant cependant toutefois
    mesmo mismo misma aun ainda tambien tambem meme aussi
    lorsque puisque
    together combined juntos juntas sumados sumadas somados somadas ensemble
    quedaron quedo quedaban quedaria obtuvo obtuvieron obteve obtiveram ficaram ficou ficaria llegaron llego sumo
    sumaron somou somaram terminaron termino terminou terminaram siguen siguio seguiu seguiram
    hay habia habian hubo existen existian havia haviam houve existem existiam""".split()
    )
    | frozenset(_MONTHS)
    | frozenset(_WEEKDAYS)
)
# A count's stage opening a sentence names nobody: "Provisional results gave Guelleh 98.58%", "Preliminary turnout…",
# "Resultados preliminares…" (the result reader's stage words, `retrieval.extraction.words_counts.STAGE`, of one word).
_STAGE_OPENERS = frozenset(p for table in STAGE.values() for p in phrases(table) if " " not in p)
# The State and the Government, capitalised in the titles of their heads ("jefe de Estado", "chefe de Governo", "chef de
# l'État", "head of State"): an office, no name (elsewhere they may be one: "Estado de México").
_STATE = frozenset("estado estados gobierno governo etat state government gouvernement".split())
# A party's member in the singular ("Social Democrat", "Conservative"), the result reader's person words and party
# adjectives (`retrieval.extraction.words_names`): after "The" opening a sentence, a person described, no name.
_MEMBER_WORDS = frozenset((PARTY_DESCRIPTORS + " " + PERSON_DESCRIPTORS).split())
MEMBERS = "|".join(sorted(_MEMBER_WORDS, key=len, reverse=True))
_THE_OPENS = re.compile(r"(^|[—–.:;!?]\s)[\s\"'“‘(]*(?i:the)\s+$")


def _described_member(text: str, tokens: list[re.Match[str]], i: int) -> bool:
    """Whether token i is in "The Social Democrat", "The Conservative", "The Republican" opening a sentence: a run of
    capitalised party adjectives ending on a member (never "-s": "The Social Democrats" is the party) and followed by
    a word in lowercase, the person the sentence before named, so described."""
    j = i
    while (
        j
        and fold_same(tokens[j - 1].group()) in _MEMBER_WORDS
        and not text[tokens[j - 1].end() : tokens[j].start()].strip()
    ):
        j -= 1
    if not _THE_OPENS.search(text, 0, tokens[j].start()):
        return False
    run = []
    for t in tokens[j:]:
        if not t.group()[0].isupper():
            break
        run.append(fold_same(t.group()))
    return bool(run) and len(run) < len(tokens) - j and all(w in _MEMBER_WORDS for w in run)


_HEAD_OF = re.compile(r"\b(?i:jef[ea]s?|chefes?|chefs?|cheffes?|heads?)\s+(?i:de|of)\s+(?i:la\s+|the\s+)?$")
# Words that open a party's name ("Partido Popular"), and the "of" that may follow it with its leader's name.
_PARTY_LEADS = frozenset("partido party".split())
_OF_LEADER = frozenset("de do da".split())
CONNECTORS = frozenset("de del da do dos das la las los y e van von der di du le for".split())
_TOKEN = re.compile(r"[^\W\d_][\w'’\-]*")
# French articles and subject pronouns, a closed class: opening a sentence they name nobody ("Le Parti…", "Elle a
# battu…"); inside one they may be part of a name ("Marine Le Pen", "Des Browne"), so only there.
_FRENCH_OPENERS = frozenset(
    "le les un une des du au aux ce cet cette ces il elle ils elles on son sa ses leur leurs".split()
)
_SENTENCE_OPENS = re.compile(r"(^|[—–.:;!?]\s)[\s\"'“‘¿¡(]*$")
_ADJECTIVE = re.compile(r"\s+([^\W\d_A-Z][\w-]{3,})\b")
_ELISION = re.compile(r"(?<![\w'’])[LlDd]['’](?=[^\W\d_])")


@dataclass
class Name:
    words: tuple[str, ...]  # folded, possessive removed
    start: int
    end: int
    text: str
    place: bool = False
    initials: str = ""  # "anc" for "African National Congress": the acronym the name may go by
    spelled: str = ""  # "rfp" for "Revolution for Prosperity": initials with the linking words inside the name


def _counting_opens(text: str, m: re.Match[str]) -> bool:
    """Whether a sentence opens with a number or ordinal word that counts or orders what follows in lowercase
    ("Three in four voters…", "Two-thirds of…", "First-round turnout…"): no name. One followed by a capitalised word
    may open a name ("Five Star Movement")."""
    parts = fold_same(m.group()).split("-")
    if parts[0] not in _NUMBER_WORDS and parts[0] not in ORDINAL_WORDS:
        return False
    if len(parts) > 1:
        return m.group().split("-")[1][:1].islower()
    after = re.match(r"\s+([^\W\d_])", text[m.end() :])
    return bool(after and after.group(1).islower())


# "Alianza por el Cambio", "Frente para la Victoria", "Aliança pela Mudança": a party's name goes on past "for" and
# its article when it opens with a party's head noun (never a person's: "Sánchez para el PSOE" is two names).
_PURPOSE = frozenset("por para pela pelo pelas pelos pour".split())
_ARTICLE = frozenset("el la los las o a os as le les".split())


def _purpose_goes_on(run: list[re.Match[str]], lead: list[str], tokens: list[re.Match[str]], i: int) -> bool:
    """Whether token `i` links a party's name holding a head noun to its next capitalised word ("Alianza por el
    Cambio", "Alliance of Change": "of" only right after the head)."""
    heads = [fold_same(w) for w in lead[-1:] + [m.group() for m in run]]
    if not any(h in _ORG_WORDS for h in heads):
        return False
    word = fold_same(tokens[i].group())
    if word == "of" and heads[-1] in _ORG_WORDS:  # never before a place ("the Democratic Party of Kosovo")
        nxt = [t.group() for t in tokens[i + 1 : i + 3]]
        nxt = nxt[1:] if nxt[:1] == ["the"] else nxt
        return bool(nxt) and nxt[0][0].isupper() and not _names_place(nxt[0])
    if word == "the" and i > 1 and tokens[i - 1].group() == "of" and fold_same(tokens[i - 2].group()) in _ORG_WORDS:
        return i + 1 < len(tokens) and tokens[i + 1].group()[0].isupper() and not _names_place(tokens[i + 1].group())
    after = [fold_same(t.group()) for t in tokens[i + 1 : i + 3]]
    if word in _PURPOSE:
        return bool(after) and (after[0] in _ARTICLE or tokens[i + 1].group()[0].isupper())
    before = fold_same(tokens[i - 1].group()) if i else ""
    return word in _ARTICLE and before in _PURPOSE and i + 1 < len(tokens) and tokens[i + 1].group()[0].isupper()


def _possessive(word: str) -> str:
    if "'" not in word and "’" not in word:
        return word  # (most words: no pattern run at all, ~250,000 calls in a slow tenth of the answers)
    return _POSSESSIVE.sub("", word)


_POSSESSIVE = re.compile(r"['’]s?$")


def names_in(text: str, common: frozenset[str] = frozenset()) -> list[Name]:
    """Runs of capitalised words ("José Antonio Brandt", "Vera's", "Santiago de Chile"), function words and
    titles aside. The sentence's first word counts only when it is not a known common word (`common`: words
    the cited passages use in lowercase). A fresh copy of each: claims rewrite them, and one answer reads the
    same passages and sentences many times over (source preparation, claims, verifiers), so the reading is done
    once per text."""
    return [_fresh(n) for n in _read_names(text, _consulted(text, common))]


_NO_WORDS: frozenset[str] = frozenset()


def _consulted(text: str, common: frozenset[str]) -> frozenset[str]:
    """The part of `common` the reading can consult: only the text's first word is looked up in it (a name opening
    the text may be a common word), so the reading is cached by whether that word is common, not by the whole set
    (the check passes each sentence its citations' lowercase words: a different set nearly every time)."""
    if not common:
        return _NO_WORDS
    first = _first_word(text)
    return frozenset((first,)) if first is not None and first in common else _NO_WORDS


@lru_cache(maxsize=8192)
def _first_word(text: str) -> str | None:
    """The first token `_read_names` reads, folded as it looks it up in `common`."""
    m = _TOKEN.search(_ELISION.sub(lambda e: " " * len(e.group()), text))
    return _possessive(fold_same(m.group())) if m else None


def _fresh(name: Name) -> Name:
    """A copy of a name, its fields copied as they are (`dataclasses.replace` runs `__init__`: four times slower)."""
    copy = object.__new__(Name)
    copy.__dict__.update(name.__dict__)
    return copy


@lru_cache(maxsize=8192)
def _read_names(text: str, common: frozenset[str]) -> tuple[Name, ...]:
    out: list[Name] = []
    # a French elided article or preposition is no part of the name after it ("L'Union", "d'Anne Ferrand") nor
    # makes a common word one ("L'abstention"): blanked, offsets kept
    original, text = text, _ELISION.sub(lambda m: " " * len(m.group()), text)
    tokens = list(_TOKEN.finditer(text))
    run: list[re.Match[str]] = []
    lead: list[str] = []  # capitalised common words just before the run ("Partido" of "Partido Acción Nacional")

    def flush() -> None:
        while run and fold_same(run[-1].group()) in CONNECTORS:
            run.pop()
        # "Nogueira e Salles", "Duarte y Hernández": two names, unless the whole is one place ("Trinidad y Tobago")
        joins = [k for k, m in enumerate(run) if fold_same(m.group()) in _AND and 0 < k < len(run) - 1]
        if joins and not find_places(text[run[0].start() : run[-1].end()]):
            rest = run[joins[0] + 1 :]
            del run[joins[0] :]
            flush()
            run.extend(rest)
        # "in Namibia Nandi-Ndaitwah won", "en la provincia de Valdemoro Unión Norte se impuso": a place after a
        # preposition, then a name with no comma between: two names
        if len(run) > 1 and _PLACE_BEFORE.search(fold_same(text[max(0, run[0].start() - 24) : run[0].start()])):
            cut = next(
                (
                    k
                    for k in range(1, len(run))
                    if fold_same(run[k].group()) not in CONNECTORS
                    and fold_same(run[k - 1].group()) not in CONNECTORS
                    and find_places(text[run[0].start() : run[k - 1].end()])
                    and not all(_names_place(m.group()) for m in run[k:] if fold_same(m.group()) not in CONNECTORS)
                ),
                None,
            )
            if cut is not None:
                rest = run[cut:]
                del run[cut:]
                flush()
                run.extend(rest)
        # "Partido Popular de Alberto Núñez Ferreiró": a party named after its lead word, then "de" and its leader's
        # full name (two or more capitalised words, no article, no place): two names, the party and the person
        if lead and fold_same(lead[-1]) in _PARTY_LEADS:
            cut = next((k for k, m in enumerate(run) if 0 < k and fold_same(m.group()) in _OF_LEADER), None)
            rest = run[cut + 1 :] if cut is not None else []
            if (
                len(rest) >= 2
                and all(m.group()[0].isupper() and fold_same(m.group()) not in CONNECTORS for m in rest[:2])
                and not find_places(text[rest[0].start() : rest[-1].end()])
            ):
                del run[cut:]
                flush()
                run.extend(rest)
        words = tuple(
            w
            for m in run
            for w in [_possessive(fold_same(m.group()))]
            if w not in CONNECTORS and (w not in NOT_NAMES or _month_is_name(text, m, w)) and len(w) > 1
        )
        if words:
            phrase = text[run[0].start() : run[-1].end()]
            own = [
                m.group()
                for m in run
                if fold_same(m.group()) not in CONNECTORS and _possessive(fold_same(m.group())) not in NOT_NAMES
            ]
            # A place: every word names a place ("Chile"), or the whole run is one place name whose words
            # name none on their own ("Santa Catarina", "Costa Rica"), never a person ("Santiago Pérez").
            probe = re.sub(r"\S+-\S+", lambda h: h.group() if _names_place(h.group()) else "_", phrase)
            place = bool(find_places(probe)) and (
                all(_names_place(w) for w in own) or (len(own) > 1 and not any(_names_place(w) for w in own))
            )
            # a party or a front named after a place is a contestant ("Tasmania People's Party", "Frente Cívico
            # de Navarra", "United Tasmania" stays a place only with no such word)
            place = place and not any(_possessive(fold_same(m.group())) in _ORG_WORDS for m in run)
            place = place or _dateline(text, run[0].start(), run[-1].end())
            # an office of a place ("la Alcaldía de Bogotá", "a Prefeitura de Curitiba"): what is won, nobody
            place = place or (fold_same(run[0].group()) in _OFFICES and bool(find_places(phrase)))
            capitals = lead + [m.group() for m in run if m.group()[0].isupper()]
            initials = fold_same("".join(w[0] for w in capitals)) if len(capitals) > 1 else ""
            spelled = fold_same("".join(m.group()[0] for m in run)) if len(run) > len(capitals) - len(lead) else ""
            if (
                not spelled
                and fold_same(run[-1].group()) in _ORG_WORDS
                and (adj := _ADJECTIVE.match(text, run[-1].end()))
            ):
                # "Parti socialiste" is the PS, "Rassemblement national" the RN: a French party's lowercase adjective
                # is in its initials
                heads = [
                    m.group() for m in run if m.group()[0].isupper() and fold_same(m.group()) not in _FRENCH_OPENERS
                ]
                spelled = fold_same("".join(w[0] for w in heads) + adj.group(1)[0])
            spelled = _french_spelled(run) or spelled
            out.append(Name(words, run[0].start(), run[-1].end(), phrase, place, initials, spelled))
        run.clear()
        lead.clear()

    for i, m in enumerate(tokens):
        word = m.group()
        folded = _possessive(fold_same(word))
        gap = text[tokens[i - 1].end() : m.start()] if i else ""
        # "Liberal–National Coalition": an en dash between two capitalised words, no space, joins one name
        if gap.strip() not in ("", "-") and not (gap == "–" and word[0].isupper()):
            flush() if run else lead.clear()
        if word[0].isupper():
            at_start = not text[: m.start()].strip(" \"'“‘¿¡(")
            if folded in _ARTICLES:
                flush()
                continue
            if folded in _FRENCH_OPENERS and not run and _SENTENCE_OPENS.search(text, 0, m.start()):
                lead.append(word)  # "— Le Parti…", ". Les Républicains…": an article opening a sentence
                continue
            if at_start and (
                (folded in NOT_NAMES and not _month_is_name(text, m, folded))
                or folded in common
                or folded in framing_words()
                or folded in _STAGE_OPENERS
                or _participle_opens(fold_same(text[m.start() :]))
                or _CLITIC_AFTER.search(word)  # "Absteve-se 33,8%…": a verb with its clitic, no name
                or _counting_opens(text, m)
            ):
                flush()
                lead.append(word)
                continue
            if folded in NOT_NAMES and not run and not _month_is_name(text, m, folded):
                lead.append(word)
                continue
            if not run and _described_member(text, tokens, i):
                lead.append(word)  # "… Milanović won. The Social Democrat drew 1,033,000 votes": him, described
                continue
            if folded in _STATE and not run and _HEAD_OF.search(text, max(0, m.start() - 24), m.start()):
                lead.append(word)  # "jefe de Estado", "chef de l'État", "head of Government": an office, no name
                continue
            run.append(m)
            # "Chile's Brandt": a possessive ends a name, unless it opens a party's ("People's Party")
            ahead = [t.group() for t in tokens[i + 1 : i + 4]]
            if (
                re.search(r"['’]s?$", word)
                and not (
                    folded in _ORG_OWNERS  # "People's Progressive Party": the head may come a word or two later
                    and any(
                        t in _ORG_HEADS for t in ahead[: next((k for k, t in enumerate(ahead) if t[0].islower()), 3)]
                    )
                )
            ):
                flush()
        elif run and folded in CONNECTORS and not (folded == "for" and len(run) == 1 and run[0].group().isupper()):
            run.append(m)  # (an acronym is a whole name: "the pollster SORA for the broadcaster ORF" is two)
        elif run and _purpose_goes_on(run, lead, tokens, i):
            run.append(m)
        elif run and _french_adjective(original, run, folded):
            run.append(m)
        else:
            flush()
    flush()
    out = _quoted(text, out)
    wire = WIRE_SOURCE.match(text) or _AGENCY_DATELINE.match(text)
    for n in out:  # "SAN ALDO DEL MAR, Norland, Mar 3 (Coastline Wire) - …", "CONAKRY, 31 décembre (Presse du Golfe
        # de Guinée) - …", "KESTRELTON (Granite Coast Wire) — …": where and by whom, nobody's figure
        n.place = n.place or bool(wire and n.end <= wire.end())
    return tuple(out)


# A short capitalised phrase in quotes or guillemets: a referendum's option or a party's name ("la opción «En contra»",
# "el «A favor»", "o «Aurora»"), a contestant whatever its words (a quotation is longer); never a bare yes or no.
_QUOTED = re.compile(r"[«“\"](?P<q>[^\W\d_][\w'’-]*(?:\s+[\w'’-]+){0,2})[»”\"]")


_YES_NO = frozenset("yes si sim nao oui".split())


def _quoted(text: str, names: list[Name]) -> list[Name]:
    """The names with the quoted ones (`_QUOTED`) in place of any name found inside them."""
    found = []
    for m in _QUOTED.finditer(text):
        if not m.group("q")[0].isupper():
            continue
        words = tuple(_possessive(fold_same(w)) for w in m.group("q").split())
        if all(w in NOT_NAMES or w in _YES_NO for w in words):
            continue  # a bare «Sí», «No», "Yes": the passages often write the option unquoted, as a common word
        found.append(Name(words, m.start("q"), m.end("q"), m.group("q")))
    if not found:
        return names
    kept = [n for n in names if not any(q.start <= n.start < q.end for q in found)]
    return sorted(kept + found, key=lambda n: n.start)


# Offices of a place, won and never winning (en, es, pt): "Bogotá's mayoralty" is "la Alcaldía de Bogotá".
_OFFICES = frozenset(
    """alcaldia alcaldía prefeitura intendencia gobernacion governadoria governorship mayoralty presidencia
    presidency jefatura""".split()
)


# Head words of a party's or a front's name: a run holding one is no place, whatever place it names.
_ORG_WORDS = frozenset(
    """party partido parti congress congreso congresso alliance alianza alianca front frente movement movimiento
    movimento league liga coalition coalicion coligacao bloc bloque bloco union uniao rassemblement mouvement
    liste federation""".split()
)


# French writes a party's or a body's name as its capitalised head and lowercase adjectives ("le Parti socialiste",
# "la Cour constitutionnelle", "l'Assemblée nationale", "du Congrès national africain"): the heads, and the endings of
# the adjectives those names are made of (never of a verb: "le Parti obtient", "le Front a"), folded.
_FRENCH_HEADS = _ORG_WORDS | frozenset(
    """cour conseil assemblee commission instance tribunal parlement senat chambre congres ligue""".split()
)
_FRENCH_ADJECTIVE = re.compile(
    r"[a-z]{2,}(istes?|ale?s?|aux|aires?|iques?|elles?|els?|aines?|ains?|iennes?|iens?|crates?|eurs?|antes?|ants?|"
    r"aises?|ais|eme)"
)
_FRENCH_ARTICLE = re.compile(r"(?:\b(?:le|la|les|du|des|au|aux)\s+|\b[ld]['’])$", re.IGNORECASE)


def _french_adjective(text: str, run: list[re.Match[str]], word: str) -> bool:
    """Whether a lowercase word goes on a French name: an adjective (by its ending) after a head noun, or after such
    an adjective, the name opened by a French article ("le Parti socialiste", "la Cour suprême")."""
    heads = [k for k, m in enumerate(run) if _possessive(fold_same(m.group())) in _FRENCH_HEADS]
    if not heads or any(m.group()[0].isupper() for m in run[heads[-1] + 1 :]) or len(run) - heads[-1] > 2:
        return False
    before = text[max(0, run[heads[0]].start() - 6) : run[heads[0]].start()] if heads[0] == 0 else ""
    return bool(_FRENCH_ADJECTIVE.fullmatch(word) and _FRENCH_ARTICLE.search(before))


def _french_spelled(run: list[re.Match[str]]) -> str:
    """A French name's head and its lowercase adjectives spelled ("Parti socialiste de Marc Olivier" is the PS)."""
    for k, m in enumerate(run[:-1]):
        if _possessive(fold_same(m.group())) in _FRENCH_HEADS and run[k + 1].group()[0].islower():
            words = [m]
            for w in run[k + 1 :]:
                if w.group()[0].isupper() or not _FRENCH_ADJECTIVE.fullmatch(fold_same(w.group())):
                    break
                words.append(w)
            return fold_same("".join(w.group()[0] for w in words)) if len(words) > 1 else ""
    return ""


# A possessive that opens a party's name rather than ending a name: "People's Party", "Workers' Party".
_ORG_OWNERS = frozenset("people peoples worker workers citizen citizens farmer farmers nation nations".split())
_ORG_HEADS = frozenset("Party Alliance Front Movement Congress Action Union League Coalition Power Voice".split())


# A dateline's city in capitals and the agency in brackets after it: "KESTRELTON (Granite Coast Wire) — …".
_AGENCY_DATELINE = re.compile(r"\s*[A-ZÁÉÍÓÚÃÕÇ][A-ZÁÉÍÓÚÃÕÇ .'-]+\s*\([^)]{1,40}\)\s*[—–-]\s")


# A dateline: capitals opening the passage, then a dash (an agency in brackets may come between) and the text.
_DATELINE_AFTER = re.compile(
    r"\s*(\([^)]{1,20}\)\s*)?[—–-]\s+[^\W\d_]"
    # a wire dateline: "SANTIAGO DE COMPOSTELA, Spain, Feb 19 (Meridian Wire) - …"
    r"|,\s+[A-Z][^,]{1,30},\s+[A-Z][a-z]{2,9}\.?\s+\d{1,2}\s+\([^)]{1,40}\)\s*[—–-]\s"
)


def _dateline(text: str, start: int, end: int) -> bool:
    """The run is where the report was filed ("VALDORA — O Partido Azul…"), a place whether or not the gazetteer
    knows it, and nobody who holds a figure. Only capitals opening the passage, followed by a dash and words (a
    results list "PSOE – 31 %" is a party with its share), or by a wire's country, date and name ("SANTIAGO DE
    COMPOSTELA, Spain, Feb 19 (Meridian Wire) - …")."""
    phrase = text[start:end]
    return (
        not re.sub(r"^\s*(LA|EL|LAS|LOS|LE|THE|O|A|OS|AS)\s+", "", text[:start]).strip(" \"'“‘")  # "LA RIBERA —"
        and phrase.isupper()
        and any(len(w) > 1 for w in phrase.split())
        and bool(_DATELINE_AFTER.match(text, end))
    )


def _names_place(word: str) -> bool:
    """Whether a capitalised word names a place. A hyphenated word does when each part does or the whole names
    a place none of its parts names alone ("Guinea-Bissau", "Timor-Leste"), never because one part is a place's
    name ("Kandji-Ndoye" is a double surname, whatever Kandji is)."""
    found = find_places(word)
    parts = [p for p in word.split("-") if p]
    if not found or len(parts) < 2:
        return bool(found)
    return all(find_places(p) for p in parts) or all(find_places(p) != found for p in parts)


# A clitic hyphenated to a verb ("Elegeu-se"): the word before is a verb, not a name.
_CLITIC_AFTER = re.compile(r"\w-(se|lhe|lhes|o|a|os|as|me|nos|te)$")

_PLACE_BEFORE = re.compile(
    r"(^|[^\w\s]\s*|\b(and|y|e)\s+)(in|en|em)\s+$"
    r"|\b(province|state|region|city|provincia|estado|departamento|municipio|region|ciudad|cidade)\s+(of|de|do|da)\s+$"
)
_ARTICLES = frozenset("the a an el la los las lo un una o os as um uma".split())
# Participles and gerunds that open a news sentence (data, en/es/pt): a word table, never a suffix, since surnames
# end the same way ("Ahmed", "Estrada", "Almeida", "Fleming").
_EN_PARTICIPLES = """held holding won winning chosen choosing beaten beating given taken taking finished finishing
    trailed trailing led leading followed following came coming ran running placed ended ending elected re-elected
    defeated counted counting announced announcing published released speaking spoken voting scheduled postponed
    called calling certified declared reported reporting tallied conducted conceded conceding lost losing facing
    faced seeking sought backed running campaigning challenged challenging asked asking speaking written writing
    based compared comparing including excluding having being buoyed boosted hit hurt weakened strengthened
    supported opposed polled polling ranked ranking expected forced forcing""".split()
# Spanish and Portuguese participles and gerunds, in both genders and numbers from these stems.
_ROMANCE_ADO = """celebr realiz disput convoc derrot gan situ ubic coloc cont escrut apur public anunci proclam vot
    termin qued fic certific confirm declar program aplaz adi registr consult llam cham respald apoi impuls lastr
    marc preced acompanh acompan compar ampar"""
_ROMANCE_IDO = "elegid reelegid obtid obtenid seguid perdid vencid conocid conhecid reunid dirigid sucedid"
_ROMANCE_GERUNDS = """celebrando realizando disputando terminando quedando ficando obteniendo obtendo siguiendo
    seguindo ganando ganhando perdiendo perdendo liderando encabezando compitiendo concorrendo votando contando
    apurando sumando somando alcanzando alcancando arrastrando"""
PARTICIPLES = frozenset(
    _EN_PARTICIPLES
    + [stem + end for stem in _ROMANCE_ADO.split() for end in ("ado", "ada", "ados", "adas")]
    + [stem + end for stem in _ROMANCE_IDO.split() for end in ("o", "a", "os", "as")]
    + "eleito eleita eleitos eleitas reeleito reeleita ganho ganha electo electa".split()
    + _ROMANCE_GERUNDS.split()
)
# A sentence opening with one of them and a preposition or article ("Finishing behind X, …", "Held on 5 May, …",
# "Celebrada el domingo, …", "Realizada a 5 de setembro, …") opens with a verb, not a name.
_PARTICIPLE_OPENER = re.compile(
    r"(?P<verb>[^\W\d_][\w-]*)\s+(on|in|at|behind|ahead|after|before|with|by|from|over|as|to|the|a|an|el|la|los|las|"
    r"en|con|por|tras|em|com|no|na|nos|nas|pelo|pela|apos)\b"
)


def _participle_opens(folded: str) -> bool:
    """Whether a (folded) sentence opens with a participle of the table and a preposition or article."""
    m = _PARTICIPLE_OPENER.match(folded)
    return bool(m and m.group("verb") in PARTICIPLES)


_AND = frozenset(("y", "e"))


def _month_is_name(text: str, m: re.Match[str], folded: str) -> bool:
    """A month word with no day or year beside it and no preposition before it is a name ("Marco won",
    "Julio Borges", "Theresa May"): "in March", "14 de julio", "May 2025" are dates."""
    if folded not in _MONTHS:
        return False
    before, after = fold_same(text[max(0, m.start() - 12) : m.start()]), text[m.end() : m.end() + 10]
    if re.search(r"\d", before) or re.match(r"\s*(,\s*)?(de\s+|del\s+)?\d", after):
        return False
    return not re.search(
        r"\b(in|on|since|by|until|of|early|late|mid|last|next|this|en|de|desde|hasta|em|ate|no|"
        r"ano|mes|month|el|o)\s+$",
        before,
    )


# A party and its leader named together: "El PSOE de Pedro Ortega", "A AD, coligação de Luís Meireles", "Owen
# Hartley's Labour Party", "Labour, led by Owen Hartley", "Sandra Quintana, de la UNE", "Zeca (PT)".
_LINK = re.compile(
    r"\s+(de|do|da|del)\s+"
    r"|,\s+((a|the|la|el|o|un|una|um|uma)\s+)?(coligacao|coalicion|coalition|partido|party|alianza|alianca|alliance|"
    r"frente|front|movimiento|movimento|movement|formacion|formacao|bloc|bloque|bloco)\s+(de|do|da|del|of|led by)\s+"
    r"|,?\s+(led|headed|founded) by\s+|,?\s+(liderad[oa]|encabezad[oa]|chefiad[oa]|fundad[oa]) por\s+"
    r"|,?\s+(menee?s?|dirigee?s?|conduite?s?|fondee?s?) par\s+(le |la |l['’])?(\w+ ){0,2}?"
    r"|,\s+(of|from|de|del|do|da)\s+(the |la |el |o |a )?"
    r"|\s*\(\s*"
    # the party's leader named after it in its own clause: "The Coalition fell to 43 seats, and its leader, Ann Lee, …",
    # "el PSOE, cuyo líder, Juan Ruiz, …", "o PS bajou, e o seu líder, Rui Faria, …"
    r"|[^.;()]{0,60}?\b(its|whose|su|cuyo|cuya|seu|sua|o seu|a sua)\s+(leader|lider|jefe|chefe|dirigente)\s*,?\s*"
)


# A party's candidate named in apposition: "El candidato del Partido Liberal, Andrés Vélez, …", "O candidato do
# Movimento Popular, Jorge Salvado, …", "the Liberal Party's candidate, Ann Vel, …": the person runs for the party.
_CANDIDATE_OF = re.compile(
    r"\b(candidate|nominee|leader|candidat[oa]?|aspirante|abanderad[oa]|lider|jefe|chefe|chef|dirigente|dirigeant)"
    r"\s+(of|for|del|de|do|da|por|du|des|pour)\s+"
    r"(the\s+|la\s+|el\s+|o\s+|a\s+)?((partido|party|movimiento|movimento|movement|frente|front|alianza|alianca|"
    r"alliance|coalicion|coligacao|coalition|bloque|bloco|bloc|union|uniao)\s+)?$"
)
_CANDIDATE_AFTER = re.compile(r"(['’]s?)?\s+(candidate|nominee|leader|chief|head)\s*,\s*")


def linked(text: str, names: list[Name]) -> list[tuple[Name, Name]]:
    """Pairs of a party and its leader (either way round) that the text names together, next to each other: what
    is stated of the party may be said of its leader and the reverse ("Montenegro won 32.1%" of "A AD, coligação de
    Luís Meireles, venceu com 32,10%"). Places are never linked ("Santiago de Chile")."""
    people = [n for n in names if not n.place]
    out = []
    for a, b in pairwise(people):
        gap = text[a.end : b.start]
        # "Owen Hartley's Labour Party", "Milei's La Libertad Avanza"
        if re.search(r"['’]s?$", text[a.start : a.end]) and re.fullmatch(
            r" ((the|la|el|los|las|o|a|os|as) )?", gap.lower()
        ):
            out.append((a, b))
        elif _LINK.fullmatch(fold_same(gap)):
            out.append((a, b))
        elif a.words and a.words[-1] in _ORG_WORDS and _ADJECTIVE_OF.fullmatch(gap):
            out.append((a, b))  # "le Parti socialiste de Marc Olivier": a French party's name ends in lowercase
        elif (
            re.fullmatch(r"\s*,\s*", gap) and _CANDIDATE_OF.search(fold_same(text[max(0, a.start - 40) : a.start]))
        ) or (
            _CANDIDATE_AFTER.fullmatch(fold_same(gap))
            and (gap[:1] in "'’" or re.search(r"['’]s?$", text[a.start : a.end]))
        ):
            out.append((a, b))
    return out


# A French party's name is its head noun and a lowercase adjective ("Parti socialiste", "Rassemblement national"),
# so its leader comes after the adjective: "…socialiste de Marc Olivier".
_ADJECTIVE_OF = re.compile(r"\s+[^\W\d_A-Z][\w-]*\s+(de|du|d['’])\s*")


def _ids(name: Name) -> set[str]:
    """The words a contestant may be referred to by: those of its name, and its initials ("ANC")."""
    return set(name.words) | {i for i in (name.initials, name.spelled) if i}
