"""Whose title a role's title is: the title a role part gives (its head noun for a person or a
role: "treasurer" of "treasurer of the union"), and whether the sentences that name the person
give it to them, give them another ("union head Ana Ruiz" where the role says "treasurer"), or
give it to someone else beside it ("Mercedes boss Toto Wolff" for Max Verstappen). Moved from
`roles`, whose check asks these questions of each role part: a title is the one word of a role
that must be stated as such, so where a sentence sets a title to a name is a concern of its own.
Also the share of a role held but for the party and state in brackets after the person's name,
which may fill in a role whose title is stated but never stand for the title."""

from __future__ import annotations

from summarizer.grounding.claims import SourceText
from summarizer.grounding.lemmas import Word, is_dictionary_word, words
from summarizer.grounding.role_readings import in_brackets
from summarizer.grounding.synonyms import names_a_person, related_lemmas, titles_alike
from summarizer.text.gazetteer import GIVEN_NAMES
from summarizer.text.lexicon import COMMON_WORDS, HONORIFICS, ROLE_NOUNS

__all__ = [
    "AFTER_TITLE",
    "PERSON_NAME_WORDS",
    "a_persons_name",
    "head_word",
    "other_title",
    "share_without_brackets",
    "title_of_another",
    "title_word",
]


def share_without_brackets(content: list[Word], held: list[bool], source: str, mentions: frozenset[str]) -> float:
    """The share of `content` held but for the party and state in brackets after the person's
    name: brackets say which party and state, never which office, so they may fill in a role
    whose title is stated, not stand for it."""
    bracketed = in_brackets(source, mentions)
    return sum(
        was and not (w.lower in bracketed or w.keys & bracketed) for w, was in zip(content, held, strict=True)
    ) / len(content)


def title_of_another(
    title: Word, part: tuple[Word, ...], text: SourceText, stating: list[int], name: str
) -> str | None:
    """The name of someone else whom the sentences at `stating` give the role's title `title`
    wherever they write it: right before their name ("Mercedes boss Toto Wolff", "Premier Ann
    Lee"), in an
    appositive after it ("Toto Wolff, the Mercedes boss,") or before it ("The Mercedes boss,
    Toto Wolff,"). Such a title is that person's, not `name`'s. None when a sentence writes the
    title free of any name, beside `name` (alone or in a list: "analysts Ann Lee and Bo Kim"),
    beside something that is no person's name, or not as such (in other words); and when the
    role is a clause ("who called her a suffragette") or names that other person ("rival of
    Toto Wolff")."""
    if part and part[0].lower in _RELATIVE_PRONOUNS:
        return None
    own = {w.lower for w in words(name) if w.lower not in HONORIFICS}
    in_role = {w.lower for w in part if w.capitalised}
    owners: list[list[Word]] = []
    for index in stating:
        sentence = text.sentences[index]
        for j, word in enumerate(sentence):
            if not j or not word.keys & title.keys:
                continue  # a sentence's first word may be capitalised as anything
            owner = _named_beside(sentence, j, text.text)
            if not owner or any(w.lower in own or w.lower in in_role for w in owner):
                return None
            if not a_persons_name(owner):
                return None  # "Oracle, where he remains chairman": no person's name
            owners.append(owner)
    return " ".join(w.text for w in owners[0]) if owners else None


_RELATIVE_PRONOUNS = frozenset("who whose which that".split())


def a_persons_name(name: list[Word]) -> bool:
    """Whether the words `name` look like a person's name: a given name among them ("Tom
    Vale"), or two words and more of which none is an English word ("Ivo Brandt"; not "New
    Hampshire", "Oracle")."""
    if any(w.lower in GIVEN_NAMES for w in name):
        return True
    return len(name) >= PERSON_NAME_WORDS and not any(is_dictionary_word(w.lower) for w in name)


def _named_beside(sentence: tuple[Word, ...], j: int, source: str) -> list[Word]:
    """The names that the title at `j` of `sentence` stands beside, as news sets a title to a
    name: right before it ("coach Bo Kim", "analysts Ann Lee and Bo Kim"), or with the name
    set off by a comma right before or after the title's phrase ("Bo Kim, the team's coach," /
    "The team's coaches, Bo Kim and Ann Lee,"). Empty when it stands beside none."""
    plural = _plural(sentence[j])
    after = j + 1
    if after < len(sentence) and _name_word(sentence[after]) and not _pause(sentence, j, after, source):
        return _names_from(sentence, after, source, plural)
    start = j  # the title's phrase, back to a pause: "Bo Kim, the team's coach"
    while start and not _pause(sentence, start - 1, start, source) and j - start < _TITLE_REACH:
        start -= 1
    if start and _comma(sentence, start - 1, start, source) and _name_word(sentence[start - 1]):
        first = start - 1
        while first and _name_word(sentence[first - 1]):
            first -= 1
        return list(sentence[first:start])
    end = j  # "The team's coach, Bo Kim," and "The team's coach at the time, Hall of Famer Bo Kim,"
    while end + 1 < len(sentence) and not _pause(sentence, end, end + 1, source) and end - j < _TITLE_REACH:
        end += 1
    if end + 1 < len(sentence) and _comma(sentence, end, end + 1, source):
        if start == 0 or sentence[start].lower in ("the", "a", "an"):
            return _names_from(sentence, end + 1, source, plural)
    return []


