"""A model that writes a figure with its unit labels the figure the extractor found, in the
model's wording; the same number is not shown twice."""

from __future__ import annotations

from summarizer.evaluation.replay import replay_answer

ARTICLE = (
    "Storm Reaches the Coast\n\n"
    "The storm travelled 300 kilometres before it reached Halifax on Monday, officials said. "
    "It caused $5 million in damage, the mayor said.\n"
)


def _answer(numbers: list[dict[str, str]]) -> dict:
    return {"headline": "", "summary": "", "what": [], "who": [], "numbers": numbers, "quotes": []}


def test_a_figure_written_with_its_unit_labels_the_extracted_figure() -> None:
    brief = replay_answer(ARTICLE, "storm", _answer([{"value": "300 kilometres", "measures": "distance travelled"}]))
    at_300 = [item for item in brief.numbers if "300" in item.value]
    assert len(at_300) == 1
    assert (at_300[0].value, at_300[0].measures, at_300[0].unit) == ("300 kilometres", "distance travelled", "km")
