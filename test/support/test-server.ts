// Test support only: a real server on 127.0.0.1:0 over a store in a fresh temp folder, and schema checks.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { OPENAPI_DOCUMENT } from '../../src/server/openapi.js';
import type { BriefingRunner } from '../../src/server/briefing-runner.js';
import { startServer, type ServerOptions } from '../../src/server/start-server.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/index.js';

export { EXAMPLES_DIR } from '../fixtures/paths.js';

export interface TestServer {
  readonly url: string;
  readonly store: SqliteStore;
  readonly dir: string;
  close(): Promise<void>;
}

/**
 * Starts the server on a free loopback port over a new store; `close` removes everything. The heavy work runs in the
 * event loop's thread unless `workers` asks for a pool; no rate limit unless `rateLimit` sets one.
 */
export async function startTestServer(
  options: Omit<ServerOptions, 'port' | 'host' | 'store' | 'dataDir'> & { makeRunner?: (store: SqliteStore) => BriefingRunner } = {},
): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-server-'));
  const store = openSqliteStore(dir);
  const { makeRunner, ...rest } = options;
  const runner = makeRunner?.(store) ?? options.runner;
  const running = await startServer({ pollMs: 200, workers: 0, rateLimit: 0, ...rest, runner, port: 0, host: '127.0.0.1', store });
  return {
    url: running.url,
    store,
    dir,
    close: async () => {
      await running.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
ajv.addSchema(OPENAPI_DOCUMENT as object, 'openapi');

/** Problems of `value` against a component schema of the OpenAPI document (empty when valid). */
export function checkSchema(name: string, value: unknown): string[] {
  const validate = ajv.getSchema(`openapi#/components/schemas/${name}`);
  if (!validate) return [`no schema named ${name}`];
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => `${name}${e.instancePath} ${e.message ?? 'is invalid'}`);
}
