"""The English cue words the name rules read: function words, titles, role nouns, and the
words that mark organisations, places, works and events.

Why a module of its own: these lists are shared by every stage of name finding (candidates,
roles, kinds, quotes and speakers) and change for a different reason than the rules that read
them - a new title or company word is added here without touching any rule. Atlas knowledge
(places, nationality words, given names) lives in ``gazetteer.py``; this module holds ordinary
English vocabulary only. Everything is lower-case.
"""

from __future__ import annotations

from summarizer.text.gazetteer import word_set

# Words that are capitalised only because they open a sentence (or are pronouns).
COMMON_WORDS = word_set(
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
    "via|plus|whereas|asked|speaking|born|based|given|nearly|almost|about|some|"
    "hey|hi|hello|dear|assuming|supposing|considering"
)

#: A month as written ("October", "Oct.", "Sept"): capitalised, since "may" and "march" are words.
#: The article's own date line (source.metadata) and the dates of its events (extract.dates) share it.
MONTH_PATTERN = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
)

TEMPORAL_WORDS = word_set(
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|"
    "april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|"
    "jul|aug|sep|sept|oct|nov|dec|christmas|easter|spring|summer|autumn|winter|"
    # time zones: "10:00 GMT", "5 p.m. EST" tell the time, they name nothing
    "gmt|utc|est|edt|cst|cdt|mst|mdt|pst|pdt|bst|cet|cest"
)

# Honorifics mark a person but are not a role worth reporting.
HONORIFICS = word_set("mr|mrs|ms|miss|mx|sir|dame|madam|mme|m|rev|fr|msgr|hon")

# Titles as news writes them before a name ("Sen. Murray Sinclair"), and the word each stands for.
TITLE_ABBREVIATIONS = {
    "sen": "senator",
    "gov": "governor",
    "rep": "representative",
    "gen": "general",
    "lt": "lieutenant",
    "col": "colonel",
    "capt": "captain",
    "sgt": "sergeant",
    "cpl": "corporal",
    "const": "constable",
    "insp": "inspector",
    "supt": "superintendent",
    "det": "detective",
    "prof": "professor",
    "adm": "admiral",
    "cmdr": "commander",
    "atty": "attorney",
}
# Every title news abbreviates before a name ("Dr.", "St." for a saint, and the ones above): never
# a name itself, and a sentence never ends on one.
ABBREVIATED_TITLES = frozenset(TITLE_ABBREVIATIONS) | {"dr", "st"}

