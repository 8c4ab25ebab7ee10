"""Roles: the title or appositive the article gives a person ("US Defense Secretary",
"a spokeswoman for the agency").

Why separate: a role is reported beside the name, never as part of it, and the same role
tests also serve as person evidence (a stated role says the name is someone's). Roles come from
a title before the name (split off the capitalised run by `summarizer.text.names.split_title`,
which merging names asks too), lower-case role words before it
("Council spokesman John Kirby"), or an appositive after or before it.
"""

from __future__ import annotations

import re

from summarizer.text.lexicon import ABBREVIATED_TITLES, COMMON_WORDS, ROLE_MODIFIERS, ROLE_NOUNS
from summarizer.text.tokens import Candidate

_LOWER_WORD_BEFORE_RE = re.compile(r"(?<![\w'’-])([a-z][\w'’-]*) $")
_CAPITALISED_WORDS_BEFORE_RE = re.compile(r"((?:[A-Z][\w.'’-]* )*[A-Z][\w.'’-]*) $")


def role_before(text: str, start: int) -> int | None:
    """Start of lower-case role words just before a name ("... Council spokesman John Kirby")."""
    words = []
    pos = start
    while match := _LOWER_WORD_BEFORE_RE.search(text[max(0, pos - 40) : pos]):
        word = match.group(1)
        if word not in ROLE_NOUNS and word not in ROLE_MODIFIERS:
            break
        pos -= len(word) + 1
        words.append(word)
    if not any(w in ROLE_NOUNS for w in words):
        return None
    return _extend_with_capitalised_qualifier(text, pos)


def _extend_with_capitalised_qualifier(text: str, pos: int) -> int:
    """Include "National Security Council" / "Russia's" / "US" right before a role noun."""
    match = _CAPITALISED_WORDS_BEFORE_RE.search(text[max(0, pos - 80) : pos])
    if not match:
        return pos
    qualifier_start = pos - len(match.group(0))
    words = match.group(1).split()
    # A word that ends the sentence before ("Friday.") is no part of it; an abbreviation
    # ("Gov.", "U.S.") is.
    if _ends_sentence(words[-1]):
        return pos
    while any(_ends_sentence(word) for word in words[:-1]):
        qualifier_start += len(words[0]) + 1
        words = words[1:]
    # A sentence's first word is capitalised whatever it is: kept when it modifies a role ("First
    # lady Ann Gale", "Former minister ..."), dropped when it is just a common word.
    while words and words[0].lower() in COMMON_WORDS - ROLE_MODIFIERS and not words[0].isupper():
        qualifier_start += len(words[0]) + 1
        words = words[1:]
    return qualifier_start if words else pos


def _ends_sentence(word: str) -> bool:
    stem = word[:-1]
    return word.endswith(".") and stem.isalpha() and stem.lower() not in ABBREVIATED_TITLES and len(stem) > 1


_APPOSITIVE_AFTER_RE = re.compile(
    r"^,\s+(?:(?:a|an|the)\s+(?:[\w'’-]+['’]s\s+)?|(?:his|her|their|its)\s+)?"
    r"(?P<role>[^,;.!?()\"“”\n]{2,120}?)(?=,|\.\s|;|\)|$|\n| who | and (?:a|an|the) )"
)


def role_after(text: str, end: int) -> str | None:
    """Appositive after the name: "Jane Roe, a spokeswoman for the agency, said"."""
    match = _APPOSITIVE_AFTER_RE.match(text[end : end + 160])
    if not match:
        return None
    return _role_phrase(match.group("role"))


def _role_phrase(phrase: str) -> str | None:
    words = phrase.split()
    if not words or len(words) > 14:
        return None
    head_zone = [w.lower().strip(",.") for w in words[:6]]
    if not any(w in ROLE_NOUNS or w.split("-")[0] in ROLE_NOUNS for w in head_zone):
        return None
    return " ".join(words)


_APPOSITIVE_BEFORE_RE = re.compile(
    r"(?:^|[.!?;:\n]\s*|,\s+|\b(?:while|and|but|when|as|where)\s+)"
    r"(?:(?:the|a|an)\s+(?:[a-z][\w'’-]*['’]s\s+)?)?"
    r"(?P<role>[^,;.!?()\"“”\n]{2,120}),\s+$",
    re.IGNORECASE,
)


_LEADING_CONJUNCTION_RE = re.compile(r"^(?:while|and|but|when|as|where)\s+", re.IGNORECASE)
_LEADING_ARTICLE_RE = re.compile(r"^(?:the|a|an)\s+(?:[a-z][\w'’-]*['’]s\s+)?", re.IGNORECASE)


def role_before_appositive(text: str, start: int, end: int) -> str | None:
    """Appositive before the name: "The agency's chief economist, Jane Roe, said"."""
    if text[end : end + 1] != ",":
        return None
    match = _APPOSITIVE_BEFORE_RE.search(text[max(0, start - 160) : start])
    if not match:
        return None
    phrase = _LEADING_CONJUNCTION_RE.sub("", match.group("role"))
    phrase = _LEADING_ARTICLE_RE.sub("", phrase)
    return _role_phrase(phrase)


def find_role(text: str, candidate: Candidate) -> str | None:
    start = candidate.role_start if candidate.role_start is not None else candidate.start
    role_start = role_before(text, start)
    if role_start is not None:
        return text[role_start : candidate.start].strip()
    if candidate.role:
        return candidate.role
    return role_after(text, candidate.end) or role_before_appositive(text, start, candidate.end)
