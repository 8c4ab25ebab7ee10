"""lemminflect, whose two word tables are read from a cached copy (`text.table_copies`) instead of
being parsed from its gzipped CSV files in every process: 0.15 s of CPU before a process's first
article, 0.035 s from the copy. The same dictionaries, so the same answers.

lemminflect loads each table on first use in one method of its singleton (`_getLemmaDict`,
`_getInflDict`, unchanged since 0.2); those two are replaced here with ones that take the table
from the copy. Import `getAllLemmas` and `getInflection` from this module, not from lemminflect,
so that the replacement is in place before the first look-up."""

from __future__ import annotations

from typing import Any

from summarizer.text.parse import import_spacy

import_spacy()  # lemminflect imports spaCy to add its token extensions: without spaCy's command line

from lemminflect import getAllLemmas, getInflection  # noqa: E402
from lemminflect.codecs.InflectionLUCodec import InflectionLUCodec  # noqa: E402
from lemminflect.codecs.LemmaLUCodec import LemmaLUCodec  # noqa: E402
from lemminflect.core.Inflections import Inflections  # noqa: E402
from lemminflect.core.Lemmatizer import Lemmatizer  # noqa: E402

from summarizer.text.table_copies import parsed_once  # noqa: E402

__all__ = ["getAllLemmas", "getInflection"]


def _lemma_table(self: Any) -> dict[str, dict[str, tuple[str, ...]]]:
    if not hasattr(self, "lemma_dict"):
        source = self.lemma_lu_fn
        self.lemma_dict = parsed_once("lemminflect-lemmas", source, lambda: LemmaLUCodec.load(source))
    return self.lemma_dict


def _inflection_table(self: Any) -> dict[str, dict[str, tuple[str, ...]]]:
    if not hasattr(self, "infl_dict"):
        source = self.infl_lu_fn
        self.infl_dict = parsed_once("lemminflect-inflections", source, lambda: InflectionLUCodec.load(source))
    return self.infl_dict


Lemmatizer._getLemmaDict = _lemma_table
Inflections._getInflDict = _inflection_table
