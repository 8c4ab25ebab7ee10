"""Place names and nationality words: general knowledge the name finder looks up.

Why a word list at all: a capitalised token says "name" but not which kind, and for places the
surrounding words often say nothing ("Brno", "Dili", "Kansas City" in a list of fixtures). The
lists hold ordinary atlas knowledge only - countries, capitals and large cities, US states and
their AP abbreviations, provinces and regions, seas and continents - never names taken from
particular articles. Everything is lower-case; multi-word entries are matched as whole names.
"""

from __future__ import annotations


def word_set(block: str) -> frozenset[str]:
    """A "|"-separated block as a set of trimmed entries (also how ``lexicon.py`` writes its lists)."""
    return frozenset(w.strip() for w in block.split("|") if w.strip())


# Countries: a country's name in a sports story names its national side, which news files
# with the country; a city's names its club (`organization_cues.team_named_after_place`).
COUNTRIES = word_set(
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
    # more countries, former names and spellings common in news archives
    "kazakstan|kirghizia|byelorussia|zaire|east timor|timor-leste|yugoslavia|soviet union|"
    "ussr|czechoslovakia|bosnia and herzegovina|herzegovina|trinidad and tobago|antigua|"
    "barbuda|equatorial guinea|guinea-bissau|cape verde|comoros|sao tome|"
    "central african republic|democratic republic of congo|republic of congo|"
    "united states of america|samoa|tonga|vanuatu|solomon islands|marshall islands|"
    "micronesia|kiribati|tuvalu|nauru|palau|san marino|greenland|puerto rico|guam|macau|"
    "macao|gibraltar|bermuda|cayman islands|faroe islands|western sahara|cote d'ivoire|"
    "ulster|new caledonia|tahiti|polynesia|kosova|"
)

