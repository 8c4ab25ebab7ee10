"""Whether the person a claim says said something is the one the article has say it, the test a
claim fails when a speaker is swapped for another person the article names ("Fiona Prince said
the firm had to choose ..." where the article's sentence that says so has "Gemma Pryor ... said
the company had to choose ..."; "Dan Roe said ..." where it has "..., added Eve Moss").

`structure.doer_mismatch` compares the doers of one verb (a "said" with a "said"), anywhere in the
passage: a passage that holds the claim's name as the speaker of another statement, or the
statement with another verb of speaking ("added", "told"), lets the swap through. A careful reader
looks at the sentence that says what the claim reports and at who says it there: this test finds
the sentence of the passage that holds most of what the claim's speaker is said to have said, and
refuses the claim when that sentence gives the saying to another person by name and never names
the claim's speaker. A pronoun, a description ("a spokesman") or no speaker at all there says
nothing against the claim (the sentence may go on about the claim's speaker)."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from summarizer.grounding.claims import Claim, Passage
from summarizer.grounding.lemmas import STOPWORDS, token_keys
from summarizer.text.parse import parse

__all__ = ["speaker_mismatch"]

#: Verbs that report what someone said: the one who says it is a fact of the claim.
SPEAKING = frozenset(
    "say tell add note state announce explain quip joke write tweet insist argue warn recall admit "
    "acknowledge comment remark reply respond".split()
)
#: How much of what the claim reports the chosen sentence must hold for its speaker to count.
_MOST_OF = 0.6
_LEAST_REPORTED = 3  # content words a report needs to be found in one sentence


def speaker_mismatch(claim: Claim, passage: Passage) -> str | None:
    """See the module docstring; the reason names both speakers."""
    for verb in parse(claim.text):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in SPEAKING:
            continue
        speaker = _named_speaker(verb)
        if speaker is None:
            continue
        reported = _content_keys(t for child in verb.children if child.dep_ == "ccomp" for t in child.subtree)
        if len(reported) < _LEAST_REPORTED:
            continue
        best, held = None, 0
        for sentence in passage.plain_sentences():
            keys = frozenset().union(*_content_keys(parse(sentence)))
            share = sum(1 for k in reported if k & keys)
            if share > held:
                best, held = sentence, share
        if best is None or held < _MOST_OF * len(reported):
            continue
        their = [s for v in parse(best) if v.lemma_.lower() in SPEAKING and (s := _named_speaker(v)) is not None]
        if not their:
            continue
        mine = {w.lower() for w in speaker.split()}
        written = {w.lower() for w in best.replace("’", "'").replace("'s", " ").split()}
        if any(mine & {w.lower() for w in other.split()} for other in their) or mine & written:
            continue
        return f"{speaker} is not who says it in the evidence ({their[0]} is)"
    return None


def _named_speaker(verb: Token) -> str | None:
    """The name that is the subject of a verb of speaking (its proper nouns), or None when the
    subject is a pronoun or a description."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PROPN":
        return None
    parts = [subject, *(c for c in subject.children if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN")]
    return " ".join(t.text for t in sorted(parts, key=lambda t: t.i))


def _content_keys(tokens: Iterable[Token]) -> list[frozenset[str]]:
    return [
        token_keys(t)
        for t in tokens
        if t.pos_ in ("NOUN", "VERB", "ADJ", "PROPN") and not t.is_stop and t.lower_ not in STOPWORDS
    ]
