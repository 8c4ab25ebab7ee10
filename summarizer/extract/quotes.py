"""Direct quotations and their speakers, found deterministically: rules, and where word order
is not enough to find a reporting verb's subject, the dependency parse of that one sentence
(`summarizer.text.parse`).

Why rules: a briefing note may only repeat what the article really quotes, word for
word, and must say who said it. News writing follows a narrow set of conventions,
so each step below is a convention rather than a guess:

* Pairing marks (`summarizer.extract.quote_marks`): which mark opens and which
  closes, and a quote that runs over paragraphs.
* Attribution, in order: the same sentence after the quote (`"...," X said`,
  `"...," said <title> X`), the same sentence before it (`X said: "..."`,
  `X told reporters: "..."`, `according to X, "..."`), a reporting clause earlier
  in the same paragraph, the previous quote's speaker when that quote is in the
  same or the previous paragraph (see below), and finally
  the subject of a reporting clause in the previous paragraph (`Brooks said he
  found housing.` / `"It feels good."`).
* Attribution also reads `"...," according to X`, a colon with no verb
  (`Martell, a doctor, is blunter: "..."`), an inverted verb before the quote
  (`asks editor Jean Roe, "..."`), and `"...?" Kim said.` (a question mark closing
  a quote does not end the sentence its attribution finishes).  A later quote in
  the same or next paragraph keeps the previous speaker when nothing between them
  names anyone else or reports anyone's words; otherwise a sentence right before
  it about someone (`Durning needed no coaxing. "..."`) gives its speaker.
* Clause structure decides between candidates: words after an embedded quote that
  open with a preposition or conjunction (`"tied for second" with Rubio, who said`)
  carry on the reporter's sentence, so a later verb is not the attribution; a
  reporting participle after a comma (`Kim thanked Lee, adding, "..."`) shares the
  main clause's subject; an inverted verb opening its clause takes the name after
  it (`, asks Review editor Jane Roe, "..."`, `Said Kim, "..."`); an appositive that
  is only a name names the description before it (`her adviser, Tom Reyes, said`);
  a quote alone in its paragraph and signed on the next line (`- Sanders.`) is the
  signer's; a later quote of a sentence with no clause of its own shares the reporting
  clause before the sentence's first quote (`Kim argued that it has "come a long way",
  "because it works"`); a sentence opened by a reporting participle (`Adding, "..."`)
  continues the reporting clause of the sentence before it.
* The parse decides what word order cannot: the subject a participle or joined verb shares
  (`When Lee spoke, Kim fired back, saying "..."` is Kim's), the subject of an unlisted verb
  before a colon or comma (`Rubio fired back forcefully: "..."`), and whether a listed form is
  a noun (`Weaver was unimpressed by Brill's comments, telling reporters`). What is written
  "reads" its words right after the quote (`"...," the statement read`).
* The phrase found is resolved to a name by `summarizer.extract.speakers` (surnames,
  pronouns, "the mayor", photo credits; see there).
* What is not a quotation: a passage of fewer than three words is kept only when
  a reporting verb sits within a few words before it (`called the plan "bold"`) or
  an attribution follows it (`"Really?" said Ann`), so `a "very" serious issue` is
  dropped; so are unattributed title-case passages (titles of works, slogans) and
  fragments woven into the reporter's own paraphrase (`said crews were "doing their
  best"`, `said that "..."`) unless an attribution follows them -- news annotators
  and readers treat those as indirect speech.

Quote text excludes the quotation marks and a trailing comma; spans index the
original text and never touch a `skip` range.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from summarizer.extract.entities import Entity, find_entities
from summarizer.extract.quote_marks import MarkedPassage, after_close, pair_marks, trimmed
from summarizer.extract.speakers import (
    NOMINAL_HEADS,
    Context,
    Mention,
    Speaker,
    leading_name,
    nominal_phrase,
    resolve_description,
    resolve_phrase,
    resolve_pronoun,
    speaker_in,
    unlisted_name,
)
from summarizer.grounding.synonyms import may_speak, names_a_person
from summarizer.text.lexicon import COMMON_WORDS, ORG_NOUNS, REPORTING_VERBS, ROLE_NOUNS
from summarizer.text.parse import parse, token_at
from summarizer.text.tokens import mask_skipped

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "MIN_UNATTRIBUTED_WORDS",
    "MIN_WHOLE_SENTENCE_WORDS",
    "QuoteCandidate",
    "find_quotes",
]


@dataclass(frozen=True)
class QuoteCandidate:
    text: str  # the quoted words, exactly text[start:end], without the quotation marks
    start: int
    end: int
    speaker: str | None  # resolved full name (Entity.name), an organization, or None
    speaker_role: str | None


MIN_UNATTRIBUTED_WORDS = 3
_NEAR_VERB_WORDS = 6
_GOVERNING_VERB_WORDS = 3

_QUOTE_VERBS = REPORTING_VERBS | frozenset(
    "saying adding noting stating writing telling explaining warning asking arguing "
    "insisting describing calling replying recalling claiming".split()
)
_VERB_RE = re.compile(r"\b(?:" + "|".join(sorted(_QUOTE_VERBS, key=len, reverse=True)) + r")\b")
_PRONOUNS = frozenset({"he", "she", "it"})


# ---------------------------------------------------------------------------
# Attribution patterns

_ACCORDING_TO = re.compile(r"according to\s+(?P<who>[^,]+?)\s*,?\s*$", re.IGNORECASE)
# `as prosecutor Marc Roe put it, "..."`: the idiom's "put" is no reporting verb of its own
_AS_PUT_IT = re.compile(r"\bas\s+(?P<who>[^,]+?)\s+puts?\s+it\s*,?\s*$", re.IGNORECASE)
# `as The Hill pointed out, "..."`, `as Politico reported: "..."`: the source of the quote that
# follows, named in an "as" clause with a reporting verb (checked against the list)
_AS_REPORTED = re.compile(r"\bas\s+(?P<who>[^,;:]+?)\s+(?P<verb>[a-z]+)(?:\s+out)?\s*[,:]?\s*$", re.IGNORECASE)
_MAX_SUBJECT_WORDS = 10  # an appositive (`Jo Lam, a former adviser to ...,`) aside
_APPOSITIVE_END = re.compile(r",[^,]*,?\s*$")


def _attribute_after(doc: Context, end: int, speakers: list[Speaker], strict: bool = True) -> Speaker | None:
    """`"...," X said`, `"...," said Title X`, `"...," X, a spokesman, said` after the quote.

    Not `strict`: any reporting clause after the quote, even one that carries on the
    reporter's sentence, for deciding whether the passage is someone's words at all."""
    tail_start = after_close(doc.text, end)
    tail = doc.text[tail_start : doc.sentence_end(tail_start)]
    if not tail.strip() and doc.text[end - 1 : end] in ("?", "!", "."):  # `"Why?" Kim said.` reads as a new sentence
        following = doc.text[tail_start : doc.sentence_end(tail_start + len(tail))]
        shape = _CLAUSE_AFTER_QUESTION if doc.text[end - 1 : end] != "." else _BARE_CLAUSE_AFTER_SENTENCE
        # the clause must follow in the same paragraph: "Scarborough retweeted the message" after a
        # paragraph break tells of something new
        if shape.match(following) and "\n" not in following[: len(following) - len(following.lstrip())]:
            tail = following
    verb = _verb_after(doc.text, end, tail)
    if verb is None:
        return None
    verb_start, verb_end = verb
    subject = tail[:verb_start].strip(" \n")
    if strict and _continues_reporters_clause(subject):
        return None
    aside = _ADVERBIAL_ASIDE.match(subject)
    if aside and _opens_with_speaker(subject[aside.end() :]):  # `"...," just as Kim did, Lee added`
        return resolve_phrase(doc, tail_start + aside.end(), tail_start + verb_start, speakers, first=True)
    if subject.strip(",") and (not subject.endswith(",") or _opens_with_speaker(subject.strip(","))):
        if len(_APPOSITIVE_END.sub("", subject).split()) > _MAX_SUBJECT_WORDS:
            return None
        return resolve_phrase(doc, tail_start, tail_start + verb_start, speakers, first=True)
    verb_word = tail[verb_start:verb_end]
    if verb_word.endswith("ing") and verb_word != "according":  # "..., urging Smith to": Smith is addressed
        return None
    object_match = _OBJECT_END.search(tail[verb_end:])
    assert object_match is not None  # the pattern also matches at the end of the text
    object_end = object_match.start() + verb_end
    to = _TO.match(tail[verb_end:]) if verb_word == "according" else _PARTICLE.match(tail[verb_end:])
    object_start = verb_end + (to.end() if to else 0)
    return resolve_phrase(doc, tail_start + object_start, tail_start + object_end, speakers, first=True)


# The inverted subject after the verb ends at a comma, or where a relative clause begins: "said
# one source who identified Sullivan" is the source's, whoever the clause names
_OBJECT_END = re.compile(r"[,;:(]|\s(?=(?:who|whose|which)\b)|$")
# Words of the reporter's after a quote, set off by a comma before the attribution's subject: an
# adverbial opening in lower case (`just as Kim did in 2008,`, `in a statement,`)
_ADVERBIAL_ASIDE = re.compile(r"[a-z][^,\"“”]{0,80},\s*(?=\S)")
_TO = re.compile(r"\s*to\b")
# `"...," points out the shop owner`, `shoots back Kim`: the particle of a phrasal reporting verb
_PARTICLE = re.compile(r"\s*(?:out|up|back)\b(?=\s+(?:the|a|an|[A-Z]))")
# `"...?" Trump went on`, `Bennett shot back`: reporting verbs of two words, not in the list.
_PHRASAL_REPORTING = r"(?:went|goes|shot|fired|cut|broke|spoke)\s+(?:on|back|in|up)"
# `"... missing." Trump said.`: a quote's own full stop, then a clause of nothing but its speaker
# and verb, which can report nothing else.
_BARE_CLAUSE_AFTER_SENTENCE = re.compile(
    r"\s*(?:(?:[A-Z][\w.'’-]*\s+){1,4}|(?:he|she|it)\s+)(?:said|says|added|adds|asked|wrote|tweeted)\s*\.(?:\s|$)"
)
# A listed reporting verb may run on to the end of its sentence (`"...?" Trump told Britain's ITV
# television station in an interview aired on Monday.`); any other verb in -ed only with a few
# words after it, since "Trump visited Ohio" after a quote is no attribution.
_CLAUSE_AFTER_QUESTION = re.compile(
    r"\s*(?:(?:[A-Z][\w.'’-]*\s+){1,4}|(?:he|she|it)\s+)?(?:"
    + _VERB_RE.pattern
    + "|(?:"
    + _PHRASAL_REPORTING
    + r"|[a-z]+ed\b)"
    r"(?:\s+[\w.'’-]+){0,5}\s*[.,])"
)


_LINKING_WORDS = frozenset(
    "with of for to in on at from by about against over than as and but or while whereas "
    "because since after before when whom which that who where".split()
)


def _continues_reporters_clause(subject: str) -> bool:
    """`says he is "tied for second" with Rubio, who said`: words after a quote that
    open with a preposition or conjunction carry on the reporter's sentence, so a
    verb further on belongs to another clause and the speaker is the one named
    before the quote.  An attribution after a comma still counts (`"..." about the
    vote, said Ann Lee`, `"...," in a statement, the firm said`), unless a
    conjunction opens that last part (`"...," for instance, and Kim vowed`)."""
    words = subject.split()
    if not words or words[0].lower() not in _LINKING_WORDS:
        return False
    if "," not in subject:
        return True
    last = subject.rsplit(",", 1)[1].strip()
    return bool(last) and (last.split()[0].lower() in _LINKING_WORDS or not _opens_with_speaker(last))


def _opens_with_speaker(clause: str) -> bool:
    """`Smith, a spokesman, said` / `he said` vs `they may join the war, stated Smith`."""
    first = clause.split()[0]
    return first[0].isupper() or first.lower() in _PRONOUNS or nominal_phrase(clause) is not None


# `"...," an angry Hollande retaliated`: an article and a few lower-case words may stand before the name
_UNLISTED_VERB_RE = re.compile(
    r"^\s*(?:(?:he|she|it|(?:(?:an?|the)\s+(?:[a-z][\w-]*\s+){0,2})?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+)?"
    r"(?P<verb>[a-z]+ed|" + _PHRASAL_REPORTING + r")\b"
)


# `"...," the statement read.`, `"...," reads a sign`: what is written "reads" its words. Only right
# after the quote (a few words of subject at most), since "read" is mostly no reporting verb
# (`"..." -- the ad I saw -- shows the books they read`)
_READ_RIGHT_AFTER = re.compile(r"[\s,]*(?:(?:[\w'’.-]+\s+){1,6}?)?(?P<verb>reads?)\b(?=\s*[,.:;]|\s+[A-Za-z])")


def _verb_after(text: str, end: int, tail: str) -> tuple[int, int] | None:
    """Span (in `tail`) of the reporting verb after a quote. Besides the listed verbs,
    a quote closed by , ? ! is followed by its attribution whatever the verb
    (`"...," scolded Ann`, `"...?" Ann snapped`, `"...," Ann went on`)."""
    listed = _VERB_RE.search(tail)
    read = _READ_RIGHT_AFTER.match(tail)
    if read and (listed is None or read.start("verb") < listed.start()):
        return read.span("verb")
    if listed:
        return listed.span()
    if text[end - 1 : end] not in (",", "?", "!"):
        return None
    unlisted = _UNLISTED_VERB_RE.match(tail)
    return unlisted.span("verb") if unlisted else None


def _attribute_before(doc: Context, start: int, speakers: list[Speaker]) -> tuple[Speaker | None, bool]:
    """`X said: "..."`, `according to X, "..."`; also reports whether a verb is near."""
    open_mark = start - 1
    head_start = _context_start(doc, open_mark)
    head = doc.text[head_start:open_mark]
    according = _ACCORDING_TO.search(head) or _AS_PUT_IT.search(head)
    if according:
        who = resolve_phrase(
            doc, head_start + according.start("who"), head_start + according.end("who"), speakers, first=True
        )
        return who, True
    reported = _AS_REPORTED.search(head)
    if reported and reported.group("verb") in _QUOTE_VERBS:
        who = resolve_phrase(
            doc, head_start + reported.start("who"), head_start + reported.end("who"), speakers, first=True
        )
        if who:
            return who, True
    inverted = _INVERTED.search(head)
    if (
        inverted and inverted.group("verb").lower() in _QUOTE_VERBS and _is_title_phrase(inverted.group("who"))
    ):  # `asks editor Jean Roe, "..."`, `Said Kim, "..."`
        named = speaker_in(doc, head_start + inverted.start("who"), head_start + inverted.end("who"), first=True)
        if named:
            return named, True
    found = list(_VERB_RE.finditer(head))
    # a listed form used as a noun ("his remarks were 'sarcastic'") or naming something ("a class
    # called 'Perception'") names no subject, but still marks the words as someone's, as it always has
    noun_near = bool(found) and len(head[found[-1].end() :].split()) <= _NEAR_VERB_WORDS
    listed = [v for v in found if not _names_something(doc, head_start + v.start(), v.end() - v.start())]
    verbs = [v for v in listed if not _used_as_noun(doc, head_start + v.start(), v.end() - v.start())]
    verbs = verbs or list(_ED_VERB_BEFORE_QUOTE.finditer(head))
    opening = _OPENING_PARTICIPLE.match(head)
    if not verbs and opening and opening.group(1).lower() in _QUOTE_VERBS:
        return _previous_sentence_reporter(doc, head_start, speakers), True
    if not verbs and (signed := _dashed_source(doc, head_start, head)):
        return signed, True
    if not verbs:
        # `Rubio fired back forcefully: "..."`, `Clinton proclaimed at a press conference, "..."`:
        # the quote is the object of the clause's verb, whoever its subject is by the parse
        ends = head.rstrip()[-1:]
        subject = _parsed_subject_speaker(doc, head_start, open_mark, speakers) if ends in (":", ",") else None
        if ends == ":":  # `Martell, a doctor, is more blunt: "..."`
            if subject is not None and _thing_subject_before_person(doc, head_start, open_mark):
                subject = None  # `The timing of Sanders' surge doesn't surprise pollster Daron Shaw: "..."`
            subject = subject or _clause_subject(doc, head_start, open_mark, speakers)
            return subject or _last_person(doc, head_start, open_mark), True
        if subject is not None or not listed:
            return subject, noun_near
        # `Hollande denounced Trump's remarks as "..."`: the subject of the clause's verb by the
        # parse, not the possessor of the listed form used as a noun
        subject = _parsed_subject_speaker(doc, head_start, open_mark, speakers)
        if subject is not None and subject.named:
            return subject, noun_near
        verbs = listed  # nothing better: the noun's possessor, as before ("Trump defended his comments as")
    verb = verbs[-1]
    near = noun_near or len(head[verb.end() :].split()) <= _NEAR_VERB_WORDS
    opening = _OPENING_SUBORDINATE.match(head)
    if opening and verb.start() < opening.end() < len(head.rstrip()):
        # `When Trump suggested that ..., Rubio fired back forcefully: "..."`: the listed verb
        # is in the opening clause, and the quote belongs to the main clause after it
        subject = _parsed_subject_speaker(doc, head_start + opening.end(), open_mark, speakers)
        if subject is not None:
            return subject, near
    if _is_participle_clause(doc, head_start + verb.start(), verb.group()) or _COORDINATED.search(
        head, 0, verb.start()
    ):
        subject = _main_subject(doc, head_start + verb.start(), speakers)
        if subject:
            return subject, near
    subject = _subject_before(doc, head_start, head_start + verb.start(), speakers)
    if subject is None and near:  # inverted: `asks editor Jane Roe, "..."`
        subject = speaker_in(doc, head_start + verb.end(), open_mark, first=True)
    return subject, near


# A subordinate clause opening the sentence, to its comma: `When Trump suggested that ...,`; not
# `As Breitbart News reported,`, which names the source of what follows

_OPENING_SUBORDINATE = re.compile(
    r"\s*(?:When|After|Before|While|Although|Though|If|Since|Because|Once|Until|Unless)\b[^,\"“”;:]*,\s*"
)


# `Pollsters agree - Carl Bialik: "..."`: a digest's lead-in, a dash, then the source's name alone
_DASHED_NAME = re.compile(r"\s[-—–]+\s*(?P<who>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|of|the))*)\s*:\s*$")


def _dashed_source(doc: Context, head_start: int, head: str) -> Speaker | None:
    """The name set off by a dash right before a colon and the quote: a roundup's convention of
    heading each excerpt with what it shows, then whose words follow (`... - HuffPollster: "..."`).
    The lead-in before the dash is the editor's words and names no speaker of its own."""
    dashed = _DASHED_NAME.search(head)
    if dashed is None:
        return None
    start, end = head_start + dashed.start("who"), head_start + dashed.end("who")
    return speaker_in(doc, start, end, first=True) or unlisted_name(doc, dashed.group("who"), start)


