"""Synthetic distractor reports for the retrieval benchmark.

``generate(n, seed)`` returns ``n`` distinct, deterministic fake news reports with the
same schema as ``seeds/reports.jsonl``.  They cover *local* elections (mayoral,
regional/provincial council, local referendums, party primaries) in other countries
and in earlier years (2005-2020), including Chile, Bolivia and Honduras.  Every
candidate, party and outlet name is invented, and every report states its year, so
none of them should answer questions about the national elections in the seed
corpus.  Stdlib only.
"""

from __future__ import annotations

import random
import unicodedata

__all__ = ["generate"]

# country, demonym, language, electoral body, places (city/region)
_COUNTRIES = [
    ("Peru", "Peruvian", "es", "the National Elections Jury",
     ["Arequipa", "Trujillo", "Cusco", "Piura", "Iquitos", "Chiclayo", "Huancayo"]),
    ("Venezuela", "Venezuelan", "es", "the National Electoral Council",
     ["Maracaibo", "Valencia", "Barquisimeto", "Mérida", "Ciudad Guayana", "Maturín"]),
    ("Panama", "Panamanian", "es", "the Electoral Tribunal",
     ["Colón", "David", "Santiago de Veraguas", "Chitré", "La Chorrera", "Penonomé"]),
    ("the Dominican Republic", "Dominican", "es", "the Central Electoral Board",
     ["Santiago de los Caballeros", "La Romana", "San Pedro de Macorís", "Puerto Plata", "Higüey"]),
    ("Costa Rica", "Costa Rican", "es", "the Supreme Electoral Tribunal",
     ["Alajuela", "Cartago", "Heredia", "Liberia", "Puntarenas", "Limón"]),
    ("Nicaragua", "Nicaraguan", "es", "the Supreme Electoral Council",
     ["León", "Granada", "Masaya", "Estelí", "Matagalpa", "Chinandega"]),
    ("Cuba", "Cuban", "es", "the National Electoral Council",
     ["Santiago de Cuba", "Camagüey", "Holguín", "Cienfuegos", "Pinar del Río", "Matanzas"]),
    ("El Salvador", "Salvadoran", "es", "the Supreme Electoral Tribunal",
     ["Santa Ana", "San Miguel", "Soyapango", "Sonsonate", "Usulután"]),
    ("Spain", "Spanish", "es", "the Central Electoral Board",
     ["Zaragoza", "Valladolid", "Murcia", "Córdoba", "Vigo", "Gijón", "Alicante"]),
    ("Portugal", "Portuguese", "en", "the National Elections Commission",
     ["Braga", "Coimbra", "Setúbal", "Aveiro", "Faro", "Évora", "Viseu"]),
    ("Chile", "Chilean", "es", "the Electoral Service",
     ["Valparaíso", "Antofagasta", "Concepción", "Temuco", "Iquique", "Puerto Montt", "La Serena"]),
    ("Bolivia", "Bolivian", "es", "the departmental electoral tribunal",
     ["Cochabamba", "Sucre", "Oruro", "Potosí", "Tarija", "Trinidad", "Cobija"]),
    ("Honduras", "Honduran", "es", "the electoral authority",
     ["San Pedro Sula", "La Ceiba", "Choluteca", "Comayagua", "Danlí", "Juticalpa"]),
    ("Guatemala", "Guatemalan", "es", "the Supreme Electoral Tribunal",
     ["Quetzaltenango", "Escuintla", "Cobán", "Huehuetenango", "Antigua Guatemala"]),
]

_FIRST = ["Alberto", "Marcela", "Ramiro", "Lucía", "Esteban", "Verónica", "Gonzalo", "Teresa",
          "Hernán", "Silvia", "Mauricio", "Rosario", "Julián", "Patricia", "Octavio", "Daniela",
          "Fabián", "Claudia", "Leandro", "Inés", "Rubén", "Gabriela", "Tomás", "Beatriz",
          "Ignacio", "Mónica", "Wilfredo", "Carolina", "Aurelio", "Natalia", "João", "Filipa"]
