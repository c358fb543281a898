import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function freePort(): Promise<number> {
  const { freePort: free } = await import('../../scripts/lib/proc.mjs');
  return free();
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * `npm start` as a person runs it (scripts/start.mjs, throwaway ports and data folder):
 * kill -9 its Temporal dev server, and the runner starts it again by itself, /health
 * goes from degraded back to ok; Ctrl-C (SIGINT) then stops every child.
 */
describe('the runner heals a child that dies', () => {
  let runner: ChildProcess;
  let dataDir: string;
  let output = '';
  const pids = new Map<string, number[]>();

  afterAll(async () => {
    if (runner && runner.exitCode === null) runner.kill('SIGKILL');
    for (const list of pids.values()) for (const pid of list) if (alive(pid)) process.kill(pid, 'SIGKILL');
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const waitUntil = async (what: string, check: () => Promise<boolean> | boolean, timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (await check()) return;
      await sleep(200);
    }
    throw new Error(`${what} within ${timeoutMs} ms; runner output:\n${output.slice(-4000)}`);
  };
  const health = async (port: number) => {
    try {
      return ((await (await fetch(`http://127.0.0.1:${port}/health`)).json()) as { status: string }).status;
    } catch {
      return 'unreachable';
    }
  };

  it('restarts a killed Temporal dev server, /health turns ok again, SIGINT stops everything', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'dondoc-runner-'));
    const port = await freePort();
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DONDOC_CACHE_DIR: process.env.DONDOC_CACHE_DIR,
      XDG_CACHE_HOME: process.env.XDG_CACHE_HOME,
      TEMPORAL_CLI: process.env.TEMPORAL_CLI,
      DONDOC_DATA_DIR: dataDir,
      PORT: String(port),
      EMBEDDED_PG_PORT: String(await freePort()),
      TEMPORAL_PORT: String(await freePort()),
      TEMPORAL_UI_PORT: String(await freePort()),
      MAIL_CATCHER_PORT: String(await freePort()),
      SMTP_PORT: String(await freePort()),
      // The channel fakes' fixed ports are not this test's business.
      CHANNEL_FAKES: 'false',
      NO_COLOR: '1',
    };
    for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
    runner = spawn(process.execPath, [join(ROOT, 'scripts/start.mjs')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const record = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      for (const [, name, pid] of output.matchAll(/(\S+) running \(pid (\d+)\)/g)) {
        const list = pids.get(name!) ?? [];
        if (!list.includes(Number(pid))) pids.set(name!, [...list, Number(pid)]);
      }
    };
    runner.stdout!.on('data', record);
    runner.stderr!.on('data', record);

    await waitUntil('the runner came up', () => output.includes('Ctrl-C stops everything'), 240_000);
    expect(await health(port)).toBe('ok');
    const [temporalPid] = pids.get('temporal')!;
    expect(temporalPid).toBeDefined();

    process.kill(temporalPid!, 'SIGKILL');
    // Degraded while Temporal is down; on a quiet machine the restart may beat the next poll.
    await waitUntil(
      '/health went degraded or Temporal was started again',
      async () => (await health(port)) === 'degraded' || (pids.get('temporal')?.length ?? 0) >= 2,
      60_000,
    );
    await waitUntil('the runner restarted Temporal', () => (pids.get('temporal')?.length ?? 0) >= 2, 60_000);
    expect(output).toMatch(/temporal exited \(signal SIGKILL\); restarting in/);
    await waitUntil('/health turned ok again', async () => (await health(port)) === 'ok', 120_000);

    const exited = new Promise<number | null>((resolve) => runner.once('exit', (code) => resolve(code)));
    runner.kill('SIGINT');
    expect(await exited).toBe(0);
    const every = [...pids.values()].flat();
    expect(every.length).toBeGreaterThanOrEqual(4); // temporal twice, worker, api
    await waitUntil('every child gone', () => every.every((pid) => !alive(pid)), 15_000);
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  }, 400_000);
});
