"""The clauses a claim joins with "and", "but" or "yet", each as a claim of its own.

A summary sentence often joins two facts the article gives apart ("Huawei is banned from 5G
networks in three countries and denies links to the Chinese government"; "The Taliban called it
a revenge attack, and Berlin said its staff were unharmed"). Checked whole, such a claim needs
one passage that holds both, and the who-did-what tests read the second clause's doer against
the first clause's evidence. Checked clause by clause, each fact must be backed on its own, by
every test: a changed figure, a swapped name or a negation in either clause still refuses the
claim (`prose.check_claim` keeps it only when every clause is supported).

The clauses come from the dependency parse: a verb coordinated with the sentence's main verb
(`conj`) after a coordinating "and", "but" or "yet" of that verb. A clause without a subject of
its own takes the main verb's subject ("X was carried out ... and released on Friday": "X was
released on Friday"), and its auxiliary of tense or voice when it has none. Nothing else is
split: a list of nouns, a clause of time or cause, a relative clause stay with their verb."""

from __future__ import annotations

from typing import TYPE_CHECKING

from summarizer.text.parse import parse

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["clause_conjuncts"]

_JOINING = frozenset({"and", "but", "yet"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})
# Auxiliaries a bare second verb shares with the first: tense, voice and modality ("was carried
# out and released", "will meet and decide"), not "do" (a negation's support) nor a negation.
_SHARED_AUX = frozenset({"be", "have", "will", "would", "can", "could", "may", "might", "shall", "should", "must"})


def clause_conjuncts(claim: str) -> list[str]:
    """The clauses of `claim` joined to its main verb by "and", "but" or "yet", each written as
    a sentence; none (an empty list) when it joins no clauses."""
    doc = parse(claim)
    root = next((token for token in doc if token.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in ("VERB", "AUX"):
        return []
    joined = [token for token in root.children if token.dep_ == "conj" and token.pos_ in ("VERB", "AUX")]
    joined = [verb for verb in joined if _joining_word(doc, root, verb) is not None]
    if not joined:
        return []
    subject = next((child for child in root.children if child.dep_ in _SUBJECTS), None)
    clauses = []
    start = 0
    for verb in joined:
        joining = _joining_word(doc, root, verb)
        assert joining is not None
        clauses.append(_sentence(doc[start : joining.i].text))
        start = verb.left_edge.i
    clauses.append(_sentence(doc[start:].text))
    for i, verb in enumerate(joined, start=1):
        if subject is not None and not any(child.dep_ in _SUBJECTS for child in verb.children):
            clauses[i] = _sentence(" ".join((*_phrase(doc, subject), *_shared_aux(root, verb), clauses[i])))
    return [clause for clause in clauses if clause.strip(" .")]


def _joining_word(doc: Doc, root: Token, verb: Token) -> Token | None:
    """The "and", "but" or "yet" that joins `verb` to `root`: a coordinating word of either,
    between the main verb and the second clause."""
    for token in doc[root.i + 1 : verb.left_edge.i]:
        if token.dep_ == "cc" and token.lower_ in _JOINING and token.head in (root, verb):
            return token
    return None


def _phrase(doc: Doc, token: Token) -> tuple[str]:
    return (doc[token.left_edge.i : token.right_edge.i + 1].text,)


def _shared_aux(root: Token, verb: Token) -> tuple[str, ...]:
    """The main verb's auxiliaries of tense, voice and modality, for a second verb with none of
    its own ("was carried out ... and released")."""
    if any(child.dep_ in ("aux", "auxpass") for child in verb.children):
        return ()
    return tuple(
        child.text
        for child in root.children
        if child.dep_ in ("aux", "auxpass") and child.i < root.i and child.lemma_.lower() in _SHARED_AUX
    )


def _sentence(text: str) -> str:
    """A clause written as a sentence: without the commas and spaces it was cut at, with a full
    stop."""
    text = text.strip().rstrip(",;:—–- ").strip()
    if not text:
        return ""
    return text if text.endswith((".", "!", "?", '"', "”", "'", "’")) else f"{text}."
