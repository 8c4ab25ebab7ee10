"""Which sentences around one that names a person speak of them too, so that a role stated there
is stated of them: the next sentence when it goes on about them ("She is ...", "The 49-year-old
ruler resigned ...", "The German was third"), the one before when this one says who its pronoun
is ("They were Ann Holt, 8; ..."), the lead's description of someone not yet named ("...,
according to a collision expert."), and the further sentences of a quotation they open. Each
test reads the shape of a sentence (its opening words, or its subject as a dependency parse
reads it); `role_coverage` weighs the role's words over the sentences they pick. Moved from
`roles`: how news refers back to a person is a question apart from what a role says."""

from __future__ import annotations

from typing import TYPE_CHECKING

from summarizer.grounding.claims import SourceText
from summarizer.grounding.lemmas import Word, inflected_verb, is_content, lemma_keys
from summarizer.grounding.role_readings import quoted
from summarizer.grounding.synonyms import names_a_person
from summarizer.text.lexicon import ROLE_NOUNS
from summarizer.text.parse import parse

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "definite_subject",
    "described_unnamed",
    "is_subject",
    "modified_description",
    "names_a_pronoun",
    "only_one_named",
    "opens_definite",
    "people_description",
    "refers_back",
    "their_quotation",
]


def described_unnamed(sentence: tuple[Word, ...]) -> frozenset[str]:
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


def refers_back(sentence: tuple[Word, ...]) -> bool:
    """A sentence that opens on a pronoun, or on a definite description that names nobody
    ("The 49-year-old ruler ...", not "The director, Gerry McNeilly, ..."), or that speaks of
    "he", "she" or "its" before it names anyone ("Police said she is a nurse ...", not "Bo Kim
    said she ..."): it goes on about the person or organization of the sentence before."""
    if not sentence:
        return False
    if sentence[0].lower in _PRONOUNS:
        return True
    if opens_definite(sentence) and not any(w.capitalised for w in sentence[1 : 1 + _DESCRIPTION_WORDS]):
        return True
    for word in sentence[1:]:
        if word.capitalised:
            return False
        if word.lower in _REFERRING_PRONOUNS:
            return True
    return False


def people_description(text: SourceText, index: int) -> bool:
    """Whether the sentence at `index` opens on a description of someone by their people or
    party alone ("The German was third", "The 28-year-old Brazilian fought on", "The
    Frenchman limped out"): "The", at most a few lower-case words or figures, and a
    capitalised noun for a person (WordNet: "German", "Frenchman", "Republican") that the
    parse takes for the subject, with no name beside it. It goes on about the subject of the
    sentence before (`role_coverage.stated_share`); "The German consulate said" (a thing) and
    "The German coach, Bo Kim, said" (a name) do not."""
    sentence = text.sentences[index]
    if not opens_definite(sentence):
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


def modified_description(sentence: tuple[Word, ...]) -> bool:
    """Whether `sentence` opens on "The" and a description whose head a name or a people only
    modifies ("The Democratic presidential candidate said ...", "The Abbotsford, B.C., golfer
    is ..."): capitalised words, then a lower-case word that is no inflected verb (not "The
    Canadian Press reported ..."), with no name right after it (not "The Senate leader, Bo Kim,
    said ..."). Such a description may introduce someone new as well ("The FBI director said"),
    so it goes on about the person before only when they are that sentence's subject
    (`is_subject`)."""
    if not opens_definite(sentence):
        return False
    reach = sentence[1 : 1 + _DESCRIPTION_WORDS + _NAME_WORDS]
    head = next((k for k, w in enumerate(reach) if not w.capitalised), None)
    if not head or reach[head].is_number or not is_content(reach[head]) or inflected_verb(reach[head].lower):
        return False
    after = sentence[1 + head + 1 : 1 + head + 1 + _DESCRIPTION_WORDS]
    return not any(w.capitalised for w in after)


def only_one_named(sentence: tuple[Word, ...], mentions: frozenset[str]) -> bool:
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


def is_subject(text: SourceText, index: int, mentions: frozenset[str]) -> bool:
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


def their_quotation(text: SourceText, index: int, mentions: frozenset[str]) -> list[int]:
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


def names_a_pronoun(sentence: tuple[Word, ...], mentions: frozenset[str]) -> bool:
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


def definite_subject(text: SourceText, index: int) -> frozenset[str]:
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


def opens_definite(sentence: tuple[Word, ...]) -> bool:
    return bool(sentence) and sentence[0].lower == "the"


#: The words after "The" that a definite description opening a sentence is read from.
_DESCRIPTION_WORDS = 3
_NAME_WORDS = 4  # at most, in an indefinite description
_PRONOUNS = frozenset("he she they it his her their its".split())
#: The pronouns that, before any name in a sentence, refer to the one the sentence before
#: speaks of: "he" or "she" for a person, "its" for an organization ("In its report, the
#: ministry suggests ...").
_REFERRING_PRONOUNS = frozenset({"he", "she", "its"})
