import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { renderHighlightedText } from './html/highlight.js';
import type { Passage, PassageRole } from './html/passages.js';

const passage = (id: string, start: number, end: number, ...roles: PassageRole[]): Passage => ({
  id,
  source: 'S1',
  start,
  end,
  text: '',
  placed: true,
  roles: new Set(roles),
  groups: new Set([`F-${id}`]),
  notes: [`note ${id}`],
});

const TEXT = 'Crocker said "we will wait" and the Iranians denied it. Then <b>they</b> left & more.';

function render(passages: Passage[], text = TEXT, base = 0) {
  const html = renderHighlightedText(text, base, passages);
  const { document } = parseHTML(`<div id="root">${html}</div>`);
  return { html, root: document.getElementById('root') as unknown as HTMLElement, document };
}

describe('renderHighlightedText', () => {
  it('keeps the text exactly, escaped, and wraps a passage in a mark with its id', () => {
    const { html, root, document } = render([passage('S1-p1', 0, 55, 'consensus')]);
    assert.equal(root.textContent, TEXT);
    assert.match(html, /&lt;b&gt;they&lt;\/b&gt; left &amp; more\./);
    const mark = document.getElementById('S1-p1');
    assert.equal(mark?.textContent, TEXT.slice(0, 55));
    assert.equal(mark?.getAttribute('class'), 'hl hl-consensus');
    assert.equal(mark?.getAttribute('data-p'), 'S1-p1');
    assert.equal(mark?.getAttribute('data-g'), 'F-S1-p1');
  });

  it('nests a range inside a longer one', () => {
    const { root, document } = render([passage('S1-p2', 14, 26, 'quote'), passage('S1-p1', 0, 55, 'consensus')]);
    assert.equal(root.textContent, TEXT);
    assert.equal(document.getElementById('S1-p2')?.parentElement?.id, 'S1-p1');
    assert.equal(document.getElementById('S1-p2')?.textContent, 'we will wait');
  });

  it('splits crossing ranges into pieces; only the first piece carries the id, all pieces name the passage', () => {
    const { root, document } = render([passage('S1-p1', 0, 27, 'single'), passage('S1-p2', 13, 55, 'conflict')]);
    assert.equal(root.textContent, TEXT);
    const pieces = [...document.querySelectorAll('[data-p="S1-p2"]')];
    assert.equal(pieces.length, 2);
    assert.equal(pieces.map((p) => p.textContent).join(''), TEXT.slice(13, 55));
    assert.equal(pieces[0]?.id, 'S1-p2');
    assert.equal(pieces[1]?.hasAttribute('id'), false);
    assert.match(pieces[1]?.getAttribute('class') ?? '', /hl-cont/);
    assert.equal(pieces[0]?.parentElement?.id, 'S1-p1');
  });

  it('handles a chain of crossings and identical starts without losing or duplicating text', () => {
    const list = [
      passage('a', 0, 20, 'cited'),
      passage('b', 10, 30, 'quote'),
      passage('c', 25, 60, 'single'),
      passage('d', 0, 5, 'dated'),
      passage('e', 55, TEXT.length, 'syndicated'),
    ];
    const { root, document } = render(list);
    assert.equal(root.textContent, TEXT);
    for (const p of list) {
      const text = [...document.querySelectorAll(`[data-p="${p.id}"]`)].map((m) => m.textContent).join('');
      assert.equal(text, TEXT.slice(p.start, p.end), `passage ${p.id}`);
      assert.equal(document.querySelectorAll(`#${p.id}`).length, 1);
    }
  });

  it('skips ranges outside the window and renders a window at an offset', () => {
    const window = TEXT.slice(13, 56);
    const { root, document } = render([passage('in', 14, 26, 'quote'), passage('out', 0, 10, 'single'), passage('across', 50, 70, 'single')], window, 13);
    assert.equal(root.textContent, window);
    assert.equal(document.getElementById('in')?.textContent, 'we will wait');
    assert.equal(document.getElementById('out'), null);
    assert.equal(document.getElementById('across'), null);
  });

  it('orders role classes so the strongest wins in CSS', () => {
    const { document } = render([passage('x', 0, 10, 'cited', 'single', 'conflict', 'syndicated')]);
    assert.equal(document.getElementById('x')?.getAttribute('class'), 'hl hl-conflict hl-single hl-syndicated hl-cited');
  });
});