def _names_from(sentence: tuple[Word, ...], at: int, source: str, plural: bool) -> list[Word]:
    """The words of the name from `at` ("Hall of Famer Bo Kim"), up to the next pause, and,
    after a plural title, of the names "and" joins to it ("analysts Ann Lee and Bo Kim"; a
    singular one is the first name's alone: "Premier Ann Lee and Bo Kim")."""
    links = ("and", "of") if plural else ("of",)
    found: list[Word] = []
    for k in range(at, min(len(sentence), at + _LIST_WORDS)):
        if k > at and _pause(sentence, k - 1, k, source):
            break
        word = sentence[k]
        if _name_word(word):
            found.append(word)
        elif word.lower not in links:
            break
    return found


def _plural(word: Word) -> bool:
    """Whether the noun `word` is written in the plural ("analysts", "coaches")."""
    return any(key != word.lower and word.lower.startswith(key) for key in word.keys if not key.startswith("~"))


#: The most words of a list of names a title is set to ("analysts Ann Lee, Bo Kim and Eli Moss").
_LIST_WORDS = 8


def _name_word(word: Word) -> bool:
    return word.capitalised and not word.is_number and word.lower not in COMMON_WORDS and not word.possessive


def _pause(sentence: tuple[Word, ...], i: int, k: int, source: str) -> bool:
    return any(mark in source[sentence[i].end : sentence[k].start] for mark in ",;:()")


def _comma(sentence: tuple[Word, ...], i: int, k: int, source: str) -> bool:
    return "," in source[sentence[i].end : sentence[k].start]


#: The fewest words of a person's name: a given name and a surname.
PERSON_NAME_WORDS = 2  # a given name and a surname


def head_word(part: tuple[Word, ...], content: list[Word]) -> int | None:
    """Which of `content` (by position) heads the role part `part`: the last lower-case word
    before a preposition or a relative pronoun ("agency" of "news agency that reported ...")."""
    position = {w.start: k for k, w in enumerate(content)}
    last = None
    for i, word in enumerate(part):
        if word.lower in AFTER_TITLE and last is not None:
            break
        common = (
            not word.capitalised or (i == 0 and is_dictionary_word(word.lower)) or word.lower in ROLE_NOUNS
        )  # "President of ...", "Veterans Affairs Minister"
        if word.start in position and common and not word.is_number:
            last = position[word.start]
    return last


def title_word(part: tuple[Word, ...], content: list[Word]) -> int | None:
    """Which of `content` (by position) is the title the role part `part` gives, when it gives
    one: the noun for a person or a role that heads it, the last word before a preposition or a
    relative pronoun ("treasurer" of "treasurer of the union", "user" of "Twitter user who
    ..."). A role's other words may be stated around it; the title itself must be."""
    last = head_word(part, content)
    if last is None:
        return None
    lower = content[last].lower
    return last if lower in ROLE_NOUNS or names_a_person(lower) else None


def other_title(title: Word, text: SourceText, stating: list[int], mentions: frozenset[str]) -> bool:
    """Whether a sentence at `stating` gives the person a title of their own that is not `title`
    in other words (not a synonym, a wider or a narrower word): right before their name ("union
    head Ana Ruiz") or right after it ("Ana Ruiz, head of the union"), where the
    role says "treasurer". A title elsewhere in the sentence may be someone else's."""
    related = _related(title)
    for index in stating:
        sentence = text.sentences[index]
        for k, word in enumerate(sentence):
            if not (word.capitalised and word.lower in mentions):
                continue
            for other in _titles_beside(sentence, k, text.text):
                if other.capitalised or other.lower not in ROLE_NOUNS:
                    continue
                if not (other.keys & related or title.keys & _related(other) or _alike(title, other)):
                    return True
    return False


def _titles_beside(sentence: tuple[Word, ...], k: int, source: str) -> list[Word]:
    """The words that may be a title of the name ending at `k`: the run of capitalised words and
    titles right before its first word ("FBI director James Comey"), and its appositive, up to
    the next comma ("Ana Ruiz, head of the union, said")."""
    first = k
    while first and sentence[first - 1].capitalised:
        first -= 1
    before: list[Word] = []
    i = first - 1
    while i >= 0 and len(before) < _TITLE_REACH and (sentence[i].capitalised or sentence[i].lower in ROLE_NOUNS):
        before.append(sentence[i])
        i -= 1
    after: list[Word] = []
    if k + 1 < len(sentence) and "," in source[sentence[k].end : sentence[k + 1].start]:
        for j in range(k + 1, min(len(sentence), k + 1 + _TITLE_REACH)):
            after.append(sentence[j])
            if j + 1 < len(sentence) and "," in source[sentence[j].end : sentence[j + 1].start]:
                break
    return before + after


def _alike(title: Word, other: Word) -> bool:
    return any(titles_alike(a, b) for a in title.keys for b in other.keys if "~" not in a + b)


def _related(word: Word) -> frozenset[str]:
    return frozenset().union(*(related_lemmas(k) for k in word.keys if not k.startswith("~"))) | word.keys


#: How many words before or after the person's name a title of theirs stands.
_TITLE_REACH = 4


#: The words after which a role's title (its head) has been written: a preposition or a
#: relative pronoun opens what the title is of ("treasurer [of] the union").
AFTER_TITLE = frozenset("of for at in with on from to who whose which that".split())
