"""Deterministic named-entity spotting for news prose (standard library only).

Why rules instead of a statistical tagger: the briefing notes must be grounded in
spans of the article that anyone can re-check, the package must run without model
downloads, and news English is regular enough that a few conventions carry most of
the signal:

* names are runs of capitalised tokens ("Lloyd Austin", "Jean de la Fontaine");
  a capital at the start of a sentence proves nothing, so a sentence-initial
  common word ("However", "The") is dropped and a lone sentence-initial token is
  kept only if the text also capitalises it elsewhere;
* titles precede names ("US Defense Secretary Lloyd Austin", "envoy Robert Wood")
  and appositives follow or precede them ("Jane Roe, a spokeswoman for ..."); both
  become the entity's ``role`` rather than part of its name;
* later mentions shorten to the surname ("Austin", "Austin's"), which is attached
  to the nearest preceding full name that contains it, so two people sharing a
  token ("Kim Yonghyun", "Kim Jong-un") stay apart;
* the kind comes from cue words (Council, Ministry, Police ...), an acronym in
  parentheses, the gazetteer of countries / cities / states / provinces in
  ``gazetteer.py``, and place contexts ("in X", "X region", "the town of X",
  "X, Ivory Coast", "Tempe, Ariz.");
* a run is a person only with evidence: a known given name at its head, a title or role,
  the surname used alone later, a reporting verb, age or pronoun after it, a list of people it
  belongs to. Function words, digits, quotation marks, a work noun ("the book X") or an
  event/venue head ("World Cup") say it names a thing; company words ("Energy", "Ltd"), club
  shapes ("Leeds United"), organisation nouns ("brewer X", "X news agency") and match contexts
  say organisation. Names met only in photo credits and author lines are left out;
* a wire dateline ("LONDON 1996-12-06", "TEMPE, Ariz. (Reuters) -") names the
  place the story was filed from, whatever the gazetteer knows; nationality words
  ("Bulgarian", "Kurdish") are never places.

Spans always index the original text; ``skip`` ranges are blanked (replaced by
newlines of equal length) before anything is read, so nothing inside them counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal, Sequence

from .gazetteer import DEMONYMS, GIVEN_NAMES, PLACE_NAMES_ALSO_SURNAMES, PLACES, US_STATE_ABBREVIATIONS

Kind = Literal["person", "organization", "place", "other"]


@dataclass(frozen=True)
class Mention:
    text: str  # exactly text[start:end]
    start: int
    end: int


@dataclass
class Entity:
    name: str  # the fullest form found in the text, e.g. "Lloyd Austin"
    kind: Kind
    role: str | None  # role/title as the article states it; None if none stated
    mentions: list[Mention] = field(default_factory=list)


def _words(block: str) -> frozenset[str]:
    return frozenset(w.strip() for w in block.split("|") if w.strip())


# Words that are capitalised only because they open a sentence (or are pronouns).
COMMON_WORDS = _words(
    "a|an|the|this|that|these|those|there|here|it|its|it's|he|she|they|we|i|you|his|her|"
    "hers|their|our|my|your|him|them|us|me|who|whom|whose|what|which|where|when|why|how|"
    "however|meanwhile|moreover|furthermore|nevertheless|nonetheless|although|though|"
    "despite|after|before|while|whilst|if|unless|because|since|as|so|yet|still|now|then|"
    "also|even|only|just|both|either|neither|each|every|all|some|many|most|much|more|"
    "less|few|several|no|not|nor|none|one|two|three|in|on|at|by|for|from|with|without|"
    "within|into|onto|over|under|above|below|between|among|amid|amidst|during|through|"
    "throughout|until|till|upon|about|against|across|along|around|behind|beyond|near|"
    "of|off|out|up|down|to|toward|towards|and|but|or|other|another|such|same|again|"
    "already|instead|indeed|perhaps|maybe|thus|therefore|hence|later|earlier|today|"
    "yesterday|tomorrow|tonight|last|next|first|second|third|new|old|many|according|"
    "once|whether|wherever|whatever|whoever|whenever|overall|finally|currently|recently|"
    "please|yes|well|oh|ok|okay|let|do|does|did|is|are|was|were|be|been|being|have|has|"
    "had|will|would|can|could|should|shall|may|might|must|here's|there's|that's|what's|"
    "i'm|i've|i'd|i'll|we're|we've|they're|you're|don't|didn't|can't|isn't|it'll|"
    "related|read|see|watch|click|sign|follow|share|comments|advertisement|photo|video|"
    "besides|beside|unlike|like|including|except|regarding|concerning|following|per|"
    "via|plus|whereas|asked|speaking|born|based|given|nearly|almost|about|some"
)

TEMPORAL_WORDS = _words(
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|"
    "april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|"
    "jul|aug|sep|sept|oct|nov|dec|christmas|easter|spring|summer|autumn|winter"
)

# Honorifics mark a person but are not a role worth reporting.
HONORIFICS = _words("mr|mrs|ms|miss|mx|sir|dame|madam|mme|m")

# Words that can head a role ("spokesman", "Minister").  Lower-cased.
ROLE_NOUNS = _words(
    "president|vice-president|prime|minister|secretary|secretary-general|"
    "under-secretary|chancellor|premier|governor|gov|senator|sen|representative|rep|"
    "congressman|congresswoman|mayor|councillor|councilor|alderman|mp|mla|mpp|"
    "ambassador|envoy|diplomat|consul|spokesman|spokeswoman|spokesperson|"
    "director|director-general|chair|chairman|chairwoman|chairperson|ceo|cfo|coo|"
    "founder|co-founder|owner|president-elect|chief|head|leader|commander|general|gen|"
    "admiral|colonel|col|lt|lieutenant|major|captain|capt|sergeant|sgt|corporal|cpl|"
    "officer|constable|const|inspector|insp|superintendent|supt|detective|det|"
    "sheriff|marshal|commissioner|ombudsman|auditor|judge|justice|magistrate|"
    "prosecutor|attorney|lawyer|counsel|solicitor|barrister|professor|prof|dr|doctor|"
    "lecturer|principal|teacher|researcher|scientist|economist|analyst|"
    "strategist|adviser|advisor|consultant|expert|official|executive|manager|"
    "administrator|coordinator|organizer|organiser|treasurer|trustee|registrar|"
    "editor|reporter|correspondent|columnist|journalist|author|writer|critic|"
    "activist|advocate|campaigner|negotiator|coach|player|striker|forward|"
    "defender|defenceman|goalkeeper|goaltender|midfielder|pitcher|quarterback|"
    "king|queen|prince|princess|pope|cardinal|bishop|archbishop|rev|reverend|"
    "rabbi|imam|pastor|priest|father|sister|sheikh|emperor|speaker|agent|nurse|"
    "physician|surgeon|psychologist|psychiatrist|paramedic|firefighter|chef|"
    "member|delegate|candidate|nominee|deputy|vice|assistant|associate|aide|"
    "counterpart|sultan|emir|sheik|lord|lady|baron|baroness|duke|duchess|count|countess|director-designate|"
    "engineer|architect|pilot|farmer|designer|artist|musician|singer|actor|actress|photographer|"
    "accountant|banker|broker|investor|entrepreneur|technician|mechanic|contractor|developer|planner"
)

# Words that qualify a role without heading it ("former", "deputy", "top").
ROLE_MODIFIERS = _words(
    "former|acting|interim|deputy|associate|assistant|senior|junior|chief|top|"
    "vice|executive|general|special|lead|principal|head|co|then|longtime|"
    "federal|provincial|state|national|regional|municipal|city|foreign|defence|"
    "defense|finance|health|justice|interior|public|security|policy|press|"
    "communications|media|crown|police|military|senior-level|veteran|elected|"
    "incoming|outgoing|retired|founding|managing|programme|program|team|club|"
    "union|party|opposition|government|company|campaign|research|legal|medical"
)

ORG_CUES = _words(
    "council|ministry|service|services|university|college|school|institute|"
    "assembly|federation|inc|corp|corporation|co|ltd|llc|plc|company|party|police|"
    "news|agency|department|dept|committee|commission|association|union|nations|"
    "house|bank|group|foundation|society|board|authority|court|parliament|senate|"
    "congress|government|office|bureau|press|times|post|star|globe|mail|herald|"
    "journal|tribune|gazette|network|radio|television|tv|broadcasting|magazine|"
    "club|team|league|fc|airlines|airways|motors|holdings|partners|systems|"
    "technologies|labs|laboratories|hospital|clinic|centre|center|church|army|"
    "navy|force|forces|guard|command|coalition|alliance|organization|organisation|"
    "fund|trust|network|institution|academy|museum|library|affairs|relations|"
    "secretariat|cabinet|tribunal|administration|exchange|market|industries|"
    "media|reuters|press|ngo|charity|caucus|directorate|firm|studio|studios"
)

PLACE_CUES = _words(
    "region|province|state|county|city|district|island|islands|peninsula|river|lake|"
    "valley|territory|territories|oblast|mountains|mountain|bay|gulf|sea|ocean|coast|"
    "strait|canyon|desert|county|township|village|town|borough|prefecture|avenue|"
    "street|road|highway|park|square|airport|harbour|harbor|beach|falls|heights|"
    "hills|creek|reserve|republic|kingdom|emirates|st|ave|rd|blvd|country"
)

PLACE_PREFIXES = _words("lake|mount|mt|fort|port|cape|gulf|bay|isle|lac|rio|san|santa|sao|puerto")

# Lower-case nouns that make the name before them a place ("the Kazanluk area", "Qinglan port").
PLACE_NOUNS_AFTER = _words("area|port|municipality|suburb|neighbourhood|neighborhood|enclave|resort")

# Heads of "Republic of Ireland", "Kingdom of Spain", "State of Israel".
POLITY_NOUNS = _words("republic|kingdom|state|province|principality|emirate|sultanate|commonwealth|island|islands|isle")

# Articles that open place names as well as surnames: "La Plagne", "Le Mans", "Los Alamos".
PLACE_ARTICLES = _words("la|le|les|los|las|el")

PLACE_PREPOSITIONS = _words("in|from|near|across|throughout|outside|inside")

DIRECTIONS = _words(
    "north|south|east|west|northern|southern|eastern|western|central|northeast|northwest|"
    "southeast|southwest|upper|lower|greater|inner|outer"
)

PERSON_PARTICLES = _words(
    "de|da|del|della|di|du|des|van|von|der|den|ter|la|le|bin|ibn|al|el|y|dos|das|st"
)

CONNECTORS = _words("of|for|and|the|&|on|upon")

# Words that end company and institution names but are not general organisation cues
# ("Suncor Energy", "Salomon Brothers", "Brewpole BV", "Warsaw Newsroom").
COMPANY_WORDS = _words(
    "brothers|bros|energy|oil|gas|mining|minerals|resources|petroleum|financial|capital|"
    "securities|insurance|investments|consulting|images|channel|ministries|mobile|telecom|"
    "communications|entertainment|pictures|records|railway|railways|transit|theatre|theater|"
    "brewery|breweries|pharmaceuticals|foods|stores|mart|newsroom|desk|bv|nv|sa|ag|gmbh|spa|"
    "ab|asa|oyj|pty|lp|llp|kk|bhd|tbk|pte|gp|plus|wireless|software|electronics|steel|"
    "chemicals|logistics|shipping|motors|automotive|aerospace|dynamics"
)

# The legal-form words that end company names: "Co Inc", "Ltd", "NV".
COMPANY_SUFFIXES = _words("inc|corp|co|ltd|plc|llc|sa|nv|bv|ag|gmbh|lp|llp|pty|corporation|company|cos")

# Heads of events, venues, works and documents: "World Cup", "Farmers Insurance Open",
# "Ice Complex", "Food Price Report". They are talked about; they do not act.
THING_HEADS = _words(
    "cup|open|championship|championships|tournament|trophy|prize|award|awards|games|olympics|"
    "festival|mall|plaza|stadium|arena|complex|station|line|project|program|programme|report|"
    "strategy|assessment|act|conference|summit|expo|show|lounge|hotel|restaurant|cafe|course|"
    "day|eve|year|week|soup|salad|cream|fuel|razor|series|classic|pro-am|marathon|"
    "race|rally|prix|derby|bowl|playoffs|final|finals|skytrain|highway|challenge|index"
)

# Lower-case nouns that name a kind of organisation: "brewer Zywiec", "the Xinhua news agency",
# "Dixon Hall, a non-profit agency". Next to a name, they make it an organisation.
ORG_NOUNS = _words(
    "agency|newspaper|daily|weekly|tabloid|broadcaster|brewer|brewery|bank|lender|insurer|"
    "company|firm|group|club|side|team|party|charity|brokerage|network|channel|station|"
    "magazine|publisher|carrier|airline|retailer|chain|manufacturer|maker|automaker|carmaker|"
    "operator|union|organization|organisation|association|foundation|movement|militia|"
    "nonprofit|non-profit|supermarket|supermarkets|conglomerate|subsidiary|startup|start-up|"
    "outlet|utility|miner|producer|exporter|importer|developer|distributor|franchise|"
    "institute|institution|council|ministry|department|band|coalition|alliance|consortium|"
    "corporation|corp|conglomerate|think-tank|watchdog|regulator|federation|league"
)

# Lower-case nouns that name a work: "the new book They Call Me George", "the movie Home Alone".
WORK_NOUNS = _words(
    "book|books|novel|memoir|autobiography|biography|cookbook|album|song|single|film|films|"
    "movie|movies|show|shows|series|sitcom|play|musical|opera|column|podcast|episode|"
    "documentary|classic|installation|exhibit|exhibition|painting|poem|game|app|campaign|"
    "title|program|programme|franchise|brand|product|drama|comedy|thriller|track|anthology"
)

# Capitalised function words never sit inside a personal name: "They Call Me George",
# "Baking With Julia", "Meatball Soup These", "We Are In".
FUNCTION_WORDS = _words(
    "the|a|an|we|they|me|my|you|your|our|us|it|its|is|are|am|was|were|be|been|with|from|"
    "into|not|this|that|these|those|what|who|how|why|when|where|about|without|every|to|"
    "in|on|at|by|if|do|does|did|can|has|have|had|call|get|here|there|now|new|or|but|than|"
    "all|some|any|no|yes|one|two|three|multiple|more|most|less|very|just|only"
)

# Sports clubs: "Manchester United", "Real Madrid", "Rapid Vienna", "Dallas Cowboys".
CLUB_SUFFIXES = _words("united|rovers|wanderers|athletic|albion|rangers|hotspur|villa|fc|sc|afc|ac")
CLUB_PREFIXES = _words(
    "real|rapid|dynamo|dinamo|sporting|atletico|atlético|olympique|olympiacos|inter|ac|fc|"
    "sc|spartak|lokomotiv|cska|partizan|steaua|borussia|red star|racing|deportivo|union"
)

# Plural nouns for groups of people: "Witnesses said", "Officials say" open sentences, they
# name nobody.
GROUP_NOUNS = _words(
    "witnesses|officials|analysts|traders|authorities|diplomats|residents|police|sources|"
    "investigators|experts|critics|reports|observers|dealers|economists|doctors|lawyers|"
    "prosecutors|researchers|scientists|officers|protesters|demonstrators|activists|"
    "organizers|organisers|locals|villagers|soldiers|rebels|militants|neighbours|neighbors|"
    "parents|students|teachers|workers|fans|supporters|opponents|voters|brokers|bankers|"
    "investors|executives|participants|survivors|relatives|families|others|people|staff|"
    "aides|insiders|studies|statistics|figures|documents|records|polls|surveys|heavyweights|"
    "leaders|members|delegates|negotiators|players|coaches|sources|scholars|historians"
)

REPORTING_VERBS = _words(
    "said|says|say|told|tells|added|adds|noted|notes|stated|states|warned|warns|asked|"
    "asks|explained|explains|wrote|writes|argued|argues|claimed|claims|insisted|"
    "insists|replied|replies|responded|responds|recalled|recalls|remarked|remarks|"
    "continued|acknowledged|acknowledges|admitted|admits|announced|"
    "announces|confirmed|confirms|declared|declares|emphasized|emphasised|"
    "stressed|stresses|suggested|suggests|tweeted|tweets|posted|posts|agreed|agrees|"
    "mentioned|mentions|observed|observes|pointed|points|reiterated|reiterates|"
    "shouted|yelled|joked|jokes|laughed|cautioned|predicted|predicts|concluded|"
    "concludes|described|describes|called|calls|echoed|echoes|"
    "testified|recounted|conceded|concedes|countered|counters|exclaimed|"
    "whispered|quipped|boasted|complained|complains|charged|alleged|alleges|denied|"
    "denies|maintained|maintains|added|answered|answers|estimated|estimates|"
    "indicated|indicates|revealed|reveals|reported|reports|expressed|commented|"
    "comments|according|retorted|crowed|scolded|snapped|mused|sniffed|gushed|vowed|"
    "pleaded|pledged|promised|demanded|wondered|sighed|chimed|interjected|shared|"
    "offered|conceded|lamented|marvelled|marveled|raged|fumed|texted|emailed|e-mailed"
)

_ABBREVIATIONS = _words(
    "mr|mrs|ms|dr|prof|st|sen|rep|gov|gen|lt|col|capt|sgt|cpl|const|insp|supt|det|"
    "rev|jr|sr|mt|ft|no|vs|co|corp|inc|ltd|dept|univ|sask|alta|ont|que|man|nfld"
)

_TOKEN_RE = re.compile(
    r"(?:[A-Z]\.){2,}"  # dotted acronyms: U.S., N.S.
    r"|[^\W\d_][\w]*(?:[-'’][\w]+)*"  # words, incl. O'Brien, Jong-un, Austin's
    r"|&(?= [A-Z])"  # "Toyo Trust & Banking Co"
)
_POSSESSIVE_RE = re.compile(r"['’]s$")
_ACRONYM_RE = re.compile(r"^[A-Z][A-Z&]{1,6}$")
_ARABIC_ARTICLE_RE = re.compile(r"^(?:al|el|ad|as|ash|at|bin|ibn|abu)-[A-Z]")  # "al-Assad"
_SENTENCE_OPENERS = "\"“”‘'([•*-–—·"


@dataclass
class _Token:
    start: int
    end: int
    text: str
    possessive: bool = False

    @property
    def key(self) -> str:
        return self.text.lower().rstrip(".")

    @property
    def is_capitalised(self) -> bool:
        return self.text[0].isupper() or _ARABIC_ARTICLE_RE.match(self.text) is not None

    @property
    def is_acronym(self) -> bool:
        return bool(_ACRONYM_RE.match(self.text.replace(".", "")))


def mask_skipped(text: str, skip: Sequence[tuple[int, int]]) -> str:
    """Blank skip ranges with newlines so offsets survive and nothing inside is read."""
    chars = list(text)
    for start, end in skip:
        for i in range(max(0, start), min(len(chars), end)):
            chars[i] = "\n"
    return "".join(chars)


def _tokenize(text: str) -> list[_Token]:
    tokens = []
    for match in _TOKEN_RE.finditer(text):
        start, end = match.span()
        word = match.group()
        possessive = bool(_POSSESSIVE_RE.search(word)) and len(word) > 2
        if possessive:
            end -= 2
        elif end < len(text) and text[end] == "." and (is_abbreviation(word) or _is_state_abbreviation(word)):
            end += 1
        tokens.append(_Token(start, end, text[start:end], possessive))
    return tokens


def _is_state_abbreviation(word: str) -> bool:
    """"Fla", "Calif": AP-style state abbreviations, capitalised as written."""
    return word[:1].isupper() and word.lower() in US_STATE_ABBREVIATIONS


def is_abbreviation(word: str) -> bool:
    return word.lower() in _ABBREVIATIONS or (len(word) == 1 and word.isupper())


def is_sentence_start(text: str, pos: int) -> bool:
    """True when `pos` opens a sentence, line or quotation."""
    i = pos - 1
    while i >= 0 and (text[i] in " \t" or text[i] in _SENTENCE_OPENERS):
        if text[i] in "\"“‘(" and i + 1 == pos:
            return True
        i -= 1
    if i < 0 or text[i] in "\n\r!?:;":
        return True
    if text[i] == ".":
        word = re.search(r"(\S+)\.$", text[max(0, i - 12) : i + 1])
        return not (word and is_abbreviation(word.group(1).split(".")[-1] or "x"))
    return False


def _line_is_headline(text: str, pos: int) -> bool:
    """Title-case or all-caps lines (headlines, bylines) say little about kinds."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : end if end != -1 else len(text)].strip()
    words = re.findall(r"[^\W\d_][\w'’-]*", line)
    if len(words) < 3 or line.endswith((".", '"', "”")) and not line.isupper():
        return False
    content = [w for w in words if len(w) > 3] or words
    return sum(w[0].isupper() for w in content) / len(content) >= 0.75


