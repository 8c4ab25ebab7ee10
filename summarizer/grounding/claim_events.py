"""Whether a claim's event is in its passage, the test an invented claim fails (moved from
`claims`, where every test of a claim once lived): `missing_key_content` finds the claim's event
(its main verb and what it acts on) and any cause it gives ("because", "after", "due to") in the
passage, and what a speaker is reported to say said by that speaker, not invented beside words
the passage happens to share."""

from __future__ import annotations

from summarizer.grounding.claims import Claim, Passage, coverage, derived_keys
from summarizer.grounding.lemmas import Word, can_be_verb, is_content, is_event_verb, is_light_verb
from summarizer.grounding.synonyms import is_communication
from summarizer.text.lexicon import REPORTING_VERBS
from summarizer.text.parse import parse

__all__ = [
    "missing_key_content",
]


_CAUSES = frozenset("because after since due following amid prompting prompted".split())
_PERFECT_AUX = frozenset("has have had".split())
# A claim whose event verbs are all paraphrased is kept when this share of its words is there.
_EVENT_FREE_COVERAGE = 0.7


def missing_key_content(claim: Claim, passage: Passage) -> str | None:
    """The claim's event and its cause are in the passage: a claim whose every event verb
    ("arrested", "confirmed") is absent is refused unless nearly all its other words are there,
    and so is a cause ("because ...", "after ...", "due to ...") the passage does not give; an
    invented event, cause or consequence is the commonest way a fluent summary goes wrong."""
    events = [w for w in claim.content if is_event_verb(w.lower) and not _reported_alike(claim, w, passage)]
    # An event said in other words, or named by its noun, is there; the claim's other words
    # excuse a missing event only as themselves (synonyms would let "officers were suspended"
    # pass on its nouns).
    strict = coverage(claim, passage, other_words=False)
    # An event said by a word of its own family is there ("referred" for "reference"); one said
    # only by a sense derived from another word's ("faced" for "opposition") is not.
    held = [w for w in events if _event_held(passage, w) or _said_by_the_speaker(claim, w, passage)]
    if events and not held and strict < _EVENT_FREE_COVERAGE:
        said = ", ".join(repr(w.text) for w in events)
        return f"the event ({said}) is not in the evidence"
    promised = [w for w in _promised(claim) if not passage.holds(w)]
    if promised and not passage.lowers & _FUTURE_SAID and not any(w.endswith("'ll") for w in passage.lowers):
        return f"what the claim says will be done ({promised[0].text!r}) is not in the evidence"
    reported = _reported_content(claim)
    if len(reported) >= _FEWEST_REPORTED and sum(passage.holds(w) for w in reported) * 2 < len(reported):
        said = ", ".join(repr(w.text) for w in reported if not passage.holds(w))
        return f"what the claim reports ({said}) is not in the evidence"
    for i, word in enumerate(claim.words):
        if word.lower not in _CAUSES or (i and claim.words[i - 1].lower in _PERFECT_AUX):
            continue  # "has since gone viral": an adverb of time, no cause
        clause = [w for w in claim.words[i + 1 : i + 7] if is_content(w) and not _named_elsewhere(w, passage)]
        if not clause:
            continue
        missing = [w for w in clause if not w.keys & passage.keys and w.lower not in passage.lowers]
        if len(missing) * 2 > len(clause):
            said = " ".join(w.text for w in claim.words[i : i + 1 + 6])
            return f"the cause or sequel {said!r}... is not in the evidence"
    return None


def _event_held(passage: Passage, verb: Word) -> bool:
    """Whether the passage states the claim's event `verb`: in its words or others
    (`Passage.holds`), or as the noun of the act
    ("have criticised her" where the passage writes "her criticism"; `derived_keys`)."""
    return passage.holds(verb) or bool(derived_keys(verb) & passage.keys)


def _named_elsewhere(word: Word, passage: Passage) -> bool:
    """Whether `word` is a capitalised word of a name the article writes, though not in the
    passage ("after Oilers goalie Cam *Talbot* lost a race" where the passage says "Talbot"):
    the name tests weigh names; a cause is invented by its acts and things."""
    return word.capitalised and word.lower in passage.source.lowers and not word.keys & passage.keys


