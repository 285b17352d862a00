"""Shared fixtures: the loopback servers, one embedding model, and one store holding the seeds corpus.

The seeds store is ingested once per session (about 3 s) and only read by tests; a test that writes makes
its own small library with `make_library`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pytest

from retrieval.embeddings import Embedder, shared_embedder
from retrieval.library import Library
from tests.servers.fixtures import fake_openai, fake_telegram  # noqa: F401

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


class CountingEmbedder(Embedder):
    """The shared model behind a counter, so a test can prove what was (not) embedded."""

    def __init__(self, inner: Embedder) -> None:  # no model of its own: no second ONNX session
        self.inner = inner
        self.calls = 0
        self.texts = 0

    def embed(self, texts: list[str], batch_size: int = 32) -> np.ndarray:
        self.calls += 1
        self.texts += len(texts)
        return self.inner.embed(texts, batch_size)


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    return shared_embedder()


@pytest.fixture(scope="session")
def seeded_dir(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Path:
    from retrieval.ingest import ingest

    path = tmp_path_factory.mktemp("seeded")
    library = Library(path, embedder=embedder)
    report = ingest(library, [str(SEEDS)])
    assert not report.failed and report.articles_new >= 20
    library.close()
    return path


@pytest.fixture(scope="session")
def seeded_library(seeded_dir: Path, embedder: Embedder) -> Iterator[Library]:
    """A library over the seeds corpus, opened afresh (so every search test also reads a reopened store)."""
    library = Library(seeded_dir, embedder=embedder)
    yield library
    library.close()


@pytest.fixture
def make_library(tmp_path: Path, embedder: Embedder) -> Iterator[Callable[..., tuple[Library, CountingEmbedder]]]:
    opened: list[Library] = []

    def make(name: str = "data") -> tuple[Library, CountingEmbedder]:
        counting = CountingEmbedder(embedder)
        library = Library(tmp_path / name, embedder=counting)
        opened.append(library)
        return library, counting

    yield make
    for library in opened:
        library.close()
