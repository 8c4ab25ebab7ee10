"""Prose carries its evidence: a capable model reads the article's sentences numbered and cites
them for the headline, each summary sentence and each event; the brief's `prose` items carry the
spans of the sentences that back them (the cited ones when they do, the passage the prose check
finds otherwise), and Markdown and HTML show them."""

from __future__ import annotations

import re

from summarizer import resolve_settings
from summarizer.drafting.job import prepare
from summarizer.extract.evidence import gather_evidence
from summarizer.grounding.assemble import build_brief
from summarizer.grounding.prose import check_claim
from summarizer.render.dispatch import render
from summarizer.schemas import Draft, Usage
from summarizer.source.article import Article
from summarizer.text.sentences import sentence_spans

ARTICLE = (
    "Harbour Bridge Reopens\n\n"
    "The Harbour Bridge reopened on Monday after repairs costing $1.2 billion. "
    "Crews replaced 120 steel cables over eight months.\n\n"
    "\u201cIt is safe again,\u201d Mayor Ana Ruiz said. Traffic returned to the bridge within an hour of the opening.\n"
)
REOPENED = "The Harbour Bridge reopened on Monday after repairs costing $1.2 billion."
CABLES = "Crews replaced 120 steel cables over eight months."
TRAFFIC = "Traffic returned to the bridge within an hour of the opening."


def span_of(sentence: str) -> tuple[int, int]:
    start = ARTICLE.index(sentence)
    return start, start + len(sentence)


def brief_of(**answer):
    full = {"headline": "", "summary": "", "what": [], "who": [], "numbers": [], "quotes": [], **answer}
    article = Article.from_text(ARTICLE, "bridge.txt")
    draft = Draft.model_validate(full, context={"source": None})
    return build_brief(article, gather_evidence(article), draft, Usage())


def evidence(brief, section: str, text: str) -> list[tuple[int, int]]:
    return next(item.spans for item in brief.prose if (item.section, item.text) == (section, text))


def test_the_capable_prompt_numbers_the_sentences_by_paragraph():
    settings = resolve_settings({"backend": "server", "base_url": "http://x/v1"}, environ={})
    prompt = prepare(ARTICLE, "bridge.txt", settings).request.parts[0][1]["content"]
    assert f"[1] Harbour Bridge Reopens\n\n[2] {REOPENED}\n[3] {CABLES}\n\n[4] " in prompt
    assert f"[5] {TRAFFIC}" in prompt


def test_cited_sentences_are_the_evidence_of_the_prose():
    brief = brief_of(
        headline="Harbour Bridge reopens after repairs",
        headline_sentences=[2],
        summary="The Harbour Bridge reopened on Monday. Traffic returned within an hour.",
        summary_sentences=[[2], [5]],
        what=[{"text": "Crews replaced 120 steel cables over eight months.", "sentences": [3]}],
    )
    assert evidence(brief, "headline", brief.headline) == [span_of(REOPENED)]
    assert evidence(brief, "summary", "The Harbour Bridge reopened on Monday.") == [span_of(REOPENED)]
    assert evidence(brief, "summary", "Traffic returned within an hour.") == [span_of(TRAFFIC)]
    assert evidence(brief, "what", CABLES) == [span_of(CABLES)]
    # The model's two checked sentences, completed to the lead's three by the lead sentence neither
    # rests on, in the story's order; each piece says who wrote it.
    assert brief.summary == f"The Harbour Bridge reopened on Monday. {CABLES} Traffic returned within an hour."
    origins = [(item.text, item.origin) for item in brief.prose if item.section == "summary"]
    assert origins == [
        ("The Harbour Bridge reopened on Monday.", "model"),
        (CABLES, "article"),
        ("Traffic returned within an hour.", "model"),
    ]


