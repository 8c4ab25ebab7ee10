"""The noun phrase right after a figure, which is what it counts most often ("3,000 [North Korean
soldiers] arrived", "90 per cent of [the city's Black population]"): where it ends (at a
function word, a verb, the verb of a plural subject: "126 million voters [cast]"), what it keeps
(a state: "11 people [are missing]"), and when it is a person's name, which a figure counts only
as an age ("the 47-year-old [William Shrubsall]"). Moved from `figure_labels`: `label_figure`,
`age_label` and the labels from context (`figure_context`) all read the phrase so."""

from __future__ import annotations

import re

from summarizer.extract.figure_words import (
    AUXILIARIES,
    COMMON_VERBS,
    DETERMINERS,
    NOT_A_LABEL,
    PREPOSITIONS,
    WORD_OR_MARK,
    is_participle,
    looks_like_verb,
    only_a_verb,
)
from summarizer.text.gazetteer import GIVEN_NAMES
from summarizer.text.lemminflect_tables import getAllLemmas
from summarizer.text.lexicon import ABBREVIATED_TITLES, HONORIFICS

__all__ = ["names_someone", "phrase_after"]


_MAX_LABEL_WORDS = 4
# Common words that, right after a count and before a lower-case word, open its noun phrase.
_ADJECTIVES_BEFORE_A_NOUN = frozenset(("new", "other", "old"))
_NUMBER_WORDS = frozenset("two|three|four|five|six|seven|eight|nine|ten|dozen|hundred".split("|"))
# "11 people are missing", "18,000 residents have been displaced": the state is part of what
# is counted.
_STATE_AFTER = re.compile(
    r"^\s+(?:(?:(?:are|were|is|was|have|has|had|been|remain|remained|still|now|reported|feared)\s+){1,3}"
    r"(?P<state>[a-z]+ed|missing|dead|injured|homeless|hurt|unaccounted|lost|killed|stranded|trapped)"
    r"|(?P<bare>missing|dead|injured|wounded|hurt|killed|homeless|stranded|trapped|displaced|arrested))\b"
)  # "100 others [wounded]", "left 32 civilians [dead]": a state word needs no verb


def phrase_after(
    text: str, end: int, *, determiners: bool = False, names: bool = False, person: bool = False
) -> str | None:
    """The few words after a figure up to a function word: "3,000 [North Korean troops] arrived";
    with `determiners`, a phrase may open with one ("of [the city's population]"). A state the
    sentence gives them is kept: "11 people [are missing]" counts people missing. A person's
    name is what is counted only where the phrase says whose age it is (`person`)."""
    window = text[end : end + 80].split("\n", 1)[0]  # a label never runs into the next line
    words: list[str] = []
    phrase_end = 0
    after_determiner = False
    tokens = list(WORD_OR_MARK.finditer(window))
    for index, word in enumerate(tokens):
        token = word.group()
        lower = token.lower()
        if determiners and not words and (lower in DETERMINERS or lower == "all"):
            after_determiner = True  # "of the [giving]": the word after a determiner is a noun
            continue
        if after_determiner and not words and (token[0].isdigit() or lower in _NUMBER_WORDS):
            continue  # "21 of the [28] public officials": the whole they are part of
        if names and words and lower == "of" and len(words) < _MAX_LABEL_WORDS - 1:
            words.append(token)  # "the Liberal Party [of] Canada"
            phrase_end = word.end()
            continue
        following = tokens[index + 1].group() if index + 1 < len(tokens) else ""
        if not words and lower in _ADJECTIVES_BEFORE_A_NOUN and following.isalpha() and following.islower():
            words.append(token)  # "500 [new] plastic surgeons", "20 [other] countries"
            phrase_end = word.end()
            continue
        if not token[0].isalpha() or lower in NOT_A_LABEL or len(words) >= _MAX_LABEL_WORDS:
            break
        if not (after_determiner and not words) and _ends_noun_phrase(token, following, first=not words):
            break
        if words and _verb_after_plural(words[-1], token):
            break  # "126 million voters [cast] ballots": the plural noun's own verb
        words.append(token)
        phrase_end = word.end()
    while words and words[-1].lower() == "of":
        words.pop()
    if not words or all(w.lower() in _ADJECTIVES_BEFORE_A_NOUN for w in words):
        return None
    if names_someone(words):  # "injuring another 40 [Steve Parsons]/PA": a caption's credit, "of [Mr]. Lee's"
        return " ".join(words) if person else None
    state = _STATE_AFTER.match(window[phrase_end:])
    if state:
        words.append(state.group("state") or state.group("bare"))
    return " ".join(words)


def names_someone(words: list[str]) -> bool:
    """Whether a phrase is a person's name or title, which a figure never counts: a title
    ("Mr") or a given name followed by another capitalised word ("Steve Parsons")."""
    if not words[0][:1].isupper():
        return False
    first = words[0].lower().strip(".")
    if first in HONORIFICS or first in ABBREVIATED_TITLES:
        return True
    return len(words) >= 2 and first in GIVEN_NAMES and words[1][:1].isupper()


def _ends_noun_phrase(token: str, following: str, *, first: bool) -> bool:
    """Whether `token` is a verb that ends the counted phrase ("3,000 soldiers [arrived]"). Right
    after a count, a word in -s is a plural noun ("3,000 [votes]": a verb after a plural has no
    -s), and a word in -ed or -ing before a noun is an adjective ("352 [missing] children")."""
    lower = token.lower()
    if lower in AUXILIARIES:
        return True
    if token.islower() and not looks_like_verb(token) and only_a_verb(token) and is_participle(token):
        return True  # "more than 50 [taken] to hospital": a participle, never what is counted
    if first and lower.endswith("s") and not lower.endswith("ss") and lower in COMMON_VERBS:
        return False
    if not (looks_like_verb(token) or lower in COMMON_VERBS):
        return False
    if first and looks_like_verb(token) and following.isalpha() and following.islower():
        return (
            following in NOT_A_LABEL
            or following in COMMON_VERBS
            or following in AUXILIARIES
            or (looks_like_verb(following))
            # "waves [washed] ashore": no noun or adjective follows ("[chopped] fresh herbs")
            or not (getAllLemmas(following).keys() & {"NOUN", "ADJ"})
        )
    if not first and lower.endswith("ing") and (not following.isalpha() or following in PREPOSITIONS):
        return False  # "of all advertising [spending] in 2019": a noun in -ing ends the phrase itself
    return True


def _verb_after_plural(previous: str, token: str) -> bool:
    """Whether `token` is a verb in its base form right after the plural noun `previous`, which
    is then its subject ("voters [cast] ballots", "residents [want]"): a plural noun seldom
    modifies another, so the counted phrase ends at it."""
    if not (token.isalpha() and token.islower() and previous.islower()):
        return False
    nouns = getAllLemmas(previous.lower()).get("NOUN", ())
    plural = bool(nouns) and previous.lower() not in nouns and previous.lower().endswith("s")
    return plural and token in getAllLemmas(token).get("VERB", ())
