"""Whether another passage of the article says the claim's act the other way round, by the
opposite verb, of the same doer and the same circumstances: "Tesla shares *fell* on the day Musk
tweeted that he had funding" is backed by the sentence on the tweet, and a sentence far below it
says "Tesla's stock price *rose* six per cent on the day of Musk's tweet about having that
funding". Every word of the claim but the verb is in the backing passage, so the tests of one
passage see nothing; `contradictions` runs this test on the other passages.

The opposite test of `claim_polarity` refuses faithful claims when run on every passage: a
long article says "rose" and "fell" of many things. So a reversal must be shown, not guessed:

- the claim's verb is said plainly (no negation, no modal) and the other sentence's verb is its
  opposite (`polarity.OPPOSITES`, or WordNet's antonyms of the verb as a verb), said plainly too;
- of the same doer: the subjects share a content word ("Tesla shares", "Tesla's stock price");
- in the same circumstances: the other sentence holds most of the content words the claim says
  with its verb besides the subject (`_SAME_SCENE` of them, and at least `_LEAST_WORDS`);
- and the claim is given the benefit of the doubt: no sentence of that passage also says the
  claim's verb, and the claim does not say the opposite itself."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from summarizer.grounding.claims import Claim, Passage
from summarizer.grounding.lemmas import STOPWORDS, token_keys
from summarizer.grounding.polarity import OPPOSITES
from summarizer.grounding.structure import is_negated
from summarizer.grounding.synonyms import opposite_lemmas
from summarizer.text.parse import parse, parse_together

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["reversed_act_mismatch"]

# Of the content words the claim says with its verb (besides the subject), the share the other
# sentence must hold; and the fewest that make the circumstances of an act.
_SAME_SCENE = 0.67
_LEAST_WORDS = 3
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_CONTENT = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})


@dataclass(frozen=True)
class _Act:
    """A verb said plainly: its lemma, its subject's content lemmas and the content lemmas of the
    rest of what it says."""

    verb: Token
    doer: frozenset[str]
    scene: tuple[frozenset[str], ...]


def reversed_act_mismatch(claim: Claim, passage: Passage) -> str | None:
    """A verb of the claim that a sentence of `passage` says the other way round (its opposite),
    of the same doer and in the same circumstances, and never the claim's way (see the module
    docstring)."""
    mine = [act for act in _acts(parse(claim.text)) if len(act.scene) >= _LEAST_WORDS and act.doer]
    if not mine:
        return None
    claim_lemmas = frozenset(k for t in parse(claim.text) for k in token_keys(t))
    sentences = passage.plain_sentences()
    parse_together(sentences)
    docs = [parse(sentence) for sentence in sentences]
    passage_lemmas = frozenset(k for doc in docs for t in doc for k in token_keys(t))
    for act in mine:
        lemma = act.verb.lemma_.lower()
        opposites = (OPPOSITES.get(lemma, frozenset()) | opposite_lemmas(lemma, "verb")) - claim_lemmas
        if not opposites or token_keys(act.verb) & passage_lemmas:
            continue
        for doc in docs:
            said = frozenset(k for t in doc if t.is_alpha or t.like_num for k in token_keys(t))
            for other in _acts(doc):
                if other.verb.lemma_.lower() not in opposites or not act.doer & other.doer:
                    continue
                held = sum(bool(words & said) for words in act.scene)
                if held >= _SAME_SCENE * len(act.scene):
                    return f"{act.verb.text!r} here, but {other.verb.text!r} in another passage"
    return None


def _acts(doc: Doc) -> Iterator[_Act]:
    """Each verb of `doc` said plainly (no negation, no modal) that has a subject."""
    for verb in doc:
        if verb.pos_ != "VERB" or is_negated(verb) or any(c.tag_ == "MD" for c in verb.children):
            continue
        subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
        if not subjects:
            continue
        doer_tokens = {t.i for s in subjects for t in s.subtree}
        doer = frozenset(k for i in doer_tokens if _content(doc[i]) for k in token_keys(doc[i]))
        scene = tuple(token_keys(t) for t in verb.subtree if t.i not in doer_tokens and t.i != verb.i and _content(t))
        yield _Act(verb, doer, scene)


def _content(token: Token) -> bool:
    return token.pos_ in _CONTENT and token.lower_ not in STOPWORDS and (token.is_alpha or token.like_num)
