"""The assembler keeps only what the article supports, with spans, and reports the rest."""

from summarizer.extract.evidence import gather_evidence
from summarizer.grounding.assemble import build_brief
from summarizer.schemas import Draft, DraftFigure, DraftPerson, DraftQuote, ProseDraft, Usage
from summarizer.source.article import Article
from tests.grounding_checks import assert_grounded

ARTICLE = """Harbour Bridge Reopens After Repairs

The Harbour Bridge reopened on Monday after repairs that cost $1.2 billion, the city said.
Mayor Ana Ruiz told reporters: \u201cThis bridge carries 10,000
cars a day, and it is safe again.\u201d Traffic rose 3.5% within hours.

\u201cWe are proud of the crews,\u201d Ruiz said. Engineer Tom Okafor said the deck was replaced.
Later she repeated: "We are proud of the crews."

See Also: \u201cMiracle diet melts 20 pounds,\u201d says Dr. Quack
"""


def _brief(draft):
    article = Article.from_text(ARTICLE, "bridge.txt")
    return build_brief(article, gather_evidence(article), draft, Usage())


def _draft(**fields):
    base = {"headline": "", "summary": "", "what": [], "who": [], "numbers": [], "quotes": []}
    base.update(fields)
    return Draft.model_validate(base, context={"source": None})


def test_small_model_prose_only_draft_gets_extractive_events():
    brief = _brief(ProseDraft(headline="Harbour Bridge reopens", summary="The Harbour Bridge reopened on Monday."))
    assert brief.what and all(event in ARTICLE for event in brief.what)


def test_evidence_alone_gives_a_grounded_brief():
    brief = _brief(None)
    assert_grounded(brief, ARTICLE)
    assert brief.headline == "Harbour Bridge Reopens After Repairs"
    assert brief.summary.startswith("The Harbour Bridge reopened on Monday")
    assert {"$1.2 billion", "10,000", "3.5%"} <= {n.value for n in brief.numbers}


def test_quote_across_a_line_break_keeps_its_exact_span():
    brief = _brief(
        _draft(
            quotes=[DraftQuote(text="This bridge carries 10,000 cars a day, and it is safe again.", speaker="Ana Ruiz")]
        )
    )
    [quote] = [q for q in brief.quotes if q.text.startswith("This bridge")]
    [(start, end)] = quote.spans
    assert "\n" in ARTICLE[start:end]
    assert_grounded(brief, ARTICLE)


def test_repeated_quote_is_one_item_with_two_spans_in_straight_and_curly_marks():
    brief = _brief(_draft(quotes=[DraftQuote(text='"We are proud of the crews."', speaker="Ruiz")]))
    [quote] = [q for q in brief.quotes if "proud" in q.text]
    assert len(quote.spans) == 2
    assert_grounded(brief, ARTICLE)


def test_a_repeat_in_other_case_is_one_quote_whose_spans_all_show_its_exact_text():
    text = (
        'The mayor spoke. \u201cAnd it is safe again,\u201d Ruiz said.\n\n'
        'Later she wrote that \u201cand it is safe again\u201d was her promise, Ruiz said.\n'
    )
    article = Article.from_text(text, "case.txt")
    brief = build_brief(article, gather_evidence(article), None, Usage())
    [quote] = [q for q in brief.quotes if "safe again" in q.text.lower()]
    assert [text[s:e] for s, e in quote.spans] == [quote.text]
    assert_grounded(brief, text)


def test_fabricated_quote_figure_name_and_role_are_dropped_not_shown():
    brief = _brief(
        _draft(
            quotes=[DraftQuote(text="The bridge will never close again.", speaker="Ana Ruiz")],
            numbers=[DraftFigure(value="12,000", measures="cars a day")],
            who=[DraftPerson(name="John Smith", role="governor"), DraftPerson(name="Ana Ruiz", role="city treasurer")],
        )
    )
    shown = brief.model_dump_json(exclude={"dropped"})
    for fabricated in ("never close again", "12,000", "John Smith", "city treasurer"):
        assert fabricated not in shown
    reasons = {d.section: d.reason for d in brief.dropped}
    assert set(reasons) == {"quotes", "numbers", "who"}
    assert "verbatim" in reasons["quotes"]


def test_quote_found_only_in_boilerplate_is_dropped():
    brief = _brief(_draft(quotes=[DraftQuote(text="Miracle diet melts 20 pounds,", speaker="Dr. Quack")]))
    assert all("Miracle" not in q.text for q in brief.quotes)
    assert any(d.section == "quotes" and "Miracle" in d.content for d in brief.dropped)
    assert "20" not in {n.value for n in brief.numbers}


