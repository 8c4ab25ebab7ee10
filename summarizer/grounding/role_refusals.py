"""The tests that refuse a role part on what it says, before (or whatever) the share of its
words that a sentence naming the person holds: a role that describes an organization while the
name is a person's ("news agency" for James Comey; unless it says what they do: "runs the food
bank"), a role that relates someone to themselves or names them as the other side ("Sanders's
wife" for Sanders, "Real Madrid manager" for Real Madrid), an age the article writes after
another name ("her brother, Jonathan Kasten, 10" is not Zoe Kasten's age), and a name the
article never writes ("foreign minister of Sweden" where it names only Norway). Moved from
`roles`, whose check runs them on each part: each is a way a role can be someone else's or the
article's nowhere even when its words stand near the person's name."""

from __future__ import annotations

from summarizer.grounding.claim_names import demonym_of
from summarizer.grounding.claims import SourceText, parse_claim
from summarizer.grounding.lemmas import Word, is_dictionary_word, words
from summarizer.grounding.role_readings import in_brackets
from summarizer.grounding.role_titles import PERSON_NAME_WORDS, a_persons_name, head_word
from summarizer.grounding.synonyms import names_a_person
from summarizer.text.gazetteer import GIVEN_NAMES
from summarizer.text.lexicon import COMMON_WORDS, HONORIFICS, ORG_NOUNS, ROLE_NOUNS
from summarizer.text.parse import parse

__all__ = [
    "ACRONYM_LETTERS",
    "age_of",
    "deed_verb",
    "names_itself",
    "organization_for_a_person",
    "relation_to_themselves",
    "says_what_they_do",
    "unwritten_name",
]


def organization_for_a_person(part: tuple[Word, ...], content: list[Word], name: str) -> bool:
    """Whether the role part `part` is headed by a noun for an organization ("news agency the
    police chief spoke to", "car maker") while `name` opens on a given name ("James Comey"): a
    person is no agency, so the role is another entity's (unless it says what they do: see
    `says_what_they_do`)."""
    head = head_word(part, content)
    if head is None or content[head].lower not in ORG_NOUNS or names_a_person(content[head].lower):
        return False  # "producer", "publisher" may be someone
    named = [w for w in words(name) if w.lower not in HONORIFICS]
    return len(named) >= PERSON_NAME_WORDS and named[0].lower in GIVEN_NAMES and not named[0].possessive


def says_what_they_do(part: tuple[Word, ...]) -> bool:
    """Whether the role part `part` is a verb phrase ("lives near the tram station", "runs the
    food bank") or a prepositional one ("of the Delegates Unbound group", "with the union"), as
    spaCy's dependency parse reads it (`deed_verb`; a preposition as the root of the part).
    Such a part says what the person does or whose they are, and its nouns are what it is done
    to or whose they are: no description of the person as an organization."""
    if not part:
        return False
    fragment = parse(" ".join(w.text for w in part))
    if len(fragment) and fragment[0].dep_ == "ROOT" and fragment[0].pos_ == "ADP":
        return True
    return deed_verb(part)


def deed_verb(part: tuple[Word, ...]) -> bool:
    """Whether the role part `part` opens on the verb of what the person does ("lives near the
    station", "served as mayor"): the parse of a sentence with the part as its predicate ("She
    lives near the station.") roots on its first word, a verb of the third person or the past.
    A noun the parse could take for a verb ("She store ...") agrees with no "she"."""
    if not part:
        return False
    predicate = parse("She " + " ".join(w.text for w in part) + ".")
    return len(predicate) > 1 and predicate[1].dep_ == "ROOT" and predicate[1].tag_ in _AGREEING_VERB_TAGS


#: The tags of a verb that agrees with "she": present third person, past, past participle.
_AGREEING_VERB_TAGS = frozenset({"VBZ", "VBD", "VBN"})


def relation_to_themselves(part: tuple[Word, ...], name: str, text: SourceText) -> bool:
    """Whether the role `part` gives the person `name` a relation to themselves: their own name
    in the possessive before a common noun ("Sanders's wife", "Lee's lawyer" for Lee), the role
    of someone else of the article given to the wrong person. "Lee's Bakery" may be hers; a
    given name before the possessive says whose it is ("Jeanine Durning's father" is not Jeanine
    Durning's role for Charles Durning); a bare surname is the person's own unless the article
    writes it after another given name too (a family: "Major's son" for Brenden Major, where
    the article also names Robert Major)."""
    own = {w.lower for w in words(name)}
    for k, word in enumerate(part[:-1]):
        if not (word.possessive and word.lower in own and word.capitalised and not part[k + 1].capitalised):
            continue
        given = part[k - 1] if k and part[k - 1].capitalised else None
        if given is not None:
            if given.lower in own:
                return True
        elif not _namesakes(word.lower, own, text):
            return True
    return False


