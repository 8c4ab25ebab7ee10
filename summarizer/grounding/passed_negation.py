"""Whether the evidence denies what a claim states through a word whose negation passes down to
the clause it governs: "I don't *think* there's a linguistic divide" against "the province is
split along linguistic lines"; "it's not *trying* to be too dark or edgy" against "the film
leans too dark and edgy"; "there were *no plans* for an initial public offering" against "they
are preparing an initial public offering". The claim's verb is not the evidence's ("split" for
"think"), so the tests of a shared verb (`structure.negation_mismatch`) and of a negation's
nearest word (`claim_polarity`) do not meet; what the two share is the governed clause, stated
plainly in the claim and denied from above in the evidence.

Three kinds of word pass their negation down, and only these (a careful reader's, and the
grammar books', lists):

- verbs of opinion and seeming ("think", "believe", "feel like", "seem"): English says "I think
  it is not so" as "I don't think it is so". Held to the present tense: a past opinion may have
  been proved wrong since ("did not think they would win", of a team that won);
- verbs of trying and managing ("try", "manage", "bother", "dare"): "did not manage to finish"
  says it was not finished, and so does "tried in vain to finish" ("to no avail", "unsuccessfully");
- nouns of intent and sign after "no" ("no plans for", "no intention of", "no sign of");
- and, with no negation at all, the verbs and phrases that say what they govern was not done:
  "ruled out raising taxes", "declined to endorse", "refrained from criticising", "avoided",
  "fell short of an agreement" (unless negated themselves: "did not rule out" denies nothing).

A verb of feeling or knowing that presupposes its clause is never one of them: "wasn't surprised
by the collapse" says the collapse happened (the trap a broader test fell into), and what is
known is `knowledge`'s. The claim is held to it only where it states the clause plainly: no
negation, no verb of avoiding, no contrast, no "may" or "could", and the evidence is given the
benefit of the doubt: a clause it also states where no negation reaches keeps the claim."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from summarizer.grounding.claims import Claim, Passage, synonym_keys
from summarizer.grounding.lemmas import STOPWORDS, token_keys
from summarizer.grounding.polarity import AVERSE_VERBS, negations
from summarizer.grounding.structure import PREVENTING_VERBS, contrasts_others, is_negated
from summarizer.grounding.synonyms import related_lemmas
from summarizer.text.parse import parse, parse_together

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["DENYING_VERBS", "OPINION_VERBS", "TRYING_VERBS", "passed_negation_mismatch"]

#: Verbs of opinion and seeming whose negation English moves up from the clause they govern.
OPINION_VERBS = frozenset("think believe feel seem appear suppose reckon look sound".split())
#: Verbs of trying and managing: what they govern is not done when they are negated.
TRYING_VERBS = frozenset("try manage bother dare attempt".split())
#: Verbs that say, with no negation, that what they govern was not done ("ruled out raising
#: taxes", "declined to endorse"); "short" is "fell short of" and "stopped short of".
DENYING_VERBS = frozenset("avoid refrain decline forgo shun rule".split())
_SHORT_OF = frozenset({"fall", "stop"})
# Nouns of intent and sign: "no plans for X", "no sign of X" deny X.
_INTENT_NOUNS = frozenset("plan intention intent sign indication".split())
# How a verb governs the clause it passes its negation to; and a noun, the phrase it does.
_VERB_CLAUSES = frozenset({"ccomp", "xcomp"})
_NOUN_PHRASES = frozenset({"acl", "prep", "ccomp"})
_NOUN_LINKS = frozenset({"for", "of", "to"})
# What the clause says of its subject, not the subject itself, and not a clause of its own in it.
_NOT_OF_IT = frozenset({"nsubj", "nsubjpass", "expl", "relcl", "advcl", "parataxis", "cc"})
_PRESENT = frozenset({"VBZ", "VBP"})
# Words of a claim that keep it from stating a clause plainly.
_UNSURE = frozenset("may might could whether if".split())
_NEGATIVE_WORDS = frozenset("no not never nothing none without".split())
# Of the content words of the denied clause, the share the claim must state.
_SAME_CLAUSE = 0.67
_LEAST_WORDS = 2  # a clause of fewer content words is too little to be the claim's statement


def passed_negation_mismatch(claim: Claim, passage: Passage) -> str | None:
    """A clause the evidence denies from above by a word in `OPINION_VERBS`, `TRYING_VERBS` or a
    noun of intent after "no", which the claim states plainly and no other clause of the
    evidence states (see the module docstring)."""
    if not _states_plainly(claim):
        return None
    says = frozenset(k for w in claim.content for k in w.keys | synonym_keys(w))
    sentences = passage.plain_sentences()
    parse_together(sentences)
    docs = [parse(sentence) for sentence in sentences]
    denied = [(word, clause) for doc in docs for word, clause in _denied_clauses(doc)]
    claimed = frozenset(k for w in claim.words for k in w.keys)
    for word, clause in denied:
        if token_keys(word) & claimed:
            continue  # "was trying to trace him": the claim says the word too, the shared verb's tests weigh it
        said = [t for t in clause if token_keys(t) & says]
        if len(clause) < _LEAST_WORDS or len(said) < _SAME_CLAUSE * len(clause):
            continue
        if _stated_elsewhere(clause, docs, denied):
            continue
        words = " ".join(t.text for t in clause)
        return f"the evidence denies {words!r} with {_negated_phrase(word)!r}, the claim states it"
    return None


def _states_plainly(claim: Claim) -> bool:
    """Whether the claim states what it says with no negation, no verb of avoiding ("ruled out
    an offering"), no contrast ("rather than") and nothing that makes it a possibility."""
    if negations(claim.words) or contrasts_others(claim) or any(w.lower in _UNSURE for w in claim.words):
        return False
    return not any(t.pos_ == "VERB" and (_averse(t.lemma_.lower()) or _prevents(t)) for t in parse(claim.text))


def _prevents(verb: Token) -> bool:
    """Whether a claim's verb keeps someone from an act ("seeing him suffer *kept* him *from* ever
    trying alcohol", "*barred* them *from* entering"): the act is denied, as the evidence's
    "avoid ever trying alcohol" denies it."""
    if verb.lemma_.lower() not in PREVENTING_VERBS:
        return False
    froms = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"]
    return any(_opens_on_an_act(p) for p in froms)


def _opens_on_an_act(preposition: Token) -> bool:
    """Whether the phrase after "from" opens, past adverbs, on a verb's -ing form ("from ever
    *trying*"), which the parse may hang on a noun; "kept the money from the sale" keeps it."""
    after = [t for t in preposition.subtree if t.i > preposition.i and t.pos_ != "ADV"]
    return bool(after) and after[0].tag_ == "VBG"


def _averse(lemma: str) -> bool:
    """Whether a verb of the claim says, itself or as a synonym of one, that something was not
    done ("ruled out", "escaped a recession": "miss")."""
    averse = AVERSE_VERBS | DENYING_VERBS
    return lemma in averse or bool(related_lemmas(lemma, wider=False) & averse)


def _denied_clauses(doc: Doc) -> Iterator[tuple[Token, list[Token]]]:
    """(the word that passes a negation down, the content words of the clause it governs) for
    each such word of a parsed evidence sentence that is negated, and whose clause carries no
    negation of its own (two negations affirm it)."""
    for token in doc:
        lemma = token.lemma_.lower()
        if token.pos_ in ("VERB", "AUX") and lemma in OPINION_VERBS | TRYING_VERBS:
            failed = lemma in TRYING_VERBS and _came_to_nothing(token)
            if not (is_negated(token) or failed) or _modal(token):
                continue
            if lemma in OPINION_VERBS and not _present(token):
                continue  # "did not think they would win": a past opinion may be proved wrong
            heads = [c for c in token.children if c.dep_ in _VERB_CLAUSES]
        elif token.pos_ == "VERB" and (lemma in DENYING_VERBS or lemma in _SHORT_OF):
            if is_negated(token) or _modal(token):
                continue  # "did not rule out raising taxes": it may be done
            heads = _denied_by_verb(token)
        elif token.pos_ == "NOUN" and lemma in _INTENT_NOUNS and _denied_noun(token):
            heads = [c for c in token.children if c.dep_ in _NOUN_PHRASES]
            heads = [h for h in heads if h.dep_ != "prep" or h.lower_ in _NOUN_LINKS]
        else:
            continue
        for head in heads:
            own = _own_words(head)
            if any(t.dep_ == "neg" or t.lower_ in _NEGATIVE_WORDS or t.lower_ in ("whether", "if") for t in own):
                continue
            content = [t for t in own if t.is_alpha and t.lower_ not in STOPWORDS and t.pos_ not in ("AUX", "PRON")]
            yield token, content


def _came_to_nothing(verb: Token) -> bool:
    """Whether a verb of trying is said to have failed with no negation: "tried *in vain*",
    "tried *unsuccessfully*", "has been trying ... but *to no avail*", "tried *without success*".
    The words may hang on the verb or, after it, on a verb above it (the parse hangs ", but to no
    avail" on "said" in "said it had been trying to trace him, but to no avail"); never on another
    verb's clause."""
    above = {verb.i, *(a.i for a in verb.ancestors)}
    for word in verb.doc:
        if not (word.lower_ in _FRUITLESS or (word.lower_ == "success" and word.head.lower_ == "without")):
            continue
        governing = next((a for a in word.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if governing is not None and governing.i in above and (governing.i == verb.i or word.i > verb.i):
            return True
    return False


# The words that say an attempt came to nothing ("in vain", "to no avail").
_FRUITLESS = frozenset("vain avail unsuccessfully fruitlessly vainly".split())


def _denied_by_verb(verb: Token) -> list[Token]:
    """What a verb of `DENYING_VERBS` says was not done: its object or the verb it takes
    ("ruled out *raising* taxes", "avoided a *recession*", "refrained from *criticising*"); for
    "fell short of" and "stopped short of", what follows "of". "Rule" only with "out" ("ruled
    out"); "ruled on the case" denies nothing."""
    lemma = verb.lemma_.lower()
    if lemma in _SHORT_OF:
        shorts = [c for c in verb.children if c.lower_ == "short"]
        ofs = [p for short in shorts for p in short.children if p.dep_ == "prep" and p.lower_ == "of"]
        return [o for p in ofs for o in p.children if o.dep_ in ("pobj", "pcomp")]
    if lemma == "rule" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return []
    heads = [c for c in verb.children if c.dep_ in ("xcomp", "dobj", "ccomp")]
    froms = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"]
    return heads + [o for p in froms for o in p.children if o.dep_ in ("pobj", "pcomp")]


def _own_words(head: Token) -> list[Token]:
    """The words of the clause or phrase `head` opens, without its subject and the clauses of
    their own within it ("a lame-duck presidency [which has given up]")."""
    own = [head]
    stack = [c for c in head.children if _of_it(c)]
    while stack:
        token = stack.pop()
        own.append(token)
        stack.extend(c for c in token.children if _of_it(c))
    return sorted(own, key=lambda t: t.i)


def _of_it(child: Token) -> bool:
    """Whether `child` belongs to its head's clause: not its subject, nor a clause of its own (a
    verb joined by "and" is one; a word joined so, "dark or *edgy*", is not)."""
    return child.dep_ not in _NOT_OF_IT and not (child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"))


def _denied_noun(noun: Token) -> bool:
    """Whether "no" stands before `noun` ("no plans"), or "any" under a negated verb ("did not
    have any plans")."""
    determiners = {c.lower_ for c in noun.children if c.dep_ in ("det", "neg")}
    return "no" in determiners or ("any" in determiners and noun.head.pos_ in ("VERB", "AUX") and is_negated(noun.head))


def _modal(verb: Token) -> bool:
    """Whether a modal governs `verb` ("would not dare"): what would be, not what is."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _present(verb: Token) -> bool:
    """Whether `verb` is in the present tense, itself or by its auxiliary ("doesn't feel")."""
    if verb.tag_ in _PRESENT:
        return True
    return verb.tag_ in ("VB", "VBG") and any(c.dep_ == "aux" and c.tag_ in _PRESENT for c in verb.children)


def _stated_elsewhere(clause: list[Token], docs: list[Doc], denied: list[tuple[Token, list[Token]]]) -> bool:
    """Whether the evidence also states most of `clause`'s words where no negation reaches them
    and no word of `denied` governs them ("I don't think it will rain, but the forecast says rain
    will fall" keeps "it will rain")."""
    inside = {(id(t.doc), t.i) for _, words in denied for t in words}
    plain: set[str] = set()
    for doc in docs:
        for token in doc:
            if (id(doc), token.i) not in inside and token.is_alpha and not is_negated(token):
                plain |= token_keys(token)
    return sum(bool(token_keys(t) & plain) for t in clause) >= _SAME_CLAUSE * len(clause)


def _negated_phrase(word: Token) -> str:
    """The negation and the word it passes down from, as the evidence writes them ("don't think",
    "ruled out", "fell short")."""
    negation = [c for c in word.children if c.dep_ in ("neg", "prt") or c.lower_ in ("no", "short")]
    return " ".join(t.text for t in sorted([*negation, word], key=lambda t: t.i))
