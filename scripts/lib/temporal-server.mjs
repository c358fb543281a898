// The production topology without Docker: the real Temporal server (go.temporal.io/server)
// with PostgreSQL persistence, its schema tool, and the Temporal Web UI server, each built
// once from the Go module proxy into the cache like the CLI (scripts/lib/temporal-cli.mjs).
// docker-compose.yml runs the same versions from images; deploy/temporal-dynamicconfig.yaml
// is shared by both.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { CACHE_DIR, ROOT } from './paths.mjs';
import { isExecutable, portInUse, run, startChild, stopChild, waitFor, which } from './proc.mjs';
import { ok, ProvisionError, step, warn } from './log.mjs';
import { SEARCH_ATTRIBUTES } from './temporal-dev.mjs';

// The version docker-compose.yml's temporalio/server:1.29 and admin-tools:1.29 images carry.
export const TEMPORAL_SERVER_VERSION = 'v1.29.1';
// The UI the CLI v1.5.1 embeds, and docker-compose.yml's temporalio/ui image.
export const TEMPORAL_UI_VERSION = 'v2.42.1';
const SERVER_MODULE = 'go.temporal.io/server';
const UI_MODULE = 'github.com/temporalio/ui-server/v2';
export const TEMPORAL_DB_USER = 'temporal';
const TEMPORAL_DB_PASSWORD = 'temporal';
export const DYNAMIC_CONFIG = join(ROOT, 'deploy', 'temporal-dynamicconfig.yaml');

function goInstall(label, packages, binDir) {
  const go = which('go');
  if (!go) {
    warn(`${label}: Go is needed to build it (https://go.dev), or set TEMPORAL_SERVER_BIN_DIR.`);
    return undefined;
  }
  mkdirSync(binDir, { recursive: true });
  step(`${label}: building ${packages.join(' ')} into ${binDir} (first time only; about 5 minutes on 2 cores)…`);
  const started = Date.now();
  try {
    run(go, ['install', ...packages], {
      env: { ...process.env, GOBIN: binDir, CGO_ENABLED: process.env.CGO_ENABLED ?? '0' },
    });
  } catch (error) {
    warn(`${label}: go install failed (${error.message}). If the checksum database is unreachable, try GOSUMDB=off.`);
    return undefined;
  }
  const seconds = Math.round((Date.now() - started) / 1000);
  ok(`${label} built in ${seconds} s`);
  return seconds;
}

/**
 * Finds or builds the Temporal server and its SQL tool. Returns { server, sqlTool, schemaDir }
 * (schemaDir: the postgresql/v12 schema folder copied from the module) or undefined.
 * TEMPORAL_SERVER_BIN_DIR names a folder holding temporal-server, temporal-sql-tool and schema/.
 */
export function findTemporalServer({ build = true } = {}) {
  const dir = process.env.TEMPORAL_SERVER_BIN_DIR || join(CACHE_DIR, 'temporal-server', TEMPORAL_SERVER_VERSION);
  const bin = join(dir, 'bin');
  const found = {
    server: join(bin, 'temporal-server'),
    sqlTool: join(bin, 'temporal-sql-tool'),
    schemaDir: join(dir, 'schema', 'postgresql', 'v12'),
  };
  const complete = () => isExecutable(found.server) && isExecutable(found.sqlTool) && existsSync(found.schemaDir);
  if (complete()) return found;
  // A build that ended before its renaming (an interrupted first run) is finished here.
  if (isExecutable(join(bin, 'server')) && isExecutable(join(bin, 'sql'))) {
    renameSync(join(bin, 'server'), found.server);
    renameSync(join(bin, 'sql'), found.sqlTool);
  }
  if (process.env.TEMPORAL_SERVER_BIN_DIR) {
    throw new ProvisionError(
      `TEMPORAL_SERVER_BIN_DIR=${dir} lacks bin/temporal-server, bin/temporal-sql-tool or schema/`,
    );
  }
  if (!build) return undefined;
  const v = TEMPORAL_SERVER_VERSION;
  if (!isExecutable(found.server) || !isExecutable(found.sqlTool)) {
    const built = goInstall(
      'Temporal server',
      [`${SERVER_MODULE}/cmd/server@${v}`, `${SERVER_MODULE}/cmd/tools/sql@${v}`],
      bin,
    );
    if (built === undefined) return undefined;
    // go install names binaries after their folders (server, sql): give them the names the images use.
    renameSync(join(bin, 'server'), found.server);
    renameSync(join(bin, 'sql'), found.sqlTool);
  }
  // The schema files ship in the module, which `go install` left in the module cache.
  const go = which('go');
  const download = spawnSync(go, ['mod', 'download', '-json', `${SERVER_MODULE}@${v}`], { encoding: 'utf8' });
  const moduleDir = download.status === 0 ? JSON.parse(download.stdout).Dir : undefined;
  if (!moduleDir) {
    warn(`Temporal server: could not locate ${SERVER_MODULE}@${v} in the module cache: ${download.stderr}`);
    return undefined;
  }
  cpSync(join(moduleDir, 'schema', 'postgresql', 'v12'), found.schemaDir, { recursive: true });
  return complete() ? found : undefined;
}

