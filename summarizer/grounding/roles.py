"""Whether the article states a person's or organization's role. A model writes roles in its own
words ("owner of the company" for "the company's owners Ann Lee and Bo Kim"), so an exact
occurrence is too strict; a role is stated when its content words, as lemmas, are in a sentence
that names the person (their own sentence, with its appositive: "Ann Lee, the company's owner").
A role made of several parts ("coach; former captain") must have every part stated. A word
of the role may be the article's in other words ("goaltender" for "goalie": WordNet synonyms,
see `synonyms`)."""

from __future__ import annotations

import re

from summarizer.grounding.claims import SourceText, parse_source, synonym_keys
from summarizer.grounding.lemmas import Word, is_content, words
from summarizer.grounding.prose import Verdict
from summarizer.text.lexicon import HONORIFICS, TITLE_ABBREVIATIONS

__all__ = ["MIN_ROLE_COVERAGE", "check_role"]

#: The share of a role part's content words that one sentence naming the person must hold.
MIN_ROLE_COVERAGE = 0.6
_PARTS = re.compile(r"\s*[;,/]\s*|\s+and\s+(?=former|ex-|also)")


def check_role(name: str, role: str, source: str) -> Verdict:
    """Whether `source` states that `name` is `role` (see the module docstring); a supported
    verdict carries the spans of the sentences that state it."""
    text = parse_source(source)
    mentions = _mention_keys(name)
    if not mentions:
        return Verdict(False, "no name to give a role to")
    naming = [
        i for i, sentence in enumerate(text.sentences) if any(w.lower in mentions for w in sentence if w.capitalised)
    ]
    if not naming:
        return Verdict(False, f"{name} is not named in the article")
    evidence: list[int] = []
    for part in (p for p in _PARTS.split(role) if p.strip()):
        content = [w for w in words(part) if is_content(w) or w.is_number]
        if not content:
            continue
        best, share = max(((i, _share(content, text, i)) for i in naming), key=lambda x: x[1])
        if share < MIN_ROLE_COVERAGE:
            return Verdict(False, f"the role {part.strip()!r} is not stated in a sentence that names {name}")
        evidence.append(best)
    return Verdict(True, evidence=tuple(text.spans[i] for i in sorted(set(evidence))))


def _share(content: list[Word], text: SourceText, index: int) -> float:
    """The share of `content` in the sentence at `index` or the next (where "She is ..." goes on)."""
    following = index + 1 < len(text.sentences) and _refers_back(text.sentences[index + 1])
    keys = text.keys[index] | (text.keys[index + 1] if following else frozenset())
    related = text.related[index] | (text.related[index + 1] if following else frozenset())
    # a title the sentence abbreviates ("Sen. Murray Sinclair") states the role it stands for
    lowers = {TITLE_ABBREVIATIONS.get(w.lower, w.lower) for w in text.sentences[index]}
    return sum(
        bool(w.keys & keys or w.keys & related or synonym_keys(w) & keys) or w.lower in lowers for w in content
    ) / len(content)


def _refers_back(sentence: tuple[Word, ...]) -> bool:
    return bool(sentence) and sentence[0].lower in _PRONOUNS


_PRONOUNS = frozenset("he she they it his her their its".split())


def _mention_keys(name: str) -> frozenset[str]:
    """The words a mention of `name` may use: its surname (the last word that is not a title)
    and, for an organization, its distinctive words as well."""
    parts = [w for w in words(name) if w.lower not in HONORIFICS and w.capitalised]
    if not parts:
        return frozenset()
    return frozenset({parts[-1].lower})
