import type { Article, Diagnostic, Severity } from '../model/index.js';

/** An article before it has an id: what every format adapter produces. */
export interface ArticleDraft extends Omit<Article, 'id'> {
  /** Problems found with this article; they get its id once ids are assigned. */
  readonly notes: readonly Diagnostic[];
}

/** What an adapter returns for one input: articles and input-level problems. */
export interface AdapterResult {
  readonly drafts: ArticleDraft[];
  readonly diagnostics: Diagnostic[];
}

/** Builds a diagnostic about an input that has no source id (yet). */
export function makeDiagnostic(severity: Severity, code: string, message: string, input: string): Diagnostic {
  return { severity, code, message, source: null, input };
}

/** Trims a metadata value; empty or non-string values become null. */
export function cleanField(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.replace(/\s+/g, ' ').trim();
  return trimmed === '' ? null : trimmed;
}

/** Unifies line breaks to "\n" and drops NUL characters. */
export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\u0000/g, '');
}

/** A draft with every metadata field empty. */
export function makeDraft(fields: Partial<ArticleDraft> & Pick<ArticleDraft, 'origin' | 'format' | 'text'>): ArticleDraft {
  return { title: null, outlet: null, url: null, published: null, byline: null, notes: [], ...fields };
}

/** Caps a text at `maxChars`, cutting at a space when one is near. */
export function capText(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const space = text.lastIndexOf(' ', maxChars);
  return text.slice(0, space > maxChars - 200 ? space : maxChars);
}

type Entry = { readonly draft: ArticleDraft } | { readonly diagnostic: Diagnostic };

/** Collects drafts and diagnostics in the order met, then numbers the articles S1, S2, … */
export class ArticleCollector {
  private readonly entries: Entry[] = [];

  constructor(
    private readonly maxTextChars: number,
    private readonly keepHeadlines = false,
  ) {}

  add(result: AdapterResult): void {
    for (const diagnostic of result.diagnostics) this.entries.push({ diagnostic });
    for (const draft of result.drafts) this.entries.push({ draft });
  }

  report(diagnostic: Diagnostic): void {
    this.entries.push({ diagnostic });
  }

  finish(): { articles: Article[]; diagnostics: Diagnostic[] } {
    const articles: Article[] = [];
    const diagnostics: Diagnostic[] = [];
    for (const entry of this.entries) {
      if ('diagnostic' in entry) {
        diagnostics.push(entry.diagnostic);
        continue;
      }
      const { notes, ...draft } = entry.draft;
      const headlineOnly = this.keepHeadlines && draft.text.trim() === '' && draft.title !== null;
      if (draft.text.trim() === '' && !headlineOnly) {
        diagnostics.push(...notes, makeDiagnostic('warning', 'empty-article', 'no article text found; skipped', draft.origin));
        continue;
      }
      const id = `S${articles.length + 1}`;
      const text = capText(draft.text, this.maxTextChars);
      articles.push({ id, ...draft, text });
      for (const note of notes) diagnostics.push({ ...note, source: id });
      if (headlineOnly) diagnostics.push({ severity: 'info', code: 'headline-only', message: 'a title and no text', source: id, input: draft.origin });
      if (text.length < draft.text.length) {
        diagnostics.push({
          severity: 'warning',
          code: 'text-truncated',
          message: `article text cut at ${this.maxTextChars} characters (was ${draft.text.length})`,
          source: id,
          input: draft.origin,
        });
      }
    }
    return { articles, diagnostics };
  }
}
