"""Whether a claim states plainly a thing its evidence says there was not any of: "an earthquake
warned the residents before the waves came ashore" where the evidence says the residents
reported "not seeing or feeling *any* warning signs, such as an earthquake, before the waves
washed ashore". The negation stands on the evidence's verb ("seeing"), which the claim does not
say, so the test of a negated predicate never meets it; but "not ... any" denies the thing
itself, and every content word of the claim is in the sentence.

Read from the parse: a noun with "any" under a negation (`structure.is_negated`), with the nouns
that name it (its compounds, "*warning* signs") and the examples it is given ("such as an
earthquake", "like a tremor"); not what it is said of with a preposition ("any evidence *of a
motive*" denies the evidence, not the motive). A claim with no negation of its own that says one
of those words (or its verb or noun: "warned" for "warning") is refused when the sentence holds
most of the claim's other content words (`_SAME_SCENE`), and no sentence of the passage says the
word where no negation governs it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from summarizer.grounding.claims import Claim, Passage, derived_of
from summarizer.grounding.lemmas import STOPWORDS, token_keys
from summarizer.grounding.polarity import negations
from summarizer.grounding.structure import is_negated
from summarizer.text.parse import parse, parse_together

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["denied_any_mismatch"]

_SAME_SCENE = 0.67  # of the claim's other content words, the share the evidence sentence must hold
_CONTENT = frozenset({"NOUN", "PROPN", "VERB", "ADJ"})
_EXAMPLE_OPENERS = frozenset({"as", "like", "including"})


def denied_any_mismatch(claim: Claim, passage: Passage) -> str | None:
    """A word of the claim, said plainly, that the evidence says there was not any of, in a
    sentence that holds most of the claim (see the module docstring)."""
    doc = parse(claim.text)
    if negations(claim.words) or any(is_negated(t) for t in doc):
        return None  # "felt no warning signs": the claim denies something itself
    mine = [t for t in doc if _content(t)]
    if len(mine) < 2:
        return None
    sentences = passage.plain_sentences()
    parse_together(sentences)
    docs = [parse(sentence) for sentence in sentences]
    for sentence in docs:
        said = frozenset(k for t in sentence for k in token_keys(t))
        for denied in _denied(sentence):
            keys = token_keys(denied)
            for word in mine:
                own = frozenset(k for k in token_keys(word) if not k.startswith("~"))
                if not (own | derived_of(own)) & keys:
                    continue
                rest = [t for t in mine if t is not word]
                held = sum(bool(token_keys(t) & said) for t in rest)
                if held >= _SAME_SCENE * len(rest) and not _said_plainly(own, docs):
                    return f"{word.text!r} here, but the evidence says not any {denied.text!r}"
    return None


def _denied(doc: Doc) -> Iterator[Token]:
    """The nouns of `doc` a negated "any" denies: the noun, its compounds and its examples."""
    for word in doc:
        if word.lower_ != "any" or word.dep_ != "det" or not is_negated(word.head):
            continue
        noun = word.head
        yield noun
        yield from (c for c in noun.children if c.dep_ == "compound")
        for opener in (c for c in noun.children if c.lower_ in _EXAMPLE_OPENERS and c.dep_ == "prep"):
            yield from (o for o in opener.children if o.dep_ == "pobj")


def _said_plainly(keys: frozenset[str], docs: list[Doc]) -> bool:
    """Whether a sentence says a word of `keys` (or its verb or noun) where no negation governs it."""
    wanted = keys | derived_of(keys)
    return any(token_keys(t) & wanted and not is_negated(t) for doc in docs for t in doc if _content(t))


def _content(token: Token) -> bool:
    return token.pos_ in _CONTENT and token.is_alpha and token.lower_ not in STOPWORDS
