"""Peak memory while fetching a 1 GB (endless) body from a loopback server: the size cap must refuse it early.

Target: peak RSS at most 50 MB above idle. Run: `python bench/fetch_memory.py` (prints the figures and a
target line). The server streams 64 KB chunks with no Content-Length, up to 1 GB, so only the streaming cap
(BRIEFBOT_FETCH_MAX_BYTES, default 10 MB) stops it; a declared 1 GB Content-Length is measured too.
"""

from __future__ import annotations

import asyncio
import json
import resource
import sys
import threading
import time
from pathlib import Path

from aiohttp import web

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from retrieval.fetch import FetchError, FetchPolicy, fetch_url

GB = 1024**3
TARGET_MB = 50


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def peak_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def serve() -> int:
    chunk = b"<p>" + b"a" * (64 * 1024 - 7) + b"</p>"
    ready = threading.Event()
    port: list[int] = []

    async def endless(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "text/html"})
        if request.path == "/declared":
            response.content_length = GB
        await response.prepare(request)
        sent = 0
        try:
            while sent < GB:
                await response.write(chunk)
                sent += len(chunk)
        except ConnectionError:
            pass
        return response

    async def main() -> None:
        app = web.Application()
        app.router.add_get("/{name}", endless)
        runner = web.AppRunner(app, shutdown_timeout=1.0)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port.append(site._server.sockets[0].getsockname()[1])  # type: ignore[union-attr]
        ready.set()
        await asyncio.Event().wait()

    threading.Thread(target=lambda: asyncio.run(main()), daemon=True).start()
    ready.wait()
    return port[0]


def main() -> int:
    port = serve()
    policy = FetchPolicy(allow=("127.0.0.1",))
    time.sleep(0.2)
    idle = rss_mb()
    results = []
    for path in ("/endless", "/declared"):
        started = time.perf_counter()
        try:
            fetch_url(f"http://127.0.0.1:{port}{path}", policy)
            outcome = "read (unexpected)"
        except FetchError as exc:
            outcome = str(exc)
        results.append((path, time.perf_counter() - started, outcome))
    peak = peak_mb()
    for path, seconds, outcome in results:
        print(f"{path:10s} {seconds:6.2f} s  {outcome}")
    above = peak - idle
    print(f"idle RSS {idle:.1f} MB, peak RSS {peak:.1f} MB: {above:.1f} MB above idle (cap {policy.max_bytes:,} bytes)")
    ok = above <= TARGET_MB and all("refused" in o for _, _, o in results)
    print(f"target: peak RSS <= {TARGET_MB} MB above idle while fetching a 1 GB body -> {'MET' if ok else 'MISSED'}")
    figures = {
        "bench": "fetch_memory",
        "idle_rss_mb": round(idle, 1),
        "peak_rss_mb": round(peak, 1),
        "targets": {
            "rss_above_idle_mb": {"target": f"<= {TARGET_MB} MB", "measured": round(above, 1), "pass": ok},
        },
        "targets_met": ok,
    }
    print(json.dumps(figures))
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
