"""A bar chart of the resolved result that goes with an election briefing (issue 15).

`chart_data` reads the briefing's resolution (never prose): one bar per contestant, largest first, each
labelled with its figure exactly as the source sentence writes it. `draw_chart` renders a PNG with
matplotlib's object-oriented API on the Agg canvas: no pyplot global state, so it is safe in a thread.
"""

from __future__ import annotations

import io
from datetime import date
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field

from retrieval.resolve import agree, number
from retrieval.results import ResultRow

if TYPE_CHECKING:
    from bot.models import Briefing

# Okabe–Ito: distinguishable with the common colour-vision deficiencies.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]
WIDTH_PX = 1000
DPI = 100
MAX_BARS = 10

_STAGE_RANK = {"official": 4, "final": 3, "preliminary": 2, "partial": 1, "unknown": 0}
_OFFICES = {
    "president": "presidential election",
    "parliament": "parliamentary election",
    "senate": "Senate election",
    "governor": "governor election",
    "mayor": "mayoral election",
    "referendum": "referendum",
}
_SEAT_WORDS = ("seats", "seat", "escaños", "bancas", "cadeiras", "assentos", "sièges", "Sitze")


class Bar(BaseModel):
    name: str
    value: float = Field(description="Bar length (parsed only to draw).")
    label: str = Field(description="The figure exactly as the source states it.")


class ChartData(BaseModel):
    title: str
    subtitle: str = ""
    kind: str = Field("share", description="share or seats")
    bars: list[Bar]
    footer: str
    majority: float | None = Field(None, description="Seats needed for a majority, when the total is stated.")
    caption: str = Field("", description="Short photo caption: place, office, date.")
    sentence: str = Field("", description="The evidence sentence the figures come from.")


def _figured(row: ResultRow, field: str) -> list:
    return [c for c in row.contestants if number(getattr(c, field)) is not None]


def _kind(row: ResultRow) -> str | None:
    if len(_figured(row, "share")) >= 2:
        return "share"
    if len(_figured(row, "seats")) >= 2:
        return "seats"
    return None


def _pick(briefing: Briefing) -> ResultRow | None:
    """The resolved main row when it can be drawn; else the most complete row of the same election that can."""
    res = briefing.resolution
    if res is None or res.status != "answered" or res.main is None:
        return None
    if _kind(res.main):
        return res.main
    rows = [r for r in (res.election.rows if res.election else []) if _kind(r)]
    if not rows:
        return None

    def rank(r: ResultRow) -> tuple:
        return (_STAGE_RANK.get(r.stage, 0), number(r.counted) or 0.0, r.published_at or "")

    return max(rows, key=rank)


def _label(figure: str, sentence: str, kind: str) -> str:
    if kind == "share":
        options = [f"{figure}%", f"{figure} %", f"{figure}\u00a0%"]
    else:
        options = [f"{figure} {w}" for w in _SEAT_WORDS]
    return next((o for o in options if o in sentence), figure)


def _nice_date(day: str | None) -> str:
    if not day:
        return ""
    try:
        d = date.fromisoformat(day[:10])
    except ValueError:
        return day
    return f"{d.day} {d.strftime('%B')} {d.year}"


def _stage_text(row: ResultRow) -> str:
    if row.counted:
        return f"{row.counted}% counted"
    if row.stage in ("final", "official", "preliminary"):
        return row.stage
    return ""


