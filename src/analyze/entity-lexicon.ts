// Word lists for named entities that compromise's lexicon lacks or gets wrong in news text. Keys are
// lower-cased with dots kept; values are the canonical key that aliases share.

const ORGANIZATION_ALIASES: Record<string, readonly string[]> = {
  'associated press': ['ap', 'the associated press'],
  reuters: [],
  'agence france-presse': ['afp', 'agence france presse'],
  npr: ['national public radio'],
  bbc: ['bbc news', 'british broadcasting corporation'],
  cnn: [],
  'fox news': ['fox news channel'],
  msnbc: [],
  'cbs news': ['cbs'],
  'abc news': ['abc'],
  'nbc news': ['nbc'],
  pbs: [],
  'al jazeera': ['al-jazeera', 'aljazeera'],
  'new york times': ['the new york times', 'nyt'],
  'washington post': ['the washington post'],
  'wall street journal': ['the wall street journal', 'wsj'],
  'los angeles times': ['la times', 'l.a. times'],
  'usa today': [],
  politico: [],
  bloomberg: ['bloomberg news'],
  xinhua: ['xinhua news agency'],
  irna: ['islamic republic news agency'],
  isna: [],
  'fars news agency': ['fars'],
  tass: ['itar-tass'],
  interfax: [],
  yonhap: [],
  'kyodo news': ['kyodo'],
  'daily mail': ['the daily mail'],
  'financial times': [],
  'huffington post': ['huffpost'],
  'state department': ['department of state', 'u.s. state department'],
  pentagon: ['the pentagon', 'defense department', 'department of defense'],
  'white house': ['the white house'],
  congress: ['u.s. congress'],
  senate: ['u.s. senate'],
  'house of representatives': [],
  'supreme court': ['u.s. supreme court'],
  'justice department': ['department of justice', 'doj'],
  'homeland security department': ['department of homeland security', 'dhs'],
  'treasury department': ['treasury', 'department of the treasury'],
  fbi: ['federal bureau of investigation'],
  cia: ['central intelligence agency'],
  nsa: ['national security agency'],
  kremlin: [],
  'united nations': ['un', 'u.n.', 'united nation', 'the united nations'],
  'security council': ['u.n. security council', 'un security council'],
  nato: [],
  'european union': ['eu', 'e.u.'],
  iaea: ['international atomic energy agency'],
  'world health organization': [],
  'world bank': [],
  imf: ['international monetary fund'],
  opec: [],
  'red cross': ['international committee of the red cross', 'icrc'],
  'amnesty international': [],
  'human rights watch': [],
  hamas: [],
  hezbollah: ['hizbollah', 'hizballah'],
  taliban: ['the taliban'],
  'al-qaida': ['al-qaeda', 'al qaeda', 'al qaida', 'alqaeda'],
  'islamic state': ['isis', 'isil'],
  'muslim brotherhood': [],
  'republican party': ['gop'],
  'democratic party': [],
  parliament: [],
  knesset: [],
  'national guard': [],
  'marine corps': [],
  'federal reserve': [],
  nasa: [],
  fda: [],
  cdc: ['centers for disease control and prevention'],
  epa: ['environmental protection agency'],
  faa: [],
  ntsb: [],
  sec: ['securities and exchange commission'],
  irs: [],
  fema: [],
  google: [],
  facebook: [],
  twitter: [],
  microsoft: [],
  apple: [],
  nfl: [],
  nba: [],
  ncaa: [],
  fifa: [],
};

const PLACE_ALIASES: Record<string, readonly string[]> = {
  'united states': ['u.s.', 'us', 'u.s.a.', 'usa', 'america', 'united states of america', 'the united states'],
  'united kingdom': ['u.k.', 'uk', 'britain', 'great britain'],
  tehran: ['teheran'],
  iran: ['islamic republic', 'islamic republic of iran'],
  kyiv: ['kiev'],
  beijing: ['peking'],
  myanmar: ['burma'],
  'middle east': ['mideast'],
  'persian gulf': [],
  'green zone': [],
  gaza: ['gaza strip'],
  'west bank': [],
  jerusalem: [],
  baghdad: [],
  basra: ['basrah'],
  mosul: [],
  fallujah: ['falluja'],
  ramadi: [],
  kirkuk: [],
  najaf: [],
  karbala: [],
  tikrit: [],
  anbar: [],
  diyala: [],
  'sadr city': [],
  kabul: [],
  kandahar: [],
  damascus: [],
  aleppo: [],
  beirut: [],
  cairo: [],
  riyadh: [],
  'washington': ['washington, d.c.', 'washington dc'],
  moscow: [],
  tokyo: [],
  seoul: [],
  pyongyang: [],
  islamabad: [],
  'new delhi': [],
  'tel aviv': [],
  'hong kong': [],
  'silicon valley': [],
  'capitol hill': [],
  'wall street': [],
};

