import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import type { Briefing } from '../model/index.js';
import { REPORT_CSS, REPORT_SCRIPT, renderHtml, renderHtmlFragment } from './html.js';
import { buildExampleBriefing } from '../../test/fixtures/html-report/fixture-example-briefing.js';

const example = buildExampleBriefing();
const html = renderHtml(example.briefing, { sourceTexts: example.sourceTexts });
const { document } = parseHTML(html);

const textOf = (selector: string): string => document.querySelector(selector)?.textContent ?? '';

describe('renderHtml on the example story', () => {
  it('writes one document with a CSP that forbids remote loads and allows exactly its script by hash', () => {
    assert.match(html, /^<!DOCTYPE html>/);
    const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /img-src data:/);
    const scripts = document.querySelectorAll('script');
    assert.equal(scripts.length, 1);
    const hash = createHash('sha256')
      .update(scripts[0]?.textContent ?? '', 'utf8')
      .digest('base64');
    assert.equal(scripts[0]?.textContent, REPORT_SCRIPT);
    assert.ok(csp.includes(`script-src 'sha256-${hash}'`), csp);
    assert.doesNotMatch(html, /\b(?:src|href)="(?:https?:)?\/\/(?!www\.npr\.org)/, 'no remote resource or link other than the source URL');
    assert.doesNotMatch(html, /@import|url\(/);
  });

  it('links each summary citation to the first cited passage of that source, and the target holds the evidence text', () => {
    const sentences = document.querySelectorAll('#cb-summary .cb-summary-sentence');
    assert.equal(sentences.length, example.briefing.summary.length);
    example.briefing.summary.forEach((sentence, i) => {
      const links = [...(sentences[i]?.querySelectorAll('a.cb-cite') ?? [])];
      assert.deepEqual(
        links.map((a) => a.textContent),
        sentence.sources.map((s) => `[${s.slice(1)}]`).sort(),
      );
      for (const link of links) {
        const source = `S${(link.textContent ?? '').replace(/\D/g, '')}`;
        const first = sentence.evidence.find((e) => e.source === source);
        const target = document.getElementById((link.getAttribute('href') ?? '').slice(1));
        assert.ok(target, `target of ${link.getAttribute('href')} exists`);
        assert.equal(target.tagName, 'MARK');
        assert.match(link.getAttribute('href') ?? '', new RegExp(`^#${source}-p\\d+$`));
        assert.equal(target.textContent, first?.text);
      }
    });
  });

  it('resolves every internal link and never repeats an id', () => {
    const ids = [...document.querySelectorAll('[id]')].map((el) => el.getAttribute('id'));
    assert.equal(new Set(ids).size, ids.length, 'ids are unique');
    const hrefs = [...document.querySelectorAll('a[href^="#"]')].map((a) => (a.getAttribute('href') ?? '').slice(1));
    assert.ok(hrefs.length > 80, `many internal links (${hrefs.length})`);
    for (const id of hrefs) assert.ok(document.getElementById(id), `#${id} exists`);
  });

  it('shows every source text in full, unchanged, with passages highlighted by what they are', () => {
    for (const source of example.briefing.sources) {
      const column = document.querySelector(`#src-${source.id} .cb-source-text`);
      assert.equal(column?.textContent, example.sourceTexts[source.id], `${source.id} text round-trips`);
    }
    const classesOf = (needle: string, source: string): string => {
      const mark = [...document.querySelectorAll(`#src-${source} mark`)].find((m) => m.textContent === needle);
      return mark?.getAttribute('class') ?? '(none)';
    };
    assert.match(classesOf('He said the Iranians denied the allegations.', 'S1'), /hl-conflict/);
    assert.match(classesOf('He said Iran offered to help train Iraqi security forces.', 'S1'), /hl-consensus/);
    assert.match(
      classesOf('May 2007 has been one of the bloodiest months of the war for U.S. forces, with at least 103 American soldiers killed, Garrels noted.', 'S2'),
      /hl-single/,
    );
    assert.match(classesOf("The talks were held at Iraqi Prime Minister Nouri al-Maliki's Green Zone office.", 'S3'), /hl-syndicated/);
    assert.match(classesOf('We will consider that when we receive it', 'S2'), /hl-quote/);
    assert.equal(document.querySelectorAll('.cb-legend input[type=checkbox]').length, 6);
  });

  it('nests a quote inside the sentence that contains it', () => {
    const quote = [...document.querySelectorAll('#src-S2 mark.hl-quote')].find((m) => m.textContent === 'The focus of our discussions were Iraq and Iraq only');
    assert.ok(quote?.parentElement?.classList.contains('hl-consensus'), 'quote mark sits inside the fact mark');
  });

  it('draws the coverage matrix and the timeline as SVG', () => {
    const dots = document.querySelectorAll('.cb-coverage .cb-wide-only circle.cb-svg-consensus, .cb-coverage .cb-wide-only circle.cb-svg-single').length;
    assert.equal(
      dots,
      example.briefing.facts.reduce((n, f) => n + f.sources.length, 0),
    );
    assert.equal(document.querySelectorAll('.cb-timeline-chart .cb-wide-only circle').length, example.briefing.timeline.length);
    assert.match(textOf('.cb-timeline-chart svg'), /27 years/);
  });

  it('lists conflicts with both sides, quotes with speakers, entities, per-source view, wire copy, sources and diagnostics', () => {
    assert.equal(document.querySelectorAll('.cb-conflict').length, 2);
    assert.equal(document.querySelectorAll('.cb-conflict')[0]?.querySelectorAll('.cb-side').length, 2);
    assert.match(textOf('#cb-quotes'), /Ryan Crocker\s*U\.S\. Ambassador to Iraq/);
    assert.match(textOf('#cb-quotes'), /Worded differently elsewhere/);
    assert.match(textOf('#cb-entities'), /also: Teheran/);
    assert.match(textOf('#cb-by-source'), /Leaves out \(2\)/);
    assert.match(textOf('#cb-wire'), /counted as one independent source/);
    assert.equal(document.querySelectorAll('#cb-source-list details.cb-removed').length, 2);
    assert.match(textOf('#cb-source-list'), /Play Live Radio/);
    assert.equal(document.querySelector('#cb-source-list a[href^="https:"]')?.getAttribute('rel'), 'noopener noreferrer nofollow');
    assert.match(textOf('#cb-diagnostics'), /boilerplate-removed/);
  });

  it('is deterministic', () => {
    assert.equal(renderHtml(example.briefing, { sourceTexts: example.sourceTexts }), html);
  });
});

describe('renderHtml without source texts', () => {
  const degraded = parseHTML(renderHtml(example.briefing)).document;
  it('shows only the cited passages, each with its id, and every citation still lands', () => {
    assert.match(degraded.querySelector('#cb-sources .cb-intro')?.textContent ?? '', /Only the passages/);
    assert.equal(degraded.querySelectorAll('.cb-source-text').length, 0);
    assert.ok(degraded.querySelectorAll('.cb-excerpt-line').length >= 20);
    assert.doesNotMatch(degraded.querySelector('#cb-sources')?.textContent ?? '', /Play Live Radio|proxy war/);
    for (const a of degraded.querySelectorAll('a[href^="#"]')) {
      assert.ok(degraded.getElementById((a.getAttribute('href') ?? '').slice(1)), `${a.getAttribute('href')} exists`);
    }
    const first = example.briefing.summary[0]?.evidence[0];
    const target = degraded.querySelector('#cb-summary a.cb-cite[href^="#S2-"]')?.getAttribute('href') ?? '';
    assert.equal(degraded.getElementById(target.slice(1))?.textContent, first?.text);
  });

  it('merges overlapping passages into one excerpt without duplicating text', () => {
    const s1 = [...degraded.querySelectorAll('#src-S1 .cb-excerpt-line')].map((p) => p.textContent ?? '');
    const text = example.sourceTexts.S1 ?? '';
    for (const line of s1) assert.ok(text.includes(line.replace(/^… | …$/g, '')), `excerpt is a slice: ${line.slice(0, 50)}`);
  });
});

describe('renderHtml with evidence that does not match the text', () => {
  it('relocates a shifted passage by its text and lists a missing one below the source, ids intact', () => {
    const shifted = structuredClone(example.briefing) as unknown as { summary: { evidence: { start: number; end: number; text: string }[] }[] };
    const evidence = shifted.summary[0]?.evidence[0];
    assert.ok(evidence);
    evidence.start += 7;
    evidence.end += 7;
    const missing = shifted.summary[1]?.evidence[0];
    assert.ok(missing);
    missing.text = 'A sentence that no source contains.';
    const doc = parseHTML(renderHtml(shifted as unknown as Briefing, { sourceTexts: example.sourceTexts })).document;
    const hrefs = [...doc.querySelectorAll('#cb-summary a.cb-cite')].map((a) => (a.getAttribute('href') ?? '').slice(1));
    for (const id of hrefs) assert.ok(doc.getElementById(id), `#${id} exists`);
    assert.equal(doc.getElementById(hrefs[1] ?? '')?.textContent, example.briefing.summary[0]?.evidence[0]?.text);
    assert.match(doc.querySelector('.cb-unplaced')?.textContent ?? '', /A sentence that no source contains\./);
  });
});

describe('renderHtmlFragment and REPORT_CSS', () => {
  it('returns the body content only, for embedding', () => {
    const fragment = renderHtmlFragment(example.briefing, { sourceTexts: example.sourceTexts });
    assert.ok(fragment.startsWith('<article class="cb-report">'));
    const wrapper = /<(?:html|head|script|style|main|body)[\s>]/i.exec(fragment);
    assert.equal(wrapper, null, `no document wrapper: ${wrapper?.[0]}`);
    assert.equal(renderHtml(example.briefing, { sourceTexts: example.sourceTexts, standalone: false }), fragment);
  });

  it('scopes every CSS rule to .cb- classes so an embedding page is not restyled', () => {
    const selectors = REPORT_CSS.replace(/@keyframes[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g, '')
      .replace(/@media[^{]*\{/g, '')
      .split('}')
      .map((rule) => rule.split('{')[0]?.trim() ?? '')
      .filter((s) => s !== '');
    assert.ok(selectors.length > 50);
    for (const group of selectors) {
      for (const selector of group.split(',')) assert.match(selector.trim(), /^\.cb-|^\.cb-report/, `scoped: ${selector}`);
    }
  });
});

describe('renderHtml edge cases', () => {
  it('renders an empty briefing with a message in each section', () => {
    const empty: Briefing = {
      version: 1,
      generator: { name: 'corroborate', version: '0' },
      title: '',
      sources: [],
      summary: [],
      facts: [],
      conflicts: [],
      quotes: [],
      entities: [],
      timeline: [],
      syndication: [],
      diagnostics: [],
    };
    const doc = parseHTML(renderHtml(empty)).document;
    assert.equal(doc.querySelector('h1')?.textContent, 'Untitled story');
    assert.ok(doc.querySelectorAll('.cb-empty').length >= 10);
  });

  it('throws a TypeError naming the function on misuse', () => {
    assert.throws(() => renderHtml(null as unknown as Briefing), { name: 'TypeError', message: /^renderHtml: expected a Briefing/ });
    assert.throws(() => renderHtmlFragment(example.briefing, { sourceTexts: { S1: 42 } as unknown as Record<string, string> }), {
      name: 'TypeError',
      message: /^renderHtmlFragment: expected options\.sourceTexts\.S1 to be a string, got number/,
    });
  });
});
