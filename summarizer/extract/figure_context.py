"""What a figure that quantifies no noun phrase stands for, read from the words around it in its
sentence, by rules tried in order: the phrase after "in" ("$117,000 in [donations]"), whom money
goes to ("$83,534 to [the Liberal Party]"), the noun of a compound ("a 15-[shot victory]"), a
purpose ("60 days [to respond]"), a state ("850 [injured]"), an age ("Zoe Kasten, 8;", "at age
48"), a listed price ("Razor, $180,"), a rate ("$12 an hour"), the verb it is the object or the
subject of ("spent $450,000": amount spent; "66,000 [remained without power]") and what lasted
that long ("[a stint as prime minister] for 22 years"). `figures` asks for it where
`figure_labels` finds nothing the figure counts. Moved from there: these rules read the
sentence's other words, not the phrase the figure quantifies, and are many."""

from __future__ import annotations

import re

from summarizer.extract.figure_phrases import phrase_after
from summarizer.extract.figure_values import MAX_SUBJECT_WORDS, VALUE_LINKS
from summarizer.extract.figure_words import (
    AUXILIARIES,
    COMMON_VERBS,
    DETERMINERS,
    NOT_A_LABEL,
    OBJECT_VERBS,
    PREPOSITIONS,
    QUANTITY_WORDS,
    RELATIVES,
    WORD_OR_MARK,
    is_participle,
    is_verb,
    only_a_verb,
)
from summarizer.text.lemminflect_tables import getAllLemmas, getInflection
from summarizer.text.lexicon import REPORTING_VERBS
from summarizer.text.sentences import sentence_span_around

__all__ = ["label_from_context"]


# What the sentence around a figure says about it when no noun phrase is counted (the rules of
# `label_from_context`, tried in order).
_IN_PHRASE = re.compile(r"^\)?\s+in\s+(?=[a-z])")  # "$117,000 [in donations]", "led 26-11 [in shots on goal]"
# Money given to someone or for something: "$83,534 [to the Liberal Party]", "$1,260 [for the two adults]".
_TO_OR_FOR = re.compile(r"^\s+(?:each\s+)?(?P<prep>to|for)\s+(?=(?:the|its|their|his|her|a|an)?\s*[A-Za-z])")
# A time into or left of something: "15 seconds [into overtime]", "44 seconds [left in regulation]".
_TIME_OF = re.compile(r"^\s+(?P<how>into|left\s+in|left\s+of|before|after)\s+(?=[a-z])")
# The figure as a subject: "66,000 [remained without power]", "$56 million [was spent on ...]".
_SUBJECT_OF = re.compile(
    r"^\s+(?P<modal>(?:would|will|could|might|may|should|can|must|did|do|does)\s+)?"
    r"(?P<aux>(?:(?:was|were|is|are|had|has|have|been|be|not|never)\s+)*)(?P<verb>[a-z]+)(?P<rest>(?:\s+[A-Za-z][\w-]*){0,3})"
)
_AFTER_PARENTHESIS = re.compile(r"^\)\s+(?=[a-z])")  # "1/4 cup ([60] ml) [plain Greek yogurt]"
_COMPOUND = re.compile(r"^-(?P<noun>[a-z]+)\s+")  # "a [15]-shot victory", "the [586]-student school"
_PURPOSE = re.compile(
    r"^\s+(?:left\s+)?to\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)(?P<rest>(?:\s+(?:an?|the|its|their|his|her)?\s*[a-z][\w-]*){0,2})"
)
_STATE_WORD = re.compile(r"^\s+(?P<state>missing|dead|injured|hurt|killed|wounded|displaced|homeless|arrested)\b")
_AGE_CUE = re.compile(
    r"\b(?:aged?|ages)\s+(?:\d{1,3},?\s+(?:and\s+)?)*$|\b(?:at|turned|turns)\s+(?:age\s+)?$", re.IGNORECASE
)


