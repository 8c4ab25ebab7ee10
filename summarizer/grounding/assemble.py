"""Building the final `Brief` from the evidence and the model's draft. Each claim in the draft
either lands on evidence or on a verbatim occurrence in the article outside its boilerplate (and
then carries spans), or goes to `dropped` with the reason: nothing ungrounded is shown as fact.

The division of labour: evidence decides *what is there* (quotes, names, figures, places) and
the model contributes prose (headline, summary, events) and labels (roles, what figures count,
speakers the rules missed), each checked before use."""

from __future__ import annotations

import re
from functools import cached_property
from itertools import islice

from summarizer.extract.evidence import Evidence
from summarizer.grounding.prose import check_claim
from summarizer.grounding.roles import check_role
from summarizer.schemas import Brief, Draft, Dropped, NumberItem, Place, ProseDraft, Quote, SourceInfo, Usage, WhoItem
from summarizer.schemas.draft import name_occurs
from summarizer.source.article import Article
from summarizer.text.sentences import first_sentence, iter_sentences, split_sentences
from summarizer.text.spans import Span, find_all, fold, strip_quote_marks

_LEAD_SENTENCES = 2
_SOFT_ENDINGS = " ,.;:"  # trailing punctuation that does not change a quote (unlike ? and !)
_MAX_EVENTS = 4
_MIN_EVENT_WORDS = 5  # "Lloyd Austin" is a name, not an event
_HEADLINE_WORDS = 16


