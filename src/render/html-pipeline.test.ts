import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { renderHtml } from './html.js';
import { runPipelineOnExample } from '../../test/fixtures/html-report/fixture-pipeline-briefing.js';

const pipeline = await runPipelineOnExample();

describe('renderHtml on the pipeline briefing of the example story', { skip: pipeline.ok ? false : pipeline.reason }, () => {
  if (!pipeline.ok) return;
  const { briefing, sourceTexts } = pipeline;
  const { document } = parseHTML(renderHtml(briefing, { sourceTexts }));

  it('links every citation to an existing passage that holds the evidence text', () => {
    const links = [...document.querySelectorAll('#cb-summary a.cb-cite')];
    assert.ok(links.length >= briefing.summary.length);
    for (const a of document.querySelectorAll('a[href^="#"]'))
      assert.ok(document.getElementById((a.getAttribute('href') ?? '').slice(1)), a.getAttribute('href') ?? '');
    briefing.summary.forEach((sentence, i) => {
      const first = sentence.evidence[0];
      if (!first) return;
      const link = document.querySelectorAll('#cb-summary .cb-summary-sentence')[i]?.querySelector(`a.cb-cite[href^="#${first.source}-"]`);
      // A passage whose range crosses another one is split into pieces (same data-p); together they hold the text.
      const id = (link?.getAttribute('href') ?? '').slice(1);
      assert.ok(document.getElementById(id), `no passage #${id}`);
      const pieces = [...document.querySelectorAll(`mark[data-p="${id}"]`)].map((mark) => mark.textContent).join('');
      assert.equal(pieces, first.text);
    });
  });

  it('shows each cleaned source text unchanged and places every evidence', () => {
    for (const source of briefing.sources) {
      assert.equal(document.querySelector(`#src-${source.id} .cb-source-text`)?.textContent, sourceTexts[source.id]);
    }
    assert.equal(document.querySelectorAll('.cb-unplaced').length, 0, 'no evidence failed to match its source text');
  });
});
