export { cleanArticle, DEFAULT_CLEAN_OPTIONS, type CleanOptions } from './clean-article.js';
export { classifyLine, type BoilerplateKind } from './classify-line.js';
export { mapCleanOffset, mapCleanRange } from './offsets.js';

import { classifyLine } from './classify-line.js';
import { toLineForm } from './lines.js';

/** True when a single line of raw text is boilerplate ("Play Live Radio", "0:00", "Advertisement"). */
export function isBoilerplateLine(line: string): boolean {
  return classifyLine(toLineForm(line)) !== null;
}