PLACES = COUNTRIES | word_set(
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
    "b.c.|p.e.i.|ont.|que.|man.|sask.|alta.|nfld.|n.l.|n.w.t.|"
    # regions, islands, seas and rivers
    "west indies|eastern europe|western europe|central europe|southeast asia|south asia|"
    "central asia|east asia|north africa|west africa|east africa|southern africa|"
    "horn of africa|persian gulf|sahara|sahel|andes|alps|himalayas|amazon|caucasus|"
    "north caucasus|great lakes|gulf of mexico|red sea|black sea|north sea|caspian|"
    "caspian sea|adriatic|aegean|baltic sea|south china sea|east china sea|danube|rhine|"
    "nile|yangtze|thames|euphrates|tigris|golan heights|golan|sinai|suez|suez canal|"
    "patagonia|tierra del fuego|falklands|falkland islands|malvinas|sicily|sardinia|"
    "corsica|crete|cyprus|bali|java|sumatra|borneo|sulawesi|mindanao|luzon|aceh|"
    "irian jaya|hokkaido|okinawa|kyushu|tasmania|bavaria|saxony|catalonia|andalusia|"
    "lombardy|tuscany|flanders|wallonia|brittany|normandy|alsace|provence|transylvania|"
    "siberia|kamchatka|chechnya|dagestan|ingushetia|tatarstan|punjab|kashmir|bengal|"
    "kerala|tamil nadu|gujarat|assam|xinjiang|guangdong|fujian|hainan|sichuan|yunnan|"
    "manchuria|inner mongolia|silicon valley|midwest|new england|manhattan|brooklyn|"
    "queens|bronx|staten island|long island|capitol hill|wall street|hollywood|"
    # Australian states, Mexican states, English counties
    "new south wales|queensland|western australia|south australia|northern territory|"
    "australian capital territory|baja california|sonora|chihuahua|sinaloa|tamaulipas|"
    "nuevo leon|jalisco|michoacan|oaxaca|chiapas|yucatan|veracruz|tabasco|"
    "yorkshire|lancashire|essex|sussex|cornwall|devon|somerset|dorset|norfolk|suffolk|"
    "cumbria|merseyside|midlands|hampshire|berkshire|oxfordshire|cambridgeshire|"
    # US cities: the largest and the state capitals
    "cincinnati|indianapolis|kansas city|des moines|albuquerque|oakland|tallahassee|"
    "sacramento|san jose|fort worth|jacksonville|el paso|memphis|louisville|milwaukee|"
    "tucson|fresno|omaha|long beach|virginia beach|tulsa|tampa|wichita|honolulu|"
    "anaheim|orlando|st. paul|saint paul|newark|anchorage|little rock|salt lake city|"
    "hartford|norfolk|chattanooga|knoxville|baton rouge|shreveport|boise|spokane|"
    "santa fe|trenton|albany|syracuse|rochester|harrisburg|annapolis|fort lauderdale|"
    "palm beach|pensacola|cheyenne|topeka|juneau|lansing|carson city|jefferson city|"
    "frankfort|montpelier|sioux falls|raleigh|richmond|toledo|st. petersburg|"
    "oklahoma city|colorado springs|san bernardino|riverside|santa barbara|"
    "palo alto|berkeley|pasadena|cambridge|ann arbor|princeton|"
    # more world cities
    "abidjan|dili|bratislava|brno|ostrava|krasnoyarsk|johor bahru|penang|hebron|nablus|"
    "jenin|bethlehem|jericho|haifa|eilat|sidon|diyarbakir|izmir|adana|antalya|bursa|"
    "kisangani|goma|bukavu|kinshasa|bangui|lubumbashi|mombasa|dar es salaam|kigali|"
    "bujumbura|freetown|monrovia|conakry|bamako|niamey|ouagadougou|lome|cotonou|douala|"
    "yaounde|libreville|brazzaville|luanda|maputo|windhoek|gaborone|pretoria|durban|"
    "port elizabeth|mogadishu|asmara|kano|ibadan|port harcourt|casablanca|marrakesh|"
    "oran|benghazi|misrata|juba|omdurman|antananarivo|n'djamena|nouakchott|mbabane|"
    "maseru|lilongwe|blantyre|bulawayo|peshawar|quetta|rawalpindi|kandahar|herat|"
    "jalalabad|mazar-i-sharif|kathmandu|thimphu|chittagong|calcutta|kolkata|madras|"
    "chennai|bangalore|bengaluru|hyderabad|ahmedabad|pune|bombay|srinagar|jammu|"
    "amritsar|rangoon|yangon|mandalay|vientiane|saigon|haiphong|da nang|surabaya|"
    "bandung|medan|cebu|davao|guangzhou|canton|shenzhen|wuhan|chengdu|chongqing|tianjin|"
    "nanjing|xian|xi'an|hangzhou|harbin|shenyang|dalian|qingdao|urumqi|lhasa|kaohsiung|"
    "pusan|incheon|inchon|yokohama|kyoto|kobe|nagoya|sapporo|fukuoka|hiroshima|nagasaki|"
    "ulan bator|almaty|alma-ata|samarkand|dushanbe|ashgabat|grozny|vladivostok|"
    "novosibirsk|yekaterinburg|omsk|irkutsk|murmansk|kaliningrad|sochi|volgograd|samara|"
    "nizhny novgorod|rostov|chelyabinsk|norilsk|basra|mosul|kirkuk|erbil|arbil|najaf|"
    "karbala|falluja|fallujah|tikrit|homs|hama|idlib|raqqa|latakia|jeddah|mecca|dhahran|"
    "muscat|manama|aden|isfahan|shiraz|mashhad|tabriz|qom|ljubljana|skopje|podgorica|"
    "tallinn|kaunas|gdansk|krakow|cracow|wroclaw|poznan|lodz|katowice|szczecin|debrecen|"
    "cluj|timisoara|constanta|varna|plovdiv|thessaloniki|salonika|piraeus|dubrovnik|"
    "mostar|tuzla|banja luka|srebrenica|gorazde|novi sad|cologne|bonn|dusseldorf|"
    "duesseldorf|stuttgart|dresden|leipzig|hanover|nuremberg|bremen|dortmund|toulouse|"
    "nantes|strasbourg|montpellier|bordeaux|lille|rennes|grenoble|turin|genoa|venice|"
    "bologna|palermo|verona|valencia|seville|bilbao|malaga|zaragoza|pamplona|"
    "san sebastian|santander|porto|oporto|utrecht|eindhoven|antwerp|ghent|liege|bruges|"
    "basel|lausanne|lucerne|davos|salzburg|innsbruck|graz|gothenburg|malmo|aarhus|"
    "turku|tampere|limerick|galway|dnipro|zaporizhzhia|kherson|sevastopol|simferopol|"
    "leeds|sheffield|bristol|newcastle|nottingham|leicester|southampton|portsmouth|"
    "oxford|aberdeen|dundee|coventry|bradford|brighton|plymouth|swansea|guadalajara|"
    "monterrey|tijuana|acapulco|cancun|tampico|puebla|ciudad juarez|san juan|"
    "santo domingo|port-au-prince|panama city|managua|tegucigalpa|san salvador|"
    "guatemala city|quito|guayaquil|medellin|cali|cartagena|maracaibo|valparaiso|"
    "montevideo|asuncion|cordoba|rosario|recife|belo horizonte|porto alegre|curitiba|"
    "manaus|fortaleza|brisbane|perth|adelaide|hobart|canberra|gold coast|christchurch|"
    "dunedin|port moresby|suva|"
    # US states in AP style; the dotted ones are unambiguous on their own
    "n.h.|n.j.|n.m.|n.y.|n.c.|n.d.|s.c.|s.d.|r.i.|d.c.|w.va.|"
    # the short names of cities news uses as their names
    "nyc"
)

