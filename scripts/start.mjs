#!/usr/bin/env node
// `npm start`: the whole system on one machine. Embedded PostgreSQL and the Temporal
// dev server (state under .data/, so a restart finds the same data) unless
// DATABASE_URL / TEMPORAL_ADDRESS point elsewhere; migrations; the worker; the API.
// TEMPORAL_PERSISTENCE=postgres runs the real Temporal server on the embedded PostgreSQL
// instead of the dev server (the topology of docker-compose.yml), with its Web UI.
// A child that dies is started again after a backoff (scripts/lib/supervisor.mjs);
// Ctrl-C stops every child cleanly. ATTACHMENTS_STORE=s3 without ATTACHMENTS_S3_ENDPOINT
// keeps attachments in a local SeaweedFS (S3-compatible, data under .data/seaweedfs).
import { join } from 'node:path';
import { build, fromDist } from './lib/build.mjs';
import { buildWeb } from './lib/web.mjs';
import { fail, ok, step, warn } from './lib/log.mjs';
import { DATA_DIR, ROOT } from './lib/paths.mjs';
import { findMailpit, startMailpit } from './lib/mailpit.mjs';
import { findSeaweedfs, SEAWEEDFS_TEST_KEYS, startSeaweedfs } from './lib/seaweedfs.mjs';
import { startEmbeddedPostgres } from './lib/postgres.mjs';
import { startChild, stopChild, waitFor } from './lib/proc.mjs';
import { supervise } from './lib/supervisor.mjs';
import { findTemporalCli } from './lib/temporal-cli.mjs';
import { startTemporalDevServer } from './lib/temporal-dev.mjs';
import {
  findTemporalServer,
  findTemporalUi,
  prepareTemporalDatabases,
  startTemporalServer,
  startTemporalUi,
} from './lib/temporal-server.mjs';

const env = { ...process.env };
const port = Number(env.PORT || 3000);
const pgPort = Number(env.EMBEDDED_PG_PORT || 5433);
const temporalPort = Number(env.TEMPORAL_PORT || 7233);
const temporalUiPort = Number(env.TEMPORAL_UI_PORT || 8233);
const mailPort = Number(env.MAIL_CATCHER_PORT || 8025);
// Links in e-mails point at this API unless PUBLIC_URL says where people reach it.
env.PUBLIC_URL ||= `http://localhost:${port}`;
// Without JWT_SECRET the API signs with this installation's own random key, made on its
// first start as <data dir>/jwt-secret (mode 0600) and kept for the next (libs/config).
env.DONDOC_DATA_DIR = DATA_DIR;

const stoppers = [];
let stopping = false;

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  step('Stopping…');
  for (const stop of stoppers.reverse()) {
    try {
      await stop();
    } catch (error) {
      warn(`while stopping: ${error.message}`);
    }
  }
  ok('Stopped.');
  process.exit(code);
}
const supervised = [];
/** Children started once, not supervised (Mailpit: a lost inbox is no outage). */
const unsupervised = [];
// Last resort when this process dies without the orderly path: no orphans left behind.
process.on('exit', () =>
  [...supervised, ...unsupervised].forEach(
    ({ child }) => child && child.exitCode === null && child.signalCode === null && child.kill('SIGKILL'),
  ),
);

