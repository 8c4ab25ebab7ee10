"""What an extractor took for a name and a reader would not. One test, used where names are shown
(the brief's `who`) and where they are offered to the model (the prompt's list of names), so the
model is never handed a name the brief would refuse."""

from __future__ import annotations

import re

from summarizer.text.tokens import appears_lowercase, capitalised_only_where_sentences_start

_DOTTED_ACRONYM = re.compile(r"(?:[A-Z]\.){2,}")


def is_junk_name(name: str, kind: str, story: str) -> bool:
    """A letter ("T" of "AT&T", but not the dotted "U.N."), a contraction ("I'd"), a code without a word ("T-2"), or one
    common word that the article also writes in lower case ("Council", "Floods", "Route"),
    unless the evidence found it to be a person whom the article also names mid-sentence."""
    if not re.findall(r"[^\W\d_]{2,}", name):
        return not _DOTTED_ACRONYM.fullmatch(name)  # "U.N." is a name, spelt with dots
    if len(name.split()) > 1 or name.isupper():
        return False
    if kind == "person":
        # a person's one-word name that is also a common word ("Rose", "Young") is kept where the
        # article capitalises it mid-sentence; "Having" or "Baseball" only ever open a sentence
        return appears_lowercase(story, name) and capitalised_only_where_sentences_start(story, name)
    return appears_lowercase(story, name)
