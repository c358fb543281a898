/**
 * Provisions real infrastructure once per test run and hands it to the tests through
 * environment variables (the workers are started after this and inherit them):
 *   OWNER_DATABASE_URL    embedded PostgreSQL as its owner, migrated with the real
 *                         migrations (TEST_DATABASE_URL uses an existing server instead)
 *   DATABASE_URL          the same database as the application's role, as the apps use it
 *   TEMPORAL_ADDRESS      an in-memory Temporal dev server for the e2e tests, or with
 *                         TEST_TEMPORAL_PERSISTENCE=postgres the real Temporal server on the
 *                         same embedded PostgreSQL (docker-compose.yml's topology)
 *   TEMPORAL_TEST_SERVER  the Java time-skipping test server for workflow tests
 *   MAILPIT               the Mailpit binary the e-mail tests start (built once from the Go module proxy)
 *   SEAWEEDFS             the SeaweedFS binary the S3 attachment store tests start (built once from
 *                         the Go module proxy; test/support/attachment-stores.ts)
 *   DONDOC_DATA_DIR       a throw-away data directory, where the API keeps the signing key it
 *                         makes when JWT_SECRET is not set (as on a fresh installation)
 * DONDOC_TEST_INFRA=none skips it all (pure unit tests).
 */
import { mkdtempSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// Deep import: the jest module mapper does not apply here, and this file needs only
// the migration runner, not the Nest module of the persistence lib.
import { enableAppRole, migrate } from '../../libs/persistence/src/database';
// Nest's static logger at warn, as in each test file (the template database's migrations).
import './quiet-nest-logger';

interface Stoppable {
  stop(): Promise<unknown>;
}

export interface TestInfra {
  stops: Stoppable[];
  tempDir?: string;
}

export default async function globalSetup(): Promise<void> {
  if (process.env.DONDOC_TEST_INFRA === 'none') return;
  const infra: TestInfra = { stops: [] };
  (globalThis as { __dondocInfra?: TestInfra }).__dondocInfra = infra;

  const { ensureTestServer } = await import('../../scripts/lib/test-server.mjs');
  const { findTemporalCli } = await import('../../scripts/lib/temporal-cli.mjs');
  const { startTemporalDevServer } = await import('../../scripts/lib/temporal-dev.mjs');
  const { startEmbeddedPostgres } = await import('../../scripts/lib/postgres.mjs');
  const { freePort } = await import('../../scripts/lib/proc.mjs');
  const { findMailpit } = await import('../../scripts/lib/mailpit.mjs');
  const { findSeaweedfs } = await import('../../scripts/lib/seaweedfs.mjs');

  process.env.TEMPORAL_TEST_SERVER = ensureTestServer();
  const mailpit = findMailpit();
  if (!mailpit) throw new Error('No Mailpit for the e-mail tests: install Go or set MAILPIT');
  process.env.MAILPIT = mailpit;
  const seaweedfs = findSeaweedfs();
  if (!seaweedfs) throw new Error('No SeaweedFS for the S3 attachment store tests: install Go or set SEAWEEDFS');
  process.env.SEAWEEDFS = seaweedfs;

  infra.tempDir = mkdtempSync(join(tmpdir(), 'dondoc-test-'));
  chmodSync(infra.tempDir, 0o755);
  process.env.DONDOC_DATA_DIR = join(infra.tempDir, 'data');

  let url: string;
  let admin: { host: string; port: number; user: string; password: string };
  if (process.env.TEST_DATABASE_URL) {
    url = process.env.TEST_DATABASE_URL;
    const u = new URL(url);
    admin = { host: u.hostname, port: Number(u.port || 5432), user: u.username, password: u.password };
  } else {
    const pg = await startEmbeddedPostgres({ dir: join(infra.tempDir, 'pg'), port: await freePort() });
    infra.stops.push(pg);
    url = pg.url('dondoc_test');
    admin = pg.admin;
  }

  if (process.env.TEST_TEMPORAL_ADDRESS) {
    process.env.TEMPORAL_ADDRESS = process.env.TEST_TEMPORAL_ADDRESS;
  } else {
    const cli = findTemporalCli();
    if (!cli)
      throw new Error('No Temporal CLI for the e2e tests: install Go or set TEMPORAL_CLI / TEST_TEMPORAL_ADDRESS');
    const server =
      process.env.TEST_TEMPORAL_PERSISTENCE === 'postgres'
        ? await startPostgresTemporal(cli, admin, infra.tempDir)
        : await startTemporalDevServer({ cli, port: await freePort(), quiet: true, name: 'temporal-test' });
    infra.stops.push(server); // teardown stops in reverse: Temporal before the PostgreSQL it may live on
    process.env.TEMPORAL_ADDRESS = server.address;
  }

  const { dataSource } = await migrate({ url });
  await dataSource.destroy();
  process.env.OWNER_DATABASE_URL = url;
  process.env.DATABASE_URL = await enableAppRole(url, 'dondoc_app');
}

/** The real Temporal server (PostgreSQL persistence) on the test run's PostgreSQL. */
async function startPostgresTemporal(
  cli: string,
  admin: { host: string; port: number; user: string; password: string },
  dir: string,
): Promise<Stoppable & { address: string }> {
  const lib = await import('../../scripts/lib/temporal-server.mjs');
  const bins = lib.findTemporalServer();
  if (!bins) throw new Error('TEST_TEMPORAL_PERSISTENCE=postgres: the Temporal server could not be built (needs Go)');
  await lib.prepareTemporalDatabases({ ...bins, admin, quiet: true });
  return lib.startTemporalServer({
    server: bins.server,
    cli,
    dir: join(dir, 'temporal-server'),
    port: await lib.freeTemporalServerPort(),
    db: admin,
    quiet: true,
    name: 'temporal-test',
  });
}
