"""Who said it: resolving a speaker phrase to someone the article names (rules; the dependency
parse of one sentence where a name may only modify the subject's noun).

`summarizer.extract.quotes` finds the reporting clause ("Vasquez said", "said the mayor",
"he added"); this module turns the phrase in it into the name a reader needs.
Each rule follows a news-writing convention:

* A surname, or a name the entity spotter missed, maps to the full name of the
  person who carries it ("Vasquez" -> "Irene Vasquez"); a one-word person entity
  that is the last word of a fuller person's name is that person.
* he/she: the nearest preceding sentence that names a fitting person.  A sentence
  whose first reference to people is already he/she continues the same referent,
  so the names in it are objects ("He thanked Jones") and it is passed over.  In
  the chosen sentence the person reporting (`..., Lohmar said`) outranks the rest,
  then the subject of its main clause by the parse (`After Hamel's death, Kim visited`),
  then the first named.  People whose own pronouns in the text say otherwise are
  skipped.  A sentence whose subject is he/she after an opening phrase holding the
  names (`Unlike Ali, he ...`, but not `As for Ali, he ...`) is passed over too.
  "his/her statement" is the statement of that person, while "his office", "his
  wife", "her campaign manager" are someone else and stay as written.  "it" is the
  nearest organization; `it said` with none reaches a recent name the spotter left
  untyped ("BC Hydro").  An office set after a name (`Bala, Minister of Industry,
  said`) is a description of that person, never a speaker of its own.
* A definite description ("the mayor", "the rookie defenceman", "the utility")
  is elegant variation for someone already named: a person whose stated role
  contains the head noun, else the nearest organization for an organization noun,
  else the person most recently in focus.  Anonymous heads ("a spokesperson",
  "officials", "the statement") stay as written, and so does someone tied to a named
  person ("the Christie supporter", "the senior Cruz adviser"): never that person.
  So does a subject whose head is a lower-case noun that a name only modifies ("one district
  GOP leader", "Donald Trump's campaign manager", "the Trump campaign"), as the parse confirms.
* A "person" spelled only with words the text also writes in lower case is a
  title ("Black Train Porters"), not a speaker.
* Photo credits and captions ("(Jane Roe/CBC)", "( THE CANADIAN PRESS FILE PHOTO )") name
  photographers or the people pictured, not sources, so their names never become speakers.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from summarizer.extract.credits import PICTURE_CREDIT
from summarizer.extract.entities import Entity
from summarizer.extract.person_cues import is_common_or_place, is_initial, opens_with_a_world_given_name
from summarizer.text.gazetteer import GIVEN_NAMES
from summarizer.text.lexicon import COMMON_WORDS, ORG_CUES, PERSON_PARTICLES, ROLE_NOUNS
from summarizer.text.names import find_same, without_title
from summarizer.text.parse import parse
from summarizer.text.sentences import sentence_starts


class SpanLike(Protocol):
    start: int
    end: int


@dataclass
class Speaker:
    name: str
    role: str | None
    position: int  # where the speaker is named or referred to
    named: bool = True  # an entity of the text rather than a bare description ("a spokesperson")


Mention = tuple[int, int, Entity]

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_PRONOUNS = {"he": ("person", "m"), "she": ("person", "f"), "it": ("organization", None)}
_GENDER_WORDS = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
_GENDER_PRONOUN = re.compile(r"(?=[hs])\b(?:he|him|his|himself|she|her|hers|herself)\b", re.IGNORECASE)
# "her son Kody", "wife Ana Ruiz": a kinship noun before a name outweighs a nearby pronoun
_GENDER_KIN = {
    **dict.fromkeys("son brother father husband boyfriend nephew uncle grandfather grandson dad".split(), "m"),
    **dict.fromkeys("daughter sister mother wife girlfriend niece aunt grandmother granddaughter mom mum".split(), "f"),
}
_KIN_NOUNS = frozenset(_GENDER_KIN) | frozenset("partner spouse friend neighbour neighbor colleague".split())
# Nouns that tie someone to the person named before them: "Clinton ally James Carville",
# "a Trump supporter", "one Cruz confidant". Whoever they are, they are not that person.
_TIE_NOUNS = frozenset(
    "ally aide adviser advisor confidant supporter backer donor surrogate loyalist staffer veteran "
    "insider operative friend rival opponent critic constituent speechwriter spokesman spokeswoman "
    "spokesperson source employee worker volunteer fan voter official lawyer attorney".split()
)
_GENDER_WINDOW = 400  # characters: about three sentences
_GENDER_HONORIFICS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}
# `Unlike Ali, he ...`; but `As for Ali, he ...` names him as the topic
_FRONTED_SUBJECT = re.compile(
    r"(?!\s*(?:as for|as to|regarding|speaking of)\b)[^,.;:\"“”\n]{1,80},\s*(he|she)\b", re.IGNORECASE
)
_LEADING_PRONOUNS = {"m": re.compile(r"\bhe\b", re.I), "f": re.compile(r"\bshe\b", re.I)}
NOMINAL_HEADS = frozenset(
    "police officials authorities investigators officers prosecutors residents students "
    "critics experts organizers organisers witnesses protesters parents sources doctors".split()
)
# Heads that name a source without identifying anyone: kept as written.
_ANONYMOUS_HEADS = frozenset(
    "spokesperson spokesman spokeswoman official source representative statement report release "
    "letter email e-mail memo post tweet message document study survey website note filing "
    "complaint lawsuit ruling decision notice paper article book video poll data figures".split()
)
# What someone writes or posts: "her statement said" quotes her.
_DOCUMENT_HEADS = frozenset(
    "statement release letter email e-mail memo post tweet message note account blog website book "
    "column essay op-ed speech remarks testimony affidavit filing".split()
)
_ORG_HEADS = ORG_CUES | frozenset(
    "utility company organization organisation agency firm regulator province city town "
    "government ministry department airline network broadcaster newspaper retailer charity "
    "union party club team group board council commission school university hospital".split()
)
# Heads that stand for whichever body the story is about, whatever its name holds: "the utility"
# for BC Hydro. "The city" or "the government" may be a body the story has not named, so they
# only mean a body whose name holds them.
_BUSINESS_HEADS = frozenset(
    "company firm utility organization organisation agency airline carrier network broadcaster retailer "
    "charity business corporation bank insurer manufacturer automaker publisher startup start-up "
    "operator provider developer maker chain brand".split()
)
_BODY_PARAGRAPHS = 2
_PERSON_SUFFIX = re.compile(r"(?:er|or|ist|ian|man|woman|ent|ant|eur|ee|ive|ess|ic|ick|ard)$")
_REPORTING_AFTER = re.compile(r"(?:,[^,\"“”]{1,120},)?\s+(?:\w+ly\s+|also\s+|has\s+|had\s+)?(?P<verb>[a-z]+)\b")
_REPORTING_BEFORE = re.compile(r"\b(?P<verb>[a-z]+)\s+(?P<title>(?:[\w.'’-]+\s+){0,5})$")
# (A look-ahead on the first character, here and in _GENDER_PRONOUN, lets the regex engine skip the rest.)
_DESCRIPTION = re.compile(r"(?=[Tt])\b[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}?(?P<head>[a-z][\w-]*)\b(?!\s+[A-Z])")
_LOWERCASE_WORD = re.compile(r"\b[a-z][\w'’-]*")
_PRONOUN_PHRASE = re.compile(r"(he|she|it)\b", re.IGNORECASE)
_POSSESSIVE_PHRASE = re.compile(r"(his|her)\s+(?:[\w'’-]+\s+){0,2}([\w'’-]+)$", re.IGNORECASE)
_DEFINITE_PHRASE = re.compile(r"the\s+\S")
_CAPITALISED_NAME = re.compile(r"((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)$")
# A description ends where a clause goes on: "the two-term president will (say)", "the program
# changed his life" (a verb with its object) are no speakers' names.
_CLAUSE_WORDS = "will|would|can|could|may|might|should|must|shall|has|have|had|is|was|were|are|did|does|going"
_VERB_WITH_OBJECT = re.compile(r"\s+[a-z]+(?:ed|s)\s+(?:his|her|their|its|him|them|the|a)\b")
_NOMINAL_PHRASE = re.compile(
    r"((?:the|a|an|one|another|my|our|your|their|this|these|those)\s+[\w'’-]+(?:\s+(?!(?:who|which|that|"
    + _CLAUSE_WORDS
    + r")\b)"
    r"(?![a-z]+(?:ed|s)\s+(?:his|her|their|its|him|them|the|a)\b)[\w'’-]+){0,5})",
    re.IGNORECASE,
)
_DEFINITE_DESCRIPTION_HEAD = re.compile(
    r"the\s+((?:[\w'’-]+\s+){0,3}?[\w'’-]+?)(?=\s+(?:of|for|at|in|with|from|on|who|whose)\b|$)"
)
_WORD_BEFORE_NAME = re.compile(r"\b(\w+)\.?\s+$")


class Context:
    """The masked text plus the indexes speaker resolution needs."""

    def __init__(self, text: str, entities: list[Entity], spans: Sequence[SpanLike], verbs: frozenset[str]):
        self.text = text
        self.spans = spans
        self.verbs = verbs
        # `inside_quote` is asked thousands of times per article: spans sorted by start, with the
        # furthest end reached by any of the first k, answer it by bisection.
        ordered = sorted((s.start, s.end) for s in spans)
        self._span_starts = [start for start, _ in ordered]
        self._span_reach = list(itertools.accumulate((end for _, end in ordered), max))
        self._span_ends = sorted(s.end for s in spans)  # for `sentence_start`
        self.canonical = _canonical_people(entities)
        hidden = _credit_ranges(text)
        self._lowercase_words: set[str] | None = None  # collected when first needed
        self._body_names: frozenset[str] | None = None
        self.mentions: list[Mention] = sorted(
            (
                (m.start, m.end, self.canonical.get(id(e), e))
                for e in entities
                if not _common_phrase(e, self)
                for m in e.mentions
                if not any(a <= m.start < b for a, b in hidden) and not _is_office_appositive(text, e, m.start)
            ),
            key=lambda item: item[0],
        )
        self.mentions = _without_bodies_in_titles(text, self.mentions)
        self.role_words: dict[str, set[str]] = {}  # every role any mention of a person carries
        for entity in entities:
            name = self.canonical.get(id(entity), entity).name
            self.role_words.setdefault(name, set()).update((entity.role or "").lower().split())
        self.mentions = sorted(self.mentions + self._described_mentions(), key=lambda item: item[0])
        self._mention_starts = [m[0] for m in self.mentions]  # for bisection in `mentions_between`
        self.paragraph_starts = [0] + [m.end() for m in _PARAGRAPH_BREAK.finditer(text)]
        self.sentence_starts = sentence_starts(text)
        self.gender = _genders(self)
        # For `resolve_pronoun`, which looks back from thousands of places: mentions of each
        # kind, and the named speakers found so far, each sorted by place for bisection.
        self._mentions_of_kind: dict[str, tuple[list[Mention], list[int]]] = {}
        self._said: tuple[list[Speaker] | None, int, list[int], list[Speaker]] = (None, 0, [], [])
        self._accepted: dict[tuple[str, str, str], tuple[list[Mention], list[int]]] = {}

    def _described_mentions(self) -> list[Mention]:
        """ "the mayor" after "Mayor Doug McCallum": a mention of the one person named
        earlier with that role, so pronouns after it can find him."""
        found = []
        earlier: dict[str, Entity] = {}  # the people named before the description, by name
        seen = 0  # the mentions looked at so far: matches come in text order, and so do they
        for match in _DESCRIPTION.finditer(self.text):
            head = match.group("head").lower()
            if head not in ROLE_NOUNS:
                continue
            while seen < len(self.mentions) and self.mentions[seen][0] < match.start():
                if self.mentions[seen][2].kind == "person":
                    earlier[self.mentions[seen][2].name] = self.mentions[seen][2]
                seen += 1
            holders = [e for name, e in earlier.items() if head in self.role_words.get(name, ())]
            if len(holders) == 1:
                found.append((match.start(), match.end(), holders[0]))
        return found

    def body_names(self) -> frozenset[str]:
        """The names of the organizations, and of the names the spotter left untyped."""
        if self._body_names is None:
            self._body_names = frozenset(m[2].name for m in self.mentions if m[2].kind in ("organization", "other"))
        return self._body_names

    def uses_in_lower_case(self, word: str) -> bool:
        """Whether the text has `word`, lower-cased, as a lower-case word of its own. Its
        lower-case words are only collected when the word occurs in it at all."""
        word = word.lower()
        if word not in self.text:
            return False
        if self._lowercase_words is None:
            self._lowercase_words = set(_LOWERCASE_WORD.findall(self.text))
        return word in self._lowercase_words

    def paragraph_of(self, pos: int) -> int:
        return bisect.bisect_right(self.paragraph_starts, pos) - 1

    def paragraph_end(self, paragraph: int) -> int:
        following = paragraph + 1
        return self.paragraph_starts[following] if following < len(self.paragraph_starts) else len(self.text)

    def inside_quote(self, pos: int) -> bool:
        """Whether some span holds `pos`: one of the spans starting at or before it reaches past it."""
        count = bisect.bisect_right(self._span_starts, pos)
        return count > 0 and self._span_reach[count - 1] > pos

    def mentions_between(self, start: int, end: int, kind: str | None = None) -> list[Mention]:
        """Mentions within [start, end] outside quotes, in text order (only those starting
        there can lie within, so only they are looked at)."""
        first = bisect.bisect_left(self._mention_starts, start)
        last = bisect.bisect_right(self._mention_starts, end)
        return [
            m
            for m in self.mentions[first:last]
            if m[1] <= end and (kind is None or m[2].kind == kind) and not self.inside_quote(m[0])
        ]

    def mentions_of_kind(self, kind: str) -> tuple[list[Mention], list[int]]:
        """The mentions of one kind, in text order, and their starts."""
        if kind not in self._mentions_of_kind:
            mentions = [m for m in self.mentions if m[2].kind == kind]
            self._mentions_of_kind[kind] = (mentions, [m[0] for m in mentions])
        return self._mentions_of_kind[kind]

    def latest_mention(self, end: int, kind: str, test: tuple[str, str]) -> Mention | None:
        """The last of `mentions_between(0, end, kind)` that `test` accepts: ("role", word), a
        person whose roles hold the word, or ("name", word), a name holding it. The mentions a
        test accepts are listed once, and searched back from `end`."""
        key = (kind, *test)
        if key not in self._accepted:
            what, word = test
            if what == "role":
                mentions = [m for m in self.mentions_of_kind(kind)[0] if word in self.role_words.get(m[2].name, ())]
            else:
                mentions = [m for m in self.mentions_of_kind(kind)[0] if word in m[2].name.lower().split()]
            self._accepted[key] = (mentions, [m[0] for m in mentions])
        mentions, starts = self._accepted[key]
        for index in range(bisect.bisect_right(starts, end) - 1, -1, -1):
            if mentions[index][1] <= end and not self.inside_quote(mentions[index][0]):
                return mentions[index]
        return None

    def named_speakers(self, speakers: list[Speaker]) -> tuple[list[int], list[Speaker]]:
        """The named speakers of `speakers` sorted by position (stable), and their positions.
        The quote finder only ever appends to its list, so only the new ones are sorted in."""
        seen_list, seen, positions, ordered = self._said
        if seen_list is not speakers or seen > len(speakers):
            seen, positions, ordered = 0, [], []
        for speaker in speakers[seen:]:
            if speaker.named:
                at = bisect.bisect_right(positions, speaker.position)
                positions.insert(at, speaker.position)
                ordered.insert(at, speaker)
        self._said = (speakers, len(speakers), positions, ordered)
        return positions, ordered

    def sentence_index(self, pos: int) -> int:
        return bisect.bisect_right(self.sentence_starts, pos) - 1

    def sentence_start(self, pos: int) -> int:
        """Start of the sentence holding `pos`; a quotation mark also bounds a clause: just after
        the last span ending in the sentence before `pos` (found by bisection)."""
        start = self.sentence_starts[self.sentence_index(pos)]
        before = bisect.bisect_left(self._span_ends, pos)
        if before and self._span_ends[before - 1] >= start:
            return self._span_ends[before - 1] + 1
        return start

    def sentence_end(self, pos: int) -> int:
        """End of the sentence holding `pos`, or the mark opening the next span within it."""
        index = self.sentence_index(pos) + 1
        end = self.sentence_starts[index] if index < len(self.sentence_starts) else len(self.text)
        after = bisect.bisect_right(self._span_starts, pos + 1)  # the first span with start - 1 > pos
        if after < len(self._span_starts) and self._span_starts[after] - 1 < end:
            return self._span_starts[after] - 1
        return end


_TITLE_WORDS_BETWEEN = re.compile(r"(?:\s+[A-Z][\w.'’-]*){0,4}\s+$")


def _without_bodies_in_titles(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Army Capt. Christian Pardo", "Federal Reserve Chairman Alan Greenspan": a body named in
    a person's title describes the person; it is not who speaks in "said Army Capt. Pardo"."""
    starts = sorted(m[0] for m in mentions if m[2].kind in ("person", "other"))
    kept = []
    for mention in mentions:
        if mention[2].kind == "organization":
            at = bisect.bisect_right(starts, mention[1])
            following = starts[at] if at < len(starts) else None
            if following is not None and following - mention[1] <= 40:
                if _TITLE_WORDS_BETWEEN.fullmatch(text, mention[1], following):
                    continue
        kept.append(mention)
    return kept