class _Grounder:
    """Span lookups restricted to the story (never the boilerplate), and the dropped list."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.story = article.story_text()
        self.dropped: list[Dropped] = []

    @cached_property
    def lead_sentences(self) -> list[str]:
        """The story's opening sentences, without its title: the classic extractive summary.
        Headline, summary and events may each fall back on them, and none reads more than the
        first `_LEAD_SENTENCES`; so they are split once, and no further than that."""
        story = self.story
        title = self.article.title
        if title and story.startswith(title):
            story = story[len(title) :]
        return list(islice((s for s in iter_sentences(story) if _is_prose_sentence(s)), _LEAD_SENTENCES))

    def spans(self, phrase: str, *, ignore_case: bool = False) -> list[Span]:
        return [
            (s, e)
            for s, e in find_all(self.article.text, phrase, ignore_case=ignore_case)
            if not self.article.in_boilerplate(s, e)
        ]

    def drop(self, section: str, content: str, reason: str) -> None:
        self.dropped.append(Dropped(section=section, content=content, reason=reason))

    def supported_prose(self, section: str, claims: list[str]) -> list[str]:
        kept = []
        for claim in claims:
            claim = claim.strip()
            if not claim:
                continue
            verdict = check_claim(claim, self.story)
            if verdict.supported:
                kept.append(claim)
            else:
                self.drop(section, claim, verdict.reason)
        return kept


def _is_prose_sentence(sentence: str) -> bool:
    """A sentence of the story's prose, not a headline, byline or dateline line: those have no
    full stop, or are set in capitals ("SOCCER - JAPAN GET LUCKY WIN."), or are a few words."""
    letters = [c for c in sentence if c.isalpha()]
    shouting = sum(c.isupper() for c in letters) > 0.6 * len(letters)
    ends = sentence.rstrip("\"'”’)").endswith((".", "!", "?"))
    return len(sentence.split()) > 4 and ends and not shouting


def build_brief(article: Article, evidence: Evidence, draft: ProseDraft | None, usage: Usage) -> Brief:
    """The grounded brief; `draft` may be None when the model gave nothing usable, and a
    `ProseDraft` (from a small model) labels nothing, so evidence stands as found."""
    grounder = _Grounder(article)
    draft = draft or ProseDraft(headline="", summary="")
    if not isinstance(draft, Draft):
        draft = Draft.model_construct(**draft.model_dump(), what=[], who=[], numbers=[], quotes=[])
    return Brief(
        headline=_headline(grounder, draft),
        summary=_summary(grounder, draft),
        what=_events(grounder, draft),
        who=_who(grounder, evidence, draft),
        where=[Place(name=e.name, spans=_mention_spans(grounder, e)) for e in evidence.places],
        numbers=_numbers(grounder, evidence, draft),
        quotes=_quotes(grounder, evidence, draft),
        source=SourceInfo(
            name=article.name,
            title=article.title,
            publisher=article.publisher,
            date=article.date,
            word_count=article.word_count,
            characters=len(article.text),
        ),
        dropped=grounder.dropped,
        usage=usage,
    )


def _headline(grounder: _Grounder, draft: Draft) -> str:
    kept = grounder.supported_prose("headline", [draft.headline])
    if kept:
        return kept[0]
    if grounder.article.title:
        return grounder.article.title
    first_sentence = next(iter(grounder.lead_sentences), "")
    return " ".join(first_sentence.split()[:_HEADLINE_WORDS])


def _summary(grounder: _Grounder, draft: Draft) -> str:
    complete = []
    for sentence in split_sentences(draft.summary):
        if sentence.rstrip("\"'”’)").endswith((".", "!", "?")):
            complete.append(sentence)
        else:
            grounder.drop("summary", sentence, "cut off mid-sentence")
    kept = grounder.supported_prose("summary", complete)
    return " ".join(kept) if kept else " ".join(grounder.lead_sentences[:_LEAD_SENTENCES])


def _events(grounder: _Grounder, draft: Draft) -> list[str]:
    """The model's events that are statements, supported, and not the headline again; else the
    opening sentences of the paragraphs after the lead (where news puts its developments)."""
    headline = fold(draft.headline).lower()
    statements = []
    for event in draft.what:
        if len(event.split()) < _MIN_EVENT_WORDS or fold(event).lower() == headline:
            grounder.drop("what", event, "not an event (too short, or the headline again)")
        else:
            statements.append(event)
    kept = _dedupe(grounder.supported_prose("what", statements))
    return kept or _paragraph_openers(grounder)[:_MAX_EVENTS]


def _paragraph_openers(grounder: _Grounder) -> list[str]:
    title = grounder.article.title
    paragraphs = [p for p in grounder.story.split("\n\n") if len(p.split()) > 12 and p.strip() != title]
    lead = set(grounder.lead_sentences[:_LEAD_SENTENCES])
    openers = []
    for paragraph in paragraphs:
        opener = first_sentence(paragraph)
        if opener and _is_prose_sentence(opener) and opener not in lead:
            openers.append(opener)
    return openers


def _who(grounder: _Grounder, evidence: Evidence, draft: Draft) -> list[WhoItem]:
    items = [
        WhoItem(
            name=e.name,
            kind=e.kind if e.kind in ("person", "organization") else "other",
            role=e.role,
            spans=_mention_spans(grounder, e),
        )
        for e in evidence.people_and_organizations
    ]
    for person in draft.who:
        name = person.name.strip()
        if name and not any(char.isalpha() for char in name):
            grounder.drop("who", name, "not a name (no letters)")  # a stray quotation mark, a number
            continue
        match = _find_item(items, name)
        if match is None:
            if not name_occurs(grounder.story, name):
                grounder.drop("who", name, "this name is not in the article")
                continue
            spans = grounder.spans(name) or grounder.spans(name.split()[-1])
            if not spans:
                grounder.drop("who", name, "named only in boilerplate")
                continue
            match = WhoItem(name=name, kind="person", role=None, spans=spans)
            items.append(match)
        role = person.role.strip()
        if role and not match.role:
            verdict = check_role(name, role, grounder.story)
            if verdict.supported:
                match.role = role
            else:
                grounder.drop("who", f"{name}: {role}", verdict.reason)
    return items


def _find_item(items: list[WhoItem], name: str) -> WhoItem | None:
    key = fold(name).lower()
    surname = key.split()[-1] if key else ""
    for item in items:
        known = fold(item.name).lower()
        if known == key or (surname and known.split()[-1] == surname):
            return item
    return None


def _mention_spans(grounder: _Grounder, entity) -> list[Span]:
    spans = [(m.start, m.end) for m in entity.mentions if not grounder.article.in_boilerplate(m.start, m.end)]
    return spans or grounder.spans(entity.name)


def _numbers(grounder: _Grounder, evidence: Evidence, draft: Draft) -> list[NumberItem]:
    items: dict[str, NumberItem] = {}
    for figure in evidence.figures:
        key = fold(figure.value)
        if key in items:
            items[key].spans.append((figure.start, figure.end))
        else:
            items[key] = NumberItem(
                value=figure.value, measures=figure.measures, unit=figure.unit, spans=[(figure.start, figure.end)]
            )
    for labelled in draft.numbers:
        key = fold(labelled.value)
        if key in items:
            if labelled.measures.strip():
                items[key].measures = labelled.measures.strip()
            continue
        if not _looks_like_a_figure(labelled.value):
            grounder.drop("numbers", labelled.value, "not a figure (no digits or number words)")
            continue
        spans = grounder.spans(labelled.value)
        if spans:
            items[key] = NumberItem(value=labelled.value, measures=labelled.measures.strip() or None, spans=spans)
        else:
            grounder.drop("numbers", labelled.value, "this figure is not in the article")
    return sorted(items.values(), key=lambda item: item.spans[0])


_NUMBER_WORDS = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|half|quarter|third)\b",
    re.IGNORECASE,
)


def _looks_like_a_figure(value: str) -> bool:
    """A small model sometimes fills the figure slot with a name or a comma, which is "in the
    article" and still not a figure: it must have a digit or a number word."""
    return any(char.isdigit() for char in value) or bool(_NUMBER_WORDS.search(value))


