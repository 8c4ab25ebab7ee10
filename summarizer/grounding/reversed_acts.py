"""Whether the article says the claim's act the other way round, by the opposite word, of the same
doer and the same circumstances: "Tesla shares *fell* on the day Musk tweeted that he had
funding" is backed by the sentence on the tweet, and a sentence far below it says "Tesla's stock
price *rose* six per cent on the day of Musk's tweet about having that funding"; "Muslim
advocates *criticized* the nomination" where the article says "Muslim advocates *hailed* the
nomination". Every word of the claim but the verb may be in the backing passage, so the tests of
one passage see nothing; `contradictions` runs this test on the other passages, and the claim
check on the backing one too.

The opposite test of `claim_polarity` refuses faithful claims when run on every passage: a
long article says "rose" and "fell" of many things. So a reversal must be shown, not guessed:

- the claim's word (a verb, or what a copula says of its subject: "was *unhappy*") is said
  plainly (no negation, no modal), and the other sentence's word is its opposite, said plainly
  too (`opposed`);
- of the same doer: the subjects share a name ("Tesla shares", "Tesla's stock price"), or the
  other says every word of the claim's ("advocates", "Muslim advocates");
- in the same circumstances: the other sentence holds most of the content words the claim says
  with its word besides the subject (`_SAME_SCENE` of them, and at least `_LEAST_WORDS`), or the
  two act on the same thing (the head of the object: "criticized Qureshi's *nomination*",
  "hailed Qureshi's *nomination*"); a word said with no object ("Kasich *resisted*:") acts on
  what the sentence before names, which is read with it;
- and the claim is given the benefit of the doubt: no sentence of that passage also says the
  claim's word, and the claim does not say the opposite itself.

Two words are opposed (`opposed`) when one is an opposite of the other (`polarity.OPPOSITES`,
WordNet's antonyms of the word itself), or a kind of such an opposite ("hailed" is a way to
"praise", WordNet's antonym of "criticize"; "resisted" may be to "dissent", the antonym of
"agree"), or when the two stand at the two ends of one of the closed scales of `STANCES`: assent
and refusal, approval and disapproval, success and failure."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from summarizer.grounding.claims import Claim, Passage
from summarizer.grounding.lemmas import STOPWORDS, token_keys
from summarizer.grounding.polarity import OPPOSITES
from summarizer.grounding.structure import is_negated
from summarizer.grounding.synonyms import kinds_of, opposite_lemmas
from summarizer.text.parse import parse, parse_together

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["STANCES", "opposed", "reversed_act_mismatch"]

# Of the content words the claim says with its verb (besides the subject), the share the other
# sentence must hold; and the fewest that make the circumstances of an act.
_SAME_SCENE = 0.67
_LEAST_WORDS = 3
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_CONTENT = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})
# What an act is done to: its object, and what its preposition or the verb it takes governs.
_OBJECTS = frozenset({"dobj", "attr", "oprd"})

#: The closed scales news reports turn on, each as its two ends: what someone says of a proposal
#: (assent or refusal), of another's act (approval or disapproval), and how a plan turned out.
#: A word at one end said where the article says the other, of the same doer and thing, reverses
#: the claim ("agreed to issue an order" where "Kasich resisted"; "welcomed the decision" where
#: "was unhappy that the race was stopped").
STANCES: tuple[tuple[frozenset[str], frozenset[str]], ...] = (
    (
        frozenset("agree accept comply concede consent accede acquiesce relent yield obey approve".split()),
        frozenset("refuse reject decline resist defy rebuff spurn veto oppose dispute disobey".split()),
    ),
    (
        frozenset(
            "welcome praise hail applaud commend laud celebrate cheer endorse embrace happy pleased glad "
            "delighted satisfied thrilled grateful".split()
        ),
        frozenset(
            "criticize criticise condemn denounce decry deplore slam blast lambaste rebuke unhappy displeased "
            "dissatisfied angry upset furious disappointed frustrated".split()
        ),
    ),
    (
        frozenset("succeed work prevail triumph".split()),
        frozenset("fail backfire flop falter founder misfire collapse".split()),
    ),
)
# Verbs whose particle makes them another word ("paid off" is a success, "paid" is not).
_PHRASAL = {("pay", "off"): "succeed", ("pan", "out"): "succeed", ("fall", "through"): "fail"}
# The parse's classes, as WordNet files them.
_WORD_CLASSES = {"VERB": "verb", "ADJ": "adj"}


@dataclass(frozen=True)
class _Act:
    """A word said plainly of a subject (a verb, or what a copula says the subject is): its
    lemma, its class, the subject's content lemmas, the content lemmas of the rest of what it
    says, and of the heads of what it acts on."""

    word: Token
    lemma: str
    pos: str
    doer: frozenset[str]
    scene: tuple[frozenset[str], ...]
    objects: frozenset[str]
    #: The lemmas of the names in the subject ("Tesla" of "Tesla shares").
    named: frozenset[str] = frozenset()

    def same_doer(self, other: _Act) -> bool:
        """Whether the two subjects may be one: they share a name ("Tesla shares", "Tesla's stock
        price"), or the other says every word of this one ("advocates", "Muslim advocates");
        "rival groups" are not "civil rights groups"."""
        return bool(self.named & other.named) or (bool(self.doer) and self.doer <= other.doer)


def reversed_act_mismatch(claim: Claim, passage: Passage) -> str | None:
    """A word of the claim that a sentence of `passage` says the other way round (its opposite),
    of the same doer and in the same circumstances, and never the claim's way (see the module
    docstring)."""
    mine = [act for act in _acts(parse(claim.text)) if act.doer and (len(act.scene) >= _LEAST_WORDS or act.objects)]
    if not mine:
        return None
    claim_lemmas = frozenset(k for t in parse(claim.text) for k in token_keys(t))
    sentences = passage.plain_sentences()
    parse_together(sentences)
    docs = [parse(sentence) for sentence in sentences]
    passage_lemmas = frozenset(k for doc in docs for t in doc for k in token_keys(t))
    words = [frozenset(k for t in doc if t.is_alpha or t.like_num for k in token_keys(t)) for doc in docs]
    for act in mine:
        if token_keys(act.word) & passage_lemmas:
            continue
        for at, doc in enumerate(docs):
            for other in _acts(doc):
                if not act.same_doer(other) or other.lemma in claim_lemmas:
                    continue
                if not opposed(act.lemma, act.pos, other.lemma, other.pos):
                    continue
                said = words[at] if other.objects or at == 0 else words[at] | words[at - 1]
                held = sum(bool(keys & said) for keys in act.scene)
                same_thing = bool(act.objects & other.objects)
                if same_thing or (len(act.scene) >= _LEAST_WORDS and held >= _SAME_SCENE * len(act.scene)):
                    return f"{act.word.text!r} here, but {other.word.text!r} in the article"
    return None


def opposed(first: str, first_pos: str, second: str, second_pos: str) -> bool:
    """Whether two words (lemmas, of WordNet's classes "verb" or "adj") say opposite things (see
    the module docstring)."""
    if _opposite(first, first_pos, second, second_pos) or _opposite(second, second_pos, first, first_pos):
        return True
    return any((first in one and second in other) or (first in other and second in one) for one, other in STANCES)


def _opposite(word: str, pos: str, other: str, other_pos: str) -> bool:
    """Whether `other`, or a kind of act it is (`kinds_of`), is an opposite of `word`. Not when
    either is a kind of the other ("handed" is a way to "give", and in another sense to "take",
    the opposite of "give"), nor through an opposite that is also a kind of `word` ("followed"
    is a way to "go", the opposite of "come"; but "came" is a way to "go" too): WordNet's most
    general verbs are kinds of nearly everything."""
    antonyms = opposite_lemmas(word, pos)
    if other in antonyms or other in OPPOSITES.get(word, frozenset()):
        return True
    # WordNet's antonyms only: the project's pairs are of words as news uses them ("won" and
    # "defeated", where "beat" is a kind of "defeat" and says "won")
    kinds, own_kinds = kinds_of(other, other_pos), kinds_of(word, pos)
    return bool((kinds & antonyms) - own_kinds) and word not in kinds and other not in own_kinds


def _acts(doc: Doc) -> Iterator[_Act]:
    """Each word of `doc` said plainly (no negation, no modal) of a subject: a verb, or the
    adjective a copula gives its subject ("Hamilton was *unhappy*")."""
    for token in doc:
        if token.pos_ == "VERB":
            verb, word = token, token
        elif token.pos_ == "ADJ" and token.dep_ == "acomp" and token.head.lemma_ == "be":
            verb, word = token.head, token
        else:
            continue
        if is_negated(verb) or is_negated(word) or any(c.tag_ == "MD" for c in verb.children):
            continue
        subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
        if not subjects:
            continue
        doer_tokens = {t.i for s in subjects for t in s.subtree}
        doer = frozenset(k for i in doer_tokens if _content(doc[i]) for k in token_keys(doc[i]))
        named = frozenset(k for i in doer_tokens if doc[i].pos_ == "PROPN" for k in token_keys(doc[i]))
        around = [t for t in verb.subtree if t.i not in doer_tokens and t.i not in (verb.i, word.i)]
        scene = tuple(token_keys(t) for t in around if _content(t))
        yield _Act(word, _lemma(word), _WORD_CLASSES[word.pos_], doer, scene, _acted_on(word), named)


def _lemma(word: Token) -> str:
    """`word`'s lemma, or the one word its particle makes it ("paid off": "succeed")."""
    lemma = word.lemma_.lower()
    particles = [c.lower_ for c in word.children if c.dep_ == "prt"]
    return next((_PHRASAL[(lemma, p)] for p in particles if (lemma, p) in _PHRASAL), lemma)


def _acted_on(word: Token) -> frozenset[str]:
    """The lemmas of the heads of what `word` acts on: its object and the words joined to it by
    "and" ("lacks the strength or the stamina"), or the object of the verb it takes ("agreed to
    issue an *order*")."""
    heads = [c for c in word.children if c.dep_ in _OBJECTS and c.pos_ in ("NOUN", "PROPN")]
    taken = [c for c in word.children if c.dep_ == "xcomp"]
    heads += [o for t in taken for o in t.children if o.dep_ in _OBJECTS and o.pos_ in ("NOUN", "PROPN")]
    return frozenset(k for head in heads for t in (head, *head.conjuncts) for k in token_keys(t))


def _content(token: Token) -> bool:
    return token.pos_ in _CONTENT and token.lower_ not in STOPWORDS and (token.is_alpha or token.like_num)
