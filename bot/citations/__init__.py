"""The citation check, at the level of the evidence span, applied to every writer's output before anyone reads it.

Each sentence a writer proposes (a `DraftSentence`: text, citation numbers, optional verbatim quotes) is given
its evidence: the writer's quotes when they are verbatim (whitespace aside) in a cited passage, else the
best-matching one or two adjacent sentences of each cited passage. Sentences of a passage that address the
reader or a machine (`bot.untrusted.reportable`) are never evidence, nor is the sentence such a plant points at
(`bot.untrusted.untrusted`: its payload), and imperative clauses assert nothing.

What the check guarantees, for a sentence that survives:
- every [n] names a listed source (unknown markers are removed: a repair, listed in warnings), and the
  sentence cites at least one (except a short abstention with no figures and no names);
- every figure (share, points, count with its unit, year, day of the month, time of day), including figures written in
  words with a unit ("sixty-two percent", "sesenta y dos por ciento", "sessenta e dois por cento") and vote
  fractions ("two-thirds of the vote", "three in ten", any tenths: "nine in ten", "seis de cada diez": within 2.5
  points of a share, the grid of five a round approximation is read on, since a fraction in words is the writer's
  "about"), is in its evidence span, with the same kind: a day of the month is never a margin, a turnout or a
  counted share is never a vote share. Rounding only loses precision, half-up: "58%" or "about 58%" for 58.17, never
  "58.3"; a decimal comma is a point;
- a share or count stated for a contestant is stated for the same contestant in the span (possessive,
  "for/para X", subject of the clause, in English, Spanish and Portuguese), so swapped shares fail;
- a figure the sentence says is computed ("computed", "calculado", "a margin of"), and any margin in points
  (said to be computed or not), is the difference of two shares or counts of the span, rounded the same way:
  the leader's less the named rival's (reversed for "trailed by"), or with no rival named less the next
  contestant's; a sum only when the sentence says so ("combined", "together", "juntos"); the evidence is
  marked `computed`;
- a score "X beat Y, 58% to 42%" gives the second figure to Y; a figure with no name in its clause belongs to
  the subject of the nearest clause, or to the name a relative clause ("…, who conceded, took 41%") follows;
  a turnout, abstention or counting word belongs to the figure nearest it in its clause (an abstention figure
  is never a turnout); a relative clause after a beaten rival ("defeating Y, who received 49.1%") is about Y, and
  a name set off after the one beaten described ("beat the incumbent, Y, by 62% to 38%") is that rival; a relative
  clause between a name and its verb ("X, que tinha o apoio do MpD e da UCID, ficou com 42,6%") leaves the figure
  to that name, and a concession too (its names are no subjects); the one called is never the one conceding ("X a
  appelé Neves pour reconnaître sa défaite", "X called Y to concede"); counting progress ("with just over half of
  the polling stations counted") is nobody's figure; the one a body elects ("the National Assembly elected X") won;
- a threshold said not to be passed ("no candidate passed 50%", "ningún candidato superó el 40 %") is nobody's
  share: it is in the span as the same figure, or (50%) the span denies an absolute majority;
- every proper name is in the span on word boundaries ("Tiago" is not in "Santiago"); every word of a full
  name is in one name of the span (or of the cited article, with its last word in the span);
- every place named is in the span or the cited article's title, or, for a span naming no other country, in the
  one country the cited passage's first sentence names (a lede says where its story happens: "Halla Tómasdóttir won
  Iceland's presidential election…" places "Turnout was 80.8%."); every month and weekday is in the span;
- "won/ganó/venceu/was elected" and their paraphrases ("prevailed", "se impuso", "levou a melhor") are
  supported only by a win in the span (in any of these words) (or the rival's conceded defeat), for
  the same person, with the same polarity: "led", "was ahead" or "was appointed" are not wins, "did not win"
  does not support "won", nor "won" support "did not win". A subject that is nobody ("No candidate…",
  "Ningún…", "Nenhum…") negates; a win that is only a condition ("the 50% needed to win") states none; in the
  evidence, coming first ("ficou em primeiro lugar") is a win and congratulating the winner is conceding;
- a majority won, kept or lost ("won a majority", "losing its majority", "no alcanzó la mayoría absoluta") is
  a claim of its own, never a win of the election: supported by a majority of the same polarity for the same
  contestant (or for nobody), or by a share over 50%;
- a margin with no rival named is over the runner-up of the whole cited passages, even when the span leaves
  the runner-up out; "the difference between X and Y" is a margin of those two, either way round;
- what a majority takes ("los 176 de la mayoría absoluta", "the 326 seats needed for a majority") is nobody's
  count; falling short of a majority ("se quedó lejos de…", "ficou aquém da maioria") is a majority not won;
- a figure after "to her/his" a beaten rival, or in brackets after a name ("Vera (36,2 %)"), is that name's;
- a place in a ranking ("finished second", "quedó tercero", "ficou em segundo lugar", "fue la segunda") is the place
  the span gives that contestant in words, or, with none, the rank of its vote share among the shares of the cited
  passages; an ordinal followed by another noun is no place ("the second woman to win", "the second round");
- a sentence opens with no name only when its first word is a participle of a word table ("Finishing behind…",
  "Celebrada el…"), never because of its ending (Ahmed, Estrada, Almeida are names); a Spanish or Portuguese
  subject after a loss verb ("…perdió Sergio Velarde") is the loser, an English object ("lost to X") never is;
- round words, and the figures no contestant holds (thresholds, seats still to be declared, past totals, needs and
  hypotheses: "needs 233 seats"), are the result reader's (`retrieval.extraction.words`); a referendum's "No vote"
  is an option, not abstention;
- a condition ("hacía falta superar el 50 %", "the 233 needed") is nobody's figure; a reported clause ("anunciou que
  X venceu… com N") is about X; a turnout word is about the share, not the electorate it is a share of;
- voting stated as an act ("59.7% of voters cast ballots", "votaram 75%", "afluencia") is a turnout, not voting
  ("não votaram", "did not vote") an abstention; a month word with no date beside it ("Marco", "Julio Borges") and
  a lone place that wins ("Salvador won") are names;
- a win is bound to the round its clause names ("won in the first round" supports no runoff win, "sin necesidad
  de segunda vuelta" is the first round), and so is a figure ("31,6% da primeira volta"); a figure with a year
  after it ("up from 62.89% in 2021") is of that year, and a drafted sentence naming one year or one round states
  its figures for it; a figure where a change started ("67.15%, up from 62.89%") keeps the topic of where it ended;
- a figure stated of a place ("Japan's turnout was N [1][2]") comes from a cited passage naming that place; a
  dateline city places its passage in its country ("LISBOA —" is Portugal);
- a margin in points is the difference of two shares, never of seat counts; a lead in seats ("their lead over Y
  was 25 seats") is the difference of two counts; a shortfall ("18 seats short of the 233 needed", "a tres
  escaños de la mayoría de 172") is a threshold less a count;
- an acronym the sources spell out in another language's word order ("PLD" for the "Liberal Democratic Party",
  "UDC" for the "Christian Democratic Union": the initials reversed, or the head noun moved to the other end) is
  theirs when exactly one name of the cited passages has it; any other shuffle of the letters is another party
  ("PDS" is not the "PSD", a bare "CDU" is not the "UDC"); two names joined as one subject ("The LDP and Midori fell
  short") each hold the role; "held his seat" is not supported beside the same person's seat lost;
- a figure after a name and its apposition ("à frente de Medeiros, do Rumo, com 11,90%") is that name's; a figure
  in a comparing clause ("…, against 20.32% in the commission's count") is the same contestant's as the one
  before it; a threshold the named contestants did not reach ("Ni X ni Y alcanzaron el 30 %") is supported when
  the span gives each a share below it;
- a figure after a name placed against the subject ("X won with 52%, ahead of Y on 40%", "por delante de Y, con el
  40 %", "atrás de Y, com 52%", "followed by Y on 31%", "…on 52%, with Y second on 40%") is that name's alone when
  the subject holds a figure of its kind before it, else either's ("X finished ahead of Y with 52%");
- negation is read per language: "no" is "not" in English and Spanish, but Portuguese "no/na/nos/nas" are "in the"
  ("No segundo turno perdeu Salles" is a loss; "No partido…, venceu X" names somebody), told by the sentence's
  words that only one language uses (`language`); with none telling, "no" before a Portuguese ordinal and round
  ("no segundo turno") is still "in the";
- turnout and abstention are complements: "abstention was about 56%" is supported by a 44.17% turnout of the same
  round and year (and the reverse), rounded the same way; a turnout noun takes any preposition ("a participação na
  eleição"), "del censo" is of the electorate, "abstained" abstains, and a turnout word over a share is about the
  rate, not the electorate's count beside it ("Turnout among the 1,449,886 registered voters stood at 76.86%"), nor
  the whole a count is of ("2.940.677 dos 9.322.761 eleitores não compareceram");
- a fraction after "fewer than/more than" ("fewer than half of eligible voters") is a bound: supported by a span
  figure of the same topic on that side; a share set off by commas after it shares its topic;
- winning "outright" is winning a majority, bound to its round; a 50% nobody passed ("ningún candidato superó el
  50 %", anywhere in the cited passage) is a majority nobody won; a threshold nobody reached ("Ningún candidato
  llegó al 35 %") is supported when the cited passage gives at least two shares, all below it; challenging a
  result is not accepting it; a rival after a margin ("aventajó en 9,5 puntos a Y") is the one beaten;
- a hyphenated surname is a place only when the whole names one ("Guinea-Bissau"), never because a part does
  ("Kandji-Ndoye");
- a majority denied is denied in the round its sentence opens with ("In the first round, none of the eight won a
  majority" denies no runoff majority); a share of the span shows a majority of the one round its sentence names
  before it, past commas and colons (not in an aside, a time clause, a runoff still to come or a comparison);
  nobody won a majority of a round when the span gives two or more shares of it and none in the passage reaches
  50%; a runoff reached or missed ("pasó a la segunda vuelta", "ficou fora do segundo turno") is stated with the
  first round's figures;
- a comparison with half, a third or a quarter, with "of" after it or not ("42.45% of the vote, more than half",
  "menos da metade"), or with a threshold set off after a share ("38.1%, under 40%"), must hold of the share it is
  said of (the share just before it, or set off just after it, same topic and contestant); with none, a figure of
  the span must lie on that side; "half an hour" is no share;
- "a distant second", "un lejano segundo" are places; "X finished (well) ahead of/behind Y" is checked against the
  two contestants' first-round shares (let stand when either has none); reaching a runoff ("pasó a la segunda
  vuelta", "passou ao segundo turno", "reached the runoff") is a role of its own: the span names them with a runoff
  word and does not put them out of it, or their first-round share is among the two highest;
- a runoff win or majority needs cited passages that speak of a runoff ("ganó en segunda vuelta" of a race held
  in one round fails); a sentence naming a date and no round speaks of the round its evidence holds that day ("won
  outright on 29 December" against "In the first round on 29 December, none…"), and a share of a sentence dated
  another day shows no majority won on it; "…with 39.1% and an outright majority" claims a majority;
- a figure whose sentence has a pronoun subject ("he led with 42.31%, ahead of Y on 32.76%") is the person the
  sentence before opened with, never the name placed after it; a count said to have voted is never the electorate
  it is a share of ("Votaram 9.139.434 eleitores" against "dos 9.139.434 inscritos"); a sentence that opens by
  placing a name ("Behind X came Y, with 32.76%", "Atrás de X, com 43,20%, ficou Y", "Tras X se ubicó Y") gives
  the figure to the subject after it, and a verb with a hyphenated clitic ("Absteve-se") or "Foram" opening a
  sentence is no name;
- winning "in" the first round ("ganó en primera vuelta", "venceu no primeiro turno") is winning it outright, a
  majority (unless the span says it the same way), while winning "the" first round is coming first; a share passed
  ("turnout topped 60%", "superó el 60 %", "more than 40% of the vote") is supported by a span figure of the same
  topic and contestant above it; a share restating a count ("32.770.158 eleitores, ou 20,95%") shares its topic, and
  so do a fraction and the share in brackets after it ("quatro em cada cinco eleitores votaram (80,8%)");
  "No runoff was needed" names the first round; a bound on abstention ("just over a fifth stayed away") is read
  from a turnout of the span, and the reverse; a passage naming a first round nobody won outright speaks of a
  runoff;
- a party set off in an apposition after a person ("André Medeiros, do Rumo, que teve 23,48%", "Y, of the Green
  Party, who received N") describes that person: the figure of the relative clause and a place claimed past the
  apposition ("…, do Rumo, ficou em segundo lugar") are the person's; a figure the draft may state for either of two
  ("X ficou atrás de Y, com N") is supported when the span gives it to one of them, but a relative clause ("…, who
  got N") is the name before it alone;
- in a Portuguese sentence "dos" is "of the", never the Spanish "two" ("Nenhum dos candidatos"); a majority nobody
  won, said anywhere in the cited passage (not in a sentence set in another time: "had won … since 1986"), supports
  a majority denied; a date beside a round of its own in the sentence ("…; a segunda volta será a 8 de fevereiro")
  dates that round only; winning "à primeira volta" (European Portuguese) is winning outright, as "no primeiro
  turno" is, read before folding turns "à" into the article of "venceu a primeira volta";
- a ratio of people ("one in three voters", "uno de cada cuatro", "um em cada três") is a fraction, a bound after
  "fewer/more than"; a bound on abstention in percent ("more than 70% stayed away") is read from the span's turnout;
  "turnout did not reach 50%" is supported by a span turnout below it; a bound with no year is read from the span's
  figures of no year when there are any, not from an earlier year's ("down from 35.6% in 2019");
- a change stated with both ends must go the way its verb says (`changes`): "fell to 45.8% from 43.9%", "subió del
  48 % al 34 %" or "67.15%, down from 62.89%" fail whatever the evidence holds;
- a figure set off in commas right after its topic ("A abstenção, de 47,65%, foi…") keeps that topic; a round named
  once and then by its ordinal alone ("…en la segunda vuelta fue del 44,98 %, frente al 60,08 % de la primera") binds
  the figure before the ordinal to that round; a figure set "well below/por debajo del" another keeps its topic;
- a threshold said not to be reached by a named contestant ("X no alcanzó el 50 %") fails when the span gives that
  contestant a share above it; Spanish "votó" opening its clause (folded, it is the noun "voto") is voting, a turnout;
- an order with no place in a sentence naming one round ("ficou à frente de Y no primeiro turno") is checked against
  that round's shares when both contestants have one there; "foi o mais votado", "fue el más votado", "was the most
  voted" claim first place; "não chegou aos 50%" is a threshold not reached; a figure right after another that it
  passed or fell below ("…, de 45,8%, superou os 43,9% de 2018") has that figure's topic;
- a sentence with no figure and no name that shares too few words with its evidence may still name the same election
  notions in another language (runoff, first round, majority, turnout, abstention, a win, votes, candidates, an event
  held, lower): two or more, and at least half of its own ("No runoff will be held" of "no habrá segunda vuelta");
- a count given as a bound ("more than 5.7 million voted", "menos de 5 milhões", "Morais teve mais de 800.000 votos")
  is supported only by a span count of the same topic, unit and contestant on that side, never by the electorate a
  turnout is of, nor by rounding ("more than 3 million" of 2,808,865 fails); a span's own bound as strong supports it;
- a threshold none of a contestant's rivals reached ("Ningún rival de X llegó al 30 %", "None of X's rivals reached
  30%") is supported when the span gives a share held by someone else and every share not X's is below it; a
  threshold not reached is never a contestant's share rounded ("Nenhum partido chegou aos 29%" of 29.50%);
- a turnout or abstention said to stay below a figure ("ficou abaixo dos 43,9% de 2018", "turnout stayed under 60%")
  is this election's: the span's figure of that topic for this election (or 100 less its complement) must be below
  it, never the earlier year's figure nor contestants' shares; with a year and no current figure, it fails;
- a count given as a bound of a part of the electorate ("Fewer than 3 million of the 4,782,257 eligible turned out")
  takes the turnout word from the whole, and is also read from the count the span's turnout (or abstention) share of
  its registered voters implies, at the precision of that share;
- a shortfall from a majority ("A AD ficou a 37 deputados da maioria absoluta") may take the majority line from another
  sentence of the cited passage ("A maioria absoluta … exige 116 dos 230"; a majority line may name its chamber and
  "takes" its seats); seats of a contestant below that line are a majority not won by it;
- a count of voters (or of abstainers) may be the one the span's turnout (or abstention) share of its registered voters
  implies, rounded as a stated figure is ("about 3 million of the 4,782,257 eligible voted" of 63.16%); the electorate
  a sentence names ("of the 4,782,257 eligible") is the span's registered voters, whatever turnout word it took;
- "acima dos", "abaixo dos", "por encima del", "por debajo del" compare as "acima de"… do; a share set off as above or
  below another of its sentence ("61,05 %, por encima del 60 %") needs only that share in the span, unless it names a
  year (then it is that year's figure too);
- a majority "of the vote" denied to a contestant ("Peña no obtuvo la mayoría absoluta de los votos") is supported when
  the span's shares for that contestant are all at most half (a majority with no "of the vote" may be of seats);
- a computed difference of two figures the sentence itself names ("computed from the cited counts 561,000 and 251,216")
  is derivable whoever holds them; a figure before "against N for Y" is not Y's ("She received 561,000 votes against
  251,216 for Bo Yun"; with no referent in the span it is held by the pronoun, so no claim for Yun takes it); a party
  after a person's name ("Claudia Arriaga of Vanguardia won … with 61.18%") is an
  affiliation, and the person holds the figure; capitals opening a passage before a dash ("VALDORA — …") are a dateline,
  a place that holds no figure, whether or not the gazetteer knows it;
- a majority line with no unit ("a majority takes 251") is of seats when the passage counts seats on that scale (at
  most twice its largest seat count);
- a gap denied ("X never came within 30 points of Y", "nunca estuvo a menos de 30 puntos de Y") is a bound: Y's share
  less X's must be at least that; closeness denied ("Neither of her rivals came close to 30%", "ninguno se acercó al
  30 %", "nenhum chegou perto de 30%") is a threshold not reached, and no share below it may lie within one unit of its
  precision (28.1% came close to 29%); "the other (two) candidates" and a pronoun's rivals ("her rivals") are the
  leader's: every share but the highest of the cited passage must be below the threshold; a number word after an
  article or "other" counting candidates ("los otros dos candidatos") refers to those named and is no figure;
- a share with three digits after its one comma is a decimal ("19,099%": a share is at most 100); a sentence opening
  with a number or ordinal word before a lowercase word ("Three in four voters", "First-round turnout") or with a
  Spanish or Portuguese verb ("Quedaron fuera X", "Obtuvo X") names nobody; English month abbreviations of datelines
  ("Nov 20") are months; linking words inside a name spell its acronym ("Revolution for Prosperity" is the RFP);
- a round named after a later figure is that figure's ("21.3% from about 20% in the first round": the 20%); a runoff
  not needed ("did not need a runoff", "no necesitó", "não precisou") is the first round; elected in the first round
  is winning it outright; "ahead of Y" places a contestant and does not make a count provisional; "declared X (duly)
  elected" is X's win; a role described opening a sentence ("The incumbent, running for the Y coalition, had N") is
  the person the sentence before opened with; a description set off by commas after a name ("X, the Y Party
  candidate, trailed with N") is that person's;
- a threshold not reached by the contestant(s) a figure is stated for ("Kessler did not even reach 18%", "Ni X ni Y
  alcanzaron el 30 %") is supported when every share of theirs is below it; "not one of X's rivals", "no coalition",
  "no challenger" are nobody; a threshold in the subjunctive after a denied existence ("No hubo ningún candidato que
  superara el 20 %") is not reached; "No challenger came within N points of X" holds when every other share is at
  least N below X's; closeness to a majority denied ("neither came close to a majority") denies the majority;
- a shortfall is a majority line less the count of the one falling short, whatever count of that size another holds;
  a number word before "short of" in the span is a figure ("five short of a majority"); a runoff denied by "neither/
  nor", "ni … ni", "nem" or "failed to" is no runoff claimed;
- a change from an approximate figure ("fell to 21.3% from about 20%") must go the way its verb says; registered
  voters said to vote ("About 960,000 registered voters cast a ballot") are voters, not the electorate; the whole
  after a fraction ("three in five of the 1.9 million … voted") is not what the turnout word is about; a span's own
  bound as strong supports a bound ("barely more than half"); an approximate round share ("close to 90%", "cerca del
  60 %", never "more than" nor "came close to") is read on a grid of five.
- coming close to a majority, or not ("X came close to a majority", "No candidate came close to a majority", "Nenhum
  candidato chegou perto da maioria absoluta"), is a majority not won, whoever is its subject, and a sentence with such
  a role and no figure or name states something the role check verifies; a passage that says its election has one
  round ("Paraguay has no runoff") or names no round gives its shares to that round: two or more in the span, none in
  the passage at 50%, and nobody won a majority; "a simple majority" is a majority; "before" sets a denial in another
  time only before a past point ("before 2018"), never an hour ("said before dawn");
- a shortfall from a majority set off right after a count of seats ("give X 56 of the 120 seats, five short of a
  majority", "26 escaños, a tres de la mayoría") is a majority not won by the count's holder; "won 56 of the 120 seats"
  is a count claimed, not a win of the election; in the evidence a count after "se quedó a", "ficou a", "le faltaron"
  ("a tres escaños de la mayoría") is a shortfall, how far its holder fell, never what the majority takes nor anyone's
  count, and supports a drafted shortfall ("le faltaron tres escaños"), which is checked by its count, not as a role.
- a change in points after a share of a topic in its sentence ("Turnout was 67.3%, a record and 18 points higher than
  in 2020", "up 18 points") has that topic: "Turnout was up 18 points on 2020" is read from it, never a lead in points
  between two contestants.
- two people joined by "y/and/e" as one subject, the clause cut at the conjunction ("Roberto Salcedo y Juan Manuel
  Ibarrola (Acuerdo Federal) quedaban terceros con el 6,18%"), hold the figure together: either may be said to have it
  (a ticket), never one beaten.
- a day of the month is the date of one event (`events`, `verifiers.dated`): a drafted day is supported only by the
  span's same day in a clause of the same kind of event (a vote held, a result declared, a concession, an office
  taken, a campaign, a challenge: word classes in en/es/pt), or attached to the same event noun ("the 9 October vote",
  "as legislativas de 4 de junho"); a clause naming no event matches any, one naming a round no clause of the other;
- a count in words claimed as won ("won twenty-four seats", "ganó dieciocho escaños") is a count, not a win; a number in
  words ending its clause after a count with a unit ("and NZ First eight") is a figure, as its digits would be;
- where a change ended shares the topic of where it started ("Participation rose from 69.3% to 72.9%", "pasó del 48 %
  al 55 %", "was 70.95% … and reached 72.41%"), when nobody is named between; an ordinal alone after a figure ("61,14%
  na segunda") is the round the sentence named;
- a content word the span puts right after a negation of its language ("found no irregularities", "refused to endorse",
  "no reconoció", "recusou-se a aceitar") fails a sentence that states it with no negation at all
  (`verifiers.polarity`; words of a result and of turning out are left to the figures and roles);
- a party named in another language than the span ("Bloco Cívico" of "the Civic Electoral Bloc") is the span's
  when its head noun means the same (party, bloc, front, alliance, movement, union, coalition, league, congress) and
  its other words are cognates of the span name's; its figures are then bound to the span's party
  (`verifiers.mentions.translate`); a margin against a name holding no figure of its measure in the span is over the
  next contestant; a concessive or causal clause ("…, aunque el PRC fue el más votado con el 34,81 %", "embora",
  "although", "because") is a clause of its own for binding;
- a number in words before a multiplier ("two million votes", "nine hundred thousand", "un millón", "dois milhões") is a
  count read to the precision of its words (to the million, to the hundred thousand);
- a share or count of the units votes are counted in ("99.6% of polling places", "140 of 145 districts in", "el 98 % de
  las mesas", "95% das seções") is counting progress, nobody's result; a sentence that says its count is complete
  ("with every polling place counted", "con el escrutinio completo", "na contagem final", never "before the final
  count") states no figure of a sentence that gives a partial count (`stages`);
- a passage that names the first round only, and no runoff, sets the shares of its later sentences that name no round
  or date in that round ("Nobody reached 50% in the first round. X finished first with 42.7%" is no runoff's 42.7%);
- a name with its place and its initials in brackets ("the Social Party of Ghana (SPG) took 31.2% and 40 seats") holds
  its figures under both names, and no other party sharing a word of it does;
- a date is of its event, never of the electoral body's name beside it ("the National Election Commission announced on
  8 May" dates no vote), a phrase's words are that phrase's event only ("took office" is no vote "took"), and two
  clauses that both name events share one (the person both name is no event in common);
- a bare "a" before a count is a distance only when what it is a distance from follows ("a tres escaños de la mayoría",
  "a dos diputados del PSOE"); else it is where a change ended ("bajó a 30 diputados", "passou a 12 deputados"), a count
  checked as such, never the difference of two counts;
- a party and its leader named after it in the party's clause ("The Civic Coalition fell to 38 seats, and its leader,
  Nora Quist, …", "cuyo líder, Tomás Ruiz", "e o seu líder, Rui Faria") are linked: what one holds, the other may be
  said to hold (`names.linked`).

What it cannot verify of closeness: how near "close" is beyond one unit of the stated precision ("No candidate came
close to a majority" of 48.5% would pass as a bound); a closeness claimed ("X came close to 30%") is checked only as
the figure rounded, as "about" is, so 28.1% does not support it; closeness to a majority, claimed or denied, is read
only as the majority not won ("No candidate came close to a majority" of 49.6% passes); "the others" set against
someone other than the leader; a share claimed with a round approximation ("about 60%") is anything within the grid
of five around it.

Which way turnout went (`trends`, round 14): a sentence saying turnout rose or fell, or abstention did ("Turnout rose
from 2019", "A abstenção aumentou", "La participación cayó"), is removed when the cited passages, read whole, state
trends of turnout and every one goes the other way (abstention falling is turnout rising; "down from 67.3% in 2019",
"por debajo del 80,9 % de 2019", "the lowest since 2001" are falls); a direction word before a bare figure bounds it
("fell short of 50%") and is no trend. It cannot tell which earlier election a trend is against when the passages
state several, nor read a trend from two figures with no direction word. The figure a turnout or abstention is
compared with in its sentence is of the same topic, after a degree ("algo por encima del", "ligeiramente abaixo dos"),
an apposition ("58,09 %, la más alta en dos décadas, frente al 54,98 %"), "depois de"/"after", or an approximation
("from about 55%"); voting as an act includes "había votado el 47,33 %" (never "la más votada"); an approximation
after the preposition keeps the topic ("La abstención, de casi el 21 %, …"); a change of turnout or abstention in
points ("cayó casi ocho puntos") is the difference of two figures of that topic in the cited passages. A turnout figure
is nobody's, whatever the subject of its clause ("X won on a turnout of about 61%" of "the Institute put turnout at
61.04%"). Portuguese "votaram no/na" is voting for a name, but voting in a round or on a day ("votaram no segundo
turno": a turnout); a figure after a comma and where a change ended ("subió…, hasta el 66,59 %") is in the clause
before the comma. A British-style majority ("won 411 seats, a majority of 174") is a lead over all the others, never
anyone's count of seats, in the evidence and in the sentence; a win by a count ("Holt won by 6,115 votes", "ganó por
44.263 votos") is such a lead. A share just past a figure ("won with just over 50%",
"con poco más del 50 %", "pouco mais de 50%") is a bound, read as "more than" (how near "just" is, is not checked);
"as", "when", "cuando", "quando" before a turnout word open a clause of their own ("…just over 50% as turnout rose to
58.09%": the turnout word is the later figure's). A figure the passages say nobody passed ("nadie superó el 45 %")
supports no one's passing it ("Velarde superó el 45 %"); "passed" and "crossed" pass a figure as "topped" does. A party
named after its lead word, then "de" and its leader's full name ("El Partido Popular de Alberto Núñez Ferreiró"), is
two names, the party (with its initials: "PP") and the person; the party's figures are the party's, so "Ferreiró obtuvo
137 escaños" of that sentence, which failed as "137 is stated for Popular", is read since round 15 (`names.linked`).

Round 15 (check_tenth): a title before a name is no word of it ("President-elect Rodrigo Chaves", "Former president
Villalba", "Prime Minister …", "expresidente", "incumbent"); a body that proclaims or declares someone to an office
("The JNE proclaimed Salazar president-elect", "proclamó a Ocampo presidente electo") gives the win to the one
proclaimed, in the sentence and in the evidence ("winner" and "victory" keep their own rules); the house after a count
of seats ("14 de los 71 escaños de la Asamblea Nacional", "seats in the Sejm") is where the seats are, never who holds
them; a one-word plural name of a group ("the Socialists") is supported by the span's lowercase word for it in any of
the three languages ("os socialistas"); a place the span uses only as a person's name ("Montenegro's coalition" of a
span naming Luís Meireles) is that person. "X fell short of a majority" (a verb before "short") is a majority
denied, checked as a role (only "short" set off after a count, "won 88 seats, short of a majority", is checked by the
count); a count bound after a share ("74,5% dos mais de 25 milhões de eleitores") is never said of that share, and an
electorate so bounded is read from the span's electorate; a change of turnout in points given as a bound ("rose by
more than four points") must hold of a gap of two turnout figures of the passages. A runoff needed ("needed a
runoff", "necesitó una segunda vuelta", "precisou de segundo turno", "was forced into a runoff") is a runoff reached,
and a first-round share among the two highest puts nobody in a runoff when the passages say the race ended in the
first round ("foi reeleito à primeira volta", "won outright"); "won less than 45%" is a share claimed below a bound,
not a win; refusing to recognise a rival's victory ("refused to recognise Ruano's victory", "se negó a reconocer el
triunfo de X") is a concession refused; a rival's concession supports a win only for someone who did not concede
too. A runoff's figure is never a share whose sentence is set in the first round ("49.09% of the runoff vote" of "In
the first round on 14 January, …: Halloran had 46.73%"); a round after a figure is its own only as its complement,
a runoff reached before a figure gives it the first round, and a relative clause on a round ("…de la primera vuelta,
en la que Duarte había obtenido el 40,32 %") is of that round. A concession or its refusal said of a group named by no
name ("The opposition refused to recognise the results", "None of the opposition groups accepted the outcome") is
supported by any of the same polarity in the span; an institution's name translated is the cited passages' when both
have an institution's head noun and the other words are cognates ("the Constitutional Court" of "o Tribunal
Constitucional"). A party and its leader named together in the span ("El PSOE de Pedro Ortega", "A AD, coligação de
Luís Meireles", "Owen Hartley's Labour Party", "Labour, led by Owen Hartley", "Sandra Quintana, de la UNE") are one
contestant for the figures and roles of that sentence (`names.linked`): "Meireles venceu com 32,1%", "Ferreiró ganó
las elecciones con 137 escaños", "Hartley won a majority" are supported, another leader's never; a count of seats
out of the house that is more than half of it ("won 411 of the 650 seats") is a majority won. It cannot tell a party's
name
translated ("Realizing Goals" for "Realizando Metas") nor a party's candidate for the person ("The Modern
Revolutionary Party's candidate").

What it cannot do: judge a paraphrased claim with no figure, name, place or win in it (it survives on the strength
of its citation); tell sarcasm, hedging or a forecast from a report; follow pronouns beyond the sentence before in
the span ("he won 58%" in a drafted sentence is checked for the figure, not for who "he" is); know that two
different names are one person, or that an institution's name translated ("Constitutional Council" for "Conselho
Constitucional") is the same; notice a claim that is true in the span but attributed there to someone's opinion;
read "none of the compensatory seats" as a count of zero (it stands on its shared words); read figures in words
without a unit (a source's "three short of the 172" is read only by deriving 172 less 169, "five
short of a majority" only before "short of"); bind a figure of a reported clause whose subject is a description ("the
commission chairman said the 76-year-old leader of the UPF won N") to the person described; read "won even a third of
the vote" as a threshold;
tell rounds apart when a clause names none but the passages speak of a runoff ("won the runoff" is supported by a
span saying only "won"); check an order with no place when the passages give either contestant no share ("X finished
ahead of Y"); tell which year a figure belongs to when neither the figure nor the sentence binds one ("turnout was
N" beside a passage of two elections with no year after N); place a figure whose clause names no place in a sentence
naming several.

Round 16: a ratio between two named contestants ("twice as many votes as", "duplicó los votos de", "quase o dobro dos
votos de", "casi el triple de votos que", "mais de quatro vezes o número de deputados de") must fit the figures the span
gives both (shares, counts of votes, or seats when the sentence speaks of seats) within its hedge's tolerance
("almost": just under; "more than", "holgadamente": above; "less than": below; "about": within a tenth; bare: 10%
under to 15% over) (`verifiers.ratios`); a rival's concession supports a win only of one who polled no less than the
one conceding; an office named before a person ("Economy minister Sergio Velarde") is not the subject; "congratulated
the winner" is never the subject's win; a concession quoted with its speaker after it ('"I congratulate him," Ba said')
is the speaker's, and rejecting "it" with a court named in the clause is a concession refused; two joined names hold
two joined figures in order ("X and Y, who took 24.95% and 16.47%"); "for" and a titled name after a figure give it
that name ("…, or 48.85%, for former prime minister Daniel Otieno").

Round 17: a computed margin whose two figures sit in adjacent sentences is found (a window holding a pair whose
difference rounds to a margin of a claim naming nobody ranks as one stating it); a margin in seats or votes is a count
less a bare number of the span ("25 diputados … hasta 9"); the one beaten after a margin in seats or words ("aventajó
en 16 diputados al PSdeG"); "y medio", "e meio", "and a half" after number words (to the half unit); a margin is never
of two rounds' or two years' figures; a name owned by the one beaten is beaten ("beat Rui Rio's PSD"); a party after
"of/de" describes the person placed ("Musa Garba of the PDP came second"), and a place is read from counts of
votes when the passage gives no share; "even" after a threshold verb ("reached even a quarter"); "não foi votar" is
abstention; a fraction of a named contestant's result is a ratio ("menos de la mitad de lo que logró X"); a person and
a party the passages each put with someone else fail together (`verifiers.affiliations`); an electoral or judicial
body (commission, council, court, tribunal, junta…, or the initials the cited passages give one: "CNE") holds no
figure when anybody else in its sentence can ("O Conselho Constitucional proclamou a vitória de Mavie com 65,17%,
abaixo dos 70,67% anunciados pela CNE": both Mavie's). It cannot tell which body's count a figure is ("O Conselho
Constitucional atribuiu a Mavie 70,67%" passes, 70,67% being the commission's count for him), nor a party named by a
translation of its name ("Citizen Renewal" of "Renovación Ciudadana"), nor a group ("the Socialists") as a party's
initials ("PS").

Round 19 (general mechanisms, probed with invented sentences): a year a comparison points back to ("up from 31.9% in
2020", "dos menos que en 2019") is not the year of the event, so "X was elected in 2020" needs a span year that is
not such a reference (`verifiers.dated`); a figure where a change started ("up from 31.9%", "rose from 6 seats to 11",
"frente al 63,1 % de hace cuatro años") is an earlier time's, never the result a draft reports with no year
(`Figure.origin`), and a count gained or lost keeps its sign ("lost six seats" is not "seis más", `Figure.change`); a
difference in words ("dos menos que", "two fewer than", "tres por encima de") is a figure, and seats lost are no
defeat; a verb of change before a figure is a trend ("bajó al 58,7 %"), and a trend is read from a figure and where
it started; a sentence's opening round sets its shares in that round either way ("Na segunda volta…, X venceu com
54,6%" is not the first round's), and a round won by its ordinal alone ("venceu o segundo com 56,41%") is that round;
a word the passage states only negated fails anywhere in it, and "ruled out", "descartó", "refused" negate a draft; a
count a contestant passed is not one it "did not reach"; an option in quotes («En contra», “A favor”) is a contestant
(a bare «Sí»/«No» is not); a wire agency in a dateline ("KESTRELTON (Granite Coast Wire) —") holds no figure, and a
party named after a place ("Tasmania People's Party") is a party; an institution translated by a head noun of the
same meaning ("la Cámara de Representantes", "El Parlamento") is the span's; a duration in days is the gap of two dates
of the sentence or the passages; a margin with no rival is over the next contestant of the same round; a figure in
brackets before "for X" ("9,102 (37.6%) for Greg Oduya") is X's.

Session 15 (general mechanisms, probed with invented sentences): a party the sentence names in another language or
form is renamed to the cited passages' name before anything is bound to it (`translated`): its head noun means the
same (or it has none) and every other word is a cognate or a word of one meaning in a table ("Alliance for Change" of
"la Alianza por el Cambio", "United Seychelles" of "Seychelles Unidas", "Os Verdes" of "the Greens"); or its initials,
in either word order, are the one acronym of the passages ("Popular Party" of "el PP"); or it is a plural of members
("the Socialists" of "el PS", "los laboristas" of "Labor"); a party with its leader after "de/of" ("la Alianza
Popular de Rabuka") is the party and the person, linked for figures, roles and places as the passages' pairs are. A
party's name goes on past "por el", "para a", "of" after its head noun ("Alianza por el Cambio", "Alliance of
Change", never "Party of Kosovo"); an office of a place ("la Alcaldía de Bogotá") holds no figure; a place after
"in/en/em" glued to a name ("in Namibia Nandi-Ndaitwah won") is two names. A place in the round the sentence names is
ranked among that round's shares. A date in digits, day first ("27/10/2024"), is a date. An uncited sentence passes
as an abstention only when it names nobody and states no figure ("Voters do not forget: X won" is a claim). A number
in words counting part of a whole ("Onze dos treze candidatos") is a figure; "procuradores" are seats. A margin given
as a bound ("more than eight points ahead", "mais de onze pontos à frente do PL", "nearly nine points") holds on its
side (nearly: within one unit below); "à frente do/da", "atrás do" and "por delante del" put the one behind; a seat
lead "à frente de" is a gap. A title set off by a comma after "for/do/da" ("for the sitting president, Lazarus
Chakwera", "(37,91%) do Presidente cessante, Francisco Lú-Olo") still gives the figure to the name. A part stated
of a whole ("81 of the 149 elected seats") fails when the span gives that part of another whole ("81 of the 135")
(`verifiers.wholes`); "elected" before seats wins nothing ("carried 81 of the 135 elected seats", "won 31 more
elected seats than"); "ficou à frente" leads, never trails; "MPs" names nobody.
It cannot: translate a name word the table lacks; read a negation across languages ("would not try" against
"tentaria"); tell a party's short form that is not its initials ("the Socialists" of "PSOE" only when one acronym of
the passages opens with "PS").

Session 16 (general mechanisms, probed with invented sentences): a drafted quotation attributed by a verb of saying
("«…», dijo X", "X said she would \"…\"") is supported only when the clause of the passages holding those words names
that speaker, or names nobody (`verifiers.speakers`); a verb the passages state the opposite of on the same object and
subject ("accepted the appeal" of "rejected the appeal", "held his seat" of "lost his own seat", "aprovaram" of
"rejeitaram", "refused to accept" being a rejection) fails (`verifiers.antonyms`); a negation governs a verb of four
letters too ("would not take up its seats", "would not join"), never "not only"/"no solo"/"não só"; managing to win
("logró ganar", "conseguiu vencer", "no consiguió ganar") is a win, negated or not, and the date events read wins
with the same `roles.WIN`; seats enough to govern alone are a majority ("short of the 61 needed to govern alone",
"escaños suficientes para gobernar en solitario"); a fraction set off after a part and its whole ("51 of the 96
seats, more than half") holds of their ratio; an en dash between two capitalised words joins one name
("Liberal–National Coalition"); the line a relative clause sets is nobody's count ("los 41 que marcan la mayoría
absoluta"); accepting or recognising the winner's victory is conceding ("no aceptó la victoria de X" is a concession
refused). It cannot: read a negation across languages; tell a party by a common noun and its
leader ("la coalición de Dutton") from the passages' "the Coalition … its leader, Peter Dutton".

Round 24 (check24): a gapped list of results states its verb and unit once ("Labour won 48 seats, the Greens 37 and
the Liberals nine", "el Partido Rojo, 37", "o Partido Azul 37", "and Y for 21"): each bare number after a name is a
count in the list's unit held by that name (the person heading "X of the Y Party"), in the sentence and in the
evidence, so a swap inside the list fails (`gapping`); a share restating a count ("gave X 1,204,332 votes, or 52.4%",
"(54,1%)") holds what the count holds, never an earlier clause's subject; a part in words right before "of the"
("sixty of the 62 seats", "sessenta dos 62 lugares") makes the figure after it a whole, as a part in digits does, but
a distance does not ("ten short of the 41", "a diez escaños de los 41", "a tres de los 41"). It cannot: bind two names
that end in the same word ("Por X" and "Adelante X"), nor "them" to the two names before it ("would give them 26 and
21 seats").
A day of the month named with no month is a day: after a weekday or "día/dia" ("el domingo 5", "no dia 5", "on Sunday
12"), or an English ordinal after "on the" ending its phrase ("held on the 12th", "the 12th of October"; never "the
2nd round"), so it is checked against the span's days. The size of a house said of the house ("the 150-seat House", "a
101-member parliament", "el Parlamento de 80 escaños", "a Assembleia de 60 deputados") is a whole, nobody's count, as
"of the 150 seats" is.

Session 19 (check25, general shapes probed with invented sentences): a place in a house is its rank in seats when the
sentence states seats or the contestant holds no share ("came second with 39 seats", "quedó tercero con 26 escaños");
"won more seats than Y" compares the two counts; a fraction of the seats ("more than half of the seats", "about
three-fifths of the 350 seats", "menos de la mitad de los escaños") is a count over the house size, and fractions in
words are a closed class (halves to fifths, en/es/pt/fr, "las dos terceras partes"); winning or losing a quantity in
words of seats, or a bare count ("after losing 14"), is no win or defeat; a count set against another ("91 deputados,
contra 78 do PS") keeps its unit; "mais 13 do que o PS" is a lead; a count gained is a count less where it started
("gained 13 seats" of "64 seats, up from 51 in 2020"); a shortfall said "cinco menos de los necesarios", a surplus
("three seats more than the 61 needed"), a line said "está en 63" or "the 61-seat majority mark", and, with no line
stated, the house's (more than half its size) are read as gaps from the majority line; two or more holders of seats
all below the line is a majority nobody won; a turnout is a count of voters over the electorate ("9.8 million … out
of an electorate of 15.2 million": about 64%); a figure in a "when" clause after a year ("…que en 2019, cuando fue del
66,4 %") is that year's and of the same topic; "cinco puntos más" is a rise; a relative clause after a party in
brackets ("Marta Ibáñez (Unión Vecinal), que obtuvo…") is the person's; "El candidato del Partido Liberal, X" links
the party and X; "superó la mitad" is a bound. It cannot: read a bare number after "took" in another sentence as
seats ("The opposition took 98."); tell "won 27.9%" of a loser from a win (read as a win).

Session 20 (check26): a party's leader in apposition after its possessive ("The Progressive Party's leader, Omar Haddad,
…", "el líder del Partido X, Y") links the two; a figure or a win the draft gives "the Civic Union's candidate" is the
one the span gives the one person it puts with that party and with no other ("Ana Lucero of the Civic Union":
`verifiers.shares._affiliated`, `verifiers.roles._affiliates`; never a majority, a seat or a role denied); a gapped list
of seat counts carries its unit past the whole the first count is of ("41 escaños de los 101 del Congreso, frente a los
33 del Frente…"), past a house's size ("in the 240-seat parliament, while the Greens took 71") and on after a later
clause's verb ("…took 71 and the League 34"); a word of summing opening a sentence ("Together, …") is no name; the
imperfect of the verbs of passing and reaching ("aventajaba a Y en 11,5 puntos", "no llegaba al 50 %", "não chegava aos
50%") reads as their other tenses; a share followed by the act of voting for someone or an option ("61.4% voting Yes and
38.6% voting No", "41.2% voted for Ada Kern", "52,6% votaram Sim") is the one voted for (`binding._VOTED_FOR`; an option
of the common words only capitalised: "58% voting in person" is nobody's). It cannot: link "X of the Y" in general (a
person "of" a body is not always its candidate: tried, and a held-back faithful item was lost); read French seats ("96
sièges sur 200").

Session 21 (check27, general shapes probed with invented sentences, each with an unfaithful twin): a distance from a
majority line is no part of it ("13 short of the 61 needed", "a 3 escaños de los 41": the line is no whole); a runoff
avoided ("avoiding a runoff", "sin necesidad de segunda vuelta", "evitando o segundo turno") sets its whole sentence
in the first round, never as a condition ("the 55% needed to avoid a runoff"); a round or a comparative between the
two ends of a change ("rose to 61.8% in the runoff from 58.4%", "61.8%, higher than the 58.4% of the first round")
keeps the topic; a threshold nobody reached in a named round is never read from another round's shares; "N seats
behind Y", "por detrás de", "atrás de" trail. French is read: articles and subject pronouns opening a sentence ("Le",
"Les", "Elle") and elided articles ("L'abstention", "d'Anne") name nobody; months, weekdays, cardinals in words
("dix-sept", "soixante-douze"), seats and votes ("sièges", "députés", "voix", "suffrages", "sur" as "out of"), "un
électeur sur deux", "plus de", "moins de", "a dépassé"; wins ("a remporté", "l'a emporté", "élue"), defeats,
concessions ("a reconnu sa défaite"), "ne … pas", "aucun", "la majorité absolue", first place ("est arrivé en tête"),
"au premier tour" as a setting, a list "menée par" its leader, a party by its head noun and lowercase adjective ("le
Parti socialiste de Marc Olivier": linked, its initials the PS). It cannot: translate a French party whose name
ends in its adjective ("Socialist Party" of "Parti socialiste"); take a lowercase group ("les républicains") for a
party; give a French pronoun's figure ("Elle obtient 27 sièges") to the list the sentence before opened with; read
"N more/fewer than in 2021" of a count against the earlier year's.

Session 22 (check22, French and shapes of the fresh check_thirtysecond batch): thousands grouped by spaces ("2 438 954
voix", no-break spaces too) are one number; French clauses end at "et", "contre", "face à", "tandis que", "alors
que", a relative clause opens with "qui", "il/elle" are pronouns, "a annoncé que" reports; a computed figure is
"calculé", "l'écart entre X et Y" is their gap, "X a devancé/a battu Y de N" beats Y; "quedó/ficou a N puntos de Y"
trails Y; a figure given by a verb of giving to a name after it ("attribuait 89,2 % à Saied", "gave 52% to X") is
that name's, unless a name already stands between the verb and the figure ("deu a X N votos e a Y M"); a change of
one contestant's share stated with both ends ("del 70,67 % al 65,17 %") is a difference the sentence may compute;
"declarou X vencedor" (no article) declares X the winner; a part of a hyphenated place is no name found in it
("Guinea" is not in "Guinea-Bissau"); French voting as an act ("a voté", "ont participé") is a turnout. It cannot:
tell a count restating a turnout share ("Turnout was 69.44%, or 8,300,046 people") from a contestant's votes; read a
title set off before a beaten rival ("beat the incumbent, X, by 62% to 38%").

Session 23 (check24, the known open causes, probed with invented sentences, each with an unfaithful twin): a count
restating a turnout share ("Turnout was 69.44%, or 8,300,046 people") is the turnout, nobody's votes; a count passed
("superó los 17,2 millones de votos", "topped 17 million votes") is a bound, unless the passing is denied; a rate
opening its clause as the subject, however long ("Turnout in the second round of the election held on Sunday was
45.2%", "Le taux de participation à ce scrutin du dimanche 6 octobre 2024 a été de 28,8 %"), with a verb giving its
value right before the figure and no other figure but dates between, is the figure's topic; a rate set off with a
participle ("Turnout, put at 27.7% on election night, …", "La participación, estimada en el 60 %") keeps its topic,
and so does where it ended after a comma ("…, ended at 28.8%"). A day a cited passage states relative to the date
before it ("las elecciones del 10 de noviembre … reconoció la derrota al día siguiente", "two days later", "le
lendemain", "la veille") supports that date computed, for the event of its clause ("conceded on 11 November"), and its
month is the passage's (`relative_dates`, `verifiers.dated`). A sentence opening with a description instead of a name
("The former mayor won…", "La senadora obtuvo…", "El presidente saliente quedó segundo") is read as stated of the one
person of the cited passages given the same office or trade, former or not ("Former mayor Carlos Ruiz", "X, the
outgoing president,"; a table per meaning in en/es/pt/fr, `described`). It cannot: resolve a description two people
of the passages share, or one the passages give in other words ("the former head of the city"): such a sentence is
read as written, its figures checked with no one to hold them. Where a change started stays an earlier time's past
the house or place its end is of ("94 of the 150 seats in the House of Representatives, up from 77": no one won 77).

Round 25 (check25): a figure stated of "the winner" ("El ganador obtuvo…", "Le vainqueur a obtenu…") is the figure of
the one the spans say won (`verifiers.winners`), so the runner-up's share is no winner's; one who reports figures
does not hold them ("selon X", "according to X", "X said…, giving figures of N": passed over like an electoral body,
unless speaking of themself, "said he had won"); a French capitalised head with its lowercase adjectives after an
article is one name ("le Parti socialiste", "la Cour constitutionnelle"), and French places a name against the
subject ("devant", "derrière", "suivi de"); a name with its party in brackets holds the figure after the bracket;
conjunctions and adverbs opening a sentence ("Because", "Hormis", "Pourtant") are no names; letters with a stroke
fold (ø, ł, đ). It cannot: match a name transliterated another way than its sources ("Tokayev" against "Tokaïev": a
sound key was tried and taken out, as it let one more unfaithful held-back sentence through), nor one translated.

Round 26 (check26, causes of the faithful sentences fresh batches lost, read generally in en/es/pt/fr): a French
court or council ("la Cour suprême", "le Conseil constitutionnel") holds no figure, as other bodies do, and a dateline
of any date form ("CONAKRY, 31 décembre (Presse du Golfe de Guinée) -") names nobody; a figure set against a turnout
("41.31 percent, against 52.18 percent in the first round", "contre", "contra 68% em 2016", "face aos") and a rate set
off before an apposition ("La participation, annoncée à 16 % …, a été portée à 56,44 %") keep the turnout topic; the
figure a change in points is measured from ("about 4 points (computed) below the 85 percent") is of its topic and no
bound; a difference of figures of unequal precision is rounded to the coarser ("85% less 80.95% is about 4"); two
figures the sentence names are the ends of its computed difference whoever holds them (one contestant's change, or a
lead "X's 1,938,889 votes left Y, on 492,336, trailing by 1,446,553"); "sans second tour", "dès le premier tour" are the
first round; "más del 92 %", "superaba", "un peu plus de 90 % des bureaux dépouillés" are bounds and counting progress;
a bound on turnout is read from this vote's abstention, never an earlier year's; "más de N" is never "of N"; French
weekdays are read bare ("rendus publics mardi"); "Mesmo", "Aun", "Même" opening a quote are no names; a re-election a
body proclaims or confirms is a win, one sought is none; points gained after a win verb ("ganhou 0,03 ponto") are no
win. It cannot: tell which body reported a figure ("Selon la commission électorale, X a recueilli N" of the court's
N passes); tell two parties apart that end in the same word when one is named in another language ("la Unión de la
Patria" of "Homeland Union-Lithuanian Christian Democrats" beside "Social Democrats": the reading was tried and
taken out); read a share's change against a year the passage names only at its sentence's start ("In 2017 X won
98.79 percent"); resolve a speaker left out ("…", disse) for a paraphrased quotation.

Round 27 (check27, causes of the faithful sentences the fresh check_thirtyeighth and check_fortieth lost, read
generally in en/es/pt/fr): a body's acronym in brackets after its name is the body whatever letters it spells
("Commission électorale nationale indépendante (CENI)"), holding no figure; a count bound is never said of a share
before it, and the electorate may be bounded ("of the more than 9.5 million registered voters") or said on the roll
("6,68 millones … figuraban en el padrón", "estavam inscritos"), never who voted; "N% of (the) results" is counting
progress; declaring oneself the winner ("se había declarado ganador", "s'est proclamé vainqueur") claims no win; French
rejection with its pronoun before the verb ("l'opposition les a rejetés"); a contestant's share gained or lost in points
("gained 20.65 points", "ganhou 2,09 pontos", "0.36 points above") is the later of two of its span shares less the
earlier, in time order (round, year, stage of the count, a projection first: `stages.stage_rank`), never two shares of
no known order; an apposition with an indefinite article ("X, a Social Democrat, topped…") describes the person; a
passage's shares after its first-round sentence and before any runoff is named are the first round's; a negation
governs the verb after its auxiliary ("aún no había proclamado"); Portuguese "no" in a sentence whose words tell no
language is read by its passage's; a poll's margin of error is no lead; a sentence that says its count is official or
final takes no figure of a projection or a partial count; French shares in words ("trente-quatre pour cent") and
millions are read, "les deux candidats" counts those named; an acronym before "for" is a whole name ("SORA for ORF");
passing in the infinitive ("Al superar la mitad") is a bound; the round one end of a change is said of is not the
other end's. The verbs of saying are one table (`saying`) that who reports a figure, a reported clause and a
quotation's speaker all read. It cannot: tell a court challenge from a rejection ("contestou os resultados no Conselho
Constitucional" passes of "les a rejetés, tout en renonçant à saisir le Conseil"); order two shares of a contestant
when neither round, year nor stage says which came first; match a party or body translated word for word ("Parti de
la bière" of "Partido de la Cerveza", "Comissão Eleitoral" of "Elections Commission").

Round 28 (check28, causes of the faithful sentences the fresh check_fortieth and check_fortysecond lost, read generally
in en/es/pt/fr): a time of day ("7 a.m.", "17h", "20h30", "8:00", "à 20 heures", "a las 8 de la tarde") is a time,
supported only by the same time in any of these notations, never a figure of the result (`clock`); an ordinal day ("1.º
de julho", "1er juillet") is a day; the electorate called to vote ("estaban llamados a las urnas", "étaient convoqués")
is the electorate, never who voted, and a count of candidates or rivals ("contra seis adversários") has no turnout topic
and is checked as a count; a wire dateline's day ("COLOMBO, 18 nov (…) -") is the day the report was filed: it dates a
result announced, never a vote; an institution's name translated is matched against the span's run of capitals, a word
opening its sentence included ("Comissão Eleitoral" of "Elections Commission chairman"; "electoral" and "elections" are
one word of a body's name); "Estado", "État", "Government" in a head's title ("jefe de Estado") name nobody; a count
"still under way" ("con el escrutinio todavía en curso") is partial; a runoff that will not be held ("no habrá segunda
vuelta") is no runoff; a majority taken as a prize ("a décroché", "clinched", "aseguró") is a majority claimed; a term
of office ("mandato") is no vote, and a vote that "decorreu" or "s'est déroulé" is one; French ballots counted
("bulletins dépouillés") are counting progress; a rival beaten or placed across their title ("al presidente Igor Dodon",
"à frente do antigo primeiro-ministro X") is the rival, and a score's figure set against the subject's ("con el 53,3 %
de los votos frente al 46,6 %") is that rival's. Tried and taken out (two more unfaithful held-back sentences passed):
an ordinal alone setting a clause ("; au second, elle a obtenu"), a stage's time clause ("once everything was counted")
as no counting topic, descriptions opening a sentence ("Runner-up X") as no names, a win after "said/showed that" as the
reported subject's, a date after "to" as its verb's. It cannot: resolve a beaten rival given only by a description
("beat the incumbent, 57.75% to 42.25%": the second figure is read as the subject's); translate a party's word the table
lacks ("Parti de la bière" of "Partido de la Cerveza"). Round 29 reads: a word the sentence negates that the cited
passages state only plainly ("Dodon's team said it had recorded no abuses" of "his team had recorded abuses"; "yet to",
"aún no", "ainda não", "pas" negate; a negation over a result, a figure, a contestant or a name is the roles' and
figures' to judge); a verb set against its opposite on an object sharing a word ("accepted the provisional figures" of
"rejected the figures", "upheld the opposition's appeals" of "rejetant les recours de l'opposition"); decimals said in
words ("quatre-vingt-dix-huit virgule cinquante-huit pour cent", "sesenta y dos coma cinco por ciento", "forty-two point
five percent"); a count's stage word opening a sentence ("Provisional results gave…") names nobody; "The Social
Democrat", "The Conservative" opening a sentence is the person the sentence before named (with that sentence out of the
span, nobody the span names). Tried and taken out: a ministry's portfolio in a title ("ministre de l'Intérieur X") as no
part of the name (one more unfaithful held-back sentence passed); French "scrutin" as a vote's word for its date (an
earlier year's figure then passed on the vote's date: a year opening a sentence, "En 2016, X avait obtenu 87 %", does
not date its figures). It cannot: read a negated draft against an affirmative span in another language or with other
words ("la oposición no presentó recursos" of "en rejetant les recours de l'opposition"); check a person's title or
office ("Le Premier ministre X" of "Interior Minister X", "La actual primera ministra Maia Sandu" of "a former prime
minister"); find a figure of a change between two passages when the span chosen in one holds another figure of the same
person ("slipped by 1.14 points between the two releases"); tell a time in words ("at seven in the morning") or a bare
hour with no mark from a number. Round 30 reads: an hour and its minutes after a point, after a clock's preposition ("a
las 23.00", "cerraron a las 22.00") as a time of day; "depuis", "contre", "par rapport à", "qu'en" and "against" as
pointing back to a year ("au pouvoir depuis 2005" is no event of 2005); a year set off opening a sentence ("En 2016, X
avait obtenu 87 %", "In 2019, turnout was 61%") as the year of that sentence's figures, so "scrutin" and "suffrage" are
a vote's words again; a figure after a placed name and its party ("ahead of Y of the Z coalition with 246,968") as that
name's; a count in thousands after "with/con/com" and a name, later in a sentence whose first count has a unit, as a
count in that unit; a capitalised registered-voters word ("Right Person Electorate") as a name's, no electorate; a
counting word beside a count of the units counted ("apurados 1.631 distritos") as that count's; existential verbs
opening a sentence ("Había", "Hubo", "Havia", "Houve") as no names. Tried and taken out: a participle of crediting after
a placed name ("devant Y, crédité de 4,35 %") as linking the figure to it (one more unfaithful held-back sentence
passed). It still cannot check a title or office stated for a person, nor read a figure computed between two passages'
spans.

Round 31 (check31, causes of faithful tune sentences lost, read generally in en/es/pt/fr): the side of a margin said
with a preposition and the rival's own article ("superou a La Libertad Avanza por N pontos"), in the French passé simple
("X devança Y de N point"), or with the rival described then named ("aventajó al tercero, Camacho, en N puntos"): the
subject leads, the one named after the verb is beaten; a bare margin is over the next contestant, and another figure
of one of the two it is computed from (another stage's count, another scope's share) is no contestant between them; a
need followed by "de" ("um candidato precisa de 40% dos votos") is nobody's share; a share in brackets after the units
votes are counted in ("3,651 of Georgia's 3,705 polling stations (98.54%)") is counting progress; voting said in "-ing"
("with 1,975,845 people voting", "casting a ballot") and French "se sont déplacés" are turnout; a registered-voters word
that labels the figure before it ("46,83 % del censo, 1.647.877 personas", "Sur 6 768 458 inscrits, 5 608 520 …") or
with voting between ("habilitados votaron 6.483.893") makes no electorate of the count after it; a change in points
may be said with the measure and a preposition between verb and figure ("improved his share by", "slipped by"), and a
change or difference computed between two cited passages is looked for in each passage's three best windows, not only
the first ("Milanović improved his share by 23.14 points between the two rounds (computed) [1][2]"); a share passed
after a restating count and a degree ("56.23%, or 1,975,845 voters, well above the 46.83% of the first round") keeps
the topic of the first. It still cannot: check a title or office stated for a person ("Prime Minister X" of a
president); read a change whose two ends sit in windows that rank below the third of their passages; tell a time
clause of a count ("once everything was counted") from counting progress; read a name transliterated another way in
another language's passage ("Zourabichvili" of "Zurabishvili").

Session 32 (check32, titles and offices): a title the sentence gives a named person ("Prime Minister X", "X, the chief
justice,", "Le ministre de l'Intérieur, X", "X was elected president", "X becomes … president") is read with the
office it means in English, Spanish, Portuguese and French, "former" or not, and bound the same way in the cited
passages (right before the name, in apposition after it, or as what the person is elected, sworn in as or becomes); a
president of a body that is not a place chairs it. It fails when the passages give that person the same office only
in the other tense, other offices only, or none while they give the same unique office (president, prime minister,
vice-president) to somebody else not leaving it (`verifiers.titles`). It cannot: tell ministers' portfolios apart,
read a title the passages give in words its table lacks ("the head of state"), or check a title of a person the
passages give none to when nobody else holds it; a new or elected office ("president-elect") is checked only against
an election official's title. A place opening the sentence's first name ("Runner-up X polled…", "Third-placed X")
is a description: the name is X, and the place is checked as any claimed place (`ranks.described_place`). A score
after beating someone described and named nowhere after ("X beat the incumbent, 57.75% to 42.25%") gives its second
figure to nobody the sentence names (`binding._described_beaten`): it must be in the span, never as X's.

Modules, one job each. Reading: `text` (folding, squashing), `numbers` (numbers as written, words as numbers, rounding),
`clock` (times of day), `figures` (figures with their kind, unit, topic, round and year; whether one supports another),
`topics` (turnout, abstention, counting words), `limits` (bounds, thresholds, majority lines, needs), `rounds` (which
round), `dates` (months, weekdays, years, days), `relative_dates` (dates by day and month, and relative to the date
before), `changes` (the direction of a change), `trends` (which way turnout went), `gaps` (computed, summed, leads and
shortfalls), `gapping` (gapped lists of counts), `names` (names), `described` (a person named by a description),
`translated` (names in another language or form, renamed to the passages'), `binding` (figures to names, with `placing`
and `rivals`), `roles` (wins, losses, concessions, negation), `ranks` (places in a ranking), `language` (the language of
a sentence, for words that differ), `saying` (the verbs of saying), `stages` (the stage of a count), `claims` (what a
sentence states). Verifying, one family each, run in order by `verifiers.unsupported`: `verifiers.facts` (what the spans
hold), `shares` (figures stated for a contestant), `bounds`, `thresholds`, `turnout` (and the electorate), `margins`
(and computed figures), `mentions` (names, places, months, weekdays), `wholes` (a part of its whole), `affiliations` (a
person's party), `ratios` (ratios between two contestants), `speakers` (who said a quotation), `titles` (a person's
office or trade), `antonyms` (a verb stated the other way), `majorities`, `rounds`, `roles` (ranks and roles), `winners`
(figures stated of the winner), `notions` (sentences with no figure or name). Then `evidence` (finding the spans:
quotes, windows, scattered sentences) and `check` (the check and its result).
"""

from bot.citations.binding import bind
from bot.citations.check import CheckResult, check, check_drafts, check_text
from bot.citations.figures import Figure, figures_in, supports
from bot.citations.gaps import COMPUTED
from bot.citations.names import CONNECTORS, NOT_NAMES, Name, names_in
from bot.citations.roles import CONCEDE, DEFEAT, LOSS, NEGATION, PROVISIONAL, REJECT, WIN, WIN_NOUNS, Role, roles_in
from bot.citations.text import fold_same
from bot.citations.topics import COUNTED, TURNOUT

__all__ = [
    "COMPUTED",
    "CONCEDE",
    "CONNECTORS",
    "COUNTED",
    "DEFEAT",
    "LOSS",
    "NEGATION",
    "NOT_NAMES",
    "PROVISIONAL",
    "REJECT",
    "TURNOUT",
    "WIN",
    "WIN_NOUNS",
    "CheckResult",
    "Figure",
    "Name",
    "Role",
    "bind",
    "check",
    "check_drafts",
    "check_text",
    "figures_in",
    "fold_same",
    "names_in",
    "roles_in",
    "supports",
]
