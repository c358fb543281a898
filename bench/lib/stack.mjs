// The whole system as the fault suite and the load benches need it: scratch PostgreSQL,
// Temporal (the CLI's dev server on a SQLite file, or the real server on PostgreSQL),
// an optional SMTP catcher, and the real worker and API from dist/, each on fixed ports
// and each under the same supervisor as `npm start` (scripts/lib/supervisor.mjs), so a
// child killed with SIGKILL comes back by itself. Everything can also be stopped and
// started again on purpose (a PostgreSQL restart, the whole system off).
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, fromDist } from '../../scripts/lib/build.mjs';
import { findMailpit, startMailpit } from '../../scripts/lib/mailpit.mjs';
import { ROOT } from '../../scripts/lib/paths.mjs';
import { startEmbeddedPostgres } from '../../scripts/lib/postgres.mjs';
import { freePort, startChild, stopChild, waitFor } from '../../scripts/lib/proc.mjs';
import { supervise } from '../../scripts/lib/supervisor.mjs';
import { findTemporalCli } from '../../scripts/lib/temporal-cli.mjs';
import { startTemporalDevServer } from '../../scripts/lib/temporal-dev.mjs';
import {
  findTemporalServer,
  freeTemporalServerPort,
  prepareTemporalDatabases,
  startTemporalServer,
} from '../../scripts/lib/temporal-server.mjs';

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Supervisor log lines, kept short and timestamped so a fault's story can be read back. */
const started = Date.now();
const stamp = () => `+${((Date.now() - started) / 1000).toFixed(1)}s`;
const quietLog = {
  info: () => undefined,
  ok: (message) => console.log(`    ${stamp()} ${message}`),
  error: (message) => console.log(`    ${stamp()} ${message}`),
};

/**
 * startStack({ temporal: 'dev' | 'postgres', mail: boolean, env }) → the running stack:
 *   { url, dataSource, persistence, temporalAddress, base, headers, mail?,
 *     kill(name) (SIGKILL of 'worker' | 'api' | 'temporal'), child(name),
 *     stopApps(), startApps(), stopTemporal(), startTemporal(), restartPostgres(downMs),
 *     killPostgres(downMs) (SIGKILL of the postmaster and every backend, then started again),
 *     stopAll(), startAll(), stop() }
 */
const pairs = (text = '') =>
  Object.fromEntries(
    text
      .split(',')
      .filter(Boolean)
      .map((pair) => pair.split('=')),
  );

/**
 * Scale-out (bench/scale-out.bench.mjs): `workers` worker and `apis` API processes, each
 * supervised (`worker`, `worker-2`, …; `api`, `api-2`, …), the APIs sharing one signing key;
 * `stack.bases` lists the APIs' URLs, `stack.scale({ workers, apis })` restarts the apps
 * with other counts, `stack.processes()` names every child's pid. `temporalServices`
 * (with `temporal: 'postgres'`) runs the server's services as one process each
 * (['frontend', 'history', 'matching', 'worker']) instead of one process for all.
 */
