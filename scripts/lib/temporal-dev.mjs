import { mkdirSync } from 'node:fs';
import { connect } from 'node:net';
import { dirname } from 'node:path';
import { ok, step } from './log.mjs';
import { portInUse, startChild, stopChild, waitFor } from './proc.mjs';

/** Search attributes the workflows set; registered at every dev-server start. */
export const SEARCH_ATTRIBUTES = ['DirectiveId=Keyword', 'UnitId=Keyword', 'DocumentNumber=Keyword'];

function tcpOpen(port) {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * @param {{ cli: string, port: number, dbFile?: string, uiPort?: number, quiet?: boolean, name?: string, dynamicConfig?: Record<string, string>, sqlitePragmas?: Record<string, string> }} options
 * `temporal server start-dev` with its SQLite file at `dbFile` (state survives a
 * restart) or in memory when dbFile is undefined. Resolves when the frontend accepts
 * connections.
 */
export async function startTemporalDevServer({
  cli,
  dbFile,
  port,
  uiPort,
  quiet = false,
  name = 'temporal',
  dynamicConfig = {},
  sqlitePragmas = {},
}) {
  for (const p of [port, uiPort].filter(Boolean)) {
    if (await portInUse(p)) {
      throw new Error(
        `port ${p} is taken, so the Temporal dev server cannot start. Stop what holds it, ` +
          `choose other ports (TEMPORAL_PORT, TEMPORAL_UI_PORT) or set TEMPORAL_ADDRESS to use that server.`,
      );
    }
  }
  const args = ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(port), '--log-level', 'error'];
  if (dbFile) {
    mkdirSync(dirname(dbFile), { recursive: true });
    args.push('--db-filename', dbFile);
    // SQLite's defaults (a rollback journal, fsync on every commit) made each workflow task
    // wait on the disk: a write-ahead log synced at checkpoints took a burst of 1,000
    // reminders from 20 s to 9 s at the median (bench/README.md, reminder-burst). It keeps
    // everything across a crash of the server (kill -9: the fault suite); an OS crash or
    // power cut can lose the last moments, which a dev server may (production runs
    // Temporal on PostgreSQL, docs/decisions/0041-dev-server-sqlite-wal.md).
    sqlitePragmas = { journal_mode: 'WAL', synchronous: 'NORMAL', ...sqlitePragmas };
  }
  if (uiPort) args.push('--ui-port', String(uiPort));
  else args.push('--headless');
  for (const attribute of SEARCH_ATTRIBUTES) args.push('--search-attribute', attribute);
  for (const [key, value] of Object.entries(dynamicConfig)) args.push('--dynamic-config-value', `${key}=${value}`);
  for (const [key, value] of Object.entries(sqlitePragmas)) args.push('--sqlite-pragma', `${key}=${value}`);

  step(`Temporal dev server: starting on 127.0.0.1:${port}${uiPort ? `, Web UI on ${uiPort}` : ''}`);
  const child = startChild(name, cli, args, { quiet });
  let exited;
  child.once('exit', (code) => (exited = code));
  await waitFor(
    'Temporal dev server',
    async () => {
      if (exited !== undefined) throw new Error(`temporal exited with ${exited}`);
      return tcpOpen(port);
    },
    60_000,
  );
  ok(`Temporal dev server up on 127.0.0.1:${port}`);
  return {
    child,
    address: `127.0.0.1:${port}`,
    stop: () => {
      // Its shutdown chatter (cancelled polls) is no news.
      child.muted = true;
      return stopChild(child);
    },
  };
}
