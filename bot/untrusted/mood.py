"""The mood and person of a clause, read from verb morphology and small per-language tables, not from phrases.

News prose in its own voice states in the third person. Forms it never takes outside a quote:
- French second-person plural opening a clause ("Indiquez que…", "Écrivez-le :", "Veuillez noter…", "Retenez le
  chiffre"): the imperative, or "vous" told what to do. It is read from the ending -ez (and the two irregular
  imperatives "dites", "faites"), in a French sentence, when an object, a clitic or an infinitive follows, or in
  any sentence when "que" follows (a language guess on a short sentence may miss French): a surname in -ez
  ("Sanchez a obtenu…", "Martínez, élu…") goes on with its own verb or a comma, never with "que".
- an infinitive of saying opening a clause with "que", or after a label's colon with its object ("écrire que la
  participation était de 48,8 %", "Indicar que X ganó…", "Observações: considerar X vencedor…"): the
  infinitive-as-command of forms, briefs and instructions (es, pt, fr), when it hands out a result. The same
  infinitive as a subject ("Decir que X ganó es exagerado", "Affirmer que… serait faux") goes on to its own finite
  verb, so a clause with a copula or a verb of judging after it is a statement.
- an order after a vocative: a sentence opening with whom it speaks to, a reader or a crowd who is no person in the
  story ("Lecteurs, sachez que…", "Readers, remember that…", "Amigos, recuerden…", "Everyone please remember…"),
  then an imperative. Voters and poll workers are people of the story, told what to do in service notes (`people`).
- a Spanish "vos" imperative ("Contá que…"), read from its stressed final -á (never the future's -rá).
`ADDRESSED` is the table of second-person pronouns and possessives per language, `ADDRESSEES` that of the nouns one
calls a reader or a crowd by.

Cannot: read a French imperative in -ons ("Retenons que…" is also the writer's own remark, as "Rappelons que…"), nor
an order given with a verb outside these forms.
"""

from __future__ import annotations

import re

from retrieval.question.language import detect_language

# Second-person pronouns and possessives (folded) per language: a news report speaks about people, not to the
# person reading it.
ADDRESSED: dict[str, frozenset[str]] = {
    "en": frozenset("you your yours yourself yourselves you're you'll you've you'd ye thee thou thy thine".split()),
    "es": frozenset("usted ustedes tu tus ti contigo vosotros vosotras te vuestro vuestra vos".split()),
    "pt": frozenset("voce voces teu tua teus tuas contigo vos".split()),
    "fr": frozenset("vous votre toi".split()),
}
# Pronouns whose accent is part of the word: folded, "voce"/"voces" are also Italian "voce" and Spanish "voces"
# (voice, voices), so they are the pronoun only as written with it ("você", "vocês").
ACCENTED_PRONOUNS: dict[str, str] = {"voce": "você", "voces": "vocês"}
# Nouns a sentence calls a reader or a crowd by (folded), after an optional greeting: a vocative.
ADDRESSEES: dict[str, frozenset[str]] = {
    "en": frozenset(
        "reader readers everyone everybody folks friends people users subscribers viewers listeners".split()
    ),
    "es": frozenset(
        "lector lectores lectora lectoras amigos amigas todos todas gente usuarios suscriptores oyentes".split()
    ),
    "pt": frozenset(
        "leitor leitores leitora leitoras amigos amigas todos todas gente pessoal usuarios assinantes".split()
    ),
    "fr": frozenset("lecteur lecteurs lectrice lectrices amis amies tous internautes abonnes auditeurs".split()),
    # spoken vocatives of a voice note or a chain message ("che, decile…", "mano, fala…", "galera, espalha…")
    "spoken": frozenset("che mano tche galera chicos chicas hermano hermana amigo amiga loco mana manos".split()),
}
_GREETINGS = (
    r"(dear|hey|hi|hello|querid[oa]s?|estimad[oa]s?|car[oa]s?|cher|chere|chers|cheres|oye|oigan|ei|ola|hola|o|ô)"
)
_VOCATIVE = re.compile(
    rf"^\W*({_GREETINGS}\s+)?(my\s+|mis\s+|meus\s+|mes\s+)?"
    rf"({'|'.join(sorted(w for ws in ADDRESSEES.values() for w in ws))})"
    r"(\s*[,:!]\s*|\s+(?=(please|kindly|por favor|s'il vous plait)\b))"
)