def names_itself(part: tuple[Word, ...], name: str, text: SourceText) -> bool:
    """Whether the role `part` names the one it is given to, as the other side of a relation:
    their whole name ("Real Madrid manager" for Real Madrid, "head of Tesla" for Tesla,
    "spokeswoman for Donald Trump" for Donald Trump) or a person's bare surname ("Clinton
    staffer" for Hillary Clinton), standing alone, not inside a longer name ("Trump
    Organization executive" is Trump's; "owner of Ruiz's Bakery" may be Ruiz's; "Wayne State
    University" is no "State University").
    Nobody is their own manager or spokeswoman: the role is someone else's of the article. A
    surname the article also writes after another given name may be that person's (a family:
    "Major's son" for Brenden Major, where it names Robert Major too)."""
    own = [w.lower for w in words(name) if w.lower not in HONORIFICS]
    if not own:
        return False
    forms = [own]
    person = a_persons_name([w for w in words(name) if w.lower not in HONORIFICS])
    if person and len(own) > 1 and not _namesakes(own[-1], set(own), text):
        forms.append(own[-1:])
    lowers = [w.lower for w in part]
    for form in forms:
        for start in range(len(part) - len(form) + 1):
            if lowers[start : start + len(form)] != form or not part[start].capitalised:
                continue
            before = part[start - 1] if start else None
            after = part[start + len(form)] if start + len(form) < len(part) else None
            longer = (
                before is not None and before.capitalised and not (start == 1 and is_dictionary_word(before.lower))
            ) or (after is not None and after.capitalised)
            if not longer:
                return True
    return False


def _namesakes(surname: str, own: set[str], text: SourceText) -> bool:
    """Whether the article writes `surname` after a given name that is not one of `own` (the
    person's names): someone else of that name."""
    for sentence in text.sentences:
        for before, word in zip(sentence, sentence[1:], strict=False):
            if word.lower == surname and before.capitalised and before.lower not in own:
                if before.lower not in COMMON_WORDS and before.lower not in HONORIFICS:
                    return True
    return False


def age_of(number: Word, text: SourceText, naming: list[int], mentions: frozenset[str], name: str) -> bool | None:
    """Whether `number`, a role part of its own (an age: "Victim, 8"), is the person's: True
    where a sentence naming them writes it right after their name, "aged" or not ("Zoe Kasten,
    8"); False where those sentences write it after another name only ("her brother, Jonathan
    Kasten, 10" is not Zoe Kasten's age, though they share a surname): in a list of people, each
    number is the age of the name it follows. None where it follows no name: then it is a role
    word like any other ("the 26-year-old midfielder")."""
    someone_else = False
    for index in naming:
        sentence = text.sentences[index]
        for k, word in enumerate(sentence[:-1]):
            if not word.capitalised or word.lower in COMMON_WORDS:
                continue  # "The 31-year-old's future": "The" names no one
            after = sentence[k + 2] if sentence[k + 1].lower == "aged" and k + 2 < len(sentence) else sentence[k + 1]
            if not (after.is_number and after.lower == number.lower):
                continue
            if word.lower in mentions and _written_as(sentence, k, name):
                return True
            someone_else = True
    return False if someone_else else None


def _written_as(sentence: tuple[Word, ...], end: int, name: str) -> bool:
    """Whether the capitalised words that end at `end` (a surname) are all words of `name` or
    titles: no other person's given name comes before it. A noun for a person that is no given
    name is a title the sentence opens on ("Cleaner Ana Ruiz, 54, said"), not a name."""
    own = {w.lower for w in words(name)}
    k = end
    while k >= 0 and sentence[k].capitalised and not sentence[k].is_number:
        lower = sentence[k].lower
        if lower not in own and lower not in HONORIFICS | COMMON_WORDS and not _title_not_name(lower):
            return False
        k -= 1
    return True


def _title_not_name(lower: str) -> bool:
    """Whether the capitalised word `lower` is a title ("Cleaner", "Striker", "Coach") and no
    given name ("Guy", "Major" may be someone's)."""
    return lower not in GIVEN_NAMES and (lower in ROLE_NOUNS or names_a_person(lower))


def unwritten_name(part: str, text: SourceText, mentions: frozenset[str]) -> str | None:
    """The first word of a name in the role `part` that the article never writes, in any form
    ("Sweden" where it names only Norway): neither as such, nor as its people ("Russian" for
    "Russia") or its place ("Canada" for "Canadians"), nor as the party or state in brackets
    after the person's name (`mentions`: "Virginia" for "Bo Kim (R-Va.)"). An acronym is left to the
    coverage test: it is a title ("CEO") as often as a name."""
    bracketed = in_brackets(text.text, mentions)
    for name in parse_claim(part).names:
        for word in name:
            if word.start == len(part) - len(part.lstrip()) and part[word.end : word.end + 1] == "-":
                continue  # the role's capital opening a compound word: "Co-writer", "Ex-wife"
            if word.lower in text.lowers or (word.text.isupper() and len(word.text) <= ACRONYM_LETTERS):
                continue
            if word.lower in bracketed or word.keys & bracketed:  # "Virginia" for "(R-Va.)"
                continue
            if demonym_of(word, text.names) or any(demonym_of(w, frozenset({word.lower})) for w in _capitalised(text)):
                continue
            return word.text
    return None


#: The most letters of an acronym ("CEO", "IRCC"): an all-capital word no longer is a word.
ACRONYM_LETTERS = 5


def _capitalised(text: SourceText) -> list[Word]:
    return [w for sentence in text.sentences for w in sentence if w.capitalised]
