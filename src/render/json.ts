import type { Briefing } from '../model/index.js';

/** Renders a briefing as the JSON contract (version 1), pretty-printed, with a final newline. */
export function renderJson(briefing: Briefing): string {
  return `${JSON.stringify(briefing, null, 2)}\n`;
}
