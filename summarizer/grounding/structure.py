"""Who did what, and what is negated, read from a dependency parse of the claim and of its
evidence sentences (`summarizer.text.parse`), where word order misleads:

- `doer_mismatch`: a name the claim makes the doer (or the one done to) of a verb is not the
  one the evidence gives that verb: "the project is run by A" where the evidence says "run by
  B", "X, who was king" where another is. The passive is read as it is meant (the agent of "run
  by" is its doer; the subject of "was arrested" the one done to); a relative clause's "who" is
  the name it hangs on; a verb joined by "and" shares its subject; an infinitive after a passive
  ("X is expected to replace Y") is done by the passive's subject.
- `negation_mismatch`: a verb the claim and its evidence share is negated in one and not in the
  other, counting every negation that governs it ("never dropped" against "dropped"; "would
  continue" against "isn't guaranteeing that it will continue"), and the verbs that negate what
  they govern (deny, refuse, fail).

Each test refuses only when every occurrence of the verb in the evidence disagrees with the
claim, so a verb the evidence uses twice, once each way, is given the benefit of the doubt."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from summarizer.grounding.claim_names import written_together
from summarizer.grounding.claim_polarity import denied_whole
from summarizer.grounding.claims import Claim, Passage, SourceText, derived_of, initials_of
from summarizer.grounding.lemmas import (
    can_be_verb,
    is_content,
    is_dictionary_word,
    is_event_verb,
    is_light_verb,
    lemma_keys,
    token_keys,
)
from summarizer.grounding.polarity import AVERSE_VERBS, DENIED_WHEN, averse_scope
from summarizer.grounding.synonyms import is_adjective, names_a_person, related_lemmas
from summarizer.text.gazetteer import PLACES
from summarizer.text.lexicon import ROLE_NOUNS, TEMPORAL_WORDS
from summarizer.text.names import same_entity, without_possessive
from summarizer.text.parse import parse, parse_together
from summarizer.text.world_cities import is_world_city

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "PREVENTING_VERBS",
    "Predicate",
    "agent_mismatch",
    "contrasts_others",
    "doer_mismatch",
    "governed_words",
    "is_negated",
    "negation_mismatch",
    "place_mismatch",
    "predicates",
    "spelled_alike",
]

_SUBJECTS = frozenset({"nsubj", "csubj"})
_RELATIVE = frozenset("who which that whom".split())
#: Stands for an argument that is a pronoun: it may refer to anyone, the claim's name too.
ANYONE = "?"
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
# Verbs that deny what they govern: "denied taking", "refused to pay", "failed to win", "declined
# to endorse", "refrained from criticising", "avoided paying"; and the adjectives that do ("seems
# *unlikely* to want to take on Israel", "unable to pay").
_NEGATING_VERBS = frozenset(
    "deny refuse fail decline refrain avoid forgo neglect denial refusal failure unlikely unable unwilling".split()
)
# How a verb's subject hangs on it: a verb that denies does not deny its subject's words.
_SUBJECT_PARTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})
#: Verbs that keep someone from the act their "from" governs ("kept fans *from coming*",
#: "barred them from entering"): that act is not done.
PREVENTING_VERBS = frozenset(
    "keep prevent stop bar ban block prohibit forbid deter discourage dissuade restrain preclude save spare".split()
)
# Words a copula makes deny the verb that says what: "it was impossible to review them", "he was
# unable to finish" (it was not reviewed, he did not finish).
_DENYING_STATES = frozenset({"impossible", "unable"})
# What makes a conjoined verb a clause of its own.
_OWN_CLAUSE = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "neg"})
# Verbs of speaking: light (no event of their own), but who said it is a fact of the claim
# ("Bodenhamer told Diaz" where the evidence says "Davis told Diaz").
_SPEAKING = frozenset({"say", "tell", "add", "note", "state", "announce", "ask"})
# Verbs that share the subject of the verb they hang on ("X stopped 33 shots and improved").
_SHARES_SUBJECT = frozenset({"conj", "xcomp"})


@dataclass(frozen=True)
class Predicate:
    """A verb of a sentence (or, for "X is king", the word it says X is) with its doer and the
    one it is done to, as names (empty when a pronoun or a common noun), and whether it is
    negated (an odd number of negations govern it)."""

    text: str
    keys: frozenset[str]
    doers: tuple[str, ...]
    objects: tuple[str, ...]
    negated: bool
    light: bool
    #: The lemmas of the common noun it acts on ("seen ... *fanfare*"), its direct object.
    acted_on: frozenset[str] = frozenset()
    #: Who else English lets be its doer ("X suggested Y got favours, *offering* no evidence":
    #: X or Y), when the parse had to choose.
    other_doers: tuple[str, ...] = ()
    #: The lemmas of the words that complete it: its objects, particle and the nouns of its
    #: prepositions ("take *on* *Israel*", "taken *action* against *BDS*"). A light verb is the
    #: same predicate only where they agree.
    completed_by: frozenset[str] = frozenset()
    #: For a doer that is "he" or "she" after two or more people its sentence names as subjects
    #: ("Lee said Kim was at fault after *he* decided ..."), those people: the pronoun is one of
    #: them, the parse cannot say which (`_resolved_doers` reads them in evidence only).
    pronoun_doers: tuple[str, ...] = ()
    #: Whether it is a participle standing before its noun as an adjective ("a *sliding* car"),
    #: which names a state of the noun more than it states an act.
    attributive: bool = False


def predicates(text: str) -> tuple[Predicate, ...]:
    """The predicates of `text` (a claim or one sentence of evidence)."""
    return _predicates(" ".join(text.split()))


@lru_cache(maxsize=4096)
def _predicates(text: str) -> tuple[Predicate, ...]:
    found = []
    for token in parse(text):
        head = _predicate_word(token)
        if head is None:
            continue
        doers, objects = _arguments(token)
        candidates = [n for t in doers for n in _names(_named_subjects_before(t))]
        found.append(
            Predicate(
                text=head.text,
                keys=token_keys(head),
                doers=tuple(_names(doers)),
                other_doers=tuple(_names(_other_doers(token))),
                objects=tuple(_names(objects)),
                negated=is_negated(token),
                light=is_light_verb(head.lemma_.lower()) and head.lemma_.lower() not in _SPEAKING,
                acted_on=frozenset(
                    key
                    for child in token.children
                    if child.dep_ == "dobj" and child.pos_ == "NOUN"
                    for key in lemma_keys(child.text.lower())
                ),
                completed_by=_completions(token),
                pronoun_doers=tuple(dict.fromkeys(candidates)) if len(candidates) > 1 else (),
                attributive=token.dep_ == "amod",
            )
        )
    return tuple(found)


# Clauses of their own under a verb: what they say does not complete it.
_CLAUSES = frozenset({"ccomp", "advcl", "conj", "relcl", "xcomp", "parataxis", "csubj", "nsubj", "nsubjpass"})


def _completions(verb: Token) -> frozenset[str]:
    """The lemmas of the nouns and particles that complete `verb` (see `Predicate.completed_by`)."""
    return frozenset(
        key
        for token in governed_words(verb)
        if token.pos_ in ("NOUN", "PROPN") or token.dep_ == "prt"
        for key in lemma_keys(token.text.lower())
    )


def governed_words(verb: Token) -> Iterator[Token]:
    """The words under `verb` that complete it: short of a clause of its own or its subject."""
    stack = [c for c in verb.children if c.dep_ not in _CLAUSES]
    while stack:
        token = stack.pop()
        yield token
        stack.extend(c for c in token.children if c.dep_ not in _CLAUSES)


def _predicate_word(token: Token) -> Token | None:
    """The word that names what `token` predicates: a verb itself, or for a copula ("was king",
    "is unwell") its complement."""
    if token.pos_ == "VERB" and _negative_adjective(token.lower_):
        return None  # "unyielding sanctions": no verb "unyield", so no act is said
    if token.pos_ == "VERB":
        return token
    if token.lemma_ == "be" and token.dep_ not in ("aux", "auxpass"):
        return next((child for child in token.children if child.dep_ in ("attr", "acomp")), None)
    return None


def _negative_adjective(lower: str) -> bool:
    """Whether `lower` is a participle with "un-" before it that English has no verb for
    ("unyielding", "unresolved", "unexpected"): an adjective, which the parse of a terse
    headline may take for a verb ("facing ... unyielding Western sanctions")."""
    return lower.startswith("un") and lower.endswith(("ing", "ed")) and not can_be_verb(lower)


def _arguments(verb: Token) -> tuple[list[Token], list[Token]]:
    """(doers, objects) of `verb`: the active subject and the passive's agent do, and with
    them a companion (`_companions`); the passive subject and the direct object are done to.
    A verb with no subject of its own takes its head's when joined to it ("was hired by X and
    left"), and a relative pronoun stands for the noun its clause describes."""
    doers: list[Token] = []
    objects: list[Token] = []
    for child in verb.children:
        if child.dep_ in _SUBJECTS:
            doers.append(child)
        elif child.dep_ == "nsubjpass":
            objects.append(child)
        elif child.dep_ == "agent":
            doers.extend(grand for grand in child.children if grand.dep_ == "pobj")
        elif child.dep_ == "dobj":
            objects.append(child)
    if doers and not objects:
        doers.extend(_companions(verb))
    controller = _controller(verb) if not doers else None
    if controller is not None:
        return [_antecedent(controller)], [_antecedent(t) for t in objects]
    raised = _raised_subject(verb) if not doers else None
    if raised is not None:
        return [_antecedent(raised)], [_antecedent(t) for t in objects]
    if not doers and not any(c.dep_ == "nsubjpass" for c in verb.children):
        head = _governing_verb(verb)
        if head is not None:
            return _arguments(head)[0], [_antecedent(t) for t in objects]
    resolved = [verb.head if t.text.lower() in _RELATIVE and verb.dep_ == "relcl" else t for t in doers]
    return [_antecedent(t) for t in resolved], [_antecedent(t) for t in objects]