export async function startStack({
  temporal = 'dev',
  mail = false,
  env: extra = {},
  workers = 1,
  apis = 1,
  temporalServices,
} = {}) {
  build();
  const dir = mkdtempSync(join(tmpdir(), 'dondoc-stack-'));
  const pg = await startEmbeddedPostgres({ dir: join(dir, 'pg'), port: await freePort() });
  const url = pg.url('stack');
  const persistence = await fromDist('libs/persistence/src/index.js');
  const { dataSource } = await persistence.migrate({ url });
  await persistence.seedDemoProvince(dataSource);
  const cli = findTemporalCli();
  const temporalPort = temporal === 'postgres' ? await freeTemporalServerPort() : await freePort();
  const temporalAddress = `127.0.0.1:${temporalPort}`;
  let bins;
  if (temporal === 'postgres') {
    bins = findTemporalServer();
    if (!bins) throw new Error('the Temporal server could not be built');
    await prepareTemporalDatabases({ ...bins, admin: pg.admin, quiet: true });
  }
  let temporalChildren = [];
  const startTemporal = () =>
    temporal === 'postgres'
      ? startTemporalServer({
          server: bins.server,
          cli,
          dir: join(dir, 'temporal-server'),
          port: temporalPort,
          db: pg.admin,
          quiet: true,
          services: temporalServices,
        }).then((server) => {
          temporalChildren = server.children ?? [{ name: 'temporal', child: server.child }];
          return server;
        })
      : startTemporalDevServer({
          cli,
          dbFile: join(dir, 'temporal.db'),
          port: temporalPort,
          quiet: true,
          // For trials of the dev server's settings: "key=value,key=value".
          dynamicConfig: pairs(process.env.BENCH_DEV_SERVER_CONFIG),
          sqlitePragmas: pairs(process.env.BENCH_DEV_SERVER_PRAGMAS),
        });

  const catcherPort = mail ? await freePort() : undefined;
  // Mailpit keeps its messages in a file here, so a stop and start (the SMTP fault) loses none.
  const startMail = () => startMailCatcher({ smtpPort: catcherPort, dbFile: join(dir, 'mailpit.db') });
  let catcher = mail ? await startMail() : undefined;
  // The first API's port is chosen now (its URL is `stack.base`), the others' when first started.
  const apiPorts = [await freePort()];
  const baseOf = (i) => `http://127.0.0.1:${apiPorts[i]}`;
  const base = baseOf(0);
  let scale = { workers, apis };
  const workerName = (i) => (i === 0 ? 'worker' : `worker-${i + 1}`);
  const apiName = (i) => (i === 0 ? 'api' : `api-${i + 1}`);
  // The second worker on this machine and after: metrics on ports of their own.
  const workerEnv = async (i) =>
    i === 0 ? {} : { WORKER_METRICS_PORT: String(await freePort()), TEMPORAL_METRICS_PORT: String(await freePort()) };
  const env = {
    ...process.env,
    DATABASE_URL: url,
    TEMPORAL_ADDRESS: temporalAddress,
    LOG_LEVEL: 'error',
    DATABASE_POOL_SIZE: '20',
    // One signing key for every API process of the stack (a token from one is good at another).
    JWT_SECRET: randomUUID() + randomUUID(),
    ...(mail ? { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(catcherPort) } : {}),
    ...extra,
  };
  const node =
    (name, entry, more = {}) =>
    async () => {
      const child = startChild(name, process.execPath, [join(ROOT, 'dist', entry)], {
        env: { ...env, ...more },
        quiet: true,
      });
      return { child, stop: () => stopChild(child) };
    };
  const supervisors = {};
  const keep = async (name, start) => {
    supervisors[name] = supervise(name, start, { log: quietLog, initialDelayMs: 500 });
    await supervisors[name].ready;
  };
  const startApps = async () => {
    for (let i = 0; i < scale.workers; i++) {
      await keep(workerName(i), node(workerName(i), 'apps/worker/src/main.js', await workerEnv(i)));
    }
    for (let i = 0; i < scale.apis; i++) {
      apiPorts[i] ??= await freePort();
      await keep(apiName(i), node(apiName(i), 'apps/api/src/main.js', { PORT: String(apiPorts[i]) }));
    }
    for (let i = 0; i < scale.apis; i++) {
      await waitFor('API', async () => (await fetch(`${baseOf(i)}/health`)).status === 200, 120_000, 300);
    }
  };
  const appNames = () => Object.keys(supervisors).filter((name) => /^(api|worker)(-\d+)?$/.test(name));
  const stack = {
    dir,
    url,
    pg,
    dataSource,
    persistence,
    temporalAddress,
    base,
    /** Every API process's URL (the first is `base`). */
    get bases() {
      return Array.from({ length: scale.apis }, (_, i) => baseOf(i));
    },
    headers: undefined,
    get mail() {
      return catcher;
    },
    child: (name) => supervisors[name]?.child,
    restarts: (name) => supervisors[name]?.restarts ?? 0,
    /** [{ name, pid }] of the running children: Temporal (one per service when split), workers, APIs. */
    processes: () => [
      ...temporalChildren.map(({ name, child }) => ({ name, pid: child.pid })),
      ...appNames()
        .map((name) => ({ name, pid: supervisors[name].child?.pid }))
        .filter(({ pid }) => pid !== undefined),
    ],
    /** The apps again with other counts of workers and APIs. */
    async scale(counts) {
      await stack.stopApps();
      scale = { ...scale, ...counts };
      await startApps();
    },
    kill: (name) => supervisors[name].child.kill('SIGKILL'),
    /** Environment for the worker and API from their next start on (worker tuning in the benches). */
    setEnv(more) {
      Object.assign(env, more);
      for (const [key, value] of Object.entries(more)) if (value === undefined) delete env[key];
    },
    startTemporal: () => keep('temporal', startTemporal),
    stopTemporal: () => supervisors.temporal.stop(),
    startApps,
    async stopApps() {
      const names = appNames();
      for (const name of names.filter((n) => n.startsWith('api'))) await supervisors[name].stop();
      for (const name of names.filter((n) => n.startsWith('worker'))) await supervisors[name].stop();
      for (const name of names) delete supervisors[name];
    },
    async stopMail() {
      await catcher?.stop();
    },
    async startMail() {
      catcher = await startMail();
    },
    async restartPostgres(downMs) {
      await pg.stop();
      await sleep(downMs);
      await pg.start();
    },
    /**
     * PostgreSQL killed as a crash kills it: SIGKILL to the postmaster and every process
     * it forked (backends, WAL writer, checkpointer) at once, no shutdown, no checkpoint;
     * started again after `downMs`, it replays its write-ahead log (crash recovery).
     */
    async killPostgres(downMs) {
      const postmaster = Number(readFileSync(join(dir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
      const pids = [postmaster, ...childrenOf(postmaster)];
      for (const pid of pids) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
      // Every one of them gone before the restart (a survivor would hold the shared memory).
      for (let i = 0; pids.some(alive) && i < 100; i++) await sleep(100);
      await sleep(downMs);
      await pg.start();
    },
    async stopAll() {
      await stack.stopApps();
      await stack.stopTemporal();
      if (dataSource.isInitialized) await dataSource.destroy();
      await pg.stop();
    },
    async startAll() {
      await pg.start();
      await dataSource.initialize();
      await stack.startTemporal();
      await startApps();
    },
    async login() {
      const response = await fetch(`${base}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'thuongtruc.tu', password: persistence.DEMO_PASSWORD }),
      });
      const { accessToken } = await response.json();
      stack.headers = { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' };
      return stack.headers;
    },
    async stop() {
      for (const name of [...appNames().sort(), 'temporal']) await supervisors[name]?.stop().catch(() => undefined);
      await catcher?.stop();
      if (dataSource.isInitialized) await dataSource.destroy();
      await pg.stop().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
  try {
    await stack.startTemporal();
    await startApps();
    await stack.login();
  } catch (error) {
    // Nothing left running behind a failed start (a child restarting forever, PostgreSQL).
    await stack.stop().catch(() => undefined);
    throw error;
  }
  return stack;
}

/** The pids whose parent is `pid` (read from /proc). */
function childrenOf(pid) {
  const found = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // pid (comm) state ppid …: comm may hold spaces, so split after its closing parenthesis.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) found.push(Number(entry));
    } catch {
      // ended meanwhile
    }
  }
  return found;
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    // A zombie (killed, not yet reaped) counts as gone.
    return !/^\S+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/** N units under the demo province's Fatherland Front with one user each (optionally with e-mail). */
export async function addUnits(stack, prefix, count, { email = false } = {}) {
  const scope = {
    userId: '00000000-0000-0000-0000-000000000000',
    username: 'bench',
    role: 'admin',
    unitId: '00000000-0000-0000-0000-000000000000',
    unitPath: '/',
  };
  await new stack.persistence.UnitsRepository(stack.dataSource).import(
    scope,
    Array.from({ length: count }, (_, i) => ({
      line: i + 1,
      code: `${prefix}-${i}`,
      name: `Chi hội ${prefix} ${i}`,
      kind: 'mass_organisation',
      parentCode: 'MTTQ-GL',
    })),
    'bench',
  );
  await stack.dataSource.query(
    `INSERT INTO users (id, username, password_hash, full_name, role, unit_id, email)
     SELECT gen_random_uuid(), lower(code), 'x', name, 'officer', id,
            CASE WHEN $2 THEN lower(code) || '@bench.example' END
       FROM units WHERE code LIKE $1`,
    [`${prefix}-%`, email],
  );
  return (await stack.dataSource.query(`SELECT id FROM units WHERE code LIKE $1 ORDER BY code`, [`${prefix}-%`])).map(
    (row) => row.id,
  );
}

/**
 * POST /directives with one task per unit; extra fields go on every task; `base` is the API
 * process to send it to (default the first). Returns the directive id.
 */
// Document numbers unique within a run (a number is unique per issuer and year): drawn at
// random they met within a few hundred directives and a probe answered 409.
let documentNumbers = Math.floor(Math.random() * 40_000);
const nextDocumentNumber = () => 10_000 + (documentNumbers++ % 90_000);

export async function issueDirective(stack, units, { title, task = {}, base = stack.base } = {}) {
  const tu = (await stack.dataSource.query(`SELECT id FROM units WHERE code = 'TU-GL'`))[0].id;
  const body = JSON.stringify({
    documentNumber: `${nextDocumentNumber()}-CV/TU`,
    title: title ?? `Công văn đôn đốc gửi ${units.length} đơn vị`,
    issueDate: new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date()),
    issuingUnitId: tu,
    tasks: units.map((leadUnitId) => ({ title: 'Báo cáo sơ kết', leadUnitId, deadlineWorkingDays: 20, ...task })),
  });
  // As a client should: a 503 ("busy, retry") is retried after its Retry-After with the
  // same Idempotency-Key, so the retries join the first request and create nothing twice.
  const key = randomUUID();
  for (let attempt = 1; ; attempt++) {
    // A fresh token: a bench waits longer than an access token lives (15 minutes).
    const headers = { ...(await stack.login()), 'Idempotency-Key': key };
    const response = await fetch(`${base}/api/v1/directives`, { method: 'POST', headers, body });
    if (response.status === 201 || response.status === 200) return (await response.json()).id;
    if (response.status !== 503 || attempt >= 30) {
      throw new Error(`create answered ${response.status}: ${await response.text()}`);
    }
    await response.arrayBuffer();
    await sleep(Number(response.headers.get('retry-after') ?? 1) * 1000);
  }
}

/** A query that waits out a PostgreSQL restart instead of failing the run. */
export async function count(stack, sql, params = []) {
  for (let attempt = 0; ; attempt++) {
    try {
      if (!stack.dataSource.isInitialized) await stack.dataSource.initialize();
      return (await stack.dataSource.query(sql, params))[0];
    } catch (error) {
      if (attempt > 120) throw error;
      await sleep(1000);
    }
  }
}

/**
 * Mailpit (built once from the Go module proxy, scripts/lib/mailpit.mjs) as the SMTP
 * catcher; `messages()` reads what it holds through its API: [{ headers }] with header
 * names in lower case, as the tallies count them (bench/lib/tally.mjs).
 */
async function startMailCatcher({ smtpPort, dbFile }) {
  const bin = findMailpit();
  if (!bin) throw new Error('no Mailpit binary (needs Go, or set MAILPIT)');
  const mailpit = await startMailpit({ bin, smtpPort, dbFile, max: 0, quiet: true, name: 'mailpit-bench' });
  const api = async (path) => {
    const response = await fetch(`${mailpit.url}api/v1/${path}`);
    if (!response.ok) throw new Error(`Mailpit ${path}: ${response.status}`);
    return response.json();
  };
  const seen = new Map();
  return {
    async messages() {
      const { messages } = await api('messages?limit=100000');
      for (const { ID } of messages) {
        if (seen.has(ID)) continue;
        const headers = await api(`message/${ID}/headers`);
        seen.set(ID, { headers: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v[0]])) });
      }
      return messages.map(({ ID }) => seen.get(ID));
    },
    stop: () => mailpit.stop(),
  };
}
