/** The package version, written into every briefing's `generator`. Keep in step with package.json. */
export const GENERATOR_VERSION = '0.1.0';
