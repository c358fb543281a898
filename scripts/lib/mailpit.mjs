// Mailpit: the local mail catcher of `npm start` and the e2e tests. The system's e-mails
// (reminders, escalations) land there instead of anyone's inbox; its HTTP API
// (/api/v1/messages, /api/v1/message/{ID}) reads them. Built from the Go module proxy
// like the Temporal CLI (docs/decisions/0010-mailpit-as-mail-catcher.md).
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
 *
 * The Go module lacks the web UI's compiled bundle, so `go install` gives the SMTP
 * server and the HTTP API with an empty page. With `ui`, the bundle is built first
 * from the module's own sources (npm + esbuild, then `go build`); if that fails the
 * API-only build serves.
 */
export function findMailpit({ build = true, ui = false } = {}) {
  const fromEnv = process.env.MAILPIT;
  if (fromEnv) {
    if (!isExecutable(fromEnv)) throw new ProvisionError(`MAILPIT=${fromEnv} is not an executable file`);
    return fromEnv;
  }
  const onPath = which('mailpit');
  if (onPath) return onPath;

  const withUi = join(CACHE_DIR, 'mailpit', `${MAILPIT_VERSION}-ui`, 'bin', 'mailpit');
  if (isExecutable(withUi)) return withUi;
  const binDir = join(CACHE_DIR, 'mailpit', MAILPIT_VERSION, 'bin');
  const cached = join(binDir, 'mailpit');
  if (!ui && isExecutable(cached)) return cached;
  if (!build) return isExecutable(cached) ? cached : undefined;

  const go = which('go');
  if (!go) {
    warn('Mailpit: neither `mailpit` on PATH nor Go to build it (install Go, or set MAILPIT).');
    return undefined;
  }
  if (ui) {
    try {
      return buildWithUi(go, withUi);
    } catch (error) {
      warn(`Mailpit: the web UI did not build (${error.message}); the API-only build serves.`);
      if (isExecutable(cached)) return cached;
    }
  }
  step(
    `Mailpit: building ${MODULE}@${MAILPIT_VERSION} from the Go module proxy into ${binDir} ` +
      '(first time only; about 2½ minutes on 2 cores)…',
  );
  mkdirSync(binDir, { recursive: true });
  const started = Date.now();
  try {
    run(go, ['install', `${MODULE}@${MAILPIT_VERSION}`], { env: goEnv({ GOBIN: binDir }) });
  } catch (error) {
    warn(`Mailpit: go install failed (${error.message}). If the checksum database is unreachable, try GOSUMDB=off.`);
    return undefined;
  }
  if (!existsSync(cached)) return undefined;
  ok(`Mailpit built in ${Math.round((Date.now() - started) / 1000)} s: ${cached}`);
  return cached;
}

const goEnv = (extra) => ({ ...process.env, CGO_ENABLED: process.env.CGO_ENABLED ?? '0', ...extra });

/**
 * Mailpit with its web UI: the module's sources, its UI dependencies from npm (without
 * the API-docs page, whose rapidoc the registry here lacks, and without the test and
 * lint tools), the bundle by its own esbuild config, then `go build`.
 */
function buildWithUi(go, target) {
  const npm = which('npm');
  if (!npm) throw new Error('no npm');
  const dir = join(target, '..', '..');
  const src = join(dir, 'src');
  step(
    `Mailpit: building ${MODULE}@${MAILPIT_VERSION} with its web UI into ${dir} (first time only; about 6 minutes)…`,
  );
  const started = Date.now();
  const download = run(go, ['mod', 'download', '-json', `${MODULE}@${MAILPIT_VERSION}`], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: goEnv(),
  });
  rmSync(src, { recursive: true, force: true });
  cpSync(JSON.parse(download.stdout.toString()).Dir, src, { recursive: true });
  run('chmod', ['-R', 'u+w', src]);

  const manifest = JSON.parse(readFileSync(join(src, 'package.json'), 'utf8'));
  delete manifest.dependencies.rapidoc;
  const tools = ['esbuild', 'esbuild-plugin-vue-next', 'esbuild-sass-plugin', '@vue/compiler-sfc'];
  manifest.devDependencies = Object.fromEntries(tools.map((name) => [name, manifest.devDependencies[name]]));
  writeFileSync(join(src, 'package.json'), JSON.stringify(manifest, null, 2));
  rmSync(join(src, 'package-lock.json'), { force: true });
  const config = readFileSync(join(src, 'esbuild.config.mjs'), 'utf8');
  const appOnly = config.replace(', "server/ui-src/docs.js"', '');
  if (appOnly === config) throw new Error('esbuild.config.mjs has changed shape');
  writeFileSync(join(src, 'esbuild.config.mjs'), appOnly);

  run(npm, ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--no-package-lock'], { cwd: src });
  run(process.execPath, ['esbuild.config.mjs'], { cwd: src, env: { ...process.env, MINIFY: 'true' } });
  mkdirSync(dirname(target), { recursive: true });
  run(go, ['build', '-o', target, '.'], { cwd: src, env: goEnv() });
  rmSync(src, { recursive: true, force: true });
  ok(`Mailpit with its web UI built in ${Math.round((Date.now() - started) / 1000)} s: ${target}`);
  return target;
}

/**
 * Starts Mailpit: SMTP without auth or TLS (any credentials accepted), and its web UI and
 * API. Ports 0 mean free ones. With `dbFile`, messages survive a restart; else in memory.
 * It keeps the newest `max` messages (0: all). With `allowedRecipients` (a regular
 * expression), any other recipient is refused.
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
  allowedRecipients = '',
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
  // Recipients not matching are refused with a 5xx (the tests' permanent e-mail failure).
  if (allowedRecipients) args.push('--smtp-allowed-recipients', allowedRecipients);
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
