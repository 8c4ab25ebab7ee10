"""Property-based tests of grounding on arbitrary text (hypothesis): the extractors never crash
and every span they give indexes the text; `find_all` only reports places where the folded text
matches; and an assembled brief keeps only what is grounded, putting the rest in `dropped`."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from summarizer import InputError
from summarizer.extract.evidence import gather_evidence
from summarizer.grounding.assemble import build_brief
from summarizer.schemas import Draft, Usage
from summarizer.source.article import Article
from summarizer.text.spans import find_all, fold, strip_quote_marks
from tests.grounding_checks import assert_grounded

# Characters the extractors treat specially: quotation marks of several languages, whitespace
# that folding changes, digits, currency and figure signs, sentence punctuation.
SPECIAL = list("\"'“”‘’„‟«»‚‛′″\n\n\t \u00a0\u2028\r0123456789$€£¥%.,;:!?-–—()/#@&")
# Pieces of news English, so quotes, speakers, names, places, figures and boilerplate occur.
FRAGMENTS = [
    "Mayor Ana Ruiz",
    "Ruiz",
    "said",
    " said.",
    "told reporters",
    "according to",
    "the Harbour Trust",
    "the mayor",
    "he said",
    "she said",
    "it said",
    "Dr. Kim Jong",
    "Lisbon",
    "New York",
    "Ottawa",
    "“",
    "”",
    "\"",
    "‘",
    "’",
    "„",
    "«",
    "»",
    "We will rebuild the harbour",
    "It is hard",
    "nothing is determined",
    "$4.5 million",
    "12 per cent",
    "€2.3bn",
    "1,200",
    "30%",
    "three",
    "Monday",
    "km",
    "people",
    "Advertisement",
    "See Also:",
    "Posted In:",
    "Related Sources",
    "Sign up for our newsletter",
    "(Jane Roe/CBC)",
    "The",
    "In",
    "U.S.",
    "UN",
    "BC Hydro",
    "officials",
    "the ministry",
    ", a spokesperson,",
    ". ",
    ", ",
    "\n",
    "\n\n",
    " ",
    ": ",
    " — ",
]
NEWS_LIKE = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=6)), max_size=60).map("".join)
# Any text a file could hold (lone surrogates cannot be decoded from one).
ANY_TEXT = st.text(alphabet=st.one_of(st.characters(codec="utf-8"), st.sampled_from(SPECIAL)), max_size=300)
TEXTS = st.one_of(ANY_TEXT, NEWS_LIKE)


def fast(examples: int) -> settings:
    """Few enough examples for the file to run in seconds; no deadline (the machine is shared);
    no example database (nothing written into the repository)."""
    return settings(max_examples=examples, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])


def _article(text: str) -> Article | None:
    """The article, or None when the text is blank (the one refusal allowed)."""
    try:
        return Article.from_text(text)
    except InputError as error:
        assert not text.strip() and "empty" in str(error)
        return None


def _inside(text: str, start: int, end: int) -> bool:
    return 0 <= start < end <= len(text)


@fast(400)
@given(TEXTS)
@example("“We will rebuild,” Ruiz said.\n\nİstanbul Mayor Ana Ruiz said “yes”.")
def test_evidence_spans_index_the_text(text):
    article = _article(text)
    if article is None:
        return
    evidence = gather_evidence(article)
    for entity in evidence.entities:
        for mention in entity.mentions:
            assert _inside(text, mention.start, mention.end)
            assert text[mention.start : mention.end] == mention.text
    for quote in evidence.quotes:
        assert _inside(text, quote.start, quote.end)
        assert text[quote.start : quote.end] == quote.text
        assert not article.in_boilerplate(quote.start, quote.end)
    for figure in evidence.figures:
        assert _inside(text, figure.start, figure.end)
        assert text[figure.start : figure.end] == figure.value
        assert not article.in_boilerplate(figure.start, figure.end)
    for start, end in article.boilerplate:
        assert 0 <= start <= end <= len(text)


def _lower(text: str) -> str:
    """Lower case character by character: what "up to case" means where offsets must hold."""
    return "".join(char.lower() if len(char.lower()) == 1 else char for char in text)


@st.composite
def text_and_needle(draw):
    text = draw(TEXTS)
    if text and draw(st.booleans()):
        start = draw(st.integers(0, len(text) - 1))
        needle = text[start : draw(st.integers(start + 1, min(len(text), start + 40)))]
    else:
        needle = draw(st.one_of(st.sampled_from(FRAGMENTS), ANY_TEXT.map(lambda s: s[:20])))
    return text, needle


@fast(500)
@given(text_and_needle(), st.booleans(), st.booleans())
@example(("İİ Ana said", "ana"), True, True)  # "İ".lower() is two characters
def test_find_all_reports_only_matching_spans(pair, ignore_case, whole_words):
    text, needle = pair
    spans = find_all(text, needle, ignore_case=ignore_case, whole_words=whole_words)
    wanted = _lower(fold(needle)) if ignore_case else fold(needle)
    for start, end in spans:
        assert _inside(text, start, end)
        found = fold(text[start:end])
        assert (_lower(found) if ignore_case else found) == wanted, (text[start:end], needle)
    assert spans == sorted(set(spans))
    if wanted and not whole_words and needle in text:
        assert spans, "a substring of the text is always found"


# Marks no generated text holds, so a phrase carrying one is certainly not in the article.
ABSENT = "\U0001f9ea"


@st.composite
def article_and_draft(draw):
    text = draw(NEWS_LIKE.filter(str.strip) | ANY_TEXT.filter(str.strip))
    text = text.replace(ABSENT, "")
    if not text.strip():
        text = "Mayor Ana Ruiz said “We will rebuild the harbour,” on Monday."

    def piece(limit: int) -> str:
        """A substring of the text (possibly cut mid-word), or a phrase that is not in it."""
        if draw(st.booleans()):
            start = draw(st.integers(0, len(text) - 1))
            return text[start : draw(st.integers(start + 1, min(len(text), start + limit)))]
        return draw(st.text(max_size=limit - 2)) + ABSENT

    quotes = [
        {
            "text": draw(st.sampled_from(["", "“", "\""])) + piece(120) + draw(st.sampled_from(["", "”", ",", "."])),
            "speaker": piece(40),
        }
        for _ in range(draw(st.integers(0, 4)))
    ]
    numbers = [{"value": piece(25), "measures": piece(40)} for _ in range(draw(st.integers(0, 4)))]
    who = [{"name": piece(40), "role": piece(40)} for _ in range(draw(st.integers(0, 3)))]
    draft = Draft.model_validate(
        {
            "headline": piece(90),
            "summary": piece(200) + ".",
            "what": [piece(120) for _ in range(draw(st.integers(0, 3)))],
            "who": who,
            "numbers": numbers,
            "quotes": quotes,
        },
        context={"source": None},
    )
    return text, draft


@fast(300)
@given(article_and_draft())
@example(("“”", Draft(headline="", summary="", what=[], who=[{"name": "“", "role": ""}], numbers=[], quotes=[])))
@example(  # a model figure inside a wider one it also wrote: both reach the note (one was lost unlisted)
    (
        "0Mayor Ana Ruiz said so.",
        Draft(
            headline="",
            summary="",
            what=[],
            who=[],
            numbers=[{"value": "0Mayor Ana", "measures": ""}, {"value": "0Mayor Ana Ruiz", "measures": ""}],
            quotes=[],
        ),
    )
)
@example(  # a model's name that ends on a sentence's first word: "We" was taken for its surname
    (
        "Mayor Ana RuizRuiz. We will rebuild the harbour",
        Draft(
            headline="",
            summary="",
            what=[],
            who=[{"name": "ayor Ana RuizRuiz. We", "role": "x"}],
            numbers=[],
            quotes=[],
        ),
    )
)
@example(  # an opening mark before nothing but punctuation: its quote's span was empty
    (
        "Mayor Ana Ruiz said.\u201e: ",
        Draft(headline="x", summary="x.", what=[], who=[], numbers=[], quotes=[]),
    )
)
def test_a_brief_keeps_only_grounded_quotes_and_figures(pair):
    text, draft = pair
    article = Article.from_text(text)
    brief = build_brief(article, gather_evidence(article), draft, Usage())
    # Quotes verbatim, figures and places present, nothing from boilerplate; names are checked
    # below up to typography ("O’Brien" is at "O'Brien"), as the README defines grounding.
    assert_grounded(brief.model_copy(update={"who": []}), text)
    for item in brief.who:
        assert item.spans and any(char.isalpha() for char in item.name)
        name = fold(item.name)
        for start, end in item.spans:
            assert _inside(text, start, end) and not article.in_boilerplate(start, end)
            mention = fold(text[start:end])
            assert mention in name or name in mention or mention.split()[-1] == name.split()[-1], (item.name, mention)
    for quote in brief.quotes:
        for start, end in quote.spans:
            assert fold(strip_quote_marks(text[start:end])) == fold(strip_quote_marks(quote.text))
    for number in brief.numbers:
        assert all(fold(text[start:end]) == fold(number.value) for start, end in number.spans)
    dropped = {(item.section, item.content) for item in brief.dropped}
    for proposed in draft.quotes:
        if ABSENT in proposed.text:
            assert ("quotes", proposed.text) in dropped
            assert all(ABSENT not in quote.text for quote in brief.quotes)
    kept_values = {fold(number.value) for number in brief.numbers}
    # a dropped figure is listed with what the model said it counts: "value: measures"
    dropped_figures = {content for section, content in dropped if section == "numbers"}

    def figure_dropped(figure) -> bool:
        return figure.value in dropped_figures or f"{figure.value}: {figure.measures.strip()}" in dropped_figures

    for proposed in draft.numbers:
        assert fold(proposed.value) in kept_values or figure_dropped(proposed)
        if ABSENT in proposed.value:
            assert figure_dropped(proposed)
    for person in draft.who:
        if ABSENT in person.name:
            assert all(ABSENT not in item.name for item in brief.who)


@pytest.mark.parametrize("text", ["", " ", "\n\t", "\u00a0\u3000"])
def test_blank_text_is_the_one_refusal(text):
    with pytest.raises(InputError, match="empty"):
        Article.from_text(text)
