// The worker's settings from the environment, read at start (not in libs/config: they are
// the worker's alone, and unset means the SDK's defaults).

/**
 * Worker tuning from the environment (unset: the SDK's defaults). docs: bench/README.md
 * shows what each trades: cached workflows are memory against replays after eviction;
 * concurrent workflow tasks and pollers are how fast a burst of timers drains.
 */
export function workerTuning(env: NodeJS.ProcessEnv = process.env) {
  const int = (name: string): number | undefined => {
    const raw = env[name];
    if (raw === undefined || raw === '') return undefined;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got "${raw}"`);
    return value;
  };
  const options = {
    maxCachedWorkflows: int('TEMPORAL_MAX_CACHED_WORKFLOWS'),
    maxConcurrentWorkflowTaskExecutions: int('TEMPORAL_MAX_CONCURRENT_WORKFLOW_TASKS'),
    maxConcurrentActivityTaskExecutions: int('TEMPORAL_MAX_CONCURRENT_ACTIVITIES'),
    workflowTaskPollerBehavior: pollers(int('TEMPORAL_WORKFLOW_POLLERS')),
    activityTaskPollerBehavior: pollers(int('TEMPORAL_ACTIVITY_POLLERS')),
  };
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
}

/** The lanes a worker process polls (docs/decisions/0040-reminder-bursts.md). */
export type Lane = 'main' | 'interactive';

/**
 * TEMPORAL_WORKER_LANES=main,interactive (the default: both). A deployment can run
 * processes for one lane each; a test runs a worker with the interactive lane only, so a
 * directive is recorded while its tasks wait for a worker.
 */
export function workerLanes(env: NodeJS.ProcessEnv = process.env): Lane[] {
  const raw = env.TEMPORAL_WORKER_LANES?.trim();
  if (!raw) return ['main', 'interactive'];
  const lanes = raw.split(',').map((lane) => lane.trim());
  for (const lane of lanes) {
    if (lane !== 'main' && lane !== 'interactive') {
      throw new Error(`TEMPORAL_WORKER_LANES: "${lane}" is not a lane (main, interactive)`);
    }
  }
  return [...new Set(lanes as Lane[])];
}

const pollers = (maximum: number | undefined) =>
  maximum === undefined ? undefined : { type: 'simple-maximum' as const, maximum };