/** Finds or builds the Temporal Web UI server; undefined when it cannot be had. */
export function findTemporalUi({ build = true } = {}) {
  const bin = join(CACHE_DIR, 'temporal-ui', TEMPORAL_UI_VERSION, 'bin');
  const ui = join(bin, 'temporal-ui-server');
  if (!isExecutable(ui) && isExecutable(join(bin, 'server'))) renameSync(join(bin, 'server'), ui);
  if (isExecutable(ui)) return ui;
  if (!build) return undefined;
  if (goInstall('Temporal Web UI', [`${UI_MODULE}/cmd/server@${TEMPORAL_UI_VERSION}`], bin) === undefined) return;
  renameSync(join(bin, 'server'), ui);
  return ui;
}

/**
 * Temporal's own role and databases (temporal, temporal_visibility) on `admin` (a
 * superuser's { host, port, user, password }), schemas created or updated by the SQL
 * tool, as deploy/temporal-setup.sh does for docker-compose.yml. Idempotent.
 */
export async function prepareTemporalDatabases({ sqlTool, schemaDir, admin, quiet = false }) {
  const client = new pg.Client({ ...admin, database: 'postgres' });
  await client.connect();
  try {
    const role = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [TEMPORAL_DB_USER]);
    if (!role.rowCount) {
      await client.query(`CREATE ROLE ${TEMPORAL_DB_USER} LOGIN PASSWORD '${TEMPORAL_DB_PASSWORD}' CREATEDB`);
    }
  } finally {
    await client.end();
  }
  const tool = (db, ...args) =>
    spawnSync(
      sqlTool,
      [
        ...['--plugin', 'postgres12', '--ep', admin.host, '-p', String(admin.port)],
        ...['-u', TEMPORAL_DB_USER, '--pw', TEMPORAL_DB_PASSWORD, '--db', db],
        ...args,
      ],
      { encoding: 'utf8' },
    );
  for (const [db, folder] of [
    ['temporal', 'temporal'],
    ['temporal_visibility', 'visibility'],
  ]) {
    tool(db, 'create'); // fails harmlessly when the database exists
    const has = await hasSchemaVersion(admin, db);
    if (!has) check(tool(db, 'setup-schema', '-v', '0.0'), `setup-schema ${db}`);
    check(tool(db, 'update-schema', '-d', join(schemaDir, folder, 'versioned')), `update-schema ${db}`);
  }
  if (!quiet) ok('Temporal schemas (temporal, temporal_visibility) up to date');
}

function check(result, what) {
  if (result.status !== 0) throw new Error(`temporal-sql-tool ${what} failed: ${result.stderr || result.stdout}`);
}

async function hasSchemaVersion(admin, database) {
  const client = new pg.Client({ ...admin, database });
  await client.connect();
  try {
    return (await client.query(`SELECT to_regclass('public.schema_version') IS NOT NULL AS has`)).rows[0].has;
  } finally {
    await client.end();
  }
}

