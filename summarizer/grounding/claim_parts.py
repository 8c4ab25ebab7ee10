"""The statements one claim joins, each a claim of its own: a summary sentence often puts
together what the article says in two places ("The poll was carried out in English and Spanish
and released on a Friday"; "Espinos, who was born in Mexico, moved to Canada"), and no single
passage then holds enough of it. English joins statements in a few ways the parse shows:

- two verbs coordinated with "and" or "but" that share a subject ("X won A but argues B"), or
  two clauses with a subject each ("X did A, and Y did B");
- a clause a comma opens on a present participle ("..., making Moscow a key player"), which
  says one more thing of the same subject;
- a relative clause set off by a comma on a "who" or "which" ("Lynch, who was born in ...,
  announced"), which states a fact of its own about the noun before it;
- a clause opened by "while" or "whereas" ("customers get less *while prices stay the same*"),
  which states its own fact beside the main one (at the same time, or in contrast); without a
  subject of its own it says it of the main clause's ("X urged A while also calling for B");
- two statements joined by a semicolon ("X fires Y; reports say Z urged it"), as headlines
  join them.

Each part keeps what frames it (a reporting verb: "Henry said her union views X and is ramping
up Y" gives "Henry said her union views X" and "Henry said her union is ramping up Y"), the
subject it shares and, when both verbs take the same form, the auxiliary ("was carried out and
released": "was released"). A disjunction ("A or B") states neither part and is never split,
nor is a negated verb (what "not" covers is the negation tests' to read), nor a clause a
subordinating word opens ("because": the cause test reads it). One such clause is split apart
from the rest (`sequel_parts`): "X did A after Y did B" states both, and says B came first,
which the article must tie to A (`sequel_tied`) for the two to be one claim's."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from summarizer.grounding.claims import Passage, derived_keys, ordinary_word, parse_source
from summarizer.grounding.lemmas import is_light_verb, words
from summarizer.text.parse import bears_negation, parse
from summarizer.text.spans import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "claim_parts",
    "evidence_passage",
    "main_predicate",
    "predicate_held",
    "sequel_parts",
    "sequel_tied",
    "side_by_side",
]

#: Conjunctions that state both of what they join ("or" and "nor" state neither alone).
_JOINING = frozenset("and but yet".split())
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_AUXILIARIES = frozenset({"aux", "auxpass"})
_RELATIVE_SUBJECTS = frozenset("who which".split())
_FEWEST_WORDS = 3  # a part shorter than this states nothing to check


def claim_parts(claim: str) -> tuple[str, ...]:
    """The statements `claim` joins (two, split at the first joint the parse shows), or none
    when it states one thing. A part may join statements again; the caller splits it in turn."""
    return _split(claim)[0]


def side_by_side(claim: str) -> bool:
    """Whether `claim_parts` splits `claim` into two statements set side by side, each with a
    subject of its own or its own act ("A picked X, while B picked Y"; "...; reports say ..."),
    rather than one subject's acts or a clause about a noun: then only the whole claim says
    which name goes with which word, and the caller reads it across the parts' evidence."""
    return _split(claim)[1]


def _split(claim: str) -> tuple[tuple[str, ...], bool]:
    """`claim_parts`, and whether the parts are set side by side (`side_by_side`)."""
    halves = _semicolon_halves(claim)
    if halves:
        return halves, True
    doc = parse(claim)
    if len(list(doc.sents)) != 1:
        return (), False
    for token in doc:
        parts = _coordinated(token) or _participle_clause(token) or _relative_clause(token)
        beside = _concurrent_clause(token) if not parts else None
        if beside and all(len(part.split()) >= _FEWEST_WORDS for part in beside):
            return beside, True
        if parts and all(len(part.split()) >= _FEWEST_WORDS for part in parts):
            return parts, False
    return (), False