# ---------------------------------------------------------------------------
# Candidate spans


@dataclass
class _Candidate:
    tokens: list[_Token]
    role: str | None = None
    role_start: int | None = None
    sentence_initial: bool = False
    kind: Kind | None = None  # known from where it stands (a dateline), not from its words

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end

    @property
    def keys(self) -> list[str]:
        return [t.key for t in self.tokens]


def _capitalised_runs(text: str, tokens: list[_Token]) -> list[list[_Token]]:
    """Maximal runs of capitalised tokens joined by single spaces and connectors."""
    runs: list[list[_Token]] = []
    current: list[_Token] = []
    for token in tokens:
        joinable = (
            current
            and text[current[-1].end : token.start] == " "
            and not current[-1].possessive
            and not (current[-1].text.endswith(".") and _is_state_abbreviation(current[-1].text[:-1]))
        )
        if token.is_capitalised and token.key not in ("i",):
            if not joinable:
                current = _flush(runs, current)
            current.append(token)
        elif joinable and (token.key in CONNECTORS or token.key in PERSON_PARTICLES):
            current.append(token)
        else:
            current = _flush(runs, current)
    _flush(runs, current)
    return runs


def _flush(runs: list[list[_Token]], current: list[_Token]) -> list[_Token]:
    while current and not current[-1].is_capitalised:
        current.pop()
    if current:
        runs.append(current)
    return []


