"""A name put in the place the evidence gives another: "a spokesman for *Clinton* joked" where
the evidence writes "a spokesman for *Sanders* could only quip", "*LNG Canada* has said it
signed agreements" where it writes "*TransCanada* has said it signed agreements", "*Fox News's*
Dana Bash" for "*CNN's* Dana Bash". Every word around the name is the evidence's, in the same
order, and so is every name: only which name stands in that place has changed, and a test of
one name ("is it in the passage?") or of one verb's doer (which a parse may miss, or give to a
name further off) passes it.

A careful reader lines the claim up with the evidence sentence: the content words nearest the
name on one side (`_SETTING` of them, within `_REACH` words) are the evidence's nearest content
words on that side of another name. That is a slot, and the claim fills it with a name the
evidence does not. The test is narrow on purpose:

- the setting is read over the small words of the name's phrase only (a mark of punctuation,
  a figure or a list word ends it), and its words must say more than that someone spoke;
- the evidence's name is not the claim's in another form: not the same last word, nor one's
  words among the other's ("Clinton", "Mondelez International"), nor its initials ("U.S."), nor
  its people ("American"), and the article never writes the two as one name ("Milwaukee
  Bucks": a team may be named by its city);
- a possessive fills only a possessive's slot ("Major's girlfriend" is the girlfriend's);
- the claim's name is not written in that same slot anywhere in the article (a passage may
  hold both "the coach of Arsenal" and "the coach of Chelsea");
- a name listed beside the claim's ("Chelsea and Arsenal") or in apposition to it shares its
  slot with it, and one that hangs on a word before it ("the founder *of* X, who said") has
  no slot of its own after it;
- a place fills no slot, nor is it swapped for one: a place stands for its team or government
  ("the Magpies" for "Newcastle"), and a wider place for a narrower (the place tests,
  `relations.placement_mismatch` and `structure.place_mismatch`, weigh places); but two towns
  the article keeps apart, the claim's written for some other event, are two places
  ("craftsmen in Chongqing" for "craftsmen in Weifang"), and the one word before "in" or
  "from" makes such a town's slot;
- a parenthesis after a name ("Rep. Ann Lee (D-Md.), chair of ...") is read over;
- a name that a word before it acts on ("via affiliate company X, says") has no slot of its
  own after it, unless the claim's name has that word too;
- a team's nickname ("the Black Cats") may stand for its club ("Sunderland"): a nickname is
  only weighed against another;
- a one-word name that is an adjective ("Indigenous") or a people's is no one's part, and a
  name spelled one letter otherwise is the same name.

Times are no one's slot ("on Monday" for "on Tuesday" is a figure's test)."""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.extract.organization_cues import is_plural_nickname
from summarizer.grounding.claim_names import demonym_of, written_together
from summarizer.grounding.claims import Claim, Passage, name_runs, shown_name
from summarizer.grounding.lemmas import STOPWORDS, Word, is_content
from summarizer.grounding.structure import spelled_alike
from summarizer.text.gazetteer import DEMONYMS, PLACES
from summarizer.text.lemminflect_tables import getAllLemmas
from summarizer.text.lexicon import REPORTING_VERBS, TEMPORAL_WORDS
from summarizer.text.names import name_key
from summarizer.text.world_cities import is_world_city

__all__ = ["slot_mismatch"]

#: How many content words on one side of a name make its slot.
_SETTING = 2
#: How far (in words) from the name those content words may stand.
_REACH = 4
# The small words read over between a name and the words of its setting.
_SKIPPED = frozenset(
    "the a an of for to in at on by with from has have had is was were are be been who which it he she they".split()
)
#: How near the claim's name another may stand and be of one phrase with it.
_BESIDE = 6
_DETERMINERS = frozenset("the a an".split())
# Words after which a name hangs on the word before them.
_ATTACHING = frozenset("of at in from for on with by near to and or".split())


