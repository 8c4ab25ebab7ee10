"""How a sentence may state a word of a role other than by the word itself, as a careful
reader still takes it (`roles` counts these words as held):

- a noun for what the person does there: whoever "scored for the Flames" is a Flames player,
  whoever "hired ten bakers" an employer (`agent_nouns`, from WordNet's derivational links);
  whoever is written "Ann Lee, 45, of Toronto" a Toronto resident;
- a party and state in brackets after a politician's name: "Rep. Bo Kim (R-Va.)" states
  "Republican" and "Virginia", "Sen. Ann Lee (Tex.)" "Texas" (`party_and_state`);
- a short form of an organization's name that the article writes in full: "the commission"
  for the Ontario Civilian Police Commission, "Carolina" for the Carolina Hurricanes;
- an acronym for the words it spells ("CEO" and "chief executive"), a people for its place
  ("Russian" and "Russia"), a figure however written ("three" and "3");
- a person the role names ("Lee's lawyer") as "he", "she", "his" or "her" in a sentence that
  speaks of them so before naming anyone, when they are the first named in the nearest of
  the two sentences before that names anyone ("Ann Lee was charged. His lawyer, Bo Kim, ...").

Each reading is tied to the sentence, and the agent nouns to the person's own verb (not a
passive, not another person's): a noun for a deed never stands for a role the text does not
state ("captain" where they scored), nor for someone else's."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from summarizer.grounding.claim_names import demonym_of
from summarizer.grounding.claims import SourceText
from summarizer.grounding.lemmas import Word, can_be_verb, lemma_keys
from summarizer.grounding.quantities import figures
from summarizer.grounding.synonyms import agent_nouns
from summarizer.text.gazetteer import US_STATES
from summarizer.text.lexicon import COMMON_WORDS, ORG_CUES, ORG_NOUNS

__all__ = [
    "HeldOtherwise",
    "calls",
    "held_otherwise",
    "in_brackets",
    "only_as_opponent",
    "organization_head",
    "other_party",
    "party_and_state",
    "quoted",
]

#: Which words of a role part (by position) a sentence (by index) holds other than as words.
HeldOtherwise = Callable[[int], frozenset[int]]


def held_otherwise(
    part: tuple[Word, ...], content: list[Word], text: SourceText, mentions: frozenset[str]
) -> HeldOtherwise:
    """Which words of `content` (the content words of the role part `part`, by position) each
    sentence of `text` holds other than as words (see the module docstring); `mentions` are
    the words that name the person."""
    runs = [(run, _short_forms([content[k] for k in run], text)) for run in _name_runs(part, content)]
    runs = [(run, forms) for run, forms in runs if forms]
    position = {w.start: k for k, w in enumerate(content)}
    counted = [f for f in figures(part) if part[f.index].start in position]

    def held(index: int) -> frozenset[int]:
        sentence = text.sentences[index]
        found = {k for run, forms in runs if any(calls(sentence, form) for form in forms) for k in run}
        implied = _implied_nouns(sentence, mentions, text.text)
        found.update(k for k, w in enumerate(content) if w.lower in implied)
        bracketed = frozenset().union(
            *(party_and_state(text.text, w.end) for w in sentence if w.capitalised and w.lower in mentions)
        )
        found.update(k for k, w in enumerate(content) if w.lower in bracketed or w.keys & bracketed)
        found.update(_spelt(part, content, sentence))
        places = frozenset(w.lower for w in sentence if w.capitalised)
        found.update(k for k, w in enumerate(content) if _same_place(w, sentence, places))
        found.update(position[part[f.index].start] for f in counted if f.values & text.figure_values[index])
        if index and _pronoun_first(sentence):
            meant = _subject_before(text, index)
            found.update(k for k, w in enumerate(content) if w.capitalised and w.lower in meant)
        return frozenset(found)

    return held


def party_and_state(source: str, end: int) -> frozenset[str]:
    """The words that a party and state in brackets right after offset `end` of `source` (the
    end of a politician's name) stand for, in lower case: "(R-Va.)" for "republican" and
    "virginia", "(D-N.Y.)" for "democratic" and "new", "york", "(Tex.)" for "texas". News
    writes a US lawmaker's party and state so; nothing when no such brackets follow."""
    written = _PARTY_STATE.match(source, end)
    if written is None:
        return frozenset()
    state = _STATE_BY_FORM.get(_form_key(written["state"] or ""), "")
    party = _PARTY_WORDS.get(written["party"] or "", frozenset())
    if not state and not (party and not written["state"]):
        return frozenset()  # "(AP)", "(Reuters)": no state
    return party | frozenset(state.lower().split())


def in_brackets(source: str, mentions: frozenset[str]) -> frozenset[str]:
    """The words of the parties and states `source` writes in brackets after the person's name
    (`mentions`: "Rep. Bo Kim (R-Va.)": "republican", "gop", "virginia"), in lower case: their
    role may name them in full. The brackets after another name are that one's."""
    found: set[str] = set()
    for name in _BEFORE_BRACKETS.finditer(source):
        if name.group().lower() in mentions:
            found.update(party_and_state(source, name.end()))
    return frozenset(found)


def other_party(part: tuple[Word, ...], source: str, mentions: frozenset[str]) -> str | None:
    """The word of the role part `part` that gives the person (`mentions`) another party than
    the brackets after their name do ("Democratic" for "Rep. Bo Kim (R-Va.)"), or None. A
    party's words are near one another in WordNet ("Republican" is a "democratic" advocate),
    so the coverage of a role's words cannot tell the parties apart."""
    stated = in_brackets(source, mentions) & _ALL_PARTY_WORDS
    if not stated:
        return None
    for word in part:
        said = (word.keys | {word.lower}) & _ALL_PARTY_WORDS
        if said and not said & stated:
            return word.text
    return None


_PARTY_STATE = re.compile(
    r"[ \t]*\(\s*(?:(?P<party>[RDI])(?:\s*[-–—]\s*|(?=\s*\))))?(?P<state>[A-Z][A-Za-z.]*(?:\s?[A-Z][A-Za-z.]*)*)?\s*\)"
)
_BEFORE_BRACKETS = re.compile(r"[A-Z][\w’'-]*(?=[ \t]*\()")
_PARTY_WORDS = {
    "R": frozenset({"republican", "gop"}),
    "D": frozenset({"democrat", "democratic"}),
    "I": frozenset({"independent"}),
}
_ALL_PARTY_WORDS = frozenset().union(*_PARTY_WORDS.values())


def _form_key(written: str) -> str:
    return written.replace(".", "").replace(" ", "").lower()


_STATE_BY_FORM = {_form_key(form): state for state, forms in US_STATES.items() for form in (state, *forms)}


def _name_runs(part: tuple[Word, ...], content: list[Word]) -> list[list[int]]:
    """The positions in `content` (a role part's content words) of each name the part holds: a
    run of capitalised words in `part` ("Ontario Civilian Police Commission", "Hurricanes" of
    "Hurricanes All-Star"), linked at most by "of", "the", "and" or "for" ("Council of
    Rulers")."""
    position = {w.start: k for k, w in enumerate(content)}
    runs: list[list[int]] = []
    current: list[int] = []
    linked = False  # a link word follows the run so far
    for word in part:
        if word.capitalised and word.lower not in COMMON_WORDS and word.start in position:
            current.append(position[word.start])
            linked = False
        elif current and word.lower in _NAME_LINKS and not linked:
            linked = True
        else:
            runs.append(current)
            current, linked = [], False
    runs.append(current)
    return [run for run in runs if run]


def _short_forms(name: list[Word], text: SourceText) -> list[tuple[str, ...]]:
    """How the article may call the organization `name` (words of a role) for short, as words
    in lower case:

    - "the commission" for the Ontario Civilian Police Commission, "the council" for the
      Council of Rulers: the definite head noun of a name of two words or more that the article
      writes in full, when it is a noun for an organization;
    - "Carolina" for the Carolina Hurricanes: the place before a team's plural name, when the
      article writes the two together, and the place before no other name."""
    head = organization_head(name, text)
    if head:
        return [("the", head)]
    last = name[-1].lower
    if not _is_plural(name[-1]):
        return []
    runs = _capitalised_runs(text)
    places = {run[: -len(name)] for run in runs if len(run) > len(name) and run[-len(name) :] == _lowers(name)}
    if len(places) != 1:
        return []
    [place] = places
    others = [run for run in runs if run[: len(place)] == place and len(run) > len(place) and run[-1] != last]
    return [] if others else [place]


def organization_head(name: Sequence[Word], text: SourceText) -> str | None:
    """The head noun of `name` when it names an organization that the article writes in full
    ("council" of "Council of Rulers", "commission" of "Ontario Civilian Police Commission"):
    the word before "of", else the last; None for a single word or a head that is no noun for
    an organization."""
    capitalised = [w for w in name if w.capitalised and w.lower not in COMMON_WORDS]
    if len(capitalised) < 2:
        return None
    for sentence in text.sentences:
        written = _written_at(sentence, capitalised)
        if written is None:
            continue
        start, end = written
        links = [i for i in range(start, end) if sentence[i].lower == "of"]
        head = sentence[links[0] - 1].lower if links else sentence[end - 1].lower
        return head if head in ORG_CUES | ORG_NOUNS else None
    return None


def _written_at(sentence: tuple[Word, ...], name: list[Word]) -> tuple[int, int] | None:
    """Where `sentence` writes the capitalised words of `name` in order, with only linking
    words ("of", "the", "and", "for") between them: (first, after last), or None."""
    wanted = _lowers(name)
    for start, word in enumerate(sentence):
        if word.lower != wanted[0] or not word.capitalised:
            continue
        i, found = start + 1, 1
        while found < len(wanted) and i < len(sentence):
            if sentence[i].lower == wanted[found] and sentence[i].capitalised:
                found += 1
            elif sentence[i].lower not in _NAME_LINKS:
                break
            i += 1
        if found == len(wanted):
            return start, i
    return None


_NAME_LINKS = frozenset("of the and for".split())


def _capitalised_runs(text: SourceText) -> list[tuple[str, ...]]:
    """Every run of capitalised words in the article (in lower case), the words that are
    capitalised only to open a sentence left out."""
    runs: list[tuple[str, ...]] = []
    for sentence in text.sentences:
        run: list[str] = []
        for word in (*sentence, None):
            if word is not None and word.capitalised and not word.is_number and word.lower not in COMMON_WORDS:
                run.append(word.lower)
                continue
            if run:
                runs.append(tuple(run))
            run = []
    return runs


def _lowers(name: Sequence[Word]) -> tuple[str, ...]:
    return tuple(w.lower for w in name)


def _is_plural(word: Word) -> bool:
    """A plural noun ("Hurricanes", "Flames", "Leafs"): a team's name, whose place names it too."""
    return word.lower.endswith("s") and any(key == word.lower[:-1] or key == word.lower[:-2] for key in word.keys)


def calls(sentence: tuple[Word, ...], form: tuple[str, ...]) -> bool:
    """Whether `sentence` uses the short form `form` of a name, and not as the start of a
    longer name ("Carolina", not "Carolina Panthers") nor as the other side ("beat
    Carolina")."""
    size = len(form)
    for i in range(len(sentence) - size + 1):
        if tuple(w.lower for w in sentence[i : i + size]) == form:
            after = sentence[i + size] if i + size < len(sentence) else None
            if (after is None or not after.capitalised) and not _after_opposing(sentence, i):
                return True
    return False


def _implied_nouns(sentence: tuple[Word, ...], mentions: frozenset[str], source: str) -> frozenset[str]:
    """The nouns `sentence` (of the article `source`) implies for the person: the agent nouns
    (`agent_nouns`) of each verb a mention of them is the subject of ("Ann Lee and Bo Kim also
    scored": "scorer", "player"; "Ann Lee, the bank's strategist, writes ...": "writer"), and
    "resident" where a place follows the name ("Ann Lee, 45, of Toronto"). The verb is the
    first word after the mention, or after an appositive set off by commas, that is not a name,
    "and", an auxiliary of tense or an adverb; a passive ("was named") gives none, for the
    person is not the one who acts."""
    found: set[str] = set()
    for i, word in enumerate(sentence):
        if not (word.capitalised and word.lower in mentions) or word.possessive:
            continue  # "Lee's truck": the word after is no verb of theirs
        nouns = _nouns_after(sentence[i + 1 : i + 1 + _SUBJECT_REACH])
        closing = _after_appositive(sentence, i, source)
        if not nouns and closing is not None:
            nouns = _nouns_after(sentence[closing : closing + _SUBJECT_REACH])
        found.update(nouns)
    return frozenset(found)


def _nouns_after(after: tuple[Word, ...]) -> set[str]:
    """What the words after a mention (`after`) imply for the person (see `_implied_nouns`)."""
    for j, following in enumerate(after):
        if following.capitalised or following.lower in _BEFORE_VERB or following.lower.endswith("ly"):
            continue
        if following.is_number and j == 0:
            continue  # an age: "Ann Lee, 45, of Toronto"
        if following.lower in _OF_PLACE and j + 1 < len(after) and after[j + 1].capitalised:
            return {_RESIDENT}
        if following.lower not in _PASSIVE and can_be_verb(following.lower):
            return {noun for lemma in lemma_keys(following.lower) for noun in agent_nouns(lemma)}
        return set()
    return set()


def _after_appositive(sentence: tuple[Word, ...], index: int, source: str) -> int | None:
    """Where the sentence goes on after an appositive set off by commas after the word at
    `index` ("Ann Lee, the bank's strategist, writes"): the index of the word after the
    closing comma, or None."""
    if index + 1 >= len(sentence) or "," not in source[sentence[index].end : sentence[index + 1].start]:
        return None
    last = min(len(sentence), index + 2 + _APPOSITIVE_WORDS)
    for k in range(index + 2, last):
        if "," in source[sentence[k - 1].end : sentence[k].start]:
            return k
    return None


#: How many words after a mention its verb may come ("Ann Lee and Bo Kim also scored").
_SUBJECT_REACH = 6
#: The most words an appositive between a name and its verb holds.
_APPOSITIVE_WORDS = 10
_BEFORE_VERB = frozenset("and also then later again just first finally has have had will would who".split())
_PASSIVE = frozenset("is are was were be been being".split())


_OF_PLACE = frozenset({"of", "from"})
_RESIDENT = "resident"


def _spelt(part: tuple[Word, ...], content: list[Word], sentence: tuple[Word, ...]) -> set[int]:
    """The words of `content` an acronym stands for: one of the role ("CEO") whose words the
    sentence writes ("chief executive officer", or without "officer"), or the words of the
    role ("chief executive") an acronym of the sentence spells."""
    found = {k for k, w in enumerate(content) if _is_acronym(w) and _spells(w.lower, sentence)}
    position = {w.start: k for k, w in enumerate(content)}
    for acronym in {w.lower for w in sentence if _is_acronym(w)}:
        for first, last in _spellings(acronym, part):
            found.update(position[w.start] for w in part[first:last] if w.start in position)
    return found


def _is_acronym(word: Word) -> bool:
    return 2 <= len(word.text) <= 5 and word.text.isalpha() and word.text.isupper()


def _spells(acronym: str, sentence: Sequence[Word]) -> bool:
    return bool(_spellings(acronym, sentence))


def _spellings(acronym: str, run: Sequence[Word]) -> list[tuple[int, int]]:
    """Where the words of `run` spell `acronym` by their initials, a link ("of", "and", "for")
    spelt or left out ("member of parliament": "MP", "Department of Defense": "DOD"), and a
    title's last "officer" left unwritten ("chief executive": "CEO"): (first, after last) of
    each. "The" is spelt like any word: "member of the public" is no MP."""
    found = []
    for first, word in enumerate(run):
        if word.lower in _ACRONYM_LINKS or not word.text[:1].isalpha():
            continue
        last = _spelt_to(acronym, run, first, "")
        if last is not None:
            found.append((first, last))
    return found


def _spelt_to(acronym: str, run: Sequence[Word], at: int, initials: str) -> int | None:
    """Where a spelling of `acronym` that has `initials` so far and goes on at `at` ends."""
    if initials == acronym or (len(initials) >= 2 and initials + _OFFICER == acronym):
        return at
    if at == len(run) or not acronym.startswith(initials):
        return None
    spelt = _spelt_to(acronym, run, at + 1, initials + run[at].lower[0])
    if spelt is None and initials and run[at].lower in _ACRONYM_LINKS:
        return _spelt_to(acronym, run, at + 1, initials)
    return spelt


_ACRONYM_LINKS = frozenset({"of", "and", "for"})
_OFFICER = "o"


def _same_place(word: Word, sentence: tuple[Word, ...], places: frozenset[str]) -> bool:
    """Whether `sentence` names the place of a people the role names, or the people of a place
    it names ("president of Russia" where it writes "Russian President", and the reverse)."""
    if not word.capitalised:
        return False
    return demonym_of(word, places) or any(demonym_of(w, frozenset({word.lower})) for w in sentence)


def _pronoun_first(sentence: tuple[Word, ...]) -> bool:
    """Whether `sentence` speaks of someone as "he", "she", "his" or "her" before it names
    anyone ("His lawyer, Bo Kim, said ...", not "Ann Lee said his lawyer ..."): the pronoun
    is then the person named just before."""
    for word in sentence:
        if word.lower in _PERSONAL_PRONOUNS or word.lower in _POSSESSIVES_OF_A_BODY:
            return True
        if word.capitalised and word.lower not in COMMON_WORDS:
            return False
    return False


def _subject_before(text: SourceText, index: int) -> frozenset[str]:
    """The words of the name a pronoun at the start of the sentence at `index` stands for: the
    first name of the nearest of the `_PRONOUN_REACH` sentences before that names anyone (its
    subject, as a reader takes it: in "Ann Lee sued Bo Kim. His lawyer ...", Lee's), outside
    any quotation in it."""
    for i in range(index - 1, max(-1, index - 1 - _PRONOUN_REACH), -1):
        name: list[str] = []
        start = text.spans[i][0]
        for word in text.sentences[i]:
            if quoted(text.text[start : word.start]):
                continue  # a name someone speaks of: "'Before I met Alfonso ...,' says Campbell"
            if word.capitalised and not word.is_number and word.lower not in COMMON_WORDS:
                name.append(word.lower)
            elif name:
                break
        if name:
            return frozenset(name)
    return frozenset()


def quoted(before: str) -> bool:
    """Whether a word that follows `before` (its sentence up to it) stands inside a quotation."""
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


_PERSONAL_PRONOUNS = frozenset("he she his her him".split())
#: How a sentence speaks of an organization named before it: "Its UK director, Ann Lee, said".
_POSSESSIVES_OF_A_BODY = frozenset({"its"})
#: How many sentences back the person a pronoun stands for may be named.
_PRONOUN_REACH = 2


def only_as_opponent(lower: str, sentence: tuple[Word, ...]) -> bool:
    """Whether `sentence` names `lower` only as the side someone played against ("a victory
    over the Carolina Hurricanes", "beat the Flames"): that team is not the person's, so it
    states no role with them ("Hurricanes player" for the scorer of the winning goal)."""
    named = [i for i, w in enumerate(sentence) if w.lower == lower]
    return bool(named) and all(_after_opposing(sentence, i) for i in named)


def _after_opposing(sentence: tuple[Word, ...], index: int) -> bool:
    """Whether the name at `index` follows a word that sets the other side against it, with
    at most "the" and other words of the name between."""
    i = index - 1
    while i >= 0 and (sentence[i].capitalised or sentence[i].lower == "the") and index - i <= _OPPONENT_NAME_WORDS:
        i -= 1
    if i < 0:
        return False
    if sentence[i].lower in _AGAINST:
        return True
    return sentence[i].lower == "over" and i > 0 and sentence[i - 1].lower in _WINS


_AGAINST = frozenset("against beat beats beating defeated defeating versus vs".split())
_WINS = frozenset("victory victories win wins triumph lead".split())
_OPPONENT_NAME_WORDS = 4  # "the Carolina Hurricanes": "the" and a name of up to three words