def _split_run(run: list[_Token]) -> list[list[_Token]]:
    """Split at connectors unless the left part names an institution or title."""
    parts: list[list[_Token]] = [[]]
    for i, token in enumerate(run):
        left = parts[-1]
        if token.is_capitalised or token.key in PERSON_PARTICLES:
            left.append(token)
            continue
        if token.key in ("of", "for", "&", "and", "on", "upon") and _keeps_together(left, token.key, run[i + 1 :]):
            left.append(token)
        elif token.key == "the" and left and left[-1].key in ("of", "for", "on"):
            left.append(token)
        else:
            parts.append([])
    return [p for p in (_trim_connectors(p) for p in parts) if p]


def _keeps_together(left: list[_Token], connector: str, right: list[_Token]) -> bool:
    """"Bank of Canada", "Minister of Finance", "Gulf of Mexico" stay whole; but "Kansas City and
    Cincinnati" are two places (a place joins by "and" only into an institution: "State Law and
    Order Restoration Council"), and "General Joseph Garba of Nigeria" is a person and a place:
    once a personal name has followed the title, "of" starts something new."""
    if connector in ("of", "and") and _is_titled_name(left):
        return False
    if connector in ("and", "&"):
        if left and left[-1].key in COMPANY_SUFFIXES:  # "Barrick Gold Corp and Bre-X Minerals Ltd"
            return False
        if any(t.key in COMPANY_SUFFIXES for t in right[:3]):  # "Russ Berrie and Co Inc"
            return True
        return any(t.key in ORG_CUES or t.key in ROLE_NOUNS for t in left) or (
            any(t.key in PLACE_CUES for t in left) and any(t.key in ORG_CUES for t in right)
        )
    return any(t.key in ORG_CUES or t.key in ROLE_NOUNS or t.key in PLACE_CUES for t in left)


def _is_titled_name(tokens: list[_Token]) -> bool:
    """"Prime Minister Benjamin Netanyahu": capitalised words ending in a name after a title."""
    vocabulary = ORG_CUES | ROLE_NOUNS | ROLE_MODIFIERS | PLACE_CUES | PLACES
    return (
        any(t.key in ROLE_NOUNS for t in tokens)
        and all(t.is_capitalised and t.key not in ORG_CUES for t in tokens)
        and tokens[-1].key not in vocabulary
    )


def _trim_connectors(tokens: list[_Token]) -> list[_Token]:
    while tokens and not tokens[-1].is_capitalised:
        tokens = tokens[:-1]
    while tokens and not tokens[0].is_capitalised:
        tokens = tokens[1:]
    return tokens


