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
it was a mummy") keeps the claim.

Three readings are left alone, as English gives them no denial of the claim: a negation moved
from the clause up to the word of knowing ("did not think the plan would work" is "thought it
would not work": the negations of word and clause are counted together, each side); a
counterfactual ("had it not known he would face charges", "would not have known": it did
know); and a clause of "whether" or "if" ("did not know whether it was a mummy" states nothing
of what it was)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from summarizer.grounding.claims import Claim, Passage
from summarizer.grounding.lemmas import STOPWORDS, token_keys
from summarizer.grounding.structure import is_negated
from summarizer.grounding.synonyms import is_knowing
from summarizer.text.parse import bears_negation, parse, parse_together

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["knowledge_denied"]

# Nouns of cognition that "no" makes affirm their clause: "there is no doubt that it was stolen".
_CERTAINTY_WHEN_DENIED = frozenset({"doubt", "question"})
# Verbs of knowing that say it is not known or not believed: the negation is in the word.
_NOT_KNOWING = frozenset("doubt disbelieve forget ignore overlook misunderstand misjudge".split())
# Of the content words that say what the claim's clause says of its subject, the share the
# evidence's clause must hold to say the same.
_SAME_CLAUSE = 0.67
_CLAUSES = frozenset({"ccomp", "acl"})
# Words that open a clause of which nothing is stated: "did not know *whether* it was a mummy".
_DOUBTING = frozenset({"whether", "if"})
_PERFECT = frozenset({"have", "'ve", "’ve"})
# Modals whose perfect says what did not happen: "would have known", "could have seen".
_UNREAL_MODALS = frozenset("would could might should".split())


def knowledge_denied(claim: Claim, passage: Passage) -> str | None:
    """A word of knowing the claim states plainly over a clause that the evidence governs, in
    the same words, only by a negated word of knowing (see the module docstring)."""
    sentences = passage.plain_sentences()
    parse_together([*sentences, " ".join(claim.text.split())])
    known = [(word, said) for word, said, negated, plain in _knowing(claim.text) if plain and not negated and said]
    if not known:
        return None
    given = [found for sentence in sentences for found in _knowing(sentence)]
    for word, said in known:
        alike = [(other, negated, plain) for other, theirs, negated, plain in given if _says_alike(said, theirs)]
        if alike and all(negated and plain for _, negated, plain in alike):
            return f"{word!r} here, but the evidence says {alike[0][0]!r} of it, negated"
    return None


def _knowing(text: str) -> Iterator[tuple[str, frozenset[str], bool, bool]]:
    """(the word, the lemmas of what its clause says of its subject, whether word and clause
    together are negated, whether it is said plainly: not as a counterfactual, not of a clause
    of "whether" or "if") for each word of knowing in `text` that governs a clause."""
    for token in parse(" ".join(text.split())):
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB" and is_knowing(lemma, "verb"):
            # "doubted that it would work" is "did not believe it would": the word says not knowing
            negated = is_negated(token) != (lemma in _NOT_KNOWING)
        elif token.pos_ == "NOUN" and is_knowing(lemma, "noun") and lemma not in _CERTAINTY_WHEN_DENIED:
            no = any(c.dep_ == "det" and c.lower_ == "no" for c in token.children)
            negated = no or (token.head.pos_ in ("VERB", "AUX") and is_negated(token.head))
        else:
            continue
        verb = token if token.pos_ == "VERB" else token.head
        unreal = _counterfactual(verb) or _for_a_time(verb) or _for_a_time(token)
        for clause in (c for c in token.children if c.dep_ in _CLAUSES):
            # the parse may hang "until ..." on the clause known: "[know] that it was X *until* told"
            plain = not unreal and not _for_a_time(clause)
            plain = plain and not any(c.dep_ == "mark" and c.lower_ in _DOUBTING for c in clause.children)
            yield token.text, _predicate_part(clause), negated != bears_negation(clause), plain


def _for_a_time(word: Token) -> bool:
    """Whether `word` is limited to a time before a change ("did not know *until* the police
    told him", "*at first* had no idea", "did not *yet* know"): what was not known then may be
    known since, so it denies no claim that it was known."""
    for child in word.children:
        if child.lower_ in _UNTIL:
            return True
        if child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _UNTIL for c in child.children):
            return True  # "*until* the police told him"
        if child.lower_ == "at" and any(c.lower_ == "first" for c in child.children):
            return True
    return False


# Words that limit a state to a time before a change.
_UNTIL = frozenset("until till initially originally yet".split())


def _counterfactual(verb: Token) -> bool:
    """Whether `verb` is said as what would have been, and so was not: a modal perfect ("would
    not have known"), the past perfect of an "if" ("if it had not known") or one put before its
    subject ("*had* it not known")."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    lowered = {a.lower_ for a in auxiliaries}
    if lowered & _PERFECT and lowered & _UNREAL_MODALS:
        return True
    if "had" not in lowered:
        return False
    had = next(a for a in auxiliaries if a.lower_ == "had")
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    inverted = any(had.i < s.i for s in subjects)
    return inverted or any(c.dep_ == "mark" and c.lower_ == "if" for c in verb.children)


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
        for key in token_keys(t)
        if not key.startswith("~")
    )


# A clause's words that say something else: its subject, and a clause of its own within it.
_NESTED = frozenset({"ccomp", "advcl", "relcl", "acl", "parataxis", "conj"})
_NOT_SAID_OF_IT = _NESTED | {"nsubj", "nsubjpass"}


def _says_alike(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """Whether the evidence's clause holds most of what the claim's says."""
    words = {k for k in mine if k.isalpha()}
    return bool(words) and len(words & theirs) >= _SAME_CLAUSE * len(words)