# AP-style US state abbreviations that are also ordinary words or names ("Miss.", "Mass.",
# "Wash."): a place only in "City, Abbr." and in datelines.
US_STATE_ABBREVIATIONS = word_set(
    "ala|ariz|ark|calif|colo|conn|del|fla|ga|ill|ind|kan|kans|ky|la|md|mass|mich|minn|"
    "miss|mo|mont|neb|nev|okla|ore|pa|tenn|tex|vt|va|wash|wis|wyo"
)

# The US Postal Service's two-letter state codes ("Lynchburg, VA"): a place only after a city
# and a comma, where an acronym ("VA", "PA") would otherwise be read as a body.
US_POSTAL_CODES = word_set(
    "al|ak|az|ar|ca|co|ct|de|dc|fl|ga|hi|id|il|in|ia|ks|ky|la|me|md|ma|mi|mn|ms|mo|mt|ne|nv|nh|nj|"
    "nm|ny|nc|nd|oh|ok|or|pa|ri|sc|sd|tn|tx|ut|vt|va|wa|wv|wi|wy"
)

# Each US state (and the District of Columbia) with its AP-style abbreviation and its postal
# code, as news writes them after a politician's name and party ("Sen. Ann Lee (D-Mass.)",
# "Rep. Bo Kim (R-TX)", "(R-Utah)": a state with a short name is written in full).
US_STATES: dict[str, tuple[str, str]] = {
    "Alabama": ("Ala.", "AL"),
    "Alaska": ("Alaska", "AK"),
    "Arizona": ("Ariz.", "AZ"),
    "Arkansas": ("Ark.", "AR"),
    "California": ("Calif.", "CA"),
    "Colorado": ("Colo.", "CO"),
    "Connecticut": ("Conn.", "CT"),
    "Delaware": ("Del.", "DE"),
    "District of Columbia": ("D.C.", "DC"),
    "Florida": ("Fla.", "FL"),
    "Georgia": ("Ga.", "GA"),
    "Hawaii": ("Hawaii", "HI"),
    "Idaho": ("Idaho", "ID"),
    "Illinois": ("Ill.", "IL"),
    "Indiana": ("Ind.", "IN"),
    "Iowa": ("Iowa", "IA"),
    "Kansas": ("Kan.", "KS"),
    "Kentucky": ("Ky.", "KY"),
    "Louisiana": ("La.", "LA"),
    "Maine": ("Maine", "ME"),
    "Maryland": ("Md.", "MD"),
    "Massachusetts": ("Mass.", "MA"),
    "Michigan": ("Mich.", "MI"),
    "Minnesota": ("Minn.", "MN"),
    "Mississippi": ("Miss.", "MS"),
    "Missouri": ("Mo.", "MO"),
    "Montana": ("Mont.", "MT"),
    "Nebraska": ("Neb.", "NE"),
    "Nevada": ("Nev.", "NV"),
    "New Hampshire": ("N.H.", "NH"),
    "New Jersey": ("N.J.", "NJ"),
    "New Mexico": ("N.M.", "NM"),
    "New York": ("N.Y.", "NY"),
    "North Carolina": ("N.C.", "NC"),
    "North Dakota": ("N.D.", "ND"),
    "Ohio": ("Ohio", "OH"),
    "Oklahoma": ("Okla.", "OK"),
    "Oregon": ("Ore.", "OR"),
    "Pennsylvania": ("Pa.", "PA"),
    "Rhode Island": ("R.I.", "RI"),
    "South Carolina": ("S.C.", "SC"),
    "South Dakota": ("S.D.", "SD"),
    "Tennessee": ("Tenn.", "TN"),
    "Texas": ("Tex.", "TX"),
    "Utah": ("Utah", "UT"),
    "Vermont": ("Vt.", "VT"),
    "Virginia": ("Va.", "VA"),
    "Washington": ("Wash.", "WA"),
    "West Virginia": ("W.Va.", "WV"),
    "Wisconsin": ("Wis.", "WI"),
    "Wyoming": ("Wyo.", "WY"),
}