def _used_as_noun(doc: Context, start: int, length: int) -> bool:
    """Whether a reporting verb's form ending in -s is a plural noun here, by the parse of its
    sentence: "Sanders' comments", "his recent remarks", "those claims" report nothing, and the
    name before them is no speaker. Forms that are only verbs ("says", "said") are not parsed."""
    word = doc.text[start : start + length]
    if not word.endswith("s") or word in _ONLY_VERBS:
        return False
    sentence_start = doc.sentence_starts[doc.sentence_index(start)]
    parsed = parse(doc.text[sentence_start : doc.sentence_end(start)])
    token = token_at(parsed, start - sentence_start)
    return token is not None and token.pos_ == "NOUN"


_ONLY_VERBS = frozenset({"says", "adds", "tells", "asks", "writes", "argues", "insists", "explains"})

_SO_BEFORE = re.compile(r"\bso[\s-]*$", re.IGNORECASE)
_NAMING_FORMS = frozenset({"called", "dubbed", "named"})


def _names_something(doc: Context, start: int, length: int) -> bool:
    """Whether a listed "called" names rather than reports: "the so-called 'Implementation
    Initiative'", "a super PAC called Future45" (a participle on a noun, by the parse) give a name
    to something; the noun before them is nobody's speaker, and the clause reports no words."""
    word = doc.text[start : start + length]
    if word not in _NAMING_FORMS:
        return False
    if _SO_BEFORE.search(doc.text, max(0, start - 4), start):
        return True
    sentence_start = doc.sentence_starts[doc.sentence_index(start)]
    token = token_at(parse(doc.text[sentence_start : doc.sentence_end(start)]), start - sentence_start)
    return token is not None and token.dep_ in ("acl", "amod") and token.head.pos_ in ("NOUN", "PROPN")


