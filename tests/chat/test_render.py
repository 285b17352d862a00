"""Telegram HTML: everything from outside escaped, sources as links, long briefings split safely."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from bot.chat.render import LIMIT, render_briefing, split_blocks
from bot.models import Briefing, Citation


class TagBalance(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.broken = False

    def handle_starttag(self, tag, attrs):
        self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack.pop() != tag:
            self.broken = True


def balanced(html: str) -> bool:
    parser = TagBalance()
    parser.feed(html)
    return not parser.broken and not parser.stack


def citation(n: int, title: str = "Kast wins", url: str = "https://example.org/a?x=1&y=2") -> Citation:
    return Citation(
        n=n, article_id=f"a{n}", title=title, url=url, source="Andes <Wire>", published_at="2025-12-15", quote="q"
    )


def test_outside_strings_are_escaped_and_sources_are_links():
    briefing = Briefing(
        question="q",
        writer="extractive",
        answer="Kast <b>won</b> & more [1].",
        citations=[citation(1, title="<script>x</script>")],
    )
    [message] = render_briefing(briefing, title="Briefing: <Chile>")
    assert "Kast &lt;b&gt;won&lt;/b&gt; &amp; more [1]." in message
    assert "&lt;script&gt;" in message and "<script>" not in message
    assert '<a href="https://example.org/a?x=1&amp;y=2">' in message
    assert "Andes &lt;Wire&gt;" in message and "&lt;Chile&gt;" in message
    assert "Extractive mode" not in message and balanced(message)  # no footer when it tells nothing


def test_only_cited_sources_are_listed():
    briefing = Briefing(question="q", writer="llm", answer="A [2].", citations=[citation(1), citation(2)])
    [message] = render_briefing(briefing)
    assert "[2] <a" in message and "[1] <a" not in message


def test_a_long_briefing_is_split_between_paragraphs_and_source_entries():
    sentences = " ".join(f"Sentence number {i} about the runoff in Chile [{i % 40 + 1}]." for i in range(600))
    citations = [citation(n, title=f"Report {n} " + "word " * 30) for n in range(1, 41)]
    messages = render_briefing(Briefing(question="q", writer="extractive", answer=sentences, citations=citations))
    assert len(messages) > 2
    assert all(len(m) < LIMIT for m in messages)
    assert all(balanced(m) for m in messages)
    joined = "\n".join(messages)
    assert all(joined.count(f"[{n}] <a") == 1 for n in range(1, 41))  # every entry whole, once
    assert not any(re.search(r"&[a-z]*$", m) for m in messages)  # never cut inside an entity


def test_an_unbroken_run_is_cut_without_losing_text():
    messages = split_blocks(["x" * 9000], limit=4000)
    assert [len(m) for m in messages] == [4000, 4000, 1000]


def test_writer_footer_only_when_it_tells_the_reader_something():
    from bot.briefing import FALLBACK
    from bot.models import Sentence

    cited = {"answer": "A [1].", "citations": [citation(1)], "sentences": [Sentence(text="A [1].", citations=[1])]}
    plain = render_briefing(Briefing(question="q", writer="extractive", **cited))[0]
    fallback = render_briefing(Briefing(question="q", writer="extractive", notice=FALLBACK, **cited))[0]
    refusal = render_briefing(Briefing(question="q", writer="llm", answer="My sources do not cover Atlantis."))[0]
    assert "Extractive mode" not in plain
    assert "Extractive mode" in fallback
    assert "language model" not in refusal and "Sources" not in refusal


def test_demo_citations_are_labelled_and_framing_follows_the_language():
    demo = citation(1).model_copy(update={"demo": True})
    [message] = render_briefing(Briefing(question="q", writer="extractive", answer="A [1].", citations=[demo]))
    assert "(demo corpus)" in message
    [spanish] = render_briefing(
        Briefing(question="q", writer="extractive", answer="A [1].", citations=[demo], language="es")
    )
    assert "<b>Fuentes</b>" in spanish and "Sources" not in spanish and "demo corpus" not in spanish
