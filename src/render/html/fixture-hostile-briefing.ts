// Test support only: a briefing whose every article-derived string is hostile markup.
import type { Briefing, SourceId } from '../../model/index.js';
import { findEvidence } from './fixture-example-texts.js';

export const HOSTILE_SCRIPT = '<script>alert(1)</script>';
export const HOSTILE_IMG = '<img src=x onerror=alert(1)>';
export const HOSTILE_SVG = '"><svg onload=alert(1)>';

/** A two-source briefing with script tags, event handlers, javascript: URLs and broken markup everywhere. */
export function buildHostileBriefing(): { briefing: Briefing; sourceTexts: Record<SourceId, string> } {
  const s1 = `Breaking ${HOSTILE_SCRIPT} news.\n\nThe mayor said ${HOSTILE_IMG} five people were hurt.\n\nBroken </div></mark></article><b unclosed <a href="javascript:alert(2)">click</a> & more.`;
  const s2 = `Officials ${HOSTILE_SVG} said six people were hurt.\n\n"It was <iframe src=//evil.example>" a bad day," ${HOSTILE_SCRIPT} said the mayor.`;
  const sourceTexts = { S1: s1, S2: s2 };
  const e1 = findEvidence('S1', s1, `The mayor said ${HOSTILE_IMG} five people were hurt.`);
  const e2 = findEvidence('S2', s2, `Officials ${HOSTILE_SVG} said six people were hurt.`);
  const e3 = findEvidence('S1', s1, `Breaking ${HOSTILE_SCRIPT} news.`);
  const e4 = findEvidence('S2', s2, 'It was <iframe src=//evil.example>" a bad day,');
  const e5 = findEvidence('S1', s1, 'Broken </div></mark></article><b unclosed <a href="javascript:alert(2)">click</a>');
  const briefing: Briefing = {
    version: 1,
    generator: { name: 'corroborate', version: `1.0${HOSTILE_SCRIPT}` },
    title: `Hostile ${HOSTILE_SCRIPT} title ${HOSTILE_IMG}`,
    sources: [
      { id: 'S1', title: `</title>${HOSTILE_SCRIPT}`, outlet: HOSTILE_SVG, url: 'javascript:alert(1)', published: `2024-01-02${HOSTILE_IMG}`, words: 20, removed: [HOSTILE_SCRIPT, '<style>body{display:none}</style>'] },
      { id: 'S2', title: HOSTILE_IMG, outlet: `Outlet' onmouseover='alert(1)`, url: 'https://example.org/a?b="><script>alert(3)</script>', published: null, words: 15, removed: [] },
    ],
    summary: [{ text: `Summary ${HOSTILE_SCRIPT}`, sources: ['S1', 'S2'], evidence: [e1, e2] }],
    facts: [
      { id: `F1"><script>alert(4)</script>`, text: `Fact ${HOSTILE_IMG}`, status: 'consensus', sources: ['S1', 'S2'], independent: 2, evidence: [e1, e2] },
      { id: 'F2', text: `Only one ${HOSTILE_SVG}`, status: 'single-source', sources: ['S1'], independent: 1, evidence: [e3, e5] },
    ],
    conflicts: [{
      id: `C1' onclick='alert(5)`, kind: 'number', topic: `Injured ${HOSTILE_SCRIPT}`, note: HOSTILE_IMG,
      sides: [
        { claim: `five ${HOSTILE_IMG}`, value: `5${HOSTILE_SCRIPT}`, sources: ['S1'], evidence: [e1] },
        { claim: 'six', value: HOSTILE_SVG, sources: ['S2'], evidence: [e2] },
      ],
    }],
    quotes: [{ id: 'Q1', text: e4.text, speaker: `the mayor ${HOSTILE_SCRIPT}`, entity: 'E1', sources: ['S2'], evidence: [e4], variants: [HOSTILE_IMG] }],
    entities: [{ id: `E1"><img src=x onerror=alert(6)>`, name: HOSTILE_SCRIPT, type: 'person', aliases: [HOSTILE_IMG], description: HOSTILE_SVG, sources: ['S1'], mentions: 2 }],
    timeline: [{ date: `2024-01-01${HOSTILE_SVG}`, text: HOSTILE_SCRIPT, sources: ['S1'], evidence: [e3] }],
    syndication: [{ sources: ['S1', 'S2'], sharedWords: 3, overlap: 0.1, passages: [HOSTILE_SCRIPT, 'people were hurt.'] }],
    diagnostics: [{ severity: 'warning', code: `bad${HOSTILE_SCRIPT}`, message: HOSTILE_IMG, source: 'S1', input: HOSTILE_SVG }],
  };
  return { briefing, sourceTexts };
}
