"""Which name goes with which word, when a claim and its evidence name the same two people or
organisations: "A chose *toxic* and B *justice*" where the evidence says "A (*justice*) and B
(*toxic*)". Each name is there, each word is there, every verb may even be the same; only the
pairing is swapped, which no test of one name or one word can see.

A word goes with the name nearest to it (counted in words, a clause mark between counting
more), in the claim and in the evidence sentence that names both. The claim is refused only
for a swap: one of its words goes with the first name in the claim and with the second in the
evidence, and another the other way round.
One word alone that changes sides proves little (a sentence's word order is free: "A, like B,
was *fined*" is "B was fined, and so was A"); two that cross are how a swapped pair reads.
A date ("Dec. 2") is no one to pair a word with."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from summarizer.grounding.claims import Claim, Passage, shown_name
from summarizer.grounding.lemmas import Word, is_content
from summarizer.text.lexicon import TEMPORAL_WORDS
from summarizer.text.parse import parse

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["pairing_mismatch"]

# A word farther than this from both names is attached to neither.
_REACH = 6
_CLAUSE_STEP = 3


def pairing_mismatch(claim: Claim, passage: Passage) -> str | None:
    """Two names of the claim whose words (see the module docstring) the evidence pairs the
    other way round."""
    names = [name for name in claim.names if not any(w.lower in TEMPORAL_WORDS for w in name)]
    for i, first in enumerate(names):
        for second in names[i + 1 :]:
            if _same_words(first, second):
                continue
            for sentence, (start, end) in zip(passage.sentences, passage.sentence_spans(), strict=True):
                crossed = _crossed(claim, first, second, sentence, passage.source.text)
                if crossed is not None and _crossed_in_the_parse(
                    claim, first, second, sentence, passage.source.text, (start, end), crossed
                ):
                    mine, theirs = crossed
                    return (
                        f"the claim pairs {shown_name(first)} with {mine.text!r} and {shown_name(second)} with "
                        f"{theirs.text!r}; the evidence the other way round"
                    )
    return None


def _crossed(
    claim: Claim, first: Sequence[Word], second: Sequence[Word], sentence: Sequence[Word], article: str
) -> tuple[Word, Word] | None:
    """A word the claim gives `first` and the sentence `second`, and one the other way round."""
    there_first = _positions(first, sentence)
    there_second = _positions(second, sentence)
    if not there_first or not there_second or set(there_first) & set(there_second):
        return None
    # Every place the claim writes each name ("fined Tesla and Musk" after "Musk's tweet about
    # taking Tesla private"), as in the evidence.
    here_first = _positions(first, claim.words)
    here_second = _positions(second, claim.words)
    if set(here_first) & set(here_second) or (
        _together(here_first, here_second) and _together(there_first, there_second)
    ):
        return None  # one phrase in both ("the Hawaiian island of Lanai"): no two sides to swap
    named = claim.name_indices
    to_second: Word | None = None  # the claim's word of `first` that the evidence gives `second`
    to_first: Word | None = None
    for index, word in enumerate(claim.words):
        if index in named or not is_content(word) or word.capitalised or _after_hyphen(claim.text, word):
            continue  # "co-founder" is one word, counted once
        where = [j for j, other in enumerate(sentence) if other.keys & word.keys]
        if len(where) != 1 or sum(bool(w.keys & word.keys) for w in claim.words) != 1:
            continue  # a word said more than once goes with no one name
        here = _side(claim.words, claim.text, index, here_first, here_second)
        there = _side(sentence, article, where[0], there_first, there_second)
        if here == 1 and there == 2:
            to_second = to_second or word
        elif here == 2 and there == 1:
            to_first = to_first or word
    if to_second is not None and to_first is not None:
        return to_second, to_first
    return None


def _crossed_in_the_parse(
    claim: Claim,
    first: Sequence[Word],
    second: Sequence[Word],
    sentence: Sequence[Word],
    article: str,
    span: tuple[int, int],
    crossed: tuple[Word, Word],
) -> bool:
    """Whether the parse crosses the two words too: each is nearer (in steps of the dependency
    tree) to one name in the claim and to the other in the sentence. Nearness in words misreads
    a name that modifies a noun ("a *Latino Decisions* poll" is the poll's, though other names
    stand as near) and a clause that puts its own name between; the tree says which word a name
    goes with. A word the parse cannot place, or places as near to both, keeps the reading by
    nearness."""
    start, end = span
    claim_tokens = {t.idx: t for t in parse(claim.text)}
    sentence_tokens = {t.idx + start: t for t in parse(article[start:end])}
    for word, here, there in ((crossed[0], 1, 2), (crossed[1], 2, 1)):
        mine = claim_tokens.get(word.start)
        match = [t for t in sentence_tokens.values() if t.lemma_.lower() in word.keys or t.lower_ == word.lower]
        if mine is None or len(match) != 1:
            continue
        in_claim = _tree_side(
            mine, [claim_tokens.get(w.start) for w in first], [claim_tokens.get(w.start) for w in second]
        )
        ones = [sentence_tokens.get(sentence[j].start) for j in _positions(first, sentence)]
        others = [sentence_tokens.get(sentence[j].start) for j in _positions(second, sentence)]
        in_sentence = _tree_side(match[0], ones, others)
        if in_claim and in_claim != here or in_sentence and in_sentence != there:
            return False  # the tree puts the word with the other name (a tie settles nothing)
    return True


def _tree_side(token: Token, first: Sequence[Token | None], second: Sequence[Token | None]) -> int:
    """1 or 2 for the name nearer to `token` in the dependency tree, 0 for a tie or no name."""
    near_first = min((_steps(token, t) for t in first if t is not None), default=None)
    near_second = min((_steps(token, t) for t in second if t is not None), default=None)
    if near_first is None or near_second is None or near_first == near_second:
        return 0
    return 1 if near_first < near_second else 2


def _steps(one: Token, other: Token) -> int:
    """The dependency arcs between two tokens of one parse."""
    up = [one, *one.ancestors]
    depth = {t.i: n for n, t in enumerate(up)}
    for n, t in enumerate([other, *other.ancestors]):
        if t.i in depth:
            return n + depth[t.i]
    return len(up) + n + 1


def _side(words: Sequence[Word], text: str, index: int, first: Sequence[int], second: Sequence[int]) -> int:
    """1 or 2 for the name nearer to the word at `index` (within `_REACH`), 0 for neither."""
    near_first = min(_distance(words, text, index, i) for i in first)
    near_second = min(_distance(words, text, index, i) for i in second)
    if min(near_first, near_second) > _REACH or near_first == near_second:
        return 0
    return 1 if near_first < near_second else 2


def _distance(words: Sequence[Word], text: str, a: int, b: int) -> int:
    """How far apart two words are: the words between, and `_CLAUSE_STEP` more for each mark
    that ends a clause or an aside between them (", while B"; "A (x) and B")."""
    low, high = sorted((a, b))
    between = text[words[low].end : words[high].start]
    return high - low + _CLAUSE_STEP * sum(between.count(mark) for mark in ",;:()")


def _positions(name: Sequence[Word], sentence: Sequence[Word]) -> list[int]:
    """Where `sentence` writes a word of `name` (its capitalised words, as written)."""
    wanted = {w.lower for w in name if w.capitalised}
    return [j for j, word in enumerate(sentence) if word.capitalised and word.lower in wanted]


#: Names this near each other (in words) are one phrase.
_TOGETHER = 3


def _together(first: Sequence[int], second: Sequence[int]) -> bool:
    return min(abs(a - b) for a in first for b in second) <= _TOGETHER


def _after_hyphen(text: str, word: Word) -> bool:
    """Whether `word` is a later part of a hyphenated word ("founder" of "co-founder")."""
    return text[max(0, word.start - 1) : word.start] == "-"


def _same_words(first: Sequence[Word], second: Sequence[Word]) -> bool:
    return bool({w.lower for w in first} & {w.lower for w in second})