def _credit_ranges(text: str) -> list[tuple[int, int]]:
    """Photo credits, and the caption lines they close: names there are not sources."""
    ranges = []
    for match in PICTURE_CREDIT.finditer(text):
        line_end = text.find("\n", match.end())
        line_end = len(text) if line_end < 0 else line_end
        if text[match.end() : line_end].strip():
            ranges.append(match.span())
        else:
            ranges.append((text.rfind("\n", 0, match.start()) + 1, line_end))
    return ranges


def _common_phrase(entity: Entity, ctx: Context) -> bool:
    """A "person" made only of words the text also uses in lower case ("Black Train
    Porters" beside "the black train porter") is a title or heading, not a speaker."""
    words = entity.name.split()
    return entity.kind == "person" and len(words) > 1 and all(ctx.uses_in_lower_case(w) for w in words)


def _is_office_appositive(text: str, entity: Entity, start: int) -> bool:
    """`Navdeep Bains, Minister of Innovation, said`: a "person" that is an office
    ("<role> of <Words>") set after a comma describes the one named before it, so
    "he said" later means that person, not the office."""
    words = entity.name.split()
    if entity.kind != "person" or len(words) < 3 or words[0].lower() not in ROLE_NOUNS or words[1] != "of":
        return False
    return text[max(0, start - 3) : start].rstrip().endswith(",")


