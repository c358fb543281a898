// Keeps a child process running: when it dies on its own it is started again after an
// exponential backoff (1 s, 2 s, 4 s … 30 s; back to 1 s once it has stayed up a minute),
// with a log line naming it and how it ended. `npm start` supervises its children with it.
import { fail, ok, step } from './log.mjs';

/**
 * supervise(name, start, options) → { stop(), child, restarts, ready }
 *   start(): Promise<{ child, stop() }>   starts one instance (throws when it cannot)
 *   ready: resolves after the first start (rejects when the first start fails: a
 *          misconfiguration is reported, not retried forever)
 *   stop(): stops the current instance and cancels any pending restart.
 */
export function supervise(
  name,
  start,
  { initialDelayMs = 1_000, maxDelayMs = 30_000, stableMs = 60_000, log = defaultLog } = {},
) {
  let current;
  let stopped = false;
  let timer;
  let failures = 0;
  const state = {
    restarts: 0,
    get child() {
      return current?.child;
    },
    stop,
    ready: undefined,
  };

  async function launch() {
    const instance = await start();
    if (stopped) return instance.stop();
    current = instance;
    const startedAt = Date.now();
    log.info(`${name} running (pid ${instance.child.pid})`);
    instance.child.once('exit', (code, signal) => {
      if (stopped || current !== instance) return;
      current = undefined;
      if (Date.now() - startedAt >= stableMs) failures = 0;
      schedule(code === null ? `signal ${signal}` : `exit code ${code}`);
    });
  }

  function schedule(how) {
    const delay = Math.min(maxDelayMs, initialDelayMs * 2 ** failures);
    failures++;
    log.error(`${name} exited (${how}); restarting in ${(delay / 1000).toFixed(1)} s (restart ${state.restarts + 1})`);
    timer = setTimeout(async () => {
      timer = undefined;
      if (stopped) return;
      state.restarts++;
      try {
        await launch();
        log.ok(`${name} restarted`);
      } catch (error) {
        if (!stopped) schedule(`restart failed: ${error.message}`);
      }
    }, delay);
    timer.unref?.();
  }

  async function stop() {
    stopped = true;
    clearTimeout(timer);
    const instance = current;
    current = undefined;
    await instance?.stop();
  }

  state.ready = launch();
  return state;
}

const defaultLog = { info: step, ok, error: fail };
