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
    """The tagger's names in `passages` of `text` (each a sentence or so), by span in `text`."""
    spans = sorted(set(passages))
    if not spans:
        return {}
    nlp = pipeline(("tok2vec", "ner"))
    found: dict[tuple[int, int], Kind] = {}
    for (start, _), doc in zip(spans, nlp.pipe(text[s:e] for s, e in spans), strict=True):
        for ent in doc.ents:
            kind = _LABEL_KINDS.get(ent.label_)
            if kind is not None:
                found[(start + ent.start_char, start + ent.end_char)] = kind
    return found
