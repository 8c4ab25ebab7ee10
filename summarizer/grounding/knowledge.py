"""Whether a claim says someone knew what the evidence says they did not: "he recognised at
once that the body was an ancient mummy" where the evidence says "I had no idea it was an
ancient mummy"; "she knew the car was stolen" where "she did not know that the car was
stolen". The two verbs differ ("recognise", "no idea"), so the tests of a shared verb
(`structure.negation_mismatch`) do not meet; what they share is the clause that says what was
known, and a negation above it in the evidence only.

A word of knowing is one WordNet files among the verbs of cognition or perception ("know",
"realise", "see") or the nouns of cognition ("idea", "notion"), read from the parse: the clause
it governs is what is known. "No doubt" and "no question" say the clause is certain, so those
two nouns deny nothing. The evidence is given the benefit of the doubt: a sentence that also
states a word of knowing plainly over the same clause ("did not know at first, then realised
it was a mummy") keeps the claim."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from summarizer.grounding.claims import Claim, Passage
from summarizer.grounding.lemmas import STOPWORDS, lemma_keys
from summarizer.grounding.structure import is_negated
from summarizer.grounding.synonyms import is_knowing
from summarizer.text.parse import parse, parse_together

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["knowledge_denied"]

# Nouns of cognition that "no" makes affirm their clause: "there is no doubt that it was stolen".
_CERTAINTY_WHEN_DENIED = frozenset({"doubt", "question"})
# Of the content words that say what the claim's clause says of its subject, the share the
# evidence's clause must hold to say the same.
_SAME_CLAUSE = 0.67
_CLAUSES = frozenset({"ccomp", "acl"})


def knowledge_denied(claim: Claim, passage: Passage) -> str | None:
    """A word of knowing the claim states plainly over a clause that the evidence governs, in
    the same words, only by a negated word of knowing (see the module docstring)."""
    known = [(word, said) for word, said, negated in _knowing(claim.text) if not negated and said]
    if not known:
        return None
    source = passage.source
    sentences = [" ".join(source.text[a:b].split()) for a, b in passage.sentence_spans()]
    parse_together([*sentences, " ".join(claim.text.split())])
    given = [found for sentence in sentences for found in _knowing(sentence)]
    for word, said in known:
        alike = [(other, negated) for other, theirs, negated in given if _says_alike(said, theirs)]
        if alike and all(negated for _, negated in alike):
            return f"{word!r} here, but the evidence says {alike[0][0]!r} of it, negated"
    return None


def _knowing(text: str) -> Iterator[tuple[str, frozenset[str], bool]]:
    """(the word, the lemmas of what its clause says of its subject, whether it is negated) for
    each word of knowing in `text` that governs a clause."""
    for token in parse(" ".join(text.split())):
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB" and is_knowing(lemma, "verb"):
            negated = is_negated(token)
        elif token.pos_ == "NOUN" and is_knowing(lemma, "noun") and lemma not in _CERTAINTY_WHEN_DENIED:
            no = any(c.dep_ == "det" and c.lower_ == "no" for c in token.children)
            negated = no or (token.head.pos_ in ("VERB", "AUX") and is_negated(token.head))
        else:
            continue
        for clause in (c for c in token.children if c.dep_ in _CLAUSES):
            yield token.text, _predicate_part(clause), negated


def _predicate_part(clause: Token) -> frozenset[str]:
    """The lemmas of the content words of `clause` outside its subject: what it says of it
    ("[the body in the box] was *an ancient mummy*"); a pronoun subject ("it was") may stand
    for any noun."""
    own = [clause]
    stack = [c for c in clause.children if c.dep_ not in _NOT_SAID_OF_IT]
    while stack:
        token = stack.pop()
        own.append(token)
        stack.extend(c for c in token.children if c.dep_ not in _NESTED)
    return frozenset(
        key
        for t in own
        if t.is_alpha and t.lower_ not in STOPWORDS and t.pos_ not in ("AUX", "PRON")
        for key in lemma_keys(t.lower_) | {t.lemma_.lower()}
        if not key.startswith("~")
    )


# A clause's words that say something else: its subject, and a clause of its own within it.
_NESTED = frozenset({"ccomp", "advcl", "relcl", "acl", "parataxis", "conj"})
_NOT_SAID_OF_IT = _NESTED | {"nsubj", "nsubjpass"}


def _says_alike(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """Whether the evidence's clause holds most of what the claim's says."""
    words = {k for k in mine if k.isalpha()}
    return bool(words) and len(words & theirs) >= _SAME_CLAUSE * len(words)
