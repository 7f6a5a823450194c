import type { Article, CleanArticle, Diagnostic } from '../model/index.js';
import { classifyLine } from '../ingest/index.js';
import { buildCleanText } from './build-text.js';
import { markFurnitureLines } from './furniture-lines.js';
import { cutFurniture } from './furniture-spans.js';
import { splitArticleLines, type ArticleLine } from './lines.js';
import { joinWrappedLines } from './unwrap.js';
import { markHeaderLabels, markRelatedBlocks, markRepeats } from './structure-passes.js';
import { cutGluedTrailers } from './trailers.js';
import { detectLanguage } from './detect-language.js';

/** Options for `cleanArticle`. */
export interface CleanOptions {
  /**
   * When boilerplate was removed and fewer words than this are left (and fewer than were removed),
   * the whole article is treated as boilerplate and emptied: a crawl notice with a stray "Yes".
   */
  readonly minWords: number;
}

/** Default options for `cleanArticle`. */
export const DEFAULT_CLEAN_OPTIONS: CleanOptions = { minWords: 20 };

function collectRemoved(lines: readonly ArticleLine[]): string[] {
  const removed: string[] = [];
  for (const line of lines) {
    if (line.removed) removed.push(line.form);
    else if (line.cut) removed.push(line.cut);
  }
  return removed;
}

function isBoilerplateOnly(lines: readonly ArticleLine[], minWords: number): boolean {
  let kept = 0;
  let removed = 0;
  for (const line of lines) {
    if (line.removed) removed += line.words;
    else kept += line.words;
  }
  return removed > 0 && kept < minWords && kept < removed;
}

/**
 * Removes boilerplate (player and navigation residue, ads, share and sign-up prompts, copyright and
 * "contributed to this report" trailers, photo credits, repeated captions and lines, crawl notices) and page
 * furniture (date lines, galleries, captions, embedded posts, highlights, spoiler warnings, calls to the reader),
 * normalizes spaces and quotes, and keeps what was removed and the offsets back to `article.text`.
 */
export function cleanArticle(article: Article, options: Partial<CleanOptions> = {}): { article: CleanArticle; diagnostics: Diagnostic[] } {
  if (!article || typeof article.text !== 'string' || typeof article.id !== 'string') {
    throw new TypeError(`cleanArticle: expected an Article with id and text, got ${article === null ? 'null' : typeof article}`);
  }
  const { minWords } = { ...DEFAULT_CLEAN_OPTIONS, ...options };
  const diagnostics: Diagnostic[] = [];
  const split = joinWrappedLines(article.text, splitArticleLines(article.text));
  for (const line of split) line.removed = classifyLine(line.form, line.words);
  markFurnitureLines(split);
  markRelatedBlocks(split);
  markHeaderLabels(split);
  markRepeats(split);
  const lines = cutFurniture(article.text, split);
  cutGluedTrailers(article.text, lines);

  if (isBoilerplateOnly(lines, minWords)) {
    for (const line of lines) line.removed ??= 'boilerplate-only';
    diagnostics.push({
      severity: 'warning',
      code: 'boilerplate-only',
      message: `only boilerplate (${lines.length} line${lines.length === 1 ? '' : 's'} such as "${truncate(lines[0]?.form ?? '')}"); dropped`,
      source: article.id,
      input: article.origin,
    });
  }
  const { text, offsets } = buildCleanText(article.text, lines);
  if (text === '' && diagnostics.length === 0) {
    diagnostics.push({ severity: 'warning', code: 'empty-text', message: 'the article has no text', source: article.id, input: article.origin });
  }
  const { language, share } = detectLanguage(text);
  if (language === 'other') {
    diagnostics.push({
      severity: 'warning',
      code: 'not-english',
      message: `the text does not read as English (${Math.round((share ?? 0) * 100)}% common English words); the analysis is tuned for English and may miss things`,
      source: article.id,
      input: article.origin,
    });
  }
  return { article: { article, text, removed: collectRemoved(lines), offsets, language }, diagnostics };
}

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
