from datasketch import MinHash

from retrieval import dedupe
from retrieval.lexical import fold

STORY = (
    "SANTIAGO — José Antonio Kast won Chile's presidential runoff on Sunday with 58.2% of the vote against "
    "Jeannette Jara's 41.8%, according to results published by the Electoral Service."
)


def test_signature_is_datasketchs_own_minhash_of_the_shingles() -> None:
    """Stored signatures stay comparable: the same bytes datasketch's defaults give for the 5-word shingles."""
    words = fold(STORY).split()
    expected = MinHash(num_perm=dedupe.PERMUTATIONS, seed=1, scheme=dedupe.SCHEME)
    expected.update_batch([" ".join(words[i : i + 5]).encode() for i in range(len(words) - 4)])
    assert dedupe.to_bytes(dedupe.signature(STORY)) == dedupe.to_bytes(expected)


def test_stored_signature_finds_a_copy_with_another_byline() -> None:
    stored = dedupe.NearDuplicates([("a1", dedupe.to_bytes(dedupe.signature(STORY)))])
    assert stored.find(dedupe.signature(STORY + " Reporting by Ana Ruiz.")) == "a1"
    assert stored.find(dedupe.signature("Bolivia's runoff went to Rodrigo Paz with 54.5% of the vote.")) is None