// US states: compromise's lexicon misses some ("Virginia" reads as a person there).
const US_STATES = [
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida',
  'georgia', 'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine',
  'maryland', 'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska',
  'nevada', 'new hampshire', 'new jersey', 'new mexico', 'new york', 'north carolina', 'north dakota', 'ohio',
  'oklahoma', 'oregon', 'pennsylvania', 'rhode island', 'south carolina', 'south dakota', 'tennessee', 'texas',
  'utah', 'vermont', 'virginia', 'west virginia', 'wisconsin', 'wyoming',
];

function invert(table: Record<string, readonly string[]>): Map<string, string> {
  const map = new Map<string, string>();
  for (const [canonical, aliases] of Object.entries(table)) {
    map.set(canonical, canonical);
    for (const alias of aliases) map.set(alias, canonical);
  }
  return map;
}

/** Known organizations: lower-cased surface (dots kept) → canonical key. */
export const KNOWN_ORGANIZATIONS: ReadonlyMap<string, string> = invert(ORGANIZATION_ALIASES);
/** Known places and spelling variants: lower-cased surface (dots kept) → canonical key. */
export const KNOWN_PLACES: ReadonlyMap<string, string> = new Map([...invert(PLACE_ALIASES), ...US_STATES.map((state) => [state, state] as const)]);

/** Last words that make a capitalized phrase an organization ("Stanford University", "Baath Party"). */
export const ORGANIZATION_SUFFIXES: ReadonlySet<string> = new Set([
  'ministry', 'department', 'university', 'party', 'council', 'agency', 'corp', 'corp.', 'corporation', 'inc', 'inc.',
  'co.', 'ltd', 'ltd.', 'llc', 'company', 'group', 'bank', 'institute', 'association', 'committee', 'commission',
  'court', 'army', 'navy', 'police', 'times', 'post', 'news', 'journal', 'network', 'foundation', 'church',
  'college', 'school', 'hospital', 'airlines', 'airways', 'club', 'union', 'organization', 'organisation',
  'center', 'centre', 'embassy', 'consulate', 'administration', 'office', 'board', 'bureau', 'authority',
  'federation', 'league', 'alliance', 'coalition', 'front', 'brigade', 'brigades', 'movement', 'guard',
  'forces', 'force', 'parliament', 'assembly', 'senate', 'cabinet', 'tribune', 'herald', 'gazette',
  'magazine', 'press', 'television', 'radio', 'service', 'services', 'industries', 'holdings', 'systems',
  'technologies', 'motors', 'foods', 'pharmaceuticals', 'institution', 'academy', 'society', 'trust', 'fund',
  'reserve', 'directorate', 'secretariat', 'tribunal', 'caucus', 'team',
]);

/** First words of "X of Y" organization names ("University of Chicago", "Ministry of Defense"). */
export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set([
  'university', 'ministry', 'department', 'bank', 'institute', 'council', 'board', 'college', 'school',
  'church', 'court', 'office', 'bureau', 'house', 'league', 'association', 'federation', 'academy',
  'committee', 'commission', 'party', 'union', 'embassy',
]);

/** Last words that make a capitalized phrase a place ("Sadr City", "Anbar Province"). */
export const PLACE_SUFFIXES: ReadonlySet<string> = new Set([
  'city', 'county', 'province', 'river', 'street', 'avenue', 'island', 'islands', 'mountains', 'valley', 'sea',
  'ocean', 'lake', 'bay', 'gulf', 'desert', 'zone', 'strait', 'peninsula', 'coast', 'district', 'region',
  'square', 'airport', 'park', 'bridge', 'canal', 'heights', 'plain', 'plains', 'state', 'facility', 'prison',
  'jail', 'penitentiary', 'highlands', 'township', 'village', 'borough', 'mountain', 'hills', 'beach', 'harbor',
]);


