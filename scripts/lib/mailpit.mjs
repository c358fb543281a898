// Mailpit: the local mail catcher of `npm start` and the e2e tests. The system's e-mails
// (reminders, escalations) land there instead of anyone's inbox; its HTTP API
// (/api/v1/messages, /api/v1/message/{ID}) reads them. Built from the Go module proxy
// like the Temporal CLI (docs/decisions/0010-mailpit-as-mail-catcher.md).
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CACHE_DIR } from './paths.mjs';
import { freePort, isExecutable, portInUse, run, startChild, stopChild, waitFor, which } from './proc.mjs';
import { ok, ProvisionError, step, warn } from './log.mjs';

// v1.33.1: its go.mod has no replace directive, so `go install module@version` accepts it.
export const MAILPIT_VERSION = 'v1.33.1';
const MODULE = 'github.com/axllent/mailpit';

/**
 * Finds or builds Mailpit. Order: MAILPIT (a path), `mailpit` on PATH, the cache, a
 * build from the Go module proxy. Returns undefined when none works.
 */
export function findMailpit({ build = true } = {}) {
  const fromEnv = process.env.MAILPIT;
  if (fromEnv) {
    if (!isExecutable(fromEnv)) throw new ProvisionError(`MAILPIT=${fromEnv} is not an executable file`);
    return fromEnv;
  }
  const onPath = which('mailpit');
  if (onPath) return onPath;

  const binDir = join(CACHE_DIR, 'mailpit', MAILPIT_VERSION, 'bin');
  const cached = join(binDir, 'mailpit');
  if (isExecutable(cached)) return cached;
  if (!build) return undefined;

  const go = which('go');
  if (!go) {
    warn('Mailpit: neither `mailpit` on PATH nor Go to build it (install Go, or set MAILPIT).');
    return undefined;
  }
  step(
    `Mailpit: building ${MODULE}@${MAILPIT_VERSION} from the Go module proxy into ${binDir} ` +
      '(first time only; about 2½ minutes on 2 cores)…',
  );
  mkdirSync(binDir, { recursive: true });
  const started = Date.now();
  try {
    run(go, ['install', `${MODULE}@${MAILPIT_VERSION}`], {
      env: { ...process.env, GOBIN: binDir, CGO_ENABLED: process.env.CGO_ENABLED ?? '0' },
    });
  } catch (error) {
    warn(`Mailpit: go install failed (${error.message}). If the checksum database is unreachable, try GOSUMDB=off.`);
    return undefined;
  }
  if (!existsSync(cached)) return undefined;
  ok(`Mailpit built in ${Math.round((Date.now() - started) / 1000)} s: ${cached}`);
  return cached;
}

/**
 * Starts Mailpit: SMTP without auth or TLS (any credentials accepted), and its web UI and
 * API. Ports 0 mean free ones. With `dbFile`, messages survive a restart; else in memory.
 * It keeps the newest `max` messages (0: all).
 * → { smtpPort, httpPort, url, child, stop() }
 */
export async function startMailpit({
  bin,
  smtpPort = 0,
  httpPort = 0,
  host = '127.0.0.1',
  dbFile = undefined,
  max = 500,
  quiet = false,
  name = 'mailpit',
}) {
  smtpPort ||= await freePort();
  httpPort ||= await freePort();
  for (const port of [smtpPort, httpPort]) {
    if (await portInUse(port, host)) {
      throw new Error(
        `port ${port} is taken, so Mailpit cannot start. Stop what holds it, choose other ports ` +
          '(SMTP_PORT, MAIL_CATCHER_PORT) or set SMTP_HOST to use a real SMTP server.',
      );
    }
  }
  const args = [
    '--smtp',
    `${host}:${smtpPort}`,
    '--listen',
    `${host}:${httpPort}`,
    '--smtp-auth-accept-any',
    '--smtp-auth-allow-insecure',
    '--disable-version-check',
    '--quiet',
    '--max',
    String(max),
  ];
  if (dbFile) {
    mkdirSync(dirname(dbFile), { recursive: true });
    args.push('--database', dbFile);
  }
  const child = startChild(name, bin, args, { quiet });
  let exited;
  child.once('exit', (code) => (exited = code));
  const url = `http://${host}:${httpPort}/`;
  await waitFor(
    'Mailpit',
    async () => {
      if (exited !== undefined) throw new Error(`mailpit exited with ${exited}`);
      return (await fetch(`${url}api/v1/info`)).ok;
    },
    30_000,
    100,
  );
  if (!quiet) ok(`Mailpit up: SMTP ${host}:${smtpPort}, web ${url}`);
  return { smtpPort, httpPort, url, child, stop: () => stopChild(child) };
}
