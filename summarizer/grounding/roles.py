"""Whether the article states a person's or organization's role. A model writes roles in its own
words ("owner of the company" for "the company's owners Ann Lee and Bo Kim"), so an exact
occurrence is too strict; a role is stated when its content words, as lemmas, are in a sentence
that names the person (their own sentence, with its appositive: "Ann Lee, the company's owner",
and the sentences a definite description ties to it, see `_share`).
A role made of several parts ("coach; former captain") must have every part stated. A word
of the role may be the article's in other words ("goaltender" for "goalie": WordNet synonyms,
see `synonyms`), or a noun for what the sentence says the person did ("player" where they
"scored", see `_agent_keys`); an organization the role names may be called there as the
article calls it for short ("the commission", "Carolina" for the Carolina Hurricanes, see
`_short_forms`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from summarizer.grounding.claims import SourceText, parse_source, synonym_keys
from summarizer.grounding.lemmas import Word, can_be_verb, is_content, lemma_keys, words
from summarizer.grounding.prose import Verdict
from summarizer.grounding.synonyms import agent_nouns
from summarizer.text.lexicon import COMMON_WORDS, HONORIFICS, ORG_CUES, ORG_NOUNS, TITLE_ABBREVIATIONS

__all__ = ["MIN_ROLE_COVERAGE", "check_role"]

#: The share of a role part's content words that one sentence naming the person must hold.
MIN_ROLE_COVERAGE = 0.6
_PARTS = re.compile(r"\s*[;,/]\s*|\s+and\s+(?=former|ex-|also)")


def check_role(name: str, role: str, source: str) -> Verdict:
    """Whether `source` states that `name` is `role` (see the module docstring); a supported
    verdict carries the spans of the sentences that state it."""
    text = parse_source(source)
    mentions = _mention_keys(name)
    if not mentions:
        return Verdict(False, "no name to give a role to")
    head = _organization_head(words(name), text)
    naming = [i for i, sentence in enumerate(text.sentences) if _names(sentence, mentions, head)]
    if not naming:
        return Verdict(False, f"{name} is not named in the article")
    evidence: list[int] = []
    for part in (p for p in _PARTS.split(role) if p.strip()):
        part_words = words(part)
        content = [w for w in part_words if (is_content(w) or w.is_number) and w.lower not in _LINKING_PREPOSITIONS]
        if not content:
            continue
        also = _also_held(part_words, content, text, mentions)
        share, stating = max(
            (_share(content, text, i, i == naming[0], also) for i in naming), key=lambda found: found[0]
        )
        if share < MIN_ROLE_COVERAGE:
            return Verdict(False, f"the role {part.strip()!r} is not stated in a sentence that names {name}")
        evidence.extend(stating)
    return Verdict(True, evidence=tuple(text.spans[i] for i in sorted(set(evidence))))


#: Prepositions that only link a role's words ("the company behind the ad", "the case
#: against the city"): the nouns they link carry what the role says.
_LINKING_PREPOSITIONS = frozenset(
    "behind against across along around beyond near within through throughout toward towards under beside "
    "like unlike including regarding concerning".split()
)

# Which words of a role part (by position) a sentence (by index) holds other than as words.
_AlsoHeld = Callable[[int], frozenset[int]]


def _share(content: list[Word], text: SourceText, index: int, first: bool, also: _AlsoHeld) -> tuple[float, list[int]]:
    """The share of `content` in the sentence at `index`, taken with the sentences that speak of
    the same person there: the next one when it goes on about them ("She is ...", "The
    49-year-old ruler resigned as ..."), and the one before when this one opens on a definite
    description, which refers back to it, and itself holds a word of the role ("... the Office
    of the Police Review Director slammed ... The director, Gerry McNeilly, urged ..."). At the
    person's `first` mention, the sentence before may also describe them without a name, as a
    news lead does ("..., according to a collision expert. ... called Malcolm Gibson, ..."):
    words of an indefinite description there ("a collision expert") count. `also` gives the
    words a sentence holds in other ways (a short form of a name, a noun for a deed)."""
    own = _found(content, text, [index], also)
    together = [index]
    if index + 1 < len(text.sentences) and _refers_back(text.sentences[index + 1]):
        together.append(index + 1)
    if index and own and _opens_definite(text.sentences[index]):
        together.append(index - 1)
    otherwise = frozenset().union(*(also(i) for i in together))
    held = [_held(w, text, together) or k in otherwise for k, w in enumerate(content)]
    # the sentences that add nothing are no evidence
    stating = [i for i in together if i == index or _found(content, text, [i], also)]
    if first and index and index - 1 not in together and not all(held):
        described = _described_unnamed(text.sentences[index - 1])
        introduced = [not was and bool(w.keys & described) for w, was in zip(content, held, strict=True)]
        if any(introduced):
            held = [was or new for was, new in zip(held, introduced, strict=True)]
            stating.append(index - 1)
    return sum(held) / len(content), stating


def _found(content: list[Word], text: SourceText, indices: list[int], also: _AlsoHeld) -> int:
    otherwise = frozenset().union(*(also(i) for i in indices))
    return sum(_held(w, text, indices) or k in otherwise for k, w in enumerate(content))


def _held(word: Word, text: SourceText, indices: list[int]) -> bool:
    """Whether the sentences at `indices` hold `word` (as a lemma, a synonym, or a title a
    sentence abbreviates: "Sen. Murray Sinclair" states the role it stands for)."""
    keys = frozenset().union(*(text.keys[i] for i in indices))
    related = frozenset().union(*(text.related[i] for i in indices))
    lowers = {TITLE_ABBREVIATIONS.get(w.lower, w.lower) for w in text.sentences[indices[0]]}
    return bool(word.keys & keys or word.keys & related or synonym_keys(word) & keys) or word.lower in lowers


def _also_held(part: tuple[Word, ...], content: list[Word], text: SourceText, mentions: frozenset[str]) -> _AlsoHeld:
    """Which words of `content` (by position) each sentence holds other than as words: every
    word of an organization's name the sentence calls by a short form the article uses for it
    (`_short_forms`), and a noun for someone who does what the sentence says the person did
    (`_agent_keys`)."""
    runs = [(run, _short_forms([content[k] for k in run], text)) for run in _name_runs(part, content)]
    runs = [(run, forms) for run, forms in runs if forms]

    def held(index: int) -> frozenset[int]:
        sentence = text.sentences[index]
        found = {k for run, forms in runs if any(_calls(sentence, form) for form in forms) for k in run}
        agents = _agent_keys(sentence, mentions)
        found.update(k for k, w in enumerate(content) if w.lower in agents)
        return frozenset(found)

    return held


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
    head = _organization_head(name, text)
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


def _organization_head(name: Sequence[Word], text: SourceText) -> str | None:
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


def _calls(sentence: tuple[Word, ...], form: tuple[str, ...]) -> bool:
    """Whether `sentence` uses the short form `form` of a name, and not as the start of a
    longer name ("Carolina", not "Carolina Panthers")."""
    size = len(form)
    for i in range(len(sentence) - size + 1):
        if tuple(w.lower for w in sentence[i : i + size]) == form:
            after = sentence[i + size] if i + size < len(sentence) else None
            if after is None or not after.capitalised:
                return True
    return False


def _names(sentence: tuple[Word, ...], mentions: frozenset[str], head: str | None) -> bool:
    """Whether `sentence` names the person or organization: by a word of its name, or, for an
    organization the article names in full, by its definite head noun ("the council")."""
    return any(w.lower in mentions for w in sentence if w.capitalised) or (
        head is not None and _calls(sentence, ("the", head))
    )


def _agent_keys(sentence: tuple[Word, ...], mentions: frozenset[str]) -> frozenset[str]:
    """The nouns for someone who does what the person does in `sentence`: the agent nouns
    (`agent_nouns`) of each verb a mention of them is the subject of ("Ann Lee and Bo Kim also
    scored": "scorer", "player"). The verb is the first word after the mention that is not a
    name, "and", an auxiliary of tense or an adverb; a passive ("was named") gives none, for
    the person is not the one who acts."""
    found: set[str] = set()
    for i, word in enumerate(sentence):
        if not (word.capitalised and word.lower in mentions) or word.possessive:
            continue  # "Lee's truck": the word after is no verb of theirs
        for following in sentence[i + 1 : i + 1 + _SUBJECT_REACH]:
            if following.capitalised or following.lower in _BEFORE_VERB or following.lower.endswith("ly"):
                continue
            if following.lower not in _PASSIVE and can_be_verb(following.lower):
                for lemma in lemma_keys(following.lower):
                    found.update(agent_nouns(lemma))
            break
    return frozenset(found)


#: How many words after a mention its verb may come ("Ann Lee and Bo Kim also scored").
_SUBJECT_REACH = 6
_BEFORE_VERB = frozenset("and also then later again just first finally has have had will would who".split())
_PASSIVE = frozenset("is are was were be been being".split())


def _described_unnamed(sentence: tuple[Word, ...]) -> frozenset[str]:
    """The lemmas of the sentence's indefinite descriptions: the content words that follow "a"
    or "an", up to `_DESCRIPTION_WORDS` of them and the first word that is none ("a collision
    expert", "a retired police officer"; of "a man was charged", only "man")."""
    described: set[str] = set()
    for i, word in enumerate(sentence):
        if word.lower not in ("a", "an"):
            continue
        for w in sentence[i + 1 : i + 1 + _DESCRIPTION_WORDS]:
            if not is_content(w):
                break
            described.update(w.keys)
    return frozenset(described)


def _refers_back(sentence: tuple[Word, ...]) -> bool:
    """A sentence that opens on a pronoun, or on a definite description that names nobody
    ("The 49-year-old ruler ...", not "The director, Gerry McNeilly, ..."): it goes on about
    the person of the sentence before."""
    if not sentence:
        return False
    return sentence[0].lower in _PRONOUNS or (
        _opens_definite(sentence) and not any(w.capitalised for w in sentence[1 : 1 + _DESCRIPTION_WORDS])
    )


def _opens_definite(sentence: tuple[Word, ...]) -> bool:
    return bool(sentence) and sentence[0].lower == "the"


#: The words after "The" that a definite description opening a sentence is read from.
_DESCRIPTION_WORDS = 3
_PRONOUNS = frozenset("he she they it his her their its".split())


def _mention_keys(name: str) -> frozenset[str]:
    """The words a mention of `name` may use: its surname (the last word that is not a title)
    and, for an organization, its distinctive words as well."""
    parts = [w for w in words(name) if w.lower not in HONORIFICS and w.capitalised]
    if not parts:
        return frozenset()
    return frozenset({parts[-1].lower})