_FEWEST_REPORTED = 3  # content words a report must have for its share to be weighed
_SPEAKER_REACH = 6  # how far before its reporting verb a speaker's name may stand


_FUTURE = frozenset("will would".split())
# How the evidence says what will be done; a plan it states in other words ("going to be taking
# body cameras on" for "would adopt them") is the claim's, not an invented one.
_FUTURE_SAID = _FUTURE | frozenset("going plans planned expects expected intends".split())


def _promised(claim: Claim) -> list[Word]:
    """The verbs of what the claim says someone will do ("would *appeal* the ruling", "will
    *review* its tyre calls"): a plan or promise is an event of its own, and an invented one
    shares its nouns with the evidence as easily as any."""
    found = []
    for previous, word in zip(claim.words, claim.words[1:], strict=False):
        if previous.lower in _FUTURE and is_content(word) and can_be_verb(word.lower) and word.lower in word.keys:
            if not any(is_light_verb(k) for k in word.keys):
                found.append(word)
    return found


def _reported_content(claim: Claim) -> list[Word]:
    """The content words of what a claim reports someone said ("X, a commander, told reporters
    *most victims were holidaymakers*"): the substance of the claim, which its speaker's name
    and description ("district military commander") must not make up for in the coverage."""
    named = {id(w) for name in claim.names for w in name}
    for i, word in enumerate(claim.words):
        speaker = claim.words[max(0, i - _SPEAKER_REACH) : i]
        if word.lower in REPORTING_VERBS and any(id(w) in named for w in speaker):
            return [w for w in claim.words[i + 1 :] if is_content(w) and id(w) not in named]
    return []


def _reported_alike(claim: Claim, verb: Word, passage: Passage) -> bool:
    """Whether `verb` reports ("Gibson testified that ...") what the passage reports with a verb
    of its own ("..., Gibson said"): the speaker named just before it is in the passage, which
    reports too. A reporting verb frames the event it reports; it is none of its own."""
    if verb.lower not in REPORTING_VERBS or not passage.lowers & REPORTING_VERBS:
        return False
    speaker = _speaker_before(claim, verb)
    return speaker is not None and speaker.lower in passage.lowers


def _speaker_before(claim: Claim, verb: Word) -> Word | None:
    """The capitalised word just before `verb` in the claim (its speaker's name), if any."""
    at = claim.words.index(verb)
    speaker = claim.words[at - 1] if at else None
    return speaker if speaker is not None and speaker.capitalised else None


def _said_by_the_speaker(claim: Claim, verb: Word, passage: Passage) -> bool:
    """Whether `verb`, a verb of saying the claim gives its speaker ("Kensit *hails* the Duchess
    as ..."; `synonyms.is_communication`), is what the passage has that speaker say with a
    reporting verb of its own ("..., says actress Patsy Kensit"): a headline names how someone
    spoke where the article reports it plainly, when what it says was said is there too."""
    speaker = _speaker_before(claim, verb)
    if speaker is None or not any(is_communication(k) for k in verb.keys if not k.startswith("~")):
        return False
    # What the verb says was said must be the passage's: every event of it, and most of its words.
    named = {id(w) for name in claim.names for w in name}
    said = [w for w in claim.words[claim.words.index(verb) + 1 :] if is_content(w) and id(w) not in named]
    if any(is_event_verb(w.lower) and not _event_held(passage, w) for w in said):
        return False
    if sum(passage.holds(w) for w in said) * 2 < len(said):
        return False
    return speaker.lower in passage.lowers and _speaks_in(speaker, passage)


# The verbs that report what was said and nothing more ("called for a recount" reports a demand).
_PLAIN_SAYING = frozenset({"say", "tell", "write", "add", "state"})


def _speaks_in(speaker: Word, passage: Passage) -> bool:
    """Whether the passage has `speaker` (a name's last word) as the subject of a plain verb of
    saying ("Or so says actress Patsy Kensit", "Kensit told the magazine")."""
    for start, end in passage.sentence_spans():
        for token in parse(passage.source.text[start:end]):
            if token.lemma_.lower() not in _PLAIN_SAYING:
                continue
            subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
            if any(t.lower_ == speaker.lower for s in subjects for t in s.subtree):
                return True
    return False
