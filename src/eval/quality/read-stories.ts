import type { Diagnostic } from '../../model/index.js';
import { readTextLines } from '../datasets/index.js';

/** A story to brief: its articles' texts, in file order. */
export interface StoryCluster {
  readonly id: string;
  readonly documents: readonly string[];
}

/**
 * Reads stories from a JSON-lines file (gzipped or not): a line `{"id", "documents": [...]}` is one story (the
 * Multi-News form); lines `{"story", "text", "title"?}` are articles, grouped by story in order of first appearance
 * (the ECB+ form). Unusable lines are reported through `onDiagnostic`.
 */
export async function readStories(path: string, onDiagnostic: (diagnostic: Diagnostic) => void = () => undefined): Promise<StoryCluster[]> {
  const stories: { id: string; documents: string[] }[] = [];
  const byStory = new Map<string, string[]>();
  for await (const { line, number } of readTextLines(path)) {
    let record: Record<string, unknown>;
    try {
      record = JSON.parse(line) as Record<string, unknown>;
    } catch {
      onDiagnostic({ severity: 'warning', code: 'bad-cluster-line', message: 'not valid JSON', source: null, input: `${path}:${number}` });
      continue;
    }
    if (Array.isArray(record.documents)) {
      const documents = record.documents.filter((item): item is string => typeof item === 'string');
      stories.push({ id: String(record.id ?? `line-${number}`), documents });
    } else if ((typeof record.story === 'string' || typeof record.story === 'number') && typeof record.text === 'string') {
      const key = String(record.story);
      let documents = byStory.get(key);
      if (!documents) {
        documents = [];
        byStory.set(key, documents);
        stories.push({ id: key, documents });
      }
      documents.push(record.text);
    } else {
      onDiagnostic({
        severity: 'warning',
        code: 'bad-cluster-line',
        message: 'neither {"documents"} nor {"story", "text"}',
        source: null,
        input: `${path}:${number}`,
      });
    }
  }
  return stories;
}

/** Which part of a data set: the first half tunes, the second half is held out and reported. */
export type QualitySplit = 'tune' | 'test' | 'all';

/** The stories of a split: `tune` is the first half of the file, `test` the second half. */
export function selectSplit<T>(stories: readonly T[], split: QualitySplit): T[] {
  const half = Math.ceil(stories.length / 2);
  if (split === 'tune') return stories.slice(0, half);
  if (split === 'test') return stories.slice(half);
  return [...stories];
}