def slot_mismatch(claim: Claim, passage: Passage) -> str | None:
    """The first name of the claim that stands where an evidence sentence writes another (see
    the module docstring), as a reason; None when there is none."""
    article = passage.source.text
    for name in claim.names:
        if any(w.lower in TEMPORAL_WORDS or w.is_number for w in name):
            continue
        if _adjective(name) or (len(name) == 1 and demonym_of(name[0], passage.source.names)):
            continue  # "a Libyan beach", "Indigenous people": a people's adjective is no one's part
        start, end = claim.words.index(name[0]), claim.words.index(name[-1])
        for side in (-1, 1):
            setting = _setting(claim.words, start, end, side, claim.text)
            town = side < 0 and _town_of_a_group(claim.words, start, setting)
            if not _telling(setting, town or _claim_opens(claim.words, start, end, side, setting)):
                continue
            if _written_in_slot(name, setting, side, passage):
                continue
            for index in passage.indices:
                sentence = passage.source.sentences[index]
                other = _other_in_slot(
                    name, claim.words, setting, side, sentence, article, passage.source.names, passage.source.sentences
                )
                if other is not None and town and not is_world_city(shown_name(other)):
                    other = None  # one word's slot ("craftsmen in") is only a town's
                if other is not None:
                    said = shown_name(name)
                    given = shown_name(other)
                    return f"the evidence gives {given}, not {said}, the place the claim puts {said} in"
    return None


def _setting(sentence: Sequence[Word], start: int, end: int, side: int, text: str) -> list[Word]:
    """The nearest `_SETTING` content words on `side` (-1 before, 1 after) of the name at
    `start`..`end`, nearest first: read outward over the small words of a phrase (`_SKIPPED`)
    and no further than `_REACH` words, a mark of punctuation (but the comma of an apposition
    just after the name: "Ann Lee, head of ..."; one before it ends a clause: "at the sign,
    Gibson said") or any other word that is not content (a figure, a list word), which end the
    phrase the name stands in ("with Taylor (they tied ...)", "Spion Kop 1906 fan groups"). A
    subject pronoun is read over ("has said *it* signed")."""
    found: list[Word] = []
    at = start if side < 0 else _past_parenthesis(sentence, end, text)
    for step in range(1, _REACH + 1):
        nxt = at + side * step
        if not 0 <= nxt < len(sentence) or len(found) == _SETTING:
            break
        near, far = sorted((nxt, nxt - side))
        gap = text[sentence[near].end : sentence[far].start].strip()
        if side > 0 and step == 1 and at != end:
            gap = gap[gap.find(")") + 1 :].strip()  # what follows the parenthesis
        if gap and not (side > 0 and step == 1 and gap == ","):
            break
        word = sentence[nxt]
        if is_content(word) or word.lower in REPORTING_VERBS:
            found.append(word)
        elif word.lower not in _SKIPPED:
            break
    return found


def _past_parenthesis(sentence: Sequence[Word], end: int, text: str) -> int:
    """The last word of a parenthesis just after the word at `end` ("Ann Lee (D-Md.), chair of
    ..."; "Bo Kim (pictured) said"), or `end` when none follows it: a party and state, a
    picture's note, stand between a name and the words that say what it is or does."""
    after = text[sentence[end].end :]
    if not after.lstrip().startswith("("):
        return end
    close = after.find(")")
    if close < 0:
        return end
    closing = sentence[end].end + close
    at = end
    while at + 1 < len(sentence) and sentence[at + 1].end <= closing:
        at += 1
    return at


def _town_of_a_group(words: Sequence[Word], start: int, setting: Sequence[Word]) -> bool:
    """Whether the name at `start` is a town a group or a thing is of ("craftsmen *in*
    Chongqing", "fans *from* Leeds"): one content word and "in" or "from" just before it. That
    one word is its slot against another town (`_towns_apart`), never against a person."""
    before = words[start - 1].lower if start > 0 else ""
    return len(setting) == 1 and before in ("in", "from") and is_world_city(words[start].text)


def _claim_opens(words: Sequence[Word], start: int, end: int, side: int, setting: Sequence[Word]) -> bool:
    """Whether the claim opens (or ends) with one content word and small words between it and
    the name ("A spokesman for Hillary Clinton"): its one word of setting is all it has there."""
    if len(setting) != 1:
        return False
    outside = words[:start] if side < 0 else words[end + 1 :]
    return all(w is setting[0] or w.lower in _SKIPPED for w in outside)


