"""Whether a claim turns round a word too small for the opposite test to read: "hired 200 workers
*after* the contract was signed" where the evidence says "*before* the contract was signed";
"*more* tourists visited the island" where it says "*fewer* tourists". "Before", "after" and
"more" are function words (`lemmas.STOPWORDS`), so `claim_polarity`'s opposites, which read the
claim's content words, never meet them, and every content word of the claim is there.

Read from the parse, each word with what it is said of:

- "before" and "after" with the event they time (the verb they hang on) and the clause or phrase
  they open ("[hired] *before* [the new contract was signed]"): refused when the evidence times
  the same event by the same clause with the other word, and never with the claim's. "A before B"
  said as "B after A" opens another clause, so a paraphrase that turns the order round is kept;
- "more" and "fewer" or "less" with the noun or word they grade ("*fewer* tourists"): refused
  when the evidence grades the same word the other way, and never the claim's way, unless the two
  compare with different things ("than the mainland"), which is `comparisons`' to weigh."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from summarizer.grounding.claim_parts import evidence_passage
from summarizer.grounding.claims import Claim, Passage, parse_claim
from summarizer.grounding.lemmas import STOPWORDS, token_keys
from summarizer.grounding.synonyms import related_lemmas
from summarizer.text.parse import parse, parse_together
from summarizer.text.spans import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["order_reversed", "small_opposite_mismatch"]

_OPPOSITE = {
    "before": frozenset({"after"}),
    "after": frozenset({"before"}),
    "more": frozenset({"fewer", "less"}),
    "fewer": frozenset({"more"}),
    "less": frozenset({"more"}),
}
_TIMING = frozenset({"before", "after"})
# Of the content words of the clause a word of time opens, the share the other side must hold.
_SAME_CLAUSE = 0.67
_LEAST_WORDS = 2  # a clause of fewer content words says too little to be the same one


@dataclass(frozen=True)
class _Said:
    """One use of a small word: the word, the lemmas of what it is said of, of the clause it
    opens (a word of time) and of what a "than" compares with."""

    word: str
    of: frozenset[str]
    clause: tuple[frozenset[str], ...]
    than: frozenset[str]


def small_opposite_mismatch(claim: Claim, passage: Passage) -> str | None:
    """A "before", "after", "more", "fewer" or "less" of the claim that the evidence says the other
    way round of the same thing, and never the claim's way (see the module docstring)."""
    mine = list(_uses(parse(claim.text)))
    if not mine:
        return None
    sentences = passage.plain_sentences()
    parse_together(sentences)
    theirs = [use for sentence in sentences for use in _uses(parse(sentence))]
    for use in mine:
        alike = [other for other in theirs if _same_thing(use, other)]
        opposite = [other for other in alike if other.word in _OPPOSITE[use.word]]
        if opposite and not any(other.word == use.word for other in alike):
            return f"{use.word!r} here, but {opposite[0].word!r} in the evidence"
    return None


def order_reversed(claim: str, evidence: Sequence[Span], source: str) -> bool:
    """Whether the evidence (sentence spans of `source`) that backs each part of a claim joined
    by "after" (`claim_parts.sequel_parts`) tells them in the other order: each part is backed
    on its own, but the whole says "after" where the article says "before"."""
    passage = evidence_passage(evidence, source)
    return passage is not None and small_opposite_mismatch(parse_claim(claim), passage) is not None


def _uses(doc: Doc) -> Iterator[_Said]:
    """Each use of a word of `_OPPOSITE` in a parsed text, with what it is said of."""
    for token in doc:
        lower = token.lower_
        if lower not in _OPPOSITE:
            continue
        if lower in _TIMING:
            opened = _opened(token)
            clause = tuple(_keys(t) for t in opened)
            if len(clause) >= _LEAST_WORDS:
                event = token.head if token.dep_ == "prep" else token.head.head
                yield _Said(lower, token_keys(event), clause, frozenset())
        elif token.dep_ in ("amod", "advmod") and token.head.is_alpha:
            graded = token.head
            than = [c for t in (graded, graded.head) for c in t.children if c.lower_ == "than"]
            compared = frozenset(
                k for t in than for o in t.subtree if o.is_alpha and o.lower_ not in STOPWORDS for k in token_keys(o)
            )
            yield _Said(lower, token_keys(graded), (), compared)


def _opened(word: Token) -> list[Token]:
    """The content words of the clause or phrase a "before" or "after" opens: what "after" takes
    as its object ("after [the signing of the contract]"), or the clause it marks ("before [the
    contract was signed]")."""
    if word.dep_ == "prep":
        phrase = [t for c in word.children if c.dep_ in ("pobj", "pcomp") for t in c.subtree]
    elif word.dep_ == "mark":
        phrase = [t for t in word.head.subtree if t.i != word.i]
    else:
        phrase = []
    return [t for t in phrase if t.is_alpha and t.lower_ not in STOPWORDS and t.pos_ not in ("AUX", "PRON")]


def _keys(token: Token) -> frozenset[str]:
    """The lemmas of `token` and its synonyms ("signed": "sign", "ink")."""
    keys = token_keys(token)
    return keys | frozenset().union(*(related_lemmas(k, wider=False) for k in keys if not k.startswith("~")))


def _same_thing(mine: _Said, theirs: _Said) -> bool:
    """Whether two uses are said of the same thing: the same event (its lemma: a synonym may be
    another event, "passing 13 cars" is no "running second") and most of the same clause (a
    word of time, whose words may be said in other words), or the same graded word, compared
    with nothing else."""
    if (mine.word in _TIMING) != (theirs.word in _TIMING) or not mine.of & theirs.of:
        return False
    if mine.word in _TIMING:
        said = sum(bool(words & frozenset().union(*theirs.clause)) for words in mine.clause)
        return said >= _SAME_CLAUSE * len(mine.clause)
    return not (mine.than and theirs.than and not mine.than & theirs.than)