def _canonical_people(entities: list[Entity]) -> dict[int, Entity]:
    """One-word people that fit exactly one fuller person's name (its surname, or the family name
    that opens Korean and Chinese names), mapped to that person.

    The entity spotter keeps "Mayor McCallum" apart from "Doug McCallum" when the
    title came with the short form; readers take them as one person.
    """
    full = [e for e in entities if e.kind == "person" and len(e.name.split()) > 1]
    mapping = {}
    for entity in entities:
        if entity.kind != "person" or " " in entity.name:
            continue
        index = find_same(entity.name, [f.name for f in full])
        if index is not None:
            owner = full[index]
            mapping[id(entity)] = replace(owner, role=owner.role or entity.role)  # a copy: callers keep theirs
    return mapping


# ---------------------------------------------------------------------------
# Resolving a phrase


def resolve_phrase(ctx: Context, start: int, end: int, speakers: list[Speaker], first: bool) -> Speaker | None:
    """The speaker a reporting-clause phrase (text[start:end]) refers to."""
    raw = ctx.text[start:end]
    offset = start + len(raw) - len(raw.lstrip(" ,\n"))
    phrase = raw.strip(" ,\n")
    pronoun = _PRONOUN_PHRASE.match(phrase)
    if pronoun:
        return resolve_pronoun(ctx, offset, pronoun.group(1).lower(), speakers)
    possessive = _POSSESSIVE_PHRASE.match(phrase)
    if possessive:
        return _possessed_speaker(ctx, possessive, offset, speakers)
    if _DEFINITE_PHRASE.match(phrase) and not _possessed_person(ctx, offset, end):
        # "the 39-year-old founder of Acme": the founder speaks, not Acme
        described = resolve_description(ctx, nominal_phrase(phrase) or phrase, offset, speakers)
        if described and described.name not in ctx.text[offset:end]:
            return described
    named = leading_name(ctx, offset, end) or speaker_in(ctx, start, end, first)
    if named:
        return named
    unlisted = unlisted_name(ctx, phrase, offset) or _untyped_body(ctx, offset, end)
    if unlisted:
        return unlisted
    nominal = nominal_phrase(phrase)
    if not nominal or _VERB_WITH_OBJECT.match(phrase, len(nominal)):  # "says the program changed his life"
        return None
    return resolve_description(ctx, nominal, offset, speakers) or Speaker(nominal, None, offset, named=False)


