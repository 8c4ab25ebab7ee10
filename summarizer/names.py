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
  parentheses, a small gazetteer of countries / cities / states / provinces, and
  place contexts ("in X", "X region").

Spans always index the original text; ``skip`` ranges are blanked (replaced by
newlines of equal length) before anything is read, so nothing inside them counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal, Sequence

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

# Gazetteer entries common as surnames: "Lewis Hamilton" stays a person.
PLACE_NAMES_ALSO_SURNAMES = _words(
    "jordan|georgia|hamilton|washington|victoria|regina|kingston|windsor|london|chad|"
    "austin|houston|dallas|phoenix|sydney|israel|virginia|paris|lincoln|denver|surrey|"
    "halifax|laval|barrie|guelph|vaughan|markham|milan|florence|lyon|orleans|cleveland|"
    "portland|nashville|wellington|kent|york|chester|jackson|madison|salem|carolina"
)

PLACE_PREFIXES = _words("lake|mount|mt|fort|port|cape|gulf|bay|isle|lac|rio|san|santa|sao|puerto")

PLACE_PREPOSITIONS = _words("in|from|near|across|throughout|outside|inside")

DIRECTIONS = _words(
    "north|south|east|west|northern|southern|eastern|western|central|northeast|northwest|"
    "southeast|southwest|upper|lower|greater|inner|outer"
)

PERSON_PARTICLES = _words(
    "de|da|del|della|di|du|des|van|von|der|den|ter|la|le|bin|ibn|al|el|y|dos|das|st"
)

CONNECTORS = _words("of|for|and|the|&|on|upon")

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

DEMONYMS = _words(
    "american|canadian|british|english|scottish|welsh|irish|french|german|italian|"
    "spanish|portuguese|dutch|belgian|swiss|austrian|swedish|norwegian|danish|"
    "finnish|icelandic|polish|czech|slovak|hungarian|romanian|bulgarian|greek|"
    "turkish|russian|ukrainian|belarusian|georgian|armenian|serbian|croatian|"
    "bosnian|albanian|lithuanian|latvian|estonian|moldovan|chinese|japanese|korean|"
    "taiwanese|vietnamese|thai|filipino|indonesian|malaysian|singaporean|indian|"
    "pakistani|afghan|bangladeshi|iranian|iraqi|syrian|lebanese|israeli|"
    "palestinian|jordanian|saudi|emirati|qatari|yemeni|egyptian|libyan|tunisian|"
    "algerian|moroccan|nigerian|kenyan|ethiopian|somali|sudanese|ghanaian|"
    "south|north|east|west|african|european|asian|arab|latin|mexican|cuban|"
    "brazilian|argentine|argentinian|chilean|colombian|venezuelan|peruvian|"
    "australian|zealander|uzbek|kazakh|venezuelan|haitian|jamaican|indigenous|"
    "western|eastern|northern|southern|soviet|nato|muslim|christian|jewish|catholic"
)

