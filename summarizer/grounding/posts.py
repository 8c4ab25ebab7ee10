"""Posts a web article embeds from Twitter, read as their authors' own words. An embedded tweet
comes out of a page as its text followed by a signature: a dash, the author's name, their
handle in brackets and the date ("... the change is obscene. -- Ann Lee (@annlee) November 8,
2016"). A reader takes the text before the signature as what that person posted, and the person
as a Twitter user, though no sentence says so in words: a role such as "Twitter user who called
the change obscene" is stated by that post (`stated_in_post`). A page also closes on a line
that asks readers to follow its writer ("Follow Ann Lee on Twitter @annlee."), which states that
they wrote the article (`writer_line`).

The post's start is not marked: it is taken to be the end of the signature before it, or else
the first sentence that begins within `POST_REACH` characters of the signature. The sentence
splitter does not end a sentence at a signature, so the post is read as text, never as the
sentences around it (the article goes on right after the date)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.grounding.claims import SourceText, synonym_keys
from summarizer.grounding.lemmas import Word, words
from summarizer.text.spans import Span

__all__ = ["POSTER_WORDS", "POST_REACH", "WRITER_WORDS", "posts_of", "stated_in_post", "writer_line"]

#: How far before its signature (in characters) a post is read when no signature before it
#: marks where it begins: a short tweet's length, for further back the article's own
#: sentences come first.
POST_REACH = 140
#: What an embedded post's signature states of its author, as role words ("Twitter user").
POSTER_WORDS = frozenset({"twitter", "user", "tweet", "tweeter", "post", "poster"})

_SIGNATURE = re.compile(r"(?:--|—|–)\s*(?P<name>[^()\n]{1,60}?)\s*\(@\w{1,15}\)\s*[A-Z][a-z]+\.? \d{1,2}, \d{4}")


def posts_of(text: SourceText, mentions: frozenset[str]) -> list[Span]:
    """The spans of the posts the person signs (a word of whose name is in `mentions`, lower
    case), each from where the post begins to the end of its signature."""
    signatures = list(_SIGNATURE.finditer(text.text))
    found: list[Span] = []
    for k, signature in enumerate(signatures):
        if not mentions & {word.lower() for word in re.findall(r"[\w'-]+", signature.group("name"))}:
            continue
        marked = signatures[k - 1].end() if k else None  # where the signature before ends
        if marked is not None and marked >= signature.start() - POST_REACH:
            begins = marked
        else:
            reach = signature.start() - POST_REACH
            begins = min((start for start, _ in text.spans if start >= reach), default=signature.start())
        found.append((begins, signature.end()))
    return found


def stated_in_post(content: Sequence[Word], text: SourceText, posts: list[Span], share: float) -> Span | None:
    """The post of `posts` that states the role words `content`, or None: its signature states
    that the person posts on Twitter (`POSTER_WORDS`), and the post itself must hold, as lemmas
    or synonyms, the `share` of the role's other words ("called the change obscene" for "the
    Toblerone change is obscene"), so that no title alone carries what the person said."""
    said = [w for w in content if not w.keys & POSTER_WORDS]
    if not said:
        return posts[0] if posts and len(said) < len(content) else None
    for start, end in posts:
        keys = frozenset().union(*(w.keys for w in words(text.text[start:end], start)))
        held = sum(bool(w.keys & keys or synonym_keys(w) & keys) for w in said)
        if held / len(said) >= share:
            return start, end
    return None


#: What a closing line that asks readers to follow someone states of them, as role words.
WRITER_WORDS = frozenset({"author", "writer", "reporter", "journalist", "article", "story", "byline"})
#: How many sentences from its end a page's closing lines are.
CLOSING_SENTENCES = 3
_FOLLOW = re.compile(r"^\W*Follow (?P<name>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}) on (?:Twitter|Facebook|Instagram)")


def writer_line(text: SourceText, mentions: frozenset[str]) -> int | None:
    """The sentence (by index) among the article's last `CLOSING_SENTENCES` that asks readers to
    follow the person on a social network ("Follow Ann Lee on Twitter @annlee."): the page's
    line for its writer. None when there is none for them."""
    for index in range(max(0, len(text.spans) - CLOSING_SENTENCES), len(text.spans)):
        start, end = text.spans[index]
        follow = _FOLLOW.match(text.text[start:end])
        if follow and mentions & {w.lower() for w in follow.group("name").split()}:
            return index
    return None