# What may stand before the name that heads a subject: titles ("Sen.", "Former Secretary")
_TITLE_BEFORE_NAME = re.compile(r"(?:(?:[A-Z][\w.'’-]*|[a-z]+)\s+){0,4}")
# Where the name heading a subject ends: an appositive, a bracket, the body it belongs to
# ("Meenakshi Ganguly of Human Rights Watch", "Brent Bozell III, founder of the Media Research Center,")
_HEAD_BOUNDARY = re.compile(r"\s*(?:[,(]|(?:of|with|at|from|for)\b|$)")


def leading_name(ctx: Context, offset: int, end: int) -> Speaker | None:
    """The name heading a reporting clause's subject when the entity spotter left it untyped:
    in "said Meenakshi Ganguly of Human Rights Watch" the speaker is the head of the phrase, and
    the body after "of" or in an appositive only says where she works. `speaker_in` reads typed
    names only, so it would give the quote to the body (or to a person the appositive names).
    The untyped name counts only when it reads as a personal name (`_personal_name`), with titles
    at most before it. A title the spotter ran into the name ("Maricopa County Recorder Helen
    Purcell", even typed a body) leaves the personal name at its end."""
    mentions = ctx.mentions_between(offset, end)
    if not mentions or mentions[0][2].kind not in ("other", "organization"):
        return None
    mention_start, mention_end, entity = mentions[0]
    lead = _TITLE_BEFORE_NAME.fullmatch(ctx.text, offset, mention_start)
    if lead is None or any(w.islower() and w not in ROLE_NOUNS for w in lead.group().split()):
        return None
    if not _HEAD_BOUNDARY.match(ctx.text[:end], mention_end):
        return None
    words = entity.name.split()
    name = _personal_tail(words)
    if name is None and entity.kind == "other" and _personal_name(words, known_only=False):
        name = entity.name
    if name is None:
        return None
    people = {m[2].name: m[2] for m in ctx.mentions if m[2].kind == "person"}
    index = find_same(name, list(people))
    if index is None:  # "MVP Zobrist" for Ben Zobrist: the one person of that surname
        index = find_same(name.split()[-1], list(people))
    if index is not None:
        owner = list(people.values())[index]
        return Speaker(owner.name, owner.role, mention_start)
    return Speaker(name, entity.role if name == entity.name else None, mention_start)


def _personal_name(words: list[str], known_only: bool) -> bool:
    """Two or three capitalised words opening with a known given name or an initial, or (not
    `known_only`) holding no English word and no place ("Meenakshi Ganguly", not "Human Rights
    Watch")."""
    if not 2 <= len(words) <= 3 or not all(w[0].isupper() for w in words):
        return False
    given = words[0].lower()
    if given in GIVEN_NAMES or opens_with_a_world_given_name(given) or is_initial(words[0]):
        return True
    return not known_only and not any(is_common_or_place(w.lower()) for w in words)


