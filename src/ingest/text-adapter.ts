import type { InputFormat } from '../model/index.js';
import { decodeCharacterReferences } from './character-references.js';
import { makeDraft, type ArticleDraft } from './draft.js';
import { findHeadline } from './headline.js';

/**
 * Turns plain text into an article. A headline on the first line (after any player or navigation
 * chrome) becomes the title and is taken out of the text; chrome lines stay for clean to remove. HTML character
 * references left in the text ("&quot;") are decoded.
 */
export function convertPlainText(raw: string, origin: string, format: InputFormat = 'text'): ArticleDraft {
  const text = decodeCharacterReferences(raw);
  const headline = findHeadline(text);
  if (!headline) return makeDraft({ origin, format, text: text.trim() });
  const before = text.slice(0, headline.start).trimEnd();
  const after = text.slice(headline.end).replace(/^[ \t]*\n?/, '');
  const body = before === '' ? after.trim() : `${before}\n\n${after.trimStart()}`.trimEnd();
  return makeDraft({ origin, format, text: body, title: headline.title });
}
