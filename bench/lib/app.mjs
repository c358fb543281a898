// What the benches share: the real worker and API from dist/, started as processes
// against the bench's own PostgreSQL and Temporal, and a logged-in leader.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, fromDist } from '../../scripts/lib/build.mjs';
import { ROOT } from '../../scripts/lib/paths.mjs';
import { startEmbeddedPostgres } from '../../scripts/lib/postgres.mjs';
import { freePort, startChild, waitFor } from '../../scripts/lib/proc.mjs';
import { findTemporalCli } from '../../scripts/lib/temporal-cli.mjs';
import { startTemporalDevServer } from '../../scripts/lib/temporal-dev.mjs';

/** A process's peak resident memory (VmHWM) in MB. */
export const peakRssMb = (pid) =>
  Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;

/** The scope the benches write reference data with: everything, as the system. */
export const BENCH_SCOPE = {
  userId: '00000000-0000-0000-0000-000000000000',
  username: 'bench',
  role: 'admin',
  unitId: '00000000-0000-0000-0000-000000000000',
  unitPath: '/',
};

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * POST as a client does: a 503 (the recording outlasted the API's wait) is retried after
 * its Retry-After with the same Idempotency-Key, which joins the same recording and
 * creates nothing twice. Answers the last response (its body unread) and the retries.
 */
export async function postRetried(url, headers, body, key) {
  for (let retries = 0; ; retries++) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { ...headers, 'Idempotency-Key': key },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    if (response.status !== 503) return { response, retries };
    await response.arrayBuffer();
    await sleep(Number(response.headers.get('retry-after') ?? 1) * 1000);
  }
}

/**
 * Builds dist/, then a scratch PostgreSQL, migrated (`flags` are the server's own
 * command-line settings); `stop()` removes it.
 */
export async function startDatabase({ flags = [] } = {}) {
  build();
  const dir = mkdtempSync(join(tmpdir(), 'dondoc-bench-'));
  const pg = await startEmbeddedPostgres({ dir: join(dir, 'pg'), port: await freePort(), flags });
  const url = pg.url('bench');
  const persistence = await fromDist('libs/persistence/src/index.js');
  const { dataSource } = await persistence.migrate({ url });
  return {
    url,
    persistence,
    dataSource,
    async stop() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await pg.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** startDatabase's, with the demo province seeded and an in-memory Temporal dev server. */
export async function startInfra() {
  const database = await startDatabase();
  const temporal = await startTemporalDevServer({
    cli: findTemporalCli(),
    port: await freePort(),
    quiet: true,
    name: 'temporal-bench',
  });
  await database.persistence.seedDemoProvince(database.dataSource);
  return {
    ...database,
    temporal,
    async stop() {
      await temporal.stop();
      await database.stop();
    },
  };
}

/** One signing key per bench run (no data directory of its own: the processes share it). */
const JWT_SECRET = randomBytes(32).toString('hex');

/** The environment every bench process runs with: `extra` on top of the bench defaults. */
function benchEnv({ databaseUrl, temporalAddress, extra = {} }) {
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: temporalAddress,
    LOG_LEVEL: 'warn',
    DATABASE_POOL_SIZE: '20',
    // A bench measures the app, not its guards: no rate limits, and one token for the whole run.
    RATE_LIMIT_PER_ADDRESS: '0',
    RATE_LIMIT_PER_USER: '0',
    LOGIN_MAX_USERNAMES_PER_ADDRESS: '0',
    JWT_SECRET,
    JWT_ACCESS_TTL_SECONDS: '86400',
    JWT_REFRESH_TTL_SECONDS: '86400',
    ...extra,
  };
}

/** Signs `username` in; the headers of a JSON request made as them. */
export async function login(base, username, password) {
  const response = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (response.status !== 200) throw new Error(`login ${username}: ${response.status} ${await response.text()}`);
  const { accessToken } = await response.json();
  return { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' };
}

/** Where a bench that needs no Temporal points the API. */
const NOWHERE = '127.0.0.1:1';

/**
 * Starts the API alone (benches of reads and imports need no worker and no Temporal);
 * returns the child and its base URL once it is ready (only live, without Temporal).
 */
export async function startApi({ databaseUrl, temporalAddress = NOWHERE, env: extra = {}, quiet = false }) {
  const port = await freePort();
  const env = benchEnv({ databaseUrl, temporalAddress, extra: { ...extra, PORT: String(port) } });
  const api = startChild('api', process.execPath, [join(ROOT, 'dist/apps/api/src/main.js')], { env, quiet });
  const base = `http://127.0.0.1:${port}`;
  const check = temporalAddress === NOWHERE ? '/health/live' : '/health';
  await waitFor('API', async () => (await fetch(`${base}${check}`)).status === 200, 60_000);
  return { api, base };
}

/**
 * Starts the worker and the API with `env` on top of the bench defaults; returns both
 * children (stop them with stopChild), the API's base URL and the headers of a request
 * made as the provincial standing board (`thuongtruc.tu`).
 */
export async function startApp({ databaseUrl, temporalAddress, password, env: extra = {} }) {
  const env = benchEnv({ databaseUrl, temporalAddress, extra });
  const worker = startChild('worker', process.execPath, [join(ROOT, 'dist/apps/worker/src/main.js')], { env });
  const { api, base } = await startApi({ databaseUrl, temporalAddress, env: extra });
  return { worker, api, base, headers: await login(base, 'thuongtruc.tu', password) };
}
