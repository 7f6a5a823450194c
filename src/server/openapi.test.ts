import assert from 'node:assert/strict';
import { it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { openSqliteStore } from '../store/index.js';
import { createApp } from './app.js';
import { OPENAPI_DOCUMENT } from './openapi.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type Json = Record<string, unknown>;
const doc = OPENAPI_DOCUMENT as unknown as Json;
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

function collectRefs(value: unknown, into: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => collectRefs(item, into));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === '$ref' && typeof item === 'string') into.push(item);
      else collectRefs(item, into);
    }
  }
  return into;
}

it('is an OpenAPI 3.1 document whose schemas all compile and whose $refs all resolve', () => {
  assert.equal(doc.openapi, '3.1.0');
  assert.ok((doc.info as Json).title && (doc.info as Json).version);
  const schemas = (doc.components as Json).schemas as Json;
  for (const ref of collectRefs(doc)) {
    const match = /^#\/components\/schemas\/(\w+)$/.exec(ref);
    assert.ok(match && match[1]! in schemas, `unresolved $ref ${ref}`);
  }
  const ajv = new Ajv2020({ strict: false, validateFormats: false });
  ajv.addSchema(doc as object, 'openapi');
  for (const name of Object.keys(schemas)) assert.ok(ajv.getSchema(`openapi#/components/schemas/${name}`), `schema ${name} compiles`);
});

it('documents every API route the app serves, and nothing it does not', () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-openapi-'));
  const store = openSqliteStore(dir);
  const { app } = createApp({ store });
  const served = new Set(
    app.routes
      .filter((r) => r.path.startsWith('/api/') && METHODS.includes(r.method.toLowerCase()))
      .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`),
  );
  const documented = new Set<string>();
  const operationIds = new Set<string>();
  for (const [path, item] of Object.entries(doc.paths as Json)) {
    for (const method of METHODS) {
      const operation = (item as Json)[method] as Json | undefined;
      if (!operation) continue;
      documented.add(`${method} ${path}`);
      assert.ok(typeof operation.operationId === 'string' && !operationIds.has(operation.operationId), `unique operationId on ${method} ${path}`);
      operationIds.add(operation.operationId as string);
      assert.ok(operation.summary, `summary on ${method} ${path}`);
      const responses = Object.keys(operation.responses as Json);
      assert.ok(responses.length > 0 && responses.every((code) => /^[1-5]\d\d$/.test(code)), `responses on ${method} ${path}`);
      const params = [...(((item as Json).parameters as Json[]) ?? []), ...((operation.parameters as Json[]) ?? [])];
      for (const name of path.match(/\{(\w+)\}/g) ?? []) {
        assert.ok(
          params.some((p) => p.in === 'path' && `{${p.name}}` === name),
          `path parameter ${name} of ${path} is described`,
        );
      }
    }
  }
  assert.deepEqual([...served].sort(), [...documented].sort());
  void store.close();
  rmSync(dir, { recursive: true, force: true });
});
