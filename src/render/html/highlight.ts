import { escapeHtml } from './escape.js';
import type { Passage, PassageRole } from './passages.js';

interface Piece {
  readonly passage: Passage;
  readonly start: number;
  readonly end: number;
  /** The first piece of a passage carries its id; later pieces exist only when ranges cross. */
  readonly first: boolean;
  readonly order: number;
}

interface PieceNode {
  readonly piece: Piece;
  readonly children: PieceNode[];
}

const ROLE_ORDER: readonly PassageRole[] = ['conflict', 'consensus', 'single', 'syndicated', 'quote', 'cited', 'dated'];

/**
 * Renders `text` (which starts at offset `base` of the source) with each passage wrapped in <mark>.
 * Nested ranges nest; crossing ranges are split into pieces, the first piece carrying the passage id.
 */
export function renderHighlightedText(text: string, base: number, passages: readonly Passage[]): string {
  const end = base + text.length;
  const inRange = passages.filter((p) => p.placed && p.start >= base && p.end <= end && p.end > p.start);
  const roots = nestPieces(inRange);
  let cursor = base;
  const out: string[] = [];
  const emit = (nodes: readonly PieceNode[], limit: number): void => {
    for (const node of nodes) {
      out.push(escapeHtml(text.slice(cursor - base, node.piece.start - base)));
      cursor = node.piece.start;
      out.push(openMark(node.piece));
      emit(node.children, node.piece.end);
      out.push(escapeHtml(text.slice(cursor - base, node.piece.end - base)), '</mark>');
      cursor = node.piece.end;
    }
    out.push(escapeHtml(text.slice(cursor - base, limit - base)));
    cursor = limit;
  };
  emit(roots, end);
  return out.join('');
}

/** Builds a properly nested tree of pieces from possibly crossing ranges. */
export function nestPieces(passages: readonly Passage[]): PieceNode[] {
  const queue: Piece[] = passages.map((passage, order) => ({ passage, start: passage.start, end: passage.end, first: true, order }));
  queue.sort(comparePieces);
  const roots: PieceNode[] = [];
  const stack: PieceNode[] = [];
  while (queue.length > 0) {
    let piece = queue.shift() as Piece;
    while (stack.length > 0 && (stack[stack.length - 1] as PieceNode).piece.end <= piece.start) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent && piece.end > parent.piece.end) {
      insertSorted(queue, { ...piece, start: parent.piece.end, first: false });
      piece = { ...piece, end: parent.piece.end };
    }
    if (piece.end <= piece.start) continue;
    const node: PieceNode = { piece, children: [] };
    (parent ? parent.children : roots).push(node);
    stack.push(node);
  }
  return roots;
}

function comparePieces(a: Piece, b: Piece): number {
  return a.start - b.start || b.end - a.end || a.order - b.order;
}

function insertSorted(queue: Piece[], piece: Piece): void {
  let index = queue.findIndex((other) => comparePieces(piece, other) < 0);
  if (index < 0) index = queue.length;
  queue.splice(index, 0, piece);
}

function openMark(piece: Piece): string {
  const { passage } = piece;
  const roles = ROLE_ORDER.filter((role) => passage.roles.has(role));
  const classes = ['hl', ...roles.map((role) => `hl-${role}`), piece.first ? '' : 'hl-cont'].filter(Boolean).join(' ');
  const id = piece.first ? ` id="${escapeHtml(passage.id)}"` : '';
  const groups = passage.groups.size > 0 ? ` data-g="${escapeHtml([...passage.groups].join(' '))}"` : '';
  return `<mark${id} class="${classes}" data-p="${escapeHtml(passage.id)}"${groups} title="${escapeHtml(passage.notes.join('\n'))}">`;
}
