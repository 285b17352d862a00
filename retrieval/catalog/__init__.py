"""A plain SQL record of every article and passage ingested, with the lexical index and the results beside it.

Chroma holds the vectors and answers nearest-neighbour queries over the whole store; this catalog holds
what the rest needs without a vector query: duplicate detection before embedding, the texts behind the
lexical index, `/sources` and `/stats`, "what arrived since" for digests, and a half-precision copy of each
passage's vector (see `vectors_of`). SQLite under the data dir by default; PostgreSQL when
BRIEFBOT_DATABASE_URL is set, so replicas share one catalog. Schema changes go through numbered migrations,
one list per engine.

The parts, one job a module: schema (the migrations), passages (articles and passages written and read),
place_tags (the places each passage is tagged with), derivation (articles an older version tagged, derived
again), vectors (the copy of each passage's vector),
results_table (extracted results and their grouping into elections), contestants (where a candidate stood),
pruning (removing articles), summary (counts for /sources and /stats); catalog puts them together.
"""

from retrieval.catalog.catalog import Catalog
from retrieval.catalog.schema import MIGRATIONS, POSTGRES_MIGRATIONS

__all__ = ["MIGRATIONS", "POSTGRES_MIGRATIONS", "Catalog"]