def _raised_subject(verb: Token) -> Token | None:
    """Who does what an infinitive after a passive says: the passive's subject ("*Isco* is
    expected to replace Benzema", "*Lee* was asked to leave", "*Ray* is said to have won")."""
    if verb.dep_ != "xcomp" or verb.head.i == verb.i:
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)


def _other_doers(verb: Token) -> list[Token]:
    """For a participle closing a sentence after a comma and hanging, in the parse, on the verb
    of a reported clause ("Conway suggested Democrats got favours, *offering* no evidence"), the
    doers of the verb that reports it: English lets either subject be the participle's, and
    the parse picks the nearer."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or head.dep_ != "ccomp" or head.i > verb.i:
        return []
    if verb.i == 0 or verb.doc[verb.i - 1].text != "," or any(c.dep_ in _SUBJECTS for c in verb.children):
        return []
    return _arguments(head.head)[0]


def _controller(verb: Token) -> Token | None:
    """Who does what an infinitive says when the verb it completes has someone to do it ("gave
    *Major* 11.5 seconds to stop", "urged *the British government* to clarify", "told *Lee* to
    leave"): that verb's indirect object, or the direct object of a verb of getting another to
    act. English gives such an infinitive to the object, not to the subject; after any other
    object it is a purpose ("used a spin move to beat him"), the subject's."""
    if verb.dep_ != "xcomp" or verb.head.i == verb.i:
        return None
    before = [child for child in verb.head.children if child.i < verb.i]
    dative = next((c for c in before if c.dep_ == "dative"), None)
    if dative is not None or verb.head.lemma_.lower() not in _INFLUENCING:
        return dative  # "used a spin move to beat him": a purpose, done by the subject
    return next((c for c in before if c.dep_ == "dobj"), None)


# Verbs by which someone gets another to act ("urged Britain to clarify"): their object does
# what the infinitive after it says.
_INFLUENCING = frozenset(
    "tell ask urge order force allow permit persuade encourage invite instruct require want enable "
    "help warn advise convince compel direct press pressure push lead cause get expect authorize "
    "authorise forbid prompt remind inspire challenge beg implore".split()
)


def _companions(verb: Token) -> list[Token]:
    """Who does what a verb with no object says together with its subject: the one after
    "with" ("Sharpton ate *with* Obama", "met with the mayor"), who may be named first ("Obama
    had eaten with Sharpton"). Not with an object: "replaced Smith with Jones" does not."""
    return [
        grand
        for child in verb.children
        if child.dep_ == "prep" and child.lower_ == "with"
        for grand in child.children
        if grand.dep_ == "pobj"
    ]


def _governing_verb(verb: Token) -> Token | None:
    """The verb whose subject a verb with none of its own shares: the one it is joined to ("was
    hired and left", "wants to leave"), or, for a clause of time, manner or purpose with no
    subject, the verb it hangs on, through its preposition ("admitted ... after *missing* the
    cut"; "made a move to *beat* him")."""
    if verb.dep_ in _SHARES_SUBJECT:
        return verb.head if verb.head.i != verb.i else None
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in ("VERB", "AUX"):
        return verb.head.head
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.i != verb.i:
        return verb.head
    if verb.dep_ == "advcl" and verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return verb.head  # a purpose: "made a spin move to *beat* Talbot" (the one who made it beat him)
    return None


#: Pronouns that stand for a person named before them in their sentence ("Lee said *he* ...").
_PERSONAL = frozenset("he she him her himself herself".split())


def _antecedent(argument: Token) -> Token:
    """`argument`, or for "he" or "she", the person its sentence names as the subject of an
    earlier verb ("Ann Lee admitted *she* ..."): that name, when there is exactly one. A pronoun
    with no such name before it may stand for anyone (`ANYONE`)."""
    named = _named_subjects_before(argument)
    return named[0] if len(named) == 1 else argument


def _named_subjects_before(argument: Token) -> list[Token]:
    """For "he" or "she", the proper names its sentence makes the subjects of earlier verbs
    (not of its own verb); none for any other word."""
    if argument.lower_ not in _PERSONAL:
        return []
    return [
        t
        for t in argument.sent
        if t.i < argument.i and t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN" and t.head.i != argument.head.i
    ]


def _names(arguments: Iterable[Token]) -> Iterator[str]:
    """The proper names among `arguments` and the nouns joined to them by "and": each the run
    of proper nouns that makes the argument's head ("Sultan Ibrahim Ismail", the "Talos" of
    "Cisco's Talos unit"); a possessive ("Johor's") names someone else. A word for a person
    with names before it ("the FC Toronto striker") describes someone, who may be anyone: the
    names say where the person works or plays, not who it is; a description with a name in
    apposition ("his father, Jo Lee,") is that name."""
    for argument in arguments:
        for token in (argument, *argument.conjuncts):
            named = next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
            if token.pos_ == "NOUN" and named is not None:
                token = named  # "his father, Jimmie Scott, who complained": the name it gives
            parts = [c for c in token.children if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"]
            if token.pos_ == "PROPN":
                parts.append(token)
            if parts and token.pos_ == "NOUN" and names_a_person(token.lemma_.lower()):
                yield ANYONE  # "the FC Toronto striker", "an Air Force veteran": someone, not Toronto
            elif parts and token.pos_ == "NOUN" and all(is_adjective(t.lower_) for t in parts):
                yield ANYONE  # "the Welsh club": a club of Wales, which one the parse cannot say
            elif parts:
                yield " ".join(t.text for t in sorted(parts, key=lambda t: t.i))
            elif token.pos_ == "PRON":
                yield ANYONE


def _is_place(word: str) -> bool:
    """Whether `word` names a place: a country, region or state the gazetteer lists, or a town
    of the world atlas."""
    return word.lower() in PLACES or is_world_city(word)


def _negation_count(token: Token) -> int:
    """How many negations govern `token`: a "not", "never" or "n't" on it or on any word above
    it, and any verb above it that denies what it governs. A verb joined by "and" with a
    subject, auxiliary or negation of its own, or joined by "but", is a clause of its own: the
    negation of the verb it is joined to does not reach it ("may not be restored, and a woman
    died"; "would not pursue ... and would not allow": one negation each); nor does a verb that
    denies reach a verb joined to it ("refused to resign and promised to meet": she promised).
    A "no longer" negates its own verb only (`_no_longer`)."""
    count = _denied_subjects(token) + _denied_existence(token)
    node = token
    came_by_conj = False
    came_from = ""
    while True:
        count += sum(child.dep_ == "neg" or _negative_adverbial(child) for child in node.children)
        if node.i == token.i:
            count += any(_no_longer(child) for child in node.children)
        denies = node.lemma_.lower() in _NEGATING_VERBS and came_from not in _SUBJECT_PARTS
        if node.i != token.i and denies and not came_by_conj:
            # what it governs; not a verb joined to it ("refused to resign and promised"), nor
            # its subject ("the driver, *entering* the pit, avoided the barrier")
            count += 1
        if node.i != token.i and _keeps_from(node):
            count += 1  # "kept fans from *coming* together": they did not come
        if _set_aside(node):
            count += 1  # "*instead of complying*, he sued": he did not comply
        # A verb joined to it, or a finite verb the parse joined to the infinitive it governs
        # ("refused to resign and *promised* to meet": she promised).
        came_by_conj = node.dep_ == "conj" and (
            node.head.lemma_.lower() in _NEGATING_VERBS or (node.tag_ in _FINITE and node.head.tag_ == "VB")
        )
        if came_by_conj and node.head.lemma_.lower() not in _NEGATING_VERBS:
            node = node.head  # past the infinitive, to the verb that governs it
            came_by_conj = True
        if node.head.i == node.i or (node.dep_ == "conj" and _apart_from_head(node)) or _said_apart(node):
            return count
        if _quoted_after(node):
            return count
        came_from = node.dep_
        node = node.head


def _set_aside(verb: Token) -> bool:
    """Whether `verb` is the act "instead of" or "rather than" sets aside ("*instead of
    complying*, he filed a complaint", "rather than *resign*, he fought on", "chose to walk
    rather than *take* the bus"): English says with them that it was not done, as "not" does.
    Read from the words just before the verb, which the parse hangs in several ways."""
    if verb.pos_ not in ("VERB", "AUX") or verb.i < 2:
        return False
    before = verb.doc[verb.i - 2 : verb.i]
    return (before[0].lower_, before[1].lower_) in _SETTING_ASIDE


# The words that set aside the act after them.
_SETTING_ASIDE = frozenset({("instead", "of"), ("rather", "than")})


def _keeps_from(node: Token) -> bool:
    """Whether `node` is the "from" of a verb of `PREVENTING_VERBS` ("kept fans *from* coming",
    "barred *from* entering"), on the way up from the act it keeps someone from."""
    return node.dep_ == "prep" and node.lower_ == "from" and node.head.lemma_.lower() in PREVENTING_VERBS


def _quoted_after(node: Token) -> bool:
    """Whether `node`'s head is inside a quotation that opens after `node` ("Wood is keen for his
    side to regain form ... 'I don't think anyone switches off,' said Wood": a caption run into
    the quote with no full stop, which the parse hangs on "think"). Quoted words govern nothing
    said before the quotation, so a negation in it does not reach back."""
    head = node.head
    return head.i > node.i and any(t.tag_ == "``" for t in node.doc[node.i + 1 : head.i])


def is_negated(token: Token) -> bool:
    """Whether an odd number of negations govern `token` (see `_negation_count`)."""
    return _negation_count(token) % 2 == 1


def _denied_subjects(verb: Token) -> int:
    """1 when `verb`'s subject is denied by "no" or is a word for none ("*no* decision has been
    made", "nobody was hurt"), or `verb` says what a denied noun is for ("no reason to change
    it", "no plans to resign"), or what a copula says is impossible ("it was impossible to
    review them"): English negates the clause so, as "a decision has not been
    made" does with "not"; an object's "no" ("offered no evidence") is left to the word tests."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS | {"nsubjpass"}]
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and not subjects and _denied(verb.head):
        return 1  # "with *no* reason given": the noun a participle follows is its subject
    if verb.dep_ in ("xcomp", "advcl", "ccomp") and any(
        c.dep_ == "acomp" and c.lower_ in _DENYING_STATES for c in verb.head.children
    ):
        return 1  # "it would have been impossible for the FBI to *review* them": not reviewed
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if verb.dep_ in ("acl", "relcl") and infinitive and (verb.head.lower_ in _NONE_WORDS or _denied(verb.head)):
        return 1  # "found no reason to *change* it", "nothing to *change*": it is not changed
    for child in subjects:
        if child.lower_ in _NONE_WORDS or _denied(child):
            return 1
    return 0


def _denied_existence(verb: Token) -> int:
    """1 when `verb` says what a denied existential "there" says there is none of ("there has
    *never* been a case when delegates *overruled* the vote", "there is *no* one who *knows*"):
    English denies the relative clause so, as "delegates have never overruled the vote" does.
    An infinitive ("no reason to change it") is `_denied_subjects`'."""
    if verb.dep_ != "relcl" or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return 0
    noun = verb.head
    being = noun.head
    if noun.dep_ != "attr" or not any(c.dep_ == "expl" for c in being.children):
        return 0
    return (_negation_count(being) + (_denied(noun) or noun.lower_ in _NONE_WORDS)) % 2


def _denied(noun: Token) -> bool:
    """Whether "no" stands before `noun` ("no officer conduct issues": the parse may hang it on
    a word before the noun), or "neither" ("*neither* the current nor the previous minister was
    directed": neither was)."""
    return any(
        t.lower_ in _DENYING_DETERMINERS and t.dep_ in ("det", "neg", "preconj")
        for left in noun.lefts
        for t in left.subtree
    )


_DENYING_DETERMINERS = frozenset({"no", "neither"})


def _negative_adverbial(child: Token) -> bool:
    """Whether `child` of a verb is a phrase of time or manner that denies it: "*at no time* did
    I direct", "*in no way* involved", "*under no circumstances* will he resign". English
    negates a clause so, as with "never" or "not"; a "no" before another noun ("met with no
    opposition") denies only that noun."""
    if child.dep_ != "prep":
        return False
    return any(obj.dep_ == "pobj" and obj.lemma_.lower() in DENIED_WHEN and _denied(obj) for obj in child.children)


def _no_longer(child: Token) -> bool:
    """Whether `child` of a verb is "no longer" ("*no longer* charges for entry"), which the
    parse hangs on the verb as an adverb that carries the "no". It negates that verb, not what
    hangs below it: "will no longer oversee the course, to focus on his role" (the parse may hang
    the purpose on the verb) says he will focus on it."""
    return (
        child.dep_ == "advmod"
        and child.lower_ == "longer"
        and any(c.dep_ in ("neg", "det") and c.lower_ == "no" for c in child.children)
    )


# Subjects that deny the verb they are the subject of.
_NONE_WORDS = frozenset("nobody nothing none neither".split())


def _said_apart(clause: Token) -> bool:
    """Whether `clause` is one a negation above it does not reach: a relative clause ("the man
    who *came* did not stay"), a participle before its noun ("a review of newly *found* emails
    had not changed it"), a noun's clause with a subject of its own ("did not change its view that
    she should *face* charges"), an adverbial clause with a subject of its own ("it was not long before
    Fowler *came*"), one of time ("after *crashing*", "while *indicating*") or a participle put
    before its clause ("*Citing* privacy, he would not say"): each says its own fact, whatever
    the main clause denies."""
    if clause.dep_ in ("relcl", "amod"):
        return True  # also a participle before its noun: "had not changed ... newly *found* emails"
    if _inverted_condition(clause):
        return True  # "may not have substituted him *had he known*": the condition is its own clause
    if clause.dep_ == "acl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return True  # what a noun says: "did not change its view that she should *face* charges"
    if clause.dep_ == "pcomp" and clause.head.lower_ in _TIME_LINKS:
        return True  # "never made it to the grid after *crashing*": the crash happened
    if clause.dep_ != "advcl":
        return False
    fronted = clause.tag_ in ("VBG", "VBN") and clause.i < clause.head.i  # "*Citing* privacy, X would not ..."
    timed = any(c.dep_ == "mark" and c.lower_ in _TIME_LINKS for c in clause.children)
    return fronted or timed or any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) or _finite(clause)


def _finite(verb: Token) -> bool:
    """Whether `verb` carries its own tense, on itself or on an auxiliary ("... as he returns on
    Saturday Kompany *was sent* off": a run-on sentence the parse hangs on the clause before it,
    with its subject elsewhere): a finite clause states its own fact."""
    return verb.tag_ in _FINITE or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE | {"MD"} for c in verb.children
    )


# Words that join a clause of time to the one it dates: a negation of either does not reach the other.
_TIME_LINKS = frozenset("after before since while when once".split())


def _inverted_condition(clause: Token) -> bool:
    """Whether `clause` is a condition said by inverting its auxiliary and its subject ("*had*
    he known", "*were* it not", "*should* they lose"): a clause of its own, which the parse
    may hang on the main clause's verb, and a negation of that verb does not reach it."""
    if clause.dep_ == "ROOT" or any(c.dep_ == "mark" for c in clause.children):
        return False  # a question ("Had he known?"), or a clause its conjunction opens
    subjects = [c.i for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    inverted = [c.i for c in clause.children if c.dep_ in ("aux", "auxpass") and c.lower_ in _INVERTING]
    return bool(subjects and inverted) and min(inverted) < min(subjects)


# The auxiliaries English inverts with the subject to say "if": "had he known", "were she to go".
_INVERTING = frozenset({"had", "were", "should"})


def _apart_from_head(conjunct: Token) -> bool:
    """Whether a verb joined to another is a clause of its own (its own subject, auxiliary or
    negation) or set against it ("was not his fault *but* was his responsibility")."""
    return any(c.dep_ in _OWN_CLAUSE for c in conjunct.children) or any(
        c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in conjunct.head.children
    )


def _evidence(passage: Passage, claim: Claim) -> list[Predicate]:
    """The predicates of the passage's sentences (the claim's and theirs parsed together)."""
    source = passage.source
    sentences = [source.text[start:end] for start, end in passage.sentence_spans()]
    parse_together(" ".join(text.split()) for text in [*sentences, claim.text])
    return [predicate for sentence in sentences for predicate in predicates(sentence)]


def _same(claim_name: str, names: Iterable[str], article: str) -> bool:
    return any(
        name == ANYONE
        or same_entity(claim_name, name)
        or same_entity(claim_name, name, organization=True)
        or spelled_alike(_distinctive(claim_name), _distinctive(name))
        or written_together(claim_name, name, article)
        for name in names
    )


#: How long a word must be for one letter more or less to be a spelling of it, not another name
#: ("Trussel" for "Trussell"; never "Clark" for "Clarke").
_LONG_NAME = 7


def spelled_alike(first: list[str], second: list[str]) -> bool:
    """Whether the two lists share a word, up to one letter added or dropped in a long one (an
    article may misspell a name once)."""
    for a in first:
        for b in second:
            if a == b:
                return True
            short, long_ = sorted((a, b), key=len)
            if len(short) >= _LONG_NAME and len(long_) == len(short) + 1:
                if any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_))):
                    return True
    return False


