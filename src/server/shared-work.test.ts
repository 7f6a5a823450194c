import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BusyError, SharedWork } from './shared-work.js';

// Work that ends when told to (or when its signal aborts), counting how often it was started.
function controllable() {
  let finish: (value: string) => void = () => {};
  const started: AbortSignal[] = [];
  const work = (signal: AbortSignal) =>
    new Promise<string>((resolve, reject) => {
      started.push(signal);
      finish = resolve;
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
  return { work, started, finish: (value: string) => finish(value) };
}

describe('SharedWork: one computation per key, dropped when nobody waits, capped', () => {
  it('identical requests share one computation and all get its result', async () => {
    const shared = new SharedWork();
    const { work, started, finish } = controllable();
    const waiting = [shared.run('brief:1:3', work), shared.run('brief:1:3', work, new AbortController().signal), shared.run('brief:1:3', work)];
    await Promise.resolve();
    await Promise.resolve();
    assert.equal(started.length, 1);
    assert.equal(shared.size, 1);
    finish('done');
    assert.deepEqual(await Promise.all(waiting), ['done', 'done', 'done']);
    assert.equal(shared.size, 0);
  });

  it('a request that goes stops waiting; the computation is aborted when the last one goes', async () => {
    const shared = new SharedWork();
    const { work, started } = controllable();
    const first = new AbortController();
    const second = new AbortController();
    const a = shared.run('k', work, first.signal);
    const b = shared.run('k', work, second.signal);
    await new Promise((resolve) => setImmediate(resolve));
    first.abort(new DOMException('client gone', 'AbortError'));
    await assert.rejects(a, { name: 'AbortError' });
    assert.equal(started[0]!.aborted, false, 'another request still waits');
    second.abort(new DOMException('client gone', 'AbortError'));
    await assert.rejects(b, { name: 'AbortError' });
    assert.equal(started[0]!.aborted, true, 'nobody waits: the work is stopped');
    assert.equal(shared.size, 0, 'a later request starts afresh');
  });

  it('past the cap a new computation is refused with 503 and Retry-After; joining a running one is not', async () => {
    const shared = new SharedWork({ maxInFlight: 1, retryAfterSeconds: 7 });
    const { work, finish } = controllable();
    const running = shared.run('a', work);
    assert.throws(
      () => shared.run('b', work),
      (error: unknown) => error instanceof BusyError && error.status === 503 && error.retryAfterSeconds === 7,
    );
    const joined = shared.run('a', work);
    await new Promise((resolve) => setImmediate(resolve));
    finish('ok');
    assert.deepEqual(await Promise.all([running, joined]), ['ok', 'ok']);
    assert.equal(await shared.run('b', async () => 'now'), 'now');
  });
});
