"""How much of a role part the article states of the person: the share of the part's content
words that a sentence naming them holds (as lemmas, synonyms, abbreviated titles, or in the
other ways `role_readings` lists), taken with the sentences that speak of the same person there
(`role_sentences`), and which of those sentences state it. Two things fill in a share that one
sentence leaves short: the words of a definite description the role ends on ("injured in [the
crash]"), which are the story's own wherever the rest of the part is written (`given_words`),
and the place a bare title leaves out when it is the story's setting ("Mayor Kennedy Stewart"
in a story about Vancouver: `title_of_the_setting`). Moved from `roles`, whose check compares
the share with `MIN_ROLE_COVERAGE` and refuses what its other tests refuse."""

from __future__ import annotations

from dataclasses import dataclass

from summarizer.grounding.claim_names import demonym_of
from summarizer.grounding.claims import SourceText, synonym_keys
from summarizer.grounding.lemmas import Word, is_content
from summarizer.grounding.role_readings import HeldOtherwise, only_as_opponent
from summarizer.grounding.role_sentences import (
    definite_subject,
    described_unnamed,
    is_subject,
    modified_description,
    names_a_pronoun,
    only_one_named,
    opens_definite,
    people_description,
    refers_back,
    their_quotation,
)
from summarizer.grounding.role_titles import AFTER_TITLE, head_word
from summarizer.text.lexicon import COMMON_WORDS, TITLE_ABBREVIATIONS

__all__ = ["Given", "given_words", "stated_share", "title_of_the_setting"]


def title_of_the_setting(
    content: list[Word], text: SourceText, naming: list[int], mentions: frozenset[str], also: HeldOtherwise
) -> int | None:
    """The sentence that gives the person the role by a bare title before their name, the
    place the role adds being the story's own ("Mayor Kennedy Stewart" in a story about
    Vancouver states "Mayor of Vancouver"): news leaves out the place of a title when it is the
    story's. The role's other words must all be in that sentence, and the place must be the
    story's setting (`_is_setting`). None when no sentence does so."""
    for index in naming:
        otherwise = also(index)
        missing = [w for k, w in enumerate(content) if not (_held(w, text, [index]) or k in otherwise)]
        if not missing or len(missing) == len(content):
            continue
        if all(w.capitalised and _is_setting(w, text) for w in missing) and _bare_title(
            text.sentences[index], mentions, content
        ):
            return index
    return None


def _bare_title(sentence: tuple[Word, ...], mentions: frozenset[str], content: list[Word]) -> bool:
    """Whether `sentence` writes a word of the role as a title right before the person's name,
    with no name of a place before it or after the name ("Mayor Kennedy Stewart", not "Burnaby
    Mayor Kennedy Stewart" or "Councillor Bo Kim of Burnaby")."""
    keys = frozenset().union(*(w.keys for w in content))
    for i, word in enumerate(sentence):
        if not (word.capitalised and word.lower in mentions):
            continue
        start = i
        while start and sentence[start - 1].capitalised and sentence[start - 1].lower not in COMMON_WORDS:
            start -= 1
        placed = i + 2 < len(sentence) and sentence[i + 1].lower in ("of", "from") and sentence[i + 2].capitalised
        if start < i and sentence[start].keys & keys and not placed and not (start and sentence[start - 1].capitalised):
            return True
    return False


def _is_setting(word: Word, text: SourceText) -> bool:
    """Whether the place `word` names (or its people: "Indonesian") is where the story is set:
    named in its opening `_LEAD_SENTENCES` and in at least `_SETTING_SENTENCES` sentences."""
    naming = [
        i
        for i, sentence in enumerate(text.sentences)
        if any(
            w.lower == word.lower or demonym_of(word, frozenset({w.lower})) or demonym_of(w, frozenset({word.lower}))
            for w in sentence
            if w.capitalised
        )
    ]
    return len(naming) >= _SETTING_SENTENCES and naming[0] < _LEAD_SENTENCES


_SETTING_SENTENCES = 3
_LEAD_SENTENCES = 3


def stated_share(
    content: list[Word],
    text: SourceText,
    index: int,
    first: bool,
    also: HeldOtherwise,
    mentions: frozenset[str],
    given: Given | None = None,
) -> tuple[float, list[int], list[bool]]:
    """The share of `content` in the sentence at `index`, taken with the sentences that speak of
    the same person there: the next one when it goes on about them ("She is ...", "The
    49-year-old ruler resigned as ..."), and the one before when this one opens on a definite
    description, which refers back to it, and itself holds a word of the role ("... the Office
    of the Police Review Director slammed ... The director, Gerry McNeilly, urged ..."). At the
    person's `first` mention, the sentence before may also describe them without a name, as a
    news lead does ("..., according to a collision expert. ... called Malcolm Gibson, ..."):
    words of an indefinite description there ("a collision expert") count, and those of a
    definite one that is its subject when the person is the subject of theirs (`definite_subject`).
    The next sentence goes on about the person too when it opens on a description that a name
    only modifies and they are the subject here (`modified_description`); the one before, when
    this one says who its pronoun is ("They were Ann Holt, 8; ...": `names_a_pronoun`).
    `also` gives the words a sentence holds in other ways (a short form of a name, a noun for a
    deed). Returns the share, the sentences that state it and which words are held."""
    own = _found(content, text, [index], also)
    together = [index]
    if index + 1 < len(text.sentences) and (
        refers_back(text.sentences[index + 1])
        or (people_description(text, index + 1) and is_subject(text, index, mentions))
        or (modified_description(text.sentences[index + 1]) and is_subject(text, index, mentions))
        or (definite_subject(text, index + 1) and only_one_named(text.sentences[index], mentions))
    ):
        together.append(index + 1)
    if index and ((own and opens_definite(text.sentences[index])) or names_a_pronoun(text.sentences[index], mentions)):
        together.append(index - 1)
    together.extend(i for i in their_quotation(text, index, mentions) if i not in together)
    otherwise = frozenset().union(*(also(i) for i in together))
    held = [_held(w, text, together) or k in otherwise for k, w in enumerate(content)]
    # the sentences that add nothing are no evidence
    stating = [i for i in together if i == index or _found(content, text, [i], also)]
    if first and index and index - 1 not in together and not all(held):
        described = described_unnamed(text.sentences[index - 1])
        if is_subject(text, index, mentions):
            described |= definite_subject(text, index - 1)
        introduced = [not was and bool(w.keys & described) for w, was in zip(content, held, strict=True)]
        if any(introduced):
            held = [was or new for was, new in zip(held, introduced, strict=True)]
            stating.append(index - 1)
    if given is not None and _rest_as_written(content, given, text, stating):
        held = [was or k in given.words for k, was in enumerate(held)]
    return sum(held) / len(content), stating, held


