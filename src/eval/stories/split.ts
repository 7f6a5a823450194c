/** The part of a labelled story data set an article belongs to: settings are chosen on "tune", reported on "test". */
export type StorySplit = 'tune' | 'test';

// FNV-1a, 32 bits: a fixed, documented hash, so the split is the same everywhere and needs no list of ids.
export function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * The split of a group of articles: "tune" when the FNV-1a hash of the group's key is even, else "test". The group is
 * the record's `topic` when it has one (ECB+: both confusable stories of a topic fall in the same part), else its
 * gold `story` (UCI). Nothing about the text or the labels' meaning decides it.
 */
export function splitOfGroup(group: string): StorySplit {
  return hashOf(group) % 2 === 0 ? 'tune' : 'test';
}
