"""Words as a careful reader compares them: by lemma, so "voted" meets "vote", "owners" meets
"owner" and "rose" meets "rise".

Why lemminflect: it ships its English lemma tables inside its wheel (about 1 MB, nothing is
downloaded at run time), and for a word it returns every lemma by part of speech ("left" is the
adjective *left* and the verb *leave*; "rose" the noun *rose* and the verb *rise*). A claim and
its evidence are written independently, so a word may be read as a noun in one and a verb in the
other: comparing the *sets* of possible lemmas needs no part-of-speech tagger and misses none of
the irregular forms news is full of (won, fell, hit, led, sold). Its only dependency, numpy, is
already installed with llama-cpp-python. (simplemma, the other candidate, gives one lemma per
word without the part of speech and leaves "rose", "won" and "left" unchanged.)"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING

from summarizer.text.lemminflect_tables import getAllLemmas

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "STOPWORDS",
    "Word",
    "can_be_noun",
    "can_be_verb",
    "is_content",
    "is_dictionary_word",
    "inflected_verb",
    "is_english_word",
    "is_event_verb",
    "is_light_verb",
    "lemma_keys",
    "words",
]

# Hyphens split words ("dragon-themed", "7-4"), apostrophes do not ("don't", "Na'moks"); a year
# written with an apostrophe for its century ("the '13 edition") is one word.
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’]*|['’]\d\d(?!\d|[.,]\d)|\d+(?:[.,]\d+)*")
# The possessive ending, also before the quotation mark that closes a quoted name ("'Amy's'").
_POSSESSIVE = re.compile(r"['’]s?['’]?$")

# Words that carry no content of their own: what two sentences share by being English.
STOPWORDS = frozenset(
    """a an the of in on at to for from by with and or but as than that which who whom whose is are was
    were be been being have has had do does did will would could should may might must can shall this
    these those it its their there they them he she his her him we our you your i me my us theirs it's
    also such into onto about over after before during while amid among amongst between up down out upon
    via atop beneath versus
    per very just only so then than too here now still even yet both each either all any some more most
    other another own same s t said say says saying told tell tells according added adding noted
    stated statement explained described called asked what when where why how if whether because since
    until unless though although however get got getting go going went gone make made makes making
    take took taken taking give gave given come came thing things way ways lot time times year years
    day days week weeks month months""".split()
)
# Negation words are not content for coverage (polarity is its own test), nor are numbers.
_NOT_CONTENT = frozenset("not no never n't nor none nothing nobody neither without cannot".split())


@dataclass(frozen=True)
class Word:
    """One word of a text, where it is, and what it may be the inflection of."""

    text: str
    start: int
    end: int
    lower: str
    keys: frozenset[str]

    # Cached (in the instance's dict; equality and hashing see only the fields): the claim
    # check asks each word of an article these over a million times per capable brief.
    @cached_property
    def capitalised(self) -> bool:
        return self.text[0].isupper()

    @cached_property
    def is_number(self) -> bool:
        return self.text[0].isdigit() or (self.text[0] in "'’" and self.text[1:2].isdigit())

    @property
    def possessive(self) -> bool:
        """Written with the possessive ending the lemma drops ("Lee's", "Jones'")."""
        return bool(_POSSESSIVE.search(self.text.lower()))


def words(text: str, offset: int = 0) -> tuple[Word, ...]:
    """The words of `text`, with offsets shifted by `offset` (where `text` sits in its source)."""
    found = []
    for match in _TOKEN.finditer(text):
        token = match.group()
        lower, keys = _token_forms(token)
        found.append(Word(token, offset + match.start(), offset + match.end(), lower, keys))
    return tuple(found)


@lru_cache(maxsize=65536)
def _token_forms(token: str) -> tuple[str, frozenset[str]]:
    """A token's lower-case form (the possessive ending dropped) and its `lemma_keys`. Cached:
    an article's sentences are read word by word for every claim check, and news reuses a few
    thousand words."""
    lower = _POSSESSIVE.sub("", token.lower().replace("’", "'")) if token[0].isalpha() else token
    lower = lower or token.lower()
    return lower, lemma_keys(lower)


def is_content(word: Word) -> bool:
    """A word that says something: not a function word, a negation or a figure."""
    return (
        not word.is_number
        and len(word.lower) > 1
        and word.lower not in STOPWORDS
        and word.lower not in _NOT_CONTENT
        and not word.lower.endswith("n't")
    )


@lru_cache(maxsize=32768)
def is_dictionary_word(lower: str) -> bool:
    """Whether English has `lower` as an ordinary word (lemminflect knows a lemma for it).
    Cached: lemminflect copies its answer on every call, and a word split in two is tried at
    every cut."""
    return bool(getAllLemmas(lower))


_PREFIXES = ("re", "un", "non", "pre", "co", "mis", "dis", "over", "under", "out", "anti", "post", "sub", "inter")
_SUFFIXES_MADE = ("less", "ness", "ly", "ful", "ment", "wide")


def is_english_word(part: str) -> bool:
    """A dictionary word, or one made of it with a common prefix or suffix ("reinvestigating",
    "wordless"), or of two ("buybacks"), which lemminflect's dictionary does not list."""
    if is_dictionary_word(part):
        return True
    stems = [part[len(p) :] for p in _PREFIXES if part.startswith(p)]
    stems += [part[: -len(s)] for s in _SUFFIXES_MADE if part.endswith(s)]
    if any(len(stem) >= 4 and is_dictionary_word(stem) for stem in stems):
        return True
    # A closed compound of two words ("buybacks", "payouts"), each of three letters or more.
    return any(is_dictionary_word(part[:cut]) and is_dictionary_word(part[cut:]) for cut in range(3, len(part) - 2))


