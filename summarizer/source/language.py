"""Telling a reader when an article is not in English: the extractors' cue words (reporting
verbs, titles, function words) are English, so a brief of a Spanish article misses names and
roles, and says nothing about why unless told.

Most articles are English, and for those the check costs a count of common words. Only text
that fails it is handed to py3langid (a maintained fork of langid.py, BSD, its model inside the
wheel: nothing is downloaded), which names the language; it is imported then and not before,
as loading its model takes about a second."""

from __future__ import annotations

import re
from itertools import islice

# The commonest English words: about 40% of the words of any English news story are among
# them, and hardly any of a story in another language.
_ENGLISH_COMMON = frozenset(
    "the of and to a in is was that for it on with as he she his her by at from they be this "
    "have has had are were said not but an which who their will would been its or also after "
    "more than about one new into over when there we i you".split()
)
_WORD = re.compile(r"[^\W\d_]+")
_MIN_WORDS = 30
_ENGLISH_SHARE = 0.12
_LANGUAGE_NAMES = {
    "es": "Spanish",
    "fr": "French",
    "de": "German",
    "it": "Italian",
    "pt": "Portuguese",
    "nl": "Dutch",
    "sv": "Swedish",
    "da": "Danish",
    "no": "Norwegian",
    "nb": "Norwegian",
    "fi": "Finnish",
    "pl": "Polish",
    "cs": "Czech",
    "ru": "Russian",
    "uk": "Ukrainian",
    "tr": "Turkish",
    "ar": "Arabic",
    "zh": "Chinese",
    "ja": "Japanese",
    "ko": "Korean",
    "ca": "Catalan",
    "ro": "Romanian",
    "hu": "Hungarian",
    "el": "Greek",
    "id": "Indonesian",
}


def english_share(text: str) -> float:
    """The share of the words of `text` that are among the commonest English words."""
    words = _WORD.findall(text[:20_000].lower())
    return sum(word in _ENGLISH_COMMON for word in words) / len(words) if words else 0.0


def _has_words(text: str, count: int) -> bool:
    """Whether `text` has at least `count` words: the first `count` are enough to say so, where
    listing every word of a long story cost as much as the English count that follows."""
    return sum(1 for _ in islice(_WORD.finditer(text), count)) == count


def other_language(text: str) -> str | None:
    """The name of the language `text` is written in when it is not English ("Spanish"), or
    None for English text and for text too short to tell."""
    if not _has_words(text[:20_000], _MIN_WORDS) or english_share(text) >= _ENGLISH_SHARE:
        return None
    import py3langid

    code, _ = py3langid.classify(text[:20_000])
    if code == "en":
        return None
    return _LANGUAGE_NAMES.get(code, f"language code {code!r}")


def language_note(text: str) -> str | None:
    """The note a brief carries when its article is not in English."""
    language = other_language(text)
    if language is None:
        return None
    return (
        f"the article seems to be in {language}; extraction is tuned for English, "
        "so names, roles, speakers and figure labels may be missing or wrong"
    )
