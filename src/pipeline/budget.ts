import type { Article, ArticleAnalysis, Diagnostic } from '../model/index.js';
import { normalizeForHash } from '../ingest/index.js';

/**
 * How much one briefing reads. Past it, the briefing is made from the most independent and most recent articles
 * that fit, and says so in a `briefing-budget` diagnostic; an article longer than `maxArticleChars` is briefed from
 * its beginning (`article-cut`). Set a field to Infinity to lift it.
 */
export interface BriefingBudget {
  /** Most articles in one briefing (default 500). */
  readonly maxArticles: number;
  /** Most characters of article text in one briefing, summed after cutting (default 2,000,000). */
  readonly maxChars: number;
  /** Longest article text briefed, in characters (default 200,000: about 35,000 words). */
  readonly maxArticleChars: number;
}

/** Default budget: 500 articles, 2,000,000 characters, 200,000 characters an article. */
export const DEFAULT_BRIEFING_BUDGET: BriefingBudget = { maxArticles: 500, maxChars: 2_000_000, maxArticleChars: 200_000 };

/** What `selectBriefedArticles` kept: positions in the input (ascending), the articles (cut), and why. */
export interface BudgetSelection {
  readonly positions: readonly number[];
  readonly articles: readonly Article[];
  readonly diagnostics: readonly Diagnostic[];
}

const format = (n: number) => n.toLocaleString('en-US');

/** Cuts a text to at most `max` characters, at the last paragraph, sentence or word end in the last tenth. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const floor = Math.floor(max * 0.9);
  const paragraph = text.lastIndexOf('\n', max);
  if (paragraph >= floor) return text.slice(0, paragraph).trimEnd();
  const sentence = Math.max(text.lastIndexOf('. ', max - 1), text.lastIndexOf('? ', max - 1), text.lastIndexOf('! ', max - 1));
  if (sentence >= floor) return text.slice(0, sentence + 1);
  const space = text.lastIndexOf(' ', max);
  return text.slice(0, space >= floor ? space : max);
}

/** The article as a briefing with this budget reads it: its text cut to `maxArticleChars`. */
export function cutArticle(article: Article, budget: Partial<BriefingBudget> = {}): Article {
  const max = budget.maxArticleChars ?? DEFAULT_BRIEFING_BUDGET.maxArticleChars;
  return article.text.length <= max ? article : { ...article, text: cutText(article.text, max) };
}

// Copy detection by MinHash with banding (locality-sensitive hashing) over 24-character shingles of the normalized
// text: two texts share a band (two minimum hashes) with probability about J², J their shingles' Jaccard
// similarity, so wire copies (J ≥ 0.7) share one of the three bands almost always and independent texts rarely.
const SHINGLE = 24;
const HASHES = 6;
const ROWS = 2;
const SCANNED_CHARS = 4000;
const SEEDS = [0x9e3779b1, 0x85ebca6b, 0xc2b2ae35, 0x27d4eb2f, 0x165667b1, 0xd3a2646c];