def _quotes(grounder: _Grounder, evidence: Evidence, draft: Draft) -> list[Quote]:
    items: dict[str, Quote] = {}
    for found in evidence.quotes:
        span = _trimmed(grounder.article.text, found.start, found.end)
        quote = items.get(_quote_key(found.text))
        if quote is None:
            items[_quote_key(found.text)] = Quote(
                text=grounder.article.text[span[0] : span[1]],
                speaker=found.speaker,
                speaker_role=found.speaker_role,
                spans=[span],
            )
        elif fold(grounder.article.text[span[0] : span[1]]) == fold(quote.text):
            quote.spans.append(span)  # a repeat differing only in case is the same quote, but not at this span
    for proposed in draft.quotes:
        text = strip_quote_marks(proposed.text).rstrip(_SOFT_ENDINGS)
        spans = grounder.spans(text) if text else []
        if not spans:
            grounder.drop("quotes", proposed.text, "not found verbatim in the article")
            continue
        quote = _overlapping_quote(items.values(), spans) or items.setdefault(
            _quote_key(text), Quote(text=grounder.article.text[spans[0][0] : spans[0][1]], spans=spans)
        )
        speaker = proposed.speaker.strip()
        if speaker and not quote.speaker:
            if name_occurs(grounder.story, speaker):
                quote.speaker = speaker
            else:
                grounder.drop(
                    "quotes", f"speaker of {text[:40]!r}: {speaker}", "this speaker is not named in the article"
                )
    return sorted(items.values(), key=lambda item: item.spans[0])


def _trimmed(text: str, start: int, end: int) -> Span:
    """A quote's span without the comma or full stop that news style puts inside the marks, so
    every occurrence of a repeated quote shows the same words."""
    return start, start + len(text[start:end].rstrip(_SOFT_ENDINGS))


def _quote_key(text: str) -> str:
    """Quotes are the same whatever the case or closing punctuation ("crews," / "crews.")."""
    return fold(text).rstrip(_SOFT_ENDINGS).lower()


def _overlapping_quote(quotes, spans: list[Span]) -> Quote | None:
    for quote in quotes:
        for start, end in quote.spans:
            if any(s < end and e > start for s, e in spans):
                return quote
    return None


def _dedupe(items: list[str]) -> list[str]:
    seen, kept = set(), []
    for item in items:
        key = fold(item).lower()
        if key not in seen:
            seen.add(key)
            kept.append(item)
    return kept
