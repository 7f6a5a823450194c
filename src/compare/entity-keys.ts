// Names that differ in spelling only, as keys: the first is the key every other maps to.
const ALIASES: readonly (readonly string[])[] = [
  ['united states', 'us', 'usa', 'u s', 'u s a', 'america', 'united states of america'],
  ['united kingdom', 'uk', 'britain', 'great britain'],
  ['united nations', 'un'],
  ['european union', 'eu'],
  ['tehran', 'teheran'],
];
const ALIAS_KEY: ReadonlyMap<string, string> = new Map(ALIASES.flatMap((group) => group.map((name) => [name, group[0]!] as const)));

/**
 * Key under which spellings of one name meet: lower-case, diacritics, dots, possessives, a leading "the"
 * and "al-"/"el-" particles removed ("Al-Maliki's" and "al Maliki" give "maliki"; "U.S." gives "united states").
 */
export function keyOfName(name: string): string {
  const key = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/'s?$/, '')
    .replace(/^the\s+/, '')
    .replace(/\./g, ' ')
    .replace(/(?<!\p{L})(?:al|el|ad|ash)-(?=\p{L}{3})/gu, '')
    .replace(/(?<=\p{L} )(?:al|el) (?=\p{L}{3})/gu, '')
    .replace(/[-‐–]/g, ' ')
    .replace(/[^\p{L}\p{N}& ]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  return ALIAS_KEY.get(key) ?? ALIAS_KEY.get(key.replace(/ /g, '')) ?? key;
}

/**
 * Consonant skeleton of a one-word key for older and newer transliterations: vowels after the first
 * letter and "h" dropped, doubled letters collapsed, q/g/k and c/k and ph/f folded.
 * "teheran" and "tehran" give "trn"; "qaddafi", "gaddafi" and "kadhafi" give "kdf".
 */
export function skeletonOf(key: string): string {
  const folded = key.replace(/ph/g, 'f').replace(/[qgc]/g, 'k').replace(/[yj]/g, 'i');
  const head = folded[0] ?? '';
  const body = folded.slice(1).replace(/[aeiouh ]/g, '').replace(/(.)\1+/g, '$1');
  return head + body;
}
