"""Reading defects: what a reader trips over in a brief, counted the same way on every dataset
(gold or not), so a change that makes briefs read worse shows in `summarizer eval` even when
no annotation covers it. Each count is per brief; the report gives them per 100 briefs.

The definitions (also in the README):
- cut prose: a summary sentence or event that does not end a sentence (no closing . ! ?, or it
  ends on an abbreviation or initial such as "Mr." or "J.");
- quote-fragment event: an event that opens with a quotation mark, leaves one open, or lies
  inside a quote of the brief;
- duplicate entities: two `who` entries of which one is a shorter form of the other (its words
  a part of the other's, or its acronym), unless the shorter is truly ambiguous: also a part of
  another longer entry that names someone or something else ("Kim" beside "Kim Jong-un" and
  "Kim Yonghyun"); a longer name that opens with the shorter and goes on to a head word of a
  thing of its own (a committee, a stadium, a centre, a body's Republicans) names another
  entity ("Senate" and "Senate Armed Services Committee", "Dundee" and "Dundee United"), as does
  one that goes on to such a head anywhere ("Donald J. Trump Foundation") or holds the shorter
  only after its head ("NYC" of the "Harvard Club of NYC"); a head any body of its kind has
  ("House", "Committee") beside a longer name that ends on it and says more than a place ("White
  House") is ambiguous; a leading "The" does not count; two
  names that differ in their middle initials ("George W. Bush", "George H.W. Bush") name two
  people, and an acronym beside a name listed as a person's ("AP", "Alison Parker") a body;
- junk names: a `who` entry of one letter, or a single word with no capital inside it that the
  article also writes in lower case (a common noun capitalised at a sentence start or in a
  headline; "TfL" beside "tfl.gov.uk" is none);
- unlabelled figures: figures that do not say what they count;
- bad headlines: a byline, a label ending in a colon or comma, cut on an abbreviation, or under
  three words;
- quotes without a speaker."""

from __future__ import annotations

import re
from itertools import combinations

from summarizer.schemas import Brief
from summarizer.text.sentences import split_sentences
from summarizer.text.spans import fold
from summarizer.text.tokens import appears_lowercase

DEFECTS = (
    "cut_prose",
    "quote_fragment_events",
    "duplicate_entities",
    "junk_names",
    "unlabelled_figures",
    "bad_headlines",
    "quotes_without_speaker",
)

# Abbreviations that never end a sentence: a title or "vs." always has its name or side after it
# ("Inc." and "U.S." do end sentences).
_OPEN_ABBREVIATIONS = frozenset("mr mrs ms dr prof sen rep gov gen lt col capt sgt rev st vs".split())
_CLOSERS = "\"'”’)]»"
_OPENING_QUOTES = "\"“‘«„"
_LAST_WORD = re.compile(r"([\w.&'-]+)\.$")
_BYLINE = re.compile(
    r"^(?:By\s+)?[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}\s*[,|/]\s*(?:The\s+)?[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,4}$"
    r"|Associated Press|Reuters|\bAFP\b|Staff Writer|^By\s+[A-Z]"
)


def reading_defects(brief: Brief, text: str) -> dict[str, int]:
    """How many of each defect `brief` (of the article `text`) has."""
    events = list(brief.what)
    prose = split_sentences(brief.summary) + events
    names = [item.name for item in brief.who]
    people = {item.name for item in brief.who if item.kind == "person"}
    return {
        "cut_prose": sum(is_cut(sentence) for sentence in prose),
        "quote_fragment_events": sum(_is_quote_fragment(event, brief) for event in events),
        "duplicate_entities": duplicate_pairs(names, people),
        "junk_names": sum(_is_junk_name(name, text) for name in names),
        "unlabelled_figures": sum(not (number.measures or "").strip() for number in brief.numbers),
        "bad_headlines": int(is_bad_headline(brief.headline)),
        "quotes_without_speaker": sum(not (quote.speaker or "").strip() for quote in brief.quotes),
    }


def is_cut(sentence: str) -> bool:
    """Whether a prose sentence stops before its end (see the module docstring)."""
    bare = sentence.strip().rstrip(_CLOSERS)
    if not bare.endswith((".", "!", "?", "…")):
        return True
    word = _LAST_WORD.search(bare)
    if word is None:
        return False
    last = word.group(1)
    return last.lower() in _OPEN_ABBREVIATIONS or (len(last) == 1 and last.isupper())


def is_bad_headline(headline: str) -> bool:
    headline = headline.strip()
    if len(headline.split()) < 3 or headline.endswith((":", ",", ";", "-", "—")):
        return True
    return bool(_BYLINE.search(headline)) or (headline.endswith(".") and is_cut(headline))


def _is_quote_fragment(event: str, brief: Brief) -> bool:
    stripped = event.strip()
    if stripped[:1] in _OPENING_QUOTES or stripped.count('"') % 2 or stripped.count("“") != stripped.count("”"):
        return True
    folded = fold(stripped.strip(_CLOSERS + _OPENING_QUOTES + " ."))
    return any(folded and folded in fold(quote.text) for quote in brief.quotes)


def _words(name: str) -> list[str]:
    words = fold(name).replace(".", " ").split()
    return words[1:] if len(words) > 1 and words[0].lower() == "the" else words  # "The Times" is "Times"