# Gazetteer entries common as surnames: "Lewis Hamilton" stays a person.
PLACE_NAMES_ALSO_SURNAMES = word_set(
    "jordan|georgia|hamilton|washington|victoria|regina|kingston|windsor|london|chad|"
    "austin|houston|dallas|phoenix|sydney|israel|virginia|paris|lincoln|denver|surrey|"
    "halifax|laval|barrie|guelph|vaughan|markham|milan|florence|lyon|orleans|cleveland|"
    "portland|nashville|wellington|kent|york|chester|jackson|madison|salem|carolina|"
    "richmond|raleigh|toledo|orlando|perth|adelaide|essex|norfolk|cambridge|oxford|"
    "bristol|newcastle|leicester|bradford|valencia|cordoba|rosario|somerset|devon|"
    "berkeley|princeton|albany|rochester|cali|porto|aden|sidon|murray"
)

# The places of the peoples whose names are not the place's with an ending ("Canadian":
# "Canada" is found by its stem; "American": "U.S." is not), as news writes them.
DEMONYM_PLACES: dict[str, tuple[str, ...]] = {
    "american": ("U.S.", "US", "United States", "America"),
    "british": ("Britain", "U.K.", "UK", "United Kingdom"),
    "english": ("England",),
    "scottish": ("Scotland",),
    "welsh": ("Wales",),
    "irish": ("Ireland",),
    "french": ("France",),
    "dutch": ("Netherlands", "Holland"),
    "swiss": ("Switzerland",),
    "spanish": ("Spain",),
    "danish": ("Denmark",),
    "swedish": ("Sweden",),
    "finnish": ("Finland",),
    "polish": ("Poland",),
    "turkish": ("Turkey",),
    "greek": ("Greece",),
    "thai": ("Thailand",),
    "filipino": ("Philippines",),
    "afghan": ("Afghanistan",),
    "saudi": ("Saudi Arabia",),
    "israeli": ("Israel",),
    "iraqi": ("Iraq",),
    "pakistani": ("Pakistan",),
}

