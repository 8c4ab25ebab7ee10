"""Direct quotations and their speakers, found deterministically (standard library only).

Why rules: a briefing note may only repeat what the article really quotes, word for
word, and must say who said it. News writing follows a narrow set of conventions,
so each step below is a convention rather than a guess:

* Pairing marks.  Curly marks say which way they face; a straight mark opens when
  it follows a space, line start or bracket/dash and closes otherwise.  A quote may
  run over line breaks.  A paragraph that opens a quote and reaches the next
  paragraph's opening mark without closing is the multi-paragraph convention: it
  is cut at its paragraph end and shares the speaker of the quote that continues it.
* Attribution, in order: the same sentence after the quote (`"...," X said`,
  `"...," said <title> X`), the same sentence before it (`X said: "..."`,
  `X told reporters: "..."`, `according to X, "..."`), a reporting clause earlier
  in the same paragraph, the previous quote's speaker when that quote is in the
  same or the previous paragraph and this paragraph names nobody else, and finally
  the subject of a reporting clause in the previous paragraph (`Brooks said he
  found housing.` / `"It feels good."`).
* Speakers resolve through `names.find_entities`: a surname maps to the full name
  of its entity; he/she to the first person named (or quoted) in the nearest
  preceding sentence that names one, skipping people whose own pronouns in the
  text say otherwise; "it" to the nearest organization.
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

import bisect
import re
from dataclasses import dataclass
from typing import Sequence

from summarizer.names import REPORTING_VERBS, Entity, find_entities, is_abbreviation, mask_skipped


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
_MAX_PARAGRAPHS_SPANNED = 2

_QUOTE_VERBS = REPORTING_VERBS | frozenset(
    "saying adding noting stating writing telling explaining warning asking arguing "
    "insisting describing calling replying recalling claiming".split()
)
_VERB_RE = re.compile(r"\b(?:" + "|".join(sorted(_QUOTE_VERBS, key=len, reverse=True)) + r")\b")
_PRONOUNS = {"he": ("person", "m"), "she": ("person", "f"), "it": ("organization", None)}
_GENDER_WORDS = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
_GENDER_HONORIFICS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}
_NOMINAL_HEADS = frozenset(
    "police officials authorities investigators officers prosecutors residents students "
    "critics experts organizers organisers witnesses protesters parents sources doctors".split()
)
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


@dataclass
class _Span:
    start: int  # first character inside the marks
    end: int  # the closing mark (or paragraph end for a continued quote)
    continued: bool = False  # cut at a paragraph end; the next quote continues it


@dataclass
class _Speaker:
    name: str
    role: str | None
    position: int


# ---------------------------------------------------------------------------
# Pairing quotation marks


def _marks(text: str) -> list[tuple[int, str]]:
    marks = []
    for match in re.finditer(r"[\"“”]", text):
        pos, char = match.start(), match.group()
        if char == "“":
            marks.append((pos, "open"))
        elif char == "”":
            marks.append((pos, "close"))
        else:
            before = text[pos - 1] if pos else "\n"
            opens = before.isspace() or before in "([{—–-/:"
            marks.append((pos, "open" if opens else "close"))
    return marks


def _paragraph_breaks(text: str, start: int, end: int) -> list[int]:
    return [m.start() for m in _PARAGRAPH_BREAK.finditer(text, start, end)]


def _pair_marks(text: str) -> list[_Span]:
    spans = []
    open_at: int | None = None
    for pos, kind in _marks(text):
        if kind == "open":
            if open_at is not None:
                spans.extend(_cut_unclosed(text, open_at, pos))
            open_at = pos
        elif open_at is not None:
            breaks = _paragraph_breaks(text, open_at, pos)
            if len(breaks) <= _MAX_PARAGRAPHS_SPANNED:
                spans.append(_Span(open_at + 1, pos))
            open_at = None
    if open_at is not None:
        spans.extend(_cut_unclosed(text, open_at, len(text)))
    return spans


def _cut_unclosed(text: str, open_at: int, limit: int) -> list[_Span]:
    """An opening mark never closed before `limit` (the next opening mark, or the end).

    Re-opened in a later paragraph: the news convention for a quote running over
    paragraphs, so its first paragraph is kept and marked as continued.  Re-opened
    in the same paragraph: a stray mark, dropped.  Unclosed at the end of the text:
    kept to the end of its paragraph.
    """
    breaks = _paragraph_breaks(text, open_at, limit)
    if limit == len(text):
        return [_Span(open_at + 1, breaks[0] if breaks else limit)]
    return [_Span(open_at + 1, breaks[0], continued=True)] if breaks else []


def _trimmed(text: str, span: _Span) -> tuple[int, int]:
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


# ---------------------------------------------------------------------------
# Context helpers


def _sentence_starts(text: str) -> list[int]:
    """Sentence starts: after line breaks and after . ! ? that do not end an abbreviation."""
    starts = [0]
    for match in re.finditer(r"\n+|[.!?][\"”’)]*\s+", text):
        if match.group()[0] == "." and _ends_abbreviation(text, match.start()):
            continue
        starts.append(match.end())
    return starts


def _ends_abbreviation(text: str, dot: int) -> bool:
    word = re.search(r"([\w.]+)$", text[max(0, dot - 12) : dot])
    return bool(word) and is_abbreviation(word.group(1).split(".")[-1] or word.group(1))


class _Document:
    """The masked text plus the indexes that attribution needs."""

    def __init__(self, text: str, entities: list[Entity], spans: list[_Span]):
        self.text = text
        self.spans = spans
        self.mentions = sorted(
            ((m.start, m.end, e) for e in entities for m in e.mentions), key=lambda item: item[0]
        )
        self.paragraph_starts = [0] + [m.end() for m in _PARAGRAPH_BREAK.finditer(text)]
        self.sentence_starts = _sentence_starts(text)
        self.gender = _genders(self)

    def paragraph_of(self, pos: int) -> int:
        return bisect.bisect_right(self.paragraph_starts, pos) - 1

    def inside_quote(self, pos: int) -> bool:
        return any(s.start <= pos < s.end for s in self.spans)

    def mentions_between(self, start: int, end: int, kind: str | None = None) -> list[tuple[int, int, Entity]]:
        return [
            m
            for m in self.mentions
            if start <= m[0] and m[1] <= end and (kind is None or m[2].kind == kind) and not self.inside_quote(m[0])
        ]

    def sentence_index(self, pos: int) -> int:
        return bisect.bisect_right(self.sentence_starts, pos) - 1

    def sentence_start(self, pos: int) -> int:
        """Start of the sentence holding `pos`; a quotation mark also bounds a clause."""
        start = self.sentence_starts[self.sentence_index(pos)]
        for span in self.spans:
            if start <= span.end < pos:
                start = span.end + 1
        return start

    def sentence_end(self, pos: int) -> int:
        index = self.sentence_index(pos) + 1
        end = self.sentence_starts[index] if index < len(self.sentence_starts) else len(self.text)
        following = [s.start - 1 for s in self.spans if pos < s.start - 1 < end]
        return min(following, default=end)


# ---------------------------------------------------------------------------
# Resolving a speaker phrase


def _speaker_in(doc: _Document, start: int, end: int, first: bool = False) -> _Speaker | None:
    """The entity named in text[start:end]: a person (first or last), else an organization."""
    found = [m for m in doc.mentions_between(start, end) if m[2].kind in ("person", "organization")]
    people = [m for m in found if m[2].kind == "person"]
    pool = people or found
    if not pool:
        return None
    chosen = pool[0] if first else pool[-1]
    return _Speaker(chosen[2].name, chosen[2].role, chosen[0])


def _resolve_phrase(doc: _Document, start: int, end: int, speakers: list[_Speaker], first: bool) -> _Speaker | None:
    phrase = doc.text[start:end].strip(" ,")
    pronoun = re.match(r"(he|she|it)\b", phrase, re.IGNORECASE)
    if pronoun:
        return _resolve_pronoun(doc, start, pronoun.group(1).lower(), speakers)
    named = _speaker_in(doc, start, end, first)
    if named:
        return named
    nominal = _nominal(phrase)
    return _Speaker(nominal, None, start) if nominal else None


def _nominal(phrase: str) -> str | None:
    """"the commission", "a spokesperson for the camp", "police" as a speaker."""
    match = re.match(r"((?:the|a|an|one|another)\s+[\w'’-]+(?:\s+(?!who\b|which\b)[\w'’-]+){0,5})", phrase, re.IGNORECASE)
    if match:
        return match.group(1)
    words = phrase.split()
    if 1 <= len(words) <= 3 and words[-1].lower() in _NOMINAL_HEADS:
        return phrase
    return None


_PRONOUN_SUBJECT_RE = re.compile(r"^[\W]*(?:(?:but|and|so|then|still|now|later|yet),?\s+)?(he|she)\b", re.IGNORECASE)


def _resolve_pronoun(doc: _Document, pos: int, pronoun: str, speakers: list[_Speaker]) -> _Speaker | None:
    """First fitting person named (or quoted) in the nearest preceding sentence that names one.

    Sentences whose subject is itself he/she are passed over: they continue the
    same referent, and a name inside them is usually an object ("He thanked Jones").
    People whose pronouns elsewhere in the text contradict this one are skipped.
    """
    kind, gender = _PRONOUNS[pronoun]
    events = [(m[0], m[2].name, m[2].role) for m in doc.mentions_between(0, pos, kind)]
    if kind == "person":
        events += [(s.position, s.name, s.role) for s in speakers if s.position < pos]
    events = [e for e in events if doc.gender.get(e[1], gender) == gender]
    by_sentence: dict[int, list[tuple[int, str, str | None]]] = {}
    for event in sorted(events):
        by_sentence.setdefault(doc.sentence_index(event[0]), []).append(event)
    current = doc.sentence_index(pos)
    for index in sorted(by_sentence, reverse=True):
        sentence_text = doc.text[doc.sentence_starts[index] : pos]
        if index != current and kind == "person" and _PRONOUN_SUBJECT_RE.match(sentence_text):
            continue
        first = by_sentence[index][0]
        return _Speaker(first[1], first[2], pos)
    return None


def _genders(doc: _Document) -> dict[str, str]:
    """Gender evidence per person: an honorific, or the first he/she-type pronoun
    after a mention, before any other person is named (majority vote)."""
    votes: dict[str, int] = {}
    people = [m for m in doc.mentions if m[2].kind == "person" and not doc.inside_quote(m[0])]
    for i, (start, end, entity) in enumerate(people):
        honorific = re.search(r"\b(\w+)\.?\s+$", doc.text[max(0, start - 6) : start])
        vote = _GENDER_HONORIFICS.get(honorific.group(1).lower()) if honorific else None
        if vote is None:
            limit = people[i + 1][0] if i + 1 < len(people) else len(doc.text)
            window_end = min(limit, doc.sentence_end(doc.sentence_end(end) + 1))
            pronoun = re.search(r"\b(?:he|him|his|himself|she|her|hers|herself)\b", doc.text[end:window_end], re.IGNORECASE)
            vote = _GENDER_WORDS[pronoun.group().lower()] if pronoun and not doc.inside_quote(end + pronoun.start()) else None
        if vote:
            votes[entity.name] = votes.get(entity.name, 0) + (1 if vote == "m" else -1)
    return {name: "m" if score > 0 else "f" for name, score in votes.items() if score}


# ---------------------------------------------------------------------------
# Attribution patterns

_ACCORDING_TO = re.compile(r"according to\s+(?P<who>[^,]+?)\s*,?\s*$", re.IGNORECASE)
_MAX_SUBJECT_WORDS = 10


def _attribute_after(doc: _Document, end: int, speakers: list[_Speaker]) -> _Speaker | None:
    """`"...," X said`, `"...," said Title X`, `"...," X, a spokesman, said` after the quote."""
    tail_start = end + 1
    tail = doc.text[tail_start : doc.sentence_end(tail_start)]
    verb = _verb_after(doc.text, end, tail)
    if verb is None:
        return None
    verb_start, verb_end = verb
    subject = tail[:verb_start].strip(" \n")
    if subject.strip(",") and (not subject.endswith(",") or _opens_with_speaker(subject.strip(","))):
        if len(subject.split()) > _MAX_SUBJECT_WORDS:
            return None
        return _resolve_phrase(doc, tail_start, tail_start + verb_start, speakers, first=True)
    if tail[verb_start:verb_end].endswith("ing"):  # "..., urging Smith to": Smith is addressed
        return None
    object_end = re.search(r"[,;:(]|$", tail[verb_end:]).start() + verb_end
    return _resolve_phrase(doc, tail_start + verb_end, tail_start + object_end, speakers, first=True)


def _opens_with_speaker(clause: str) -> bool:
    """`Smith, a spokesman, said` / `he said` vs `they may join the war, stated Smith`."""
    first = clause.split()[0]
    return first[0].isupper() or first.lower() in _PRONOUNS or _nominal(clause) is not None


_UNLISTED_VERB_RE = re.compile(
    r"^\s*(?:(?:he|she|it|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+)?(?P<verb>[a-z]+ed)\b"
)


def _verb_after(text: str, end: int, tail: str) -> tuple[int, int] | None:
    """Span (in `tail`) of the reporting verb after a quote. Besides the listed verbs,
    a quote closed by , ? ! is followed by its attribution whatever the verb
    (`"...," scolded Ann`, `"...?" Ann snapped`)."""
    listed = _VERB_RE.search(tail)
    if listed:
        return listed.span()
    if text[end - 1 : end] not in (",", "?", "!"):
        return None
    unlisted = _UNLISTED_VERB_RE.match(tail)
    return unlisted.span("verb") if unlisted else None


def _attribute_before(doc: _Document, start: int, speakers: list[_Speaker]) -> tuple[_Speaker | None, bool]:
    """`X said: "..."`, `according to X, "..."`; also reports whether a verb is near."""
    open_mark = start - 1
    head_start = _context_start(doc, open_mark)
    head = doc.text[head_start:open_mark]
    according = _ACCORDING_TO.search(head)
    if according:
        who = _resolve_phrase(doc, head_start + according.start("who"), head_start + according.end("who"), speakers, first=True)
        return who, True
    verbs = list(_VERB_RE.finditer(head)) or list(re.finditer(r"\b[a-z]+ed(?=\s*[,:]\s*$)", head))
    if not verbs:
        return None, False
    verb = verbs[-1]
    near = len(head[verb.end() :].split()) <= _NEAR_VERB_WORDS
    subject = _subject_before(doc, head_start, head_start + verb.start(), speakers)
    return subject, near


def _context_start(doc: _Document, open_mark: int) -> int:
    """Sentence start; a paragraph ending in a colon introduces the next one."""
    start = doc.sentence_start(open_mark)
    before = doc.text[:start].rstrip()
    if before.endswith(":"):
        return doc.sentence_start(len(before) - 1)
    return start


def _subject_before(doc: _Document, clause_start: int, verb_start: int, speakers: list[_Speaker]) -> _Speaker | None:
    """The name right before the verb (skipping an appositive), else the clause subject."""
    head = doc.text[clause_start:verb_start]
    trimmed = re.sub(r"(?:,[^,]{1,120},)?\s*(?:\w+ly\s+)?(?:also\s+|then\s+|has\s+|had\s+|have\s+)?$", "", head)
    end = clause_start + len(trimmed)
    pronoun = re.search(r"\b(he|she|it)\s*$", trimmed, re.IGNORECASE)
    if pronoun:
        return _resolve_pronoun(doc, clause_start + pronoun.start(1), pronoun.group(1).lower(), speakers)
    adjacent = [m for m in doc.mentions_between(clause_start, end) if m[1] >= end - 2 and m[2].kind != "place"]
    if adjacent:
        return _speaker_in(doc, adjacent[-1][0], adjacent[-1][1])
    nominal = re.search(r"\b((?:the|a|an)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}|" + "|".join(_NOMINAL_HEADS) + r")\s*$", trimmed)
    if nominal:
        return _Speaker(nominal.group(1), None, clause_start + nominal.start(1))
    return _speaker_in(doc, clause_start, verb_start, first=True)


def _attribute_in_paragraph(doc: _Document, start: int, speakers: list[_Speaker]) -> _Speaker | None:
    """A reporting clause earlier in the paragraph: `Smith said the plan failed. "We tried."`."""
    paragraph_start = doc.paragraph_starts[doc.paragraph_of(start)]
    head = doc.text[paragraph_start : start - 1]
    verbs = [v for v in _VERB_RE.finditer(head) if not doc.inside_quote(paragraph_start + v.start())]
    if not verbs:
        return None
    verb_start = paragraph_start + verbs[-1].start()
    return _subject_before(doc, doc.sentence_start(verb_start), verb_start, speakers)


# ---------------------------------------------------------------------------
# Putting it together


def find_quotes(
    text: str, skip: Sequence[tuple[int, int]] = (), entities: list[Entity] | None = None
) -> list[QuoteCandidate]:
    """Direct quotations in order of appearance, with resolved speakers."""
    if entities is None:
        entities = find_entities(text, skip)
    masked = mask_skipped(text, skip)
    spans = [s for s in _pair_marks(masked) if not _overlaps(s, skip)]
    doc = _Document(masked, entities, spans)
    speakers: list[_Speaker] = []
    attributed: list[tuple[_Span, _Speaker | None]] = []
    for span in spans:
        speaker, explicit = _attribute(doc, span, speakers, attributed)
        if not explicit and (_word_count(masked, span) < MIN_UNATTRIBUTED_WORDS or _is_title(masked, span)):
            continue
        if _is_fragment_of_paraphrase(masked, span) and not _attribute_after(doc, span.end, speakers):
            continue
        attributed.append((span, speaker))
        if speaker:
            speakers.append(speaker)
    _carry_back_continued(attributed)
    candidates = [_candidate(text, span, speaker) for span, speaker in attributed]
    return [c for c in candidates if c.text]


def _attribute(
    doc: _Document, span: _Span, speakers: list[_Speaker], previous: list[tuple[_Span, _Speaker | None]]
) -> tuple[_Speaker | None, bool]:
    """(speaker, attributed-by-an-explicit-reporting-clause); a continued paragraph counts as explicit."""
    after = _attribute_after(doc, span.end, speakers)
    if after:
        return after, True
    before, near_verb = _attribute_before(doc, span.start, speakers)
    if before:
        return before, near_verb or span.continued
    fallback = (
        _attribute_in_paragraph(doc, span.start, speakers)
        or _continue_previous(doc, span, previous)
        or _attribute_previous_paragraph(doc, span, speakers)
    )
    return fallback, span.continued


def _continue_previous(doc: _Document, span: _Span, previous: list[tuple[_Span, _Speaker | None]]) -> _Speaker | None:
    """Same speaker as the previous quote if that quote is in this or the previous
    paragraph and this paragraph names nobody else."""
    if not previous or previous[-1][1] is None:
        return None
    last_span, last_speaker = previous[-1]
    paragraph = doc.paragraph_of(span.start)
    if paragraph - doc.paragraph_of(last_span.start) > 1:
        return None
    paragraph_start = doc.paragraph_starts[paragraph]
    paragraph_end = doc.paragraph_starts[paragraph + 1] if paragraph + 1 < len(doc.paragraph_starts) else len(doc.text)
    people = doc.mentions_between(paragraph_start, paragraph_end, "person")
    return None if any(m[2].name != last_speaker.name for m in people) else last_speaker


def _attribute_previous_paragraph(doc: _Document, span: _Span, speakers: list[_Speaker]) -> _Speaker | None:
    """A quote alone in its paragraph after one that reports someone's words
    (`Brooks said he found housing.` / `"It feels good."`) belongs to that someone."""
    paragraph = doc.paragraph_of(span.start)
    if paragraph == 0 or doc.text[doc.paragraph_starts[paragraph] : span.start - 1].strip():
        return None
    start, end = doc.paragraph_starts[paragraph - 1], doc.paragraph_starts[paragraph]
    verbs = [v for v in _VERB_RE.finditer(doc.text, start, end) if not doc.inside_quote(v.start())]
    if not verbs:
        return None
    verb_start = verbs[-1].start()
    return _subject_before(doc, doc.sentence_start(verb_start), verb_start, speakers)


def _carry_back_continued(attributed: list[tuple[_Span, _Speaker | None]]) -> None:
    """A paragraph cut open (multi-paragraph quote) takes the speaker of its continuation."""
    for i in range(len(attributed) - 2, -1, -1):
        span, speaker = attributed[i]
        if span.continued and speaker is None:
            attributed[i] = (span, attributed[i + 1][1])


def _is_fragment_of_paraphrase(text: str, span: _Span) -> bool:
    """`said police were "very committed"`: words woven into the reporter's own clause.

    Such fragments belong to an indirect quote; they are kept only when a reporting
    verb governs them directly (`called the plan "bold"`, `said "we're not there"`).
    """
    before = text[max(0, span.start - 80) : span.start - 1].rstrip()
    if not before or not before[-1].isalnum():
        return False
    last_words = re.findall(r"[\w'’-]+", before)[-_GOVERNING_VERB_WORDS:]
    if "that" in (w.lower() for w in last_words):
        return True
    return not any(w in _QUOTE_VERBS for w in last_words)


def _is_title(text: str, span: _Span) -> bool:
    """Title-case passages ("The Kid Who Would Be King") name works or slogans."""
    words = re.findall(r"[^\W\d_][\w'’-]*", text[span.start : span.end])
    content = [w for w in words if len(w) > 3]
    if len(words) < 2 or not content:
        return False
    return sum(w[0].isupper() for w in content) / len(content) >= 0.75 and len(words) <= 10


def _overlaps(span: _Span, skip: Sequence[tuple[int, int]]) -> bool:
    return any(span.start - 1 < end and start < span.end + 1 for start, end in skip)


def _word_count(text: str, span: _Span) -> int:
    return len(re.findall(r"\w+(?:['’-]\w+)*", text[span.start : span.end]))


def _candidate(text: str, span: _Span, speaker: _Speaker | None) -> QuoteCandidate:
    start, end = _trimmed(text, span)
    return QuoteCandidate(
        text=text[start:end],
        start=start,
        end=end,
        speaker=speaker.name if speaker else None,
        speaker_role=speaker.role if speaker else None,
    )
