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
from typing import TYPE_CHECKING

from summarizer.grounding.claim_figures import figures_in_article
from summarizer.grounding.claim_names import demonym_of
from summarizer.grounding.claims import SourceText, initials_of, parse_claim, parse_source, synonym_keys
from summarizer.grounding.lemmas import Word, inflected_verb, is_content, lemma_keys, words
from summarizer.grounding.posts import WRITER_WORDS, posts_of, stated_in_post, writer_line
from summarizer.grounding.prose import Verdict
from summarizer.grounding.role_readings import (
    HeldOtherwise,
    calls,
    held_otherwise,
    only_as_opponent,
    organization_head,
    other_party,
    quoted,
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
from summarizer.grounding.role_titles import (
    AFTER_TITLE,
    head_word,
    other_title,
    share_without_brackets,
    title_of_another,
    title_word,
)
from summarizer.grounding.synonyms import names_a_person
from summarizer.text.lexicon import COMMON_WORDS, HONORIFICS, ROLE_NOUNS, TITLE_ABBREVIATIONS
from summarizer.text.parse import parse
from summarizer.text.spans import Span

if TYPE_CHECKING:
    from spacy.tokens import Token

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
    definite one that is its subject when the person is the subject of theirs (`_definite_subject`).
    The next sentence goes on about the person too when it opens on a description that a name
    only modifies and they are the subject here (`_modified_description`); the one before, when
    this one says who its pronoun is ("They were Ann Holt, 8; ...": `_names_a_pronoun`).
    `also` gives the words a sentence holds in other ways (a short form of a name, a noun for a
    deed). Returns the share, the sentences that state it and which words are held."""
    own = _found(content, text, [index], also)
    together = [index]
    if index + 1 < len(text.sentences) and (
        _refers_back(text.sentences[index + 1])
        or (_people_description(text, index + 1) and _is_subject(text, index, mentions))
        or (_modified_description(text.sentences[index + 1]) and _is_subject(text, index, mentions))
        or (_definite_subject(text, index + 1) and _only_one_named(text.sentences[index], mentions))
    ):
        together.append(index + 1)
    if index and (
        (own and _opens_definite(text.sentences[index])) or _names_a_pronoun(text.sentences[index], mentions)
    ):
        together.append(index - 1)
    together.extend(i for i in _their_quotation(text, index, mentions) if i not in together)
    otherwise = frozenset().union(*(also(i) for i in together))
    held = [_held(w, text, together) or k in otherwise for k, w in enumerate(content)]
    # the sentences that add nothing are no evidence
    stating = [i for i in together if i == index or _found(content, text, [i], also)]
    if first and index and index - 1 not in together and not all(held):
        described = _described_unnamed(text.sentences[index - 1])
        if _is_subject(text, index, mentions):
            described |= _definite_subject(text, index - 1)
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


def _described_unnamed(sentence: tuple[Word, ...]) -> frozenset[str]:
    """The lemmas of the sentence's indefinite descriptions: the content words that follow "a"
    or "an", up to `_DESCRIPTION_WORDS` of them and the first word that is none ("a collision
    expert", "a retired police officer"; of "a man was charged", only "man"), a name in them
    counted as one word, "of" and all ("a Superior Court of Ontario judge")."""
    described: set[str] = set()
    for i, word in enumerate(sentence):
        if word.lower not in ("a", "an"):
            continue
        following = sentence[i + 1 : i + 1 + _DESCRIPTION_WORDS + _NAME_WORDS]
        common = 0  # a name's words count as one word ("a Superior Court of Ontario judge")
        for j, w in enumerate(following):
            if w.lower == "of" and 0 < j < len(following) - 1 and following[j - 1].capitalised:
                if following[j + 1].capitalised:
                    continue
            if not is_content(w):
                break
            described.update(w.keys)
            common += not w.capitalised
            if common == _DESCRIPTION_WORDS:
                break
    return frozenset(described)


def _refers_back(sentence: tuple[Word, ...]) -> bool:
    """A sentence that opens on a pronoun, or on a definite description that names nobody
    ("The 49-year-old ruler ...", not "The director, Gerry McNeilly, ..."), or that speaks of
    "he", "she" or "its" before it names anyone ("Police said she is a nurse ...", not "Bo Kim
    said she ..."): it goes on about the person or organization of the sentence before."""
    if not sentence:
        return False
    if sentence[0].lower in _PRONOUNS:
        return True
    if _opens_definite(sentence) and not any(w.capitalised for w in sentence[1 : 1 + _DESCRIPTION_WORDS]):
        return True
    for word in sentence[1:]:
        if word.capitalised:
            return False
        if word.lower in _REFERRING_PRONOUNS:
            return True
    return False


def _people_description(text: SourceText, index: int) -> bool:
    """Whether the sentence at `index` opens on a description of someone by their people or
    party alone ("The German was third", "The 28-year-old Brazilian fought on", "The
    Frenchman limped out"): "The", at most a few lower-case words or figures, and a
    capitalised noun for a person (WordNet: "German", "Frenchman", "Republican") that the
    parse takes for the subject, with no name beside it. It goes on about the subject of the
    sentence before (`_share`); "The German consulate said" (a thing) and "The German coach,
    Bo Kim, said" (a name) do not."""
    sentence = text.sentences[index]
    if not _opens_definite(sentence):
        return False
    reach = sentence[1 : 1 + _DESCRIPTION_WORDS]
    people = next((k for k, w in enumerate(reach) if w.capitalised and not w.is_number), None)
    if people is None or any(w.capitalised for w in reach[people + 1 :]):
        return False
    if not names_a_person(reach[people].lower):
        return False
    start, end = text.spans[index]
    parsed = parse(" ".join(text.text[start:end].split()))
    if len(parsed) <= people + 1:
        return False
    token = parsed[1 + people]
    if token.text.lower() != reach[people].lower or token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return not any(c.dep_ in ("appos", "compound") for c in token.children)


def _modified_description(sentence: tuple[Word, ...]) -> bool:
    """Whether `sentence` opens on "The" and a description whose head a name or a people only
    modifies ("The Democratic presidential candidate said ...", "The Abbotsford, B.C., golfer
    is ..."): capitalised words, then a lower-case word that is no inflected verb (not "The
    Canadian Press reported ..."), with no name right after it (not "The Senate leader, Bo Kim,
    said ..."). Such a description may introduce someone new as well ("The FBI director said"),
    so it goes on about the person before only when they are that sentence's subject
    (`_is_subject`)."""
    if not _opens_definite(sentence):
        return False
    reach = sentence[1 : 1 + _DESCRIPTION_WORDS + _NAME_WORDS]
    head = next((k for k, w in enumerate(reach) if not w.capitalised), None)
    if not head or reach[head].is_number or not is_content(reach[head]) or inflected_verb(reach[head].lower):
        return False
    after = sentence[1 + head + 1 : 1 + head + 1 + _DESCRIPTION_WORDS]
    return not any(w.capitalised for w in after)


def _only_one_named(sentence: tuple[Word, ...], mentions: frozenset[str]) -> bool:
    """Whether the person is the only one `sentence` names: every run of capitalised words in
    it, but the one that opens it, holds a word of their name ("Now comes the real test for
    Sen. Bernie Sanders."). A description that follows can then be of no one else."""
    runs: list[list[Word]] = []
    for i, word in enumerate(sentence):
        if word.capitalised and not word.is_number and i:
            if runs and sentence[i - 1].capitalised and i - 1:
                runs[-1].append(word)
            else:
                runs.append([word])
    return bool(runs) and all(any(w.lower in mentions for w in run) for run in runs)


def _is_subject(text: SourceText, index: int, mentions: frozenset[str]) -> bool:
    """Whether a word of the person's name (`mentions`) is in the subject of the main verb of
    the sentence at `index` ("ROME - Bo Kim met Pope Ana on Saturday": Kim, not Ana), as a
    dependency parse reads it: the one a description opening the next sentence speaks of."""
    main = _main_verb(text, index)
    if main is None:
        return False
    subjects = [child for child in main.children if child.dep_ in ("nsubj", "nsubjpass")]
    return any(t.text.lower() in mentions for s in subjects for t in s.subtree)


def _main_verb(text: SourceText, index: int) -> Token | None:
    """The verb of what the sentence at `index` tells, as its dependency parse reads it: the
    root, or, when the sentence ends on who tells it ("Ann Lee plans to speak on Tuesday, the
    campaign said"; "..., a police report indicates"), the clause that root reports, which comes
    before it. The news is that clause; the attribution after it only says where it comes from,
    when no person tells it: after "..., a federal judge ruled" the one named next may be the
    judge as well as the one the news is about, so the root stays the sentence's verb."""
    start, end = text.spans[index]
    for token in parse(" ".join(text.text[start:end].split())):
        if token.dep_ == "ROOT":
            reported = [c for c in token.children if c.dep_ == "ccomp" and c.i < token.i]
            tellers = [c for c in token.children if c.dep_ == "nsubj"]
            if reported and tellers and not any(_may_be_a_person(t) for t in tellers):
                return reported[0]
            return token
    return None


def _may_be_a_person(subject: Token) -> bool:
    """Whether the subject `subject` of a parse may be someone: a name, a pronoun, or a noun
    for a person or a role ("judge", "spokeswoman"), not for a thing ("report", "campaign")."""
    if subject.pos_ in ("PROPN", "PRON"):
        return True
    lemma = subject.lemma_.lower()
    return lemma in ROLE_NOUNS or names_a_person(lemma)


def _their_quotation(text: SourceText, index: int, mentions: frozenset[str]) -> list[int]:
    """The sentences after the one at `index` that go on with a quotation it opens right after
    naming the person, who is then its speaker ('A London Ambulance Service spokesman said: "We
    were called at 6.13 ... "We are treating a number of patients."'): those in which the
    speaker speaks of themselves ("We are treating ...") say what they do; the others may be of
    anyone. News opens each further sentence or paragraph of a quotation with a quotation mark
    again and closes only the last; at most `_QUOTE_SENTENCES` are read."""
    start, end = text.spans[index]
    sentence = text.sentences[index]
    if not quoted(text.text[start:end]):
        return []
    inside = next((k for k, w in enumerate(sentence) if quoted(text.text[start : w.start])), None)
    if inside is None:
        return []
    # the speaker is named right before the quotation: 'A London Ambulance Service spokesman said: "...'
    introducing = sentence[max(0, inside - _SPEAKER_WORDS - 1) : inside]
    last = max((k for k, w in enumerate(introducing) if w.capitalised and w.lower in mentions), default=None)
    if last is None or any(w.capitalised for w in introducing[last + 1 :]):
        return []
    going_on: list[int] = []
    for following in range(index + 1, min(len(text.spans), index + 1 + _QUOTE_SENTENCES)):
        said = text.text[slice(*text.spans[following])].strip()
        reopens = said[:1] in _OPENING_MARKS
        if text.sentences[following] and text.sentences[following][0].lower in _FIRST_PERSON:
            going_on.append(following)
        if not quoted(said if reopens else '"' + said):
            break
    return going_on


_QUOTE_SENTENCES = 4
#: The most words between a speaker's name and their quotation ("spokesman said :").
_SPEAKER_WORDS = 3
#: How a speaker speaks of themselves: only those sentences of their quotation say what they do.
_FIRST_PERSON = frozenset({"i", "we"})
_OPENING_MARKS = frozenset('"“')


def _names_a_pronoun(sentence: tuple[Word, ...], mentions: frozenset[str]) -> bool:
    """Whether `sentence` says who a pronoun of the sentence before is, by opening on the
    pronoun, a form of "be" and a name ("They were Zoe Kasten, 8; her brother, Jonathan Kasten,
    10; ..." after "officers found three victims"): what that sentence said of them is said of
    the person, named here not in the possessive ("She was Ann Lee's daughter" is someone
    else)."""
    if len(sentence) < _EQUATION_WORDS or sentence[0].lower not in _SUBJECT_PRONOUNS:
        return False
    if sentence[1].lower not in _FORMS_OF_BE or not sentence[2].capitalised:
        return False
    return any(w.lower in mentions and not w.possessive for w in sentence if w.capitalised)


_SUBJECT_PRONOUNS = frozenset("he she they".split())
_FORMS_OF_BE = frozenset("is are was were".split())
_EQUATION_WORDS = 3  # "They were Ann ..."


def _definite_subject(text: SourceText, index: int) -> frozenset[str]:
    """The lemmas of the subject of the sentence at `index` when it is a definite description
    of someone unnamed ("The head of the Service Employees International Union is worried ...",
    not "The union said ..." nor "Bo Kim said"), as a news lead opens before it names them: a
    common noun for a person or a role under "the", with all it governs, and no name set
    beside it ("The chairman of the party, Bo Kim, said" names its own)."""
    main = _main_verb(text, index)
    if main is None:
        return frozenset()
    for subject in (child for child in main.children if child.dep_ in ("nsubj", "nsubjpass")):
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
        person = subject.lemma_.lower() in ROLE_NOUNS or names_a_person(subject.lemma_.lower())
        named = any(t.dep_ == "appos" for t in subject.subtree)  # "The chairman, Bo Kim, said"
        if definite and subject.pos_ == "NOUN" and person and not named:
            return frozenset().union(*(lemma_keys(t.lower_) for t in subject.subtree if t.is_alpha))
    return frozenset()


def _opens_definite(sentence: tuple[Word, ...]) -> bool:
    return bool(sentence) and sentence[0].lower == "the"


#: The words after "The" that a definite description opening a sentence is read from.
_DESCRIPTION_WORDS = 3
_NAME_WORDS = 4  # at most, in an indefinite description
_PRONOUNS = frozenset("he she they it his her their its".split())
#: The pronouns that, before any name in a sentence, refer to the one the sentence before
#: speaks of: "he" or "she" for a person, "its" for an organization ("In its report, the
#: ministry suggests ...").
_REFERRING_PRONOUNS = frozenset({"he", "she", "its"})


def _mention_keys(name: str) -> frozenset[str]:
    """The words a mention of `name` may use: its surname (the last word that is not a title)
    and, for an organization, its distinctive words as well."""
    parts = [w for w in words(name) if w.lower not in HONORIFICS and w.capitalised]
    if not parts:
        return frozenset()
    return frozenset({parts[-1].lower})