# Nationality, ethnic and religious adjectives: they describe ("Bulgarian town", "the Jewish
# state"), they do not name a place, a person or an organisation.
DEMONYMS = word_set(
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
    "australian|zealander|uzbek|kazakh|haitian|jamaican|indigenous|"
    "western|eastern|northern|southern|soviet|muslim|christian|jewish|catholic|"
    # more nationalities, peoples, faiths and languages
    "slovenian|slovene|macedonian|montenegrin|kosovar|azeri|azerbaijani|kyrgyz|tajik|"
    "turkmen|mongolian|tibetan|nepalese|nepali|sri lankan|burmese|cambodian|laotian|"
    "bruneian|latino|latina|hispanic|kurd|kurdish|basque|catalan|flemish|walloon|bavarian|sicilian|corsican|"
    "chechen|tatar|cossack|pashtun|tamil|sikh|hindu|buddhist|moslem|islamic|shi'ite|"
    "shiite|sunni|protestant|orthodox|arabic|hebrew|persian|urdu|hindi|bengali|"
    "swahili|zulu|xhosa|hutu|tutsi|congolese|zairean|zairian|rwandan|burundian|"
    "ugandan|tanzanian|zambian|zimbabwean|angolan|mozambican|namibian|malawian|"
    "senegalese|malian|ivorian|liberian|cameroonian|gabonese|chadian|nigerien|"
    "eritrean|djiboutian|malagasy|mauritian|ecuadorean|ecuadorian|bolivian|"
    "paraguayan|uruguayan|panamanian|nicaraguan|honduran|guatemalan|salvadoran|"
    "dominican|puerto rican|trinidadian|barbadian|cypriot|maltese|luxembourger|"
    "scandinavian|caucasian|slav|slavic|serb|croat|bosniak|yugoslav|philippine|"
    "kiwi|aussie|yankee|texan|californian|floridian|quebecois|quebecer|albertan|"
    "ontarian|londoner|parisian|muscovite|new zealander|inuit|aboriginal"
)

