"""Tokens and candidate names: the units every name rule reads, and the tests on raw text
(sentence starts, abbreviations, lower-case use) that all of them ask.

Why separate: tokenising decides where words begin and end (a possessive "'s" is cut off, the
dot of "Dr." or "Fla." is kept), and every later stage - candidate runs, roles, kinds, the
entity builder - depends on those spans but not on each other. Spans always index the original
text; ``mask_skipped`` blanks boilerplate without moving offsets.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from summarizer.text.gazetteer import US_STATE_ABBREVIATIONS
from summarizer.text.lexicon import ABBREVIATIONS, CONNECTORS, FOREIGN_CONNECTORS, PERSON_PARTICLES
from summarizer.text.sentences import starts_sentence

Kind = Literal["person", "organization", "place", "other"]


_TOKEN_RE = re.compile(
    r"(?:[A-Z]\.){2,}"  # dotted acronyms: U.S., N.S.
    r"|[^\W\d_][\w]*(?:[-'’](?!(?:[A-Z]\.){2,})[\w]+)*"  # words, incl. O'Brien, Jong-un, Austin's;
    # a hyphen before a dotted acronym ends the word: "then-U.S." keeps "U.S." whole
    r"|&(?= [A-Z])"  # "Toyo Trust & Banking Co"
)
_POSSESSIVE_ENDINGS = ("'s", "’s")
_ACRONYM_RE = re.compile(r"^[A-Z][A-Z&]{1,6}$")
_ARABIC_ARTICLE_RE = re.compile(r"^(?:al|el|ad|as|ash|at|bin|ibn|abu)-[A-Z]")  # "al-Assad"
_SENTENCE_OPENERS = "\"“”‘'([•*-–—·"
_WORD_CHARS_RE = re.compile(r"\w+")
# Lower-case words that can stand inside a name: "Bank of Canada", "Jean de la Fontaine".
_NAME_JOINERS = CONNECTORS | PERSON_PARTICLES | FOREIGN_CONNECTORS


@dataclass(slots=True)
class Token:
    """One word of the text. `key` and `is_capitalised` are read many times by every stage,
    so they are worked out once, when the token is made."""

    start: int
    end: int
    text: str
    possessive: bool = False
    key: str = field(init=False, repr=False, compare=False)
    is_capitalised: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.key = self.text.lower().rstrip(".")
        self.is_capitalised = self.text[0].isupper() or _ARABIC_ARTICLE_RE.match(self.text) is not None

    @property
    def is_acronym(self) -> bool:
        return bool(_ACRONYM_RE.match(self.text.replace(".", "")))


def mask_skipped(text: str, skip: Sequence[tuple[int, int]]) -> str:
    """Blank skip ranges with newlines so offsets survive and nothing inside is read."""
    for start, end in skip:
        start, end = max(0, start), min(len(text), end)
        if start < end:
            text = text[:start] + "\n" * (end - start) + text[end:]
    return text


def tokenize(text: str, names_only: bool = False) -> list[Token]:
    """The tokens of `text`. Tokenising an article is costly: do it once and pass the list on.

    With `names_only`, only the tokens a name can be made of: capitalised words and the
    lower-case words that join names (connectors, particles). The other words, most of any
    text, only ever end a run of capitalised tokens, and the gap they leave between the
    tokens around them says so just as well."""
    tokens = []
    for match in _TOKEN_RE.finditer(text):
        word = match.group()
        if names_only and word.isalpha() and word.islower() and word not in _NAME_JOINERS:
            continue  # most words of a text, settled before any other work
        start, end = match.span()
        possessive = len(word) > 2 and word.endswith(_POSSESSIVE_ENDINGS)
        if possessive:
            end -= 2
        elif end < len(text) and text[end] == "." and (is_abbreviation(word) or is_state_abbreviation(word)):
            end += 1
        word = text[start:end]
        if names_only and not word[0].isupper() and not _may_join_name(word):
            continue
        tokens.append(Token(start, end, word, possessive))
    return tokens


def _may_join_name(word: str) -> bool:
    """A lower-case word that can still be part of a name: a connector, a particle, "al-Assad"."""
    if word.lower().rstrip(".") in _NAME_JOINERS:
        return True
    return "-" in word and _ARABIC_ARTICLE_RE.match(word) is not None  # the pattern needs the hyphen


def is_state_abbreviation(word: str) -> bool:
    """ "Fla", "Calif": AP-style state abbreviations, capitalised as written."""
    return word[:1].isupper() and word.lower() in US_STATE_ABBREVIATIONS


def is_abbreviation(word: str) -> bool:
    return word.lower() in ABBREVIATIONS or (len(word) == 1 and word.isupper())


def is_sentence_start(text: str, pos: int) -> bool:
    """True when `pos` opens a sentence (as `summarizer.text.sentences` splits them), a line,
    a quotation, or a clause after a colon or semicolon: where a capital says nothing of a name."""
    i = pos - 1
    while i >= 0 and (text[i] in " \t" or text[i] in _SENTENCE_OPENERS):
        if text[i] in "\"“‘(" and i + 1 == pos:
            return True
        i -= 1
    if i < 0 or text[i] in "\n\r:;":
        return True
    if text[i] in ".!?…":
        # the sentence may start at an opening mark before `pos`, or just after a closing one
        return any(starts_sentence(text, start) for start in range(i + 1, pos + 1))
    return False


def appears_lowercase(text: str, word: str) -> bool:
    r"""Whether `text` also writes `word` in lower case, as a whole word (\bword\b)."""
    lower = word.lower()
    if _WORD_CHARS_RE.fullmatch(lower):
        return _occurs_as_word(text, lower)
    return _whole_word_pattern(lower).search(text) is not None  # "dr.", "o'brien"


def capitalised_only_where_sentences_start(text: str, word: str) -> bool:
    """Whether every place `text` writes `word` (as given, capitalised) opens a sentence, a line
    or a quotation: where a capital says nothing of a name ("Having won, ...")."""
    places = [match.start() for match in _whole_word_pattern(word).finditer(text)]
    return bool(places) and all(is_sentence_start(text, place) for place in places)


def _occurs_as_word(text: str, word: str) -> bool:
    r"""\bword\b for a word made of word characters only, found with `str.find`: a pattern
    that opens with \b is tried at every position of the text, which is ~25 times slower."""
    start = text.find(word)
    while start != -1:
        if at_word_boundary(text, start) and at_word_boundary(text, start + len(word)):
            return True
        start = text.find(word, start + 1)
    return False


def at_word_boundary(text: str, position: int) -> bool:
    r"""What \b means at `position`: a word character on one side of it and not on the other."""
    before = position > 0 and is_word_character(text[position - 1])
    after = position < len(text) and is_word_character(text[position])
    return before != after


def is_word_character(char: str) -> bool:
    r"""What \w matches."""
    return char.isalnum() or char == "_"


@lru_cache(maxsize=1024)
def _whole_word_pattern(word: str) -> re.Pattern[str]:
    return re.compile(r"\b" + re.escape(word) + r"\b")


@dataclass
class Candidate:
    tokens: list[Token]
    role: str | None = None
    role_start: int | None = None
    sentence_initial: bool = False
    kind: Kind | None = None  # known from where it stands (a dateline), not from its words

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end

    @property
    def keys(self) -> list[str]:
        return [t.key for t in self.tokens]
