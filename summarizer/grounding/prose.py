"""Grounding prose. A headline, summary sentence or event is kept only when one passage of the
article (a sentence, or two neighbouring sentences) contains nearly all its content words and
every figure and capitalised name it uses. Small models paraphrase into invention ("called for
a ceasefire" where no ceasefire is mentioned); this check keeps their prose close to the text."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from summarizer.text.sentences import sentence_spans, split_sentences
from summarizer.text.spans import Span, find_all

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
    #: Where in the source the claim's support is (a supported verdict only).
    evidence: tuple[Span, ...] = ()


def check_claim(claim: str, source: str, cited: Sequence[Span] = ()) -> Verdict:
    """The one check of a prose claim (a headline, summary sentence or event) against its
    article. `cited` are the spans of the sentences the model named as its evidence: they are
    tried first, and the whole article when they do not back the claim, so a wrong citation
    costs the claim nothing but a missing citation is never required. A supported verdict
    carries the spans of its evidence, for the brief to show."""
    if cited:
        passage = " ".join(source[start:end] for start, end in cited)
        if check_support(claim, passage).supported:
            return Verdict(True, evidence=tuple(cited))
    verdict = check_support(claim, source)
    if not verdict.supported:
        return verdict
    span = supporting_passage(claim, source)
    return Verdict(True, evidence=(span,) if span else ())


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
    sentences = [((start, end), frozenset(_content_words(source[start:end]))) for start, end in sentence_spans(source)]
    pairs = [((a[0][0], b[0][1]), a[1] | b[1]) for a, b in zip(sentences, sentences[1:])]
    return tuple(sentences + pairs)