def _is_common_word(token: _Token) -> bool:
    return token.key in COMMON_WORDS and not token.is_acronym


def _drop_sentence_initial(text: str, tokens: list[_Token]) -> tuple[list[_Token], bool]:
    """Remove capitals that only mark a sentence start ("However", "The", "Why It").

    Returns the remaining tokens and whether they still count as sentence-initial
    (after "What Happened", "Happened" proves no more than "What" did).
    """
    dropped = False
    while tokens and (is_sentence_start(text, tokens[0].start) or dropped and _is_common_word(tokens[0])):
        first = tokens[0]
        if _opens_place(text, tokens):
            break
        if _is_common_word(first) or first.key in TEMPORAL_WORDS:
            tokens = _trim_connectors(tokens[1:])
            dropped = True
        elif (
            len(tokens) > 1
            and first.key not in PLACES
            and first.key not in ROLE_NOUNS
            and first.key not in DEMONYMS
            and _appears_lowercase(text, first.text)
        ):
            tokens = _trim_connectors(tokens[1:])
            dropped = True
        else:
            break
    initial = dropped or bool(tokens) and is_sentence_start(text, tokens[0].start)
    return tokens, initial


def _is_currency_prefix(text: str, token: _Token) -> bool:
    """"US$ 24 billion", "C$ 1.92": the letters qualify a currency sign, they name nothing."""
    return text[token.end : token.end + 1] == "$"


def _opens_place(text: str, tokens: list[_Token]) -> bool:
    """"New Mexico", "South Africa": a sentence-initial common word that begins a known place."""
    return any(
        text[tokens[0].start : tokens[i].end].lower() in PLACES for i in range(1, min(len(tokens), 4))
    )


def _appears_lowercase(text: str, word: str) -> bool:
    return re.search(r"\b" + re.escape(word.lower()) + r"\b", text) is not None


def _strip_temporal(tokens: list[_Token]) -> list[_Token]:
    while tokens and tokens[-1].key in TEMPORAL_WORDS:
        tokens = _trim_connectors(tokens[:-1])
    while tokens and tokens[0].key in TEMPORAL_WORDS:
        tokens = _trim_connectors(tokens[1:])
    return tokens


def _candidates(text: str) -> list[_Candidate]:
    tokens = _tokenize(text)
    candidates = []
    for run in _capitalised_runs(text, tokens):
        for part in _split_run(run):
            part, initial = _drop_sentence_initial(text, part)
            part = _strip_temporal(part)
            for piece in _split_before_given_name(part):
                if piece and not _is_currency_prefix(text, piece[-1]):
                    candidate = _split_title(text, piece)
                    candidate.sentence_initial = initial and piece is part
                    candidates.append(candidate)
    return candidates


def _split_before_given_name(tokens: list[_Token]) -> list[list[_Token]]:
    """"Frenchman Patrick Vieira", "fellow Canadians Mackenzie Hughes", "AC Milan George Weah":
    a descriptor, a nationality or a club glued to the front of a personal name. The name
    starts at the given name; a place or club before it stays a name of its own."""
    for i in range(1, len(tokens) - 1):
        if tokens[i].key not in GIVEN_NAMES or len(tokens) - i > 3:
            continue
        prefix = tokens[:i]
        keys = [t.key for t in prefix]
        if " ".join(keys) in PLACES or _is_club(keys):
            return [prefix, tokens[i:]]
        if all(_is_descriptor(t) for t in prefix):
            return [tokens[i:]]
    return [tokens]


def _is_descriptor(token: _Token) -> bool:
    """"German", "Canadians", "Frenchman", "Third-stringer", "Full-back": words that describe
    the person named after them."""
    key = token.key
    stem = re.sub(r"(?:s|m[ae]n|wom[ae]n)$", "", key)
    if key in DEMONYMS or stem in DEMONYMS or stem + "h" in DEMONYMS:
        return True
    return re.search(r"-[a-z]", token.text) is not None


# ---------------------------------------------------------------------------
# Datelines

_DATELINE_RE = re.compile(
    r"^(?P<city>[A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,3})"
    r"(?:, (?P<region>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}))?"
    r"(?=,?\s*(?:\d{4}-\d\d-\d\d\b|\((?:Reuters|AP|AFP|UPI|dpa|Xinhua|Bloomberg|CNN)\)"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b|(?P<dash>[-–—] )))",
    re.MULTILINE,
)


def _dateline_candidates(text: str) -> list[_Candidate]:
    """"LONDON 1996-12-06", "TALLAHASSEE, Fla. (Reuters) -": a wire story opens with the
    place it was filed from, in capitals, then a date or the agency. The position alone
    proves the kind, even for towns no gazetteer lists."""
    candidates = []
    for match in _DATELINE_RE.finditer(text):
        if match.group("dash") and not _is_known_region(match.group("region")):
            continue
        for group in ("city", "region"):
            start, end = match.span(group)
            tokens = [t for t in _tokenize(text[start:end]) if t.text[0].isupper()]
            if tokens and not any(t.key in ORG_CUES for t in tokens):  # "UNITED NATIONS"
                shifted = [_Token(t.start + start, t.end + start, t.text) for t in tokens]
                candidates.append(_Candidate(shifted, kind="place"))
    return candidates


def _is_known_region(region: str | None) -> bool:
    return bool(region) and (region.lower() in PLACES or _is_state_abbreviation(region.rstrip(".")))


