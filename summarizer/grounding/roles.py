"""Whether the article states a person's or organization's role. A model writes roles in its own
words ("owner of the company" for "the company's owners Ann Lee and Bo Kim"), so an exact
occurrence is too strict; a role is stated when its content words, as lemmas, are in a sentence
that names the person (their own sentence, with its appositive: "Ann Lee, the company's owner",
and the sentences a definite description ties to it, see `_share`).
A role made of several parts ("coach; former captain") must have every part stated, and every
name and figure a role gives must be in the article (see `role_refusals.unwritten_name`;
`figures_in_article`). A word of the role may be the article's in other words ("goaltender" for
"goalie": WordNet synonyms, see `synonyms`), or be held in the other ways `role_readings` lists:
a noun for what the person did there ("player" where they "scored"), an organization called for short ("the
commission"), an acronym ("CEO" for "chief executive"), a party and state in brackets after a
lawmaker's name ("Republican from Virginia" for "Bo Kim (R-Va.)"). A word of a definite
description the role ends on ("injured in the crash") is the story's own: see `_given`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.grounding.claim_figures import figures_in_article
from summarizer.grounding.claim_names import demonym_of
from summarizer.grounding.claims import SourceText, initials_of, parse_claim, parse_source, synonym_keys
from summarizer.grounding.lemmas import Word, is_content, words
from summarizer.grounding.posts import WRITER_WORDS, posts_of, stated_in_post, writer_line
from summarizer.grounding.prose import Verdict
from summarizer.grounding.role_readings import (
    HeldOtherwise,
    calls,
    held_otherwise,
    only_as_opponent,
    organization_head,
    other_party,
)
from summarizer.grounding.role_refusals import (
    ACRONYM_LETTERS,
    age_of,
    deed_verb,
    names_itself,
    organization_for_a_person,
    relation_to_themselves,
    says_what_they_do,
    unwritten_name,
)
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
from summarizer.grounding.role_titles import (
    AFTER_TITLE,
    head_word,
    other_title,
    share_without_brackets,
    title_of_another,
    title_word,
)
from summarizer.text.lexicon import COMMON_WORDS, HONORIFICS, TITLE_ABBREVIATIONS
from summarizer.text.spans import Span

__all__ = ["MIN_ROLE_COVERAGE", "check_role"]

#: The share of a role part's content words that one sentence naming the person must hold.
MIN_ROLE_COVERAGE = 0.6
#: What separates the parts of a role: a semicolon, a slash, a comma that is no thousands
#: separator ("6,000"), and "and" before another former or further role.
_PARTS = re.compile(r"\s*[;/]\s*|\s*,(?!(?<=\d,)\d{3}(?:\D|$))\s*|\s+and\s+(?=former|ex-|also)")


def check_role(name: str, role: str, source: str) -> Verdict:
    """Whether `source` states that `name` is `role` (see the module docstring); a supported
    verdict carries the spans of the sentences that state it."""
    text = parse_source(source)
    mentions = _mention_keys(name)
    # a name written all in lower case ("rentals.ca") is found as it is written
    written = name.strip() if not mentions and any(char.isalpha() for char in name) else ""
    if not mentions and not written:
        return Verdict(False, "no name to give a role to")
    head = organization_head(words(name), text)
    naming = [
        i
        for i, sentence in enumerate(text.sentences)
        if _names(sentence, mentions, head)
        or (written and written in text.text[slice(*text.spans[i])])
        or _spells_out(name, sentence)
    ]
    if not naming:
        return Verdict(False, f"{name} is not named in the article")
    posts = posts_of(text, mentions)
    evidence: list[int] = []
    posted: list[Span] = []  # the evidence that is a post the person signs, not a sentence
    for part in (p for p in _PARTS.split(role) if p.strip()):
        part_words = words(part)
        content = [w for w in part_words if (is_content(w) or w.is_number) and w.lower not in _SAYS_NOTHING]
        if not content:
            continue
        # "news agency" for James Comey; but "lives near the tram station" says where he lives
        for_an_organization = organization_for_a_person(part_words, content, name)
        doing = for_an_organization and says_what_they_do(part_words)
        if for_an_organization and not doing:
            return Verdict(False, f"the role {part.strip()!r} describes an organization, and {name} is a person")
        if relation_to_themselves(part_words, name, text) or names_itself(part_words, name, text):
            # "Sanders's wife" for Sanders, "Real Madrid manager" for Real Madrid
            return Verdict(False, f"the role {part.strip()!r} relates {name} to themselves")
        party = other_party(part_words, text.text, mentions)
        if party is not None:  # "Democratic senator" for "Sen. Bo Kim (R-Va.)"
            return Verdict(False, f"the role {part.strip()!r} says {party!r}, and the article another party of {name}")
        unnamed = unwritten_name(part, text, mentions)
        if unnamed:  # "foreign minister of Sweden" where the article never names Sweden
            return Verdict(False, f"the role {part.strip()!r} names {unnamed!r}, which is not in the article")
        if len(content) == 1 and content[0].is_number and age_of(content[0], text, naming, mentions, name) is False:
            return Verdict(False, f"the article writes {part.strip()!r} after another name, not after {name}")
        uncounted = figures_in_article(parse_claim(part), text)
        if uncounted:  # "one of four judges" where the article counts three
            return Verdict(False, f"the role {part.strip()!r} is not stated: {uncounted}")
        also = held_otherwise(part_words, content, text, mentions)
        given = _given(part_words, content, text)
        share, stating, held = max(
            (_share(content, text, i, i == naming[0], also, mentions, given) for i in naming),
            key=lambda found: found[0],
        )
        title = title_word(part_words, content)
        if (
            share >= MIN_ROLE_COVERAGE
            and title is not None
            and not held[title]
            and other_title(content[title], text, stating, mentions)
        ):
            # "treasurer of the union" where the sentence says "head of the union"
            return Verdict(False, f"the title {content[title].text!r} is not stated in a sentence that names {name}")
        if share >= MIN_ROLE_COVERAGE and title is not None and held[title]:
            owner = title_of_another(content[title], part_words, text, stating, name)
            if owner is not None:  # "Mercedes boss" for Max Verstappen, where "Mercedes boss Toto Wolff ..."
                return Verdict(False, f"the title {content[title].text!r} is written beside {owner}, not {name}")
        if share >= MIN_ROLE_COVERAGE and doing and deed_verb(part_words) and not held[0]:
            # "runs the tram station" where the sentence says "lives near the tram station"
            return Verdict(False, f"the deed {content[0].text!r} is not stated in a sentence that names {name}")
        if share >= MIN_ROLE_COVERAGE and title is not None and not held[title]:
            if share_without_brackets(content, held, text.text, mentions) < MIN_ROLE_COVERAGE:
                # "Republican governor of Virginia" for "Rep. Bo Kim (R-Va.)": no title in brackets
                return Verdict(False, f"the title {content[title].text!r} is not stated with {name}'s party and state")
        if share < MIN_ROLE_COVERAGE:
            titled = _title_of_the_setting(content, text, naming, mentions, also)
            if titled is None and all(w.keys & WRITER_WORDS for w in content):  # "author of the article"
                titled = writer_line(text, mentions)
            post = stated_in_post(content, text, posts, MIN_ROLE_COVERAGE) if titled is None else None
            if post is not None:
                posted.append(post)
                continue
            if titled is None:
                return Verdict(False, f"the role {part.strip()!r} is not stated in a sentence that names {name}")
            stating = [titled]
        evidence.extend(stating)
    spans = {text.spans[i] for i in evidence} | set(posted)
    return Verdict(True, evidence=tuple(sorted(spans)))


#: Words that say nothing of a role: prepositions that only link its words ("the company
#: behind the ad", "the case against the city"), whose nouns carry what it says, and the nouns
#: that only say an organization is one ("organisation where she is a director").
_SAYS_NOTHING = frozenset(
    "behind against across along around beyond near within through throughout toward towards under beside "
    "like unlike including regarding concerning organisation organization entity".split()
)


def _title_of_the_setting(
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


def _share(
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
    description holds, which the article writes somewhere (`_given`), and the part's head."""

    head: int
    words: frozenset[int]