function mix(hash: number): number {
  let h = hash;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function copyBands(text: string): string[] {
  const normalized = normalizeForHash(text.slice(0, SCANNED_CHARS * 2)).slice(0, SCANNED_CHARS);
  const minimum = new Array<number>(HASHES).fill(0xffffffff);
  // A polynomial rolling hash of each window of SHINGLE characters (the whole text when it is shorter).
  let power = 1;
  for (let k = 1; k < SHINGLE; k++) power = Math.imul(power, 31);
  let rolling = 0;
  for (let end = 0; end < normalized.length; end++) {
    if (end >= SHINGLE) rolling = (rolling - Math.imul(normalized.charCodeAt(end - SHINGLE), power)) | 0;
    rolling = (Math.imul(rolling, 31) + normalized.charCodeAt(end)) | 0;
    if (end + 1 < Math.min(SHINGLE, normalized.length)) continue;
    for (let i = 0; i < HASHES; i++) {
      const value = mix(rolling ^ SEEDS[i]!);
      if (value < minimum[i]!) minimum[i] = value;
    }
  }
  const bands: string[] = [];
  for (let i = 0; i < HASHES; i += ROWS) bands.push(`${i}:${minimum.slice(i, i + ROWS).join(':')}`);
  return bands;
}

// Most recent first: by publication date (undated after dated), then the later input first (stores add in order).
function byRecency(articles: readonly Article[]): number[] {
  return articles
    .map((_, i) => i)
    .sort((a, b) => {
      const x = articles[a]!.published ?? '';
      const y = articles[b]!.published ?? '';
      return x === y ? b - a : x < y ? 1 : -1;
    });
}

/**
 * Chooses the articles one briefing reads (a pure function of the articles and the budget). Under the budget, all
 * of them (long ones cut). Over it, greedily in order of recency: first articles of an outlet not taken yet that
 * copy no taken article, then any that copy none, then the rest, while they fit; returned in input order.
 */
export function selectBriefedArticles(articles: readonly Article[], budget: Partial<BriefingBudget> = {}): BudgetSelection {
  const { maxArticles, maxChars, maxArticleChars } = { ...DEFAULT_BRIEFING_BUDGET, ...budget };
  const diagnostics: Diagnostic[] = [];
  const cut = articles.map((article) => cutArticle(article, { maxArticleChars }));
  cut.forEach((article, i) => {
    if (article === articles[i]) return;
    const message = `the text is ${format(articles[i]!.text.length)} characters long; the briefing reads its first ${format(article.text.length)}`;
    diagnostics.push({ severity: 'warning', code: 'article-cut', message, source: article.id, input: article.origin });
  });
  const total = cut.reduce((sum, article) => sum + article.text.length, 0);
  if (cut.length <= maxArticles && total <= maxChars) return { positions: cut.map((_, i) => i), articles: cut, diagnostics };

  const order = byRecency(cut);
  const bands = cut.map((article) => copyBands(article.text));
  const taken = new Set<number>();
  const seenBands = new Set<string>();
  const seenOutlets = new Set<string>();
  let chars = 0;
  const isCopy = (i: number) => bands[i]!.some((band) => seenBands.has(band));
  const isNewOutlet = (i: number) => cut[i]!.outlet === null || !seenOutlets.has(cut[i]!.outlet!.toLowerCase());
  const passes: ((i: number) => boolean)[] = [(i) => isNewOutlet(i) && !isCopy(i), (i) => !isCopy(i), () => true];
  for (const wanted of passes) {
    for (const i of order) {
      if (taken.size >= maxArticles) break;
      const length = cut[i]!.text.length;
      if (taken.has(i) || chars + length > maxChars || !wanted(i)) continue;
      taken.add(i);
      chars += length;
      for (const band of bands[i]!) seenBands.add(band);
      if (cut[i]!.outlet !== null) seenOutlets.add(cut[i]!.outlet!.toLowerCase());
    }
  }
  const positions = [...taken].sort((a, b) => a - b);
  diagnostics.push({
    severity: 'warning',
    code: 'briefing-budget',
    message:
      `the story has ${format(cut.length)} articles (${format(total)} characters), more than one briefing reads ` +
      `(${format(maxArticles)} articles, ${format(maxChars)} characters): briefed the ${format(positions.length)} most independent ` +
      `and recent (${format(chars)} characters); ${format(cut.length - positions.length)} left out`,
    source: null,
  });
  return { positions, articles: positions.map((i) => cut[i]!), diagnostics };
}

/** The kept analyses of the selected articles, position for position (`analyses[i]` is of input article i). */
export function selectAnalyses(
  analyses: readonly (ArticleAnalysis | null | undefined)[] | undefined,
  positions: readonly number[],
): (ArticleAnalysis | null | undefined)[] | undefined {
  return analyses && positions.map((i) => analyses[i]);
}
