"""The words the rules for what a figure counts read a sentence by: how a sentence is cut into
words and marks, the classes of words that end or qualify a phrase (quantity words, auxiliaries,
determiners, prepositions, common verbs, words that are never a label), and whether a word is a
verb ("3,000 soldiers [arrived]") or an irregular participle ("taken"). Moved from
`figure_labels`: the phrase a figure quantifies (`figure_labels`), the one it is the value of
(`figure_values`) and the labels read from its context (`figure_context`) all read the same
words, so they are defined once here."""

from __future__ import annotations

import re

from summarizer.text.lemminflect_tables import getAllLemmas, getInflection
from summarizer.text.lexicon import COMMON_WORDS, REPORTING_VERBS, TEMPORAL_WORDS

__all__ = [
    "AUXILIARIES",
    "COMMON_VERBS",
    "DETERMINERS",
    "NOT_A_LABEL",
    "OBJECT_VERBS",
    "PREPOSITIONS",
    "QUANTITY_WORDS",
    "RELATIVES",
    "WORD_OR_MARK",
    "is_participle",
    "is_verb",
    "looks_like_verb",
    "only_a_verb",
]


#: The words a rule reads: a word, a number with a word joined to it ("10-year": a measure is a
#: word of the phrase), a number (with a plural "'s"), or a mark.
WORD_OR_MARK = re.compile(r"[A-Za-z][\w'’-]*|\d[\d,.]*-[A-Za-z][\w-]*|\d[\d,.]*(?:['’]s)?|[^\w\s]")
#: Words that qualify an amount or stand between it and its noun ("about", "at least", "more
#: than", "another"), passed over when reading what a figure counts.
QUANTITY_WORDS = frozenset(
    "about|around|approximately|roughly|some|nearly|almost|over|under|more|less|than|at|least|just|only|"
    "up|to|by|an|estimated|a|the|another|further|additional|extra|all|of|then|now|still|already|also|"
    "currently|once|just|even|well|no|fewer|between".split("|")
)
#: Words that are never what a figure counts, and end a label: function words, words of time,
#: rates and comparatives.
NOT_A_LABEL = (
    COMMON_WORDS
    | TEMPORAL_WORDS
    | frozenset("late|early|per|previously|respectively|each|apiece|ago|times|overnight|rather|than|due".split("|"))
    | frozenset("lower|higher|cheaper|dearer|bigger|smaller|greater|larger|fewer".split("|"))
    | frozenset(("annually", "daily", "weekly", "monthly", "yearly"))
)
_VERB_ENDINGS = ("ed", "ing")
#: The words of a verb group before its verb ("had", "will", "expected", "to"): never a noun.
AUXILIARIES = frozenset(
    "had|has|have|was|were|is|are|be|been|will|would|could|should|can|may|might|must|did|do|does|to|"
    "expected|likely|set|forecast|projected|going".split("|")
)
#: Verbs in the past without an -ed ending whose object or subject a count often is ("lost",
#: "sold", "paid").
OBJECT_VERBS = frozenset("lost|cut|sold|hit|shot|hurt|left|took|made|won|paid|spent|kept|held|fled|built".split("|"))
#: The relative pronouns: a clause opens at them.
RELATIVES = frozenset("that|which|who".split("|"))
# Verbs that end a noun phrase without an -ed or -ing ending: "12 people [remain]".
COMMON_VERBS = REPORTING_VERBS | frozenset(
    "arrive|arrives|die|dies|remain|remains|live|lives|work|works|face|faces|join|joins|go|goes|come|comes|"
    "take|takes|make|makes|need|needs|get|gets|stand|stands|lost|fell|rose|grew|left|went|eat|eats|"
    "took|made|won|lose|win|wins|paid|pay|pays|sold|bought|spent|hold|holds|held|live|run|ran|fled|"
    "fight|fought|attend|attends|own|owns|stay|stays|vote|votes|voted|dealt|saw|see|sees|came|gave|got|"
    "found|began|became|brought|told|said|felt|kept|began|grew|knew|thought|stood|sat|met|led".split("|")
)
#: The articles, demonstratives and possessives that open a noun phrase.
DETERMINERS = frozenset("the|a|an|its|their|his|her|our|this|that|these|those".split("|"))
#: The prepositions: a label never ends on one ("spending [in] 2019" ends at "spending").
PREPOSITIONS = frozenset("at|to|of|in|on|for|before|after|with|by|from|into|over|under|about".split("|"))


def looks_like_verb(word: str) -> bool:
    """Where a noun phrase ends: "3,000 soldiers [arrived]", "12 people [remain]"; a hyphenated
    word is an adjective ("opioid-related", "state-owned")."""
    return word.islower() and word.lower().endswith(_VERB_ENDINGS) and "-" not in word


def only_a_verb(word: str) -> bool:
    """Whether `word` can only be a verb (no noun or name has it for a form): "to [compensate]"."""
    lemmas = getAllLemmas(word)
    return bool(lemmas.get("VERB")) and not lemmas.get("NOUN") and not lemmas.get("PROPN")


def is_participle(word: str) -> bool:
    """An irregular past participle ("taken", "shown"): after a count it says what befell them."""
    return any(word in getInflection(lemma, "VBN") for lemma in getAllLemmas(word).get("VERB", ()))


def is_verb(word: str) -> bool:
    """Whether `word` can be a verb and is no word that is never a label."""
    return bool(getAllLemmas(word).get("VERB")) and word not in NOT_A_LABEL
