"""Whose figure it is: the named subject of the clause a figure stands in. "Canada came second
with 11 percent" gives the figure to Canada; where the evidence writes "Canada was the runner
up, gaining 16 percent, while Israel was third on 11 percent", every content word and figure of
the claim is there, but the 11 percent is Israel's. Read from the dependency parse: from the
figure up to the verb of its clause, and from that verb to its subject (through a participle,
an infinitive or a second verb of "and", which share the subject of the verb they hang on).

The claim is refused when each place the evidence writes its figure is in a clause whose
subject is another name, and that clause does not name the claim's subject at all, nor the
claim's clause that other name (a clause that names both, "the tally gives Trump 758
delegates", may give it to either). A pronoun or a
common noun as the subject, in the claim or the evidence, decides nothing."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from summarizer.grounding.claims import Claim, Passage
from summarizer.grounding.lemmas import Word
from summarizer.grounding.quantities import Figure, figures
from summarizer.text.names import same_entity
from summarizer.text.parse import parse, token_at

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["figure_owner_mismatch"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_JOINS = frozenset({"-", "–", "—"})


def figure_owner_mismatch(claim: Claim, passage: Passage) -> str | None:
    """A figure of the claim whose named owner the evidence gives it to nowhere (see the module
    docstring)."""
    counted = [f for f in claim.figures if not f.loose]
    claim_doc = parse(claim.text) if counted else None
    for figure in counted:
        token = token_at(claim_doc, claim.words[figure.index].start)
        if token is None or _counts_nothing(figure, token):
            continue
        owner = _owner(token)
        named = frozenset() if owner is None else _name_words(owner) | _clause_names(token)
        other = None if owner is None else _given_to_another(figure, owner, named, passage)
        if owner is not None and other is not None:
            return f"the figure {figure.text} is {other.text}'s in the evidence, not {owner.text}'s"
    return None


def _given_to_another(figure: Figure, owner: Token, named: frozenset[str], passage: Passage) -> Token | None:
    """The named owner the evidence gives `figure` to, when every place it writes the figure
    gives it to another name than the claim's `owner` in a clause that does not name
    it, and the claim's own clause does not name that other either (`named`: "would have given
    Major 11.5 seconds" names Major, whose seconds the evidence says they are)."""
    names = _name_words(owner)
    other = None
    spans, plain = passage.sentence_spans(), passage.plain_sentences()
    for sentence, (start, end), read in zip(passage.sentences, spans, plain, strict=True):
        same = _same_figures(figure, sentence)
        written = passage.source.text[start:end]
        doc = parse(read) if same else None
        for theirs in same:
            found = token_at(doc, _normalised_offset(written, sentence[theirs.index].start - start))
            their_owner = None if found is None else _owner(found)
            if found is None or their_owner is None or names & _clause_names(found) or _same_owner(owner, their_owner):
                return None  # one place gives it to the claim's owner, or to no one named
            if _name_words(their_owner) & named:
                return None
            other = other or their_owner
    return other


def _same_figures(figure: Figure, sentence: Sequence[Word]) -> list[Figure]:
    return [f for f in figures(sentence) if f.values & figure.values and not f.loose]


def _normalised_offset(written: str, offset: int) -> int:
    """Where the character at `offset` of `written` is once its whitespace is normalised (runs
    of it one space, none at the ends), as the other tests of the parse read a sentence (and
    its cached parse is shared)."""
    before = written[:offset]
    squeezed = " ".join(before.split())
    return len(squeezed) + (1 if squeezed and before[-1:].isspace() else 0)


def _counts_nothing(figure: Figure, token: Token) -> bool:
    """A figure that is no amount someone has: a year or a date ("in 2015", "March 2"), which
    dates the clause; a part of a name ("Model 3", "Highway 16"); one side of a score or a
    record ("went 12-18-2"), which the pair or the run describes."""
    if any(v.isdigit() and 1800 <= int(v) <= 2100 for v in figure.values):
        return True
    if token.head.pos_ == "PROPN" and token.head.i < token.i:
        return True  # "Model 3", "Highway 16", "Feb. 1": a name's number or a day of a month
    return any(n.is_punct and n.text in _JOINS for n in (token.nbor(-1) if token.i else token, _next(token)))