def _reports(doc: Context, verb: re.Match) -> bool:
    """Whether a listed verb found outside the quotes reports someone's words there."""
    return not doc.inside_quote(verb.start()) and not _names_something(doc, verb.start(), verb.end() - verb.start())


# `Adding, "..."` opening a sentence: a participle whose subject is the previous sentence's.
_OPENING_PARTICIPLE = re.compile(r"\s*([A-Z][a-z]+ing)\s*[,:]?\s*$")


def _previous_sentence_reporter(doc: Context, sentence_start: int, speakers: list[Speaker]) -> Speaker | None:
    """`Kim stated that the report "wasn't good." Adding, "..."`: a sentence opened by a
    reporting participle continues the reporting clause of the sentence before it, in the
    same paragraph."""
    index = doc.sentence_index(sentence_start)
    previous = doc.sentence_starts[index]  # the splitter may not end a sentence at a closing mark
    if previous == sentence_start:
        if index == 0:
            return None
        previous = doc.sentence_starts[index - 1]
    if previous < doc.paragraph_starts[doc.paragraph_of(sentence_start)]:
        return None
    verbs = [v for v in _VERB_RE.finditer(doc.text, previous, sentence_start) if not doc.inside_quote(v.start())]
    if not verbs:
        return None
    return _subject_before(doc, doc.sentence_start(verbs[-1].start()), verbs[-1].start(), speakers)