# Common given names across the languages news reports in. A capitalised run that opens with one
# ("Jennifer Yang") is very likely a person; a run that opens with none ("Rock Paper Scissors",
# "Regent Theater") needs other evidence (a title, "said", a later surname-only mention). Names that
# are mostly ordinary words ("Will", "May", "Said") are left out on purpose; those that are also
# places ("Georgia", "Sydney") count as given names only at the head of a longer name.
GIVEN_NAMES = word_set(
    # English-speaking world, men
    "aaron|adam|adrian|aidan|alan|albert|alex|alexander|alfred|allan|allen|andrew|andy|angus|"
    "anthony|antony|archie|arnold|arthur|austin|barry|ben|benjamin|bernard|bill|billy|blake|"
    "bob|bobby|brad|bradley|brandon|brendan|brent|brett|brian|bruce|bryan|byron|calvin|"
    "cameron|carl|carter|cecil|chad|charles|charlie|chris|christian|christopher|chuck|clark|"
    "clarence|claude|clifford|clint|clinton|colin|connor|conor|craig|curtis|cyril|dale|"
    "damian|damien|dan|daniel|danny|darrell|darren|darrin|dave|david|dean|dennis|"
    "derek|derrick|desmond|devin|dick|dominic|don|donald|doug|douglas|duncan|dustin|"
    "dwayne|dwight|dylan|earl|ed|eddie|edgar|edmund|edward|edwin|eli|elijah|elliot|elliott|"
    "eric|erik|ernest|ethan|eugene|evan|frank|frankie|fred|freddie|frederick|gabriel|gareth|"
    "garry|gary|gavin|gene|geoff|geoffrey|george|gerald|gerry|gilbert|glen|glenn|gordon|"
    "graham|grant|greg|gregory|harold|harry|harvey|hayden|henry|herbert|howard|hugh|hunter|"
    "ian|isaac|jack|jackson|jacob|jake|james|jamie|jared|jason|jay|jeff|jeffrey|jeremy|"
    "jerome|jerry|jesse|jim|jimmy|joe|joel|joey|john|johnny|jon|jonathan|jordan|joseph|"
    "josh|joshua|justin|keith|ken|kenneth|kenny|kevin|kieran|kirk|kurt|kyle|lance|larry|"
    "lawrence|lee|leo|leon|leonard|leroy|les|lewis|liam|lloyd|logan|lorne|louis|lucas|luke|"
    "malcolm|marc|marcus|mark|marshall|martin|marvin|mason|matt|matthew|maurice|max|melvin|"
    "michael|mick|mickey|mike|miles|mitch|mitchell|nathan|nathaniel|ned|neil|nicholas|nick|"
    "nigel|noah|norman|oliver|oscar|owen|patrick|paul|percy|pete|peter|phil|philip|phillip|"
    "quentin|ralph|randall|randy|ray|raymond|reginald|rex|richard|rick|ricky|rob|robert|"
    "robbie|robin|rod|rodney|roger|ron|ronald|ronnie|ross|roy|russ|russell|ryan|sam|samuel|"
    "scott|sean|seth|shane|shaun|shawn|sidney|simon|spencer|stan|stanley|stephen|steve|"
    "steven|stewart|stuart|ted|terence|terrence|terry|theodore|thomas|tim|timothy|toby|todd|"
    "tom|tommy|tony|travis|trevor|troy|tyler|vernon|victor|vince|vincent|wade|walter|warren|"
    "wayne|wesley|wilfred|william|willie|zach|zachary|"
    # English-speaking world, women
    "abby|abigail|ada|adele|adrienne|agnes|aileen|alexandra|alexis|alice|alicia|alison|"
    "allison|alyssa|amanda|amber|amelia|amy|andrea|angela|angelique|angie|anita|ann|anna|"
    "anne|annette|annie|april|ashley|audrey|barbara|beatrice|becky|belinda|bernadette|beth|"
    "bethany|betty|beverly|bonnie|brenda|bri|bridget|brittany|brooke|caitlin|candace|"
    "cara|carla|carmen|carol|caroline|carolyn|carrie|casey|cassandra|cassie|catherine|"
    "cathy|cecilia|charlene|charlotte|chelsea|cheryl|chloe|christina|christine|cindy|claire|"
    "clara|colleen|connie|constance|courtney|crystal|cynthia|daisy|dana|danielle|daphne|"
    "dawn|debbie|deborah|debra|demi|denise|diana|diane|dolores|donna|doris|dorothy|edith|"
    "eileen|elaine|eleanor|elena|elise|eliza|elizabeth|ella|ellen|elsie|elyse|emily|emma|"
    "erica|erika|erin|esther|ethel|eva|evelyn|faith|felicity|fiona|florence|frances|gail|"
    "gemma|georgia|geraldine|gillian|gina|gladys|glenda|gloria|grace|gwen|hannah|harriet|"
    "hazel|heather|heidi|helen|helena|holly|irene|iris|isabel|isabella|jackie|jacqueline|"
    "jane|janet|janice|jasmine|jean|jeanette|jeanine|jennifer|jenny|jessica|jill|joan|joanna|"
    "joanne|jodi|jody|josephine|joy|joyce|judith|judy|julia|julie|june|karen|kate|katherine|"
    "kathleen|kathryn|kathy|katie|kay|kayla|kelly|kendra|kerry|kim|kimberly|kirsten|krista|"
    "kristen|kristin|laura|lauren|laurie|leah|leanne|leslie|lillian|lily|linda|lindsay|"
    "lindsey|lisa|lois|lorraine|louise|lucy|lydia|lynn|lynne|madeleine|madison|maggie|"
    "mandy|margaret|margo|maria|marian|marie|marilyn|marion|marjorie|martha|mary|maureen|"
    "megan|meghan|melanie|melissa|meredith|michelle|mildred|miranda|molly|monica|nancy|"
    "naomi|natalie|natasha|nicola|nicole|nina|nora|norma|olivia|paige|pam|pamela|patricia|"
    "patti|paula|pauline|peggy|penny|philippa|phyllis|priscilla|rachel|rebecca|regina|"
    "renee|rhonda|rita|roberta|robyn|rosa|rose|rosemary|roxanne|ruby|ruth|sally|samantha|"
    "sandra|sara|sarah|shannon|sharon|sheila|shelley|sherry|shirley|sophia|sophie|stacey|"
    "stacy|stella|stephanie|sue|susan|suzanne|sydney|sylvia|tamara|tammy|tanya|tara|teresa|"
    "theresa|tiffany|tina|tracey|tracy|valerie|vanessa|vera|veronica|vicki|vicky|victoria|"
    "violet|virginia|vivian|wanda|wendy|whitney|yvonne|zoe|"
    # French, Italian, Spanish, Portuguese
    "alain|andre|andré|antoine|bernardo|bruno|carlo|carlos|cesar|césar|christophe|claudio|"
    "dario|diego|eduardo|emile|émile|emilio|emmanuel|enrique|enrico|ernesto|esteban|fabio|"
    "felipe|fernando|filippo|francesco|francisco|francois|françois|franco|gianni|giorgio|"
    "giovanni|giuseppe|guillaume|gustavo|hector|héctor|hugo|ignacio|jacques|javier|jean-claude|"
    "jean-paul|jean-pierre|jesus|joao|joão|jorge|jose|josé|juan|julien|laurent|lorenzo|luc|"
    "luca|luigi|luis|luís|manuel|marcel|marcelo|marco|mario|massimo|mathieu|matteo|michel|"
    "miguel|nicolas|olivier|pablo|paolo|pascal|pedro|philippe|pierre|rafael|raul|raúl|"
    "ricardo|roberto|rodrigo|salvador|sergio|stefano|stéphane|thierry|vicente|xavier|yves|"
    "adriana|alejandra|ana|beatriz|camila|carmela|chantal|chantelle|claudia|elisa|fernanda|"
    "francesca|gabriela|genevieve|geneviève|giulia|isabelle|juliette|lucia|luisa|manon|"
    "marguerite|mariana|martine|monique|nathalie|paola|raquel|rosario|simone|sofia|"
    "sylvie|valentina|veronique|véronique|"
    # German, Dutch, Scandinavian
    "anders|axel|dieter|dirk|erich|ernst|friedrich|fritz|gerhard|gunter|günter|hans|heinz|"
    "helmut|horst|jan|jens|jochen|jonas|jürgen|jurgen|karl|klaus|lars|magnus|manfred|"
    "matthias|nils|olaf|ole|otto|rainer|rolf|rudolf|sven|thomas|uwe|werner|wolfgang|"
    "angela|anke|birgit|brigitte|greta|gudrun|ingrid|karin|katarina|kerstin|liesl|petra|"
    "sabine|ursula|"
    # Slavic, Baltic, Greek, Hungarian
    "aleksandr|alexei|alexey|anatoly|andrei|andriy|boris|bogdan|dmitri|dmitry|dragan|"
    "goran|igor|ivan|janusz|jaroslav|jiri|józef|jozef|lech|milan|miroslav|mikhail|nikolai|"
    "oleg|pavel|petr|piotr|sergei|sergey|slobodan|stanislav|tomasz|vaclav|václav|viktor|"
    "vladimir|vladislav|volodymyr|yuri|zoran|andreas|constantine|dimitris|georgios|nikos|"
    "yannis|istvan|lászló|laszlo|anastasia|irina|katya|ludmila|marta|natalia|nadia|olga|"
    "svetlana|tatiana|yulia|zofia|agnieszka|magdalena|"
    # Arabic, Persian, Turkish, African
    "abdul|abdullah|ahmad|ahmed|ali|amir|ayman|bashar|fahad|faisal|farid|hamid|hassan|"
    "hussein|ibrahim|ismail|jamal|karim|khalid|mahmoud|mohamed|mohammad|mohammed|muhammad|"
    "mustafa|nabil|omar|osama|rashid|saeed|salim|samir|tareq|tariq|walid|yasser|yousef|"
    "youssef|yusuf|aisha|amina|fatima|layla|leila|mariam|maryam|nour|rania|yasmin|zainab|"
    "ahmet|mehmet|recep|emre|hakan|kemal|mustapha|reza|mahmoud|ali|"
    "kofi|kwame|chinedu|oluwaseun|babatunde|olusegun|thabo|jacob|nelson|cyril|uhuru|"
    "ngozi|chimamanda|adaeze|"
    # South Asian
    "amit|anil|arjun|ashok|deepak|gurpreet|harjit|jagmeet|kamal|manish|mohan|narendra|"
    "navdeep|pradeep|rahul|raj|rajesh|ravi|sanjay|sunil|suresh|vijay|vikram|anita|anjali|"
    "deepa|indira|kamala|lakshmi|meena|neha|pooja|priya|sonia|sunita|"
    # East and Southeast Asian (romanised given names common in news)
    "hiroshi|kenji|takeshi|yuki|akira|haruki|shinzo|yoshihide|fumio|kim|min|jin|hyun|"
    "ji-hoon|xi|li|wei|ming|jun|hong|hui|lin|mei|yan|ying|nguyen|duc|anh|"
    # Indigenous and other North American
    "tecumseh|"
    # a few more frequent ones
    "abe|abraham|alvin|angelo|archibald|ari|barney|basil|benedict|bert|boyd|brady|brock|"
    "caleb|casey|cole|conrad|corey|cory|dana|darius|declan|dennis|dexter|dominique|drew|"
    "emmett|felix|floyd|forrest|francis|garrett|giles|gus|hal|hank|heath|herman|homer|ira|"
    "irving|ivor|jasper|jed|jeremiah|jonah|julian|julius|kent|lionel|lyle|marty|mel|morgan|"
    "murray|neville|noel|norm|otis|perry|preston|quinn|reed|reid|rene|rené|rhys|roland|"
    "rory|rufus|rupert|seamus|sebastian|sheldon|sid|silas|sol|stefan|sterling|tobias|"
    "tristan|tyrone|vaughn|wallace|wendell|wilson|winston|zane|"
    "alana|alexa|allie|alma|alisha|ariana|ava|bella|brianna|carly|celine|chelsey|"
    "dina|eden|ellie|emilia|esme|eve|gabrielle|gigi|harper|imogen|ivy|jade|jana|jenna|"
    "jocelyn|kara|kate|kim|kristina|lana|lara|lena|lila|liz|lorna|mabel|marcia|maya|"
    "mia|miriam|nadine|nell|noelle|pat|rosie|sadie|serena|shauna|sienna|tess|tessa|"
    "trudy|una|wilma|"
    "travis|darryl|"
    "clay|cody|colby|dane|dario|dante|elias|emil|ezra|gino|hamza|idris|ilya|jamal|jorge|"
    "kareem|kenji|kofi|lamar|luca|marco|mateo|nico|omar|pavel|rafael|ramon|ricardo|santiago|"
    "tariq|vito|yusuf|zoltan|aurora|bianca|carmen|dalia|elena|farah|giselle|hana|ines|"
    "ingrid|jana|kamila|lucia|marisol|mira|nadia|noura|paloma|renata|rosa|selena|soraya|"
    "tanya|ursula|ximena|yara|zara"
)
