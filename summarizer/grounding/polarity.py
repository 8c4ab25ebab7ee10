"""Whether a claim says the same thing *or its opposite*: negation words and their scope, and
the small closed set of opposite pairs news reports turn on (rose/fell, won/lost, approved/
rejected). Word overlap cannot see these: "did not approve" shares every word with "approved"."""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.grounding.lemmas import Word, is_content, lemma_keys
from summarizer.grounding.synonyms import opposite_lemmas
from summarizer.text.parse import parse, token_at

__all__ = [
    "AVERSE_VERBS",
    "DENIED_WHEN",
    "FUNCTION_NEGATIONS",
    "OPPOSITES",
    "aimed_at",
    "averse_scope",
    "negated_at",
    "negations",
    "opposite_in",
    "verb_of_negated_subject",
    "word_class",
]

#: The negations that are words of their own ("not", "no", "never"), not verbs that deny.
FUNCTION_NEGATIONS = frozenset("not no never none nothing nobody neither nor without cannot".split())
_NEGATIONS = FUNCTION_NEGATIONS | frozenset(
    "deny denied denies denying reject rejected rejects rejecting refuse refused refuses refusing fail failed "
    "fails failing unable impossible dismiss dismissed dismisses".split()
)
# Words the scope of a negation skips to reach what it negates ("did not *immediately* say").
_SCOPE_SKIP = frozenset(
    "be is are was were been being have has had do does did to a an the any immediately yet ever been "
    "always also even that this these those it its their his her they he she we really actually necessarily quite "
    "fully entirely exactly whole lot of much many great deal appear appears appeared seem seems seemed longer".split()
)
_SCOPE = 4  # words after a negation within which its predicate is looked for
_SKIPPED_SCOPE = 7  # the same, when the words between are all ones the scope skips

#: Verbs that say, without a negation, that something was not done or had: "avoid a deal",
#: "rule out a deal" and "skip the primaries" agree with "would not pursue a deal" and "do not
#: vote in the primaries".
AVERSE_VERBS = frozenset(
    "avoid rule reject oppose block ban bar cancel stop end drop abandon halt scrap veto resist "
    "decline prevent lose miss lack skip quit deny refuse fail forgo shun withdraw".split()
)

_PAIRS = (
    ("rise", "fall"),
    ("rise", "drop"),
    ("rise", "decline"),
    ("increase", "decrease"),
    ("increase", "cut"),
    ("increase", "reduce"),
    ("gain", "loss"),
    ("gain", "lose"),
    ("win", "lose"),
    ("win", "defeat"),
    ("victory", "defeat"),
    ("higher", "lower"),
    ("high", "low"),
    ("more", "less"),
    ("more", "fewer"),
    ("approve", "reject"),
    ("accept", "reject"),
    ("support", "oppose"),
    ("support", "against"),
    ("agree", "disagree"),
    ("allow", "ban"),
    ("allow", "forbid"),
    ("open", "close"),
    ("guilty", "innocent"),
    ("convict", "acquit"),
    ("confirm", "deny"),
    ("admit", "deny"),
    ("acknowledge", "deny"),
    ("include", "exclude"),
    ("before", "after"),
    ("start", "end"),
    ("begin", "end"),
    ("hire", "fire"),
    ("buy", "sell"),
    ("import", "export"),
    ("strengthen", "weaken"),
    ("tighten", "loosen"),
    ("tighten", "ease"),
    ("expand", "shrink"),
    ("succeed", "fail"),
    ("up", "down"),
    ("best", "worst"),
    ("largest", "smallest"),
    ("positive", "negative"),
    ("legal", "illegal"),
    ("responsive", "dismissive"),
    ("alive", "dead"),
    ("survive", "die"),
    ("arrive", "leave"),
    ("join", "leave"),
    ("raise", "lower"),
    ("raise", "cut"),
    ("welcome", "criticise"),
    ("welcome", "criticize"),
    ("praise", "criticise"),
    ("praise", "criticize"),
    ("ally", "rival"),
    ("first", "last"),
    # standings: who "trails" is not "ahead", nor in the lead
    ("trail", "ahead"),
    ("trail", "lead"),
    # rulings: a challenge or appeal "upheld" is not one denied, rejected or overturned
    ("uphold", "deny"),
    ("uphold", "reject"),
    ("uphold", "overturn"),
)
OPPOSITES: dict[str, frozenset[str]] = {}
for _a, _b in _PAIRS:
    OPPOSITES[_a] = OPPOSITES.get(_a, frozenset()) | {_b}
    OPPOSITES[_b] = OPPOSITES.get(_b, frozenset()) | {_a}