def _with_datelines(text: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """Dateline places replace whatever the capitalised-run reading made of those words."""
    datelines = _dateline_candidates(text)
    if not datelines:
        return candidates
    spans = [(c.start, c.end) for c in datelines]
    kept = [c for c in candidates if not any(c.start < end and start < c.end for start, end in spans)]
    return sorted(kept + datelines, key=lambda c: c.start)


# ---------------------------------------------------------------------------
# Roles


def _is_title_token(token: _Token) -> bool:
    return token.key in ROLE_NOUNS or token.key in HONORIFICS


def _split_title(text: str, tokens: list[_Token]) -> _Candidate:
    """"US Defense Secretary Lloyd Austin" -> name "Lloyd Austin", role "US Defense Secretary"."""
    first_title = next((i for i, t in enumerate(tokens) if _is_title_token(t)), -1)
    if first_title < 0:
        return _Candidate(tokens)
    last_title = max(i for i, t in enumerate(tokens) if i >= first_title and (_is_title_token(t) or t.key in ORG_CUES))
    rest = tokens[last_title + 1 :]
    if not rest or len(rest) > 4 or any(not t.is_capitalised for t in rest):
        return _Candidate(tokens)
    if any(t.key in ORG_CUES for t in tokens[:last_title]) and tokens[last_title].key in ("head", "member"):
        return _Candidate(tokens)
    title = tokens[: last_title + 1]
    if all(t.key in HONORIFICS for t in title):
        return _Candidate(rest, role=None, role_start=title[0].start)
    return _Candidate(rest, role=text[title[0].start : title[-1].end], role_start=title[0].start)


def _role_before(text: str, start: int) -> int | None:
    """Start of lower-case role words just before a name ("... Council spokesman John Kirby")."""
    words = []
    pos = start
    while match := re.search(r"(?<![\w'’-])([a-z][\w'’-]*) $", text[max(0, pos - 40) : pos]):
        word = match.group(1)
        if word not in ROLE_NOUNS and word not in ROLE_MODIFIERS:
            break
        pos -= len(word) + 1
        words.append(word)
    if not any(w in ROLE_NOUNS for w in words):
        return None
    return _extend_with_capitalised_qualifier(text, pos)


def _extend_with_capitalised_qualifier(text: str, pos: int) -> int:
    """Include "National Security Council" / "Russia's" / "US" right before a role noun."""
    match = re.search(r"((?:[A-Z][\w.'’-]* )*[A-Z][\w.'’-]*) $", text[max(0, pos - 80) : pos])
    if not match:
        return pos
    qualifier_start = pos - len(match.group(0))
    words = match.group(1).split()
    while words and words[0].lower() in COMMON_WORDS and not words[0].isupper():
        qualifier_start += len(words[0]) + 1
        words = words[1:]
    return qualifier_start if words else pos


_APPOSITIVE_AFTER_RE = re.compile(
    r"^,\s+(?:(?:a|an|the)\s+(?:[\w'’-]+['’]s\s+)?|(?:his|her|their|its)\s+)?"
    r"(?P<role>[^,;.!?()\"“”\n]{2,120}?)(?=,|\.\s|;|\)|$|\n| who | and (?:a|an|the) )"
)


def _role_after(text: str, end: int) -> str | None:
    """Appositive after the name: "Jane Roe, a spokeswoman for the agency, said"."""
    match = _APPOSITIVE_AFTER_RE.match(text[end : end + 160])
    if not match:
        return None
    return _role_phrase(match.group("role"))


def _role_phrase(phrase: str) -> str | None:
    words = phrase.split()
    if not words or len(words) > 14:
        return None
    head_zone = [w.lower().strip(",.") for w in words[:6]]
    if not any(w in ROLE_NOUNS or w.split("-")[0] in ROLE_NOUNS for w in head_zone):
        return None
    return " ".join(words)


_APPOSITIVE_BEFORE_RE = re.compile(
    r"(?:^|[.!?;:\n]\s*|,\s+|\b(?:while|and|but|when|as|where)\s+)"
    r"(?:(?:the|a|an)\s+(?:[a-z][\w'’-]*['’]s\s+)?)?"
    r"(?P<role>[^,;.!?()\"“”\n]{2,120}),\s+$",
    re.IGNORECASE,
)


def _role_before_appositive(text: str, start: int, end: int) -> str | None:
    """Appositive before the name: "The agency's chief economist, Jane Roe, said"."""
    if text[end : end + 1] != ",":
        return None
    match = _APPOSITIVE_BEFORE_RE.search(text[max(0, start - 160) : start])
    if not match:
        return None
    phrase = re.sub(r"^(?:while|and|but|when|as|where)\s+", "", match.group("role"), flags=re.IGNORECASE)
    phrase = re.sub(r"^(?:the|a|an)\s+(?:[a-z][\w'’-]*['’]s\s+)?", "", phrase, flags=re.IGNORECASE)
    return _role_phrase(phrase)


def _find_role(text: str, candidate: _Candidate) -> str | None:
    start = candidate.role_start if candidate.role_start is not None else candidate.start
    role_start = _role_before(text, start)
    if role_start is not None:
        return text[role_start : candidate.start].strip()
    if candidate.role:
        return candidate.role
    return _role_after(text, candidate.end) or _role_before_appositive(text, start, candidate.end)


# ---------------------------------------------------------------------------
# Kinds


def _is_place_name(name: str) -> bool:
    return name.lower() in PLACES


def _in_gazetteer(token: _Token) -> bool:
    """By key ("Ontario's" -> "ontario") or as written ("U.S." keeps its last dot)."""
    return token.key in PLACES or token.text.lower() in PLACES


def _followed_by_acronym(text: str, end: int) -> str | None:
    match = re.match(r" \(([A-Z][A-Za-z&]{1,7})\)", text[end : end + 12])
    return match.group(1) if match else None


def _classify(
    text: str, candidate: _Candidate, lone_words: frozenset[str] = frozenset(), need_evidence: bool = True
) -> Kind:
    """The kind of a candidate from its words and the words around it. `lone_words` are the
    capitalised words the text also uses on their own: a later "Austin" vouches for "Lloyd Austin".
    Without `need_evidence`, a run shaped like a personal name counts as one."""
    if candidate.kind:
        return candidate.kind
    keys = candidate.keys
    name = text[candidate.start : candidate.end]
    if any(k in ORG_CUES for k in keys) or _followed_by_acronym(text, candidate.end):
        if not (keys[-1] in PLACE_CUES):
            return "organization"
    if _is_place_name(name):
        return "place"
    if _is_club(keys) or _is_company(keys):
        return "organization"
    if _is_demonym(keys) or _is_title_only(keys):  # "the Bulgarian town", "Secretary of State"
        return "other"
    if keys[-1] in PLACE_CUES or keys[0] in PLACE_PREFIXES or _place_context(text, candidate):
        return "place"
    if keys[-1] in PLACES and all(k in DIRECTIONS for k in keys[:-1]):
        return "place"
    if len(keys) > 2 and keys[0] in POLITY_NOUNS and keys[1] == "of":  # "Republic of Ireland"
        return "place"
    if len(keys) == 1 and candidate.tokens[0].is_acronym:  # "the U.N. charter", "the NWS said"
        return "organization"
    if _is_work_or_thing(text, candidate):
        return "other"
    if _organization_context(text, candidate):
        return "organization"
    if _team_context(text, candidate) and not _person_evidence(text, candidate, lone_words):
        return "organization"
    if _after_definite_article(text, candidate.start):
        return "other"
    if any(k in DEMONYMS or k.rstrip("s") in DEMONYMS for k in keys) or all(k in PLACES for k in keys):
        return "other"
    if keys[-1] in PLACES and keys[-1] not in PLACE_NAMES_ALSO_SURNAMES:  # "Export Development Canada"
        return "other"
    if len(keys) == 1:
        if candidate.role_start is not None or _person_context(text, candidate) or keys[0] in GIVEN_NAMES:
            return "person"
        return "person" if _role_before(text, candidate.start) is not None else "other"
    if len(keys) <= 4 and not any(t.is_acronym and "." not in t.text for t in candidate.tokens):
        return "person" if not need_evidence or _person_evidence(text, candidate, lone_words) else "other"
    return "other"


def _is_club(keys: list[str]) -> bool:
    """"Manchester United", "Real Madrid", "Dallas Cowboys": a place with a club word, or a
    place followed by a plural nickname."""
    if len(keys) < 2:
        return False
    head, tail = " ".join(keys[:-1]), keys[-1]
    if head in PLACES and (tail in CLUB_SUFFIXES or _is_plural_nickname(tail)):
        return head not in GIVEN_NAMES or tail in CLUB_SUFFIXES
    return keys[0] in CLUB_PREFIXES and " ".join(keys[1:]) in PLACES


def _is_company(keys: list[str]) -> bool:
    """"Suncor Energy", "Salomon Brothers", "Brewpole BV" - but "Jason Steel" is a person."""
    if len(keys) < 2 or keys[-1] not in COMPANY_WORDS:
        return False
    return not (len(keys) == 2 and keys[0] in GIVEN_NAMES)


def _is_plural_nickname(key: str) -> bool:
    """"cowboys", "senators", "maple leafs": a plural, unlike the surnames after cities
    ("Paris Hilton") - though "Houston Rockets" and "Georgia Evans" look alike, which is why
    cities that are also given names need a club word."""
    return len(key) > 3 and key.endswith("s") and not key.endswith(("ss", "'s", "us", "is"))


def _is_work_or_thing(text: str, candidate: _Candidate) -> bool:
    """Evidence that a capitalised run names a work, an event, a venue or a product rather
    than someone: a capitalised function word inside ("They Call Me George"), a digit
    ("Bill C-74"), quotation marks right around it ("Bird Man"), a work noun just before it
    ("the book Home Alone") or an event/venue head ("World Cup", "Regent Theater")."""
    tokens = candidate.tokens
    function_words = [t for t in tokens if t.key in FUNCTION_WORDS and t.is_capitalised]
    if function_words and not (tokens[0].key in GIVEN_NAMES and all(len(t.text) <= 2 for t in function_words)):
        return True
    if any(ch.isdigit() for t in tokens for ch in t.text):
        return True
    if _is_quoted(text, candidate.start, candidate.end):
        return True
    if _after_work_noun(text, candidate.start):
        return True
    if len(tokens) > 1 and tokens[-1].key in THING_HEADS:
        return not (len(tokens) == 2 and tokens[0].key in GIVEN_NAMES)  # "Jason Day"
    return False


def _is_quoted(text: str, start: int, end: int) -> bool:
    return text[start - 1 : start] in ("\"", "“", "‘") and text[end : end + 1] in ("\"", "”", "’")


_WORD_BEFORE_RE = re.compile(r"([a-z][\w-]*),? $")


def _word_before(text: str, start: int) -> str:
    """The lower-case word just before a name, past one comma ("autobiography, My Name")."""
    match = _WORD_BEFORE_RE.search(text[max(0, start - 30) : start])
    return match.group(1) if match else ""


_WORK_NOUN_BEFORE_RE = re.compile(
    r"(?:\b(?:the|a|an|his|her|their|its|our|my|your|this|that)|\d{4}|[\w.]['’]s)"
    r"(?: [\w-]+){0,2} ([a-z][\w-]*),? $"
)


def _after_work_noun(text: str, start: int) -> bool:
    """"the new book X", "her 1998 autobiography, X", "Durning's X": a determiner before the
    noun tells the noun ("book") from a verb ("Fox shows Rebecca Ferguson")."""
    match = _WORK_NOUN_BEFORE_RE.search(text[max(0, start - 50) : start])
    return bool(match) and match.group(1) in WORK_NOUNS


_ORG_NOUN_AFTER_RE = re.compile(r" (?:news )?([a-z][\w-]*)\b")
_ROLE_AFTER_NAME_RE = re.compile(r" ((?:[a-z][\w-]* ){0,2})([a-z][\w-]*) [A-Z]")
_ORG_APPOSITIVE_RE = re.compile(
    r", (?:a|an|the) (?:[\w-]+,? ){0,4}?([a-z][\w-]*)(?=[,.;]| (?:in|for|of|that|which|based|with|from)\b)"
)
_ROLE_AT_RE = re.compile(r"\b([a-z][\w-]*) (?:at|with) (?:the )?$")


def _organization_context(text: str, candidate: _Candidate) -> bool:
    """"brewer Zywiec", "the Xinhua news agency", "PaineWebber analyst Marc Cohen",
    "a strategist with Credit Suisse", "Dixon Hall, a non-profit agency": the words next to
    the name say it is an organisation. A given name at its head says otherwise."""
    if candidate.keys[0] in GIVEN_NAMES or candidate.role_start is not None or _has_demonym(candidate.keys):
        return False  # "South Korean counterpart Kim Yonghyun" describes the counterpart
    if _word_before(text, candidate.start) in ORG_NOUNS:
        return True
    after = text[candidate.end : candidate.end + 60]
    following = _ORG_NOUN_AFTER_RE.match(after)
    if following and following.group(1) in ORG_NOUNS:
        return True
    role = _ROLE_AFTER_NAME_RE.match(after)
    if role and role.group(2) in ROLE_NOUNS and all(w in ROLE_MODIFIERS for w in role.group(1).split()):
        return True
    appositive = _ORG_APPOSITIVE_RE.match(text[candidate.end : candidate.end + 80])
    if appositive and appositive.group(1) in ORG_NOUNS:
        return True
    role_before = _ROLE_AT_RE.search(text[max(0, candidate.start - 40) : candidate.start])
    return bool(role_before) and role_before.group(1) in ROLE_NOUNS


# "beaten 1-0 by X", "at home to X", "playing for X", "a 2-0 win over X": sides in a match.
_OPPONENT_BEFORE_RE = re.compile(
    r"\b(?:beat|beats|beaten by|defeated|defeat by|defeat to|win over|victory over|draw with|drew with|"
    r"lost to|loss to|at home to|away to|against|playing for|played for|plays for|signed for|"
    r"overwhelming|overwhelmed|thrashed|routed|edged|hammered|entertain|entertains|host|hosts|"
    r"winning \d+-\d+ at)\s+(?:the\s+)?$"
)
_SCORE_AFTER_RE = re.compile(r" \d{1,3}(?:-\d{1,3})?(?: |$|\n|,|\.)")


def _team_context(text: str, candidate: _Candidate) -> bool:
    """A name the gazetteer does not know, met as one side of a match ("against Middlesbrough",
    "Arsenal 2 Derby 1") or as a plural after "the" ("the Wallabies", "the Barbarians"), names
    a team or a group, not a person."""
    keys = candidate.keys
    if keys[0] in GIVEN_NAMES or candidate.role_start is not None or any(k in PLACES for k in keys):
        return False
    if _has_demonym(keys):
        return False
    before = text[max(0, candidate.start - 30) : candidate.start]
    if _OPPONENT_BEFORE_RE.search(before) and len(keys) <= 3:
        return True
    if len(keys) == 1 and _SCORE_AFTER_RE.match(text, candidate.end) and re.search(r"(?:^|\n|\d )$", before):
        return True
    plural = len(keys) == 1 and _is_plural_nickname(keys[0]) and keys[0] not in GROUP_NOUNS
    return plural and re.search(r"\b[Tt]he $", before) is not None and not _appears_lowercase(text, candidate.tokens[0].text)


def _has_demonym(keys: list[str]) -> bool:
    return any(k in DEMONYMS or k.rstrip("s") in DEMONYMS for k in keys)


def _person_evidence(text: str, candidate: _Candidate, lone_words: frozenset[str]) -> bool:
    """A capitalised run is a person only with some sign of it: a title, a known given name at
    its head (or an initial), the surname used alone elsewhere, a reporting verb or an age after
    it, or an appositive role. "Rock Paper Scissors" and "Regent Theater" have none."""
    tokens = candidate.tokens
    first, last = tokens[0], tokens[-1]
    if candidate.role_start is not None or first.key in GIVEN_NAMES:
        return True
    if re.fullmatch(r"[A-Z]\.|(?:[A-Z]\.){2,}", first.text):  # "J. Smith", "J.P. Smith" - not "O Globo"
        return True
    if any(t.key in COMPANY_WORDS for t in tokens[1:]):
        return False
    if _short_form_used(text, tokens, lone_words):
        return True
    if _person_context(text, candidate) or _of_a_country(text, candidate.end):
        return True
    return _has_stated_role(text, candidate) or _PRONOUN_AFTER_RE.match(text, candidate.end) is not None


# "Rana Haddad lost her son", "X said he": a personal pronoun a few lower-case words later.
_PRONOUN_AFTER_RE = re.compile(r"(?: [a-z]+){1,3} (?:he|she|his|her|him|himself|herself)\b")


def _short_form_used(text: str, tokens: list[_Token], lone_words: frozenset[str]) -> bool:
    """"Lloyd Austin" ... "Austin"; "Fouzia Al Hashish" ... "Al Hashish": the text goes on to
    call the bearer by the surname alone, as it does people (or by the family name that comes
    first, when that one speaks alone)."""
    for i in range(1, len(tokens)):
        short = text[tokens[i].start : tokens[-1].end]
        if short in lone_words and short.lower() not in PLACES and short.lower() not in PERSON_PARTICLES:
            return True
    return _speaks_alone(text, tokens[0].text)


def _speaks_alone(text: str, word: str) -> bool:
    """"Park Minjun" ... "Park said": family names that come first are used alone too."""
    for match in re.finditer(r"\b" + re.escape(word) + r" ([a-z]+)\b", text):
        if match.group(1) in REPORTING_VERBS and match.group(1) != "according":
            return True
    return False


# "wife Fouzia Al Hashish", "his son Kody Cook", "her grandmother Mildred"
_KIN_BEFORE_RE = re.compile(
    r"\b(?:wife|husband|son|daughter|daughters|sons|mother|father|brother|sister|grandmother|"
    r"grandfather|grandson|granddaughter|uncle|aunt|cousin|nephew|niece|widow|widower|"
    r"fiancée?|girlfriend|boyfriend|partner|friend|neighbou?r|dad|mom|mum|stepfather|stepmother),? $"
)


def _has_stated_role(text: str, candidate: _Candidate) -> bool:
    """"former premier Dalton McGuinty", "Huawei executive Meng Wanzhou", "Jane Roe, a
    spokeswoman", "the agency's economist, Jane Roe,": a role stated next to the name."""
    return (
        _KIN_BEFORE_RE.search(text[max(0, candidate.start - 30) : candidate.start]) is not None
        or _role_before(text, candidate.start) is not None
        or _role_after(text, candidate.end) is not None
        or _role_before_appositive(text, candidate.start, candidate.end) is not None
    )


_OF_COUNTRY_RE = re.compile(r" of (?:the )?([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})(?=[,.;:)]| [a-z]|$)")


def _of_a_country(text: str, end: int) -> bool:
    """"Katja Seizinger of Germany", "Amara Essy of the Ivory Coast": a person of a country."""
    match = _OF_COUNTRY_RE.match(text[end : end + 40])
    return bool(match) and match.group(1).lower() in PLACES


def _is_demonym(keys: list[str]) -> bool:
    """A lone nationality or faith word, also in compounds: "Kurdish", "Israeli-held"."""
    if len(keys) != 1 or keys[0] in PLACES:
        return False
    if keys[0] in DIRECTIONS:  # "the West" is a place of a kind
        return False
    parts = keys[0].split("-")
    return any(p in DEMONYMS or p.rstrip("s") in DEMONYMS for p in parts)


def _is_title_only(keys: list[str]) -> bool:
    """"Secretary of Defense", "North Korean Vice Foreign Minister": a role, no name."""
    vocabulary = ROLE_NOUNS | ROLE_MODIFIERS | DEMONYMS | PLACES | CONNECTORS | ORG_CUES
    return any(k in ROLE_NOUNS for k in keys) and all(k in vocabulary for k in keys)


def _after_definite_article(text: str, start: int) -> bool:
    """"the Acme Ecosystem", "the extensive Acme Ecosystem": a person's name takes no "the"
    (but "the late John Smith" and "the former Jane Roe" do occur)."""
    match = re.search(r"\b[Tt]he\s+(?:([a-z][\w-]*)\s+)?$", text[max(0, start - 40) : start])
    if not match or not match.group(1):
        return bool(match)
    word = match.group(1)
    return word not in COMMON_WORDS and word not in ROLE_NOUNS and word not in ROLE_MODIFIERS and word != "late"


def _place_context(text: str, candidate: _Candidate) -> bool:
    """"in X", "from X", "eastern X", "X region", "X, N.S." mark a name as a place."""
    before = re.search(r"(\w+) (the )?$", text[max(0, candidate.start - 20) : candidate.start])
    preceding = before.group(1) if before else ""
    single = len(candidate.tokens) == 1
    if preceding in DIRECTIONS and single:
        return True
    following = re.match(r" ([a-z]+)\b(?: ([a-z]+)\b)?", text[candidate.end : candidate.end + 30])
    if following and _is_place_noun(following.group(1)):
        return True
    if _settlement_before(text, candidate.start) or _state_abbreviation_after_city(text, candidate):
        return True
    if preceding.lower() in PLACE_PREPOSITIONS and single:
        if before.group(2) and following and following.group(1) not in COMMON_WORDS:
            # "in the Yakoma tribe": a modifier of the noun after it ("the Garamba national park")
            return _is_place_noun(following.group(2) or "")
        return candidate.role_start is None and not _person_context(text, candidate)
    if single and _MOTION_TO.search(text[max(0, candidate.start - 30) : candidate.start]):
        return candidate.role_start is None and not _person_context(text, candidate)
    return _followed_by_known_place(text, candidate)


def _is_place_noun(word: str) -> bool:
    return word in PLACE_CUES or word in PLACE_NOUNS_AFTER


# "the town of X", "the country's second city X", "the capital X"
_SETTLEMENT_BEFORE = re.compile(
    r"\b(?:(?:town|city|village|port|capital|province|region|district|state|island|county|"
    r"municipality|suburb|enclave|resort|prefecture) of|(?:city|town|village|capital|port|resort|suburb)) $"
)

# "west to X", "on his way to X", "flew to X": movement ends at a place.
_MOTION_TO = re.compile(
    r"\b(?:north|south|east|west|northeast|northwest|southeast|southwest|way|flew|fled|road) to $"
)


def _settlement_before(text: str, start: int) -> bool:
    return _SETTLEMENT_BEFORE.search(text[max(0, start - 30) : start]) is not None


def _state_abbreviation_after_city(text: str, candidate: _Candidate) -> bool:
    """"Tallahassee, Fla.": an AP state abbreviation right after a city and a comma."""
    token = candidate.tokens[0]
    if len(candidate.tokens) != 1 or not token.text.endswith("."):
        return False
    return _is_state_abbreviation(token.text[:-1]) and re.search(
        r"[A-Z][\w.'’-]*, $", text[max(0, token.start - 30) : token.start]
    ) is not None


_KNOWN_PLACE_AFTER_RE = re.compile(
    r",\s+((?:[A-Z]\.){2,}|[A-Z][a-z]+\.|[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})"
    r"(?=,\s+[a-z]|[.;:)\n]|\s+[a-z\d(]|$)"  # not ", Tayshia": a list of names goes on
)


def _followed_by_known_place(text: str, candidate: _Candidate) -> bool:
    """"Abidjan, Ivory Coast", "Albuquerque, N.M.", "Tallahassee, Fla.": a place qualified
    by its country or state. Only a lone word or an article-led name ("La Plagne") counts:
    "Hermann Maier, Austria" in a results list is a skier. Nor does an item of a list
    ("Erika, Katie, Caelynn, Sydney, ...") or a qualifier that is also a given name."""
    match = _KNOWN_PLACE_AFTER_RE.match(text[candidate.end : candidate.end + 40])
    if not match or candidate.role_start is not None or _person_context(text, candidate):
        return False
    qualifier = match.group(1)
    if qualifier.endswith("."):  # "Trout Brook, N.B.", "Tempe, Ariz.": only places take these
        return qualifier.lower() in PLACES or _is_state_abbreviation(qualifier[:-1])
    if len(candidate.tokens) > 1 and candidate.keys[0] not in PLACE_ARTICLES:
        return False
    if re.search(r",\s*$", text[max(0, candidate.start - 3) : candidate.start]):
        return False
    return qualifier.lower() in PLACES and qualifier.lower() not in PLACE_NAMES_ALSO_SURNAMES


def _person_context(text: str, candidate: _Candidate) -> bool:
    """"Smith said", "Smith, 41," or "Smith, who" mark a lone surname as a person."""
    after = text[candidate.end : candidate.end + 30]
    if re.match(r",\s+\d{1,2},", after) or re.match(r",\s+who\b", after):
        return True
    word = re.match(r"\s+(\w+)", after)
    return bool(word) and word.group(1) in REPORTING_VERBS and word.group(1) != "according"


# ---------------------------------------------------------------------------
# Merging mentions into entities


# "Korean", "Ukrainian", "Congolese", "Polish", "Israeli": nationality adjectives, not actors.
_DEMONYM = re.compile(r"(?:an|ese|ish|i)$")


def is_actor(entity: Entity, text: str) -> bool:
    """Whether an entity can be someone involved in the story. An unclassified capitalised run
    that is a nationality ("North Korean"), a bare title ("Secretary of Defense"), an event or a
    work ("World Cup", "They Call Me George") or a section label ("What Happened:") describes or
    heads something; it does not act."""
    if entity.kind != "other":
        return True
    words = entity.name.split()
    if _DEMONYM.search(words[-1]) or any(word.lower() in ROLE_NOUNS for word in words):
        return False
    if len(words) > 1 and (words[-1].lower() in THING_HEADS or any(w.lower() in FUNCTION_WORDS for w in words)):
        return False  # an event, a venue or a title: "World Cup", "Rock Paper Scissors", "They Call Me George"
    return not (entity.mentions and all(text[m.end:m.end + 1] == ":" for m in entity.mentions))


def find_entities(text: str, skip: Sequence[tuple[int, int]] = ()) -> list[Entity]:
    """Entities in order of first mention; nothing inside a `skip` range counts."""
    masked = mask_skipped(text, skip)
    candidates = _with_datelines(masked, _candidates(masked))
    lone_words = frozenset(masked[c.start : c.end] for c in candidates if c.role_start is None)
    builder = _EntityBuilder(text, masked, lone_words)
    for candidate in candidates:
        if len(candidate.tokens) > 1 or candidate.role_start is not None:
            builder.add_full(candidate)
    for candidate in candidates:
        if len(candidate.tokens) == 1 and candidate.role_start is None:
            builder.add_short(candidate)
    builder.promote_list_members()
    builder.adopt_organization_prefixes()
    return [e for e in builder.entities() if e.kind == "place" or not all(_is_credit(masked, m) for m in e.mentions)]


# Photo credits and author lines: "(Doug Ives/Canadian Press)", "Jane Roe is a Toronto-based
# reporter covering ...", "With files from Jane Roe", "Jane Roe has the latest". Whoever is named
# only there made the article or its pictures; the article is not about them.
_CREDIT_AFTER_RE = re.compile(
    r"\s*/"
    r"|\s+(?:has|have) (?:more|the latest|the story|details)\b"
    r"|\s+(?:writes|reports)\s*[.(\n]"
    r"|\s+tells us\b"
    r"|\s+is (?:a|an|the) [^.\n]{0,80}?\b(?:reporter|journalist|writer|columnist|editor|correspondent|"
    r"contributor|critic|freelancer|photographer)\b"
)
_CREDIT_BEFORE_RE = re.compile(r"(?:/\s*|(?:^|\n)[ \t]*By\s+|\bAs\s+|\b(?:[Pp]hoto(?:graph)?s?|[Cc]redit):?\s+(?:by\s+)?)$")
_LINE_END_AFTER_SENTENCE_RE = re.compile(r"[a-z\d)]{2}[.!?]\s+$")


def _is_credit(text: str, mention: Mention) -> bool:
    """Whether a mention sits in a credit or byline rather than in the story."""
    if _CREDIT_AFTER_RE.match(text, mention.end) or _CREDIT_BEFORE_RE.search(text[max(0, mention.start - 30) : mention.start]):
        return True
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_before = text[line_start : mention.start]
    if re.search(r"\bwith files from\b", line_before, re.IGNORECASE):
        return True
    ends_line = re.match(r"[ \t]*(?:\n|$)", text[mention.end : mention.end + 3]) is not None
    return ends_line and _LINE_END_AFTER_SENTENCE_RE.search(line_before[-6:]) is not None



# What separates the items of a list of names: ", ", "; 11 - ", " and ", ", and ".
_LIST_GAP_RE = re.compile(r"\)?(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+)(?:\(?\d{1,3}\s*[-–]\s*)?")


class _EntityBuilder:
    """Collects mentions; full names first, then short forms resolved against them."""

    def __init__(self, text: str, masked: str, lone_words: frozenset[str] = frozenset()):
        self.text = text
        self.masked = masked
        self.lone_words = lone_words
        self.unproven: dict[int, Entity] = {}  # shaped like personal names, but nothing vouched for them
        self.by_name: dict[str, Entity] = {}
        self.person_mentions: list[tuple[int, Entity]] = []
        self.capitalised_elsewhere = self._mid_sentence_capitals()

    def _mid_sentence_capitals(self) -> set[str]:
        seen = set()
        for token in _tokenize(self.masked):
            if token.is_capitalised and not is_sentence_start(self.masked, token.start):
                seen.add(token.text)
        return seen

    def _mention(self, candidate: _Candidate) -> Mention:
        return Mention(self.text[candidate.start : candidate.end], candidate.start, candidate.end)

    def add_full(self, candidate: _Candidate) -> None:
        name = self.masked[candidate.start : candidate.end]
        if _line_is_headline(self.masked, candidate.start) and not _is_place_name(name) and not candidate.kind:
            return
        kind = _classify(self.masked, candidate, self.lone_words)
        entity = self.by_name.get(name.lower()) or self._person_ending_with(name)
        if entity is None:
            entity = Entity(name, kind, None)
            self.by_name[name.lower()] = entity
            self._register_acronym(candidate, entity)
            if kind == "other" and _classify(self.masked, candidate, need_evidence=False) == "person":
                self.unproven[id(entity)] = entity
        if entity.role is None and kind == "person":
            entity.role = _find_role(self.masked, candidate)
        self._add_mention(entity, candidate)
        if entity.kind == "person":
            self.person_mentions.append((candidate.start, entity))

    def _person_ending_with(self, name: str) -> Entity | None:
        """"Al Hashish" after "Fouzia Al Hashish": a multi-word surname used alone."""
        if " " not in name:
            return None
        for _, entity in reversed(self.person_mentions):
            if entity.name.endswith(" " + name):
                return entity
        return None

    def _add_mention(self, entity: Entity, candidate: _Candidate) -> None:
        """A dateline or headline spells the name in capitals; the prose spells it properly."""
        mention = self._mention(candidate)
        if entity.name.isupper() and not mention.text.isupper() and mention.text.lower() == entity.name.lower():
            entity.name = mention.text
        entity.mentions.append(mention)

    def _register_acronym(self, candidate: _Candidate, entity: Entity) -> None:
        acronym = _followed_by_acronym(self.masked, candidate.end)
        if acronym and acronym.lower() not in self.by_name:
            self.by_name[acronym.lower()] = entity

    def add_short(self, candidate: _Candidate) -> None:
        token = candidate.tokens[0]
        entity = self._existing_entity(token)
        if entity is None:
            if not candidate.kind:
                if _line_is_headline(self.masked, candidate.start) and not _in_gazetteer(token):
                    return
                if not self._credible_single(candidate):
                    return
            kind = _classify(self.masked, candidate)
            entity = Entity(token.text, kind, None)
            self.by_name[token.text.lower()] = entity
        elif entity.kind == "other" and " " not in entity.name:
            entity.kind = _classify(self.masked, candidate)
        if entity.kind == "person" and entity.role is None:
            entity.role = _find_role(self.masked, candidate)
        self._add_mention(entity, candidate)

    def _credible_single(self, candidate: _Candidate) -> bool:
        """A lone sentence-initial capital must be capitalised elsewhere too."""
        token = candidate.tokens[0]
        if token.key in COMMON_WORDS and not _in_gazetteer(token) or token.key in TEMPORAL_WORDS:
            return False  # but "US" is no "us"
        if token.key in GROUP_NOUNS:  # "Witnesses said", "Officials say"
            return False
        if not candidate.sentence_initial:
            return True
        return (
            token.text in self.capitalised_elsewhere
            or _in_gazetteer(token)
            or _person_context(self.masked, candidate)
        )

    def _existing_entity(self, token: _Token) -> Entity | None:
        """A person whose surname it is, a known place, a person containing it, a same-named entity."""
        person = self._person_containing(token)
        if person and person.name.split()[-1] == token.text:
            return person
        if _in_gazetteer(token):
            return self.by_name.get(token.key) or self.by_name.get(token.text.lower()) or None
        return person or self.by_name.get(token.key)

    def _person_containing(self, token: _Token) -> Entity | None:
        """Nearest preceding full name containing the token, else the nearest following."""
        matches = [
            (pos, entity)
            for pos, entity in self.person_mentions
            if token.text in entity.name.split()
        ]
        if not matches:
            return None
        preceding = [m for m in matches if m[0] < token.start]
        if preceding:
            return max(preceding, key=lambda m: m[0])[1]
        return min(matches, key=lambda m: m[0])[1]

    def promote_list_members(self) -> None:
        """"Carlo Orlandi, Massimo Cuttitta, Gianluca Guidi": an unproven name listed next to a
        person ("A, B and C", "9 - A; 11 - B") is one more person of the same list."""
        changed = True
        while changed and self.unproven:
            changed = False
            mentions = sorted(
                (m.start, m.end, e) for e in self.by_name.values() for m in e.mentions if e.kind in ("person", "other")
            )
            for i, (start, end, entity) in enumerate(mentions):
                if entity.kind != "other" or id(entity) not in self.unproven:
                    continue
                before = mentions[i - 1] if i else None
                after = mentions[i + 1] if i + 1 < len(mentions) else None
                if (before and before[2].kind == "person" and _LIST_GAP_RE.fullmatch(self.masked[before[1] : start])) or (
                    after and after[2].kind == "person" and _LIST_GAP_RE.fullmatch(self.masked[end : after[0]])
                ):
                    entity.kind = "person"
                    del self.unproven[id(entity)]
                    changed = True

    def adopt_organization_prefixes(self) -> None:
        """"Sumitomo" beside "Sumitomo Bank", "Electronic Data" beside "Electronic Data Systems":
        the opening words of an organisation's full name, used alone, name that organisation
        (unless the words are a known place, or a title made them a person)."""
        heads = {e.name.lower() + " " for e in self.by_name.values() if e.kind == "organization" and " " in e.name}
        if not heads:
            return
        for entity in self.by_name.values():
            if entity.kind in ("organization", "place") or entity.role or _is_place_name(entity.name):
                continue
            words = entity.name.split()
            if _is_demonym([w.lower() for w in words]) or _appears_lowercase(self.masked, words[0]):
                continue  # "Czech" of "Czech Civic Democratic Party", "International" of "International Confederation"
            prefix = entity.name.lower() + " "
            if any(head.startswith(prefix) for head in heads):
                entity.kind = "organization"

    def entities(self) -> list[Entity]:
        unique: dict[int, Entity] = {}
        for entity in self.by_name.values():
            unique[id(entity)] = entity
        result = []
        for entity in unique.values():
            entity.mentions = sorted(set(entity.mentions), key=lambda m: m.start)
            if entity.mentions:
                result.append(entity)
        return sorted(result, key=lambda e: e.mentions[0].start)