/**
 * The server's static config: one process runs all four services, persistence on the
 * given PostgreSQL. Ports: the frontend on `port`, the others fixed offsets from it
 * (like 7233/7234/7235/7239 and 6933… by default), so a restart finds the same cluster.
 */
function serverConfig({ port, db }) {
  const store = (database, conns) => `
      sql:
        pluginName: postgres12
        databaseName: ${database}
        connectAddr: "${db.host}:${db.port}"
        connectProtocol: tcp
        user: ${TEMPORAL_DB_USER}
        password: ${TEMPORAL_DB_PASSWORD}
        maxConns: ${conns}
        maxIdleConns: ${conns}
        maxConnLifetime: 1h`;
  const service = (grpc, membership, extra = '') => `
    rpc:
      grpcPort: ${grpc}
      membershipPort: ${membership}
      bindOnIP: 127.0.0.1${extra}`;
  return `# Written by scripts/lib/temporal-server.mjs at every start.
log:
  stdout: true
  level: error
persistence:
  defaultStore: default
  visibilityStore: visibility
  numHistoryShards: 4
  datastores:
    default:${store('temporal', 20)}
    visibility:${store('temporal_visibility', 5)}
global:
  membership:
    maxJoinDuration: 30s
    broadcastAddress: 127.0.0.1
services:
  frontend:${service(port, port - 300, `\n      httpPort: ${port + 10}`)}
  history:${service(port + 1, port - 299)}
  matching:${service(port + 2, port - 298)}
  worker:${service(port + 6, port - 294)}
clusterMetadata:
  enableGlobalNamespace: false
  failoverVersionIncrement: 10
  masterClusterName: active
  currentClusterName: active
  clusterInformation:
    active:
      enabled: true
      initialFailoverVersion: 1
      rpcName: frontend
      rpcAddress: 127.0.0.1:${port}
dcRedirectionPolicy:
  policy: noop
dynamicConfigClient:
  filepath: ${JSON.stringify(DYNAMIC_CONFIG)}
  pollInterval: 10s
`;
}

/** Every port the server takes, from its frontend port (see serverConfig). */
const serverPorts = (port) => [
  port,
  port + 1,
  port + 2,
  port + 6,
  port + 10,
  port - 300,
  port - 299,
  port - 298,
  port - 294,
];

/**
 * A frontend port whose companions are free too (tests and benches run several servers).
 * Below 32,768: Temporal keeps its services' ports in a smallint column (cluster_membership),
 * so the kernel's ephemeral range (where freePort() lands) is out.
 */
export async function freeTemporalServerPort() {
  for (let attempt = 0; attempt < 200; attempt++) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    let free = true;
    for (const p of serverPorts(port)) if (await portInUse(p)) free = false;
    if (free) return port;
  }
  throw new Error('no free set of ports for a Temporal server');
}

/**
 * Starts the server (databases prepared beforehand with prepareTemporalDatabases) with
 * its config under `dir`; resolves once the `default` namespace and the search
 * attributes answer. Returns { child, address, stop() } like startTemporalDevServer.
 * `services` (e.g. ['frontend', 'history', 'matching', 'worker']) starts one process per
 * service instead of one for all, so each one's CPU can be read apart (bench/scale-out;
 * not for fault injection: a supervisor watching `child` restarts only the frontend);
 * `child` is then the frontend's and `children` lists [{ name, child }] of every one.
 */