# Verbs that report or carry no event of their own: a claim's event is not "said" or "had".
_LIGHT_VERBS = frozenset(
    "be have do say tell add note state announce describe call ask get go make take give come "
    "include continue remain become seem appear begin start use want need try know think".split()
)


def is_light_verb(lemma: str) -> bool:
    """A reporting or light verb ("say", "have", "make"): it carries no event of its own."""
    return lemma in _LIGHT_VERBS


@lru_cache(maxsize=32768)
def can_be_noun(lower: str) -> bool:
    """Whether `lower` may be a form of a noun ("customers", "homes")."""
    return "NOUN" in getAllLemmas(lower)


@lru_cache(maxsize=32768)
def noun_lemmas(lower: str) -> tuple[str, ...]:
    """The nouns `lower` may be a form of ("retailers" -> "retailer")."""
    return tuple(getAllLemmas(lower).get("NOUN", ()))


@lru_cache(maxsize=32768)
def can_be_verb(lower: str) -> bool:
    """Whether `lower` may be a form of a verb ("beat", "named", "leads")."""
    return "VERB" in getAllLemmas(lower)


def inflected_verb(lower: str) -> bool:
    """Whether `lower` may be an inflected form of a verb ("said", "reports", "won"), and so no
    noun or adjective of a description: "captain" and "leader" are not."""
    return any(verb != lower for verb in getAllLemmas(lower).get("VERB", ()))


@lru_cache(maxsize=32768)
def is_event_verb(lower: str) -> bool:
    """An inflected verb that names an event ("arrested", "fired", "votes"), not a plural noun
    ("owners"), a base form that may be a noun ("vote") or a reporting or light verb."""
    forms = getAllLemmas(lower)
    verbs = forms.get("VERB", ())
    if not verbs or lower in verbs or set(verbs) & _LIGHT_VERBS:
        return False
    return not (lower.endswith("s") and "NOUN" in forms)


def token_keys(token: Token) -> frozenset[str]:
    """The lemmas of a word of a parse: every lemma its form may be of (`lemma_keys`) and the
    one the parser reads in its sentence, which settles a form our table leaves open."""
    return lemma_keys(token.lower_) | {token.lemma_.lower()}


@lru_cache(maxsize=32768)
def lemma_keys(lower: str) -> frozenset[str]:
    """The word and every lemma it may be an inflection of, plus a derivational stem, so that
    "election" meets "elected" and "arrests" meets "arrested". (Cached: news reuses a few
    thousand words.)"""
    keys = {lower}
    for forms in getAllLemmas(lower).values():
        keys.update(forms)
    keys.update({_derivational_stem(key) for key in list(keys)})
    return frozenset(keys)


_SUFFIXES = (
    "ations",
    "ation",
    "ments",
    "ment",
    "ings",
    "ing",
    "ions",
    "ion",
    "ers",
    "er",
    "ors",
    "or",
    "als",
    "al",
    "ed",
    "es",
    "s",
    "e",
)


def _derivational_stem(lemma: str) -> str:
    """A crude stem shared by a verb and the nouns made from it (elect, election, elector;
    refuse, refusal)."""
    for suffix in _SUFFIXES:
        if lemma.endswith(suffix) and len(lemma) - len(suffix) >= 4:
            return "~" + lemma[: -len(suffix)]
    return "~" + lemma