PLACES = _words(
    # countries and common short forms
    "afghanistan|albania|algeria|andorra|angola|argentina|armenia|australia|austria|"
    "azerbaijan|bahamas|bahrain|bangladesh|barbados|belarus|belgium|belize|benin|"
    "bhutan|bolivia|bosnia|botswana|brazil|brunei|bulgaria|burkina faso|burundi|"
    "cambodia|cameroon|canada|chad|chile|china|colombia|congo|costa rica|croatia|cuba|"
    "cyprus|czech republic|czechia|denmark|djibouti|dominica|dominican republic|"
    "ecuador|egypt|el salvador|eritrea|estonia|eswatini|ethiopia|fiji|finland|france|"
    "gabon|gambia|georgia|germany|ghana|greece|grenada|guatemala|guinea|guyana|haiti|"
    "honduras|hungary|iceland|india|indonesia|iran|iraq|ireland|israel|italy|"
    "ivory coast|jamaica|japan|jordan|kazakhstan|kenya|kosovo|kuwait|kyrgyzstan|laos|"
    "latvia|lebanon|lesotho|liberia|libya|liechtenstein|lithuania|luxembourg|"
    "madagascar|malawi|malaysia|maldives|mali|malta|mauritania|mauritius|mexico|"
    "moldova|monaco|mongolia|montenegro|morocco|mozambique|myanmar|burma|namibia|"
    "nepal|netherlands|holland|new zealand|nicaragua|niger|nigeria|north korea|"
    "north macedonia|macedonia|norway|oman|pakistan|palestine|panama|"
    "papua new guinea|paraguay|peru|philippines|poland|portugal|qatar|romania|russia|"
    "rwanda|saudi arabia|senegal|serbia|seychelles|sierra leone|singapore|slovakia|"
    "slovenia|somalia|south africa|south korea|south sudan|spain|sri lanka|sudan|"
    "suriname|sweden|switzerland|syria|taiwan|tajikistan|tanzania|thailand|togo|"
    "trinidad|tobago|tunisia|turkey|turkmenistan|uganda|ukraine|united arab emirates|"
    "uae|united kingdom|uk|britain|great britain|england|scotland|wales|"
    "northern ireland|united states|us|usa|u.s.|u.k.|america|uruguay|uzbekistan|"
    "vatican|venezuela|vietnam|yemen|zambia|zimbabwe|korea|gaza|west bank|crimea|"
    "donbas|hong kong|tibet|kashmir|chechnya|kurdistan|"
    # continents and regions
    "africa|asia|europe|antarctica|arctic|north america|south america|latin america|"
    "central america|middle east|caribbean|balkans|scandinavia|siberia|"
    "indo-pacific|indo pacific|pacific|atlantic|mediterranean|baltic|"
    # capitals and major cities
    "kabul|tirana|algiers|buenos aires|yerevan|canberra|sydney|melbourne|vienna|baku|"
    "dhaka|minsk|brussels|la paz|sarajevo|brasilia|rio de janeiro|sao paulo|sofia|"
    "phnom penh|ottawa|santiago|beijing|shanghai|bogota|zagreb|havana|nicosia|prague|"
    "copenhagen|cairo|addis ababa|helsinki|paris|marseille|lyon|tbilisi|berlin|"
    "munich|frankfurt|hamburg|accra|athens|budapest|reykjavik|new delhi|delhi|mumbai|"
    "jakarta|tehran|baghdad|dublin|jerusalem|tel aviv|rome|milan|naples|tokyo|osaka|"
    "amman|astana|nairobi|pristina|kuwait city|bishkek|riga|beirut|tripoli|vilnius|"
    "luxembourg|kuala lumpur|valletta|mexico city|chisinau|ulaanbaatar|rabat|"
    "amsterdam|the hague|rotterdam|wellington|auckland|abuja|lagos|pyongyang|oslo|"
    "islamabad|karachi|lahore|ramallah|lima|manila|warsaw|lisbon|doha|bucharest|"
    "moscow|st. petersburg|saint petersburg|riyadh|dakar|belgrade|seoul|busan|madrid|"
    "barcelona|colombo|khartoum|stockholm|geneva|zurich|bern|damascus|aleppo|taipei|"
    "bangkok|tunis|ankara|istanbul|kampala|kyiv|kiev|kharkiv|odesa|odessa|lviv|"
    "mariupol|kursk|donetsk|luhansk|abu dhabi|dubai|london|manchester|liverpool|"
    "birmingham|edinburgh|glasgow|belfast|cardiff|washington|new york|new york city|"
    "los angeles|chicago|houston|phoenix|philadelphia|san antonio|san diego|dallas|"
    "san francisco|seattle|boston|miami|atlanta|detroit|denver|las vegas|baltimore|"
    "portland|nashville|new orleans|pittsburgh|cleveland|minneapolis|st. louis|"
    "tashkent|caracas|hanoi|ho chi minh city|sanaa|lusaka|harare|johannesburg|"
    "cape town|singapore|hong kong|toronto|montreal|vancouver|calgary|edmonton|"
    "winnipeg|halifax|regina|saskatoon|victoria|quebec city|hamilton|kitchener|"
    "london|windsor|mississauga|brampton|surrey|burnaby|st. john's|fredericton|"
    "charlottetown|whitehorse|yellowknife|iqaluit|moncton|thunder bay|sudbury|"
    "kingston|barrie|guelph|kelowna|nanaimo|red deer|lethbridge|gatineau|laval|"
    "sherbrooke|markham|vaughan|oakville|oshawa|waterloo|niagara falls|"
    # US states
    "alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|"
    "florida|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|"
    "maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|"
    "nebraska|nevada|new hampshire|new jersey|new mexico|north carolina|"
    "north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|"
    "south dakota|tennessee|texas|utah|vermont|virginia|west virginia|wisconsin|"
    "wyoming|"
    # Canadian provinces and territories, with postal abbreviations
    "ontario|quebec|nova scotia|new brunswick|manitoba|british columbia|"
    "prince edward island|saskatchewan|alberta|newfoundland|labrador|"
    "newfoundland and labrador|yukon|northwest territories|nunavut|n.s.|n.b.|"
    "b.c.|p.e.i.|ont.|que.|man.|sask.|alta.|nfld.|n.l.|n.w.t."
)

