"""Candidate names: maximal runs of capitalised tokens, cut into the spans that may name
someone or something, plus wire datelines.

Why separate: which words form a name ("Bank of Canada" stays whole, "Kansas City and
Cincinnati" are two) and which capitals only open a sentence ("However", "The") is decided
before anyone asks what a name is. This module turns masked text into ``Candidate`` spans; kinds
and roles are judged elsewhere. A dateline ("LONDON 1996-12-06", "TEMPE, Ariz. (Reuters) -")
proves its words name a place, so those candidates arrive with their kind already set.
"""

from __future__ import annotations

import re

from summarizer.extract.kinds import acronym_fits, bracketed_acronym
from summarizer.extract.organization_cues import has_adjective_shape, is_club, opens_a_fellowship
from summarizer.grounding.lemmas import can_be_noun, is_dictionary_word
from summarizer.text.gazetteer import DEMONYMS, GIVEN_NAMES, PLACES
from summarizer.text.lexicon import (
    COLLECTIVE_PLURALS,
    COMMON_WORDS,
    COMPANY_SUFFIXES,
    CONNECTORS,
    DIRECTIONS,
    FOREIGN_CONNECTORS,
    GROUP_NOUNS,
    NEWSPAPER_HEADS,
    ORG_CUES,
    ORG_NOUNS,
    PARTY_MEMBERS,
    PERSON_PARTICLES,
    PLACE_CUES,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    TEMPORAL_WORDS,
)
from summarizer.text.names import LEGAL_FORMS, is_title_token, split_title
from summarizer.text.tokens import (
    Candidate,
    Token,
    appears_lowercase,
    is_sentence_start,
    is_state_abbreviation,
    tokenize,
)


