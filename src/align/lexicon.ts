/** Function words and reporting verbs: they carry no content when comparing what sources report. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    "a an the and or but if then than so as at by for from in into of off on onto out over to up upon with within without " +
    'about above after again against all almost also although am among any are aren\'t around be because been before being ' +
    'below between both can cannot could did do does doing down during each either else ever every few further had has have ' +
    'having he her here hers herself him himself his how however i it its itself just me more most much must my myself ' +
    'neither no nor not now of once only other our ours ourselves own same she should since some still such that their theirs ' +
    'them themselves there these they this those though through thus too under until very via was we were what when where ' +
    'whether which while who whom whose why will would yet you your yours yourself yourselves is isn\'t wasn\'t weren\'t ' +
    "don't doesn't didn't won't wouldn't can't couldn't shouldn't hasn't haven't hadn't it's he's she's they're we're i'm " +
    "that's there's let's may might shall one ones another like just even back well really many several like " +
    'mr mr. mrs mrs. ms ms. dr dr. said say says saying told tell tells telling added adding add adds noted noting according ' +
    'stated reported reporting asked explained insisted claimed declared continued replied commented remarked ' +
    'today yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday week weeks'
  ).split(/\s+/),
);

/** Words that negate the clause they stand in. */
export const NEGATORS: ReadonlySet<string> = new Set([
  'not', "n't", 'no', 'never', 'neither', 'nor', 'nobody', 'nothing', 'none', "didn't", "don't", "doesn't", "wasn't",
  "weren't", "isn't", "aren't", "won't", "wouldn't", "can't", 'cannot', "couldn't", "hasn't", "haven't", "hadn't", "shouldn't",
]);

/** Number words read as digits, so "four hours" and "4-hour" share a term. */
export const NUMBER_WORDS: Readonly<Record<string, string>> = {
  one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  eleven: '11', twelve: '12', thirteen: '13', fourteen: '14', fifteen: '15', sixteen: '16', seventeen: '17',
  eighteen: '18', nineteen: '19', twenty: '20', thirty: '30', forty: '40', fifty: '50', sixty: '60', seventy: '70',
  eighty: '80', ninety: '90', hundred: '100', dozen: '12',
};

// Stems that name the same thing in news copy: spellings, demonyms and metonyms, and near-synonym verbs.
const GROUPS: readonly (readonly string[])[] = [
  ['iran', 'tehran', 'teheran', 'iranian', 'persia'],
  ['us', 'u.s.', 'usa', 'u.s.a.', 'america', 'american', 'washington'],
  ['iraq', 'iraqi'], ['israel', 'israeli'], ['syria', 'syrian'], ['russia', 'russian', 'moscow', 'kremlin'],
  ['china', 'chines', 'beij'], ['britain', 'british', 'uk', 'u.k.'], ['afghanistan', 'afghan'], ['pakistan', 'pakistani'],
  ['egypt', 'egyptian'], ['mexico', 'mexican'], ['canada', 'canadian'], ['japan', 'japanes'], ['korea', 'korean'],
  ['stop', 'end', 'halt', 'ceas', 'curtail'],
  ['arm', 'weapon'], ['fund', 'money', 'financ'], ['militant', 'militia'],
  ['attend', 'participat'], ['kill', 'dead', 'death', 'die'], ['injur', 'wound', 'hurt'],
  ['meet', 'talk', 'session', 'convers'], ['envoy', 'ambassador'],
  ['respond', 'repli', 'answer', 'react'], ['arrest', 'detain'], ['bomb', 'blast', 'explos'],
  ['presid', 'president'], ['govern', 'government', 'administr', 'administration'],
];

/** Canonical stem for each stem in a synonym group. */
export const CANONICAL: ReadonlyMap<string, string> = new Map(GROUPS.flatMap((group) => group.map((stem) => [stem, group[0]!] as const)));
