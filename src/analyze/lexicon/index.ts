// The one loader of analyze's word lists. The lists are data (JSON beside this file, described in README.md);
// every stage that needs a word list gets it from here, through analyze's index.
import compounds from './compounds.json' with { type: 'json' };
import entities from './entities.json' with { type: 'json' };
import functionWords from './function-words.json' with { type: 'json' };
import negators from './negators.json' with { type: 'json' };
import numberWords from './number-words.json' with { type: 'json' };
import reportingVerbs from './reporting-verbs.json' with { type: 'json' };
import synonyms from './synonyms.json' with { type: 'json' };

function invert(table: Readonly<Record<string, readonly string[]>>): Map<string, string> {
  const map = new Map<string, string>();
  for (const [canonical, aliases] of Object.entries(table)) {
    map.set(canonical, canonical);
    for (const alias of aliases) map.set(alias, canonical);
  }
  return map;
}

/** Function words and reporting verbs: they carry no content when comparing what sources report. */
export const STOPWORDS: ReadonlySet<string> = new Set(functionWords);
/** Words that negate the clause they stand in. */
export const NEGATORS: ReadonlySet<string> = new Set(negators);
/** Number words read as digits, so "four hours" and "4-hour" share a term. */
export const NUMBER_WORDS: Readonly<Record<string, string>> = numberWords;
/** Two-word names read as one term ("united states" gives "us"). */
export const COMPOUNDS: Readonly<Record<string, string>> = compounds;
/** Canonical stem for each stem in a synonym group (spellings, demonyms, metonyms, near-synonym verbs). */
export const CANONICAL: ReadonlyMap<string, string> = new Map(synonyms.flatMap((group) => group.map((stem) => [stem, group[0]!] as const)));

/** Reporting verb lemmas ("say", "tell", "describe", …) that can attribute a quote. */
export const REPORTING_LEMMAS: ReadonlySet<string> = new Set(reportingVerbs.map((verb) => verb.lemma));
const FORMS_OF: ReadonlyMap<string, readonly string[]> = new Map(reportingVerbs.map((verb) => [verb.lemma, verb.forms]));

/**
 * The written forms of some reporting verbs, as a regular-expression alternation ("said|says|told").
 * `forms` picks which of base, third person, past and -ing (0–3) to include.
 * @example reportingVerbPattern(['say', 'tell'], [2]) // 'said|told'
 */
export function reportingVerbPattern(lemmas: readonly string[], forms: readonly number[] = [0, 1, 2, 3]): string {
  return lemmas
    .flatMap((lemma) => {
      const written = FORMS_OF.get(lemma);
      if (!written) throw new TypeError(`reportingVerbPattern: "${lemma}" is not in reporting-verbs.json`);
      return forms.map((form) => written[form]!);
    })
    .join('|');
}

/** Known organizations: lower-cased surface (dots kept) → canonical key. */
export const KNOWN_ORGANIZATIONS: ReadonlyMap<string, string> = invert(entities.organizationAliases);
/** Known places and spelling variants: lower-cased surface (dots kept) → canonical key. */
export const KNOWN_PLACES: ReadonlyMap<string, string> = new Map([
  ...invert(entities.placeAliases),
  ...entities.usStates.map((state) => [state, state] as const),
]);
/** The fifty U.S. states, lower-cased. */
export const US_STATE_NAMES: ReadonlySet<string> = new Set(entities.usStates);
/** Last words that make a capitalized phrase an organization ("Stanford University", "Baath Party"). */
export const ORGANIZATION_SUFFIXES: ReadonlySet<string> = new Set(entities.organizationSuffixes);
/** First words of "X of Y" organization names ("University of Chicago", "Ministry of Defense"). */
export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set(entities.organizationHeads);
/** Last words that make a capitalized phrase a place ("Sadr City", "Anbar Province"). */
export const PLACE_SUFFIXES: ReadonlySet<string> = new Set(entities.placeSuffixes);
/** Title words that can head a person's title ("Ambassador", "Prime Minister", "Sen."). */
export const TITLE_HEADS: ReadonlySet<string> = new Set(entities.titleHeads);
/** Words that qualify a title head ("Prime", "Foreign", "Deputy", "Defense"). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set(entities.titleModifiers);
/** Role nouns that name a person by function ("the spokesman", "the Iranian envoy"), for speakers. */
export const ROLE_NOUNS: ReadonlySet<string> = new Set(entities.roleNouns);
/** Role nouns that mean the same function, so "the envoy" can refer back to an "Ambassador". */
export const ROLE_SYNONYMS: ReadonlyMap<string, string> = new Map(Object.entries(entities.roleSynonyms));
/** Nationality words mapped to the place key they point to, for matching "the Iranian envoy" to a title. */
export const NATIONALITIES: ReadonlyMap<string, string> = new Map(Object.entries(entities.nationalities));
/** Capitalized words that never start or join a name (sentence openers, pronouns, calendar words). */
export const NON_NAME_WORDS: ReadonlySet<string> = new Set(entities.nonNameWords);