def _capitalised_runs(text: str, tokens: list[Token]) -> list[list[Token]]:
    """Maximal runs of capitalised tokens joined by single spaces and connectors."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    for index, token in enumerate(tokens):
        joinable = (
            current
            and (
                (
                    text[current[-1].end : token.start] == " "
                    or text[current[-1].end : token.start] in ("' ", "’ ")
                    and _plural_possessive_in_a_body(text, tokens, index)
                )
                and not current[-1].possessive
                or _collective_possessive_in_a_body(text, tokens, index)  # "People's Party": joins past its "'s"
            )
            and not (current[-1].text.endswith(".") and is_state_abbreviation(current[-1].text[:-1]))
        )
        if text[token.start - 1 : token.start] in ("@", "#"):  # "@PhilMickelson", "#MeToo": a handle or a tag
            current = _flush(runs, current)
        elif token.is_capitalised and token.key not in ("i",):
            if not joinable:
                current = _flush(runs, current)
            current.append(token)
        elif joinable and (token.key in CONNECTORS or token.key in PERSON_PARTICLES or token.key in FOREIGN_CONNECTORS):
            current.append(token)
        else:
            current = _flush(runs, current)
    _flush(runs, current)
    return runs


def _is_surname_here(text: str, word: str) -> bool:
    """Whether the text writes `word` after a given name ("Bernie Sanders"): a known one, or a
    capitalised word English does not have ("Registered Nurses" is no person)."""
    pattern = r"\b([A-Z][a-z]+) " + re.escape(word) + r"\b"
    return any(
        (given := match.group(1).lower()) in GIVEN_NAMES or not (is_dictionary_word(given) or given in DEMONYMS)
        for match in re.finditer(pattern, text)
    )


def _plural_possessive_in_a_body(text: str, tokens: list[Token], index: int) -> bool:
    """ "the Toronto Bond Traders' Association", "the Nurses' Union", "Lay Volunteers' International
    Organisation": a plural's apostrophe inside a body's name, which a body word within the next
    capitalised words shows; elsewhere ("the Smiths' car") the apostrophe ends the name."""
    plural = tokens[index - 1]
    if not plural.text.endswith("s") or _is_surname_here(text, plural.text):
        return False  # "Sanders' Senate office" beside "Bernie Sanders": a person's
    for following in tokens[index : index + 3]:
        if not following.is_capitalised:
            return False
        if following.key in ORG_CUES:
            return True
    return False


def _collective_possessive_in_a_body(text: str, tokens: list[Token], index: int) -> bool:
    """ "the Pakistan People's Party", "the official People's Daily": a collective plural's
    possessive inside a body's name, which a body word within the next capitalised words shows
    (as `_plural_possessive_in_a_body` reads "the Nurses' Union"); elsewhere ("the people's
    will") it ends the name."""
    if tokens[index - 1].key not in COLLECTIVE_PLURALS or text[tokens[index - 1].end : tokens[index].start] not in (
        "'s ",
        "’s ",
    ):
        return False
    for following in tokens[index : index + 3]:
        if not following.is_capitalised:
            return False
        if following.key in ORG_CUES or following.key in ORG_NOUNS:
            return True
    return False


def _flush(runs: list[list[Token]], current: list[Token]) -> list[Token]:
    while current and not current[-1].is_capitalised:
        current.pop()
    if current:
        runs.append(current)
    return []


def _split_run(run: list[Token]) -> list[list[Token]]:
    """Split at connectors unless the left part names an institution or title."""
    parts: list[list[Token]] = [[]]
    for i, token in enumerate(run):
        left = parts[-1]
        if _person_after_organization(left, run[i:]):
            parts.append([token])
            continue
        if token.is_capitalised or token.key in PERSON_PARTICLES:
            left.append(token)
            continue
        if token.key in ("of", "for", "&", "and", "on", "upon") and _keeps_together(left, token.key, run[i + 1 :]):
            left.append(token)
        elif token.key in FOREIGN_CONNECTORS and left and i + 1 < len(run) and run[i + 1].is_capitalised:
            left.append(token)  # "Medecins sans Frontieres", "Reporters sans Frontieres"
        elif token.key == "the" and left and left[-1].key in ("of", "for", "on"):
            left.append(token)
        else:
            parts.append([])
    return [p for p in (_trim_connectors(p) for p in parts) if p]


def _person_after_organization(left: list[Token], rest: list[Token]) -> bool:
    """ "The Canadian Press Paul Carver, chief Crown attorney": a credit or an organisation
    glued to the personal name that follows it (a given name and a surname) is two names."""
    return (
        len(left) >= 2
        and left[-1].key in ORG_CUES
        and len(rest) >= 2
        and rest[0].key in GIVEN_NAMES
        and all(t.is_capitalised for t in rest[:2])
        and rest[1].key not in ORG_CUES
    )


def _keeps_together(left: list[Token], connector: str, right: list[Token]) -> bool:
    """ "Bank of Canada", "Minister of Finance", "Gulf of Mexico" stay whole; but "Kansas City and
    Cincinnati" are two places (a place joins by "and" only into an institution: "State Law and
    Order Restoration Council"), and "General Joseph Garba of Nigeria" is a person and a place:
    once a personal name has followed the title, "of" starts something new."""
    if connector in ("of", "and") and _is_titled_name(left):
        return False
    if connector == "on" and any(t.key in TEMPORAL_WORDS for t in right[:2]):
        return False  # "told CBS News on Super Tuesday": a day, not "Council on Foreign Relations"
    if connector == "of" and left and left[-1].key in LEGAL_FORMS and left[-1].key != "co":
        return False  # "Kia Motors Corp of South Korea": a legal form ends the name; "of" says where it is from
    if connector == "&" and left and right and right[0].is_capitalised and left[-1].key not in LEGAL_FORMS:
        return True  # "Procter & Gamble", "Douglas & Lomason": news joins two people with "and"
    if connector in ("and", "&"):
        if left and (left[-1].key in COMPANY_SUFFIXES or left[-1].key in LEGAL_FORMS):
            # "Barrick Gold Corp and Bre-X Minerals Ltd", "Ericsson AB and Banco Santander SA"
            return False
        if any(t.key in COMPANY_SUFFIXES for t in right[:3]):  # "Russ Berrie and Co Inc"
            return True
        if _two_bodies(left, connector, right):
            return False
        return (
            any(t.key in ORG_CUES or t.key in ROLE_NOUNS for t in left)
            or (any(t.key in PLACE_CUES for t in left) and any(t.key in ORG_CUES for t in right))
            or _shares_a_public_body(left, right)
        )
    return any(t.key in ORG_CUES or t.key in ROLE_NOUNS or t.key in PLACE_CUES for t in left) or (
        connector == "of" and opens_a_fellowship(left)
    )


def _two_bodies(left: list[Token], connector: str, right: list[Token]) -> bool:
    """ "European Space Agency and JAXA", "Fox News and NBC News": a body's name of several words
    ends on its head word, and a name of its own follows (an acronym, or several capitalised
    words). "The Globe and Mail", "Golf Club and Spa" (one word after) and "Public Services and
    Procurement" (a service is a weak head) are one name."""
    named = [t for t in left if t.key != "the"]
    if connector != "and" or len(named) < 2 or left[-1].key not in ORG_CUES or left[-1].key in _WEAK_HEADS:
        return False
    if not right:
        return False
    if right[0].is_acronym:
        return True
    if right[0].key in PLACES and (len(right) == 1 or not right[1].is_capitalised):
        return True  # "Quorvane Holdings and Detroit": a body and a place
    return len(right) > 1 and right[0].is_capitalised and right[1].is_capitalised and right[1].key not in TEMPORAL_WORDS


_WEAK_HEADS = frozenset({"service", "services"})


# Heads of public bodies named by their portfolios: "Trade and Industry Ministry".
_PUBLIC_BODY_HEADS = frozenset("ministry department commission committee office bureau agency authority".split())


def _shares_a_public_body(left: list[Token], right: list[Token]) -> bool:
    """ "Communications and Transportation Ministry", "Health and Human Services Department":
    two portfolios joined by "and" share the body that follows them. Places and given names
    on the left ("Ontario and Quebec Ministry" is rare, "John and Health Ministry" none) do not."""
    capitalised = []
    for token in right:
        if not token.is_capitalised:
            break
        capitalised.append(token)
    while capitalised and capitalised[-1].key in TEMPORAL_WORDS:
        capitalised.pop()  # "the Securities and Exchange Commission Wednesday approved ...": a day, no head
    return (
        0 < len(left) <= 2
        and 1 < len(capitalised) <= 3
        and capitalised[-1].key in _PUBLIC_BODY_HEADS
        and not any(t.key in PLACES or t.key in GIVEN_NAMES for t in left)
    )


# Words that end a title or an institution, not a personal name (built once: the union is large).
_NOT_A_NAME_END = ORG_CUES | ROLE_NOUNS | ROLE_MODIFIERS | PLACE_CUES | PLACES


def _is_titled_name(tokens: list[Token]) -> bool:
    """ "Prime Minister Benjamin Netanyahu": capitalised words ending in a name after a title."""
    return (
        any(t.key in ROLE_NOUNS for t in tokens)
        and all(t.is_capitalised and t.key not in ORG_CUES for t in tokens)
        and tokens[-1].key not in _NOT_A_NAME_END
    )


def _trim_connectors(tokens: list[Token]) -> list[Token]:
    while tokens and not tokens[-1].is_capitalised:
        tokens = tokens[:-1]
    while tokens and not tokens[0].is_capitalised:
        tokens = tokens[1:]
    return tokens


def _is_common_word(token: Token) -> bool:
    return token.key in COMMON_WORDS and not token.is_acronym


def _drop_sentence_initial(text: str, tokens: list[Token]) -> tuple[list[Token], bool]:
    """Remove capitals that only mark a sentence start ("However", "The", "Why It").

    Returns the remaining tokens and whether they still count as sentence-initial
    (after "What Happened", "Happened" proves no more than "What" did).
    """
    dropped = False
    while tokens and (is_sentence_start(text, tokens[0].start) or dropped and _is_common_word(tokens[0])):
        first = tokens[0]
        if _opens_place(text, tokens):
            break
        if _names_a_newspaper_with_its_day(tokens):
            break
        if (
            _is_common_word(first)
            or first.key in TEMPORAL_WORDS
            or first.key in _TITLE_QUALIFIERS
            or (len(tokens) > 1 and first.key in GROUP_NOUNS)
        ):
            # "Heavyweights Telmex and Televisa", "Analysts Ann Lee and ...": a group noun opens
            # the sentence and the names follow it
            tokens = _trim_connectors(tokens[1:])
            dropped = True
        elif (
            len(tokens) > 1
            and first.key not in PLACES
            and first.key not in ROLE_NOUNS
            and first.key not in DEMONYMS
            and appears_lowercase(text, first.text)
            and not _written_whole_elsewhere(text, tokens)
            and not _names_a_body_by_its_head(tokens)
        ):
            tokens = _trim_connectors(tokens[1:])
            dropped = True
        else:
            break
    initial = dropped or bool(tokens) and is_sentence_start(text, tokens[0].start)
    return tokens, initial


# "Minneapolis-based", "Dublin-born", "Moscow-backed": a name glued to a lower-case word by a hyphen.
_COMPOUND_MODIFIER_RE = re.compile(r"[A-Z][\w.'’]*-([a-z]+)")


# Participles no "-ed" shows, and nouns that make adjectives after a name ("Soviet-era").
_MODIFIER_ENDINGS = frozenset("born run made held grown built bound known era style wide speaking".split())


def _is_modifier_ending(word: str) -> bool:
    """ "based", "led", "winning", "born", "era": a participle or an adjective-making noun,
    unlike the second half of a hyphenated given name ("Ban Ki-moon", "Kim Jong-un")."""
    if word in _MODIFIER_ENDINGS:
        return True
    # "-based", "-winning" ("Oscar-winning"); not "Xi Jin-ping"
    return (word.endswith("ed") or word.endswith("ing") and len(word) > 5) and is_dictionary_word(word)


def _after_compound_modifier(tokens: list[Token]) -> list[Token]:
    """ "Minneapolis-based First Bank System Inc.", "Communist-led CGT", "Hong Kong-based": a
    name made into an adjective by a hyphen and an English word ("based", "born", "led") says
    where or by whom the thing named after it is; it is neither part of that name nor a name of
    its own. What follows it is the name (none: nothing)."""
    for i in range(len(tokens) - 1, -1, -1):
        match = _COMPOUND_MODIFIER_RE.fullmatch(tokens[i].text)
        if match and _is_modifier_ending(match.group(1)):
            return _trim_connectors(tokens[i + 1 :])
    return tokens


# "Former England captain ...", "Outgoing Brelling chairman ...": words that date a title, never
# a name's, capitalised only because they open the sentence.
_TITLE_QUALIFIERS = frozenset("former outgoing incoming retired".split())


# The heads of the names of public bodies, which news capitalises only in a name: "the ministry
# said" beside "Foreign Ministry spokesman X".
_BODY_HEADS = frozenset(
    "ministry party bank committee commission council department agency parliament senate bureau "
    "office court army navy".split()
)


def _names_a_body_by_its_head(tokens: list[Token]) -> bool:
    """ "Foreign Ministry spokesman X", "Interior Ministry officials said": a word and a body's head
    in capitals at a sentence's start name that body, though the article also writes "foreign"
    (or "the foreign ministry") in lower case elsewhere; the capital of the head, which no
    sentence start explains, is the evidence."""
    return len(tokens) in (2, 3) and tokens[-1].key in _BODY_HEADS and tokens[-1].is_capitalised


def _written_whole_elsewhere(text: str, tokens: list[Token]) -> bool:
    """ "[Veterans Affairs Canada] may include...": a sentence-initial word stays in the name
    when the article writes the whole run again inside a sentence, where its capital counts."""
    run = text[tokens[0].start : tokens[-1].end]
    start = text.find(run)
    while start != -1:
        if start != tokens[0].start and not is_sentence_start(text, start):
            return True
        start = text.find(run, start + 1)
    return False


def _glued_to_a_number(text: str, token: Token) -> bool:
    """ "5G", "4K", "3D": a capital written onto a number is a unit or a grade, no name."""
    return token.start > 0 and text[token.start - 1].isdigit()


def _is_currency_prefix(text: str, token: Token) -> bool:
    """ "US$ 24 billion", "C$ 1.92": the letters qualify a currency sign, they name nothing."""
    return text[token.end : token.end + 1] == "$"


def _opens_place(text: str, tokens: list[Token]) -> bool:
    """ "New Mexico", "South Africa": a sentence-initial common word that begins a known place."""
    return any(text[tokens[0].start : tokens[i].end].lower() in PLACES for i in range(1, min(len(tokens), 4)))


def _strip_temporal(tokens: list[Token]) -> list[Token]:
    while tokens and tokens[-1].key in TEMPORAL_WORDS:
        tokens = _trim_connectors(tokens[:-1])
    if _names_a_newspaper_with_its_day(tokens) or _given_name_like_a_month(tokens):
        return tokens
    while tokens and tokens[0].key in TEMPORAL_WORDS:
        tokens = _trim_connectors(tokens[1:])
    return tokens


def _given_name_like_a_month(tokens: list[Token]) -> bool:
    """ "Jan Kroslak", "Jan Ove Pedersen", "Jan Van Eijden": a given name spelled as a month's
    abbreviation, before a surname that is no English word (or a surname's particle before
    one), opens a person's name."""
    if len(tokens) < 2 or tokens[0].key not in GIVEN_NAMES or tokens[1].key in TEMPORAL_WORDS:
        return False
    surname = tokens[2] if len(tokens) > 2 and tokens[1].key in PERSON_PARTICLES else tokens[1]
    return not is_dictionary_word(surname.key)


def _names_a_newspaper_with_its_day(tokens: list[Token]) -> bool:
    """ "Sunday Telegraph", "Sunday Times": a weekday opening a newspaper's name is of the name."""
    return len(tokens) > 1 and tokens[0].key in TEMPORAL_WORDS and tokens[-1].key in NEWSPAPER_HEADS


def find_candidates(text: str, tokens: list[Token] | None = None) -> list[Candidate]:
    """Candidate names in `text`; `tokens` is its tokenization, when the caller already has it."""
    if tokens is None:
        tokens = tokenize(text, names_only=True)
    candidates = []
    for run in _capitalised_runs(text, tokens):
        for part in _split_run(run):
            part, initial = _drop_sentence_initial(text, part)
            named = _after_compound_modifier(part)
            initial = initial and named is part
            part = named
            part = _strip_temporal(part)
            body = _without_nationality_before_a_state_body(part)
            if body is not part:  # "the Iraqi Navy": the body, whatever else the word "Navy" could be
                candidates.append(Candidate(body, kind="organization"))
                continue
            for piece in _split_before_given_name(part):
                if piece and not _is_currency_prefix(text, piece[-1]) and not _glued_to_a_number(text, piece[0]):
                    candidate = split_title(text, piece)
                    candidate.sentence_initial = initial and piece is part
                    title = piece[: piece.index(candidate.tokens[0])]
                    head_of = _organization_in_title(text, title)
                    if head_of:
                        candidates.append(Candidate(head_of, kind="organization"))
                    elif place := _place_opening_title(title):
                        candidates.append(Candidate(place, kind="place"))
                    candidates.append(candidate)
    return _joined_across_in(text, candidates)


def _joined_across_in(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """ "Organisation for Security and Cooperation in Europe (OSCE)", "Human Rights in China": a
    body's name may hold "in" and a place, or "and", where they otherwise end a name ("Goldman
    Sachs in London", "Fiat and Renault"). The two read as one name when the text says so (see
    `_one_name_across_a_connector`), as it does for a name and seldom for a phrase or a list."""
    joined: list[Candidate] = []
    for candidate in candidates:
        previous = joined[-1] if joined else None
        if previous is not None and _one_name_across_a_connector(text, previous, candidate):
            gap = text[previous.end : candidate.start]
            connector = Token(previous.end + 1, candidate.start - 1, gap.strip())
            joined[-1] = Candidate(
                [*previous.tokens, connector, *candidate.tokens], sentence_initial=previous.sentence_initial
            )
            continue
        joined.append(candidate)
    return joined


def _one_name_across_a_connector(text: str, left: Candidate, right: Candidate) -> bool:
    """Whether two candidates with "in" or "and" between them are one body's name: an acronym
    after them spells both ("Guangdong Post and Telecommunications Administration (GPTA)"),
    or, with "in" and a place, the article writes the whole again."""
    gap = text[left.end : right.start]
    if gap not in (" in ", " and ", " & ") or left.kind is not None or left.role_start is not None:
        return False
    if right.role_start is not None or left.tokens[0].key in GIVEN_NAMES:
        return False
    acronym = bracketed_acronym(text, right.end)
    if acronym is not None:  # spells the whole, not the right part alone
        return acronym_fits(text[left.start : right.end], acronym) and not acronym_fits(
            text[right.start : right.end], acronym
        )
    return (
        gap == " in "
        and _is_known_place(right.tokens)
        and len(left.tokens) > 1
        and text.count(text[left.start : right.end]) > 1
    )


# Words of an office that are no body's name: ranks and portfolios, and the sides of a chamber.
_OFFICE_WORDS = ROLE_MODIFIERS | frozenset("majority minority ranking whip".split())

# Fields a minister or a representative is charged with ("Public Works Minister", "Trade
# Representative"): before a title they make a portfolio, not a body.
_PORTFOLIO_WORDS = frozenset(
    "trade works service services commerce industry energy education agriculture labour labor "
    "transport transportation environment housing tourism culture information economy fisheries "
    "mines planning employment immigration affairs development welfare".split()
)


def _organization_in_title(text: str, title: list[Token]) -> list[Token] | None:
    """ "Federal Reserve Chairman Alan Greenspan", "UAW Secretary-Treasurer Gary Casteel": the
    words before the office in a title name the body the person heads. Portfolio and rank words
    ("Defense Secretary", "Deputy Prime Minister"), places and nationalities ("U.S. Ambassador")
    name none; a single word names one only when it is an acronym or an organisation word, since
    "Finance Minister" or "Health Secretary" are offices, not bodies."""
    end = len(title)
    while end and (is_title_token(title[end - 1]) or title[end - 1].key in _OFFICE_WORDS):
        end -= 1
    body = title[:end]
    if not body or end == len(title) or not all(t.is_capitalised for t in body):
        return None
    keys = [t.key for t in body]
    if _is_known_place(body) or all(
        k in PLACES or t.text.lower() in PLACES or k in DEMONYMS or k in _OFFICE_WORDS or k in CONNECTORS
        for k, t in zip(keys, body, strict=True)
    ):
        return None  # "U.S. Ambassador": a place's office ("U.S." keeps its dot in the gazetteer)
    if any(k in DEMONYMS or k.rstrip("s") in DEMONYMS for k in keys) and keys[-1] not in ORG_CUES:
        return None  # "East Timorese Roman Catholic Bishop": a description of the person, not a body
    if len(body) == 1 and not (body[0].is_acronym or keys[0] in ORG_CUES):
        return None
    if (
        keys[-1] not in ORG_CUES
        and has_adjective_shape(keys[-1])
        and is_dictionary_word(keys[-1])
        and not can_be_noun(keys[-1])
    ):
        return None  # "Hong Kong Financial Secretary", "the Holy Roman Emperor": the office's adjective, no body
    portfolio = all(
        t.key in PLACES
        or t.text.lower() in PLACES
        or t.key in _OFFICE_WORDS
        or t.key in _PORTFOLIO_WORDS
        or t.key in CONNECTORS
        for t in body
    )
    if portfolio and not _named_alone(text, text[body[0].start : body[-1].end]):
        return None  # "Public Works Minister", "U.S. Trade Representative": the role's words
    if _ends_on_a_plain_word(body) and not _named_alone(text, text[body[0].start : body[-1].end]):
        return None  # "EU Farm Commissioner", "Supreme Allied Commander": the office's words, no body
    return body


def _ends_on_a_plain_word(body: list[Token]) -> bool:
    """ "EU Farm", "Supreme Allied": words before an office that end on an English word which
    names no body ("Interior Ministry", "Federal Air Traffic Control Administration" end on one
    that does; "New Party Sakigake" on no English word). A central bank's "Reserve" and the
    members a union is named for ("Transit Workers") name one too."""
    key = body[-1].key
    if key == "reserve" or key.endswith("s") and is_dictionary_word(key[:-1]):
        return False
    return key not in ORG_CUES and not body[-1].is_acronym and is_dictionary_word(key)


def _place_opening_title(title: list[Token]) -> list[Token] | None:
    """ "New Zealand Prime Minister Jim Bolger", "Quebec Premier ...": a known place that opens
    a title is named there too, as the place the office is of."""
    for end in range(len(title) - 1, 0, -1):
        if _is_known_place(title[:end]) and title[end - 1].key not in DEMONYMS:
            return title[:end]
    return None


def _is_known_place(tokens: list[Token]) -> bool:
    words = " ".join(t.text for t in tokens).lower()
    return words in PLACES or words.rstrip(".") in PLACES


def _named_alone(text: str, body: str) -> bool:
    """Whether the article writes `body` somewhere without an office after it: a portfolio
    before a title ("Public Works Minister", "U.S. Trade Representative") is the person's role,
    and names a body only where the article also names that body on its own."""
    for match in re.finditer(r"(?<![\w.])" + re.escape(body) + r"(?![\w])", text):
        following = tokenize(text[match.end() : match.end() + 40])
        if not following or not (is_title_token(following[0]) or following[0].key in _OFFICE_WORDS):
            return True
    return False


# The bodies every state has, named by what they are: "the Chilean Congress", "the Egyptian
# Interior Ministry", "the Israeli Air Force". A nationality before them describes; the name is
# the body's own ("Congress", "Interior Ministry"), as news agencies and annotators write it.
_STATE_BODIES = frozenset("congress parliament senate cabinet government army navy police military legislature".split())
_STATE_BODY_HEADS = frozenset("ministry department office court bank force forces".split())
_STATE_BODY_WORDS = frozenset(
    "foreign interior finance defence defense justice supreme central air armed high federal upper lower".split()
)


_UNIONS_OF_STATES = frozenset({"european", "african", "arab", "asian"})


def _without_nationality_before_a_state_body(tokens: list[Token]) -> list[Token]:
    """ "Chilean Congress" -> "Congress", "Egyptian Interior Ministry" -> "Interior Ministry"; but
    "Palestinian Authority" and "Brazilian Plastic Surgery Society" are bodies' own names."""
    if len(tokens) < 2 or tokens[0].key not in DEMONYMS or not all(t.is_capitalised for t in tokens):
        return tokens
    if tokens[0].key in _UNIONS_OF_STATES:
        return tokens  # "European Parliament", "European Central Bank": a union's own bodies
    rest = [t.key for t in tokens[1:]]
    if len(rest) == 1 and rest[0] in _STATE_BODIES:
        return tokens[1:]
    if (
        len(rest) > 1
        and rest[-1] in _STATE_BODY_HEADS
        and all(k in _STATE_BODY_WORDS or k in _PORTFOLIO_WORDS for k in rest[:-1])
    ):
        return tokens[1:]
    return tokens


def _split_before_given_name(tokens: list[Token]) -> list[list[Token]]:
    """ "Frenchman Patrick Vieira", "fellow Canadians Mackenzie Hughes", "AC Milan George Weah":
    a descriptor, a nationality or a club glued to the front of a personal name. The name
    starts at the given name; a place or club before it stays a name of its own."""
    for i in range(1, len(tokens) - 1):
        if tokens[i].key not in GIVEN_NAMES or len(tokens) - i > 3:
            continue
        prefix = tokens[:i]
        keys = [t.key for t in prefix]
        if " ".join(keys) in PLACES or is_club(keys):
            return [prefix, tokens[i:]]
        if all(_is_descriptor(t) for t in prefix):
            return [tokens[i:]]
    return _split_after_nationality(tokens)


def _split_after_nationality(tokens: list[Token]) -> list[list[Token]]:
    """ "Argentine Abel Balbo", "Croat Alen Boksic", "South African Amanda Coetzer": a nationality
    glued to the front of two words of a name no list knows. Only words English and the
    gazetteer do not have: "Russian Football Federation", "Irish Republican Army" and "German
    Bundesbank" keep their nationality."""
    rest = tokens[-2:]
    prefix = tokens[:-2]
    if not prefix or len(prefix) > 2 or not all(_is_descriptor(t) and t.key not in PARTY_MEMBERS for t in prefix):
        return [tokens]
    if any(t.key in DIRECTIONS for t in prefix):
        return [tokens]  # "South Carolina Gov.", "North Rhine": a direction opens a place
    if any(t.is_acronym or t.key in PLACES or t.key in ORG_CUES or is_dictionary_word(t.key.rstrip(".")) for t in rest):
        return [tokens]
    return [rest]


def _is_descriptor(token: Token) -> bool:
    """ "German", "Canadians", "Frenchman", "Third-stringer", "Full-back": words that describe
    the person named after them."""
    key = token.key
    if key in PARTY_MEMBERS:
        return True
    stem = _PLURAL_OR_PERSON_SUFFIX_RE.sub("", key)
    if key in DEMONYMS or stem in DEMONYMS or stem + "h" in DEMONYMS or stem in _NATIONALITY_NOUNS:
        return True
    if _is_follower_of_a_creed(stem):
        return True
    return _HYPHEN_LOWER_RE.search(token.text) is not None


# Nouns for one of a people that are not its adjective ("Spaniard" beside "Spanish"), which the
# gazetteer's adjectives cannot give; "Pole", "Scot" and "Finn" are left out (the North Pole, given
# names).
_NATIONALITY_NOUNS = frozenset("spaniard dane swede turk briton brit jew".split())


def _is_follower_of_a_creed(word: str) -> bool:
    """ "Islamist", "Socialist", "Separatist": one who holds to an -ism, or to a faith whose
    adjective the gazetteer has ("Islamic"), describes the person named after it ("Islamist
    Necmettin Erbakan"), as a nationality does."""
    if not word.endswith("ist"):
        return False
    creed = word[:-3]
    return creed + "ic" in DEMONYMS or is_dictionary_word(word) and is_dictionary_word(creed + "ism")


_PLURAL_OR_PERSON_SUFFIX_RE = re.compile(r"(?:s|m[ae]n|wom[ae]n)$")
_HYPHEN_LOWER_RE = re.compile(r"-[a-z]")


# ---------------------------------------------------------------------------
# Datelines


_DATELINE_RE = re.compile(
    r"^(?P<city>[A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,3})"
    r"(?:, (?P<region>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}))?"
    r"(?=,?\s*(?:\d{4}-\d\d-\d\d\b|\((?:Reuters|AP|AFP|UPI|dpa|Xinhua|Bloomberg|CNN)\)"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b|(?P<dash>[-–—] )))",
    re.MULTILINE,
)