def _distinctive(name: str) -> list[str]:
    """The words of a name that are not ordinary English words ("Sultan", "Bill", "Corp" are):
    two names that share one ("Talos", "Cisco Talos") may name one entity."""
    lowered = [w.strip(".,'’").lower() for w in name.split()]
    lowered = [w[:-2] if w.endswith(("'s", "’s")) else w for w in lowered]
    return [w for w in lowered if w and not is_dictionary_word(w)]


def doer_mismatch(claim: Claim, passage: Passage) -> str | None:
    """A name the claim puts in a part (doer, or done to) of a verb that the evidence gives
    someone else wherever it names who has that part (see the module docstring). A pronoun in
    that part may be anyone; a name the article writes together with the claim's ("Calgary
    Flames") may be the same entity, and a sentence that opens with "he" or "she" goes on about
    the person its referent sentence names as a doer (`_resolved_doers`)."""
    evidence = _resolved_doers(passage, claim)
    for said in predicates(claim.text):
        if said.light:
            continue
        same_verb = [p for p in evidence if p.keys & said.keys]
        if not same_verb:
            continue
        for part, claimed, given in (
            ("doer", said.doers, [p.doers for p in same_verb]),
            ("object", said.objects, [p.objects for p in same_verb]),
        ):
            named = [names for names in given if names]
            if part == "doer" and any(
                _same(name, names, passage.source.text) for name in said.other_doers for names in named
            ):
                continue  # the participle's other possible doer is the evidence's
            for name in claimed:
                if name == ANYONE or _is_title(name) or _described(name, claim.text):
                    continue
                if _in_sentence_of(name, said, passage) and not (
                    part == "doer" and _given_to_another_person(name, named)
                ):
                    continue
                if named and not any(
                    _same(name, names, passage.source.text)
                    or _affiliated(name, names, passage.source.text)
                    or _placed_alike(name, names, claim.text)
                    for names in named
                ):
                    other = next(n for names in named for n in names if n != ANYONE)
                    return f"{name} is not the {part} of {said.text!r} in the evidence ({other} is)"
    return None