# Words that can head a role ("spokesman", "Minister").  Lower-cased.
ROLE_NOUNS = word_set(
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
ROLE_MODIFIERS = word_set(
    "former|first|acting|interim|deputy|associate|assistant|senior|junior|chief|top|"
    "vice|executive|general|special|lead|principal|head|co|then|longtime|"
    "federal|provincial|state|national|regional|municipal|city|foreign|defence|"
    "defense|finance|health|justice|interior|public|security|policy|press|"
    "communications|media|crown|police|military|senior-level|veteran|elected|"
    "incoming|outgoing|retired|founding|managing|programme|program|team|club|"
    "union|party|opposition|government|company|campaign|research|legal|medical"
)

ORG_CUES = word_set(
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
    "media|reuters|press|newsroom|ngo|charity|caucus|directorate|firm|studio|studios|pac|treasury|fed|"
    # the heads of newspaper names: "The Des Moines Register", "Nihon Keizai Shimbun"
    "register|chronicle|courier|inquirer|enquirer|sentinel|telegraph|prensa|"
    "shimbun|zeitung|corriere|gazzetta|diario|jornal|tageblatt|dagblad|ilbo|nippo|izvestia|pravda"
)

PLACE_CUES = word_set(
    "region|province|state|county|city|district|island|islands|peninsula|river|lake|"
    "valley|territory|territories|oblast|mountains|mountain|bay|gulf|sea|ocean|coast|"
    "strait|canyon|desert|county|township|village|town|borough|prefecture|avenue|"
    "street|road|highway|park|square|airport|harbour|harbor|beach|falls|heights|"
    "hills|creek|reserve|republic|kingdom|emirates|st|ave|rd|blvd|country|strip"
)

# The last word of a venue's name: "Melbourne Cricket Ground", "Yankee Stadium" are where
# something happens (a place of the story), never someone.
VENUE_HEADS = word_set("stadium|arena|ground|racecourse|velodrome|speedway|raceway|ballpark|coliseum")

PLACE_PREFIXES = word_set("lake|mount|mt|fort|port|cape|gulf|bay|isle|lac|rio|san|santa|sao|puerto")

# Lower-case nouns that make the name before them a place ("the Kazanluk area", "Qinglan port").
PLACE_NOUNS_AFTER = word_set("area|port|municipality|suburb|neighbourhood|neighborhood|enclave|resort")

# Heads of "Republic of Ireland", "Kingdom of Spain", "State of Israel".
POLITY_NOUNS = word_set(
    "republic|kingdom|state|province|principality|emirate|sultanate|commonwealth|island|islands|isle"
)

# Articles that open place names as well as surnames: "La Plagne", "Le Mans", "Los Alamos".
PLACE_ARTICLES = word_set("la|le|les|los|las|el")

PLACE_PREPOSITIONS = word_set("in|from|near|across|throughout|outside|inside")

DIRECTIONS = word_set(
    "north|south|east|west|northern|southern|eastern|western|central|northeast|northwest|"
    "southeast|southwest|upper|lower|greater|inner|outer"
)

PERSON_PARTICLES = word_set("de|da|del|della|di|du|des|van|von|der|den|ter|la|le|bin|ibn|al|el|y|dos|das|st")

CONNECTORS = word_set("of|for|and|the|&|on|upon")

# Lower-case words inside French and German names of bodies ("Medecins sans Frontieres"); no
# personal name holds them, so they join a run only between capitalised words.
FOREIGN_CONNECTORS = word_set("sans|pour|et|und|für")

# Words that end company and institution names but are not general organisation cues
# ("Suncor Energy", "Salomon Brothers", "Brewpole BV", "Warsaw Newsroom").
# "Democrat Elijah Cummings", "the Kentucky Republican said": a party member's noun describes a person.
PARTY_MEMBERS = word_set("democrat|democrats|republican|republicans")

# Abbreviations of common nouns, written in capitals like a body's acronym but naming none:
# "on TV", "his political DNA", "five VIP tickets", "Trump's potential VP".
COMMON_ACRONYMS = word_set(
    "tv|dna|rna|vip|vp|ceo|cfo|coo|cto|gdp|gnp|ok|o.k.|phd|mba|aids|hiv|iq|pr|hq|ufo|atm|suv|dvd|gps|sms|"
    "usb|lgbt|lgbtq|gmt|ipo|ai|vr|wwii|wwi|diy|faq|rsvp|asap|aka|ad|bc|"
    # a pitcher's measure, a clinic's scan, a tax: "his ERA", "an MRI", "VAT"
    "era|mri|vat"
)

COMPANY_WORDS = word_set(
    "brothers|bros|energy|oil|gas|mining|minerals|resources|petroleum|financial|capital|"
    "securities|insurance|investments|consulting|images|channel|ministries|mobile|telecom|"
    "communications|entertainment|pictures|records|railway|railways|transit|theatre|theater|"
    "brewery|breweries|pharmaceuticals|foods|stores|mart|newsroom|desk|bv|nv|sa|ag|gmbh|spa|"
    "ab|asa|oyj|pty|lp|llp|kk|bhd|tbk|pte|gp|plus|wireless|software|electronics|steel|"
    "chemicals|logistics|shipping|motors|automotive|aerospace|dynamics|international"
)

# The legal-form words that end company names: "Co Inc", "Ltd", "NV".
COMPANY_SUFFIXES = word_set("inc|corp|co|ltd|plc|llc|sa|nv|bv|ag|gmbh|lp|llp|pty|corporation|company|cos")

# Heads of events, venues, works and documents: "World Cup", "Farmers Insurance Open",
# "Ice Complex", "Food Price Report". They are talked about; they do not act.
THING_HEADS = word_set(
    "cup|open|championship|championships|tournament|trophy|prize|award|awards|games|olympics|"
    "festival|mall|plaza|stadium|arena|complex|station|line|project|program|programme|report|"
    "strategy|assessment|act|conference|summit|expo|show|lounge|hotel|restaurant|cafe|course|"
    "day|eve|year|week|soup|salad|cream|fuel|razor|series|classic|pro-am|marathon|"
    "race|rally|prix|derby|bowl|playoffs|final|finals|skytrain|highway|challenge|index|war|wars|invitational"
)

# The heads of contests ("African Nations Cup", "Atlanta Games", "World Series") and of wars
# ("Gulf War", "Korean War"): an event, even where a body's word or a place stands before the head.
CONTEST_HEADS = word_set(
    "cup|open|championship|championships|tournament|trophy|games|olympics|classic|marathon|rally|"
    "prix|derby|bowl|playoffs|final|finals|series|war|wars|invitational"
)

# The last words of newspaper names, after which a weekday is part of the name ("The Sunday
# Telegraph", "The Sunday Times", "Monday Morning Post"), not a date.
NEWSPAPER_HEADS = word_set(
    "times|post|star|globe|mail|herald|journal|tribune|gazette|register|chronicle|courier|inquirer|"
    "enquirer|sentinel|telegraph|express|observer|mirror|independent|standard|news"
)

# Plurals without an "s" whose possessive opens or fills a body's name: "People's Daily",
# "Pakistan People's Party", "Women's Institute".
COLLECTIVE_PLURALS = word_set("people|women|men|children")

# Lower-case nouns that name a kind of organisation: "brewer Zywiec", "the Xinhua news agency",
# "Dixon Hall, a non-profit agency". Next to a name, they make it an organisation.
ORG_NOUNS = word_set(
    "agency|newspaper|daily|weekly|monthly|newsletter|publication|concern|tabloid|broadcaster|brewer|brewery|bank|lender|insurer|"
    "company|firm|group|club|side|team|party|charity|brokerage|network|channel|station|"
    "magazine|publisher|carrier|airline|retailer|chain|manufacturer|maker|automaker|carmaker|"
    "operator|union|organization|organisation|association|foundation|movement|militia|"
    "nonprofit|non-profit|supermarket|supermarkets|conglomerate|subsidiary|startup|start-up|"
    "outlet|utility|miner|producer|exporter|importer|developer|distributor|franchise|"
    "institute|institution|council|ministry|department|band|coalition|alliance|consortium|"
    "corporation|corp|conglomerate|think-tank|watchdog|regulator|federation|league|opposition|"
    "arm|unit|division|affiliate|giant|broker|refiner|refinery|insurer|bourse|hospital|tribunal|"
    "parliament|commission|exchange|provider|supplier|contractor|label|studio|website|faction|"
    "cooperative|co-operative|ngo|bloc|syndicate|cartel"
)

# Lower-case nouns that name a work: "the new book They Call Me George", "the movie Home Alone".
WORK_NOUNS = word_set(
    "book|books|novel|memoir|autobiography|biography|cookbook|album|song|single|film|films|"
    "movie|movies|show|shows|series|sitcom|play|musical|opera|column|podcast|episode|"
    "documentary|classic|installation|exhibit|exhibition|painting|poem|game|app|campaign|"
    "title|program|programme|franchise|brand|product|drama|comedy|thriller|track|anthology"
)

# Capitalised function words never sit inside a personal name: "They Call Me George",
# "Baking With Julia", "Meatball Soup These", "We Are In".
FUNCTION_WORDS = word_set(
    "the|a|an|we|they|me|my|you|your|our|us|it|its|is|are|am|was|were|be|been|with|from|"
    "into|not|this|that|these|those|what|who|how|why|when|where|about|without|every|to|"
    "in|on|at|by|if|do|does|did|can|has|have|had|call|get|here|there|now|new|or|but|than|"
    "all|some|any|no|yes|one|two|three|multiple|more|most|less|very|just|only"
)

# Sports clubs: "Manchester United", "Real Madrid", "Rapid Vienna", "Dallas Cowboys".
CLUB_SUFFIXES = word_set("united|rovers|wanderers|athletic|albion|rangers|hotspur|villa|fc|sc|afc|ac")
CLUB_PREFIXES = word_set(
    "real|rapid|dynamo|dinamo|sporting|atletico|atlético|olympique|olympiacos|inter|ac|fc|"
    "sc|spartak|lokomotiv|cska|partizan|steaua|borussia|red star|racing|deportivo|union"
)

# Plural nouns for groups of people: "Witnesses said", "Officials say" open sentences, they
# name nobody.
GROUP_NOUNS = word_set(
    "witnesses|officials|analysts|traders|authorities|diplomats|residents|police|sources|"
    "investigators|experts|critics|reports|observers|dealers|economists|doctors|lawyers|"
    "prosecutors|researchers|scientists|officers|protesters|demonstrators|activists|"
    "organizers|organisers|locals|villagers|soldiers|rebels|militants|neighbours|neighbors|"
    "parents|students|teachers|workers|fans|supporters|opponents|voters|brokers|bankers|"
    "investors|executives|participants|survivors|relatives|families|others|people|staff|"
    "aides|insiders|studies|statistics|figures|documents|records|polls|surveys|heavyweights|"
    "leaders|members|delegates|negotiators|players|coaches|sources|scholars|historians"
)

REPORTING_VERBS = word_set(
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

ABBREVIATIONS = word_set(
    "mr|mrs|ms|dr|prof|st|sen|rep|gov|gen|lt|col|capt|sgt|cpl|const|insp|supt|det|"
    "rev|jr|sr|mt|ft|no|vs|co|corp|inc|ltd|dept|univ|sask|alta|ont|que|man|nfld"
)