def _coordinated(verb: Token) -> tuple[str, str] | None:
    """`verb` coordinated with the verb before it ("carried out ... and *released*"): the claim
    without it, and the claim with the first verb's predicate given up for it."""
    head = verb.head
    if verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX") or head.pos_ not in ("VERB", "AUX"):
        return None
    joints = [c for c in head.children if c.dep_ in ("cc", "preconj")]
    if not any(c.lower_ in _JOINING for c in joints) or any(c.lower_ not in _JOINING for c in joints):
        return None
    if bears_negation(head) or bears_negation(verb):
        return None
    # The words between the first predicate and the second that join them (", and", "but").
    between = {t.i for t in head.children if t.dep_ in ("cc", "punct") and t.i < verb.left_edge.i and t.i > head.i}
    second = {t.i for t in verb.subtree}
    first = _words(head.doc) - second - between
    shared: set[int] = set()
    if not any(c.dep_ in _SUBJECTS for c in verb.children):  # "X won A but argues B": X shared
        shared = {t.i for c in head.children if c.dep_ in _SUBJECTS for t in c.subtree}
        if head.tag_ == verb.tag_:  # "was carried out and released": "was released"
            shared |= {c.i for c in head.children if c.dep_ in _AUXILIARIES}
    own = {t.i for t in head.subtree} - shared
    return _text(head.doc, first), _text(head.doc, (_words(head.doc) - own) | second)


