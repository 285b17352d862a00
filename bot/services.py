"""The long-lived objects one bot process shares: settings, the library, the writers.

Built once (in the CLI or the Application builder) and handed to whoever needs them, so nothing opens
its own store or model.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from typing import Any

from bot.cache import BriefingCache
from bot.config import Settings
from retrieval.library import Library

log = logging.getLogger(__name__)


@dataclass
class Services:
    settings: Settings
    library: Library
    # Retrieval is CPU-bound (embedding, BM25, Chroma): a small pool bounds how many run at once, so a burst of
    # questions queues instead of thrashing two cores.
    search_slots: asyncio.Semaphore = field(default_factory=lambda: asyncio.Semaphore(2))
    cache: BriefingCache = field(default_factory=BriefingCache)
    owns_library: bool = True  # False when the caller shares one Library between several bots (tests)
    llm: Any = None  # bot.llm_writer.LLMWriter, made on first use (only when an LLM is configured)

    @classmethod
    def open(cls, settings: Settings) -> Services:
        return cls(
            settings=settings,
            library=Library(settings.data_dir, settings.chroma_url, database_url=settings.database_url),
        )

    async def aclose(self) -> None:
        if self.llm is not None:
            await self.llm.close()
            self.llm = None
        if self.owns_library:
            self.library.close()
