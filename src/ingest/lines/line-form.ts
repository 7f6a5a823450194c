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

// Scripts written without spaces between words: there a run of characters is a phrase, not a word. Such a run
// counts one word per two characters (the mean length of a Japanese or Chinese word is about two).
const SPACELESS = /[\u30fc\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/**
 * Counts words in a line form: space-separated runs containing a letter or digit; in scripts written without
 * spaces (Chinese, Japanese, Thai…), one word per two characters.
 */
export function countWords(form: string): number {
  let count = 0;
  let counted = false;
  let spaceless = 0;
  for (let i = 0; i < form.length; i++) {
    const code = form.charCodeAt(i);
    if (code === 32) {
      counted = false;
      spaceless = 0;
    } else if (code >= 0x0e00 && SPACELESS.test(form[i]!)) {
      if (spaceless++ % 2 === 0) count++;
      counted = true;
    } else if (!counted && (isAsciiAlphanumeric(code) || (code > 127 && /[\p{L}\p{N}]/u.test(form[i]!)))) {
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