# "a son, 28,", "her brother, Jonathan Kasten, 10;", "Demi, who's 23,": a person and then the age.
_PERSON_BEFORE = re.compile(
    r"(?P<who>(?:(?:[Hh]is|[Hh]er|[Tt]heir|[Aa]|[Tt]he)(?:\s+[a-z]+){1,2}|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’-]*){0,3}))"
    r"(?:,\s+(?:who[’']s|who\s+is|aged?)|,)\s+$"
)
_AGE_END = re.compile(r"^\d{1,3}(?:\s*[,;.()](?!\d)|\s+(?:and|years)\b)")
# "Aesop Double-Edge Razor, [$180]," and "Everyday Dorie ([$50],": a price after what is priced.
_PRICED = re.compile(r"(?P<item>[A-Z][\w'’&.-]*(?:\s+[A-Z+][\w'’&.-]*){0,5})\s*(?:,|\()\s*$")
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:for|in|within|over|after|during)\s+"
    r"(?:(?:about|around|nearly|almost|more|than|over|just|only|some|the|past|last|first|next)\s+)*$"
)
# Words after which a word that can be a noun is a verb: "to [make] $24.1 million", "can [save]".
_VERB_OPENERS = frozenset(
    "to|will|would|could|can|may|might|must|should|probably|also|not|never|did|does|do".split("|")
)
_TIME_UNITS = frozenset("years|months|weeks|days|hours|minutes|seconds".split("|"))
_PRICE_BEFORE = re.compile(
    r"\b(?:bought|buy|buys|buying|sold|sell|sells|selling|purchased|acquired|moved|signed|transferred|available|"
    r"auctioned|priced|leased|rented)\b[^.;:!?]{0,60}\bfor\s+(?:just|only|about|around|some|nearly|a\s+mere)?\s*$"
)
_PER_UNIT_COMPOUND = re.compile(r"^-(?:per|an?)-(?P<unit>[a-z]+)\s+(?P<noun>[a-z]+)\b")
_PER_UNIT = re.compile(r"^\s+(?:a|an|per)\s+(?P<unit>[a-z]+)\b")
_CLAUSE_STOPS = frozenset(",;:()—–\"“”'‘’")


