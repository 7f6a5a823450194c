// The comparison form of a line and its word count: what ingest (headline finding) and clean (boilerplate
// removal) judge lines by.

const NEEDS_FORM = /[\u200b-\u200d\u2060\ufeff\u00ad\u2018-\u201b\u201c-\u201f\u2032\u2033]|\s\s|[^\S ]/;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const SPACES = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033]/g;

/** The comparison form of a line: spaces collapsed, invisible characters dropped, straight quotes. */
export function toLineForm(text: string): string {
  if (!NEEDS_FORM.test(text)) return text.trim();
  return text.replace(INVISIBLE, '').replace(SPACES, ' ').replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"').trim();
}

const isAsciiAlphanumeric = (code: number): boolean => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** Counts words (space-separated runs containing a letter or digit) in a line form. */
export function countWords(form: string): number {
  let count = 0;
  let counted = false;
  for (let i = 0; i < form.length; i++) {
    const code = form.charCodeAt(i);
    if (code === 32) counted = false;
    else if (!counted && (isAsciiAlphanumeric(code) || (code > 127 && /[\p{L}\p{N}]/u.test(form[i]!)))) {
      count++;
      counted = true;
    }
  }
  return count;
}

/**
 * A regex source (lookbehind) that fails right after an initial ("Michael E.") or a common
 * abbreviation ("Md.", "Gov.", "U.S."), so a full stop there is not taken for a sentence end.
 */
export const NOT_ABBREVIATION = String.raw`(?<!(?:^|[\s.(])(?:[A-Z]|Mr|Mrs|Ms|Dr|Jr|Sr|St|Gov|Sen|Rep|Gen|Col|Lt|Sgt|Capt|Cmdr|Prof|Rev|No|Calif|Fla|Ariz|Mass|Md|Va|Wash|Ore|Tenn|Ky|La|Ill|Mich|Minn|Pa|Conn|Ga|Ala|Miss|Okla|Tex|Colo|Nev|Wis|Mo|Neb|Kan|Del|Ark|Ind|Jan|Feb|Aug|Sept|Oct|Nov|Dec|Inc|Corp|Co|Ltd))`;
