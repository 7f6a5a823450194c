export type * from './source.js';
export type * from './analysis.js';
export type * from './briefing.js';
export type { Diagnostic, Severity, FatalCode } from './diagnostic.js';
export { CorroborateError } from './diagnostic.js';
export type * from './alignment.js';
export type * from './story.js';
