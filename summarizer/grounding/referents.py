"""Who a passage is about when it does not name them: a run of sentences that only go on about
the person last named, as a reader follows them.

News quotes a person over several sentences: "Finn Brennan, of the union, said the incident was
dreadful. He said: "Lives have been lost ... The grief must be terrible. There should be no
rush to judgment."" The last sentence is Brennan's though it names no one, however far it is
from his name. A sentence goes on about the person before it when it is inside a quotation
opened before it, opens with one, or opens with a pronoun ("He said the tram slid ..."); the
first sentence before the run that does none of these names the person the run is about, as
the subject of its verb ("Finn Brennan, of the union, said ..."; "Royal Navy veteran Kevin Snow
was one of those injured"). Only that subject counts: a name further back, or another person
named in that sentence ("Sam Hill said officers had spoken to Ann Cole"), is not who the run
quotes, so a swapped-in name stays refused."""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.grounding.lemmas import Word
from summarizer.text.parse import parse
from summarizer.text.spans import Span

__all__ = ["open_quotations", "referent_sentence", "subject_words"]

# A sentence opening with one of these goes on about someone named before it ("He said ...",
# "She added: ...").
_OPENING_PRONOUNS = frozenset("he she".split())
_OPENING_MARKS = "\"“‘'"
#: How many sentences a run may go on about one person before its name stops counting.
_LONGEST_RUN = 10


def referent_sentence(
    text: str, spans: Sequence[Span], sentences: Sequence[Sequence[Word]], quoted: Sequence[bool], index: int
) -> int | None:
    """The sentence that names the person sentence `index` goes on about (see the module), or
    None when `index` names whoever it is about itself (it neither opens with a pronoun nor
    continues or opens a quotation) or the run is longer than `_LONGEST_RUN`. `quoted` is
    `open_quotations` of the text."""
    at = index
    while at >= 0 and index - at <= _LONGEST_RUN:
        if not _goes_on(text, spans[at], sentences[at], quoted[at]):
            return at if at != index else None
        at -= 1
    return None


def _goes_on(text: str, span: Span, sentence: Sequence[Word], quoted: bool) -> bool:
    """Whether the sentence goes on about someone named before it."""
    opening = text[span[0] : span[1]].lstrip()
    if quoted or opening[:1] in _OPENING_MARKS:
        return True
    return bool(sentence) and sentence[0].lower in _OPENING_PRONOUNS


def open_quotations(text: str, spans: Sequence[Span]) -> tuple[bool, ...]:
    """Per sentence, whether a quotation opened before it is still open where it starts: curly
    marks open and close; a straight double mark turns the state over. A paragraph break closes
    any quotation (news opens each quoted paragraph again)."""
    found = []
    inside = False
    position = 0
    for start, _ in spans:
        for char in text[position:start]:
            if char == "“":
                inside = True
            elif char == "”":
                inside = False
            elif char == '"':
                inside = not inside
            elif char == "\n":
                inside = False
        found.append(inside)
        position = start
    return tuple(found)


def subject_words(sentence: str) -> frozenset[str]:
    """The words (lower case) of the names that are subjects of `sentence`'s verbs, with the
    words joined to them ("Royal Navy veteran Kevin Snow"): who the sentence is about."""
    return frozenset(
        part.lower_
        for token in parse(" ".join(sentence.split()))
        if token.dep_ in ("nsubj", "nsubjpass") and token.pos_ == "PROPN"
        for part in token.subtree
        if part.pos_ == "PROPN"
    )
