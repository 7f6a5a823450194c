import type { Diagnostic } from '../model/index.js';
import { makeDiagnostic, type AdapterResult, type ArticleDraft } from './draft.js';
import { convertPlainText } from './text-adapter.js';

/** Splits one Multi-News line into its documents: "|||||" between documents, NEWLINE_CHAR for "\n". */
export function splitMultiNewsLine(line: string): string[] {
  return line.split('|||||').map((document) => document.replace(/NEWLINE_CHAR/g, '\n').trim());
}

/** Turns the documents of one story (a Multi-News line or a {"documents": [...]} record) into drafts. */
export function convertDocuments(documents: readonly unknown[], originBase: string): AdapterResult {
  const drafts: ArticleDraft[] = [];
  const diagnostics: Diagnostic[] = [];
  documents.forEach((document, index) => {
    const origin = `${originBase}.${index + 1}`;
    if (typeof document !== 'string') {
      diagnostics.push(makeDiagnostic('warning', 'invalid-document', `document ${index + 1} is not a string; skipped`, origin));
    } else if (document.trim() === '') {
      diagnostics.push(makeDiagnostic('info', 'empty-document', `document ${index + 1} is empty; skipped`, origin));
    } else {
      drafts.push(convertPlainText(document.replace(/NEWLINE_CHAR/g, '\n'), origin, 'multinews'));
    }
  });
  return { drafts, diagnostics };
}

/**
 * Reads Multi-News text: one story per line, documents separated by "|||||". Origins are
 * "name#line.document" ("test.src#3.2" is the second document of the third story).
 */
export function convertMultiNewsText(text: string, name: string): AdapterResult {
  const drafts: ArticleDraft[] = [];
  const diagnostics: Diagnostic[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const result = convertDocuments(splitMultiNewsLine(line), `${name}#${index + 1}`);
    drafts.push(...result.drafts);
    diagnostics.push(...result.diagnostics);
  });
  return { drafts, diagnostics };
}