def _resolved_doers(passage: Passage, claim: Claim) -> list[Predicate]:
    """`_evidence`, where a verb whose doer is only a pronoun, in a sentence that opens with "he"
    or "she" and goes on about someone named before (`SourceText.referent`), has for doers the
    names that sentence gives as doers, when it is the verb (or one joined to it) of that opening
    pronoun ("He suggested that *she* share ...": she is another): "At Centerview, Mr. Effron helped GE sell its lender.
    He helped conceive a plan ..." says Effron helped, never anyone the claim names instead. A
    doer that is "he" or "she" after two or more named subjects of its sentence is one of them
    (`Predicate.pronoun_doers`): "Clinton said Comey was at fault after he decided to send a
    letter" gives the letter to Clinton or Comey, never to a third person the claim names."""
    evidence = _evidence(passage, claim)  # parses the passage's sentences together
    source = passage.source
    resolved: list[Predicate] = []
    for index in passage.indices:
        start, end = source.spans[index]
        found = predicates(source.text[start:end])
        sentence = source.sentences[index]
        referent = source.referent(index) if sentence and sentence[0].lower in _PERSONAL else None
        if referent is not None:
            first, last = source.spans[referent]
            named = tuple(dict.fromkeys(n for p in predicates(source.text[first:last]) for n in p.doers if n != ANYONE))
            opener = parse(" ".join(source.text[start:end].split()))[0]
            verbs = {opener.head.text, *(t.text for t in opener.head.conjuncts)} if opener.dep_ == "nsubj" else set()
            if named and verbs:
                found = tuple(replace(p, doers=named) if p.doers == (ANYONE,) and p.text in verbs else p for p in found)
        elif sentence and sentence[0].lower == "the" and index > 0:
            found = _given_to_described(source, index, found)
        found = tuple(
            replace(p, doers=p.pronoun_doers) if p.doers == (ANYONE,) and p.pronoun_doers else p for p in found
        )
        resolved.extend(found)
    return resolved if len(resolved) == len(evidence) else evidence


