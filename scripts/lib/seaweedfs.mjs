// SeaweedFS (Apache-2.0): the real S3-compatible server behind ATTACHMENTS_STORE=s3 in the tests
// and in `npm start` when asked (docs/decisions/0075-attachments.md, "S3-compatible store").
// Built once from the Go module proxy into the cache like Mailpit and the Temporal server.
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE_DIR } from './paths.mjs';
import { freePort, isExecutable, run, startChild, stopChild, waitFor, which } from './proc.mjs';
import { ok, ProvisionError, step, warn } from './log.mjs';

// SeaweedFS tags its releases `4.53`, not `v4.53`, so the module proxy knows its commits only
// by pseudo-version: this one is the 4.53 of weed/util/version (2026-11-09). Its go.mod has a
// replace directive, which `go install module@version` refuses, so the module is downloaded
// and built in place with `go build` (its go.sum ships in the module).
export const SEAWEEDFS_VERSION = 'v0.0.0-20261109003541-7506e5f91cd6';
const MODULE = 'github.com/seaweedfs/seaweedfs';

/** The test key of the identity the tests and `npm start` use (the server listens on 127.0.0.1 only). */
export const SEAWEEDFS_TEST_KEYS = { accessKey: 'dondoc-dev', secretKey: 'dondoc-dev-secret-key' };

/**
 * Finds or builds `weed`. Order: SEAWEEDFS (a path), the cache, a build from the Go module
 * proxy. Returns undefined when none works.
 */
export function findSeaweedfs({ build = true } = {}) {
  const fromEnv = process.env.SEAWEEDFS;
  if (fromEnv) {
    if (!isExecutable(fromEnv)) throw new ProvisionError(`SEAWEEDFS=${fromEnv} is not an executable file`);
    return fromEnv;
  }
  const binDir = join(CACHE_DIR, 'seaweedfs', SEAWEEDFS_VERSION, 'bin');
  const cached = join(binDir, 'weed');
  if (isExecutable(cached)) return cached;
  if (!build) return undefined;
  const go = which('go');
  if (!go) {
    warn('SeaweedFS: no Go to build it (install Go, or set SEAWEEDFS to a `weed` binary).');
    return undefined;
  }
  step(
    `SeaweedFS: building ${MODULE}/weed@${SEAWEEDFS_VERSION} from the Go module proxy into ${binDir} ` +
      '(first time only; about 15 minutes on 2 cores)…',
  );
  const started = Date.now();
  const env = { ...process.env, CGO_ENABLED: process.env.CGO_ENABLED ?? '0' };
  try {
    const download = run(go, ['mod', 'download', '-json', `${MODULE}@${SEAWEEDFS_VERSION}`], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env,
    });
    const moduleDir = JSON.parse(download.stdout.toString()).Dir;
    mkdirSync(binDir, { recursive: true });
    // Per process: `npm run provision` and a test run's global setup may build at once; each
    // renames its own whole file into place, and the second rename replaces the first's alike.
    const partial = `${cached}.partial-${process.pid}`;
    run(go, ['build', '-trimpath', '-ldflags=-s -w', '-o', partial, './weed'], { cwd: moduleDir, env });
    renameSync(partial, cached);
  } catch (error) {
    warn(`SeaweedFS: the build failed (${error.message}). If the checksum database is unreachable, try GOSUMDB=off.`);
    return undefined;
  }
  if (!existsSync(cached)) return undefined;
  ok(`SeaweedFS built in ${Math.round((Date.now() - started) / 1000)} s: ${cached}`);
  return cached;
}

/**
 * Starts `weed mini` (master, volume server, filer and S3 gateway in one process) on free
 * ports of 127.0.0.1, its data under `dir`, with one identity (`accessKey`/`secretKey`) and
 * `buckets` made at start. Resolves once the buckets answer a signed request.
 * → { endpoint, accessKey, secretKey, child, stop() }
 * @param {{ bin: string, dir: string, buckets?: string[], s3Port?: number, accessKey?: string,
 *   secretKey?: string, quiet?: boolean, name?: string, fresh?: boolean }} options
 */
export async function startSeaweedfs({
  bin,
  dir,
  buckets = [],
  s3Port = 0,
  accessKey = SEAWEEDFS_TEST_KEYS.accessKey,
  secretKey = SEAWEEDFS_TEST_KEYS.secretKey,
  quiet = false,
  name = 'seaweedfs',
  fresh = false,
}) {
  if (fresh) rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'data'), { recursive: true });
  const identities = join(dir, 's3-identities.json');
  writeFileSync(
    identities,
    JSON.stringify({
      identities: [
        {
          name: 'dondoc',
          credentials: [{ accessKey, secretKey }],
          actions: ['Admin', 'Read', 'Write', 'List', 'Tagging'],
        },
      ],
    }),
    { mode: 0o600 },
  );
  const host = '127.0.0.1';
  // Every port named, each gRPC one too (its default is the HTTP port + 10000, which may be taken).
  const ports = {};
  for (const port of [
    'master.port',
    'master.port.grpc',
    'volume.port',
    'volume.port.grpc',
    'filer.port',
    'filer.port.grpc',
    's3.port.grpc',
  ]) {
    ports[port] = await freePort();
  }
  ports['s3.port'] = s3Port || (await freePort());
  const args = [
    'mini',
    `-dir=${join(dir, 'data')}`,
    `-ip=${host}`,
    `-ip.bind=${host}`,
    ...Object.entries(ports).map(([flag, port]) => `-${flag}=${port}`),
    `-s3.config=${identities}`,
    '-s3.port.iceberg=0',
    '-s3.port.lance=0',
    '-webdav=false',
    '-admin.ui=false',
    '-master.telemetry=false',
    '-master.volumeSizeLimitMB=64',
    ...(buckets.length ? [`-bucket=${buckets.join(',')}`] : []),
  ];
  const child = startChild(name, bin, args, { quiet, cwd: dir });
  let exited;
  child.once('exit', (code) => (exited = code));
  const endpoint = `http://${host}:${ports['s3.port']}`;
  const { S3Client, HeadBucketCommand, ListBucketsCommand } = await import('@aws-sdk/client-s3');
  const client = new S3Client({
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: accessKey, secretAccessKey: secretKey },
    maxAttempts: 1,
  });
  try {
    await waitFor(
      'SeaweedFS',
      async () => {
        if (exited !== undefined) throw new Error(`weed exited with ${exited}`);
        try {
          await client.send(new ListBucketsCommand({}));
          for (const bucket of buckets) await client.send(new HeadBucketCommand({ Bucket: bucket }));
          return true;
        } catch {
          return false;
        }
      },
      120_000,
      250,
    );
  } catch (error) {
    await stopChild(child);
    throw error;
  } finally {
    client.destroy();
  }
  if (!quiet) ok(`SeaweedFS up: S3 ${endpoint}`);
  return { endpoint, accessKey, secretKey, child, stop: () => stopChild(child) };
}