def negations(text_words: Sequence[Word], *, yet_to: bool = False) -> list[tuple[int, Word | None]]:
    """Each negation in `text_words` as (index, the content word it negates or None): "did not
    *approve*", "*denied* ... " negates itself as its own predicate when nothing follows. With
    `yet_to`, also the "yet" of "is yet to" ("is yet to make a *decision*", past the light verb
    to the act it names): read so in an evidence sentence, against a claim that says the act
    was done; a claim's "has yet to be built" may be a reader's inference from "there has to
    be trust built", and is not held to a negation in its evidence."""
    found = []
    for i, word in enumerate(text_words):
        if word.lower in _NEGATIONS or word.lower.endswith("n't"):
            found.append((i, _predicate(text_words, i + _adverbial_noun(text_words, i))))
        elif yet_to and _yet_to(text_words, i):
            found.append((i, _predicate(text_words, i, skip=_SCOPE_SKIP | _LIGHT_FORMS)))
    return found


def _yet_to(text_words: Sequence[Word], index: int) -> bool:
    """Whether the word at `index` is the "yet" of "is yet to" or "has yet to" ("he is yet to make
    a decision": he has not made one), which denies what follows as "not" does."""
    if text_words[index].lower != "yet" or not 0 < index < len(text_words) - 1:
        return False
    return text_words[index + 1].lower == "to" and text_words[index - 1].lower in _YET_TO_AUXILIARIES


def _adverbial_noun(text_words: Sequence[Word], index: int) -> int:
    """1 when the "no" at `index` opens a phrase of time or manner that denies the whole clause
    ("is *in no way* representative", "*at no time* did he"): the noun after it is no predicate,
    the word the phrase goes on to is; else 0."""
    if text_words[index].lower != "no" or not 0 < index < len(text_words) - 1:
        return 0
    opens = text_words[index - 1].lower in _ADVERBIAL_LINKS and text_words[index + 1].lower in DENIED_WHEN
    return int(opens)


#: The nouns of time and manner a "no" makes a negation of the whole clause ("in no way").
DENIED_WHEN = frozenset("time point stage moment way means account circumstance circumstances occasion".split())
_ADVERBIAL_LINKS = frozenset("in at by under on".split())


_YET_TO_AUXILIARIES = frozenset("is are was were am be has have had 's".split())
# Light verbs that pass the act to the noun after them ("make a decision", "take action").
_LIGHT_FORMS = frozenset("make makes made making take takes took taking give gives gave giving".split())


def _predicate(text_words: Sequence[Word], index: int, skip: frozenset[str] = _SCOPE_SKIP) -> Word | None:
    """The first word after the negation that is not one `_SCOPE_SKIP` passes over ("hasn't
    been a whole lot of *representation*"), nor a quantifier of a part ("not one of those
    *critics*"), within `_SKIPPED_SCOPE` words."""
    scope = text_words[index + 1 : index + 1 + _SKIPPED_SCOPE]
    for at, word in enumerate(scope):
        if word.lower in skip or (word.lower in _PARTITIVES and scope[at + 1 : at + 2] and scope[at + 1].lower == "of"):
            continue  # "not *one of* those critics": the negation denies the critics
        return word if is_content(word) else None
    return None


# Quantifiers that take a part of what follows "of": a negation before them denies that ("not
# one of those critics", "not any of the players").
_PARTITIVES = frozenset("one any either each".split())


def verb_of_negated_subject(text: str, text_words: Sequence[Word], index: int) -> Word | None:
    """For a "no" that opens the subject of a verb ("*no* final decision has been made", "no
    officer conduct issues have been identified"), that verb: English denies the whole clause
    with it, and the evidence may say the same with "not" on the verb ("a final decision has
    not been made"). None for any other negation, or a "no" before an object ("offered no
    evidence": the evidence may deny the object, not the verb). `text_words` are `text`'s words."""
    word = text_words[index]
    if word.lower != "no":
        return None
    token = token_at(parse(text), word.start)
    if token is None or token.dep_ not in ("det", "neg"):
        return None
    noun = token.head
    while noun.dep_ in ("compound", "amod") and noun.head.i != noun.i:
        noun = noun.head  # "no *officer* conduct issues": the parse may hang "no" on a modifier
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = noun.head
    return next((w for w in text_words if w.start == verb.idx), None)


