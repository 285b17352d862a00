"""Recent briefings, reused: when news breaks, many people ask the same thing at once.

Identical requests made while one is being answered wait for that answer (single flight) instead of
repeating the search; finished answers are kept for a few minutes and dropped as soon as the store changes
(the catalog version is part of the key), so a cached briefing never hides a newly ingested article. The
version lives in the catalog's database (a counter bumped by every ingest and prune), so with a shared
PostgreSQL every replica's cache moves on when any replica ingests.
"""

from __future__ import annotations

import asyncio
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Hashable

from bot.models import Briefing


class BriefingCache:
    def __init__(self, size: int = 256, ttl_seconds: float = 600.0) -> None:
        self.size = size
        self.ttl = ttl_seconds
        self._done: OrderedDict[Hashable, tuple[float, Briefing]] = OrderedDict()
        self._pending: dict[Hashable, asyncio.Future[Briefing]] = {}
        self.hits = 0
        self.misses = 0

    async def get_or_make(self, key: Hashable, make: Callable[[], Awaitable[Briefing]]) -> Briefing:
        now = time.monotonic()
        cached = self._done.get(key)
        if cached and now - cached[0] < self.ttl:
            self._done.move_to_end(key)
            self.hits += 1
            return cached[1].model_copy(deep=True)
        if key in self._pending:
            self.hits += 1
            return (await asyncio.shield(self._pending[key])).model_copy(deep=True)
        self.misses += 1
        future: asyncio.Future[Briefing] = asyncio.get_running_loop().create_future()
        self._pending[key] = future
        try:
            briefing = await make()
        except BaseException as exc:
            future.set_exception(exc)
            future.exception()  # mark retrieved: waiters re-raise it, nobody else must
            raise
        finally:
            self._pending.pop(key, None)
        future.set_result(briefing)
        if not briefing.warnings or briefing.writer == "extractive":
            # An LLM answer that fell back or was repaired is not kept: the next ask may get a better one.
            self._done[key] = (time.monotonic(), briefing)
            while len(self._done) > self.size:
                self._done.popitem(last=False)
        return briefing.model_copy(deep=True)
