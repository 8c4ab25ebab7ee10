"""Whether the article denies what a claim states: a fact-checker who finds a passage that backs a
claim's words still reads on, and refuses the claim when the article elsewhere says the same
thing negated ("I would not alter the basic configuration" against "the writer would change
the basic configuration"; "to not manage to finish the race" against "managed to finish his
last home race"; "there was no discussion of his candidacy" against "discussed his campaign").
The passage tests (`claim_polarity`, `structure`) read only the passage that backs the claim's words,
and a reversed claim often finds such a passage among sentences that speak of the same thing
without the negation.

The same statement means the same verb (its lemma, a WordNet synonym of it, or a noun made from
it: "discussion" for "discuss") acting on the same thing (a noun that completes the verb in
both, or a synonym of it), with no other named doer. It is denied when a negation governs it
(`structure.is_negated`: "not", "never", "failed to", "no" before its subject or before the
noun made from the verb). A statement the article also makes plainly, with no negation and no
modal before it ("could have finished" says it did not happen), is not denied: an article may
deny a thing at one time and state it at another. A denial inside a question or a condition
("if it did not change") denies nothing."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from summarizer.grounding.claims import Claim, SourceText
from summarizer.grounding.lemmas import is_light_verb, lemma_keys, token_keys
from summarizer.grounding.polarity import averse_scope
from summarizer.grounding.qualifiers import proper_name, same_name
from summarizer.grounding.structure import contrasts_others, governed_words, is_negated
from summarizer.grounding.synonyms import related_lemmas
from summarizer.text.parse import parse

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["affirmed_in_article", "denied_in_article"]

# Words that make what they introduce a condition or a question, not a statement.
_CONDITIONS = frozenset("if unless whether".split())
# Modals: a verb after one says what may, must or could have happened, not what did.
_MODALS = frozenset("can could may might must should would will shall ought".split())
# Words without one of which no sentence negates anything (a quick sieve before the parse).
_NEGATION_WORDS = frozenset(
    "not n't never no nobody nothing none neither nor cannot fail failed fails failing refuse refused "
    "refuses refusing deny denied denies declined declines declining refrained refrains refraining avoided "
    "avoids avoiding neglected instead rather unable".split()
)


def _negating(lower: str) -> bool:
    return lower in _NEGATION_WORDS or lower.endswith(("n't", "n’t"))


@dataclass(frozen=True)
class _Statement:
    """A verb (or a noun made from one) with the lemmas of what completes it and its named doers."""

    text: str
    keys: frozenset[str]
    completed_by: frozenset[str]
    described: frozenset[tuple[str, str]]  # (noun, adjective) of what completes it: "local elections"
    doers: tuple[str, ...]
    negated: bool
    asserted: bool
    #: The modal it is said under ("could" of "could have finished"), or "".
    modal: str = ""
    #: Whether it is what someone aims at, not what was done (`_aimed`).
    aimed: bool = False


def denied_in_article(claim: Claim, source: SourceText) -> str | None:
    """The sentence of the article that states one of the claim's plain statements negated,
    when the article never states it plainly (see the module docstring), as a refusal reason."""
    # What an averse verb governs is said not done ("skip X", "warned against rushing"): the claim
    # agrees with a negation of it.
    averted = averse_scope(claim.text)
    said = [
        s for s in _statements(claim.text) if not s.negated and s.completed_by and not s.keys & averted and not s.aimed
    ]
    if not said or contrasts_others(claim):
        return None
    verbs = frozenset().union(*(_verb_forms(s.keys) for s in said))
    for index, (start, end) in enumerate(source.spans):
        if not source.keys[index] & verbs or not any(_negating(w.lower) for w in source.sentences[index]):
            continue
        sentence = source.text[start:end]
        if sentence.rstrip("\"'”’) ").endswith("?"):
            continue
        for given in _statements(sentence):
            for claimed in said:
                if not _same_statement(claimed, given):
                    continue
                if not given.negated:
                    if _affirms(claimed, given):
                        return None  # the article also says it plainly
                    continue
                if _affirmed_elsewhere(claimed, source, index):
                    return None
                return f"the article denies it: {given.text!r} is negated there ('{_clip(sentence)}')"
    return None


def affirmed_in_article(claim: Claim, source: SourceText) -> str | None:
    """The sentence of the article that states, under the same modal and without the negation,
    what the claim denies under a modal ("he could not have finished the race" where the driver
    says "I could have finished the race"), when the article never states it negated under that
    modal. What could have been is a statement of its own: "did not manage to finish" elsewhere
    says what happened, not what could have, so only the same modal decides."""
    denied = [s for s in _statements(claim.text) if s.negated and s.modal and s.completed_by]
    if not denied or contrasts_others(claim):
        return None
    verbs = frozenset().union(*(_verb_forms(s.keys) for s in denied))
    found = None
    for index, (start, end) in enumerate(source.spans):
        if not source.keys[index] & verbs:
            continue
        sentence = source.text[start:end]
        if sentence.rstrip("\"'”’) ").endswith("?"):
            continue
        for given in _statements(sentence):
            for claimed in denied:
                if given.modal != claimed.modal or not _same_statement(claimed, given):
                    continue
                if given.negated:
                    return None  # the article also denies it so
                said = f"{given.modal} ... {given.text}"
                found = found or f"the article states it without the negation: {said!r} ('{_clip(sentence)}')"
    return found


def _affirmed_elsewhere(claimed: _Statement, source: SourceText, skip: int) -> bool:
    """Whether another sentence of the article states `claimed` plainly."""
    verbs = _verb_forms(claimed.keys)
    for index, (start, end) in enumerate(source.spans):
        if index == skip or not source.keys[index] & verbs:
            continue
        if any(
            _same_statement(claimed, given) and not given.negated and _affirms(claimed, given)
            for given in _statements(source.text[start:end])
        ):
            return True
    return False


def _affirms(claimed: _Statement, given: _Statement) -> bool:
    """Whether `given`, not negated, states what `claimed` states: plainly, or under a modal
    as the claim's is ("would change" is affirmed by "would alter", not "if it altered")."""
    return given.asserted or not claimed.asserted


