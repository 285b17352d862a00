"""Gazetteer tests: ISO countries and subdivisions in four languages, demonyms, and the general rules
(capitalisation, person or place, language uses, ambiguity by context) that keep false positives out."""

import pytest

from retrieval.places import Place, all_places, find_places, place_counts, place_name, resolve_place


def test_order_and_no_duplicates() -> None:
    text = "Kast won in Chile; Bolivia and Peru watched. Chilean markets rose and Chile celebrated."
    assert find_places(text) == ["CL", "BO", "PE"]


def test_counts_rank_main_country() -> None:
    counts = place_counts("Chile votes. Chilean voters in Santiago. Peru is next door.")
    assert counts == {"CL": 3, "PE": 1}


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Protests in La Paz", ["BO"]),
        ("Rodrigo Paz won the runoff", []),
        ("Premio Nobel de la Paz", []),
        ("firmar la paz con la guerrilla", []),
        ("a bowl of chili", []),
        ("Buenos Aires and Santo Domingo", ["AR", "DO"]),
        ("San José, Costa Rica", ["CR"]),
        ("El Salvador's president", ["SV"]),
        ("Mexico City and Ciudad de México", ["MX"]),
        ("el gobierno de EE.UU. y Estados Unidos Mexicanos", ["US", "MX"]),
        ("U.S.-backed candidate", ["US"]),
        ("the USA and the U.S.", ["US"]),
        ("Washington said", ["US"]),
        ("Let us talk", []),
        ("The US said", ["US"]),
        ("Lima and Perú", ["PE"]),
        ("PERÚ y MÉXICO", ["PE", "MX"]),
        ("Brasil e Bolívia", ["BR", "BO"]),
        ("chilenas y bolivianos", ["CL", "BO"]),
        ("Santiago Peña visited Asunción", ["PY"]),
        ("Latin American leaders met", []),
        ("Spanish-language media", []),
        ("the Spanish government", ["ES"]),
        ("Georgia, Jordan and Chad", ["GE", "JO", "TD"]),
        ("Jordan Bardella and Chad Smith spoke", []),
        ("UK and Britain", ["GB"]),
        ("Kyiv, Tel Aviv, Suva, Kathmandu, Canberra", ["UA", "IL", "FJ", "NP", "AU"]),
    ],
)
def test_find_places(text: str, codes: list[str]) -> None:
    assert find_places(text) == codes


def test_empty_text() -> None:
    assert find_places("") == []
    assert place_counts("") == {}


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("chile", "CL"),
        ("Chilean", "CL"),
        ("bolivia", "BO"),
        ("boliviano", "BO"),
        ("La Paz", "BO"),
        ("la paz", "BO"),
        ("CL", "CL"),
        ("cl", "CL"),
        ("EE.UU.", "US"),
        ("the US", "US"),
        ("USA", "US"),
        ("Perú", "PE"),
        ("brasileña", "BR"),
        ("Santiago de Chile", "CL"),
        ("Spanish", "ES"),
    ],
)
def test_resolve_place(typed: str, code: str) -> None:
    place = resolve_place(typed)
    assert place is not None and place.code == code


@pytest.mark.parametrize("typed", ["Paz", "", "xx", "Atlantis", "the"])
def test_resolve_place_unknown(typed: str) -> None:
    assert resolve_place(typed) is None


