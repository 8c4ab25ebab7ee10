"""Whether the article states a person's or organization's role. A model writes roles in its own
words ("owner of the company" for "the company's owners Ann Lee and Bo Kim"), so an exact
occurrence is too strict; a role is stated when its content words, as lemmas, are in a sentence
that names the person (their own sentence, with its appositive: "Ann Lee, the company's owner",
and the sentences a definite description ties to it: `role_sentences`; the share is weighed in
`role_coverage`). A role made of several parts ("coach; former captain") must have every part
stated, and every name and figure a role gives must be in the article (`role_refusals`, with
the other tests that refuse a part on what it says; `figures_in_article`); a title the role
gives must be the person's own (`role_titles`). A word of the role may be the article's in other
words ("goaltender" for "goalie": WordNet synonyms, see `synonyms`), or be held in the other ways
`role_readings` lists: a noun for what the person did there ("player" where they "scored"), an
organization called for short ("the commission"), an acronym ("CEO" for "chief executive"), a
party and state in brackets after a lawmaker's name ("Republican from Virginia" for "Bo Kim
(R-Va.)"). A word of a definite description the role ends on ("injured in the crash") is the
story's own: see `role_coverage.given_words`. This module finds the sentences that name the
person, splits the role into its parts and runs those tests on each, in order."""

from __future__ import annotations

import re

from summarizer.grounding.claim_figures import figures_in_article
from summarizer.grounding.claims import initials_of, parse_claim, parse_source
from summarizer.grounding.lemmas import Word, is_content, words
from summarizer.grounding.posts import WRITER_WORDS, posts_of, stated_in_post, writer_line
from summarizer.grounding.prose import Verdict
from summarizer.grounding.role_coverage import given_words, stated_share, title_of_the_setting
from summarizer.grounding.role_readings import (
    calls,
    held_otherwise,
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
from summarizer.grounding.role_titles import (
    other_title,
    share_without_brackets,
    title_of_another,
    title_word,
)
from summarizer.text.lexicon import HONORIFICS
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
        given = given_words(part_words, content, text)
        share, stating, held = max(
            (stated_share(content, text, i, i == naming[0], also, mentions, given) for i in naming),
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
            titled = title_of_the_setting(content, text, naming, mentions, also)
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
