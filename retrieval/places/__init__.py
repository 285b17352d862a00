"""Places in text: every ISO 3166-1 country and first-level ISO 3166-2 subdivision, found by name.

Passages are tagged with codes at ingest ("CL", or "US-CA" followed by its country "US") and questions at
query time, so that a question about Bolivia is not answered from an article about Chile. Names come from
maintained data: pycountry (ISO 3166 names) and CLDR via Babel (country and language names in English,
Spanish, Portuguese and French). `data/places.json` adds only what those lack: short forms and abbreviations,
capitals used as metonyms, a few subdivision exonyms ("Bavaria"), demonyms (masculine singular; plural and
feminine forms are generated here), and the word lists the rules below read. `data/subdivision_names.json` adds
the English names ISO 3166-2 writes only in a local language ("Toscana": Tuscany, "Vlaams Gewest": Flanders), from
the countries-states-cities database (`scripts/make_subdivision_names.py`): read as subdivision names are (rule
7), never over a name another place already has, never the name of the country's capital ("Vienna").

Matching splits the text into word tokens (accents stripped, lowercased, original case kept aside) and looks
token n-grams up in one dictionary, built lazily on first use. The longest name starting at a token wins, so
"woman" never contains "Oman", "Papua New Guinea" is not Guinea and "Santiago de Chile" is Chile.

The rules, all general (no rule exists for one name):

1. Capitalisation is evidence. In text that uses case, a name counts only when its first significant word is
   capitalised ("La Paz", not "la paz"). Spanish, Portuguese and French demonyms are lowercase by spelling
   and match in any case. Abbreviations (written in capitals in the data: US, UK, EE.UU.) match only in
   capitals, or in text typed without any ("seats in nz"), unless they are also a word ("us", "usa"). The
   press's dotted abbreviations of provinces and states are such aliases ("B.C.", "N.S.W.", "D.C."). Text
   without case (a question typed in lowercase) matches names in any case, except:
2. Names that are ordinary lowercase words in one of the four languages (`common_words`: "chad", "turkey",
   "gana", "para", "delta") always need a capital, and a capital forced by sentence start is no evidence.
   A subdivision named by such a word ("Delta", "Meta") also needs its country named in the same text; typed
   without capitals it is read beside a governor's office word ("governador córdoba argentina"). Other
   languages' names of cities from CLDR (exemplar cities: "Banguecoque") count in text typed without capitals,
   except those that are also words or given names (`exonym_words`: "Damas", "Tunes"), which need a capital.
3. Person or place, one rule: a one-word name that is part of a run of capitalised words forming a personal
   name is not a place. It is so when the word before it is capitalised, not at sentence start, and not a
   place, title or function word (`name_breakers`) - "Denzel Washington" - or when the word after it is such
   a word - "Santiago Peña", "Francia Márquez". "in Santiago" and "La Paz" remain places. In
   title-case text (headlines) capitals say nothing and this rule is off. Names of several words ("United
   States Treasury", "Costa Rica") are not given names or surnames and are exempt. A one-word name followed by
   "de/del/da/do" and a capitalised word that is not a place names something else ("Santiago de Compostela").
4. Language uses are not the country: a demonym that is also a language name (CLDR) next to a language cue
   ("en español", "em português", "Spanish-language", "French speakers") is skipped, and so is a demonym
   naming a group of people ("the Albanian vote", `group_cues`) unless the caller asks otherwise
   (`groups=False`: a question naming no other place is about that country's vote). Phrases in
   `not_places` ("Latin America", "Gulf of Mexico") are matched whole and ignored.
5. A subdivision also counts its country, right after it: "California" gives US-CA then US.
6. One name, several places ("Georgia": the country or a US state; "Santa Cruz": Argentina or Bolivia;
   "Santiago": Chile's capital or a Dominican province) is resolved by context: the candidate whose country
   the same text names unambiguously wins; otherwise the strongest tier: aliases from the data file, then
   country names, then other country forms, then subdivision names; a tie is dropped. So a capital or a
   country beats a same-named subdivision ("Buenos Aires" is Argentina, "Buenos Aires province" is AR-B;
   "Lima" is Peru, not the Lima region), and "Georgia" is the country unless the text is about the US.
7. Subdivision names made only of words that recur across many countries' subdivision names ("Central",
   "North-West", "Capital"), and names shorter than four letters ("Imo", "Uri": acronyms and words more
   often than places), are too generic for running text and are reached only by code. Every other
   subdivision is also found in qualified forms ("X province", "estado de X"). Local-government levels
   (municipalities, parishes) are left out.
8. Cities of at least 500,000 people (`data/cities.json`, from GeoNames; `scripts/make_cities.py`) are found
   by their main name, as their country, or as their state in the US (GeoNames' first-level codes are ISO
   3166-2 only there): a mayoral race is asked about by city. They are the weakest tier and never take a
   name another place has, and rules 1-3 apply to them as to any name ("Florence Adeyemi" is no city). A
   city named alone in a text that names another country more often, and never the city's own, is a namesake
   there ("Brooklyn", a suburb of Hobart, in a report on Hobart's mayor).
9. A question about a governor's or mayor's race (`seat_of`) reads a capital's name that is also a
   subdivision's of its country as the subdivision: "governor of Tokyo", "Ciudad de México" for its head of
   government; for a mayor only a subdivision that is the city's own government (a federal entity, a
   capital city), so "Buenos Aires" stays Argentina rather than its province. Running text is read so too
   where an office word stands beside the name in its sentence (`seat_cues`: "the Jakarta gubernatorial
   race", "la jefa de gobierno de la Ciudad de México"): a report on that race places its rows in the seat.
10. A short state code ("RS", "SP", "NL": `state_abbreviations`, ISO 3166-2's own for Brazil, the press's for
   Mexico) is a state only after a cue of its government ("governo do RS", "gobernador de NL"), never bare:
   most are also words or acronyms. A big city's short form (`city_abbreviations`: "BH") is read so too, after
   a cue of the city's government ("prefeitura de BH"), as the place the city is found as. In English word
   order either stands right before its office word (`cues_after`: "the LA mayor race"), in capitals amid
   text that uses case; typed in lowercase only before a cue that is no other language's word ("la mayors
   race", while "la mayor" is Spanish). A short form that is a function word ("la") needs capitals.
11. Regions are also named by their demonyms (`subdivision_demonyms`: "las elecciones gallegas", "Scottish
   voters", "a eleição paulista"), never over a name another place has. A Spanish, Portuguese or French one is
   lowercase by spelling: capitalised amid text that uses case it is a surname ("Navarro", "Gallego").

Countries with no ISO 3166-1 code are read under the user-assigned code in common use (data `countries`:
Kosovo, XK, as the EU and CLDR write it), with CLDR's names, as any other country.

Territories: a first level that only groups subdivisions with no government of its own (`grouping_types`:
Indonesia's island groups) is skipped for the level under it (Jakarta, ID-JK). A territory with votes of its
own but no ISO 3166-2 code (`territories`: Somaliland, Zanzibar) is a place of its country under a code of
ours ("SO-XSL": country, hyphen, X and two letters), like a subdivision; one whose ISO code names it otherwise
(Bangsamoro is PH-14, "ARMM"; the Kurdistan Region IQ-KR) takes its names as aliases. An alias its country
already goes by (a capital: "Jakarta", "Mexico City") is the subdivision's weaker name, which rule 9 reads.
"""

from retrieval.places.hierarchy import within
from retrieval.places.lookup import all_places, find_places, place_counts, place_name, resolve_place
from retrieval.places.model import Place
from retrieval.places.normal import normalize

__all__ = [
    "Place",
    "all_places",
    "find_places",
    "normalize",
    "place_counts",
    "place_name",
    "resolve_place",
    "within",
]
