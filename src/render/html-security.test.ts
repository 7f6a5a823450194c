import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { renderHtml, renderHtmlFragment, REPORT_SCRIPT } from './html.js';
import { renderExternalLink, toSafeHttpUrl } from './html/escape.js';
import { buildHostileBriefing, HOSTILE_IMG, HOSTILE_SCRIPT, HOSTILE_SVG } from '../../test/fixtures/html-report/fixture-hostile-briefing.js';

const { briefing, sourceTexts } = buildHostileBriefing();

for (const [name, html] of [
  ['full report', renderHtml(briefing, { sourceTexts })],
  ['report without source texts', renderHtml(briefing)],
  ['fragment', renderHtmlFragment(briefing, { sourceTexts })],
] as const) {
  describe(`hostile articles: ${name}`, () => {
    const { document } = parseHTML(name === 'fragment' ? `<!DOCTYPE html><html><body>${html}</body></html>` : html);
    const all = [...document.querySelectorAll('*')];

    it('contains no element from the articles: only our own script, no img, iframe, svg onload, style or base', () => {
      const scripts = [...document.querySelectorAll('script')];
      assert.equal(scripts.length, name === 'fragment' ? 0 : 1);
      for (const script of scripts) assert.equal(script.textContent, REPORT_SCRIPT);
      assert.equal((html.match(/<script/gi) ?? []).length, scripts.length);
      for (const tag of ['img', 'iframe', 'object', 'embed', 'base', 'link', 'form', 'b']) assert.equal(document.querySelectorAll(tag).length, 0, tag);
      assert.equal((html.match(/<style/gi) ?? []).length, name === 'fragment' ? 0 : 1);
      assert.ok(document.querySelectorAll('svg').length >= 1, 'our charts are there');
    });

    it('has no event-handler attribute anywhere, parsed or raw', () => {
      for (const el of all) {
        for (const attr of el.getAttributeNames()) assert.doesNotMatch(attr, /^on/i, `<${el.tagName} ${attr}>`);
      }
      // Attribute values are quoted and escaped, so after blanking them no raw tag may carry a handler.
      const tags = html.replace(/"[^"]*"/g, '""').match(/<[a-z][^>]*>/gi) ?? [];
      assert.ok(tags.length > 100);
      for (const tag of tags) assert.doesNotMatch(tag, /\son[a-z]+\s*=/i, tag);
    });

    it('links only to #ids in the report or to http(s) URLs, with rel="noopener noreferrer" and no target', () => {
      for (const a of document.querySelectorAll('a')) {
        const href = a.getAttribute('href') ?? '';
        assert.match(href, /^(?:#[A-Za-z0-9_-]+|https?:\/\/)/, `href ${href}`);
        if (href.startsWith('#')) assert.ok(document.getElementById(href.slice(1)), `${href} exists`);
        else assert.match(a.getAttribute('rel') ?? '', /noopener noreferrer/);
        assert.equal(a.hasAttribute('target'), false);
      }
      assert.doesNotMatch(html, /href="\s*javascript:/i);
      assert.doesNotMatch(html, /href="data:/i);
    });

    it('shows the hostile strings as text', () => {
      const text = document.body?.textContent ?? '';
      assert.ok(text.includes(HOSTILE_SCRIPT), 'script tag shown as text');
      assert.ok(text.includes(HOSTILE_IMG), 'img tag shown as text');
      assert.ok(text.includes(HOSTILE_SVG), 'svg onload shown as text');
      assert.ok(text.includes('javascript:alert(1)'), 'javascript: URL shown as text, not a link');
      assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    });

    it('keeps ids from the briefing to safe tokens', () => {
      for (const el of all) assert.match(el.getAttribute('id') ?? 'ok', /^[A-Za-z0-9_-]+$/);
    });
  });
}

describe('hostile article text keeps its exact characters in the highlighted source', () => {
  it('round-trips each source text through the side-by-side view', () => {
    const { document } = parseHTML(renderHtml(briefing, { sourceTexts }));
    for (const [id, text] of Object.entries(sourceTexts)) {
      assert.equal(document.querySelector(`#src-${id} .cb-source-text`)?.textContent, text);
    }
  });
  it('the title element holds the escaped title', () => {
    const html = renderHtml(briefing, { sourceTexts });
    assert.match(html, /<title>Hostile &lt;script&gt;alert\(1\)&lt;\/script&gt; title &lt;img src=x onerror=alert\(1\)&gt;<\/title>/);
  });
});

describe('toSafeHttpUrl / renderExternalLink', () => {
  it('accepts only absolute http(s) URLs', () => {
    assert.equal(toSafeHttpUrl('https://example.org/a b'), 'https://example.org/a%20b');
    assert.equal(toSafeHttpUrl(' HTTP://Example.org '), 'http://example.org/');
    for (const bad of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      '//evil.example/x',
      '/relative',
      'file:///etc/passwd',
      '',
      null,
    ]) {
      assert.equal(toSafeHttpUrl(bad), null, String(bad));
    }
  });
  it('renders unsafe URLs as escaped text and safe ones with rel and escaped quotes', () => {
    assert.equal(renderExternalLink('javascript:alert(1)'), '<span class="cb-url-text">javascript:alert(1)</span>');
    const link = renderExternalLink('https://example.org/?q="><script>');
    assert.match(link, /^<a href="https:\/\/example\.org\/\?q=%22%3E%3Cscript%3E" rel="noopener noreferrer nofollow">/);
    assert.doesNotMatch(link, /<script/);
  });
});
