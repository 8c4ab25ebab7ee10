"""The one sentence splitter: where the sentences of a text are, for every stage that reads
sentences (prose grounding, speakers, figures' context, splitting long stories, the lead).

Why nupunkt (an unsupervised Punkt model trained on legal and news-like prose, MIT, no
dependencies, the model inside its wheel): news writes "Mr. Smith", "Feb. 3", "U.S.",
"Donald J. Trump", "vs." and "(D-Mass.)" in every paragraph, and a regular expression breaks
after each of them; nupunkt gets them right at well under a millisecond per article, where
pysbd (equally right on our table of hard cases) takes 25 ms. Line structure comes first:
a blank line always ends a sentence (a headline or byline has no full stop), and so does a
single line break, unless the next line runs on in lower case (a hard-wrapped paragraph)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import lru_cache

import nupunkt

from summarizer.text.gazetteer import US_STATE_ABBREVIATIONS
from summarizer.text.lexicon import ABBREVIATIONS
from summarizer.text.spans import Span

# Abbreviations news writes before a capital that does not start a sentence: titles, months,
# days, company and street words, and the AP state forms that are not also English words
# ("Ill.", "Wash.", "Miss." end as many sentences as they abbreviate).
_NEWS_ABBREVIATIONS = (
    (ABBREVIATIONS - {"man"})  # "No. 10" is common, "said no. Smith" rare; "the man." is not Manitoba
    | (
        US_STATE_ABBREVIATIONS
        - {"ill", "wash", "miss", "man", "del", "la", "ind", "ore", "mo", "pa", "mass", "md", "ga"}
    )
    | frozenset(
        "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun "
        "pres sens reps atty msgr adm cmdr maj brig messrs mme mlle hon fr gens approx est dist bros assn "
        "ave blvd rd hwy pl sq mx".split()
    )
)

# A line break that ends a sentence: a blank line, or a single break whose next line does not
# start in lower case.
# The look-ahead on its first character lets the regex engine skip every other position at once.
_LINE_BREAK = re.compile(r"(?=[ \t\n])(?:[ \t]*\n[ \t]*\n\s*|[ \t]*\n\s*(?=\S)(?![a-z]))")


def sentence_spans(text: str) -> tuple[Span, ...]:
    """The sentences of `text` as (start, end) offsets, in order, without surrounding space."""
    return _sentence_spans(text)


@lru_cache(maxsize=64)
def _sentence_spans(text: str) -> tuple[Span, ...]:
    """(Cached: grounding, speakers and figures ask for the sentences of one story many times.)"""
    spans: list[Span] = []
    for line_start, line_end in _lines(text):
        line = text[line_start:line_end]
        for start, end in _tokenizer().span_tokenize(line):
            piece = line[start:end]
            stripped = piece.strip()
            if not stripped:
                continue
            left = line_start + start + len(piece) - len(piece.lstrip())
            if stripped[0] in _NEVER_OPENS and spans and spans[-1][1] >= line_start:
                spans[-1] = (spans[-1][0], left + len(stripped))  # "Sen. Jo Roe (D-Ill.), noting ..."
            else:
                spans.append((left, left + len(stripped)))
    return tuple(spans)


# What no sentence opens with: a piece the model cut off after an abbreviation it ends
# sentences with ("(D-Ill.)" where "Ill." ends "... in Springfield, Ill.") belongs to the one before.
_NEVER_OPENS = frozenset("),;:]}")


@lru_cache(maxsize=1)
def _tokenizer() -> nupunkt.PunktSentenceTokenizer:
    """nupunkt's model with its abbreviations fitted to news. It was trained on legal and
    technical prose and takes thousands of words for abbreviations ("so", "month", "bank"), so
    "in Russia this month. Austin flew" stays one sentence; only abbreviations written with
    inner periods ("U.S.", "a.m.", "Ph.D.") are kept from it, and ours are added."""
    tokenizer = nupunkt.load_default_model()
    for abbreviation in tokenizer.abbreviations:
        if "." not in abbreviation and abbreviation not in _NEWS_ABBREVIATIONS:
            tokenizer.remove_abbreviation(abbreviation)
    tokenizer.add_abbreviations(sorted(_NEWS_ABBREVIATIONS))
    return tokenizer


def _lines(text: str) -> Iterator[Span]:
    start = 0
    for boundary in _LINE_BREAK.finditer(text):
        yield start, boundary.start()
        start = boundary.end()
    yield start, len(text)


def split_sentences(text: str) -> list[str]:
    """The sentences of `text`, stripped."""
    return [text[start:end] for start, end in sentence_spans(text)]


def iter_sentences(text: str) -> Iterator[str]:
    """`split_sentences`, one at a time (a caller that wants the first few stops early)."""
    for start, end in sentence_spans(text):
        yield text[start:end]


def first_sentence(text: str) -> str:
    """The first sentence of `text`, or "" for blank text."""
    return next(iter_sentences(text), "")


def sentence_around(text: str, position: int) -> str:
    """The sentence of `text` that holds `position` ("" between sentences): what a figure that
    does not say what it counts is about."""
    span = sentence_span_around(text, position)
    return text[span[0] : span[1]] if span else ""


def sentence_span_around(text: str, position: int) -> Span | None:
    """The span of the sentence holding `position`, or None between sentences."""
    index = sentence_index_at(text, position)
    return None if index is None else sentence_spans(text)[index]


def sentence_index_at(text: str, position: int) -> int | None:
    """Which sentence of `sentence_spans(text)` holds `position`, or None between sentences."""
    index = bisect_right(_starts(text), position) - 1
    if index >= 0 and position < sentence_spans(text)[index][1]:
        return index
    return None


def sentence_starts(text: str) -> tuple[int, ...]:
    """Where each sentence of `text` starts: 0 first, even when the text opens with space."""
    starts = _starts(text)
    return starts if starts and starts[0] == 0 else (0, *starts)


def starts_sentence(text: str, position: int) -> bool:
    """Whether a sentence of `text` starts at `position`."""
    starts = _starts(text)
    index = bisect_right(starts, position) - 1
    return index >= 0 and starts[index] == position


@lru_cache(maxsize=64)
def _starts(text: str) -> tuple[int, ...]:
    return tuple(start for start, _ in sentence_spans(text))


def last_sentence_end_within(text: str, limit: int) -> int:
    """The end of the last sentence of `text` that ends at or before `limit` (0 if none does):
    where to cut a text that must fit in `limit` characters without breaking a sentence."""
    ends = [end for _, end in sentence_spans(text) if end <= limit]
    return ends[-1] if ends else 0
