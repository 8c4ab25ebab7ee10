"""A claim written all in lower case, read with the article's capitals.

Some writers lower-case everything (systems trained on lower-cased news, a careless headline):
"defoe scored for sunderland". The tests of names, of who did what and of places look for
capitalised words, so such a claim would name nobody and pass them all by default. The article
says how each of its names is written: a word it writes with a capital in mid-sentence and
never in lower case is a name (or part of one), and the claim's lower-case form of it is given
the article's spelling before the claim is checked. Only a claim with no capitalised word of
the article after its first is read so: a claim that uses capitals says itself what its names
are."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from summarizer.grounding.claims import Claim, SourceText, parse_source
from summarizer.grounding.lemmas import Word, words

__all__ = ["article_spellings", "is_lower_cased", "with_article_capitals", "without_named_numbers"]


def article_spellings(source: SourceText) -> dict[str, str]:
    """For each word (in lower case) the article writes capitalised in mid-sentence and never in
    lower case, its commonest capitalised spelling there ("sunderland": "Sunderland", "tsa":
    "TSA"). A sentence's first word is capitalised whatever it is, so it proves nothing."""
    return _spellings(source.text)


@lru_cache(maxsize=16)
def _spellings(text: str) -> dict[str, str]:
    """(Cached by the article's text, whose hash Python keeps: a brief checks many claims.)"""
    source = parse_source(text)
    capitalised: dict[str, Counter[str]] = {}
    lowered: set[str] = set()
    for sentence in source.sentences:
        for index, word in enumerate(sentence):
            if word.is_number:
                continue
            if not word.capitalised:
                lowered.add(word.lower)
            elif index:
                # Its spelling without the possessive ending its lower-case form drops ("Alzheimer"
                # of "Alzheimer's"): a claim's word keeps its own ending.
                capitalised.setdefault(word.lower, Counter())[word.text[: len(word.lower)]] += 1
    return {lower: forms.most_common(1)[0][0] for lower, forms in capitalised.items() if lower not in lowered}


def with_article_capitals(claim: str, source: SourceText) -> str:
    """`claim` with each of its lower-case words that the article writes only as a name spelt
    as the article spells it, when the claim itself is written in lower case (it opens in lower
    case, and no word of it that the article uses is capitalised); any other claim unchanged."""
    claim_words = words(claim)
    if not is_lower_cased(claim_words, source):
        return claim
    spellings = article_spellings(source)
    pieces, done = [], 0
    for word in claim_words:
        spelling = spellings.get(word.lower)
        if spelling is None or word.capitalised or len(word.lower) < 2:  # "d.c.", "'s" split: letters prove nothing
            continue
        # The word's own ending stays (a possessive "'s" the article may not write).
        pieces += [claim[done : word.start], spelling, claim[word.start + len(word.lower) : word.end]]
        done = word.end
    return "".join(pieces) + claim[done:] if pieces else claim


def is_lower_cased(claim_words: Sequence[Word], source: SourceText) -> bool:
    """Whether a claim is written all in lower case: its first word is, and none of its words
    that the article uses is capitalised (a system's "UNK" is no word of the article). A claim
    that opens with a capital is cased prose, even with no name in it ("Collusion was among the
    terms with the most votes" where the article's title writes "Most")."""
    return (
        bool(claim_words)
        and not claim_words[0].capitalised
        and not any(w.capitalised and w.lower in source.lowers for w in claim_words)
    )


def without_named_numbers(claim: Claim, source: SourceText) -> Claim:
    """`claim` without the figures that are names: a number word it capitalises after its first
    word that the article too writes only as a name ("the band Seventeen", "Maroon Five"),
    which counts nothing the evidence must give. Its name tests still look for it. A number
    word the article writes in lower case anywhere stays a figure, however the claim writes it
    ("Police Arrest Two Men")."""
    capitalised = [f for f in claim.figures if f.index and claim.words[f.index].capitalised]
    if not capitalised:
        return claim  # the article's words are read only for a claim that may need them
    spellings = article_spellings(source)
    named = [f for f in capitalised if claim.words[f.index].lower in spellings]
    if not named:
        return claim
    return replace(claim, figures=tuple(f for f in claim.figures if f not in named))