def _personal_tail(words: list[str]) -> str | None:
    """ "Helen Purcell" in "Maricopa County Recorder Helen Purcell": a personal name opening with
    a known given name at the end of a longer name, after a title."""
    for start in range(max(1, len(words) - 3), len(words) - 1):
        if _personal_name(words[start:], known_only=True) and words[start - 1].lower() not in PERSON_PARTICLES:
            return " ".join(words[start:])
    return None


def _untyped_body(ctx: Context, offset: int, end: int) -> Speaker | None:
    """ "opined Cleveland's Plain Dealer", "as The Hill pointed out": a subject that is nothing but
    a name the spotter left untyped (after a place's possessive at most) is a body or someone
    speaking, named as the text names it (a title run into it left out: `_personal_tail`).
    "the Texan" is a description of someone, and stays one."""
    mentions = ctx.mentions_between(offset, end)
    if not mentions or mentions[-1][2].kind != "other" or ctx.text[mentions[-1][1] : end].strip(" ,.\n"):
        return None
    before = ctx.text[offset : mentions[-1][0]].strip()
    if before and not _BODY_OWNER.fullmatch(before):
        return None
    if before.lower() == "the":
        return None  # "the Texan": a description, kept as written
    entity = mentions[-1][2]
    return Speaker(_personal_tail(entity.name.split()) or entity.name, None, mentions[-1][0])


# What may stand before a body's name: "the" (refused, see above), or a place's possessive ("Cleveland's")
_BODY_OWNER = re.compile(r"(?:[Tt]he|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s)")


def _possessed_person(ctx: Context, start: int, end: int) -> bool:
    """ "the Washington Post's Ishaan Tharoor": a person named right after a possessive is the
    head of the phrase, however "the" opens it."""
    return any(
        _POSSESSIVE_END.search(ctx.text, max(start, m[0] - 3), m[0]) for m in ctx.mentions_between(start, end, "person")
    )


_POSSESSIVE_END = re.compile(r"['’]s?\s+$")


def _possessed_speaker(ctx: Context, possessive: re.Match, offset: int, speakers: list[Speaker]) -> Speaker | None:
    """ "her statement said": the statement speaks for her.  "his wife", "her office",
    "his campaign manager" are someone else speaking about or for them, so the
    phrase stays as written (naming the possessor would put words in their mouth)."""
    if possessive.group(2).lower() in _DOCUMENT_HEADS:
        return resolve_pronoun(ctx, offset, "he" if possessive.group(1).lower() == "his" else "she", speakers)
    return Speaker(possessive.group(), None, offset, named=False)


def speaker_in(ctx: Context, start: int, end: int, first: bool = False) -> Speaker | None:
    """The entity named in text[start:end]: a person (first or last), else an organization.

    A person named as the one someone else belongs to ("Campbell's partner, Jason Louth",
    "Sanders campaign manager Jeff Weaver") is not the speaker: the person after them is, or a
    name the entity spotter passed over ("Wise's dad, Darrin")."""
    found = [m for m in ctx.mentions_between(start, end) if m[2].kind in ("person", "organization")]
    for mention in found:
        if mention[2].kind == "person" and (belonging := _belonging_to(ctx, mention)):
            return belonging
        if any(m[2].kind == "person" for m in found if m[0] < mention[0]):
            continue  # "Jeff Weaver, Sanders' campaign manager,": the one named first speaks
        if mention[2].kind == "person" and (described := _possessed_body(ctx, mention, end)):
            return described
        if described := _described_by_tie(ctx, mention, end) or _modifier_of_phrase(ctx, mention, end):
            return described
    people = [m for m in found if m[2].kind == "person"]
    pool = people or found
    if not pool:
        return None
    chosen = pool[0] if first else pool[-1]
    return Speaker(chosen[2].name, chosen[2].role, chosen[0])


