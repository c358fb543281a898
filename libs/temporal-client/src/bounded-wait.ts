import { WorkflowNotFoundError } from '@temporalio/client';
import { UnavailableError, msg } from '@dondoc/domain';

/**
 * How long an API call waits on a workflow before answering 503 (DONDOC_WORKFLOW_WAIT_MS,
 * default 20 s): under a load balancer's usual 30 s, so the client hears "retry" rather
 * than a dropped connection. The work itself goes on; the same request again joins it.
 */
export function workflowWaitMs(): number {
  const configured = Number(process.env.DONDOC_WORKFLOW_WAIT_MS);
  return Number.isFinite(configured) && configured > 0 ? configured : 20_000;
}

const BUSY = msg('boundedWait.theSystemIsBusyPleaseRetry');

/** What `bounded` needs to cancel the calls it gives up on: a Temporal client. */
export interface Abortable {
  withAbortSignal<R>(signal: AbortSignal, fn: () => Promise<R>): Promise<R>;
}

/**
 * Runs `call`, giving up with UnavailableError (503, Retry-After) once the bound has
 * passed. With the client, the calls given up on are cancelled too, so none keeps
 * retrying against a connection that closes meanwhile.
 */
export async function bounded<T>(call: () => Promise<T>, client?: Abortable, ms = workflowWaitMs()): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const abort = new AbortController();
  const running = client ? client.withAbortSignal(abort.signal, call) : call();
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      abort.abort();
      reject(new UnavailableError(BUSY, 5));
    }, ms);
  });
  try {
    return await Promise.race([running, timeout]);
  } finally {
    clearTimeout(timer);
    // The abandoned call may still fail later; nobody is listening any more.
    running.catch(() => undefined);
  }
}

/**
 * Runs `call` against a workflow that is about to start: while Temporal answers "not
 * found", waits a little and tries again, until the bound (then 503, Retry-After 1).
 * A task's row is written before its workflow starts, so between the two the task is
 * listed but its workflow is not there yet: read-your-writes for task actions.
 */
export async function untilStarted<T>(
  call: () => Promise<T>,
  handle: Describable,
  ms = Math.min(workflowWaitMs(), 10_000),
): Promise<T> {
  const deadline = Date.now() + ms;
  for (let pause = 50; ; pause = Math.min(pause * 2, 500)) {
    try {
      return await call();
    } catch (error) {
      // "Not found" also answers an update to a workflow that has ended: no use waiting.
      if (!(error instanceof WorkflowNotFoundError) || (await hasEnded(handle))) throw error;
      if (Date.now() + pause > deadline) {
        throw new UnavailableError(msg('boundedWait.theTaskIsBeingSetUp'), 1);
      }
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}

/** What `hasEnded` needs of a workflow handle. */
export interface Describable {
  describe(): Promise<{ status: { name: string } }>;
  client?: Abortable;
}

/**
 * Whether the workflow id's execution has ended (completed, cancelled, terminated…).
 * Not found, or running (it may have started since the "not found"), is not ended.
 */
export async function hasEnded(handle: Describable): Promise<boolean> {
  try {
    return (await handle.describe()).status.name !== 'RUNNING';
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) return false;
    throw error;
  }
}
