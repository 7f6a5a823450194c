import type { InputFormat } from '../model/index.js';
import { makeDraft, type ArticleDraft } from './draft.js';
import { findHeadline } from './headline.js';

/**
 * Turns plain text into an article. A headline on the first line (after any player or navigation
 * chrome) becomes the title and is taken out of the text; chrome lines stay for clean to remove.
 */
export function convertPlainText(text: string, origin: string, format: InputFormat = 'text'): ArticleDraft {
  const headline = findHeadline(text);
  if (!headline) return makeDraft({ origin, format, text: text.trim() });
  const before = text.slice(0, headline.start).trimEnd();
  const after = text.slice(headline.end).replace(/^[ \t]*\n?/, '');
  const body = before === '' ? after.trim() : `${before}\n\n${after.trimStart()}`.trimEnd();
  return makeDraft({ origin, format, text: body, title: headline.title });
}