def _telling(setting: Sequence[Word], whole: bool) -> bool:
    """Whether a setting makes a slot: `_SETTING` words (or one, when it is all the claim has on
    that side: `whole`), not all of them verbs of saying (a name is telling: "said Hillary
    Clinton and *Obama*"; "said Lee" is no slot)."""
    if len(setting) < (1 if whole else _SETTING):
        return False
    return any(w.lower not in REPORTING_VERBS and not w.keys & REPORTING_VERBS for w in setting)


def _alike(claimed: Sequence[Word], given: Sequence[Word]) -> bool:
    """Whether the evidence's setting opens with the claim's, word for word (as lemmas)."""
    given = given[: len(claimed)]
    return len(claimed) == len(given) and all(
        a.lower == b.lower or bool(a.keys & b.keys) for a, b in zip(claimed, given, strict=True)
    )


def _written_in_slot(name: Sequence[Word], setting: Sequence[Word], side: int, passage: Passage) -> bool:
    """Whether the article writes the claim's name (its last word) with the same setting on
    that side: then the slot is its own."""
    last = name[-1].lower
    for sentence in passage.source.sentences:
        for at, word in enumerate(sentence):
            if word.lower != last:
                continue
            first = at - len(name) + 1 if side < 0 else at
            if first >= 0 and _alike(setting, _setting(sentence, first, at, side, passage.source.text)):
                return True
    return False


def _other_in_slot(
    name: Sequence[Word],
    claim_words: Sequence[Word],
    setting: Sequence[Word],
    side: int,
    sentence: Sequence[Word],
    article: str,
    known: frozenset[str] = frozenset(),
    every: Sequence[Sequence[Word]] = (),
) -> tuple[Word, ...] | None:
    """A name of `sentence` that is not the claim's `name` and stands in its setting."""
    mine = {w.lower for w in name}
    said = shown_name(name)
    runs = name_runs(sentence, article)
    names = frozenset(w.lower for w in sentence if w.capitalised) | mine | known
    for run in runs:
        theirs = {w.lower for w in run}
        if name[-1].lower == run[-1].lower or mine <= theirs or theirs <= mine:
            continue  # "Hillary Clinton" for "Clinton", "Mondelez" for "Mondelez International"
        if any(w.lower in TEMPORAL_WORDS or w.is_number for w in run):
            continue
        if all(w.lower in STOPWORDS for w in run):
            continue  # "He" capitalised after a colon stands for a name; it is none of its own
        start, end = sentence.index(run[0]), sentence.index(run[-1])
        if not _alike(setting, _setting(sentence, start, end, side, article)):
            continue
        if _beside(name, sentence, start, end) or _adjective(run):
            continue
        if side > 0 and (
            _modifies(sentence, start, article) or _object_of_another(name, claim_words, sentence, start, article)
        ):
            continue
        if (_a_place(name) or _a_place(run)) and not _towns_apart(name, run, every):
            continue  # a place stands for its team or government, and a wider place for it
        if _nickname(name, claim_words) != _nickname(run, sentence):
            continue  # "the Black Cats" for "Sunderland"; two nicknames are two teams
        if spelled_alike([name[-1].lower], [run[-1].lower]):
            continue  # "Sandlilands" for "Sandilands": a misspelling, the same name
        if len(run) == 1 and demonym_of(run[0], names):
            continue  # "American officials" for "U.S. officials"
        if name[-1].possessive != run[-1].possessive or _abbreviates(name, run) or _abbreviates(run, name):
            continue  # "Major's girlfriend": the slot is the noun's; "U.S." is "United States"
        if written_together(said, shown_name(run), article):
            continue
        return run
    return None


def _abbreviates(short: Sequence[Word], long: Sequence[Word]) -> bool:
    """Whether `short` spells the initials of `long`, or of a run of its words ("U.S." and
    "United States"; "TSA" and "Two Transportation Security Administration", a number opening
    the sentence)."""
    letters = "".join(w.lower for w in short).replace(".", "")
    return len(long) > 1 and len(letters) > 1 and letters in "".join(w.lower[0] for w in long)