#: How many sentences back a description opening a sentence ("The 23-year-old added ...") may
#: find the person it stands for.
_DESCRIBED_BACK = 2
_AGED = re.compile(r"The \d+-year-old\b")


def _given_to_described(source: SourceText, index: int, found: tuple[Predicate, ...]) -> tuple[Predicate, ...]:
    """`found`, the predicates of sentence `index`, where it opens with a description of a
    person ("The 23-year-old added that she had seen ...", "The singer was seen ..."): the verbs
    of that description (and of a "he" or "she" in a sentence that names no one) have for their
    part the people the `_DESCRIBED_BACK` sentences before name as doers, one of whom it is, as
    a reader takes it ("Ann Lee said ... The 23-year-old added ..."). No one named: unchanged."""
    start, end = source.spans[index]
    doc = parse(" ".join(source.text[start:end].split()))
    parts = _described_parts(doc)
    if not parts:
        return found
    people: list[str] = []
    for back in range(max(0, index - _DESCRIBED_BACK), index):
        first, last = source.spans[back]
        people.extend(n for p in predicates(source.text[first:last]) for n in p.doers if n != ANYONE)
    named = tuple(dict.fromkeys(people))
    if not named:
        return found
    changed = []
    for p in found:
        part = parts.get(p.text)
        if part == "doer" and p.doers in ((), (ANYONE,)):
            p = replace(p, doers=named)
        elif part == "object" and p.objects in ((), (ANYONE,)):
            p = replace(p, objects=named)
        changed.append(p)
    return tuple(changed)


