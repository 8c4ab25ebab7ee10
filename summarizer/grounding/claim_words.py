"""Whether every word of a claim is a word, the test a small model's garble fails (moved from
`claims`, where every test of a claim once lived): `words_in_english` takes a word of the article
or of English; "re-equilimented" shares enough letters with the article to pass a count of words,
and says nothing."""

from __future__ import annotations

import re

from summarizer.grounding.claims import Claim, SourceText, ordinary_word
from summarizer.grounding.lemmas import Word, is_english_word
from summarizer.grounding.synonyms import in_wordnet

__all__ = [
    "words_in_english",
]


def words_in_english(claim: Claim, source: SourceText) -> str | None:
    """Every word of the claim is a word: of the article, or of English (lemminflect or WordNet
    knows it: "info" is WordNet's alone), each part of a hyphenated one too. A small model's
    garble ("re-equilimented", "re-equi") shares enough letters with the article to pass a count
    of words, and says nothing."""
    for word in claim.words:
        if word.capitalised or word.is_number or len(word.lower) < 4 or word.lower in source.lowers:
            continue
        if ordinary_word(word) or _inflected_or_joined(word, source):
            continue
        parts = [part for part in re.split(r"[-'’]", word.lower) if len(part) >= 3]
        if not parts or not all(_known_word(part, source) for part in parts):
            return f"{word.text!r} is not a word of the article or of English"
    return None


def _known_word(lower: str, source: SourceText) -> bool:
    """A word of the article, or of English (`is_english_word` also takes two words written as
    one: "pushback", "buybacks")."""
    return is_english_word(lower) or lower in source.lowers or in_wordnet(lower)


def _inflected_or_joined(word: Word, source: SourceText) -> bool:
    """Whether the article writes `word` in another number or form ("buybacks" where it says
    "buyback") or as two words ("groundwater" for "ground water", "ground-water"): a word no
    dictionary lists is a word when the article uses it."""
    if word.lower.endswith("s") and word.lower[:-1] in source.lowers or f"{word.lower}s" in source.lowers:
        return True
    text = source.text.lower()
    halves = ((word.lower[:i], word.lower[i:]) for i in range(3, len(word.lower) - 2))
    return any(re.search(rf"\b{first}[\s-]{second}\b", text) is not None for first, second in halves)