# `Kim tweeted, "..."`; `Kim issued a statement: "..."`, `Kim posted this message, "..."`
_ED_VERB_BEFORE_QUOTE = re.compile(
    r"\b[a-z]+ed(?=(?:\s+(?:a|an|the|this|her|his|its|their)\s+(?:[a-z-]+\s+)?"
    r"(?:statement|tweet|message|post|note|letter|email|e-mail|response|reply))?\s*[,:]\s*$)"
)


# A reporting verb opening its clause (no subject before it), then only a name with
# its title words, then the quote; `Kim told Fox News, "..."` names the listener.
_INVERTED = re.compile(
    r"(?:^|[,;:—(]|[\"”])\s*(?P<verb>[A-Za-z]+)\s+(?P<who>(?:[\w.'’-]+\s+){0,5}[A-Z][\w.'’-]+)\s*[,:]\s*$"
)


def _is_title_phrase(phrase: str) -> bool:
    """Only capitalised words, "the" and role nouns: `Policy Options editor Jean Roe`."""
    return all(w[0].isupper() or w == "the" or w in ROLE_NOUNS for w in phrase.split())


# `Lee said he welcomed the ruling and added, "..."`: a verb joined to an earlier one shares its subject
_COORDINATED = re.compile(r"\b(?:and|but)(?:\s+then)?\s*$")


def _is_participle_clause(doc: Context, verb_start: int, verb: str) -> bool:
    """`Kim thanked Lee, adding, "..."`: a reporting participle after a comma (or after
    words that are not its subject) shares the subject of the sentence's main clause,
    whereas in `heard Lee saying "..."` the name right before it is the one speaking."""
    if not verb.endswith("ing") or verb == "according":
        return False
    before = doc.text[:verb_start].rstrip()
    if before.endswith(","):
        return True
    people = doc.mentions_between(max(0, verb_start - 80), verb_start, "person")
    return not (people and people[-1][1] >= len(before) - 2)


_OPENING_HE_SHE = re.compile(r"\W*(he|she)\b", re.IGNORECASE)
# A definite description opening the sentence as its subject, up to its verb: `The Democratic
# presidential candidate blasted`, `The senator has said`
_OPENING_DESCRIPTION = re.compile(
    r"\W*([Tt]he\s+(?:[\w'’-]+\s+){0,3}?[a-z][\w'’-]*)\s+(?:[a-z]+ed|[a-z]+s|has|had|was|is)\b"
)
_CLAUSE_PRONOUN = re.compile(
    r"\W*(?:(?:but|and|so|then)\s+)?(?:[^,.;:\"“”]{1,30},\s*)?(he|she|it|his|her)\b", re.IGNORECASE
)


def _main_subject(doc: Context, verb_start: int, speakers: list[Speaker]) -> Speaker | None:
    """The subject of the sentence holding `verb_start`: the one a reporting verb
    earlier in it has, else the first person (or organization) it names."""
    sentence_start = doc.sentence_starts[doc.sentence_index(verb_start)]
    earlier = [
        v
        for v in _VERB_RE.finditer(doc.text, sentence_start, verb_start)
        if not doc.inside_quote(v.start()) and not _used_as_noun(doc, v.start(), v.end() - v.start())
    ]
    if earlier and not earlier[0].group().endswith("ing"):
        clause_start = doc.sentence_start(earlier[0].start())
        return _subject_before(doc, clause_start, earlier[0].start(), speakers)
    parsed = _parsed_subject(doc, sentence_start, verb_start)
    if parsed is not None:
        subject = resolve_phrase(doc, parsed[0], parsed[1], speakers, first=True)
        if subject is not None:
            return subject
    pronoun = _OPENING_HE_SHE.match(doc.text[sentence_start:verb_start])
    if pronoun:
        return resolve_pronoun(doc, sentence_start + pronoun.start(1), pronoun.group(1).lower(), speakers)
    described = _OPENING_DESCRIPTION.match(doc.text, sentence_start, verb_start)
    if described:  # `The senator blasted Baker's plan, calling it "..."`: not Baker
        position = described.start(1)
        phrase = described.group(1)
        return resolve_description(doc, phrase, position, speakers) or Speaker(phrase, None, position, named=False)
    return speaker_in(doc, sentence_start, verb_start, first=True)


