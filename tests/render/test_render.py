import json

from summarizer import Brief
from summarizer.render.dispatch import render
from summarizer.schemas import Dropped, NumberItem, Quote, SourceInfo, WhenItem, WhoItem


def _brief() -> Brief:
    return Brief(
        headline="Bridge reopens",
        summary="The bridge reopened.",
        what=["Repairs ended."],
        who=[WhoItem(name="Ana Ruiz", kind="person", role="Mayor", spans=[(10, 18)])],
        when=[WhenItem(text="on Tuesday", date="2024-10-29", context="It reopened on Tuesday.", spans=[(30, 40)])],
        numbers=[NumberItem(value="3.5%", unit="percent", measures="traffic growth", spans=[(40, 44)])],
        quotes=[Quote(text="It is safe.", speaker="Ana Ruiz", speaker_role="Mayor", spans=[(50, 61)])],
        source=SourceInfo(name="bridge.txt", word_count=120),
        dropped=[Dropped(section="quotes", content="Never again.", reason="not found verbatim in the article")],
    )


def test_markdown_shows_every_section_with_spans():
    text = render(_brief(), "markdown")
    assert text.startswith("# Bridge reopens\n")
    assert "- **Ana Ruiz**, Mayor (person) `@10–18`" in text
    assert "- **3.5%**: traffic growth `@40–44`" in text
    assert "## When\n\n- **on Tuesday** (2024-10-29) — It reopened on Tuesday. `@30–40`" in text
    assert "> “It is safe.”\n> — Ana Ruiz, Mayor `@50–61`" in text
    assert "## Dropped" in text and "Never again." in text


def test_empty_sections_are_left_out():
    brief = Brief(headline="H", summary="S.", source=SourceInfo(name="x"))
    text = render(brief, "markdown")
    assert "## Who" not in text and "## Quotes" not in text


def test_json_round_trips_to_the_same_brief():
    brief = _brief()
    assert Brief.model_validate(json.loads(render(brief, "json"))) == brief
