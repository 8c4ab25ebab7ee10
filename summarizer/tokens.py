"""Tokens and candidate names: the units every name rule reads, and the tests on raw text
(sentence starts, abbreviations, lower-case use) that all of them ask.

Why separate: tokenising decides where words begin and end (a possessive "'s" is cut off, the
dot of "Dr." or "Fla." is kept), and every later stage - candidate runs, roles, kinds, the
entity builder - depends on those spans but not on each other. Spans always index the original
text; ``mask_skipped`` blanks boilerplate without moving offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, Sequence

from .gazetteer import US_STATE_ABBREVIATIONS
from .lexicon import ABBREVIATIONS

Kind = Literal["person", "organization", "place", "other"]


_TOKEN_RE = re.compile(
    r"(?:[A-Z]\.){2,}"  # dotted acronyms: U.S., N.S.
    r"|[^\W\d_][\w]*(?:[-'’][\w]+)*"  # words, incl. O'Brien, Jong-un, Austin's
    r"|&(?= [A-Z])"  # "Toyo Trust & Banking Co"
)
_POSSESSIVE_RE = re.compile(r"['’]s$")
_ACRONYM_RE = re.compile(r"^[A-Z][A-Z&]{1,6}$")
_ARABIC_ARTICLE_RE = re.compile(r"^(?:al|el|ad|as|ash|at|bin|ibn|abu)-[A-Z]")  # "al-Assad"
_SENTENCE_OPENERS = "\"“”‘'([•*-–—·"


@dataclass
class Token:
    start: int
    end: int
    text: str
    possessive: bool = False

    @property
    def key(self) -> str:
        return self.text.lower().rstrip(".")

    @property
    def is_capitalised(self) -> bool:
        return self.text[0].isupper() or _ARABIC_ARTICLE_RE.match(self.text) is not None

    @property
    def is_acronym(self) -> bool:
        return bool(_ACRONYM_RE.match(self.text.replace(".", "")))


def mask_skipped(text: str, skip: Sequence[tuple[int, int]]) -> str:
    """Blank skip ranges with newlines so offsets survive and nothing inside is read."""
    chars = list(text)
    for start, end in skip:
        for i in range(max(0, start), min(len(chars), end)):
            chars[i] = "\n"
    return "".join(chars)


def tokenize(text: str) -> list[Token]:
    tokens = []
    for match in _TOKEN_RE.finditer(text):
        start, end = match.span()
        word = match.group()
        possessive = bool(_POSSESSIVE_RE.search(word)) and len(word) > 2
        if possessive:
            end -= 2
        elif end < len(text) and text[end] == "." and (is_abbreviation(word) or is_state_abbreviation(word)):
            end += 1
        tokens.append(Token(start, end, text[start:end], possessive))
    return tokens


def is_state_abbreviation(word: str) -> bool:
    """"Fla", "Calif": AP-style state abbreviations, capitalised as written."""
    return word[:1].isupper() and word.lower() in US_STATE_ABBREVIATIONS


def is_abbreviation(word: str) -> bool:
    return word.lower() in ABBREVIATIONS or (len(word) == 1 and word.isupper())


def is_sentence_start(text: str, pos: int) -> bool:
    """True when `pos` opens a sentence, line or quotation."""
    i = pos - 1
    while i >= 0 and (text[i] in " \t" or text[i] in _SENTENCE_OPENERS):
        if text[i] in "\"“‘(" and i + 1 == pos:
            return True
        i -= 1
    if i < 0 or text[i] in "\n\r!?:;":
        return True
    if text[i] == ".":
        word = re.search(r"(\S+)\.$", text[max(0, i - 12) : i + 1])
        return not (word and is_abbreviation(word.group(1).split(".")[-1] or "x"))
    return False


def appears_lowercase(text: str, word: str) -> bool:
    return re.search(r"\b" + re.escape(word.lower()) + r"\b", text) is not None


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