def _participle_clause(verb: Token) -> tuple[str, str] | None:
    """A clause opened by a comma and a present participle with nothing to subordinate it
    ("kept Assad in power, *making* Moscow a key player"): it says one more thing of the
    subject of the verb it hangs on."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.left_edge.i != verb.i or verb.i == 0:
        return None
    if verb.doc[verb.i - 1].text != "," or any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in verb.children):
        return None
    if bears_negation(verb) or head.pos_ not in ("VERB", "AUX"):
        return None
    # The verb whose subject it is ("voted to close the market, angering ...": "voted").
    while head.dep_ in ("xcomp", "conj") and not any(c.dep_ in _SUBJECTS for c in head.children):
        head = head.head
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return None
    second = {t.i for t in verb.subtree}
    first = _words(verb.doc) - second - {verb.i - 1}
    outside = _words(verb.doc) - {t.i for t in head.subtree}
    subject = {t.i for s in subjects for t in s.subtree}
    return _text(verb.doc, first), _text(verb.doc, outside | subject | second)


def _relative_clause(verb: Token) -> tuple[str, str] | None:
    """A relative clause set off by a comma whose "who" or "which" is its subject ("Rand Paul,
    *who had asked Clinton tough questions*"): the claim without it, and the clause said of the
    noun it follows."""
    if verb.dep_ != "relcl" or verb.left_edge.i == 0 or verb.doc[verb.left_edge.i - 1].text != ",":
        return None
    pronoun = verb.left_edge
    if pronoun.lower_ not in _RELATIVE_SUBJECTS or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    doc = verb.doc
    clause = {t.i for t in verb.subtree}
    after = verb.right_edge.i + 1
    commas = {verb.left_edge.i - 1} | ({after} if after < len(doc) and doc[after].text == "," else set())
    noun = [t.i for t in verb.head.subtree if t.i < verb.left_edge.i - 1]
    return _text(doc, _words(doc) - clause - commas), _text(doc, set(noun) | clause - {pronoun.i})


#: The words that open a clause stating its own fact beside the main clause's, at the same time
#: or in contrast ("while", "whereas"); never one of cause or condition, which the cause test reads.
_BESIDE = frozenset({"while", "whereas"})


def _concurrent_clause(verb: Token) -> tuple[str, str] | None:
    """A clause opened by "while" or "whereas" (`_BESIDE`) that hangs on the main verb: the
    claim without it, and the clause as a statement of its own, with the main clause's subject
    when it has none ("Clinton urged A while also calling for B": "Clinton also calling for
    B"). Each is then checked on its own, as what one sentence of the article may say apart
    from the other ("customers get 10 per cent less" and, sentences away, "prices stay the
    same"); a negated verb is left whole, for the negation tests to read."""
    mark = _opening_mark(verb, _BESIDE)
    if mark is None:
        return None
    head = verb.head
    doc = verb.doc
    clause = {t.i for t in verb.subtree}
    before, after = verb.left_edge.i - 1, verb.right_edge.i + 1
    comma = {i for i in (before, after) if 0 <= i < len(doc) and doc[i].text == ","}
    second = clause - {mark.i}
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            return None
        second |= {t.i for s in subjects for t in s.subtree}
    first = _words(doc) - clause - comma
    return _named_opening(_text(doc, first), doc[min(first)]), _named_opening(_text(doc, second), doc[min(second)])


def _opening_mark(verb: Token, opening: frozenset[str]) -> Token | None:
    """The one word of `opening` ("while", "after") that opens the adverbial clause `verb` heads
    on a main verb, when neither verb carries a "not" (what it covers is the negation tests' to
    read); None otherwise. `_concurrent_clause` and `sequel_parts` split a claim at such a
    clause, and must agree on what one is."""
    if verb.dep_ != "advcl" or verb.pos_ not in ("VERB", "AUX") or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    marks = [c for c in verb.children if c.dep_ == "mark"]
    if len(marks) != 1 or marks[0].lower_ not in opening or marks[0].i != verb.left_edge.i:
        return None
    if bears_negation(verb) or bears_negation(verb.head):
        return None
    return marks[0]


def _named_opening(part: str, first: Token | str) -> str:
    """`part`, which opens on a word that stood inside the claim, with "And" before it when that
    word was capitalised there and is also an ordinary word ("while *Brown* said ..."): opening
    a sentence, it would be read as the ordinary word capitalised, not as a name (`claims._names`),
    and a swapped name would go unchecked. "And" is a small word every test passes over."""
    text = first.text if not isinstance(first, str) else first
    at_start = not isinstance(first, str) and first.i == 0
    if at_start or not text[:1].isupper() or not ordinary_word(words(text)[0]):
        return part
    return f"And {text}{part[len(text) :]}"


_SEMICOLON = re.compile(r"\s*;\s+")


def _semicolon_halves(claim: str) -> tuple[str, str] | None:
    """The two statements a semicolon joins, outside quotation marks ("Trump fires his campaign
    manager; reports say his children urged it"), each of at least `_FEWEST_WORDS` words; None
    for a claim with no such semicolon, or more than one."""
    found = [m for m in _SEMICOLON.finditer(claim) if not _quoted_at(claim, m.start())]
    if len(found) != 1:
        return None
    first, second = claim[: found[0].start()].strip(), claim[found[0].end() :].strip()
    if min(len(first.split()), len(second.split())) < _FEWEST_WORDS:
        return None
    first = first if first.endswith((".", "!", "?")) else first + "."
    opening = second.split()[0]
    second = _named_opening(second[:1].upper() + second[1:], opening)
    return first, second if second.endswith((".", "!", "?")) else second + "."


def _quoted_at(text: str, at: int) -> bool:
    """Whether `at` is inside a quotation of `text` (an odd number of straight or curly double
    quotation marks before it)."""
    before = text[:at]
    return (before.count('"') % 2 == 1) or before.count("“") > before.count("”")


#: The words that open a clause of what came first ("X did A *after* Y did B").
_EARLIER = frozenset({"after"})
#: How far from the evidence of what followed the article may name what came first.
_TIED_REACH = 1


def sequel_parts(claim: str) -> tuple[str, str] | None:
    """What a claim says happened and what it says came first, when it joins them with "after"
    and the earlier clause has a subject of its own ("Protesters rallied on Monday *after* the
    minister cancelled the sessions": "Protesters rallied on Monday." and "The minister
    cancelled the sessions."): a summary sentence puts together what the article tells in two
    places, so no one passage holds both. None when the claim joins no such clause, or when a
    "not" bears on either verb (what it covers is the negation tests' to read). The caller
    checks each part, and that the article ties them (`sequel_tied`)."""
    doc = parse(claim)
    if len(list(doc.sents)) != 1:
        return None
    for verb in doc:
        mark = _opening_mark(verb, _EARLIER)
        if mark is None:
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue  # "after winning the vote": the same subject, a participle the cause test reads
        clause = {t.i for t in verb.subtree}
        before = verb.left_edge.i - 1
        comma = {before} if before >= 0 and doc[before].text == "," else set()
        parts = _text(doc, _words(doc) - clause - comma), _text(doc, clause - {mark.i})
        if all(len(part.split()) >= _FEWEST_WORDS for part in parts):
            return parts
    return None


def sequel_tied(evidence: Sequence[Span], earlier: str, source: str) -> bool:
    """Whether the `evidence` (sentence spans of `source`) of what a claim says happened, or a
    sentence next to it, names what it says came first (`sequel_parts`): the earlier part's
    `main_predicate`, as a lemma or synonym, or as the noun of the act ("With the cancellation
    of the sessions, this rally ..." for "rallied after the minister cancelled the sessions").
    Two facts the article gives apart and never links are not one's sequel of the other; a
    light verb ties nothing."""
    predicate = main_predicate(earlier)
    told = evidence_passage(evidence, source)
    if predicate is None or told is None:
        return False
    passage = told.around(_TIED_REACH)
    said = [word for word in words(earlier) if word.lower == predicate]
    return any(passage.holds(word) or derived_keys(word) & passage.keys for word in said)


def evidence_passage(evidence: Sequence[Span], source: str) -> Passage | None:
    """The sentences of `source` at the spans `evidence`, as one passage (None: none)."""
    text = parse_source(source)
    indices = [i for i, span in enumerate(text.spans) if any(s <= span[0] < e for s, e in evidence)]
    if not indices:
        return None
    return Passage(text, indices[0], indices[0], tuple(indices[1:]))


def _words(doc: Doc) -> set[int]:
    return set(range(len(doc)))


def _text(doc: Doc, indices: set[int]) -> str:
    """The words at `indices`, in order, with their own spacing, ending in a full stop."""
    tokens = [doc[i] for i in sorted(indices)]
    pieces = []
    for token, following in zip(tokens, [*tokens[1:], None], strict=True):
        pieces.append(token.text)
        if following is not None and following.i == token.i + 1:
            pieces.append(token.whitespace_)
        elif following is not None and not following.is_punct:
            pieces.append(" ")
    text = "".join(pieces).strip().rstrip(",;:").strip()
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def main_predicate(part: str) -> str | None:
    """The word that says what a part states (lower case): its main verb, or after a copula the
    adjective or noun it gives ("is *flawed*", "was *mayor*"). A joined claim is kept part by part
    only when each part's evidence says this word: the share of words a part needs lets one word
    go missing, and in a part that word may be all it claims. None for a light or reporting
    verb ("got", "said"), which says little of its own."""
    root = next((t for t in parse(part) if t.dep_ == "ROOT"), None)
    if root is None:
        return None
    if root.lemma_ == "be":
        root = next((c for c in root.children if c.dep_ in ("acomp", "attr")), root)
    if root.pos_ == "VERB" and is_light_verb(root.lemma_.lower()):
        return None  # "got", "said": the words around it say what the part states
    return root.lower_ if root.pos_ in ("VERB", "ADJ", "NOUN") else None


def predicate_held(part: str, evidence: Sequence[Span], source: str) -> bool:
    """Whether the `evidence` (sentence spans of `source`) of one part of a joined claim says
    what the part states, its `main_predicate`, as a lemma or synonym: "The board's logic is
    *flawed*" is not backed by sentences that only name the board and its logic."""
    predicate = main_predicate(part)
    if predicate is None:
        return True
    passage = evidence_passage(evidence, source)
    if passage is None:
        return False
    return any(passage.holds(word) for word in words(part) if word.lower == predicate)
