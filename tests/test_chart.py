"""Issue 15: the chart's data comes from the resolved result, figures as the source writes them; the PNG is
small, wide and looks like the committed reference (a tolerance, not a pixel-exact match)."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from bot.briefing import answer_question, brief_topic
from bot.chart import Bar, ChartData, chart_data, draw_chart
from bot.config import Settings
from bot.models import Briefing
from bot.services import Services
from retrieval.resolve import Election, Resolution
from retrieval.results import Contestant, ResultRow

GOLDEN = Path(__file__).parent / "data" / "chart_golden.png"
GOLDEN_WIDTH = 250


@pytest.fixture
async def services(seeded_library, tmp_path):
    settings = Settings(data_dir=tmp_path, writer="extractive")
    s = Services(settings=settings, library=seeded_library, owns_library=False)
    yield s
    await s.aclose()


def _row(sentence: str, contestants: list[Contestant], **kw) -> ResultRow:
    return ResultRow(passage_id="p:0", article_id="a", sentence=sentence, contestants=contestants, **kw)


def _briefing(main: ResultRow, rows: list[ResultRow] | None = None, **election) -> Briefing:
    e = Election(place=main.place, rows=rows or [main], **election)
    return Briefing(
        question="q",
        writer="extractive",
        answer="a",
        resolution=Resolution(status="answered", election=e, main=main),
    )


def _assert_verbatim(data: ChartData) -> None:
    for bar in data.bars:
        assert bar.label in data.sentence, (bar.label, data.sentence)


@pytest.mark.parametrize("place", ["Chile", "Bolivia"])
async def test_demo_results_chart_with_figures_verbatim_largest_first(services, place):
    briefing = await brief_topic(services, place)
    data = chart_data(briefing)
    assert data is not None and len(data.bars) >= 2
    _assert_verbatim(data)
    assert [b.value for b in data.bars] == sorted((b.value for b in data.bars), reverse=True)
    assert place in data.title and place in data.caption
    assert "Sources: " in data.footer


async def test_chile_draws_the_two_contestant_count_with_both_outlets(services):
    data = chart_data(await brief_topic(services, "Chile"))
    assert data is not None
    assert [(b.name, b.label) for b in data.bars] == [("José Antonio Kast", "58.2%"), ("Jeannette Jara", "41.8%")]
    assert "Andes Wire" in data.footer and "Diario del Pacífico" in data.footer
    assert "14 December 2025" in data.subtitle and "runoff" in data.subtitle


async def test_no_chart_for_a_topic_question(services):
    briefing = await answer_question(services, "what is the inflation outlook in Argentina?")
    assert chart_data(briefing) is None
    assert chart_data(Briefing(question="q", writer="extractive", answer="")) is None


def test_one_contestant_is_not_a_chart():
    row = _row("Kast won with about 58% of the vote.", [Contestant(name="Kast", share="58")], place="CL")
    assert chart_data(_briefing(row)) is None


def test_final_count_drawn_over_partial_and_stage_in_footer():
    partial = _row(
        "With 80.1% counted, Ana had 51,2% and Bruno 48,8%.",
        [Contestant(name="Bruno", share="48,8"), Contestant(name="Ana", share="51,2")],
        place="CL",
        stage="partial",
        counted="80.1",
        source="Wire A",
    )
    final = _row(
        "Final results: Ana 52.04 %, Bruno 47.96 %.",
        [Contestant(name="Ana", share="52.04"), Contestant(name="Bruno", share="47.96")],
        place="CL",
        stage="final",
        source="Wire B",
    )
    lead = _row("Ana won.", [Contestant(name="Ana")], place="CL", stage="final")
    data = chart_data(_briefing(lead, [partial, final, lead], office="president", day="2025-12-14"))
    assert data is not None
    assert [b.label for b in data.bars] == ["52.04 %", "47.96 %"]
    assert data.footer.startswith("final") and "Wire B" in data.footer and "Wire A" not in data.footer
    _assert_verbatim(data)
    partial_only = chart_data(_briefing(partial))
    assert partial_only is not None and partial_only.footer.startswith("80.1% counted")
    assert [b.name for b in partial_only.bars] == ["Ana", "Bruno"] and partial_only.bars[0].label == "51,2%"


def test_parliament_seats_with_majority_line():
    row = _row(
        "The Left won 80 seats, the Centre 65 seats and the Right 38 seats of the 183-seat chamber.",
        [
            Contestant(name="Right", seats="38"),
            Contestant(name="Left", seats="80"),
            Contestant(name="Centre", seats="65"),
        ],
        place="PT",
        office="parliament",
        total_seats="183",
        stage="official",
    )
    data = chart_data(_briefing(row))
    assert data is not None and data.kind == "seats"
    assert [b.label for b in data.bars] == ["80 seats", "65 seats", "38 seats"]
    assert data.majority == 92
    assert data.footer.startswith("official")
    _assert_verbatim(data)
    png = draw_chart(data)
    assert png.startswith(b"\x89PNG") and len(png) <= 150_000


def _sample() -> ChartData:
    return ChartData(
        title="Chile presidential election",
        subtitle="runoff · 14 December 2025",
        bars=[
            Bar(name="José Antonio Kast", value=58.2, label="58.2%"),
            Bar(name="Jeannette Jara", value=41.8, label="41.8%"),
        ],
        footer="Sources: Andes Wire, Diario del Pacífico",
    )


def _small_gray(png: bytes) -> np.ndarray:
    image = Image.open(io.BytesIO(png)).convert("L")
    height = round(image.height * GOLDEN_WIDTH / image.width)
    return np.asarray(image.resize((GOLDEN_WIDTH, height), Image.Resampling.BOX), dtype=np.float32)


def test_png_is_wide_small_and_names_are_not_cut():
    many = ChartData(
        title="A parliamentary election with many parties",
        bars=[
            Bar(name=f"Partido Democrático Nacional Número {i} de la Alianza Larga", value=50 - i, label=f"{50 - i}%")
            for i in range(10)
        ],
        footer="final · Sources: " + ", ".join(f"Outlet {i}" for i in range(8)),
    )
    for data in (_sample(), many):
        png = draw_chart(data)
        image = Image.open(io.BytesIO(png))
        assert image.format == "PNG" and image.width >= 800 and len(png) <= 150_000
        # nothing drawn in the last column of pixels: no text runs off the right edge
        right = np.asarray(image.convert("L"))[:, -3:]
        assert right.min() > 240


def test_golden_image_within_tolerance():
    got = _small_gray(draw_chart(_sample()))
    want = np.asarray(Image.open(GOLDEN).convert("L"), dtype=np.float32)
    assert got.shape == want.shape
    assert float(np.abs(got - want).mean()) < 6.0


if __name__ == "__main__":  # regenerate the reference: python -m tests.test_chart
    GOLDEN.parent.mkdir(parents=True, exist_ok=True)
    Image.fromarray(_small_gray(draw_chart(_sample())).astype(np.uint8)).save(GOLDEN, optimize=True)
    print(GOLDEN, GOLDEN.stat().st_size)