export async function startTemporalServer({
  server,
  cli,
  dir,
  port,
  db,
  quiet = false,
  name = 'temporal',
  services = null,
}) {
  for (const p of serverPorts(port)) {
    if (await portInUse(p)) {
      throw new Error(
        `port ${p} is taken, so the Temporal server cannot start (it uses TEMPORAL_PORT and +1, +2, +6, +10, -300…). ` +
          'Stop what holds it, choose another TEMPORAL_PORT, or set TEMPORAL_ADDRESS to use that server.',
      );
    }
  }
  mkdirSync(join(dir, 'config'), { recursive: true });
  writeFileSync(join(dir, 'config', 'development.yaml'), serverConfig({ port, db }));
  step(`Temporal server (PostgreSQL persistence): starting on 127.0.0.1:${port}`);
  const args = ['--root', dir, '--config', 'config', '--env', 'development', '--allow-no-auth', 'start'];
  const children = services
    ? services.map((service) => ({
        name: `${name}-${service}`,
        child: startChild(`${name}-${service}`, server, [...args, '--service', service], { quiet }),
      }))
    : [{ name, child: startChild(name, server, args, { quiet }) }];
  const child = (children.find((c) => c.name === `${name}-frontend`) ?? children[0]).child;
  let exited;
  for (const c of children) c.child.once('exit', (code, signal) => (exited = code ?? signal));
  const address = `127.0.0.1:${port}`;
  const operator = (...args) =>
    spawnSync(cli, ['operator', ...args, '--address', address], { encoding: 'utf8', timeout: 15_000 });
  const deadline = Date.now() + 120_000;
  while (operator('cluster', 'health').status !== 0) {
    // Its exit is final (bad config, a port taken): say so now rather than at the timeout.
    if (exited !== undefined) throw new Error(`temporal-server exited with ${exited} (run with its log to see why)`);
    if (Date.now() > deadline) throw new Error('the Temporal server did not answer within 120 s');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  // The namespace and search attributes live in PostgreSQL: created once, found at every later start.
  if (operator('namespace', 'describe', '--namespace', 'default').status !== 0) {
    const created = operator('namespace', 'create', '--namespace', 'default', '--retention', '30d');
    if (created.status !== 0 && !/already/i.test(created.stderr)) throw new Error(`namespace: ${created.stderr}`);
  }
  // A namespace just created reaches the frontend's cache a moment later, and until then
  // creating its search attributes fails: retried until the list shows every one.
  await waitFor(
    'the default namespace and its search attributes',
    async () => {
      const listed = operator('search-attribute', 'list', '--namespace', 'default');
      const missing = SEARCH_ATTRIBUTES.map((a) => a.split('=')).filter(
        ([attributeName]) => listed.status !== 0 || !new RegExp(`\\b${attributeName}\\b`).test(listed.stdout),
      );
      for (const [attributeName, type] of missing) {
        operator('search-attribute', 'create', '--namespace', 'default', '--name', attributeName, '--type', type);
      }
      return (
        missing.length === 0 &&
        spawnSync(cli, ['workflow', 'count', '--namespace', 'default', '--address', address], { timeout: 15_000 })
          .status === 0
      );
    },
    90_000,
    1000,
  );
  ok(`Temporal server up on ${address} (PostgreSQL persistence)`);
  return {
    child,
    ...(services ? { children } : {}),
    address,
    stop: async () => {
      for (const c of children) c.child.muted = true;
      // In the reverse order of their start (one process: just it).
      for (const c of [...children].reverse()) await stopChild(c.child);
    },
  };
}

/** The Web UI server beside the real server (the dev server embeds its own). */
export async function startTemporalUi({ ui, dir, address, port, quiet = false }) {
  if (await portInUse(port)) throw new Error(`port ${port} is taken, so the Temporal Web UI cannot start`);
  mkdirSync(join(dir, 'config'), { recursive: true });
  writeFileSync(
    join(dir, 'config', 'development.yaml'),
    `temporalGrpcAddress: ${address}\nhost: 127.0.0.1\nport: ${port}\nenableUi: true\npublicPath: ""\n` +
      'defaultNamespace: default\nnotifyOnNewVersion: false\n',
  );
  const child = startChild('temporal-ui', ui, ['--root', dir, '--config', 'config', '--env', 'development', 'start'], {
    quiet,
  });
  await waitFor('Temporal Web UI', async () => (await fetch(`http://127.0.0.1:${port}/`)).ok, 30_000, 300);
  ok(`Temporal Web UI up on http://localhost:${port}`);
  return { child, stop: () => stopChild(child) };
}