def _dateline_candidates(text: str) -> list[Candidate]:
    """ "LONDON 1996-12-06", "TALLAHASSEE, Fla. (Reuters) -": a wire story opens with the
    place it was filed from, in capitals, then a date or the agency. The position alone
    proves the kind, even for towns no gazetteer lists."""
    candidates = []
    for match in _DATELINE_RE.finditer(text):
        if match.group("dash") and not _is_known_region(match.group("region")):
            continue
        for group in ("city", "region"):
            start, end = match.span(group)
            tokens = [t for t in tokenize(text[start:end]) if t.text[0].isupper()]
            if tokens and not any(t.key in ORG_CUES for t in tokens):  # "UNITED NATIONS"
                shifted = [Token(t.start + start, t.end + start, t.text) for t in tokens]
                candidates.append(Candidate(shifted, kind="place"))
    return candidates


def _is_known_region(region: str | None) -> bool:
    if not region:
        return False
    return region.lower() in PLACES or is_state_abbreviation(region.rstrip("."))


def with_datelines(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Dateline places replace whatever the capitalised-run reading made of those words."""
    datelines = _dateline_candidates(text)
    if not datelines:
        return candidates
    spans = [(c.start, c.end) for c in datelines]
    kept = [c for c in candidates if not any(c.start < end and start < c.end for start, end in spans)]
    return sorted(kept + datelines, key=lambda c: c.start)
