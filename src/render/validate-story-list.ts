import { Ajv2020 } from 'ajv/dist/2020.js';
import schema from '../../schema/stories.schema.json' with { type: 'json' };

let validator: ReturnType<Ajv2020['compile']> | null = null;

/** Validates a value against the shipped story-list JSON Schema; returns the problems found (empty when valid). */
export function validateStoryListJson(value: unknown): string[] {
  validator ??= new Ajv2020({ allErrors: true, strict: false }).compile(schema);
  if (validator(value)) return [];
  return (validator.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`);
}