def test_model_labels_enrich_evidence_when_grounded():
    brief = _brief(
        _draft(
            numbers=[DraftFigure(value="10,000", measures="cars crossing each day")],
            who=[DraftPerson(name="Tom Okafor", role="Engineer")],
        )
    )
    [cars] = [n for n in brief.numbers if n.value == "10,000"]
    assert cars.measures == "cars crossing each day"
    [okafor] = [w for w in brief.who if w.name == "Tom Okafor"]
    assert okafor.role and okafor.role.lower() == "engineer"


def test_unsupported_summary_falls_back_to_the_lead_and_is_reported():
    brief = _brief(ProseDraft(headline="Bridge Collapses In Storm", summary="The bridge collapsed during a storm."))
    assert "collapsed" not in brief.summary and "Collapses" not in brief.headline
    assert brief.summary.startswith("The Harbour Bridge reopened")
    assert {d.section for d in brief.dropped} >= {"headline", "summary"}


def test_the_lead_fallback_skips_headline_byline_and_dateline_lines():
    text = (
        "SOCCER - JAPAN GET LUCKY WIN, CHINA IN SURPRISE DEFEAT.\nNadim Ladki\n"
        "AL-AIN, United Arab Emirates 1996-12-06\n"
        "Japan began the defence of their Asian Cup title with a lucky 2-1 win against Syria on Friday. "
        "Syria had the better of the match."
    )
    article = Article.from_text(text, "soccer.txt")
    brief = build_brief(article, gather_evidence(article), None, Usage())
    assert brief.summary == (
        "Japan began the defence of their Asian Cup title with a lucky 2-1 win against Syria on Friday. "
        "Syria had the better of the match."
    )


def test_supported_prose_is_kept_and_cut_off_sentences_are_not():
    brief = _brief(
        _draft(
            headline="Harbour Bridge reopens after repairs",
            summary="The Harbour Bridge reopened on Monday after repairs, the city said. Traffic rose 3.5% within",
            what=["Mayor Ana Ruiz said the bridge is safe again.", "Ana Ruiz"],
        )
    )
    assert brief.headline == "Harbour Bridge reopens after repairs"
    # The model's sentence rests on the lead's first sentence, so the story's next ones complete
    # it (to about 70 words, at most four sentences) as the article's own words, the one that opens
    # with a quotation passed over; the cut-off sentence is not shown.
    kept = "The Harbour Bridge reopened on Monday after repairs, the city said."
    assert brief.summary.startswith(f"{kept} Mayor Ana Ruiz told reporters:")
    assert brief.summary.endswith("Traffic rose 3.5% within hours. Engineer Tom Okafor said the deck was replaced.")
    origins = [item.origin for item in brief.prose if item.section == "summary"]
    assert origins == ["model", "article", "article", "article"]
    assert brief.what == ["Mayor Ana Ruiz said the bridge is safe again."]
    assert any(d.reason == "cut off mid-sentence" for d in brief.dropped)


def test_a_figure_slot_holding_a_name_or_punctuation_is_dropped_though_the_article_has_it():
    brief = _brief(
        _draft(
            numbers=[
                DraftFigure(value=",", measures="Ana Ruiz"),
                DraftFigure(value="Harbour Bridge", measures="repairs"),
                DraftFigure(value="ten thousand", measures="cars"),
            ]
        )
    )
    values = {n.value for n in brief.numbers}
    assert "," not in values and "Harbour Bridge" not in values
    not_figures = [d.content for d in brief.dropped if d.section == "numbers" and "not a figure" in d.reason]
    assert sorted(not_figures) == [",: Ana Ruiz", "Harbour Bridge: repairs"]
    assert any(d.content == "ten thousand: cars" and "not in the article" in d.reason for d in brief.dropped)


def test_a_model_name_joins_the_one_person_it_fits_and_one_fitting_two_is_dropped():
    text = (
        "Defense Minister Kim Yonghyun met Kim Jong-un's envoy on Monday. Engineer Tom Okafor said the talks "
        "went well.\n\nKim said later that more talks would follow."
    )
    article = Article.from_text(text, "talks.txt")
    draft = _draft(
        who=[DraftPerson(name="Kim", role="envoy"), DraftPerson(name="Mr. Okafor", role="Engineer")],
    )
    brief = build_brief(article, gather_evidence(article), draft, Usage())
    names = [w.name for w in brief.who]
    assert "Kim" not in names and "Mr. Okafor" not in names
    [okafor] = [w for w in brief.who if w.name == "Tom Okafor"]
    assert okafor.role and okafor.role.lower() == "engineer"
    assert any(d.content == "Kim" and "several" in d.reason for d in brief.dropped)