/** Title words that can head a person's title ("Ambassador", "Prime Minister", "Sen."). */
export const TITLE_HEADS: ReadonlySet<string> = new Set([
  'ambassador', 'envoy', 'minister', 'president', 'secretary', 'chairman', 'chairwoman', 'chair', 'ceo',
  'spokesman', 'spokeswoman', 'spokesperson', 'general', 'gen.', 'lt.', 'lieutenant', 'col.', 'colonel',
  'maj.', 'major', 'sgt.', 'sergeant', 'capt.', 'captain', 'adm.', 'admiral', 'commander', 'cmdr.', 'gov.',
  'governor', 'sen.', 'senator', 'rep.', 'representative', 'congressman', 'congresswoman', 'mayor', 'judge',
  'justice', 'attorney', 'prosecutor', 'chief', 'director', 'king', 'queen', 'prince', 'princess', 'sheikh',
  'sheik', 'ayatollah', 'imam', 'pope', 'cardinal', 'archbishop', 'bishop', 'rev.', 'reverend', 'rabbi', 'mr.',
  'mrs.', 'ms.', 'dr.', 'mr', 'mrs', 'ms', 'dr', 'prof.', 'professor', 'sir', 'dame', 'lord', 'speaker',
  'premier', 'chancellor', 'president-elect', 'emir', 'sultan', 'commissioner', 'superintendent', 'sheriff',
  'detective', 'officer', 'agent', 'coach', 'adviser', 'advisor', 'aide', 'correspondent', 'leader', 'whip',
  'cleric', 'pastor', 'father', 'sister', 'brother', 'chef', 'lawmaker', 'diplomat', 'counterpart', 'inspector',
  'trooper', 'constable', 'dean', 'deputy', 'rabbi', 'mufti', 'cmdr', 'supt.', 'det.', 'insp.', 'gov', 'pres.',
  'amabassador', 'ambasador', 'cpl.', 'pvt.', 'sgt', 'lt', 'gen', 'col', 'capt', 'gov', 'sen', 'rep', 'democrat',
  'republican', 'examiner', 'coroner', 'anchor', 'host', 'minister-president', 'chairperson', 'councilman',
  'councilwoman', 'assemblyman', 'assemblywoman', 'secretary-general', 'president-elect', 'nominee', 'candidate',
]);

/** Words that qualify a title head ("Prime", "Foreign", "Deputy", "Defense"). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'prime', 'foreign', 'deputy', 'vice', 'first', 'defense', 'defence', 'interior', 'finance', 'state', 'home',
  'house', 'senate', 'majority', 'minority', 'acting', 'former', 'assistant', 'associate', 'executive',
  'grand', 'supreme', 'chief', 'senior', 'top', 'crown', 'attorney', 'lieutenant', 'rear', 'vice-president',
  'education', 'health', 'oil', 'trade', 'justice', 'economy', 'army', 'police', 'military', 'national',
  'security', 'intelligence', 'special', 'u.n.', 'un', 'white', 'homeland', 'energy', 'labor', 'agriculture',
  'transportation', 'treasury', 'commerce', 'press', 'communications', 'government', 'district', 'federal',
]);

/** Role nouns that name a person by function ("the spokesman", "the Iranian envoy"), for speakers. */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'ambassador', 'envoy', 'diplomat', 'counterpart', 'spokesman', 'spokeswoman', 'spokesperson', 'minister',
  'president', 'premier', 'official', 'officials', 'officer', 'commander', 'general', 'secretary', 'leader',
  'chief', 'director', 'aide', 'adviser', 'advisor', 'analyst', 'expert', 'correspondent', 'reporter',
  'lawyer', 'attorney', 'prosecutor', 'judge', 'senator', 'lawmaker', 'congressman', 'congresswoman',
  'governor', 'mayor', 'witness', 'resident', 'source', 'sources', 'chairman', 'chairwoman', 'executive',
  'negotiator', 'cleric', 'king', 'queen', 'prince', 'police', 'policeman', 'sheriff', 'detective',
  'investigator', 'researcher', 'scientist', 'professor', 'doctor', 'economist', 'activist', 'candidate',
  'mother', 'father', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'man', 'woman', 'friend',
  'neighbor', 'coach', 'manager', 'owner', 'founder', 'ceo', 'spokesmen', 'diplomats', 'authorities',
  'investigators', 'prosecutors', 'witnesses', 'residents', 'experts', 'analysts', 'researchers', 'scientists',
  'doctors', 'lawyers', 'leaders', 'protesters', 'organizers', 'critics', 'supporters', 'observers',
]);