def _described_parts(doc: Doc) -> dict[str, str]:
    """Per verb (its text), the part ("doer" or "object") that the description opening `doc`
    plays in it: "The 30-year-old singer could be seen" (object of "seen"), "The 23-year-old
    added" (doer; the parse may take "old" for an adjective of the verb), and the part of a
    "he" or "she" when the sentence names no one. Empty when it opens with no description of a
    person."""
    parts: dict[str, str] = {}
    subject = next((t for t in doc[1:9] if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.pos_ == "NOUN" and names_a_person(subject.lemma_.lower()):
        if any(t.dep_ == "appos" or t.pos_ == "PROPN" for t in subject.subtree):
            return {}  # "The chairman, Bo Kim, said": it names its own
        parts[subject.head.text] = "doer" if subject.dep_ == "nsubj" else "object"
    elif _AGED.match(doc.text):
        verb = next((t for t in doc[1:8] if t.pos_ == "VERB"), None)
        if verb is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return {}
        parts[verb.text] = "doer"
    else:
        return {}
    if not any(t.pos_ == "PROPN" for t in doc):
        for t in doc:
            if t.lower_ in ("he", "she") and t.dep_ in ("nsubj", "nsubjpass"):
                parts.setdefault(t.head.text, "doer" if t.dep_ == "nsubj" else "object")
    return parts


def _affiliated(claim_name: str, names: Iterable[str], article: str) -> bool:
    """Whether the article writes the claim's name just before one of `names`, with at most
    two words between, as the body that person speaks or acts for ("Crown prosecutor Michael
    Pilon", "Symantec's Kevin Haley"): the claim may give the act to the body ("the Crown
    called the conclusion bold")."""
    body = re.escape(without_possessive(claim_name))
    return any(
        name != ANYONE
        and re.search(rf"\b{body}(?:['’]s)?,?\s+(?:[a-z][\w-]*\s+){{0,2}}{re.escape(name)}\b", article) is not None
        for name in names
    )


def _placed_alike(claim_name: str, names: Iterable[str], claim_text: str) -> bool:
    """Whether the evidence's doer is a place ("an Abbotsford, B.C. couple that has been
    waiting": the parse names the couple by their town) that the claim gives its doer ("Kim
    and Clark Moran of Abbotsford, B.C., who have waited"): the people of that place the
    evidence speaks of are the ones the claim names. A name the claim places nowhere is not."""
    person = re.escape(claim_name)
    joined = r"(?:\s+and\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?"
    return any(
        name != ANYONE
        and _is_place(name)
        and re.search(
            rf"\b{person}\b{joined},?\s+(?:of|from)\s+(?:[A-Z][\w.'’-]*,?\s+){{0,3}}{re.escape(name)}",
            claim_text,
        )
        is not None
        for name in names
    )


def _given_to_another_person(name: str, named: list[tuple[str, ...]]) -> bool:
    """Whether every use of the verb gives its part to a full name (two words or more) that is
    not `name`'s: then that `name` is also in the sentence does not excuse it, for a parse may
    give the part to a description of the same one ("the Scot", "Royal Bank" for "RBS"), but
    not to another person's full name ("tennis great Billie Jean King")."""
    if not named or (name.isupper() and len(name) <= 5):
        return False
    return all(any(n != ANYONE and len(n.split()) >= 2 for n in names) for names in named)


def _described(name: str, claim: str) -> bool:
    """Whether the claim's "name" is one capitalised word for a kind of person after "the"
    ("the Frenchman", "the Spaniard"), singular: a description, since English gives a person's
    name no article; the article may give its part to the person's name. (A team's nickname
    is plural: "the Magpies" stays a name. Only the claim's: the evidence's "the Scot" is who
    it says.)"""
    lower = name.lower()
    return (
        " " not in name
        and not lower.endswith("s")
        and re.search(rf"\bthe\s+{re.escape(name)}\b", claim, re.IGNORECASE) is not None
        and names_a_person(lower)
    )


def _is_title(name: str) -> bool:
    """A claim's "name" that is a title or a role ("the Duchess", "the President"): the
    article may give its part to the person's name, which the parse cannot join to it."""
    return all(word.lower() in ROLE_NOUNS for word in name.split())


def _in_sentence_of(name: str, said: Predicate, passage: Passage) -> bool:
    """Whether an evidence sentence that uses the verb also names `name` (its last word): the
    parse may give the part to a description of the same one ("the Scot", "Royal Bank" for
    "RBS", which the sentence spells out), and a swap with someone of the same sentence is
    `actor_mismatch`'s to find."""
    surname = without_possessive(name.split()[-1].lower())
    acronym = name.isupper() and 2 <= len(name) <= 5
    source = passage.source
    for index, (start, end) in zip(passage.indices, passage.sentence_spans(), strict=True):
        sentence = source.sentences[index]
        named = surname in {w.lower for w in sentence} or (acronym and surname in initials_of([sentence]))
        if named and any(p.keys & said.keys for p in predicates(source.text[start:end])):
            return True
    return False


def negation_mismatch(claim: Claim, passage: Passage) -> str | None:
    """A verb the claim and its evidence share that is negated in one and not in the other,
    wherever the evidence uses it (see the module docstring)."""
    evidence = _evidence(passage, claim)
    contrasted = contrasts_others(claim)
    averse = averse_scope(claim.text)
    for said in predicates(claim.text):
        same_verb = (
            [p for p in evidence if p.keys & said.keys]
            or [p for p in evidence if _named_as_act(said, p)]
            or [p for p in evidence if _said_otherwise(said, p, passage.source.text)]
        )
        if said.light:
            # "take on Israel" is not "taken action against BDS": a light verb is the same
            # predicate where what completes it agrees, when the evidence has such a use.
            same_verb = [p for p in same_verb if p.completed_by & said.completed_by] or same_verb
        if contrasted and not said.negated:
            continue
        if not said.negated:
            # "skip GOP primaries" says the evidence's "do not vote in GOP primaries"
            same_verb = [p for p in same_verb if not (p.negated and p.completed_by & averse)]
        else:
            # "avoid sliding Raikkonen" (a headline's, without its "a") does not deny the act the
            # evidence's "avoided a sliding Raikkonen" names as a state of its noun
            same_verb = [p for p in same_verb if not p.attributive]
        if same_verb and all(p.negated != said.negated for p in same_verb):
            if said.negated:
                if denied_whole(claim, passage):
                    continue  # "none of the hostages were hurt" where "the hostages were unharmed"
                return f"the claim negates {said.text!r}, the evidence does not"
            return f"the evidence negates {same_verb[0].text!r}, the claim does not"
    return _object_negated(claim, evidence)


def _named_as_act(said: Predicate, given: Predicate) -> bool:
    """Whether one of the two is a light verb whose object names the other's act ("make a
    *decision*" and "decide"; "gave no *explanation*" and "explained"): one predicate, said
    with a verb or with its noun (`derived_lemmas`), negated or not alike."""
    for light, full in ((given, said), (said, given)):
        if light.light and not full.light:
            acts = derived_of(full.keys)
            if light.completed_by & acts:
                return True
    return False


def _said_otherwise(said: Predicate, given: Predicate, article: str) -> bool:
    """Whether the evidence's verb is a synonym of the claim's ("answered" for "responded") that
    something of what completes it agrees with ("... Calderon's remarks"), of the same doer when
    both name one: the same act in other words, where the evidence has no verb of the claim's
    own."""
    synonyms = frozenset().union(*(related_lemmas(k, wider=False) for k in said.keys if not k.startswith("~")))
    if said.light or given.light or not synonyms & given.keys or not said.completed_by & given.completed_by:
        return False
    named = [d for d in said.doers if d != ANYONE]
    return not (named and given.doers) or any(_same(d, given.doers, article) for d in named)


def contrasts_others(claim: Claim) -> bool:
    """Whether the claim sets its subject against others ("Unlike most printers, which require
    1,000 copies, X will print one"): it then says what its evidence denies of them."""
    return any(w.lower in _CONTRASTING for w in claim.words)


# Words by which a claim sets one thing against another.
_CONTRASTING = frozenset({"unlike", "instead", "rather", "whereas"})
_AVERSE = _NEGATING_VERBS | AVERSE_VERBS


def _object_negated(claim: Claim, evidence: list[Predicate]) -> str | None:
    """What the claim says was done to a thing ("has drawn more *fanfare*") that the evidence
    says, in another verb, was not ("hasn't seen as much *fanfare*"), and never says was. A
    claim's verb that itself says "not" ("avoid a deal", "rule out a deal") agrees with it."""
    said = predicates(claim.text)
    if any(p.negated for p in said):
        return None
    stated = frozenset().union(*(p.acted_on for p in said if not p.keys & _AVERSE))
    verbs = frozenset().union(*(p.keys for p in said))
    # A verb the claim shares is `negation_mismatch`'s, which weighs each of its uses.
    others = [p for p in evidence if not p.keys & verbs]
    denied = frozenset().union(*(p.acted_on for p in others if p.negated))
    affirmed = frozenset().union(*(p.acted_on for p in evidence if not p.negated))
    shared = (stated & denied) - affirmed
    if shared:
        verb = next(p for p in others if p.negated and p.acted_on & shared)
        return f"the evidence negates {verb.text!r} on what the claim says was done"
    return None


# Prepositions that place an event: the place they name is the evidence's own, never a
# neighbour's (a pronoun may refer back to a person named before; "there" is no place name).
_PLACING = frozenset("in at from near outside inside across into throughout".split())


def place_mismatch(claim: Claim, passage: Passage) -> str | None:
    """A place the claim puts its event in ("in Milton") that its evidence sentences do not name
    (the name test allows a name from the sentences around, where "she" refers back to)."""
    written = " ".join(passage.source.text[start:end] for start, end in passage.sentence_spans())
    for token in parse(claim.text):
        if token.dep_ != "pobj" or token.pos_ != "PROPN" or token.head.text.lower() not in _PLACING:
            continue
        word = token.text.lower()
        if token.text in written or word in TEMPORAL_WORDS:  # "U.S.", which its words split; "in November"
            continue
        if word not in passage.lowers and not (token.text.isupper() and word in initials_of(passage.sentences)):
            return f"the place {token.text!r} is not in the evidence"
    return None


def agent_mismatch(claim: Claim, passage: Passage) -> str | None:
    """A doer the claim gives its passive verb ("was knocked over *by a snowplow*") that its
    evidence does not mention in any words: an invented cause reads most often so. (A named
    agent is the name test's; this is for the common nouns it does not see.)"""
    claim_words = {w.start: w for w in claim.words}
    for token in parse(claim.text):
        if token.dep_ != "pobj" or token.head.dep_ != "agent":
            continue
        if token.pos_ == "PROPN":
            # "... but was overruled *by Clinton*": an act the claim gives a named doer must be in
            # the evidence (in any words), or the person is given an act the article never states.
            verb = claim_words.get(token.head.head.idx)
            if verb is not None and is_event_verb(verb.lower) and not passage.holds(verb):
                return f"what the claim says {token.text} did ({verb.text!r}) is not in the evidence"
            continue
        if token.pos_ != "NOUN":
            continue
        # The agent's noun and the nouns compounded with it ("a *truck* weeks", "riot *police*").
        phrase = [
            t
            for t in (token, *token.children)
            if t is token or (t.dep_ in ("compound", "amod", "nmod") and t.pos_ == "NOUN")
        ]
        said = [w for t in phrase if (w := claim_words.get(t.idx)) is not None and is_content(w)]
        if said and not any(passage.holds(w) for w in said):
            return f"the doer {said[0].text!r} (by {said[0].text}) is not in the evidence"
    return None
