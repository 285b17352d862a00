"""What goes with a briefing besides its text: the daily-digest button and the result chart."""

from __future__ import annotations

import asyncio
import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message

from bot.chart import ChartData, chart_data, draw_chart
from bot.i18n import t
from bot.models import Briefing
from retrieval.places import place_name

log = logging.getLogger(__name__)


def digest_button(briefing: Briefing) -> InlineKeyboardMarkup | None:
    """A "daily digest on <place>" button under a cited briefing about one place."""
    if not (briefing.place and briefing.citations):
        return None
    name = place_name(briefing.place)
    callback = f"sub:{name}".encode()[:64].decode(errors="ignore")  # Telegram allows 64 bytes of callback data
    label = t(briefing.language, "📬 Daily digest on {name}", name=name)
    return InlineKeyboardMarkup([[InlineKeyboardButton(label, callback_data=callback)]])


def chart_for(briefing: Briefing) -> ChartData | None:
    """The chart of the briefing's resolved result, if one qualifies; records the answer in `briefing.chart`."""
    data = chart_data(briefing)
    briefing.chart = data is not None
    return data


async def send_chart(message: Message, data: ChartData) -> None:
    """The chart as a photo, drawn off the event loop; a chart is a bonus, so a failure only logs."""
    try:
        png = await asyncio.to_thread(draw_chart, data)
        await message.reply_photo(png, caption=data.caption[:200], do_quote=False)
    except Exception:
        log.exception("chart not sent")