_LAST = ["Ibarra", "Salcedo", "Montalvo", "Quintana", "Figueroa", "Arancibia", "Villalobos",
         "Cárdenas", "Benavides", "Orellana", "Zamudio", "Peralta", "Sepúlveda", "Carrasco",
         "Echeverría", "Mendieta", "Lozano", "Urrutia", "Valdivieso", "Ocampo", "Betancur",
         "Rivadeneira", "Saavedra", "Gallardo", "Toledo", "Aguirre", "Espinal", "Barrios",
         "Cordero", "Lezcano", "Moura", "Antunes", "Carvalho", "Palacios", "Trejo", "Olmedo"]
_PARTIES = ["Citizens' Renewal Movement", "Regional Progress Alliance", "Democratic Union for Change",
            "Popular Neighbourhood Front", "Independent Civic Platform", "Green Local Coalition",
            "Workers' Municipal Bloc", "Centrist Pact for Development", "National Values List",
            "United Provinces Party", "Social Harmony Movement", "Liberal Renewal Group"]
# Spanish party names carry their contracted preposition ("del" / "de la").
_PARTIES_ES = ["del Movimiento Renovación Ciudadana", "de la Alianza Progreso Regional",
               "de la Unión Democrática por el Cambio", "del Frente Vecinal Popular",
               "de la Plataforma Cívica Independiente", "de la Coalición Verde Local",
               "del Bloque Municipal de Trabajadores", "del Pacto de Centro por el Desarrollo",
               "de la Lista de Valores Nacionales", "del Partido Provincias Unidas",
               "del Movimiento Armonía Social", "del Grupo de Renovación Liberal"]
_COUNTRY_ES = {"Peru": "Perú", "Panama": "Panamá", "the Dominican Republic": "República Dominicana",
               "Spain": "España"}
_OUTLETS = ["Regional Ballot Review", "Municipal Affairs Weekly", "Coastal Chronicle", "Highland Courier",
            "The Provincial Observer", "Civic Ledger", "Plaza Mayor Noticias", "Eco Regional",
            "La Voz del Municipio", "Boletín Electoral Local", "Northern Valley Herald", "Gaceta Provincial"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]
_MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
          "septiembre", "octubre", "noviembre", "diciembre"]

_KINDS = ["mayoral", "council", "referendum", "primary", "governor"]

_TOPICS = ["water supply", "public transport", "street lighting", "waste collection", "local security",
           "housing", "road repairs", "tourism", "school buildings", "flood defences", "market reform"]
_TOPICS_ES = ["el suministro de agua", "el transporte público", "el alumbrado", "la recolección de basura",
              "la seguridad local", "la vivienda", "el arreglo de calles", "el turismo",
              "los edificios escolares", "las defensas contra inundaciones", "la reforma del mercado"]


def _fmt(x: float, lang: str) -> str:
    s = f"{x:.1f}%"
    return s.replace(".", ",") if lang == "es" else s


def _slug(text: str) -> str:
    out = []
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    for ch in text.lower():
        if ch.isascii() and ch.isalnum():
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")[:70]


def _title(rng, kind, lang, year, place, country, winner, loser, yes):
    w, l = winner.split()[-1], loser.split()[-1]
    if lang == "es":
        opts = {
            "mayoral": [f"{w} gana la alcaldía de {place} en las municipales de {year}",
                        f"Municipales {year} en {place}: {w} derrota a {l}",
                        f"{place} elige a {winner} como alcalde ({year})"],
            "council": [f"Elección del consejo regional de {place} {year}: la lista de {w} queda primera",
                        f"Consejo provincial de {place}, {year}: {w} encabeza el recuento"],
            "referendum": [f"Consulta local {year} en {place}: gana el {'sí' if yes else 'no'}",
                           f"{place} vota en la consulta municipal de {year}"],
            "primary": [f"Primarias {year}: {w} se impone a {l} en {place}",
                        f"{w} gana la interna partidaria de {year} en {place}"],
            "governor": [f"{w} gana la gobernación de {place} en {year}",
                         f"Elección regional {year} en {place}: {w} supera a {l}"],
        }
    else:
        opts = {
            "mayoral": [f"{w} wins {place} mayoral race in {year}",
                        f"{year} municipal election in {place}: {w} defeats {l}",
                        f"{place} elects {winner} as mayor in {year} local vote"],
            "council": [f"{year} regional council vote in {place}: {w}'s list comes first",
                        f"{place} provincial assembly election {year}: {w} leads the count"],
            "referendum": [f"{year} local referendum in {place}: '{'Yes' if yes else 'No'}' side prevails",
                           f"{place} voters decide municipal referendum in {year}"],
            "primary": [f"{year} party primary in {place}: {w} beats {l}",
                        f"{w} wins {year} primary for {place} nomination"],
            "governor": [f"{w} elected governor of {place} region in {year}",
                         f"{year} regional election in {place}: {w} beats {l}"],
        }
    if rng.random() < 0.35:
        label = _COUNTRY_ES.get(country, country) if lang == "es" else country
        return f"{rng.choice(opts[kind])} ({label.replace('the ', '')})"
    return rng.choice(opts[kind])