/** Role nouns that mean the same function, so "the envoy" can refer back to an "Ambassador". */
export const ROLE_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['ambassador', 'envoy'], ['envoy', 'envoy'], ['diplomat', 'envoy'], ['counterpart', 'envoy'], ['amabassador', 'envoy'],
  ['spokesman', 'spokesperson'], ['spokeswoman', 'spokesperson'], ['spokesperson', 'spokesperson'],
  ['premier', 'prime minister'], ['minister', 'minister'], ['president', 'president'], ['general', 'general'],
  ['gen.', 'general'], ['commander', 'commander'], ['secretary', 'secretary'], ['senator', 'senator'], ['sen.', 'senator'],
  ['governor', 'governor'], ['gov.', 'governor'], ['mayor', 'mayor'], ['chairman', 'chair'], ['chairwoman', 'chair'],
  ['official', 'official'], ['aide', 'aide'], ['adviser', 'adviser'], ['advisor', 'adviser'],
]);

/** Nationality words mapped to the place key they point to, for matching "the Iranian envoy" to a title. */
export const NATIONALITIES: ReadonlyMap<string, string> = new Map([
  ['u.s.', 'united states'], ['us', 'united states'], ['american', 'united states'], ['america', 'united states'],
  ['iranian', 'iran'], ['iran', 'iran'], ['iraqi', 'iraq'], ['iraq', 'iraq'], ['israeli', 'israel'], ['israel', 'israel'],
  ['british', 'united kingdom'], ['u.k.', 'united kingdom'], ['uk', 'united kingdom'], ['french', 'france'],
  ['german', 'germany'], ['russian', 'russia'], ['chinese', 'china'], ['syrian', 'syria'], ['saudi', 'saudi arabia'],
  ['afghan', 'afghanistan'], ['pakistani', 'pakistan'], ['egyptian', 'egypt'], ['turkish', 'turkey'],
  ['palestinian', 'palestine'], ['lebanese', 'lebanon'], ['jordanian', 'jordan'], ['indian', 'india'],
  ['japanese', 'japan'], ['korean', 'korea'], ['ukrainian', 'ukraine'], ['canadian', 'canada'], ['mexican', 'mexico'],
]);

/** Capitalized words that never start or join a name (sentence openers, pronouns, calendar words). */
export const NON_NAME_WORDS: ReadonlySet<string> = new Set([
  'i', 'the', 'a', 'an', 'but', 'and', 'or', 'so', 'if', 'as', 'in', 'on', 'at', 'for', 'from', 'to', 'of', 'by',
  'with', 'after', 'before', 'when', 'while', 'although', 'though', 'because', 'since', 'until', 'despite',
  'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'you', 'his', 'her', 'their',
  'our', 'my', 'there', 'here', 'what', 'who', 'why', 'how', 'where', 'which', 'both', 'all', 'some', 'many',
  'most', 'more', 'no', 'not', 'yes', 'one', 'two', 'three', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
  'september', 'october', 'november', 'december', 'jan.', 'feb.', 'aug.', 'sept.', 'sep.', 'oct.', 'nov.',
  'dec.', 'today', 'yesterday', 'tomorrow', 'advertisement', 'photo', 'video', 'read', 'click', 'share',
  'related', 'copyright', 'updated', 'posted', 'getty', 'images', 'newsletter', 'subscribe', 'instead',
  'meanwhile', 'however', 'also', 'still', 'just', 'even', 'then', 'now', 'anyway', 'another', 'each',
  'every', 'other', 'such', 'mr', 'mrs', 'ms', 'dr', 'sunni', 'sunnis', 'shiite', 'shiites', 'shia', 'muslim',
  'muslims', 'christian', 'christians', 'jewish', 'jews', 'arab', 'arabs', 'kurdish', 'kurds',
  'catholic', 'republicans', 'democrats', 'were', 'was', 'is', 'are',
  'do', 'does', 'did', 'have', 'has', 'had', 'will', 'would', 'could', 'should', 'can', 'play', 'live', 'watch',
  'next', 'up', 'available', 'listen', 'email', 'print', 'tweet', 'comments', 'comment',
]);