def duplicate_pairs(names: list[str], people: set[str] | frozenset[str] = frozenset()) -> int:
    """Pairs of `who` names of which one is a shorter form of the other, leaving out the short
    forms that are truly ambiguous: a short name that is part of two longer names naming
    different entities ("Kim" beside "Kim Jong-un" and "Kim Yonghyun", "Rogers" beside "Rogers
    Media" and "Rogers Communications") cannot be joined to either, so listing it apart is no
    defect. `people` are the names listed as persons: news writes a body, not a person, by its
    initials, so "AP" beside the person "Alison Parker" is the Associated Press."""
    pairs = [(a, b) for a, b in combinations(names, 2) if _same_entity(a, b, people)]
    longer_forms: dict[str, list[str]] = {}
    for a, b in pairs:
        short, long = sorted((a, b), key=lambda name: len(_words(name)))
        if len(_words(short)) < len(_words(long)):
            longer_forms.setdefault(short, []).append(long)
    ambiguous = {
        short for short, longs in longer_forms.items() if any(not _same_entity(x, y) for x, y in combinations(longs, 2))
    }
    return sum(a not in ambiguous and b not in ambiguous for a, b in pairs)


# Head words of a thing named after a body or a person, or a part of one: "Senate" and "Senate
# Armed Services Committee", "Bank of America" and "Bank of America Stadium", "George W. Bush" and
# "George W. Bush Presidential Center" are two entities, not one written twice.
_OWN_THING_HEADS = frozenset(
    "committee subcommittee caucus coalition republican republicans democrat democrats members delegation "
    "center centre stadium arena hall library museum tower airport bridge show news foundation institute "
    "school university college hospital fund prize award awards campaign park street avenue station "
    # a newspaper named after its city ("Washington" and "Washington Post")
    "post times herald journal tribune gazette chronicle star globe sun mail "
    # a club named after its town ("Dundee" and "Dundee United" play each other)
    "united city rovers athletic wanderers albion rangers "
    # a bureau, an office, a radio show or a PAC named after a place, a body or a person
    # ("Capitol Hill Bureau", "White House Office of ...", "House Majority PAC")
    "bureau office radio club pac".split()
)
# Heads any body of a kind has: "House" alone beside the "White House" is the House of
# Representatives, "Committee" beside the "Ethics Committee" may be any other committee; only
# the body's place or people before it ("U.S. Senate") leaves no doubt.
_GENERIC_HEADS = frozenset(
    "house senate court committee party council assembly parliament congress government ministry department pac".split()
)
_PLACE_WORDS = frozenset("us u s uk united states america american british federal state national".split())
# Plural group words: a longer name that ends on one of them names a part of the group ("Senate
# Democrats", "Committee Republicans"), not the group written out in full.
_GROUP_PLURALS = frozenset(
    "republicans democrats conservatives liberals tories socialists members supporters officials lawmakers "
    # a state's or a county's party ("Polk County GOP") is a part of the party
    "gop dems".split()
)
_PREPOSITIONS = frozenset({"of", "on", "for", "in", "at"})


def _names_another_thing(short: list[str], long: list[str]) -> bool:
    """Whether `long` holds the whole of `short` and goes on to a head word of a thing of its
    own (the last word, or the one before "on"/"of": "Senate Subcommittee on Consumer Protection",
    "Donald J. Trump Foundation"), or holds it only in the complement after its head ("NYC" of the
    "Harvard Club of NYC", "Parks" of the "Committee on Parks and Recreation"), or `short` is a
    head any body of its kind has and `long` names one by more than its place ("House" and
    "White House")."""
    lowered = [word.lower() for word in long]
    cut = next((i for i, word in enumerate(lowered) if i and word in _PREPOSITIONS), len(long))
    mine = {word.lower() for word in short}
    # the head is the word before the complement, or the last ("Bank of America Stadium")
    if any(head in _OWN_THING_HEADS and head not in mine for head in (lowered[cut - 1], lowered[-1])):
        return True
    if not mine & set(lowered[:cut]):
        return True  # only in the complement
    if len(short) == 1 and short[0].lower() in _GENERIC_HEADS and lowered[-1] == short[0].lower():
        return not set(lowered[:-1]) <= _PLACE_WORDS
    return False


def _names_a_subgroup(short: list[str], long: list[str]) -> bool:
    """Whether `long` is a part of `short`'s group ("Polk County GOP" of the "GOP"), or the
    members of one party in the body `short` ("House GOP", "Senate Dems")."""
    last = long[-1].lower()
    if len(short) == 1 and short[0].lower() in _GROUP_PLURALS and last == short[0].lower():
        return True
    return last in _GROUP_PLURALS and long[:-1] == short


def _same_entity(a: str, b: str, people: set[str] | frozenset[str] = frozenset()) -> bool:
    (short, short_name), (long, long_name) = sorted(((_words(a), a), (_words(b), b)), key=lambda pair: len(pair[0]))
    if not short or short == long:
        return bool(short)
    if set(short) <= set(long):
        return (
            not _names_another_thing(short, long)
            and not _names_a_subgroup(short, long)
            and not _other_initials(short, long)
        )
    if long_name in people and short_name not in people:
        return False
    acronym = "".join(word[0] for word in long if word not in {"of", "the", "and", "for"})
    return len(short) == 1 and len(short[0]) > 1 and short[0] == acronym


def _other_initials(short: list[str], long: list[str]) -> bool:
    """Whether two personal names differ in their middle initials: "George W. Bush" and "George
    H.W. Bush" are father and son; "George Bush" may be either."""
    initials = [word for word in short[1:-1] if len(word) == 1]
    return bool(initials) and initials != [word for word in long[1:-1] if len(word) == 1]


def _is_junk_name(name: str, text: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    if len(letters) <= 1:
        return True
    words = name.split()
    # a capital inside the word ("TfL", "iPhone", "McDonald") is no common noun's, even where a
    # web address writes it in lower case ("tfl.gov.uk")
    mixed_case = any(c.isupper() for c in name[1:])
    return len(words) == 1 and not mixed_case and appears_lowercase(text, name)