def _same_statement(claimed: _Statement, given: _Statement) -> bool:
    """Whether `given` (of the article) says `claimed`'s verb of the same thing, by no other
    named doer."""
    if not given.keys & _verb_forms(claimed.keys):
        return False
    if not claimed.completed_by & _with_synonyms(given.completed_by):
        return False
    if _described_otherwise(claimed, given):
        return False  # "vote in a national election" is not "vote in local elections"
    return not (
        claimed.doers
        and given.doers
        and not any(_same_doer(mine, theirs) for mine in claimed.doers for theirs in given.doers)
    )


def _described_otherwise(claimed: _Statement, given: _Statement) -> bool:
    """Whether a noun completing both is described by other adjectives in each ("national" and
    "local" elections): then they speak of two things."""
    for noun in claimed.completed_by & given.completed_by:
        mine = {adjective for n, adjective in claimed.described if n == noun}
        theirs = {adjective for n, adjective in given.described if n == noun}
        if mine and theirs and not mine & theirs:
            return True
    return False


def _same_doer(mine: str, theirs: str) -> bool:
    """Whether two subjects (a name, or a common noun's lemma in lower case) may be one."""
    return mine == theirs or (mine[:1].isupper() and theirs[:1].isupper() and same_name(mine, theirs))


def _statements(text: str) -> Iterator[_Statement]:
    """The verbs of `text` that say an event (not a light verb, not a copula), and the nouns
    made from verbs that "no" denies ("no discussion of his candidacy")."""
    for token in parse(" ".join(text.split())):
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB" and not is_light_verb(lemma):
            yield _Statement(
                text=token.text,
                keys=lemma_keys(token.lower_) | {lemma},
                completed_by=_completions(token),
                described=_descriptions(token),
                doers=tuple(_doers(token)),
                negated=is_negated(token),
                asserted=not _hedged(token),
                modal=_modal(token),
                aimed=_aimed(token),
            )
        elif token.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
            yield _Statement(
                text=token.text,
                keys=frozenset(k for k in lemma_keys(token.lower_) if k.startswith("~")),
                completed_by=_completions(token),
                described=_descriptions(token),
                doers=(),
                negated=True,
                asserted=not _hedged(token),
            )


def _completions(token: Token) -> frozenset[str]:
    """The lemmas of the common nouns that complete `token` (its object, the nouns of its
    prepositions), short of a clause of its own."""
    return frozenset(
        key
        for word in governed_words(token)
        if word.pos_ == "NOUN"
        for key in token_keys(word)
        if not key.startswith("~")
    )


def _descriptions(token: Token) -> frozenset[tuple[str, str]]:
    """(noun, adjective) for each adjective before a common noun that completes `token`."""
    return frozenset(
        (word.lemma_.lower(), child.lemma_.lower())
        for word in governed_words(token)
        if word.pos_ == "NOUN"
        for child in word.children
        if child.dep_ == "amod"
    )


def _doers(verb: Token) -> Iterator[str]:
    """`verb`'s subjects: a name, or the lemma of a common noun ("places"); a pronoun may
    stand for anyone and gives none."""
    for child in verb.children:
        if child.dep_ == "nsubj":
            name = proper_name(child)
            if name:
                yield name
            elif child.pos_ == "NOUN":
                yield child.lemma_.lower()


def _hedged(token: Token) -> bool:
    """Whether `token` is said under a modal ("could have finished", "would change"), in a
    condition ("if it did not change") or as what is aimed at (`_aimed`: "a deadline *to
    comply*"): none states that it happened."""
    node = token
    if _aimed(token):
        return True
    while True:
        if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in node.children):
            return True
        if any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in node.children):
            return True
        if node.head.i == node.i or node.dep_ not in ("xcomp", "conj", "aux", "ccomp"):
            return False
        node = node.head


def _aimed(verb: Token) -> bool:
    """Whether `verb` is an infinitive that completes a noun or gives a purpose ("a deadline *to
    comply*", "gave them until May *to comply*"): what is aimed at, not what was done."""
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return infinitive and verb.dep_ in ("acl", "relcl", "advcl")


def _modal(token: Token) -> str:
    """The modal `token` is said under ("could" of "could have finished", of "said he could not
    have finished"), or "" when none."""
    node = token
    while True:
        modal = next((c.lower_ for c in node.children if c.dep_ == "aux" and c.lower_ in _MODALS), None)
        if modal is not None:
            return modal
        if node.head.i == node.i or node.dep_ not in ("xcomp", "conj", "aux", "ccomp"):
            return ""
        node = node.head


def _verb_forms(keys: frozenset[str]) -> frozenset[str]:
    """A verb's lemmas, its derivational stem (a noun made from it shares it) and its synonyms."""
    return keys | _with_synonyms(frozenset(k for k in keys if not k.startswith("~")))


def _with_synonyms(keys: frozenset[str]) -> frozenset[str]:
    found = set(keys)
    for key in keys:
        if not key.startswith("~"):
            for synonym in related_lemmas(key, wider=False):
                found.update(lemma_keys(synonym))
    return frozenset(found)


def _clip(sentence: str, most: int = 80) -> str:
    flat = " ".join(sentence.split())
    return flat if len(flat) <= most else flat[: most - 3] + "..."