def test_place_name_and_catalogue() -> None:
    assert place_name("BO") == "Bolivia"
    assert place_name("us") == "United States"
    assert place_name("ZZ") == "ZZ"
    places = all_places()
    chile = next(p for p in places if p.code == "CL")
    assert isinstance(chile, Place) and (chile.name, chile.name_es, chile.parent) == ("Chile", "Chile", None)
    codes = {p.code for p in places}
    assert {"AR", "BO", "BR", "HT", "JM", "TT", "US", "CA", "ES", "GB", "CN", "RU", "IN", "FJ"} <= codes
    assert len(codes) == len(places)


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # across continents, in English, Spanish, Portuguese and French
        ("Poland, Ireland and Czechia voted", ["PL", "IE", "CZ"]),
        ("the Czech Republic and South Korea", ["CZ", "KR"]),
        ("Malawi and Ghana held elections; Romania and Portugal too", ["MW", "GH", "RO", "PT"]),
        ("Polonia, Irlanda, Chequia y Corea del Sur", ["PL", "IE", "CZ", "KR"]),
        ("a Polônia, a Irlanda e a Coreia do Sul", ["PL", "IE", "KR"]),
        ("la Pologne, l'Irlande et la Corée du Sud", ["PL", "IE", "KR"]),
        ("Türkiye and Turkey", ["TR"]),
        ("Côte d'Ivoire, Ivory Coast", ["CI"]),
        ("Papua New Guinea and Guinea-Bissau", ["PG", "GW"]),
        # demonyms, any gender or number
        ("el gobierno polaco y los votantes polacos", ["PL"]),
        ("o presidente polonês e as eleitoras polonesas", ["PL"]),
        ("Polish voters", ["PL"]),
        ("les électeurs chiliens et la presse chilienne", ["CL"]),
        # capitals as metonyms
        ("Warsaw and Seoul reacted; Accra waited", ["PL", "KR", "GH"]),
        # word boundaries: Oman is not in "woman"
        ("a woman from Oman", ["OM"]),
        ("a woman spoke", []),
        # ordinary lowercase words need a capital, and not one forced by sentence start
        ("a turkey, a chad and a guinea pig", []),
        ("Para el gobierno, la gente gana", []),
        ("Kast gana en Chile", ["CL"]),
        ("who won in chile", ["CL"]),
        # language uses are not the country
        ("en español y em português", []),
        ("French speakers in Belgium", ["BE"]),
        # subdivisions count their country too
        ("the governor of California", ["US-CA", "US"]),
        ("Bavaria and Lower Saxony", ["DE-BY", "DE", "DE-NI"]),
        ("Buenos Aires province", ["AR-B", "AR"]),
        ("la provincia de Buenos Aires", ["AR-B", "AR"]),
        ("Buenos Aires", ["AR"]),
        ("São Paulo state and Minas Gerais", ["BR-SP", "BR", "BR-MG"]),
        ("o estado de São Paulo", ["BR-SP", "BR"]),
        ("Lima", ["PE"]),
        # ambiguity resolved by the country the text names
        ("Georgia", ["GE"]),
        ("Georgia and Texas", ["US-GA", "US", "US-TX"]),
        ("Santa Cruz, Bolivia", ["BO-S", "BO"]),
        ("Santa Cruz, Argentina", ["AR-Z", "AR"]),
        ("Santa Cruz", []),
        # generic subdivision names are not matched in running text
        ("the Central Bank and the Northern Region", []),
        # a subdivision named by an ordinary word needs its country in the text
        ("Delta reported profits in the Gulf", []),
        ("the governors of Delta and Lagos, in Nigeria", ["NG-DE", "NG", "NG-LA"]),
        ("Kast viajó a Pará, en Brasil", ["BR-PA", "BR"]),
    ],
)
def test_find_places_world(text: str, codes: list[str]) -> None:
    assert find_places(text) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Santiago Peña won in Paraguay", ["PY"]),
        ("Francia Márquez spoke", []),
        ("Denzel Washington visited Washington", ["US"]),
        ("Victoria Villarruel spoke in Victoria, Australia", ["AU-VIC", "AU"]),
        ("Gustavo Petro visited Santiago", ["CL"]),
        ("Protests in Santiago de Compostela", []),
        ("President Paz arrived in La Paz", ["BO"]),
        ("Santiago de Chile", ["CL"]),
        ("The United States Treasury and Chile", ["US", "CL"]),
        ("Peña of the Colorado Party won in Paraguay", ["PY"]),
    ],
)
def test_person_or_place(text: str, codes: list[str]) -> None:
    assert find_places(text) == codes


def test_title_case_headline_keeps_places() -> None:
    assert find_places("Kast Wins Chile Runoff With Wide Margin Over Jara") == ["CL"]


def test_subdivision_counts_its_country() -> None:
    counts = place_counts("California voted. Texas voted. The United States counted.")
    assert counts == {"US-CA": 1, "US": 3, "US-TX": 1}


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("Brasil", "BR"),
        ("Bolivia, Plurinational State of", "BO"),
        ("California", "US-CA"),
        ("us-ca", "US-CA"),
        ("Buenos Aires province", "AR-B"),
        ("estado de São Paulo", "BR-SP"),
        ("Bavaria", "DE-BY"),
        ("Czech Republic", "CZ"),
        ("polonês", "PL"),
        ("Türkiye", "TR"),
        ("UK", "GB"),
        ("South Korea", "KR"),
        ("who won in Ghana?", "GH"),
    ],
)
def test_resolve_place_world(typed: str, code: str) -> None:
    place = resolve_place(typed)
    assert place is not None and place.code == code


def test_place_name_languages() -> None:
    assert [place_name("PL", lang) for lang in ("en", "es", "pt", "fr")] == ["Poland", "Polonia", "Polônia", "Pologne"]
    assert place_name("DE-BY") == "Bavaria" and place_name("DE-BY", "fr") == "Bavière"
    assert place_name("US-CA", "xx") == "California"


def test_catalogue_covers_iso() -> None:
    places = {p.code: p for p in all_places()}
    # ISO 3166-1's 249 countries and Kosovo under its user-assigned code (XK)
    assert sum(1 for p in places.values() if p.parent is None) == 250
    assert places["US-CA"].parent == "US" and places["AR-B"].kind == "Province"
    assert all(p.parent in places for p in places.values() if p.parent)