# Dependencies a participle or a joined verb hangs from on its way up to the clause that has the subject
# ("Kim compared himself to Lee, saying": advcl; "released a statement, saying": acl of the object)
_CLIMBED = frozenset({"advcl", "xcomp", "conj", "acl", "dobj", "dep", "pcomp", "prep", "pobj"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_MAX_CLIMB = 4


def _parsed_subject(doc: Context, sentence_start: int, verb_start: int) -> tuple[int, int] | None:
    """The span of the subject a reporting participle or joined verb shares, read from the
    dependency parse of its sentence: the subject of the nearest verb above it. Word order alone
    takes the first name of the sentence, which in "Sanders compared himself to Clinton, saying"
    is right but in "When Trump spoke, Rubio fired back, saying" or "The party released a
    statement, saying Trump's remarks" is not. The span runs from the subject's first modifier to
    its head word, leaving out an appositive or relative clause after it."""
    parsed = parse(doc.text[sentence_start : doc.sentence_end(verb_start)])
    verb = token_at(parsed, verb_start - sentence_start)
    if verb is None or verb.dep_ not in _CLIMBED or verb.head.i == verb.i:
        return None
    subject = _subject_above(verb.head, _MAX_CLIMB - 1)
    return _subject_span(parsed, subject, sentence_start) if subject is not None else None


def _parsed_subject_speaker(doc: Context, clause_start: int, open_mark: int, speakers: list[Speaker]) -> Speaker | None:
    """Who the subject `_parsed_clause_subject` finds is, if anyone: the one step the three
    readings of a clause by its parse in `_attribute_before` share."""
    parsed = _parsed_clause_subject(doc, clause_start, open_mark)
    return resolve_phrase(doc, parsed[0], parsed[1], speakers, first=True) if parsed else None


def _parsed_clause_subject(doc: Context, clause_start: int, open_mark: int) -> tuple[int, int] | None:
    """The span of the subject of the verb nearest a quote in the clause before it, by the parse
    of the clause's words up to the quotation mark ("When Trump spoke, Rubio fired back:" gives
    Rubio, not the first name)."""
    parsed = parse(doc.text[clause_start:open_mark])
    # the verb nearest the quote ("The trouble showed when Kell took to the radio with this:" is
    # Kell's); a copula ("Here was the big reveal:", "The reality is,") is no verb here
    verb = next((t for t in reversed(parsed) if t.pos_ == "VERB" and t.lemma_ != "be"), None)
    subject = _subject_above(verb, _MAX_CLIMB) if verb is not None else None
    if subject is None or doc.inside_quote(clause_start + subject.idx):  # a headline quoted before its byline
        return None
    return _subject_span(parsed, subject, clause_start)


# Subject heads that speak, or stand for what someone said, beside those WordNet files so
# (`may_speak`): a name in such a subject ("Kim's statement is blunt:", "Kim's campaign
# fired back:") is the speaker's
_SPEAKING_HEADS = frozenset(
    "statement comment remark word response reply answer message view verdict reaction explanation "
    "advice argument assessment conclusion point line pitch take position opinion warning plea "
    "call request promise claim tweet post letter note email memo speech testimony account campaign "
    "office administration".split()
)


def _thing_subject_before_person(doc: Context, clause_start: int, open_mark: int) -> bool:
    """Whether the subject of the clause before a colon is a thing (a common noun that neither
    speaks nor stands for words said) and the clause ends on a person named after its verb: in
    "The timing of Sanders' surge doesn't surprise pollster Daron Shaw:" the quote is Shaw's, and
    Sanders only modifies "timing", which no one is. A person in the middle of the clause ("a
    blind faith in Obama's word:") is no one the colon introduces."""
    parsed = parse(doc.text[clause_start:open_mark])
    verb = next((t for t in reversed(parsed) if t.pos_ == "VERB" and t.lemma_ != "be"), None)
    subject = _subject_above(verb, _MAX_CLIMB) if verb is not None else None
    if subject is None or verb is None or subject.pos_ != "NOUN":
        return False
    head = subject.lemma_.lower()
    if head in ROLE_NOUNS or head in NOMINAL_HEADS or head in _SPEAKING_HEADS or head in ORG_NOUNS:
        return False
    if may_speak(head) or names_a_person(head):
        return False
    people = doc.mentions_between(clause_start + verb.idx + len(verb), open_mark, "person")
    return bool(people) and not doc.text[people[-1][1] : open_mark].strip(" \n:")


def _subject_above(token: Token, steps: int) -> Token | None:
    """The subject of `token`, else of the word it hangs from, climbing up to `steps` words by
    the dependencies a participle, a joined verb or an object hang from."""
    for _ in range(steps):
        subject = next((c for c in token.children if c.dep_ in _SUBJECTS), None)
        if subject is not None:
            return subject
        if token.dep_ not in _CLIMBED or token.head.i == token.i:
            return None
        token = token.head
    return None


def _subject_span(parsed: Doc, subject: Token, offset: int) -> tuple[int, int]:
    """The subject's words in the text: its modifiers and "of" phrase, not what is set off."""
    kept = [t for t in subject.subtree if not _set_off(parsed, t, subject)]
    return offset + kept[0].idx, offset + kept[-1].idx + len(kept[-1])


_CLAUSES_ON_A_NOUN = frozenset({"relcl", "acl", "appos"})


def _set_off(parsed: Doc, token: Token, head: Token) -> bool:
    """Whether `token` of the subject's subtree lies beyond a comma from its head word, or in a
    clause or appositive hung on it ("Jo Lam, a former aide, who ..."): the subject's own words
    are its modifiers and its "of" phrase ("the former secretary of state")."""
    low, high = sorted((token.i, head.i))
    if any(t.text in (",", "(", "—", "–") for t in parsed[low:high]):
        return True
    while token.i != head.i:
        if token.dep_ in _CLAUSES_ON_A_NOUN:
            return True
        token = token.head
    return False


def _last_person(doc: Context, start: int, end: int) -> Speaker | None:
    """`..., when Musk took to Twitter with this: "..."`: the person nearest the colon."""
    people = doc.mentions_between(start, end, "person")
    return speaker_in(doc, people[-1][0], people[-1][1]) if people else None


def _clause_subject(doc: Context, start: int, end: int, speakers: list[Speaker]) -> Speaker | None:
    """The subject opening a clause: a pronoun, or a name preceded only by title words."""
    clause = doc.text[start:end]
    pronoun = _CLAUSE_PRONOUN.match(clause)
    if pronoun:
        word = pronoun.group(1).lower()
        word = {"his": "he", "her": "she"}.get(word, word)
        return resolve_pronoun(doc, start + pronoun.start(1), word, speakers)
    named = [m for m in doc.mentions_between(start, end) if m[2].kind in ("person", "organization")]
    if not named:
        return None
    lead = doc.text[start : named[0][0]].split()
    if all(w[:1].isupper() or w.lower() == "the" for w in lead):
        return speaker_in(doc, named[0][0], named[0][1])
    return _named_main_subject(doc, start, end, named)


def _named_main_subject(doc: Context, start: int, end: int, named: list[Mention]) -> Speaker | None:
    """`In his address to La Raza, Graham assures his audience ...`, `At her direction, the DNC
    issued a statement`: after an opening phrase, the subject of the clause's main verb by the
    parse, when that subject is itself a name of a person or organization (not a noun a name only
    modifies, as in "Comey's move", nor a name inside the opening phrase)."""
    parsed = parse(doc.text[start:end])
    root = next((t for t in parsed if t.dep_ == "ROOT"), None)
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None) if root is not None else None
    if subject is None or subject.pos_ != "PROPN":
        return None
    at = start + subject.idx
    mention = next((m for m in named if m[0] <= at < m[1]), None)
    return speaker_in(doc, mention[0], mention[1]) if mention else None


def _context_start(doc: Context, open_mark: int) -> int:
    """Sentence start; a paragraph ending in a colon introduces the next one."""
    start = doc.sentence_start(open_mark)
    before = doc.text[:start].rstrip()
    if before.endswith(":"):
        return doc.sentence_start(len(before) - 1)
    return start


# What `_subject_before` looks for at the end of the words before a reporting verb.
_SUBJECT_TAIL = re.compile(r"(?:,[^,]{1,120},)?\s*(?:\w+ly\s+)?(?:also\s+|then\s+|has\s+|had\s+|have\s+)?$")
_PRONOUN_AT_END = re.compile(r"\b(he|she|it)\s*$", re.IGNORECASE)
_NAME_AT_END = re.compile(r"(?:^|[,;]\s*)(?:[Aa]s\s+)?((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+)\s*$")
_POSSESSIVE_AT_END = re.compile(r"(?:^|[,;]|\b(?:and|but|while|as)\b)\s*((?:his|her)(?:\s+[\w'’-]+){1,3})\s*$", re.I)
_NOMINAL_AT_END = re.compile(
    r"(?:^|[,;]|\b(?:and|but|while|as)\b)\s*(?:yet\s+)?((?:the|a|an|another|one|my|our)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}|"
    + "another|"  # `Another tweeted, "..."`: someone of those just quoted, not named
    + "|".join(NOMINAL_HEADS)
    + r")\s*$",
    re.IGNORECASE,
)


_WORD = re.compile(r"[a-z]+")
_BETWEEN_VERB_AND_AGENT = re.compile(r"[\s,\"“”‘’']*(?:as[\s\"“”‘’']+)?[\s,\"“”‘’']*")
# `has been called "strategic ambiguity" by Joshua Hendrick`: a passive reporting verb
_PASSIVE_BEFORE = re.compile(r"\b(?:been|was|were|is|are|be|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_AGENT = re.compile(r"\bby\s+(?P<who>[^,;:.()\"“”]+?)(?=\s*(?:[,;:.()\"“”]|\s(?:who|which|and|as|in|at|on)\b|$))")


def _passive_agent(doc: Context, verb_start: int, speakers: list[Speaker]) -> Speaker | None:
    """The speaker of a passive reporting verb (`"X" was called "bold" by Ann Lee`) is its agent
    after "by", in the same sentence and outside the quotes; the subject before the verb is what
    was called or described. (Without an agent the subject is still taken, as before: it keeps
    the passage a quote, which annotators count as the subject's, 'being described as a "real
    woman"'.)"""
    index = doc.sentence_index(verb_start)
    end = doc.sentence_starts[index + 1] if index + 1 < len(doc.sentence_starts) else len(doc.text)
    verb = _WORD.match(doc.text, verb_start)
    assert verb is not None  # the caller found a word there
    for agent in _AGENT.finditer(doc.text, verb.end(), end):
        if doc.inside_quote(agent.start()):
            continue
        # only the quote (and "as") between the verb and "by": in `reported in a "hit piece" by the
        # Times` the "by" belongs to the noun, and the piece is not who reported
        between = "".join(
            c for i, c in enumerate(doc.text[verb.end() : agent.start()], verb.end()) if not doc.inside_quote(i)
        )
        if _BETWEEN_VERB_AND_AGENT.fullmatch(between):
            return resolve_phrase(doc, agent.start("who"), agent.end("who"), speakers, first=True)
        return None
    return None


def _subject_before(doc: Context, clause_start: int, verb_start: int, speakers: list[Speaker]) -> Speaker | None:
    """The name right before the verb (skipping an appositive), else the clause subject; the agent
    of a passive verb."""
    verb = _WORD.match(doc.text, verb_start)
    if verb and not verb.group().endswith(("ing", "s")) and _PASSIVE_BEFORE.search(doc.text, clause_start, verb_start):
        agent = _passive_agent(doc, verb_start, speakers)  # not `is saying`, a progressive
        if agent is not None:
            return agent
    opening = _opening_name_before_appositive(doc, clause_start, verb_start)
    if opening is not None:
        return opening
    head = doc.text[clause_start:verb_start]
    trimmed = _SUBJECT_TAIL.sub("", head)
    end = clause_start + len(trimmed)
    named = _appositive_name(doc, end, verb_start)
    if named and not doc.mentions_between(end - 2, end, "person"):
        return named
    pronoun = _PRONOUN_AT_END.search(trimmed)
    if pronoun:
        return resolve_pronoun(doc, clause_start + pronoun.start(1), pronoun.group(1).lower(), speakers)
    adjacent = [m for m in doc.mentions_between(clause_start, end) if m[1] >= end - 2 and m[2].kind != "place"]
    if adjacent:
        return speaker_in(doc, adjacent[-1][0], adjacent[-1][1])
    name = _NAME_AT_END.search(trimmed)
    unlisted = name and unlisted_name(doc, name.group(1), clause_start + name.start(1))
    if unlisted:  # `Catherine, a teacher, retorted`: a name the entity spotter passed over
        return unlisted
    possessive = _POSSESSIVE_AT_END.search(trimmed)
    if possessive:  # `In a statement, his office said:` (resolve_phrase tells a statement from an office)
        return resolve_phrase(
            doc, clause_start + possessive.start(1), clause_start + possessive.end(1), speakers, first=True
        )
    nominal = _NOMINAL_AT_END.search(trimmed)
    if nominal:
        position = clause_start + nominal.start(1)
        described = resolve_description(doc, nominal.group(1), position, speakers)
        return described or Speaker(nominal.group(1), None, position, named=False)
    return speaker_in(doc, clause_start, verb_start, first=True)


# An appositive after the name opening a clause, running to the verb: lower-case, an age or a
# determiner first ("a 55-year-old salesman from Sumter, South Carolina,", "44, a home-care aide",
# "president and CEO of Washington Restaurant Association"), no quotation and no sentence break
_APPOSITIVE_TO_VERB = re.compile(r"\s*,\s*(?=[a-z\d])[^\"“”;:.!?]*?,?\s*(?:\w+ly\s+)?$")
_TITLES_OPENING = re.compile(r"\s*(?:[A-Z][\w.'’-]*\s+){0,4}")


def _opening_name_before_appositive(doc: Context, clause_start: int, verb_start: int) -> Speaker | None:
    """`Dean Johnson, a 55-year-old salesman from Sumter, South Carolina, says`, `Anthony Anton,
    president and CEO of the Restaurant Association stated`: the name opening the clause is its
    subject, and the appositive after it (however many commas it holds, with or without its
    closing one) only describes them; the names in it (the association, the town) say nothing."""
    mentions = doc.mentions_between(clause_start, verb_start)
    if not mentions:
        return None
    start, end, entity = mentions[0]
    if _TITLES_OPENING.fullmatch(doc.text, clause_start, start) is None:
        return None
    if not _APPOSITIVE_TO_VERB.fullmatch(doc.text, end, verb_start):
        return None
    if entity.kind == "person":
        return speaker_in(doc, start, end)
    return leading_name(doc, clause_start, end) if entity.kind in ("other", "organization") else None


_APPOSITIVE_INNER = re.compile(r"\s*,\s*([^,]+?)\s*,")


def _appositive_name(doc: Context, start: int, end: int) -> Speaker | None:
    """`her senior adviser, Jake Sullivan, said`: an appositive that is nothing but a
    person's name names the one the description before it stands for."""
    inner = _APPOSITIVE_INNER.match(doc.text[start:end])
    if not inner:
        return None
    people = doc.mentions_between(start + inner.start(1), start + inner.end(1), "person")
    if len(people) == 1 and people[0][0] == start + inner.start(1) and people[0][1] == start + inner.end(1):
        return speaker_in(doc, people[0][0], people[0][1])
    return None


def _attribute_in_paragraph(doc: Context, start: int, speakers: list[Speaker]) -> Speaker | None:
    """A reporting clause earlier in the paragraph: `Smith said the plan failed. "We tried."`.

    Only the text since the paragraph's previous quote counts: a clause before that
    quote attributes that quote, and the continuation rule handles what follows it.
    """
    paragraph_start = doc.paragraph_starts[doc.paragraph_of(start)]
    since = max([s.end + 1 for s in doc.spans if paragraph_start <= s.end < start - 1], default=paragraph_start)
    verbs = [v for v in _VERB_RE.finditer(doc.text, since, start - 1) if _reports(doc, v)]
    if not verbs:
        return None
    verb_start = verbs[-1].start()
    return _subject_before(doc, max(since, doc.sentence_start(verb_start)), verb_start, speakers)


def _attribute_shared_clause(doc: Context, span: MarkedPassage, speakers: list[Speaker]) -> Speaker | None:
    """`Kim argued that the plan has "come a long way" on farms, "because it works"`: a quote
    that follows another in the same sentence with no reporting clause of its own shares the
    one before the first (which `_attribute_before` does not reach: a quote bounds its clause).
    The verb must stand before every quote of the sentence so that it governs them all."""
    open_mark = span.start - 1
    sentence_start = doc.sentence_starts[doc.sentence_index(open_mark)]
    paragraph_start = doc.paragraph_starts[doc.paragraph_of(open_mark)]
    if sentence_start < paragraph_start or doc.inside_quote(sentence_start):
        return None
    first_mark = next((s.start - 1 for s in doc.spans if sentence_start <= s.start - 1 < open_mark), None)
    if first_mark is None:
        return None
    verbs = [v for v in _VERB_RE.finditer(doc.text, sentence_start, first_mark) if not v.group().endswith("ing")]
    if not verbs or any(not doc.inside_quote(v.start()) for v in _VERB_RE.finditer(doc.text, first_mark, open_mark)):
        return None  # `21 percent said "A" and 14 percent said "B"`: the later quote has a clause of its own
    return _subject_before(doc, sentence_start, verbs[-1].start(), speakers)


def _attribute_previous_sentence(doc: Context, span: MarkedPassage, speakers: list[Speaker]) -> Speaker | None:
    """`Durning needed no coaxing. "I'm thankful."`: a quote right after a sentence
    about someone, in the same paragraph, is theirs."""
    paragraph_start = doc.paragraph_starts[doc.paragraph_of(span.start)]
    open_mark = span.start - 1
    if not doc.text[paragraph_start:open_mark].strip():
        return None
    sentence_start = doc.sentence_starts[doc.sentence_index(max(paragraph_start, open_mark - 1))]
    if doc.inside_quote(sentence_start) or sentence_start < paragraph_start:
        return None
    return _clause_subject(doc, sentence_start, open_mark, speakers)


# ---------------------------------------------------------------------------
# Putting it together


_POSSESSIVE_BEFORE = re.compile(r"['’]s\s*$")


def find_quotes(
    text: str, skip: Sequence[tuple[int, int]] = (), entities: list[Entity] | None = None
) -> list[QuoteCandidate]:
    """Direct quotations in order of appearance, with resolved speakers."""
    if entities is None:
        entities = find_entities(text, skip)
    masked = mask_skipped(text, skip)
    spans = [s for s in pair_marks(masked) if not _overlaps(s, skip)]
    doc = Context(masked, entities, spans, _QUOTE_VERBS)
    speakers: list[Speaker] = []
    attributed: list[tuple[MarkedPassage, Speaker | None]] = []
    for span in spans:
        speaker, explicit = _attribute(doc, span, speakers, attributed)
        short = _word_count(masked, span) < MIN_UNATTRIBUTED_WORDS
        if (not explicit and (short or _is_title(masked, span))) or (short and _is_scare_modifier(masked, span)):
            continue
        if _is_title(masked, span) and _POSSESSIVE_BEFORE.search(masked[max(0, span.start - 6) : span.start - 1]):
            continue  # `CBS's "Face the Nation"`: a programme or work, whoever is quoted next
        if (
            _is_fragment_of_paraphrase(masked, span)
            and not _reported_after(doc, span, speakers)
            and not _reports_whole_sentence(doc, span)
        ):
            continue
        attributed.append((span, speaker))
        if speaker:
            speakers.append(speaker)
    _carry_back_continued(attributed)
    candidates = [_candidate(text, span, speaker) for span, speaker in attributed]
    return [c for c in candidates if c.text]


def _attribute(
    doc: Context, span: MarkedPassage, speakers: list[Speaker], previous: list[tuple[MarkedPassage, Speaker | None]]
) -> tuple[Speaker | None, bool]:
    """(speaker, attributed-by-an-explicit-reporting-clause); a continued paragraph counts as explicit."""
    after = _attribute_after(doc, span.end, speakers)
    if after:
        return after, True
    # a reporting clause after the quote that carries on the reporter's sentence
    # still marks the passage as someone's words, though it does not name them
    explicit = span.continued or _attribute_after(doc, span.end, speakers, strict=False) is not None
    before, near_verb = _attribute_before(doc, span.start, speakers)
    if before:
        return before, near_verb or explicit
    fallback = (
        _attribute_signature(doc, span, speakers)
        or _attribute_in_paragraph(doc, span.start, speakers)
        or _attribute_shared_clause(doc, span, speakers)
        or _continue_previous(doc, span, previous)
        or _attribute_previous_sentence(doc, span, speakers)
        or _attribute_previous_paragraph(doc, span, speakers)
    )
    return fallback, explicit


# `- Sanders.`, `-Jane Roe, a voter in Ohio`: a name, and perhaps its description, alone on a line
_SIGNATURE = re.compile(
    r"[ \t]*[-—–]+[ \t]*(?P<who>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})[ \t]*(?:,[^\n\"“”]*)?\.?[ \t]*(?:\n|$)"
)


_NOT_WORD_CHARACTER = re.compile(r"[\W_]")


def _attribute_signature(doc: Context, span: MarkedPassage, speakers: list[Speaker]) -> Speaker | None:
    """A quote alone in its paragraph, signed on the next line (`"..."` / `- Sanders.`),
    the fact-check and letters convention."""
    paragraph = doc.paragraph_of(span.start)
    start, end = doc.paragraph_starts[paragraph], doc.paragraph_end(paragraph)
    if doc.text[start : span.start - 1].strip() or _NOT_WORD_CHARACTER.sub(
        "", doc.text[after_close(doc.text, span.end) : end]
    ):
        return None
    signed = _SIGNATURE.match(doc.text, end)
    if not signed:
        return None
    return resolve_phrase(doc, signed.start("who"), signed.end("who"), speakers, first=True)


def _continue_previous(
    doc: Context, span: MarkedPassage, previous: list[tuple[MarkedPassage, Speaker | None]]
) -> Speaker | None:
    """Same speaker as the previous quote, in this or the previous paragraph, when
    nothing between the two names anyone else or reports anyone's words.

    The sentence that closes the previous quote is skipped when it carries that
    quote's attribution (`"A," said Ann Lee, a nurse at Mercy Hospital. "B."`).
    """
    if not previous or previous[-1][1] is None:
        return None
    last_span, last_speaker = previous[-1]
    assert last_speaker is not None  # checked above
    if doc.paragraph_of(span.start) - doc.paragraph_of(last_span.end) > 1:
        return None
    between_start, between_end = after_close(doc.text, last_span.end), span.start - 1
    clause_end = min(doc.sentence_end(between_start), between_end)
    if between_start <= last_speaker.position < clause_end:
        between_start = clause_end
    people = doc.mentions_between(between_start, between_end, "person")
    if any(m[2].name != last_speaker.name for m in people):
        return None
    verbs = [v for v in _VERB_RE.finditer(doc.text, between_start, between_end) if _reports(doc, v)]
    return None if verbs else last_speaker


def _attribute_previous_paragraph(doc: Context, span: MarkedPassage, speakers: list[Speaker]) -> Speaker | None:
    """A quote alone in its paragraph after one that reports someone's words
    (`Brooks said he found housing.` / `"It feels good."`) belongs to that someone."""
    paragraph = doc.paragraph_of(span.start)
    if paragraph == 0 or doc.text[doc.paragraph_starts[paragraph] : span.start - 1].strip():
        return None
    start, end = doc.paragraph_starts[paragraph - 1], doc.paragraph_starts[paragraph]
    verbs = [v for v in _VERB_RE.finditer(doc.text, start, end) if _reports(doc, v)]
    if not verbs:  # `Her message is simple.` / `"Don't share pills."`: the paragraph's subject
        last_sentence = doc.sentence_starts[doc.sentence_index(end - 1)]
        if last_sentence < start or doc.inside_quote(last_sentence):
            return None
        return _clause_subject(doc, last_sentence, end, speakers)
    verb_start = verbs[-1].start()
    return _subject_before(doc, doc.sentence_start(verb_start), verb_start, speakers)


def _carry_back_continued(attributed: list[tuple[MarkedPassage, Speaker | None]]) -> None:
    """A paragraph cut open (multi-paragraph quote) takes the speaker of its continuation."""
    for i in range(len(attributed) - 2, -1, -1):
        span, speaker = attributed[i]
        if span.continued and speaker is None:
            attributed[i] = (span, attributed[i + 1][1])


_ACCORDING_NEXT = re.compile(r"\W*according\b")


def _reported_after(doc: Context, span: MarkedPassage, speakers: list[Speaker]) -> bool:
    """A reporting clause after the passage (`"...," she said`) makes it a quotation;
    `according to` only sources the reporter's paraphrase around it."""
    if _ACCORDING_NEXT.match(doc.text[span.end + 1 : span.end + 20]):
        return False
    return _attribute_after(doc, span.end, speakers, strict=False) is not None


_PLAIN_WORD = re.compile(r"[\w'’-]+")


def _is_fragment_of_paraphrase(text: str, span: MarkedPassage) -> bool:
    """`said police were "very committed"`: words woven into the reporter's own clause.

    Such fragments belong to an indirect quote; they are kept only when a reporting
    verb governs them directly (`called the plan "bold"`, `said "we're not there"`).
    """
    before = text[max(0, span.start - 80) : span.start - 1].rstrip()
    if not before or not before[-1].isalnum():
        return False
    last_words = _PLAIN_WORD.findall(before)[-_GOVERNING_VERB_WORDS:]
    if last_words and last_words[-1].lower() == "to" and _opens_in_lower_case(text, span):
        return False  # `vowed to "bring our revolution to the floor"`: a verb phrase in the speaker's words
    if "that" in (w.lower() for w in last_words):
        return True
    return not any(w in _QUOTE_VERBS for w in last_words)


MIN_WHOLE_SENTENCE_WORDS = 5
_FIRST_LETTER = re.compile(r"[^\W\d_]")


def _opens_in_lower_case(text: str, span: MarkedPassage) -> bool:
    first = _FIRST_LETTER.search(text, span.start, span.end)
    return first is not None and first.group().islower()


def _is_whole_sentence(text: str, span: MarkedPassage) -> bool:
    """`Kim stepped up her attacks in Ohio with "This election is about jobs."`: a passage
    that opens with a capital letter and runs to a clause's length is a sentence quoted
    whole, someone's own words however the reporter's sentence leads into it, not a phrase
    woven into a paraphrase (`said the plan was "a disaster"`). A title-case passage names a
    work or a slogan instead."""
    first = _FIRST_LETTER.search(text, span.start, span.end)
    return (
        first is not None
        and first.group().isupper()
        and _word_count(text, span) >= MIN_WHOLE_SENTENCE_WORDS
        and not _is_title(text, span)
    )


def _reports_whole_sentence(doc: Context, span: MarkedPassage) -> bool:
    """`Reid told reporters that "I think you will find a pause."`: a sentence quoted whole
    (`_is_whole_sentence`) after a reporting verb of the reporter's sentence is the words of
    that verb's subject, however the sentence leads into it."""
    sentence_start = doc.sentence_starts[doc.sentence_index(span.start - 1)]
    return _is_whole_sentence(doc.text, span) and any(
        not doc.inside_quote(verb.start()) for verb in _VERB_RE.finditer(doc.text, sentence_start, span.start - 1)
    )


_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)\s*$", re.IGNORECASE)
_LOWER_WORD_AFTER = re.compile(r"\s+([a-z][\w-]*)")


def _is_scare_modifier(text: str, span: MarkedPassage) -> bool:
    """`a "very" serious issue`: one word between an article and the words it
    modifies marks the reporter's distance from a word, not someone's speech."""
    if _word_count(text, span) != 1:
        return False
    before = _ARTICLE_BEFORE.search(text[max(0, span.start - 6) : span.start - 1])
    after = _LOWER_WORD_AFTER.match(text[span.end + 1 : span.end + 40])
    return before is not None and after is not None and after.group(1) not in COMMON_WORDS


_TITLE_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _is_title(text: str, span: MarkedPassage) -> bool:
    """Title-case passages ("The Kid Who Would Be King") name works or slogans."""
    words = _TITLE_WORD.findall(text[span.start : span.end])
    content = [w for w in words if len(w) > 3]
    if len(words) < 2 or not content:
        return False
    return sum(w[0].isupper() for w in content) / len(content) >= 0.75 and len(words) <= 10


def _overlaps(span: MarkedPassage, skip: Sequence[tuple[int, int]]) -> bool:
    return any(span.start - 1 < end and start < span.end + 1 for start, end in skip)


_COUNTED_WORD = re.compile(r"\w+(?:['’-]\w+)*")


def _word_count(text: str, span: MarkedPassage) -> int:
    return len(_COUNTED_WORD.findall(text[span.start : span.end]))


def _candidate(text: str, span: MarkedPassage, speaker: Speaker | None) -> QuoteCandidate:
    start, end = trimmed(text, span)
    return QuoteCandidate(
        text=text[start:end],
        start=start,
        end=end,
        speaker=speaker.name if speaker else None,
        speaker_role=speaker.role if speaker else None,
    )