def _body_en(rng, kind, year, day, month, place, country, demonym, body_name, winner, loser,
             wparty, lparty, ws, rs, yes, topic):
    date = f"{day} {_MONTHS[month - 1]} {year}"
    margin = f"{ws - rs:.1f}"
    if kind == "referendum":
        side, other = ("Yes", "No") if yes else ("No", "Yes")
        s = [f"{place.upper()} — Voters in the {demonym} city of {place} settled a local referendum on {topic} "
             f"on {date}, with the '{side}' option winning {_fmt(ws, 'en')} of the vote against {_fmt(rs, 'en')} for '{other}'.",
             f"Officials from {body_name} said turnout in the {year} consultation was about {rng.randint(28, 61)}%.",
             f"The winning campaign was led by local activist {winner}, while councillor {loser} led the other side."]
    else:
        office = {"mayoral": "mayor", "council": "regional council", "primary": "party nomination",
                  "governor": "regional governor"}[kind]
        s = [f"{place.upper()} — {winner} of the {wparty} won the {year} election for {office} in {place}, "
             f"{country}, held on {date}, taking {_fmt(ws, 'en')} of the vote against {_fmt(rs, 'en')} for {loser} of the {lparty}.",
             f"The margin of {margin} points was confirmed by {body_name} after the count of all polling stations in the district.",
             f"{loser} accepted the {year} result and said the {lparty} would act as a constructive opposition."]
    extra = [f"Local issues such as {topic} dominated the campaign, and national politics played only a minor role.",
             f"The contest was closely watched in {country} as a test for the parties ahead of later national votes.",
             f"Turnout was described as {rng.choice(['low', 'moderate', 'higher than expected', 'similar to previous local votes'])}.",
             f"Residents interviewed in the centre of {place} said they hoped for better {topic}.",
             f"Analysts noted that the {wparty} had invested heavily in door-to-door campaigning.",
             f"Several smaller lists shared the remaining votes, none of them above 10%.",
             f"Observers reported no serious incidents during the {year} vote, although some polling stations opened late.",
             f"The new authorities will take office early the following year, according to {body_name}.",
             f"This was a local contest only and did not affect the composition of the national government."]
    rng.shuffle(extra)
    return " ".join(s + extra[:rng.randint(4, 7)])