def label_from_context(text: str, start: int, end: int, *, unit: str | None, money: bool) -> str | None:
    """What a figure that quantifies no noun phrase stands for, from its sentence: the phrase
    after "in" ("$117,000 in [donations]"), the noun of a compound ("a 15-[shot victory]"), a
    purpose ("60 days [to respond]"), a state ("850 [injured]"), a person's age ("Zoe Kasten, 8;",
    "at age 48"), a listed price ("Razor, $180,"), the verb that spends or counts it ("spent
    $450,000": amount spent) or what lasted that long ("[a stint as prime minister] for 22
    years")."""
    after = text[end : end + 80].split("\n", 1)[0]
    before = text[max(0, start - 80) : start].rsplit("\n", 1)[-1]
    if (in_phrase := _IN_PHRASE.match(after)) and (
        phrase := phrase_after(text, end + in_phrase.end(), determiners=True)
    ):
        return phrase
    if money and (given := _TO_OR_FOR.match(after)):
        phrase = phrase_after(text, end + given.end(), determiners=True, names=True)
        if phrase and not (given.group("prep") == "to" and only_a_verb(phrase.split()[0])):  # "to [compensate]"
            return f"{given.group('prep')} {phrase}"
    if unit in _TIME_UNITS and (time_of := _TIME_OF.match(after)):
        phrase = phrase_after(text, end + time_of.end(), determiners=True)
        if phrase:
            return f"time {' '.join(time_of.group('how').split())} {phrase}"
    if (paren := _AFTER_PARENTHESIS.match(after)) and (phrase := phrase_after(text, end + paren.end())):
        return phrase
    if (compound := _COMPOUND.match(after)) and compound.group("noun") not in NOT_A_LABEL:
        head = phrase_after(text, end + compound.end())
        return f"{compound.group('noun')} {head}" if head else None
    if unit == "years" and re.match(r"^\s+(?:or|and)\s+(?:older|younger|over|under|above)\b", after):
        return "age limit"  # "veterans (45 years or older)"
    if unit in _TIME_UNITS and (purpose := _PURPOSE.match(after)) and is_verb(purpose.group("verb")):
        rest = purpose.group("rest").split()
        while rest and (rest[-1] in DETERMINERS or rest[-1] in PREPOSITIONS):
            rest.pop()  # "11 weeks to go before [the] March 29 deadline"
        return " ".join(["time to", purpose.group("verb"), *rest])
    if (state := _STATE_WORD.match(after)) and unit is None and not money:
        return state.group("state")
    if unit is None and not money and _AGE_END.match(text[start : start + 12]):
        if _AGE_CUE.search(before):
            return "age"
        if person := _PERSON_BEFORE.search(before):
            who = person.group("who")
            return f"age of {who[0].lower() + who[1:] if who.split()[0].lower() in DETERMINERS else who}"
    if money and (priced := _PRICED.search(before)) and re.match(r"^\s*[,)]", after):
        return f"price of {priced.group('item')}"
    if (verb := _acting_verb(before)) is not None:
        return f"amount {verb}" if money else verb
    if money and _PRICE_BEFORE.search(before):
        rate = _PER_UNIT.match(after)
        return (
            f"price per {rate.group('unit')}" if rate else "price"
        )  # "bought the property for 20 shillings", "moved to the club for 3.5 million pounds"
    if money and (rate := _PER_UNIT_COMPOUND.match(after)):
        return f"{rate.group('noun')} per {rate.group('unit')}"  # "£80,000-per-week [wages]"
    if money and (rate := _PER_UNIT.match(after)):
        return f"amount per {rate.group('unit')}"  # "sell it for $50 [a ton]", "$12 [an hour]"
    if (subject_of := _SUBJECT_OF.match(after)) and is_verb(subject_of.group("verb")):
        verb = subject_of.group("verb")
        # after a modal any verb is one: "46 percent [would choose] Clinton"
        if (
            verb.endswith("ed")
            or verb in COMMON_VERBS
            or verb in OBJECT_VERBS
            or subject_of.group("modal")
            or is_participle(verb)
        ):
            rest = [w for w in subject_of.group("rest").split() if w not in DETERMINERS]
            if not subject_of.group("modal"):  # a name after the verb only as a modal's object
                rest = rest[: next((i for i, w in enumerate(rest) if not w.islower()), len(rest))]
            while rest and (rest[-1].lower() in NOT_A_LABEL or rest[-1].lower() in AUXILIARIES):
                rest.pop()  # "would back Trump [and]"
            negated = set(subject_of.group("aux").split()) & {"not", "never"}
            phrase = " ".join([*sorted(negated), verb, *rest[:3]])  # "10,000 [have not survived]"
            return f"amount {phrase}" if money else phrase
    if unit in _TIME_UNITS and _PREPOSITION_BEFORE.search(before):
        return _what_lasted(text, start - len(_PREPOSITION_BEFORE.search(before).group()))  # type: ignore[union-attr]
    return None


