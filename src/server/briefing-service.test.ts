import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openSqliteStore, type SqliteStore } from '../store/index.js';
import { readExampleArticles } from '../../test/contract/store-contract.js';
import type { BriefTask, StoryBriefing } from './briefing-runner.js';
import { BriefingService } from './briefing-service.js';
import { InlineRunner } from './inline-runner.js';
import { SharedWork } from './shared-work.js';

/** An InlineRunner whose first briefing fails as `first` says: it hangs until aborted, or runs out of memory. */
class FailingFirst extends InlineRunner {
  readonly tasks: BriefTask[] = [];
  constructor(
    store: SqliteStore,
    private readonly first: 'hang' | 'out-of-memory' | 'always-hang',
  ) {
    super(store);
  }
  override async brief(task: BriefTask, signal?: AbortSignal): Promise<StoryBriefing> {
    this.tasks.push(task);
    if (this.first === 'out-of-memory' && this.tasks.length === 1)
      throw Object.assign(new Error('Worker terminated due to reaching memory limit'), { code: 'ERR_WORKER_OUT_OF_MEMORY' });
    if (this.first === 'always-hang' || (this.first === 'hang' && this.tasks.length === 1)) {
      await new Promise((_, reject) => signal?.addEventListener('abort', () => reject(signal.reason), { once: true }));
    }
    return super.brief(task, signal);
  }
}

describe('BriefingService: a briefing past its time or memory budget is made from fewer articles', () => {
  let dir: string;
  let store: SqliteStore;
  let story: number;
  // AbortSignal.timeout does not keep a process alive (a server's sockets do): this timer does, for the test.
  let alive: NodeJS.Timeout;
  before(async () => {
    alive = setInterval(() => undefined, 1000);
    dir = mkdtempSync(join(tmpdir(), 'corroborate-service-'));
    store = openSqliteStore(dir);
    story = (await store.createStory('budget')).id;
    await store.addArticles(story, readExampleArticles());
  });
  after(async () => {
    clearInterval(alive);
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const failure of ['hang', 'out-of-memory'] as const) {
    it(`after ${failure === 'hang' ? 'the time budget' : 'running out of memory'}, once, with a note in the briefing`, async () => {
      const runner = new FailingFirst(store, failure);
      const service = new BriefingService({ store, runner, work: new SharedWork(), timeBudgetMs: 100, budget: { maxArticles: 500 } });
      const briefing = await service.get(story);
      assert.equal(runner.tasks.length, 2);
      assert.deepEqual(runner.tasks[1]!.budget, { maxArticles: 10, maxChars: 250_000 });
      const diagnostics = JSON.parse(new TextDecoder().decode(briefing.json)).diagnostics as { code: string; message: string }[];
      assert.equal(diagnostics[0]?.code, 'briefing-time-budget');
      assert.match(diagnostics[0]!.message, failure === 'hang' ? /did not finish within 0\.1 s/ : /ran out of memory/);
      assert.equal((await service.get(story)).cached, true, 'the smaller briefing is cached for this version');
      await store.addArticles(story, [{ ...readExampleArticles()[0]!, text: `${readExampleArticles()[0]!.text}\nMore (${failure}).` }]);
    });
  }

  it('says 503 when even the smaller briefing does not finish', async () => {
    const runner = new FailingFirst(store, 'always-hang');
    const service = new BriefingService({ store, runner, work: new SharedWork(), timeBudgetMs: 50 });
    await assert.rejects(service.get(story), { status: 503, code: 'briefing-too-big' });
  });
});