@dataclass(frozen=True)
class Given:
    """The words of a role part (by position in its content words) that a definite
    description holds, which the article writes somewhere (`given_words`), and the part's head."""

    head: int
    words: frozenset[int]


def given_words(part: tuple[Word, ...], content: list[Word], text: SourceText) -> Given | None:
    """The words of the role part `part` that stand in a definite description of something
    other than the person, and that the article writes, in any sentence: one after the part's
    head ("the crash" of "injured in the crash"), or one in the possessive before it ("the
    children" of "the children's grandmother"). "The" says the reader already knows what it
    names: the story's crash, its children. So such a word is held wherever the rest of the
    part is (`stated_share`). Only common nouns and their modifiers are read so: a name ("the
    Masters") says which one, and must be stated with the person. The role's own description
    ("The country's biggest food bank") is no such thing, and a part whose given words would
    be more than half of it says too little of the person: None then, as when it has no head."""
    head = head_word(part, content)
    if head is None:
        return None
    position = {w.start: k for k, w in enumerate(content)}
    written = frozenset().union(*text.keys)
    found: set[int] = set()
    for opening, described in _definite_descriptions(part):
        possessor = described[-1].possessive
        if not (possessor or opening.start > content[head].start):
            continue
        if any(w.capitalised or w.is_number or not w.keys & written for w in described):
            continue  # a name or a figure says which one: it is no word of the story's alone
        found.update(position[w.start] for w in described if w.start in position)
    found.discard(head)
    if not found or 2 * len(found) > len(content):
        return None
    return Given(head, frozenset(found))


def _rest_as_written(content: list[Word], given: Given, text: SourceText, stating: list[int]) -> bool:
    """Whether the sentences at `stating` write every word of `content` that `given` does not
    hold, as such or inflected ("injured", "confirms"): not in other words, nor by a word made
    from it ("reporter" for "reported"), which may be another's."""
    written = frozenset(k for i in stating for w in text.sentences[i] for k in w.keys if not k.startswith("~"))
    return all(
        any(not key.startswith("~") and key in written for key in w.keys)
        for k, w in enumerate(content)
        if k not in given.words
    )


def _definite_descriptions(part: tuple[Word, ...]) -> list[tuple[Word, list[Word]]]:
    """Each definite description of `part`: its "the" and its words, up to a preposition, a
    relative pronoun or a function word, or up to and with a possessive ("the children's")."""
    found: list[tuple[Word, list[Word]]] = []
    for i, word in enumerate(part):
        if word.lower != "the":
            continue
        described: list[Word] = []
        for following in part[i + 1 :]:
            if following.lower in AFTER_TITLE or not (is_content(following) or following.is_number):
                break
            described.append(following)
            if following.possessive:
                break
        if described:
            found.append((word, described))
    return found


def _found(content: list[Word], text: SourceText, indices: list[int], also: HeldOtherwise) -> int:
    otherwise = frozenset().union(*(also(i) for i in indices))
    return sum(_held(w, text, indices) or k in otherwise for k, w in enumerate(content))


def _held(word: Word, text: SourceText, indices: list[int]) -> bool:
    """Whether the sentences at `indices` hold `word` (as a lemma, a synonym, or a title a
    sentence abbreviates: "Sen. Murray Sinclair" states the role it stands for)."""
    if word.capitalised and all(only_as_opponent(word.lower, text.sentences[i]) for i in indices):
        return False
    keys = frozenset().union(*(text.keys[i] for i in indices))
    related = frozenset().union(*(text.related[i] for i in indices))
    lowers = {TITLE_ABBREVIATIONS.get(w.lower, w.lower) for w in text.sentences[indices[0]]}
    if word.keys & _SPEAKING_TO and any(w.keys & _SPEAKING_TO for i in indices for w in text.sentences[i]):
        return True  # "spoke to the Standard" for "told the Standard"
    return bool(word.keys & keys or word.keys & related or synonym_keys(word) & keys) or word.lower in lowers


#: Verbs that say someone addressed someone: a role may use any of them for another.
_SPEAKING_TO = frozenset({"speak", "talk", "tell"})
