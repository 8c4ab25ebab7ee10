"""Two hand-written reports of one flood, briefed by the real extractors (no model) and merged:
the note flags the tolls that really differ (42 vs 45 dead, 15,000 vs 18,000 displaced), agrees
where the reports agree (11 missing), and never compares an age, last year's toll or a date with
this year's counts."""

from __future__ import annotations

import pytest

from summarizer import merge_briefs
from summarizer.extract.evidence import gather_evidence
from summarizer.grounding.assemble import build_brief
from summarizer.schemas import Usage
from summarizer.source.article import Article

FIRST = (
    "Floods kill dozens in western Kenya\n\n"
    "KISUMU, Kenya - Floods in western Kenya have killed 42 people and displaced 15,000 residents "
    "since Sunday, the Kenya Red Cross said on Tuesday. Another 11 people are missing.\n\n"
    "John Otieno, 34, a fisherman, said the water rose in minutes. \"We lost everything,\" he said.\n\n"
    "Last year, floods killed 170 people across the country."
)
SECOND = (
    "Kenya flood toll rises\n\n"
    "KISUMU, Kenya - The death toll from floods in western Kenya rose to 45 on Wednesday, and "
    "18,000 residents have been displaced, officials said. Another 11 people are missing.\n\n"
    "Mary Achieng, a 61-year-old farmer, said her maize field was gone.\n\n"
    "The county has set up 12 camps for those who fled."
)


def _brief(text: str, name: str):
    article = Article.from_text(text, name)
    return build_brief(article, gather_evidence(article), None, Usage(backend="none", model="none"))


@pytest.fixture(scope="module")
def groups():
    note = merge_briefs([_brief(FIRST, "a.txt"), _brief(SECOND, "b.txt")], [FIRST, SECOND])
    return {tuple(sorted(v.value for v in group.values)): group for group in note.numbers}


def test_the_real_disagreements_are_flagged(groups):
    assert groups[("42", "45")].agreement == "differ"
    assert groups[("15,000", "18,000")].agreement == "differ"


def test_a_figure_both_reports_give_agrees(groups):
    assert groups[("11", "11")].agreement == "agree"


def test_ages_and_other_counts_are_never_compared_with_the_tolls(groups):
    for values, group in groups.items():
        if group.agreement == "differ":
            assert values in {("42", "45"), ("15,000", "18,000")}, (values, group.note)
    for age in ("34", "61", "170", "12"):
        assert any(values == (age,) for values in groups), f"{age} should stand alone"