def _beside(name: Sequence[Word], sentence: Sequence[Word], start: int, end: int) -> bool:
    """Whether a word of the claim's name stands within `_BESIDE` words of the run at
    `start`..`end` in `sentence`: listed with it ("Chelsea and Arsenal") or in apposition to it
    ("in Bydgoszcz, northern Poland"; "Alvin Fiddler, grand chief of the Nishnawbe Aski
    Nation"), one phrase, whose slot both fill."""
    mine = {w.lower for w in name}
    return any(
        word.lower in mine and (start - _BESIDE <= at < start or end < at <= end + _BESIDE)
        for at, word in enumerate(sentence)
    )


def _modifies(sentence: Sequence[Word], start: int, text: str) -> bool:
    """Whether the run opening at `start` hangs on a word before it: after a preposition or a
    list word ("the founder *of* Studiocomix Press, which recently celebrated ..."; "Iran,
    Turkey *and* France, praised ...") or a name and a comma ("Dr Ram Manohar, of Barnston,
    *Wirral*, has denied ..."). What follows it is then said of the word it hangs on, not of it."""
    at = start - 1
    while at >= 0 and sentence[at].lower in _DETERMINERS:
        at -= 1
    if at < 0:
        return False
    listed = (
        sentence[at].capitalised
        and sentence[at].lower not in TEMPORAL_WORDS
        and "," in text[sentence[at].end : sentence[at + 1].start]
    )
    return sentence[at].lower in _ATTACHING or listed


def _object_of_another(
    name: Sequence[Word], claim_words: Sequence[Word], sentence: Sequence[Word], start: int, text: str
) -> bool:
    """Whether the run opening at `start` is what a word before it acts on or names ("via
    affiliate company TurnON Britain, says ..."), where the claim's name is not: a content word
    other than a verb of saying stands just before it, and not the claim's word before its name
    ("prompting BC Ferries to cancel" for "prompted BC Hydro to cancel" fills the same place).
    A word a mark of punctuation parts from it is another clause's ("on Thursday, the Sixers")."""
    before = _word_before(sentence, start)
    if before is None or not is_content(before) or before.lower in REPORTING_VERBS:
        return False
    if any(mark in text[before.end : sentence[start].start] for mark in ",;:()—"):
        return False
    mine = _word_before(claim_words, claim_words.index(name[0]))
    return mine is None or not (mine.lower == before.lower or mine.keys & before.keys)


def _word_before(sentence: Sequence[Word], start: int) -> Word | None:
    at = start - 1
    while at >= 0 and sentence[at].lower in _DETERMINERS:
        at -= 1
    return sentence[at] if at >= 0 else None


def _nickname(name: Sequence[Word], sentence: Sequence[Word]) -> bool:
    """A team's nickname: a plural after "the" ("the Black Cats", "the Bucks"), which may stand
    for the club's own name ("Sanders" is no nickname)."""
    at = sentence.index(name[0])
    return at > 0 and sentence[at - 1].lower == "the" and is_plural_nickname(name[-1].lower)


def _towns_apart(name: Sequence[Word], run: Sequence[Word], every: Sequence[Sequence[Word]]) -> bool:
    """Whether two places are towns the article keeps apart: both towns or cities, neither a
    country or a region (which may hold the other), the claim's written in another sentence of
    the article (a place it gives some other event or group: "the festival in Chongqing") and
    no sentence writing the two together ("Croydon, south London" says one holds the other).
    "Craftsmen in Chongqing" where the evidence has "craftsmen in Weifang" then puts the act in
    the wrong town."""
    said, given = shown_name(name), shown_name(run)
    if not (is_world_city(said) and is_world_city(given)) or _region(said) or _region(given):
        return False
    mine, theirs = name[-1].lower, run[-1].lower
    lowered = [{w.lower for w in sentence} for sentence in every]
    return any(mine in words for words in lowered) and not any(mine in words and theirs in words for words in lowered)


def _region(place: str) -> bool:
    """A country, state or region the gazetteer lists that is no town ("China", "Texas")."""
    return name_key(place) in PLACES and not is_world_city(place)


def _a_place(name: Sequence[Word]) -> bool:
    return name_key(shown_name(name)) in PLACES


def _adjective(name: Sequence[Word]) -> bool:
    """A one-word name English has only as an adjective ("Indigenous people") or that names a
    people ("the American decision"): a quality, no one's part."""
    if len(name) != 1:
        return False
    forms = getAllLemmas(name[0].lower)
    return ("ADJ" in forms and "NOUN" not in forms) or name[0].lower in DEMONYMS
