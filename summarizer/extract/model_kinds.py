"""Kinds a statistical tagger gives to names: the evidence for names the rules cannot settle.

Why: the rules of ``kinds`` need a cue (a given name, a title, a company word, a gazetteer entry)
and leave a name without one as "other"; on news nobody tuned them to, most such names are
persons in lists and sports results, companies, teams and towns. spaCy's small English model,
trained on a broad corpus, reads those from the words around them. It only ever settles a name
the rules left open, so the rules' precision stays; and it reads only the sentences that hold
such a name, so an article with none costs nothing."""

from __future__ import annotations

from collections.abc import Iterable

from summarizer.text.parse import pipeline
from summarizer.text.tokens import Kind

# OntoNotes labels as our kinds; NORP (nationalities), WORK_OF_ART, EVENT, LAW... say "not an actor".
_LABEL_KINDS: dict[str, Kind] = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "other",
    "EVENT": "other",
    "WORK_OF_ART": "other",
    "PRODUCT": "other",
    "LAW": "other",
    "LANGUAGE": "other",
}


def tagged_names(text: str, passages: Iterable[tuple[int, int]]) -> dict[tuple[int, int], Kind]:
    """The tagger's names in `passages` of `text` (each a sentence or so), by span in `text`.
    Each passage's names are kept by its words (`_PASSAGE_NAMES`): the rules that ask the tagger
    ask again about the same sentences of one article, and a batch repeats sentences (datelines,
    standing lines, copies of one report)."""
    spans = sorted(set(passages))
    if not spans:
        return {}
    unread = list(dict.fromkeys(text[s:e] for s, e in spans if text[s:e] not in _PASSAGE_NAMES))
    if unread:
        nlp = pipeline(("tok2vec", "ner"))
        for passage, doc in zip(unread, nlp.pipe(unread), strict=True):
            if len(_PASSAGE_NAMES) >= _PASSAGES_KEPT:
                _PASSAGE_NAMES.pop(next(iter(_PASSAGE_NAMES)))  # the oldest first
            _PASSAGE_NAMES[passage] = tuple(
                (ent.start_char, ent.end_char, kind) for ent in doc.ents if (kind := _LABEL_KINDS.get(ent.label_))
            )
    return {(s + start, s + end): kind for s, e in spans for start, end, kind in _PASSAGE_NAMES[text[s:e]]}


#: The tagger's names of each passage read lately, by its text: (start, end, kind) within it.
_PASSAGE_NAMES: dict[str, tuple[tuple[int, int, Kind], ...]] = {}
_PASSAGES_KEPT = 4096