def _acting_verb(before: str) -> str | None:
    """The verb a figure is the object of, as its past participle: "spent [$450,000]" (amount
    spent), "killed [226,000]" (killed), "make [$24.1 million]" (amount made)."""
    tokens = [m.group() for m in WORD_OR_MARK.finditer(before)]
    while tokens and tokens[-1].lower() in QUANTITY_WORDS - {"to", "by", "of", "at", "the", "a", "an"}:
        tokens.pop()
    giving = _giving_verb_before_object(tokens)
    if giving is not None:
        return giving
    if not tokens or not tokens[-1].isalpha() or not tokens[-1].islower():
        return None
    word = tokens[-1]
    if word in NOT_A_LABEL or word in REPORTING_VERBS or word in AUXILIARIES or word in VALUE_LINKS:
        return None
    lemmas = getAllLemmas(word).get("VERB")
    previous = tokens[-2].lower() if len(tokens) > 1 else ""
    # "[killing] more than 10,000" after a comma or "and" is a participle, not a noun
    plainly_a_verb = (
        word.endswith("ed") or previous in _VERB_OPENERS or (word.endswith("ing") and previous in (",", "and"))
    )
    if not lemmas or (not plainly_a_verb and (getAllLemmas(word).get("NOUN") or getAllLemmas(word).get("ADJ"))):
        return None  # "the [...]", "a record [...]": a noun or an adjective, not a verb
    participle = getInflection(lemmas[0], "VBN")
    return participle[0] if participle else word


# Verbs whose amount follows the one who pays or gets it: "fined [Bowyer] 4,000 pounds", "costs
# [the province] $1.5-billion", "paid [him] $500".
_GIVING_VERBS = {
    **dict.fromkeys(("fine", "fines", "fined"), "fined"),
    **dict.fromkeys(("pay", "pays", "paid"), "paid"),
    **dict.fromkeys(("cost", "costs", "costing"), "cost"),
    **dict.fromkeys(("charge", "charges", "charged"), "charged"),
    **dict.fromkeys(("owe", "owes", "owed"), "owed"),
    **dict.fromkeys(("award", "awards", "awarded"), "awarded"),
    **dict.fromkeys(("lend", "lends", "lent"), "lent"),
    **dict.fromkeys(("save", "saves", "saved"), "saved"),
}
_OBJECT_PRONOUNS = frozenset("him|her|them|us|me|you|it".split("|"))


def _giving_verb_before_object(tokens: list[str]) -> str | None:
    """The giving verb before a short object ("fined Bowyer", "costs the province"), as its
    participle, or None."""
    for length in (1, 2, 3):
        if len(tokens) <= length:
            return None
        verb, object_words = tokens[-length - 1], tokens[-length:]
        if verb.lower() not in _GIVING_VERBS or not verb.islower():
            continue
        object_words = [w for w in object_words if w != "."]  # "lend Mr. Clarke"
        if not object_words:
            continue
        head, rest = object_words[0], object_words[1:]
        names = all(w[:1].isupper() and w.isalpha() for w in object_words)
        pronoun = length == 1 and head.lower() in _OBJECT_PRONOUNS
        described = head.lower() in DETERMINERS and rest and all(w.isalpha() and w.islower() for w in rest)
        if names or pronoun or described:
            return _GIVING_VERBS[verb.lower()]
    return None


def _what_lasted(text: str, position: int) -> str | None:
    """The words before "for"/"in" that say what lasted: "[a stint as prime minister] for 22
    years", "[worked] for 20 years"; from the clause's start or its last verb group."""
    span = sentence_span_around(text, max(0, position - 1))
    clause_start = span[0] if span else max(0, position - 80)
    tokens = [m.group() for m in WORD_OR_MARK.finditer(text[max(clause_start, position - 80) : position])]
    words: list[str] = []
    while tokens and len(words) < MAX_SUBJECT_WORDS - 2:
        token = tokens.pop()
        lower = token.lower()
        if token in _CLAUSE_STOPS or lower in AUXILIARIES or lower in RELATIVES or lower in DETERMINERS:
            break
        if not token[0].isalpha() or lower in ("he", "she", "they", "it", "i", "we", "you", "him", "her", "them"):
            break
        words.insert(0, token)
    while words and words[0].lower() in NOT_A_LABEL:
        words.pop(0)
    while words and words[-1].lower() in NOT_A_LABEL:
        words.pop()
    if not any(word.islower() and word not in NOT_A_LABEL for word in words):
        return None  # "in Toronto": a place, not what lasted
    return " ".join(words)
