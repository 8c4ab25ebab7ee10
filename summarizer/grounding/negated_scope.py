"""Whether a claim states plainly what its evidence says only under a negation, the test a claim
fails when a negation is dropped from anywhere in a clause, not only from the verb the claim
shares (`structure.negation_mismatch`, `claim_polarity.polarity_mismatch` read the word a
negation stands beside). A careful reader takes a negation to deny the whole of what its verb
governs: "both men said there were *no plans for an initial public offering*" denies "they are
preparing an initial public offering"; "it doesn't feel *like this is a lame-duck presidency*"
denies "he described a lame-duck presidency"; "not *trying to be too dark or edgy*" denies
"leans too dark and edgy".

The scope of a negation is read in the dependency parse: the subtree of the word a "not" or
"never" hangs on, or of the noun a "no" determines, without its subject (what is denied is said
*of* the subject) and without a clause joined with its own subject. The claim fails when at
least `_LEAST_DENIED` of its content words are in such a scope in the evidence and nowhere else
in it, while the claim itself says nothing negative (no negation, no verb that says "not" such as
"avoid" or "deny", no contrast) and no word of it is an opposite of a denied one ("lost the
title" where the evidence says "did not win the title" says the same)."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from summarizer.grounding.claims import Claim, Passage
from summarizer.grounding.lemmas import STOPWORDS, is_light_verb, token_keys
from summarizer.grounding.polarity import AVERSE_VERBS, averse_scope, negations, opposite_in
from summarizer.text.parse import parse

__all__ = ["negated_scope_mismatch"]

#: How many of the claim's content words must stand only in a denied scope: one shared word is
#: often the subject matter of both ("the *title*"), two say the denied statement itself.
_LEAST_DENIED = 2
_CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "ADV"})  # names have their own tests
# Dependents that are not what a negation denies: the subject it is said of, a clause of its
# own, the connective that joins it, a clause set against it.
_OUTSIDE = frozenset({"nsubj", "nsubjpass", "csubj", "expl", "mark", "cc", "punct", "parataxis", "aux", "auxpass"})
# Words after a "not" that make it no denial of what follows: "not only X but Y", "not just".
_NOT_DENYING = frozenset({"only", "just", "merely", "simply", "until", "till", "unless", "because"})
# Nouns a "no" makes affirm what follows: "no doubt that", "no wonder", "no matter".
_AFFIRMING_NOUNS = frozenset({"doubt", "wonder", "matter", "question", "surprise"})
# What marks a clause a denied verb governs as its content: "doesn't feel *like* this is ...".
_DENIED_WITH = frozenset({"like", "that"})
# Words that, in a claim, say "not" or set things against each other.
_NEGATIVE_CLAIM_WORDS = AVERSE_VERBS | frozenset(
    "deny denial refusal failure unlikely unable unwilling impossible without instead rather unlike whereas "
    "lack absence absent".split()
)
# Reporting verbs and the like: the frame of a statement, not what it states.
_FRAME = frozenset("say tell add note state describe call report claim believe think feel seem appear".split())


def negated_scope_mismatch(claim: Claim, passage: Passage) -> str | None:
    """See the module docstring. The reason names the denied words and the negation."""
    if negations(claim.words):
        return None
    claim_doc = parse(claim.text)
    if any(token_keys(t) & _NEGATIVE_CLAIM_WORDS for t in claim_doc) or averse_scope(claim.text):
        return None  # "ruled out an offering", "warned against rushing": the claim says "not"
    wanted = {t.i: token_keys(t) for t in claim_doc if _is_content(t)}
    if len(wanted) < _LEAST_DENIED:
        return None
    denied: dict[str, str] = {}  # a lemma of the evidence said only under a negation -> its negation
    affirmed: set[str] = set()
    for sentence in passage.plain_sentences():
        doc = parse(sentence)
        inside: dict[int, str] = {}
        for cue, scope in _denials(doc):
            for token in scope:
                inside.setdefault(token.i, cue)
        for token in doc:
            if not _is_content(token):
                continue
            if token.i in inside:
                for key in token_keys(token):
                    denied.setdefault(key, inside[token.i])
            else:
                affirmed.update(token_keys(token))
    only_denied = {key: cue for key, cue in denied.items() if key not in affirmed}
    hits = [claim_doc[i] for i, keys in wanted.items() if keys & only_denied.keys()]
    if len(hits) < _LEAST_DENIED:
        return None
    scope_keys = frozenset(only_denied)
    if any(opposite_in(word, scope_keys) for word in claim.content):
        return None  # "lost the title" where the evidence says "did not win the title"
    cue = next(only_denied[k] for k in token_keys(hits[0]) if k in only_denied)
    said = ", ".join(repr(t.text) for t in hits)
    return f"the evidence says {said} only under the negation {cue!r}, the claim states it"


def _denials(doc: Iterable[Token]) -> list[tuple[str, list[Token]]]:
    """Each negation of a parsed sentence with the words it denies (see the module docstring)."""
    found = []
    for token in doc:
        lower = token.lower_
        if token.dep_ == "neg":
            following = token.nbor(1) if token.i + 1 < len(token.doc) else None
            if following is not None and following.lower_ in _NOT_DENYING:
                continue
            head = token.head
            if any(child.lower_ in _NOT_DENYING for child in head.children):
                continue
            if token_keys(head) & _NEGATIVE_CLAIM_WORDS:
                continue  # "never misses a chance to praise them": a denied denial affirms
            found.append((token.text, _scope(head, token)))
        elif lower == "no" and token.dep_ == "det" and token.head.pos_ in {"NOUN", "PROPN"}:
            if token.head.lemma_.lower() in _AFFIRMING_NOUNS:
                continue  # "no doubt that ...", "no wonder ...": what follows is affirmed
            found.append((token.text, _scope(token.head, token)))
    return found


def _scope(head: Token, cue: Token) -> list[Token]:
    """`head` and what it governs, less what `_OUTSIDE` names, less a verb joined by "and" or
    "but" ("isn't done yet and will hold two sessions": a statement of its own; "did not see or
    feel" denies both), less a clause that sets the time, cause or condition of the denied one
    ("would not reveal it, as they weigh their options"; "doesn't feel like this is ..." is what
    is denied), and less any part with a negation of its own (a double negation affirms)."""
    scope = [head]
    alternatives = any(child.dep_ == "cc" and child.lower_ in {"or", "nor"} for child in head.children)
    for child in head.children:
        if child == cue or child.dep_ in _OUTSIDE:
            continue
        if child.dep_ == "conj" and child.pos_ in {"VERB", "AUX"} and not alternatives:
            continue
        if child.dep_ == "conj" and any(g.dep_ in {"nsubj", "nsubjpass"} for g in child.children):
            continue
        if child.dep_ == "advcl" and not any(g.dep_ == "mark" and g.lower_ in _DENIED_WITH for g in child.children):
            continue
        part = list(child.subtree)
        if any(t.dep_ == "neg" or t.lower_ in {"no", "without"} for t in part):
            continue
        scope.extend(part)
    # A negation denies what follows it ("not trying to be too dark"); what stands before it in
    # its clause is fronted matter or, where the sentence split missed a boundary, another
    # sentence ("... ran riot on their home turf 'I don't think ...").
    return [token for token in scope if token.i > cue.i or token == head]


def _is_content(token: Token) -> bool:
    if token.pos_ not in _CONTENT_POS or token.is_stop or token.lower_ in STOPWORDS:
        return False
    lemma = token.lemma_.lower()
    return not (lemma in _FRAME or is_light_verb(lemma) or not token.text[:1].isalnum())