def aimed_at(text: str, word: Word) -> bool:
    """Whether `word` is an "against" that takes no side, so is no opposite of the evidence's
    "support": after a noun it names what the noun is aimed at ("the fight *against* Trump",
    "charges against him"), and before a figure it sets one figure beside another ("47 percent
    back her, against 15 percent for him"); after a verb ("voted against", "is against") it is
    a stance."""
    if word.lower != "against":
        return False
    token = token_at(parse(text), word.start)
    if token is None:
        return False
    figure = any(c.dep_ == "pobj" and any(g.pos_ == "NUM" for g in (c, *c.children)) for c in token.children)
    return token.head.pos_ in ("NOUN", "PROPN") or figure


def negated_at(text_words: Sequence[Word], index: int) -> bool:
    """Whether the word at `index` is in the scope of a negation before it."""
    start = max(0, index - _SCOPE - 1)
    for i in range(index - 1, start - 1, -1):
        word = text_words[i]
        if word.lower in _NEGATIONS or word.lower.endswith("n't"):
            return all(w.lower in _SCOPE_SKIP or not is_content(w) for w in text_words[i + 1 : index])
    return False


def opposite_in(
    word: Word, keys: frozenset[str], *, listed_only: bool = False, word_class: str | None = None
) -> str | None:
    """An opposite of `word` that `keys` (an evidence's lemmas) holds, when they hold no form of
    `word` itself: "rose" against evidence that only says "fell". With `listed_only`, only the
    pairs news turns on (`OPPOSITES`), not every antonym WordNet gives ("leave": "come"); with
    `word_class`, WordNet's antonyms of the word used as that ("verb", "noun", ...) only."""
    if word.keys & keys:
        return None
    # sorted, so the opposite a reason names is the same in every run (a set's order is not)
    for key in sorted(word.keys):
        wordnet = frozenset() if listed_only else _antonyms(key, word_class)
        for opposite in sorted(OPPOSITES.get(key, frozenset()) | wordnet):
            if opposite in keys:
                return opposite
    return None


def _antonyms(key: str, word_class: str | None = None) -> frozenset[str]:
    """WordNet's antonyms of a content word's lemma ("genuine": "false"), beyond the pairs above."""
    return frozenset() if key.startswith("~") else opposite_lemmas(key, word_class)


_WORD_CLASSES = {"VERB": "verb", "NOUN": "noun", "PROPN": "noun", "ADJ": "adj", "ADV": "adv"}
# A superlative adverb, as the parse also tags an adjective's before another adjective ("the
# *shortest* active drought"): its class is not read. (A comparative adverb is mostly one: "a
# day *earlier*" is no opposite of a "later" elsewhere.)
_GRADED_ADVERBS = frozenset({"RBS"})


def word_class(text: str, word: Word) -> str | None:
    """What `word` is used as in `text`, as WordNet files it ("verb" for "passing 13 cars"), by
    the parse; None when the parse calls it something WordNet has no antonyms for, or a graded
    adverb that may be an adjective (then every class's antonyms count)."""
    token = token_at(parse(text), word.start)
    return None if token is None or token.tag_ in _GRADED_ADVERBS else _WORD_CLASSES.get(token.pos_)


def averse_scope(text: str) -> frozenset[str]:
    """The lemmas of what `text` says, without a negation, was not done: what an averse verb
    governs ("*skip* GOP primaries": gop, primaries) and a gerund after "against" ("warned
    *against* rushing to judgment": rushing, judgment), the words of the part of the parse
    below it. A claim says there what its evidence says with "not" or "no" ("do not vote in
    GOP primaries", "no rush to judgment")."""
    found: set[str] = set()
    for token in parse(text):
        averse = token.pos_ == "VERB" and token.lemma_.lower() in AVERSE_VERBS
        against = token.lower_ == "against" and any(c.tag_ == "VBG" for c in token.children)
        if not (averse or against):
            continue
        for child in token.children:
            if child.dep_ in _AVERTED:
                found.update(*(lemma_keys(below.lower_) for below in child.subtree if below.is_alpha))
    return frozenset(found)


# What an averse verb or "against" governs as what is not done: its object or the verb it takes
# ("avoid *becoming* ...", "decline *to expand* ..."), never a clause of time or cause beside it
# ("ends the year *after throwing off* sanctions": the throwing is done).
_AVERTED = frozenset({"dobj", "xcomp", "pcomp", "pobj", "ccomp"})