_POSSESSOR_THEN_ROLE = re.compile(
    r"(?P<possessive>['’]s?\s+|\s+)(?:[\w-]+\s+){0,3}?(?P<role>[a-z][\w-]*)(?P<comma>,\s*|\s+)"
    r"(?:[A-Z][a-z]{0,4}\.\s+)?(?P<name>(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)"
)
# "a senior Cruz adviser", "one Trump campaign source", "the Gawker employee": a determiner before the name, and a noun
# of tie after it, make the name a modifier of someone unnamed.
_DETERMINER_BEFORE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Ss]ome|[Tt]wo|[Tt]hree|[Ss]everal|[Tt]his|[Tt]hat)\s+(?:[\w'’-]+\s+){0,3}$"
)
# The lower-case words after a name, up to three: "campaign source" in "one Trump campaign source"
_WORDS_AFTER = re.compile(r"(?:\s+[a-z][\w-]*){1,3}")
_PLAIN_NOUN = re.compile(r"[a-z][\w-]*?(?=s?$)")
# A possessive, then the lower-case words of what belongs to the one named: "Donald Trump's campaign manager"
_POSSESSIVE_AFTER = re.compile(r"['’]s?(?=\s+[a-z])")
_CLAUSE_LINKS = frozenset("that who which whom whose to".split())
_BELONGING_REACH = 80  # characters: a possessive, a few role words and a name


def _belonging_to(ctx: Context, mention: Mention) -> Speaker | None:
    """The person after `mention` in "Clinton's top aide Jake Sullivan", "Wise's dad, Darrin",
    "Cruz constituent Dan Golvach": someone named by their tie to the one mentioned."""
    match = _POSSESSOR_THEN_ROLE.match(ctx.text[: mention[1] + _BELONGING_REACH], mention[1])
    if not match:
        return None
    role = match.group("role")
    possessive = match.group("possessive").strip()
    between = ctx.text[match.end("possessive") : match.start("role")].split()
    if not possessive and any(w in ctx.verbs or w in _CLAUSE_LINKS or w.endswith("ed") for w in between):
        return None  # "Trump argued that fellow candidate Ted Cruz": a clause goes on, no title
    if not (possessive or ((role in ROLE_NOUNS or role in _TIE_NOUNS) and not match.group("comma").strip())):
        return None
    if not (role in ROLE_NOUNS or role in _KIN_NOUNS or role in _TIE_NOUNS):
        return None
    named = ctx.mentions_between(match.start("name"), match.end("name") + 30, "person")
    if named and named[0][0] == match.start("name"):
        return Speaker(named[0][2].name, named[0][2].role, named[0][0])
    return unlisted_name(ctx, match.group("name"), match.start("name"))


_POSSESSED_BODY = re.compile(
    r"['’]s?\s+(?:(?!of\b)[a-z][\w-]*\s+){0,2}?(?:office|campaign|team|staff|camp|administration|spokesman|spokeswoman|"
    r"spokesperson|lawyers?|attorneys?|aides?|advisers?|representatives?)\b(?!\s*,?\s*[A-Z])"
)


_WORD_AFTER = re.compile(r"\s+([a-z][\w-]*)")


def _possessed_body(ctx: Context, mention: Mention, end: int) -> Speaker | None:
    """ "Powell's office said", "Ryan's campaign shrugged off the comments": an office, a
    campaign or a spokesman of someone speaks for them, but is not them, and no name follows
    ("Clinton's spokesman, Brian Fallon" is Fallon's, found before this)."""
    match = _POSSESSED_BODY.match(ctx.text, mention[1], end)
    if match is None:
        return None
    following = _WORD_AFTER.match(ctx.text, match.end())
    if following and following.group(1) in ROLE_NOUNS:
        return None  # "Sanders' campaign manager": the manager, a person of their own
    return Speaker(ctx.text[mention[0] : match.end()], None, mention[0], named=False)


def _described_by_tie(ctx: Context, mention: Mention, end: int) -> Speaker | None:
    """ "a senior Cruz adviser said", "one Clinton aide said": the person named modifies the
    speaker, who is someone tied to them and left unnamed, so the description is the speaker
    as written; naming the person would put words in their mouth."""
    determiner = _DETERMINER_BEFORE.search(ctx.text, max(0, mention[0] - 60), mention[0])
    words = _WORDS_AFTER.match(ctx.text, mention[1], end)
    if determiner is None or words is None:
        return None
    if ctx.text[: determiner.start()].rstrip().endswith(","):  # "Ed Rendell, a Clinton supporter,"
        return None
    tie_end = None
    for word in re.finditer(r"[a-z][\w-]*", ctx.text[words.start() : words.end()]):
        noun = _PLAIN_NOUN.match(word.group())
        if noun and noun.group() in _TIE_NOUNS:  # "one Trump campaign source": the first noun of tie
            tie_end = words.start() + word.end()
            break
    if tie_end is None:
        return None
    return Speaker(ctx.text[determiner.start() : tie_end], None, determiner.start(), named=False)


def _runs_to_phrase_end(ctx: Context, position: int, end: int) -> bool:
    """Whether nothing but spaces and commas lie between `position` and the end of the phrase
    being resolved: the words before `position` are the phrase's head, not a clause going on."""
    return not ctx.text[position:end].strip(" ,.;:\n")


def _modifier_of_phrase(ctx: Context, mention: Mention, end: int) -> Speaker | None:
    """ "Donald Trump's campaign manager says", "the Trump campaign explained": a phrase whose
    head is a lower-case noun after the name (no name of its own follows) is someone or
    something of theirs, not them, so it is the speaker as written. What they wrote ("Kim's
    statement said") still quotes them."""
    possessive = _POSSESSIVE_AFTER.match(ctx.text, mention[1], end)
    start = mention[0]
    if possessive is None:
        determiner = _DETERMINER_BEFORE.search(ctx.text, max(0, mention[0] - 60), mention[0])
        if determiner is None or ctx.text[: determiner.start()].rstrip().endswith(","):
            return None
        start = determiner.start()
    words = _WORDS_AFTER.match(ctx.text, possessive.end() if possessive else mention[1], end)
    if words is None or not _runs_to_phrase_end(ctx, words.end(), end):
        return None
    head = words.group().split()[-1]
    if head in _DOCUMENT_HEADS or not _name_modifies_subject(ctx, mention, words.end()):
        return None
    return Speaker(ctx.text[start : words.end()], None, start, named=False)


_MODIFIER_DEPENDENCIES = frozenset({"compound", "poss", "case", "amod", "nmod", "flat"})


def _name_modifies_subject(ctx: Context, mention: Mention, head_end: int) -> bool:
    """Whether the parse of the sentence reads the name as a modifier of the noun ending at
    `head_end`, and that noun as the subject of the sentence's verb (or `according to`'s
    object): "the Trump campaign said", but not "the exchange said Reid quieted the chatter"
    (Reid is a subject) nor "a source familiar with Cruz's thinking" (the source speaks)."""
    sentence_start = ctx.sentence_start(mention[0])
    sentence_end = max(ctx.sentence_end(mention[0]), head_end)
    doc = parse(ctx.text[sentence_start:sentence_end])
    name = next((t for t in doc if t.idx < mention[1] - sentence_start <= t.idx + len(t)), None)
    head = next((t for t in doc if t.idx + len(t) == head_end - sentence_start), None)
    if name is None or head is None or head.pos_ != "NOUN":
        return False
    token = name
    while token.i != head.i and token.dep_ in _MODIFIER_DEPENDENCIES and token.head.i != token.i:
        token = token.head
    if token.i != head.i:
        return False
    if head.dep_ in ("nsubj", "nsubjpass"):
        return True
    preposition = head.head
    return head.dep_ == "pobj" and preposition.lower_ == "to" and preposition.head.lower_ == "according"


def unlisted_name(ctx: Context, phrase: str, position: int) -> Speaker | None:
    """A capitalised name the entity spotter passed over (`"...?" Kim said.`): the one person
    whose name it fits (the surname of "Lloyd Austin", the family name of "Kim Jong-un"), else
    the name as written."""
    phrase = without_title(phrase)[0]  # "Dr. ", "Sen. "
    match = _CAPITALISED_NAME.match(phrase)
    if not match or any(w.lower() in COMMON_WORDS or w.lower() in ROLE_NOUNS for w in phrase.split()):
        return None
    people = {m[2].name: m[2] for m in ctx.mentions if m[2].kind == "person"}
    index = find_same(phrase, list(people))
    if index is not None:
        owner = list(people.values())[index]
        return Speaker(owner.name, owner.role, position)
    return Speaker(phrase, None, position)


def nominal_phrase(phrase: str) -> str | None:
    """ "the commission", "a spokesperson for the camp", "police" as a speaker."""
    match = _NOMINAL_PHRASE.match(phrase)
    if match:
        return match.group(1)
    words = phrase.split()
    if 1 <= len(words) <= 3 and words[-1].lower() in NOMINAL_HEADS:
        return phrase
    return None


def resolve_description(ctx: Context, phrase: str, position: int, speakers: list[Speaker]) -> Speaker | None:
    """ "the mayor" / "the rookie defenceman" / "the utility": someone already named.

    Only singular definite descriptions refer back; "a spokesperson", "officials"
    and documents ("the statement") are left as they are.
    """
    match = _DEFINITE_DESCRIPTION_HEAD.match(phrase)
    if not match:
        return None
    head = match.group(1).split()[-1]
    key = head.lower()
    if key in _ANONYMOUS_HEADS or (key.endswith("s") and not key.endswith("ss")):
        return None
    if key in _ORG_HEADS:
        named = _nearest_organization(ctx, position, key)
        if named or key not in _BUSINESS_HEADS:
            return named
        return _latest_body(ctx, position, speakers)  # "the utility" for BC Hydro
    modified = len(match.group(1).split()) > 1
    with_role = ctx.latest_mention(position, "person", ("role", key))
    if with_role:
        entity = with_role[2]
        return Speaker(entity.name, entity.role, position)
    if key in _TIE_NOUNS and any(word[0].isupper() for word in match.group(1).split()[:-1]):
        return None  # "the Christie supporter": someone tied to a named one, never that one, and new
    # A bare "the judge" may be someone new; "the rookie defenceman" characterises someone known.
    if modified and (key in ROLE_NOUNS or _PERSON_SUFFIX.search(key) or head[0].isupper()):
        return resolve_pronoun(ctx, position, None, speakers)
    return None


def _nearest_organization(ctx: Context, position: int, head: str) -> Speaker | None:
    """The latest organization before `position` whose name holds the head noun ("the ministry")."""
    fitting = ctx.latest_mention(position, "organization", ("name", head))
    if not fitting:
        return None
    entity = fitting[2]
    return Speaker(entity.name, entity.role, position)


def _recent_bodies(ctx: Context, position: int) -> list[Mention]:
    """Organizations named in the last few paragraphs, else names the spotter could not
    type ("BC Hydro"): what "it said" can stand for."""
    since = ctx.paragraph_starts[max(0, ctx.paragraph_of(position) - _BODY_PARAGRAPHS)]
    orgs = ctx.mentions_between(since, position, "organization")
    return orgs or [m for m in ctx.mentions_between(since, position, "other") if not m[2].name.startswith("#")]


def _latest_body(ctx: Context, position: int, speakers: list[Speaker]) -> Speaker | None:
    """The body "it said" or "the utility said" stands for: the latest of the bodies named in
    the last few paragraphs and the bodies that spoke earlier quotes. A body quoted at length
    is named once and then only referred to, so its last mention outside quotes can lie far back
    while its last quote is near."""
    body = _recent_bodies(ctx, position)
    latest = Speaker(body[-1][2].name, body[-1][2].role, body[-1][0]) if body else None
    bodies = ctx.body_names()
    for speaker in reversed(speakers):
        if speaker.named and speaker.position < position and speaker.name in bodies:
            if latest is None or speaker.position > latest.position:
                latest = speaker
            break
    return replace(latest, position=position) if latest else None


# ---------------------------------------------------------------------------
# Pronouns


def resolve_pronoun(ctx: Context, pos: int, pronoun: str | None, speakers: list[Speaker]) -> Speaker | None:
    """The referent of he/she/it at `pos`; None as the pronoun means any person.

    See the module docstring for the convention; speakers of earlier quotes count
    as mentions at the place their reporting clause named (or pronoun-referred to) them.
    """
    kind, gender = _PRONOUNS[pronoun] if pronoun else ("person", None)
    events = _ReferentEvents(ctx, pos, kind, gender, speakers)
    latest = events.latest_before(pos + 1)
    if pronoun == "it" and latest is None and _is_reporting(ctx, pos, pos + 2):  # `it said`, not `it was`
        return _latest_body(ctx, pos, speakers)
    # The sentences holding events, nearest first: each found by the latest event before the
    # sentence looked at last, so a long text is not searched from its start for every pronoun.
    while latest is not None:
        index = ctx.sentence_index(latest)
        start = ctx.sentence_starts[index]
        found = events.within(start, latest + 1)
        latest = events.latest_before(start)
        if kind == "person" and gender and _continues_referent(ctx, start, found[0][0], gender):
            continue
        chosen = next((e for e in found if e[0] != e[1] and _is_reporting(ctx, e[0], e[1])), None)
        chosen = chosen or _main_clause_subject(ctx, index, found) or found[0]
        return Speaker(chosen[2], chosen[3], pos)
    return None


_Event = tuple[int, int, str, str | None]


def _main_clause_subject(ctx: Context, index: int, found: list[_Event]) -> _Event | None:
    """Of the people a sentence names, the subject of its main clause by the dependency parse:
    "After the murder of Jacques Hamel, Trump asserted that ..." is about Trump, whom a
    pronoun in the next sentence goes on about, not about the first person named. Only asked
    when the sentence names more than one fitting person and none of them reports anything."""
    if len({event[2] for event in found}) < 2:
        return None
    start = ctx.sentence_starts[index]
    end = ctx.sentence_starts[index + 1] if index + 1 < len(ctx.sentence_starts) else len(ctx.text)
    # The reporter's clause ends where a quote opens: in `Trump asserted that ...: "France is no
    # longer France," he claimed`, the parse of the whole would take "he claimed" for the main clause.
    # A title quoted mid-sentence ('compared her to the cast of "Planet of the Apes," the anchor
    # Ilia Calderón reacted') cuts the clause short instead, so the whole sentence is read next.
    before_quote = ctx.sentence_end(start)
    ends = [before_quote, end] if start < before_quote < end and any(e[0] < before_quote for e in found) else [end]
    for clause_end in ends:
        doc = parse(ctx.text[start:clause_end])
        for token in doc:
            if token.dep_ == "nsubj" and token.head.dep_ == "ROOT":
                at = start + token.idx
                subject = next((e for e in found if e[0] <= at < max(e[1], e[0] + 1)), None)
                if subject is not None:
                    return subject
                break
    return None


class _ReferentEvents:
    """What a pronoun at `pos` may refer to, as (start, end, name, role) events: the mentions
    of its kind before it outside quotes (ending by `pos`), and for people the named speakers
    of earlier quotes at their positions, both of the pronoun's gender (or of none known)."""

    def __init__(self, ctx: Context, pos: int, kind: str, gender: str | None, speakers: list[Speaker]) -> None:
        self.ctx, self.pos, self.gender = ctx, pos, gender
        self.mentions, self.mention_starts = ctx.mentions_of_kind(kind)
        self.speaker_positions, self.speakers = ctx.named_speakers(speakers) if kind == "person" else ([], [])

    def _fits(self, name: str) -> bool:
        return not self.gender or self.ctx.gender.get(name, self.gender) == self.gender

    def _mention_fits(self, mention: Mention) -> bool:
        return mention[1] <= self.pos and not self.ctx.inside_quote(mention[0]) and self._fits(mention[2].name)

    def latest_before(self, bound: int) -> int | None:
        """The place of the latest event starting before `bound`, or None."""
        latest = None
        for index in range(bisect.bisect_left(self.mention_starts, min(bound, self.pos + 1)) - 1, -1, -1):
            if self._mention_fits(self.mentions[index]):
                latest = self.mentions[index][0]
                break
        for index in range(bisect.bisect_left(self.speaker_positions, min(bound, self.pos)) - 1, -1, -1):
            if self._fits(self.speakers[index].name):
                position = self.speakers[index].position
                latest = position if latest is None else max(latest, position)
                break
        return latest

    def within(self, start: int, end: int) -> list[_Event]:
        """The events starting in [start, end), sorted."""
        events = [
            (m[0], m[1], m[2].name, m[2].role)
            for m in self.mentions[
                bisect.bisect_left(self.mention_starts, start) : bisect.bisect_left(
                    self.mention_starts, min(end, self.pos + 1)
                )
            ]
            if self._mention_fits(m)
        ]
        events += [
            (s.position, s.position, s.name, s.role)
            for s in self.speakers[
                bisect.bisect_left(self.speaker_positions, start) : bisect.bisect_left(
                    self.speaker_positions, min(end, self.pos)
                )
            ]
            if self._fits(s.name)
        ]
        return sorted(events)


def _continues_referent(ctx: Context, sentence_start: int, first_name: int, gender: str) -> bool:
    """A he/she before any name, or as the subject right after an opening phrase that
    holds the names (`Unlike Ali, he has no job.`): the sentence is about the referent
    already in focus, and the names in it are not."""
    for match in _LEADING_PRONOUNS[gender].finditer(ctx.text, sentence_start, first_name):
        if not ctx.inside_quote(match.start()):
            return True
    if first_name <= sentence_start or not ctx.text[sentence_start:first_name].strip():
        return False
    fronted = _FRONTED_SUBJECT.match(ctx.text, sentence_start)
    return (
        fronted is not None
        and fronted.group(1).lower() == {"m": "he", "f": "she"}[gender]
        and first_name < fronted.start(1)
    )


def _is_reporting(ctx: Context, start: int, end: int) -> bool:
    """Whether the mention at text[start:end] is the subject of a reporting verb
    (`Lohmar said`, `Gomes, a researcher, says`, `said Chief Lohmar`)."""
    after = _REPORTING_AFTER.match(ctx.text, end)
    if after and after.group("verb") in ctx.verbs:
        return True
    before = _REPORTING_BEFORE.search(ctx.text, max(0, start - 60), start)
    if not before or before.group("verb") not in ctx.verbs:
        return False
    return all(w[0].isupper() or w.lower() in ROLE_NOUNS or w == "the" for w in before.group("title").split())


def _genders(ctx: Context) -> dict[str, str]:
    """Gender evidence per person: an honorific or kinship noun before a mention
    (counted double), or the first he/she-type pronoun
    outside quotes after a mention, before any other person is named and within a
    few sentences (majority vote).  The words of a quote between the name and its
    `she said` are skipped: they are the speaker's, not about the speaker."""
    votes: dict[str, int] = {}
    people = [m for m in ctx.mentions if m[2].kind == "person" and not ctx.inside_quote(m[0])]
    for i, (start, end, entity) in enumerate(people):
        honorific = _WORD_BEFORE_NAME.search(ctx.text[max(0, start - 14) : start])
        word = honorific.group(1).lower() if honorific else ""
        vote, weight = _GENDER_HONORIFICS.get(word) or _GENDER_KIN.get(word), 2
        if vote is None:
            weight = 1
            limit = people[i + 1][0] if i + 1 < len(people) else len(ctx.text)
            pronouns = _GENDER_PRONOUN.finditer(ctx.text, end, min(limit, end + _GENDER_WINDOW))
            pronoun = next((p for p in pronouns if not ctx.inside_quote(p.start())), None)
            vote = _GENDER_WORDS[pronoun.group().lower()] if pronoun else None
        if vote:
            votes[entity.name] = votes.get(entity.name, 0) + (weight if vote == "m" else -weight)
    return {name: "m" if score > 0 else "f" for name, score in votes.items() if score}
