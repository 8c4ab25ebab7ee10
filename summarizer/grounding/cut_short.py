"""A claim cut short: it stops on the words of an article sentence that go on, in the article, to
what completes them ("Islamic State has claimed ." where the article writes "Islamic State has
claimed responsibility for the attack"; "an increase of 2 degrees could ." where it goes on
"could be disastrous"). What such a claim states is not what the article states: a verb without
the object the article gives it, or a modal without its verb, says nothing a reader can check.

Read from the article's own parse: the claim's last words are a run the evidence writes (a
modal alone: it is cut from its verb wherever the article writes it), and there the last of them
is an auxiliary or modal whose verb comes after it, or a verb whose object, infinitive or
complement comes after it. Only a verb that must take an object by WordNet's verb frames
(`needs_object`: "claim", "include", "announce") counts: a paraphrase may drop the object of
one that can stand alone ("... until one gets people to pay" where the article writes "pay a
ransom" is faithful; so is "to leave" for "to leave Blackpool bottom"). A claim that stops where
the article's clause may stop ("He resigned ." for "He resigned from the board") is kept: a
prepositional phrase or an adverb is no part of the verb."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summarizer.grounding.claims import Claim, Passage
from summarizer.grounding.synonyms import needs_object
from summarizer.text.parse import parse, token_at

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["cut_short"]

_RUN = 3  # the claim's last words that must be written together in the evidence
#: The modal verbs: one that ends a claim has lost the verb it helps ("... could .").
_MODALS = frozenset({"can", "could", "may", "might", "must", "shall", "should", "will", "would"})
# The dependents that complete a verb: its object, its infinitive, what "is" says of it. (Not a
# clause: a caption run into the next sentence with no full stop is parsed as one, "if they ask
# More than 70 million sharks are killed".)
_COMPLETING = frozenset({"dobj", "xcomp", "attr", "oprd", "acomp"})


def cut_short(claim: Claim, passage: Passage) -> str | None:
    """The claim stops where every evidence sentence that writes its last words goes on to
    complete them (see the module docstring)."""
    if len(claim.words) < _RUN:
        return None
    last = claim.words[-_RUN:]
    if claim.text[last[-1].end :].strip() not in ("", ".", "!", "?"):
        return None  # it ends on a quotation, a bracket: not cut on a bare word
    if last[-1].lower in _MODALS:
        last = last[-1:]  # a modal is cut from its verb wherever the article writes it
    pattern = re.compile(
        r"(?<!\w)" + r"\W+".join(re.escape(w.text) for w in last) + r"(?=\s+\w)",
        re.IGNORECASE,
    )
    completed = None
    for sentence in passage.plain_sentences():
        for found in pattern.finditer(sentence):
            token = token_at(parse(sentence), found.end() - len(last[-1].text))
            if token is None:
                return None
            completion = _completion(token)
            if completion is None:
                return None  # one place where the article's clause may stop there too
            completed = completed or completion
    if completed is None:
        return None
    return f"the claim stops at {last[-1].text!r}, where the article goes on to {completed.text!r}"


def _completion(token: Token) -> Token | None:
    """What completes `token` after it in its sentence: the verb of an auxiliary or modal, the
    object, infinitive or complement of a verb (None: nothing after it must follow)."""
    if token.dep_ in ("aux", "auxpass") and token.head.i > token.i:
        return token.head
    if token.pos_ == "VERB" and needs_object(token.lemma_.lower()):
        return next((c for c in token.children if c.dep_ in _COMPLETING and c.i > token.i), None)
    return None