_ABBREVIATIONS = _words(
    "mr|mrs|ms|dr|prof|st|sen|rep|gov|gen|lt|col|capt|sgt|cpl|const|insp|supt|det|"
    "rev|jr|sr|mt|ft|no|vs|co|corp|inc|ltd|dept|univ|sask|alta|ont|que|man|nfld"
)

_TOKEN_RE = re.compile(
    r"(?:[A-Z]\.){2,}"  # dotted acronyms: U.S., N.S.
    r"|[^\W\d_][\w]*(?:[-'’][\w]+)*"  # words, incl. O'Brien, Jong-un, Austin's
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
        elif end < len(text) and text[end] == "." and is_abbreviation(word):
            end += 1
        tokens.append(_Token(start, end, text[start:end], possessive))
    return tokens


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
        joinable = current and text[current[-1].end : token.start] == " " and not current[-1].possessive
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
    for token in run:
        left = parts[-1]
        if token.is_capitalised or token.key in PERSON_PARTICLES:
            left.append(token)
            continue
        keeps_together = any(t.key in ORG_CUES or t.key in ROLE_NOUNS or t.key in PLACE_CUES for t in left)
        if token.key in ("of", "for", "&", "and", "on", "upon") and keeps_together:
            left.append(token)
        elif token.key == "the" and left and left[-1].key in ("of", "for", "on"):
            left.append(token)
        else:
            parts.append([])
    return [p for p in (_trim_connectors(p) for p in parts) if p]


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
            if part:
                candidate = _split_title(text, part)
                candidate.sentence_initial = initial
                candidates.append(candidate)
    return candidates


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


def _followed_by_acronym(text: str, end: int) -> str | None:
    match = re.match(r" \(([A-Z][A-Za-z&]{1,7})\)", text[end : end + 12])
    return match.group(1) if match else None


def _classify(text: str, candidate: _Candidate) -> Kind:
    keys = candidate.keys
    name = text[candidate.start : candidate.end]
    if any(k in ORG_CUES for k in keys) or _followed_by_acronym(text, candidate.end):
        if not (keys[-1] in PLACE_CUES):
            return "organization"
    if _is_place_name(name) or keys[-1] in PLACE_CUES or keys[0] in PLACE_PREFIXES or _place_context(text, candidate):
        return "place"
    if keys[-1] in PLACES and all(k in DIRECTIONS for k in keys[:-1]):
        return "place"
    if _is_title_only(keys) or _after_definite_article(text, candidate.start):
        return "other"
    if any(k in DEMONYMS or k.rstrip("s") in DEMONYMS for k in keys) or all(k in PLACES for k in keys):
        return "other"
    if keys[-1] in PLACES and keys[-1] not in PLACE_NAMES_ALSO_SURNAMES:  # "Export Development Canada"
        return "other"
    if len(keys) == 1:
        token = candidate.tokens[0]
        if token.is_acronym:
            return "organization"
        if candidate.role_start is not None or _person_context(text, candidate):
            return "person"
        return "other"
    if len(keys) <= 4 and not any(t.is_acronym and "." not in t.text for t in candidate.tokens):
        return "person"
    return "other"


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
    before = re.search(r"(\w+) (?:the )?$", text[max(0, candidate.start - 20) : candidate.start])
    preceding = before.group(1) if before else ""
    if preceding in DIRECTIONS and len(candidate.tokens) == 1:
        return True
    following = re.match(r" ([a-z]+)\b", text[candidate.end : candidate.end + 20])
    if following and following.group(1) in PLACE_CUES:
        return True
    if preceding.lower() in PLACE_PREPOSITIONS and len(candidate.tokens) == 1:
        return candidate.role_start is None and not _person_context(text, candidate)
    after = text[candidate.end : candidate.end + 20]
    if re.match(r",\s+(?:[A-Z]\.){2,}|,\s+[A-Z][a-z]+\.", after):
        return re.sub(r"^,\s+", "", after).split()[0].lower() in PLACES
    return False


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
    that is a nationality ("North Korean"), a bare title ("Secretary of Defense") or a section
    label ("What Happened:") describes or heads something; it does not act."""
    if entity.kind != "other":
        return True
    words = entity.name.split()
    if _DEMONYM.search(words[-1]) or any(word.lower() in ROLE_NOUNS for word in words):
        return False
    return not (entity.mentions and all(text[m.end:m.end + 1] == ":" for m in entity.mentions))


def find_entities(text: str, skip: Sequence[tuple[int, int]] = ()) -> list[Entity]:
    """Entities in order of first mention; nothing inside a `skip` range counts."""
    masked = mask_skipped(text, skip)
    candidates = _candidates(masked)
    builder = _EntityBuilder(text, masked)
    for candidate in candidates:
        if len(candidate.tokens) > 1 or candidate.role_start is not None:
            builder.add_full(candidate)
    for candidate in candidates:
        if len(candidate.tokens) == 1 and candidate.role_start is None:
            builder.add_short(candidate)
    return builder.entities()


class _EntityBuilder:
    """Collects mentions; full names first, then short forms resolved against them."""

    def __init__(self, text: str, masked: str):
        self.text = text
        self.masked = masked
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
        if _line_is_headline(self.masked, candidate.start) and not _is_place_name(name):
            return
        kind = _classify(self.masked, candidate)
        entity = self.by_name.get(name.lower())
        if entity is None:
            entity = Entity(name, kind, None)
            self.by_name[name.lower()] = entity
            self._register_acronym(candidate, entity)
        if entity.role is None and kind == "person":
            entity.role = _find_role(self.masked, candidate)
        entity.mentions.append(self._mention(candidate))
        if entity.kind == "person":
            self.person_mentions.append((candidate.start, entity))

    def _register_acronym(self, candidate: _Candidate, entity: Entity) -> None:
        acronym = _followed_by_acronym(self.masked, candidate.end)
        if acronym and acronym.lower() not in self.by_name:
            self.by_name[acronym.lower()] = entity

    def add_short(self, candidate: _Candidate) -> None:
        token = candidate.tokens[0]
        entity = self._existing_entity(token)
        if entity is None:
            if _line_is_headline(self.masked, candidate.start) and token.key not in PLACES:
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
        entity.mentions.append(self._mention(candidate))

    def _credible_single(self, candidate: _Candidate) -> bool:
        """A lone sentence-initial capital must be capitalised elsewhere too."""
        token = candidate.tokens[0]
        if token.key in COMMON_WORDS or token.key in TEMPORAL_WORDS:
            return False
        if not candidate.sentence_initial:
            return True
        return token.text in self.capitalised_elsewhere or token.key in PLACES or _person_context(self.masked, candidate)

    def _existing_entity(self, token: _Token) -> Entity | None:
        """A person whose surname it is, a known place, a person containing it, a same-named entity."""
        person = self._person_containing(token)
        if person and person.name.split()[-1] == token.text:
            return person
        if token.key in PLACES:
            return self.by_name.get(token.key) or None
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