def _next(token: Token) -> Token:
    return token.nbor(1) if token.i + 1 < len(token.doc) else token


def _clause_verb(token: Token) -> Token | None:
    """The verb of the clause `token` stands in: the first verb above it in the parse (None
    for a sentence of no verb; spaCy makes a new `Token` for each `head`, so the root is the
    token whose head has its index)."""
    while token.pos_ not in ("VERB", "AUX"):
        if token.head.i == token.i:
            return None
        token = token.head
    return token


def _governing_verb(token: Token) -> Token | None:
    """The verb the figure at `token` is an argument of: up from the figure through the words of
    its amount ("$305 *billion*") to what it counts ("11 *percent*"), which is the verb's object,
    subject or complement, or the object of a preposition on the verb ("came second *with* 11
    percent"). None for a figure inside a phrase on a noun ("the worst storm *in 20 years*"):
    that dates or describes the noun, and is not what the clause's subject has."""
    while token.dep_ in _AMOUNT_PARTS and token.head.i != token.i and token.head.pos_ in ("NUM", "NOUN", "SYM"):
        token = token.head
    head = token.head
    if token.dep_ == "pobj" and head.dep_ == "prep":
        token, head = head, head.head
    if token.dep_ in _ARGUMENTS and head.pos_ in ("VERB", "AUX"):
        return head
    return None


# How the words of an amount hang together ("$ 305 billion", "11 percent"), and how an amount is
# an argument of its verb.
_AMOUNT_PARTS = frozenset({"nummod", "quantmod", "compound", "nmod"})
_ARGUMENTS = frozenset({"dobj", "attr", "nsubj", "nsubjpass", "oprd", "prep", "npadvmod", "acomp"})


def _owner(token: Token) -> Token | None:
    """The named subject of the clause of `token` (see the module docstring), or None when the
    subject is no name, or the clause has none of its own: a participle's or a second verb's
    subject is most often its head's, but not always ("Judged against the 10 years it took
    Congress, Obama's signing ..."), so it decides nothing."""
    verb = _governing_verb(token)
    subjects = [] if verb is None else [c for c in verb.children if c.dep_ in _SUBJECTS]
    return subjects[0] if subjects and subjects[0].pos_ == "PROPN" else None


def _same_owner(first: Token, second: Token) -> bool:
    """Whether two named subjects may name one entity: a word of the name in common, or one
    the other's initials or short form ("NBL" of "Northern Bank of Leland", `same_entity`)."""
    if _name_words(first) & _name_words(second):
        return True
    one, other = _name(first), _name(second)
    return same_entity(one, other) or same_entity(one, other, organization=True)


def _name(token: Token) -> str:
    """The whole name `token` heads, as written: its proper nouns and the "of" between them
    ("Northern Bank of Leland")."""
    return " ".join(t.text for t in token.subtree if t.pos_ == "PROPN" or (t.lower_ == "of" and t.head.i == token.i))


def _name_words(token: Token) -> frozenset[str]:
    """The words of the name `token` ends ("Mr. Obama": mr., obama), lower-cased, titles aside."""
    parts = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return frozenset(t.lower_ for t in (*parts, token) if len(t.text) > 2 and not t.text.endswith("."))


def _clause_names(token: Token) -> frozenset[str]:
    """The words of every name in the clause of `token` (the tokens whose clause verb is its)."""
    verb = _clause_verb(token)
    if verb is None:
        return frozenset()
    return frozenset(
        t.lower_ for t in verb.subtree if t.pos_ == "PROPN" and (own := _clause_verb(t)) is not None and own.i == verb.i
    )