def chart_data(briefing: Briefing) -> ChartData | None:
    """What the chart shows, or None when the briefing has no resolved result with two figured contestants."""
    from retrieval.places import place_name

    row = _pick(briefing)
    if row is None:
        return None
    kind = _kind(row)
    assert kind is not None
    election = briefing.resolution.election if briefing.resolution else None
    field = "share" if kind == "share" else "seats"
    bars = [
        Bar(
            name=c.name,
            value=float(number(getattr(c, field)) or 0.0),
            label=_label(getattr(c, field), row.sentence, kind),
        )
        for c in _figured(row, field)
    ]
    bars.sort(key=lambda b: -b.value)
    bars = bars[:MAX_BARS]
    place_code = row.place or (election.place if election else None)
    place = place_name(place_code) if place_code else ""
    office = row.office or (election.office if election else None)
    office_text = _OFFICES.get(office or "", "election")
    rnd = row.round or (election.round if election else None)
    round_text = {"runoff": "runoff", "first": "first round"}.get(rnd or "", "")
    day = (election.day if election else None) or row.date
    when = _nice_date(day)
    title = " ".join(x for x in (place, office_text) if x)
    title = title[:1].upper() + title[1:]
    subtitle = " · ".join(x for x in (round_text, when) if x)
    # Outlets: the row drawn, and every other row of the election that states the same figures.
    outlets = [row.source] if row.source else []
    for other in election.rows if election else []:
        if other.source and other.source not in outlets and _same_figures(row, other, field):
            outlets.append(other.source)
    stage = _stage_text(row)
    footer = " · ".join(x for x in (stage, "Sources: " + ", ".join(outlets) if outlets else "") if x)
    majority = None
    total = number(row.total_seats) if kind == "seats" else None
    if total:
        majority = float(int(total) // 2 + 1)
    caption = " · ".join(x for x in (place, office_text, round_text, when) if x)
    return ChartData(
        title=title,
        subtitle=subtitle,
        kind=kind,
        bars=bars,
        footer=footer,
        majority=majority,
        caption=caption[:200],
        sentence=row.sentence,
    )


def _same_figures(a: ResultRow, b: ResultRow, field: str) -> bool:
    from retrieval.resolve import surname

    theirs = {surname(c.name): getattr(c, field) for c in b.contestants if getattr(c, field)}
    mine = [(surname(c.name), getattr(c, field)) for c in a.contestants if getattr(c, field)]
    return all(k in theirs and agree(v, theirs[k]) for k, v in mine) and len(theirs) >= 2


def draw_chart(data: ChartData) -> bytes:
    """A PNG, WIDTH_PX wide, large type, names never cut (they sit on their own line above each bar)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    n = len(data.bars)
    bar_h = 0.9  # inches per contestant: name line + bar
    head, foot = 1.35, 0.75
    height = head + foot + n * bar_h
    width = WIDTH_PX / DPI
    fig = Figure(figsize=(width, height), dpi=DPI)
    FigureCanvasAgg(fig)
    fig.text(0.03, 1 - 0.45 / height, data.title, fontsize=24, fontweight="bold", va="center", ha="left")
    if data.subtitle:
        fig.text(0.03, 1 - 0.95 / height, data.subtitle, fontsize=17, color="#444444", va="center", ha="left")
    fig.text(0.03, 0.35 / height, data.footer, fontsize=13, color="#444444", va="center", ha="left", wrap=True)
    ax = fig.add_axes((0.03, foot / height, 0.80, (n * bar_h) / height))
    top = max([b.value for b in data.bars] + [data.majority or 0.0]) or 1.0
    ys = list(range(n))[::-1]
    for i, (bar, y) in enumerate(zip(data.bars, ys, strict=True)):
        color = PALETTE[i % len(PALETTE)]
        ax.barh(y - 0.18, bar.value, height=0.42, color=color)
        ax.text(0, y + 0.28, bar.name, fontsize=17, va="center", ha="left", clip_on=False)
        ax.text(bar.value + top * 0.015, y - 0.18, bar.label, fontsize=17, fontweight="bold", va="center", ha="left",
                clip_on=False)  # fmt: skip
    if data.majority:
        ax.axvline(data.majority, color="#000000", linestyle="--", linewidth=1.5)
        ax.text(data.majority, -0.75, f"majority {data.majority:g}", fontsize=12, ha="center", va="top",
                clip_on=False)  # fmt: skip
    ax.set_xlim(0, top * 1.0)
    ax.set_ylim(-0.6, n - 0.4)
    ax.axis("off")
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=DPI, facecolor="white")
    return buf.getvalue()


def chart_png(briefing: Briefing) -> bytes | None:
    """Mark the briefing (`chart = True`) and draw its chart when one qualifies."""
    data = chart_data(briefing)
    briefing.chart = data is not None
    return draw_chart(data) if data else None