def _body_es(rng, kind, year, day, month, place, country, demonym, body_name, winner, loser,
             wparty, lparty, ws, rs, yes, topic):
    date = f"{day} de {_MESES[month - 1]} de {year}"
    margin = f"{ws - rs:.1f}".replace(".", ",")
    if kind == "referendum":
        side, other = ("sí", "no") if yes else ("no", "sí")
        s = [f"{place.upper()} — Los votantes de {place} resolvieron el {date} una consulta local sobre {topic}: "
             f"la opción del {side} obtuvo el {_fmt(ws, 'es')} de los votos frente al {_fmt(rs, 'es')} del {other}.",
             f"La participación en la consulta de {year} rondó el {rng.randint(28, 61)}%, según la autoridad electoral.",
             f"La campaña ganadora fue encabezada por {winner}, mientras que {loser}, del concejo municipal, lideró la opción contraria."]
    else:
        office = {"mayoral": "la alcaldía", "council": "el consejo regional", "primary": "la candidatura del partido",
                  "governor": "la gobernación regional"}[kind]
        s = [f"{place.upper()} — {winner}, {wparty}, ganó en {year} la elección por {office} de {place} celebrada el {date}. "
             f"{winner.split()[-1]} obtuvo el {_fmt(ws, 'es')} de los votos frente al {_fmt(rs, 'es')} de {loser}, {lparty}.",
             f"La diferencia de {margin} puntos fue confirmada tras el escrutinio de todas las mesas del distrito.",
             f"{loser} reconoció el resultado de {year} y anunció que su partido ejercerá una oposición constructiva."]
    extra = [f"Los temas locales, como {topic}, dominaron la campaña por encima de la política nacional.",
             f"La contienda fue seguida de cerca en {_COUNTRY_ES.get(country, country)} como una prueba para los partidos.",
             f"La participación fue {rng.choice(['baja', 'moderada', 'mayor de lo esperado', 'similar a la de otros comicios locales'])}.",
             f"Vecinos consultados en el centro de {place} dijeron esperar mejoras en {topic}.",
             f"Analistas señalaron que la candidatura {wparty} apostó por una intensa campaña puerta a puerta.",
             "Varias listas menores se repartieron el resto de los votos, ninguna por encima del 10%.",
             f"Los observadores no reportaron incidentes graves durante la jornada de {year}.",
             "Las nuevas autoridades asumirán a comienzos del año siguiente.",
             "Se trató de una elección local que no modifica la composición del gobierno nacional."]
    rng.shuffle(extra)
    return " ".join(s + extra[:rng.randint(4, 7)])


def generate(n: int, seed: int = 7) -> list[dict]:
    """Return ``n`` distinct synthetic distractor reports (deterministic for a given seed)."""
    rng = random.Random(seed)
    out: list[dict] = []
    titles: set[str] = set()
    bodies: set[str] = set()
    attempts = 0
    while len(out) < n:
        attempts += 1
        country, demonym, lang, body_name, places = rng.choice(_COUNTRIES)
        if lang == "es" and rng.random() < 0.4:
            lang = "en"  # some Spanish-speaking countries covered by English-language outlets
        place = rng.choice(places)
        kind = rng.choice(_KINDS)
        year = rng.randint(2005, 2020)
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        winner = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
        loser = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
        if winner.split()[-1] == loser.split()[-1]:
            continue
        pi, pj = rng.sample(range(len(_PARTIES)), 2)
        parties = _PARTIES_ES if lang == "es" else _PARTIES
        wparty, lparty = parties[pi], parties[pj]
        ti = rng.randrange(len(_TOPICS))
        topic = (_TOPICS_ES if lang == "es" else _TOPICS)[ti]
        ws = round(rng.uniform(38.0, 66.0), 1)
        rs = round(rng.uniform(max(15.0, ws - 30.0), min(ws - 0.3, 100.0 - ws)), 1)
        yes = rng.random() < 0.6
        if kind == "referendum":  # two options: shares close to 100% minus blank/null votes
            ws = round(rng.uniform(50.5, 74.0), 1)
            rs = round(100.0 - ws - rng.uniform(0.5, 4.0), 1)
        title = _title(rng, kind, lang, year, place, country, winner, loser, yes)
        if title in titles:
            if attempts > 50 * (n + 10):
                title = f"{title} [{len(out) + 1}]"
            else:
                continue
        make = _body_es if lang == "es" else _body_en
        body = make(rng, kind, year, day, month, place, country, demonym, body_name, winner, loser,
                    wparty, lparty, ws, rs, yes, topic)
        if body in bodies:
            continue
        titles.add(title)
        bodies.add(body)
        out.append({
            "title": title,
            "url": f"https://news.example/synthetic/{year}/{_slug(title)}-{len(out) + 1}",
            "source": rng.choice(_OUTLETS),
            "published_at": f"{year:04d}-{month:02d}-{min(day + 1, 28):02d}",
            "language": lang,
            "body": body,
        })
    return out


if __name__ == "__main__":  # pragma: no cover
    import json
    import sys

    for rec in generate(int(sys.argv[1]) if len(sys.argv) > 1 else 5):
        print(json.dumps(rec, ensure_ascii=False))