def vocative_end(prepared: str) -> int | None:
    """Where a vocative opening the folded sentence ends ("Lecteurs, ", "Everyone "), or None."""
    m = _VOCATIVE.match(prepared)
    return m.end() if m else None


# Spanish "vos" imperative: a stressed final -á ("contá", "avisá", "mirá", "pasá"), never the future's -rá, before
# what an order takes ("contá que…", "avisá a todos", "mirá, …") or ending its clause.
_VOSEO = re.compile(r"^[a-záéíóúñ]{2,}(?<!r)á$", re.IGNORECASE)
_VOSEO_NOT_VERBS = frozenset("esta ojala aca alla mama papa sofa ya".split())
_VOSEO_AFTER = re.compile(
    r"^(\s*([,.!?»”\"]|$)|\s+(que|a|al|lo|la|los|las|le|les|me|nos|esto|eso|todo|bien|ya|aca|aqui)\b)"
)

_CLITIC_OR_QUE = frozenset("que lo la los las le les me nos".split())


def spanish_voseo(raw: str, after: str, sentence: str) -> bool:
    """Whether `raw` (as written, opening a clause) is a "vos" imperative in a Spanish sentence; `after` is the text
    after it. A place in -á ("Panamá", "Bogotá") is capitalised and goes on with its own verb."""
    if not _VOSEO.match(raw) or raw.lower().replace("á", "a") in _VOSEO_NOT_VERBS:
        return False
    follows = _VOSEO_AFTER.match(after)
    if follows is None or (raw[:1].isupper() and follows.group(3) not in _CLITIC_OR_QUE):  # "Panamá a las urnas"
        return False
    return detect_language(sentence, "en") == "es"


# What may follow a French imperative: an object, an adverb, "que", a preposition of whom it is said to. After a
# capitalised word opening the sentence, a clitic ("le", "la", "en") or "a" is left out: "Martinez la remporte",
# "Sanchez a obtenu" go on with a surname's own verb.
_FR_AFTER = frozenset(
    "que qu un une des du ce cette ces cet bien toujours seulement uniquement donc plutot desormais simplement "
    "notre nos tout tous au aux jamais pas".split()
)
_FR_AFTER_LOWER = _FR_AFTER | frozenset("le la les l a en y ne leur leurs nous lui moi".split())
_BREAK = re.compile(r"[;:—–]")
_FR_IRREGULAR = frozenset("dites faites".split())
_FR_NOT_VERBS = frozenset("chez assez nez rez".split())
_FR_INFINITIVE = re.compile(r"^[a-z]{2,}(er|ir|re)$")


def french_imperative(word: str, after: str, raw: str, sentence: str) -> bool:
    """Whether `word` (folded, opening a clause) is a French imperative or second-person plural: -ez or "dites"/
    "faites", then an object, a clitic ("Dites-le"), "que" or an infinitive ("Veuillez noter"), in a French
    sentence. `after` is the folded text after the word; `raw` the word as written (a Spanish accent is a surname)."""
    if not (word in _FR_IRREGULAR or (len(word) >= 5 and word.endswith("ez") and word not in _FR_NOT_VERBS)):
        return False
    if re.search(r"[áíóú]", raw):
        return False
    # "que" or "pas" straight after an -ez word opening a clause is the French imperative in any sentence (a surname
    # goes on with its own verb or a comma); other objects need a French sentence, which short ones may not read as
    if not re.match(r"\s+(qu(e\b|')|pas\b)", after) and detect_language(sentence, "en") != "fr":
        return False
    if after.startswith("-"):  # "Dites-le", "Indiquez-leur"
        return True
    nxt = re.match(r"\s+([a-z]+)", after)
    follows = _FR_AFTER_LOWER if raw[:1].islower() else _FR_AFTER
    return bool(nxt and (nxt.group(1) in follows or _FR_INFINITIVE.match(nxt.group(1))))


# Italian second-person plural ("voi") in -ate/-ete/-ite opening a clause straight before "che": no form of en/es/pt/fr
# ends so before "che", and the voi imperative and present both address whoever reads ("Riferite che…", "Non
# menzionate che…"); a participle ("annullate") follows its noun and opens no clause.
_IT_VOI = re.compile(r"^[a-z]{3,}(ate|ete|ite)$")


def italian_imperative(word: str, after: str) -> bool:
    """Whether `word` (folded, opening a clause) is an Italian second-person plural with "che" after it."""
    return bool(_IT_VOI.match(word) and re.match(r"\s+che\b", after))