def _given(part: tuple[Word, ...], content: list[Word], text: SourceText) -> Given | None:
    """The words of the role part `part` that stand in a definite description of something
    other than the person, and that the article writes, in any sentence: one after the part's
    head ("the crash" of "injured in the crash"), or one in the possessive before it ("the
    children" of "the children's grandmother"). "The" says the reader already knows what it
    names: the story's crash, its children. So such a word is held wherever the rest of the
    part is (`_share`). Only common nouns and their modifiers are read so: a name ("the
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


def _names(sentence: tuple[Word, ...], mentions: frozenset[str], head: str | None) -> bool:
    """Whether `sentence` names the person or organization: by a word of its name, or, for an
    organization the article names in full, by its definite head noun ("the council")."""
    return any(w.lower in mentions for w in sentence if w.capitalised) or (
        head is not None and calls(sentence, ("the", head))
    )


def _spells_out(name: str, sentence: tuple[Word, ...]) -> bool:
    """Whether `name` is an acronym ("IRCC") whose words `sentence` writes in full ("Immigration,
    Refugees and Citizenship Canada"): the sentence names the organization as well."""
    acronym = name.strip()
    if not (_SHORTEST_ACRONYM <= len(acronym) <= ACRONYM_LETTERS and acronym.isalpha() and acronym.isupper()):
        return False
    return acronym.lower() in initials_of([sentence])


_SHORTEST_ACRONYM = 2


def _mention_keys(name: str) -> frozenset[str]:
    """The words a mention of `name` may use: its surname (the last word that is not a title)
    and, for an organization, its distinctive words as well."""
    parts = [w for w in words(name) if w.lower not in HONORIFICS and w.capitalised]
    if not parts:
        return frozenset()
    return frozenset({parts[-1].lower})
