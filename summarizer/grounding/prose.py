"""Grounding prose. A headline, summary sentence or event is kept only when one passage of the
article (a sentence, or two neighbouring sentences) contains nearly all its content words and
every figure and capitalised name it uses. Small models paraphrase into invention ("called for
a ceasefire" where no ceasefire is mentioned); this check keeps their prose close to the text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from summarizer.text.spans import Span, find_all

_SENTENCE_END = re.compile(r"(?<=[.!?…][\"'”’)])\s+(?=[\"'“‘(]?[A-Z0-9])|(?<=[.!?…])\s+(?=[\"'“‘(]?[A-Z0-9])|\n\s*\n")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*\d|\d")
_FIGURE = re.compile(r"\d[\d,.]*\d|\d")
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+")
_STOPWORDS = frozenset(
    """a an the of in on at to for from by with and or but as than that which who whom whose is are was
    were be been being have has had do does did will would could should may might must can this these
    those it its their there they them he she his her him we our you your i not no also such into about
    over after before during while amid amidst among between up down out more most other some any each
    per very just only said says say according""".split()
)
MIN_COVERAGE = 0.8


@dataclass(frozen=True)
class Verdict:
    supported: bool
    reason: str = ""


def split_sentences(text: str) -> list[str]:
    """Sentences of a short piece of prose (good enough for summaries and leads)."""
    return [s.strip() for s in _SENTENCE_END.split(text.strip()) if s and s.strip()]


def iter_sentences(text: str) -> Iterator[str]:
    """`split_sentences`, one sentence at a time: for a caller that needs only the first few
    sentences of a long text, the rest is never split."""
    text = text.strip()
    start = 0
    for end in _SENTENCE_END.finditer(text):
        if sentence := text[start : end.start()].strip():
            yield sentence
        start = end.end()
    if sentence := text[start:].strip():
        yield sentence


def first_sentence(text: str) -> str:
    """`split_sentences(text)[0]`, or "" for blank text."""
    return next(iter_sentences(text), "")


def check_support(claim: str, source: str) -> Verdict:
    """Whether one passage of `source` backs `claim` (see module docstring)."""
    for figure in _FIGURE.findall(claim):
        if not find_all(source, figure):
            return Verdict(False, f"the figure {figure!r} is not in the article")
    for name in _NAME.findall(claim):
        if not find_all(source, name):
            return Verdict(False, f"the name {name!r} is not in the article")
    words = _content_words(claim)
    if not words:
        return Verdict(False, "says nothing checkable")
    best = max((len(words & passage) / len(words) for passage in _passages(source)), default=0.0)
    if best < MIN_COVERAGE:
        return Verdict(False, f"not supported by any passage of the article ({best:.0%} of its words found together)")
    return Verdict(True)


@lru_cache(maxsize=8192)
def _stem(word: str) -> str:
    """(Cached: every article is made of the same few thousand words.)"""
    word = word.lower().replace("’", "'")
    for suffix in ("'s", "ing", "ed", "es", "s", "ly"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def supporting_passage(claim: str, source: str) -> Span | None:
    """Where in `source` the passage that backs `claim` is (the sentence, or two neighbouring
    sentences, holding most of its content words), or None when `check_support` would refuse it.
    A note built from several reports cites, for each sentence, the passage of each report."""
    if not check_support(claim, source).supported:
        return None
    words = _content_words(claim)
    best = max(_passage_spans(source), key=lambda passage: len(words & passage[1]))
    return best[0]


def sentence_around(text: str, position: int) -> str:
    """The sentence of `text` that holds `position` ("" between sentences): what a figure that
    does not say what it counts is about."""
    return next((text[start:end] for start, end in _sentences_of(text) if start <= position < end), "")


def content_words(text: str) -> frozenset[str]:
    """The stems of the words that carry meaning (no stop words): what two phrases must share
    to say the same thing."""
    return frozenset(_content_words(text))


def _content_words(text: str) -> set[str]:
    return {_stem(w) for w in _WORD.findall(text) if w.lower() not in _STOPWORDS and len(w) > 1}


@lru_cache(maxsize=16)
def _passages(source: str) -> tuple[frozenset[str], ...]:
    """Each sentence, and each pair of neighbouring sentences, as a bag of content words."""
    sentences = [_content_words(s) for s in split_sentences(source)]
    pairs = [a | b for a, b in zip(sentences, sentences[1:])]
    return tuple(frozenset(p) for p in sentences + pairs)


@lru_cache(maxsize=16)
def _passage_spans(source: str) -> tuple[tuple[Span, frozenset[str]], ...]:
    """`_passages` with where each passage is: sentences first, so a tie goes to one sentence."""
    sentences = [((start, end), frozenset(_content_words(source[start:end]))) for start, end in _sentences_of(source)]
    pairs = [((a[0][0], b[0][1]), a[1] | b[1]) for a, b in zip(sentences, sentences[1:])]
    return tuple(sentences + pairs)


@lru_cache(maxsize=16)
def _sentences_of(text: str) -> tuple[Span, ...]:
    return tuple(_sentence_spans(text))


def _sentence_spans(text: str) -> Iterator[Span]:
    """The spans of `split_sentences(text)`'s sentences in `text`."""
    start = 0
    for boundary in [*_SENTENCE_END.finditer(text), None]:
        end = boundary.start() if boundary else len(text)
        piece = text[start:end]
        if piece.strip():
            left = start + len(piece) - len(piece.lstrip())
            yield left, left + len(piece.strip())
        start = boundary.end() if boundary else end