def test_a_one_word_place_after_its_article_inside_a_longer_name_is_not_the_place() -> None:
    # "La Unión" is a department of El Salvador; "la Unión Europea" is not.
    assert find_places("Votaron por entrar en la Unión Europea, dijo el gobierno.") == []
    assert find_places("Los votantes de La Unión respaldaron al alcalde.") == ["SV-UN", "SV"]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("The mayor of Chicago conceded on Tuesday.", ["US-IL", "US"]),  # a US city is its state
        ("Toronto voters chose a new mayor.", ["CA"]),  # elsewhere, its country
        ("quem ganhou a prefeitura de Curitiba?", ["BR"]),
        ("Salvador Nasralla said he would not concede.", []),  # a city's name beside a surname is a person
        ("The Victoria state government said it would appeal.", ["AU-VIC", "AU"]),  # a known name keeps its place
    ],
)
def test_big_cities(text: str, codes: list[str]) -> None:
    assert find_places(text) == codes


def test_city_data_is_the_generated_file() -> None:
    """Every city row names a place the tables know, so a city never yields an unknown code."""
    import json
    from importlib import resources

    from retrieval.places import all_places

    known = {p.code for p in all_places()}
    rows = json.loads(resources.files("retrieval").joinpath("data/cities.json").read_text(encoding="utf-8"))["cities"]
    assert len(rows) > 1000
    assert [name for name, code, _ in rows if code not in known] == []


def test_a_city_name_can_be_left_out_where_a_surname_must_stay_a_name() -> None:
    assert find_places("Moura venceu Serra por 1,8 ponto.") == ["BR"]  # Serra, Espírito Santo
    assert find_places("Moura venceu Serra por 1,8 ponto.", cities=False) == []
    assert find_places("Serra, Brasil", cities=False) == ["BR"]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("how many seats did labour get in nz", ["NZ"]),  # typed without capitals: an abbreviation counts
        ("who won in the uk", ["GB"]),
        ("tell us who won", []),  # ... unless it is also a word
        ("Tell us who won in NZ.", ["NZ"]),
    ],
)
def test_abbreviations_typed_without_capitals(text: str, codes: list[str]) -> None:
    assert find_places(text) == codes


def test_regional_spellings_of_country_names() -> None:
    """European Portuguese, Latin American Spanish and Canadian French names CLDR gives apart from the base."""
    assert find_places("As eleições na Gronelândia deram a vitória ao Demokraatit.") == ["GL"]
    assert find_places("O Quénia e o Irão votaram.") == ["KE", "IR"]
    # Never a form that is only part of another name of its country: pt-PT "Salvador" stays a given name.
    assert find_places("Salvador Nasralla ganhou.") == []


def test_a_demonym_in_capitals_amid_cased_text_is_an_acronym() -> None:
    assert find_places("Según el DANE, la inflación bajó.") == []
    assert find_places("The Danes voted on Tuesday.") == ["DK"]
    assert find_places("THE DANES VOTED") == ["DK"]  # a text all in capitals says nothing by them


def test_demonyms_of_smaller_states_in_four_languages() -> None:
    assert find_places("How many Estonians voted online?") == ["EE"]
    assert find_places("os eleitores moldavos") == ["MD"]
    assert find_places("les électeurs tchadiens") == ["TD"]
    assert find_places("la oposición camboyana") == ["KH"]
    # A demonym that is also a given name is left out ("Jordano" in Spanish).
    assert find_places("Jordano Silva marcou") == []


def test_a_capital_is_its_own_subdivision_in_a_question_about_a_local_race() -> None:
    assert find_places("la jefatura de gobierno de la Ciudad de México", seat_of="mayor") == ["MX-CMX", "MX"]
    assert find_places("the governor race in Tokyo", seat_of="governor") == ["JP-13", "JP"]
    # A mayor's city is not its province: Buenos Aires stays the capital (Argentina).
    assert find_places("the Buenos Aires mayoral race", seat_of="mayor") == ["AR"]
    # Without a local race asked, a capital is its country.
    assert find_places("la Ciudad de México") == ["MX"]


def test_subdivision_iso_lists_as_a_country_is_read_as_that_country():
    # ISO 3166-2 lists American Samoa as US-AS and ISO 3166-1 as AS: a report naming the U.S. beside it is AS's.
    assert find_places("American Samoa's non-voting delegate to the U.S. House of Representatives") == ["AS", "US"]
    assert find_places("Polynésie française : le Tavini en tête") == ["PF"]
    assert find_places("Georgia's governor race in the United States") == ["US-GA", "US"]
