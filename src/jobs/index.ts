export { resolveStoryTarget } from './assign-story.js';
export { isPermanentFailure, JOB_HANDLERS, scheduleRebrief, toQueuedArticle, type JobContext, type JobHandler } from './handlers.js';
export {
  CPU_JOB_KINDS,
  DEFAULT_JOB_SETTINGS,
  JOB_KINDS,
  rebriefKey,
  type JobKind,
  type JobKindSettings,
  type JobPayloads,
  type QueuedArticle,
  type StoryTarget,
} from './job-kinds.js';
export type { EnqueueOptions, JobQueue, JobState, JobView, TakenJob } from './job-queue.js';
export { openJobQueue, type PgBossQueueOptions } from './pg-boss-queue.js';
export { startWorker, type JobEvent, type RunningWorker, type WorkerOptions } from './worker.js';
export { openWorkerLeases, type WorkerLeases } from './worker-leases.js';