def test_a_wrong_citation_falls_back_on_the_article_and_no_citation_still_works():
    brief = brief_of(
        summary="Traffic returned to the bridge within an hour.",
        summary_sentences=[[1, 99]],  # the title, and a sentence that does not exist
        what=["Crews replaced 120 steel cables over eight months."],  # prompt version 4's bare string
    )
    assert evidence(brief, "summary", "Traffic returned to the bridge within an hour.") == [span_of(TRAFFIC)]
    assert evidence(brief, "what", CABLES) == [span_of(CABLES)]
    assert not [d for d in brief.dropped if d.section in ("summary", "what")]


def test_fallback_prose_points_at_itself():
    brief = brief_of()  # nothing usable: title and lead stand in
    assert evidence(brief, "headline", brief.headline) == [span_of(brief.headline)]
    lead = [item for item in brief.prose if item.section == "summary"]
    assert lead and all(ARTICLE[s:e] == item.text for item in lead for s, e in item.spans)


def test_markdown_shows_where_each_prose_item_comes_from():
    brief = brief_of(
        summary="The Harbour Bridge reopened on Monday.",
        summary_sentences=[[2]],
        what=[{"text": CABLES, "sentences": [3]}],
    )
    markdown = render(brief, "markdown")
    start, end = span_of(CABLES)
    assert f"- {CABLES} `@{start}–{end}`" in markdown
    start, end = span_of(REOPENED)
    assert f"The Harbour Bridge reopened on Monday. `@{start}–{end}`" in markdown


def test_html_links_an_event_to_its_cited_sentence():
    brief = brief_of(what=[{"text": "Traffic returned to the bridge within an hour.", "sentences": [5]}])
    page = render(brief, "html", texts=ARTICLE)
    start, end = span_of(TRAFFIC)
    link = re.search(r'<a class="item [^"]*" href="#([^"]+)" data-item="(i\d+)">Traffic returned to the bridge', page)
    assert link and link.group(1).endswith(f"-{start}")
    item = link.group(2)
    marked = "".join(
        m.group(2)
        for m in re.finditer(r'<mark [^>]*data-items="([^"]*)">([^<]*)</mark>', page)
        if item in m.group(1).split()
    )
    assert marked == TRAFFIC


FAR_APART = (
    "Storm Hits Coast\n\n"
    "A storm knocked out power to 600,000 customers on Thursday. "
    "Crews worked through the night. Schools stayed closed. Roads were blocked by trees. "
    "The ferry service was cancelled. Shelters opened in three towns.\n\n"
    "A woman died when a tree fell on her tent near Duncan, police said.\n"
)
JOINED = "The storm cut power to 600,000 customers, and a woman died when a tree fell on her tent."


def test_a_claim_joining_facts_far_apart_is_backed_by_the_sentences_it_cites() -> None:
    spans = sentence_spans(FAR_APART)
    power, tent = spans[1], spans[-1]
    verdict = check_claim(JOINED, FAR_APART, cited=[power, tent])
    assert verdict.supported and set(verdict.evidence) == {power, tent}


def test_without_citations_a_figure_is_found_in_the_sentence_that_holds_it() -> None:
    spans = sentence_spans(FAR_APART)
    verdict = check_claim(JOINED, FAR_APART)  # no window holds both facts: the figure's sentence is joined
    assert verdict.supported and {spans[1], spans[-1]} <= set(verdict.evidence)
    # only where it counts the same thing: "600,000" is there, but counts customers
    towns = "Shelters opened in 600,000 towns, and a woman died when a tree fell on her tent."
    assert check_claim(towns, FAR_APART).reason == "the figure 600,000 is not in the evidence"
    homes = "The storm cut power to 600,000 homes, and a woman died when a tree fell on her tent."
    assert not check_claim(homes, FAR_APART).supported


def test_far_apart_citations_are_still_held_to_the_tests_of_meaning() -> None:
    spans = sentence_spans(FAR_APART)
    wrong = "The storm cut power to 60,000 customers, and a woman died when a tree fell on her tent."
    assert not check_claim(wrong, FAR_APART, cited=[spans[1], spans[-1]]).supported