/** Starts `start` under supervision (restarted when it dies), stopped in reverse order. */
async function keep(name, start) {
  const supervisor = supervise(name, start);
  supervised.push(supervisor);
  stoppers.push(() => supervisor.stop());
  await supervisor.ready;
  return supervisor;
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

async function main() {
  build();
  const dashboard = buildWeb();

  // Two roles: the owner migrates; the apps sign in as the application's role, which
  // cannot change the schema or rewrite the audit log (docs/decisions/0010-audit-hash-chain.md).
  let ownerUrl = env.MIGRATION_DATABASE_URL;
  let pgAdmin;
  if (!env.DATABASE_URL) {
    const pg = await startEmbeddedPostgres({ dir: join(DATA_DIR, 'postgres'), port: pgPort });
    stoppers.push(() => pg.stop());
    ownerUrl = pg.url('dondoc');
    pgAdmin = pg.admin;
  } else step(`PostgreSQL: using DATABASE_URL (${new URL(env.DATABASE_URL).host})`);

  step('Migrations: applying');
  const persistence = await fromDist('libs/persistence/src/index.js');
  const { dataSource, applied } = await persistence.migrate({ url: ownerUrl ?? env.DATABASE_URL });
  ok(applied.length ? `Migrations applied: ${applied.join(', ')}` : 'Schema up to date');
  if (!env.DATABASE_URL) env.DATABASE_URL = await persistence.enableAppRole(ownerUrl, 'dondoc_app');
  const demoDirective = await seedDemo(persistence, dataSource);
  await dataSource.destroy();

  let temporalUi;
  if (!env.TEMPORAL_ADDRESS) {
    temporalUi = `http://localhost:${temporalUiPort}`;
    if (env.TEMPORAL_PERSISTENCE === 'postgres') await startRealTemporal(pgAdmin);
    else await startDevTemporal();
  } else step(`Temporal: using TEMPORAL_ADDRESS (${env.TEMPORAL_ADDRESS})`);

  // E-mail: to Mailpit, whose inbox can be read, unless SMTP_HOST names a real server.
  let mailUi;
  if (!env.SMTP_HOST) {
    const bin = findMailpit({ ui: true });
    if (bin) {
      const mailpit = await startMailpit({
        bin,
        smtpPort: Number(env.SMTP_PORT || 1025),
        httpPort: mailPort,
        dbFile: join(DATA_DIR, 'mailpit', 'mailpit.db'),
      });
      stoppers.push(() => mailpit.stop());
      unsupervised.push({ child: mailpit.child });
      env.SMTP_HOST = '127.0.0.1';
      env.SMTP_PORT = String(mailpit.smtpPort);
      mailUi = `http://localhost:${mailpit.httpPort}/`;
    } else warn('E-mail: no Mailpit, so e-mails fail and are retried until SMTP_HOST names a server.');
  } else step(`E-mail: using SMTP_HOST (${env.SMTP_HOST})`);

  // Attachments: ATTACHMENTS_STORE=s3 with no ATTACHMENTS_S3_ENDPOINT runs SeaweedFS here.
  let s3Endpoint;
  if (env.ATTACHMENTS_STORE === 's3' && !env.ATTACHMENTS_S3_ENDPOINT) {
    const bin = findSeaweedfs();
    if (!bin)
      throw new Error('ATTACHMENTS_STORE=s3: SeaweedFS could not be built (needs Go); set ATTACHMENTS_S3_ENDPOINT');
    env.ATTACHMENTS_S3_BUCKET ||= 'dondoc-attachments';
    env.ATTACHMENTS_S3_ACCESS_KEY ||= SEAWEEDFS_TEST_KEYS.accessKey;
    env.ATTACHMENTS_S3_SECRET_KEY ||= SEAWEEDFS_TEST_KEYS.secretKey;
    const options = {
      bin,
      dir: join(DATA_DIR, 'seaweedfs'),
      buckets: [env.ATTACHMENTS_S3_BUCKET],
      s3Port: Number(env.SEAWEEDFS_S3_PORT || 8333),
      accessKey: env.ATTACHMENTS_S3_ACCESS_KEY,
      secretKey: env.ATTACHMENTS_S3_SECRET_KEY,
    };
    await keep('seaweedfs', () => startSeaweedfs(options));
    env.ATTACHMENTS_S3_ENDPOINT = s3Endpoint = `http://127.0.0.1:${options.s3Port}`;
  }

  // SMS, Zalo and Telegram: local fakes of the providers (test/fakes), each with a page listing
  // what it received and a page to act as a person (link Telegram, write to the OA); the
  // channels' variables point at them, and their receipts and events come back to the API.
  // On unless CHANNEL_FAKES=false or a real provider is configured (then the real ones alone).
  const realChannel = ['SMS_GATEWAY_URL', 'ZALO_APP_ID', 'TELEGRAM_BOT_TOKEN'].some((name) => env[name]);
  let channelPages;
  if (env.CHANNEL_FAKES === 'true' || (env.CHANNEL_FAKES !== 'false' && !realChannel)) {
    const { startChannelFakes } = await fromDist('test/fakes/index.js');
    const fakes = await startChannelFakes(Number(env.CHANNEL_FAKES_PORT || 8026), `http://127.0.0.1:${port}`);
    stoppers.push(() => fakes.stop());
    Object.assign(env, fakes.env);
    channelPages = fakes.servers;
  }

  const node = (name, entry) => () => {
    const child = startChild(name, process.execPath, ['--enable-source-maps', join(ROOT, 'dist', entry)], { env });
    return { child, stop: () => stopChild(child) };
  };
  // Not awaited beyond the spawn: each waits for its dependencies itself (the worker retries Temporal).
  await keep('worker', node('worker', 'apps/worker/src/main.js'));
  await keep('api', node('api', 'apps/api/src/main.js'));

  await waitFor('API', async () => (await fetch(`http://127.0.0.1:${port}/health`)).status === 200, 120_000, 500);
  if (demoDirective) await seedDemoDirective(demoDirective, persistence.DEMO_PASSWORD);
  console.log(`
  Đôn Đốc is running / đang chạy${dashboard ? `\n    Dashboard    http://localhost:${port}/` : ''}
    API          http://localhost:${port}/api/v1
    OpenAPI      http://localhost:${port}/docs
    Health       http://localhost:${port}/health
    Metrics      http://localhost:${port}/metrics  worker: http://localhost:${env.WORKER_METRICS_PORT || 9464}/metrics${
      temporalUi
        ? `
    Temporal UI  ${temporalUi}`
        : ''
    }${
      mailUi
        ? `
    E-mail       ${mailUi}  (Mailpit: thư đã gửi / messages sent; API ${mailUi}api/v1/messages)`
        : ''
    }${
      s3Endpoint
        ? `
    Files (S3)   ${s3Endpoint}  (SeaweedFS, bucket ${env.ATTACHMENTS_S3_BUCKET})`
        : ''
    }
${
  channelPages
    ? `    SMS (fake)   ${channelPages.sms.url}/   Zalo (fake) ${channelPages.zalo.url}/   Telegram (fake) ${channelPages.telegram.url}/
`
    : ''
}    PostgreSQL   ${env.DATABASE_URL.replace(/:[^:@/]+@/, ':***@')}
    Temporal     ${env.TEMPORAL_ADDRESS}
  Demo accounts / tài khoản thử: thuongtruc.tu, bdv.tinh, mttq.tinh, bithu.iagrai, admin …
    password / mật khẩu: ${persistence.DEMO_PASSWORD}
  Ctrl-C stops everything / Ctrl-C để dừng.
`);
}

/** The CLI's dev server (SQLite file under .data/), or the SDK's download without a CLI. */
async function startDevTemporal() {
  const cli = findTemporalCli();
  if (!cli) {
    const server = await startWithSdkDownload();
    stoppers.push(() => server.stop());
    env.TEMPORAL_ADDRESS = server.address;
    return;
  }
  const options = {
    cli,
    dbFile: join(DATA_DIR, 'temporal', 'temporal.db'),
    port: temporalPort,
    uiPort: temporalUiPort,
  };
  await keep('temporal', () => startTemporalDevServer(options));
  env.TEMPORAL_ADDRESS = `127.0.0.1:${temporalPort}`;
}

/** The real Temporal server on the embedded PostgreSQL (its own two databases), and its Web UI. */
async function startRealTemporal(pgAdmin) {
  const admin = pgAdmin ?? (env.TEMPORAL_DB_ADMIN_URL && adminFromUrl(env.TEMPORAL_DB_ADMIN_URL));
  if (!admin) {
    throw new Error(
      'TEMPORAL_PERSISTENCE=postgres needs the embedded PostgreSQL (leave DATABASE_URL unset) or TEMPORAL_DB_ADMIN_URL ' +
        '(a superuser URL of the server that should hold the temporal databases).',
    );
  }
  const cli = findTemporalCli();
  const bins = findTemporalServer();
  if (!cli || !bins) throw new Error('TEMPORAL_PERSISTENCE=postgres: the Temporal server or CLI could not be built');
  await prepareTemporalDatabases({ ...bins, admin });
  const options = { server: bins.server, cli, dir: join(DATA_DIR, 'temporal-server'), port: temporalPort, db: admin };
  await keep('temporal', () => startTemporalServer(options));
  env.TEMPORAL_ADDRESS = `127.0.0.1:${temporalPort}`;
  const ui = findTemporalUi();
  if (ui) {
    const uiOptions = { ui, dir: join(DATA_DIR, 'temporal-ui'), address: env.TEMPORAL_ADDRESS, port: temporalUiPort };
    await keep('temporal-ui', () => startTemporalUi(uiOptions));
  } else warn('Temporal Web UI: could not be built; the system runs without it.');
}

function adminFromUrl(url) {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
  };
}

/**
 * The demo province on a fresh database, and the demo directive to issue once the API is up
 * (null when there is none to issue). What an admin changed since (a unit renamed,
 * re-coded, moved or deactivated) is a warning here, never a reason not to start.
 */
async function seedDemo(persistence, dataSource) {
  try {
    if (await persistence.seedDemoProvince(dataSource)) ok('Demo province seeded (units, users, calendar overrides)');
    const issueDate = new Intl.DateTimeFormat('en-CA', { timeZone: env.APP_TIMEZONE || 'Asia/Ho_Chi_Minh' }).format(
      new Date(),
    );
    const { request, warnings } = await persistence.demoDirectiveRequest(dataSource, issueDate);
    for (const warning of warnings) warn(warning);
    return request;
  } catch (error) {
    warn(`demo data not seeded: ${error.message}`);
    return null;
  }
}

/** The directive of seed 000, issued through the API like any other (once: Idempotency-Key). */
async function seedDemoDirective(body, password) {
  try {
    await issueDemoDirective(body, password);
  } catch (error) {
    warn(`demo directive not seeded: ${error.message}`);
  }
}

async function issueDemoDirective(body, password) {
  const base = `http://127.0.0.1:${port}`;
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'thuongtruc.tu', password }),
  });
  if (!login.ok) return warn(`demo directive not seeded: login answered ${login.status}`);
  const { accessToken } = await login.json();
  const response = await fetch(`${base}/api/v1/directives`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${accessToken}`,
      'idempotency-key': 'demo-seed-000',
    },
    body: JSON.stringify(body),
  });
  if (response.status === 201) ok('Demo directive 25-KH/TU (seed 000) issued');
  else if (response.status !== 200) warn(`demo directive not seeded: ${response.status} ${await response.text()}`);
}

/** No CLI and no Go: the TypeScript SDK downloads a dev server (needs the internet). */
async function startWithSdkDownload() {
  warn('Temporal CLI unavailable; trying the SDK download of the dev server (needs the internet).');
  const { TestWorkflowEnvironment } = await import('@temporalio/testing');
  try {
    const testEnv = await TestWorkflowEnvironment.createLocal({
      server: {
        ip: '127.0.0.1',
        port: temporalPort,
        ui: true,
        uiPort: temporalUiPort,
        dbFilename: join(DATA_DIR, 'temporal', 'temporal.db'),
      },
    });
    return { address: `127.0.0.1:${temporalPort}`, stop: () => testEnv.teardown() };
  } catch (error) {
    throw new Error(
      `the SDK could not download the Temporal dev server (${error.message}). ` +
        'Install Go (https://go.dev) so the CLI can be built, put `temporal` on PATH, or set TEMPORAL_ADDRESS.',
      { cause: error },
    );
  }
}

main().catch(async (error) => {
  fail(error.message);
  await shutdown(1);
});