def german_imperative(raw_words: list[str], i: int) -> bool:
    """Whether the clause opens with a verb then "Sie" as written: the German polite imperative or a question to the
    reader ("Geben Sie an, dass…", "Schreiben Sie…"); "Sie" opening a clause is "they", and no other language read
    writes it."""
    return i + 1 < len(raw_words) and raw_words[i + 1] == "Sie" and raw_words[i][:1].isalpha()


# Verbs of saying, writing or showing (folded infinitives, es, pt, fr): what an instruction tells its reader to put in
# writing.
SAYING_INFINITIVES: tuple[str, ...] = tuple(
    """decir dizer dire ecrire escribir escrever afirmar affirmer indicar indiquer informar informer senalar signaler
    reportar rapporter declarar declarer responder repondre mencionar mentionner asegurar assegurar assurer presentar
    apresentar presenter anunciar annoncer consignar registrar noter anotar precisar preciser confirmar confirmer
    repetir repeter destacar souligner sublinhar subrayar retenir retener reter mostrar montrer afficher considerar
    considerer tratar traiter redactar redigir rediger""".split()
)
# The Spanish "vosotros" imperative of a verb of saying: the infinitive's -r as -d ("decid", "repetid", "informad").
# Only -ar and -ir verbs: an -er one would give English past forms ("responded", "noted").
VOSOTROS_OF_SAYING: frozenset[str] = frozenset(f"{v[:-1]}d" for v in SAYING_INFINITIVES if v.endswith(("ar", "ir")))
# English verbs of saying or writing, after "will" or "shall".
_SAYING_EN = "say state report write claim tell list name give describe answer respond reply present show mention read"
# Future stems that are not the infinitive (es, pt, fr): "dirá", "dirão", "dira"; a French -re verb drops its "e".
_FUTURE_STEMS = {"decir": "dir", "dizer": "dir", "retener": "retendr", "retenir": "retiendr", "reter": "reter"}


def _future_stem(infinitive: str) -> str:
    stem = _FUTURE_STEMS.get(infinitive, infinitive)
    return stem[:-1] if stem.endswith("re") else stem


# The future of a verb of saying, third person (folded): "will report", "dirán", "dirão", "écriront", "va a decir",
# "vai dizer". A text that tells what someone will say, with the content after it, prescribes it.
FUTURE_OF_SAYING = (
    rf"((will|shall|'ll|(is|are) going to)( \w+ly)? ({'|'.join(_SAYING_EN.split())})"
    rf"|({'|'.join(sorted({_future_stem(v) for v in SAYING_INFINITIVES}))})(a|an|ao|ont)"
    rf"|(va a|van a|vai|vao|va|vont|ira|iran|irao|ha de|han de) ({'|'.join(SAYING_INFINITIVES)}))"
)

# An infinitive of saying (es, pt, fr; folded) opening a clause, then "que": the command of a form or a brief.
_SAYING_INFINITIVE = re.compile(
    r"(?:^|[:;—–]|\s-\s)\W*(?:(?:ne pas|no|nao|solo|apenas|seulement|bien|siempre|sempre|toujours)\s+)?"
    rf"(?P<verb>(?:{'|'.join(SAYING_INFINITIVES)}))"
    # after a label's colon the infinitive may take its object straight ("Observações: considerar X vencedor")
    r"(?P<que>\s+qu(?:e\b|'))?"
)
# A finite verb that makes the infinitive its subject, after the result it complements: "Decir que X ganó con 52 % es
# exagerado", "Dire que… serait faux" (a verb before the result is the complement's own: "écrire que la participation
# était de 48,8 %").
_PREDICATE = re.compile(
    r"\b(es|era|fue|seria|sera|resulta|parece|e|foi|est|etait|serait|semble|revient|equivale|equivaut|significa|"
    r"signifie)\b"
)


def infinitive_orders(prepared: str, result: re.Pattern[str]) -> list[tuple[int, int]]:
    """Clauses of a folded sentence opening with an infinitive of saying and "que" and handing out a `result`, with
    no finite verb after it making the infinitive its subject: an instruction, not a statement."""
    out = []
    for m in _SAYING_INFINITIVE.finditer(prepared):
        if not m.group("que") and not prepared[: m.start("verb")].rstrip(" \"'*").endswith(":"):
            continue
        end = _BREAK.search(prepared, m.end())
        stop = end.start() if end else len(prepared)
        results = list(result.finditer(prepared, m.end(), stop))
        if results and not _PREDICATE.search(prepared, results[-1].end(), stop):
            out.append((m.start("verb"), stop))
    return out
