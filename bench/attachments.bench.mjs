#!/usr/bin/env node
// Benchmark (not a test): a 50 MB attachment through the API (docs/decisions/0075-attachments.md).
// Upload (multipart, streamed from disk by the client) and download (streamed to disk),
// measuring time, throughput and the API process's resident memory growth (peak RSS during
// the transfer minus RSS before it; the peak is reset through /proc/<pid>/clear_refs), beside
// `cp` of the same file in the same run. Real API process, real PostgreSQL (embedded, scratch).
//   npm run bench -- attachments        (BENCH_MB=50 by default; BENCH_MB=2 for a quick run)
//   BENCH_STORE=s3 npm run bench -- attachments   the S3-compatible store on a local SeaweedFS
// Then BENCH_CONCURRENT uploads (8 by default; 0: none) of the same file at once, while a reader
// lists the directive's attachments every 100 ms: the reads' latency beside the same reads with
// the API idle, measured in the same run, and the API's memory growth with all of them in flight.
import { execFileSync } from 'node:child_process';
import { Buffer } from 'node:buffer';
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { build, fromDist } from '../scripts/lib/build.mjs';
import { step } from '../scripts/lib/log.mjs';
import { saveResults } from './lib/results.mjs';
import { startEmbeddedPostgres } from '../scripts/lib/postgres.mjs';
import { freePort, stopChild } from '../scripts/lib/proc.mjs';
import { findSeaweedfs, startSeaweedfs } from '../scripts/lib/seaweedfs.mjs';
import { BENCH_SCOPE, login, startApi } from './lib/app.mjs';

const MB = Number(process.env.BENCH_MB ?? 50);
const CONCURRENT = Number(process.env.BENCH_CONCURRENT ?? 8);
const STORE = process.env.BENCH_STORE ?? 'embedded';
const PASSWORD = 'bench-password';

const statusKb = (pid, field) =>
  Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]);
/** Resets the process's peak RSS (VmHWM) to its current RSS (Linux: clear_refs 5). */
const resetPeak = (pid) => writeFileSync(`/proc/${pid}/clear_refs`, '5');

/** Runs `fn` and reports its time and how far the API's resident memory rose above where it was. */
async function measured(pid, fn) {
  resetPeak(pid);
  const before = statusKb(pid, 'VmRSS');
  const started = performance.now();
  await fn();
  const seconds = (performance.now() - started) / 1000;
  return { seconds, rssBeforeMb: before / 1024, rssGrowthMb: (statusKb(pid, 'VmHWM') - before) / 1024 };
}

/** A multipart/form-data body streamed from a file, never read whole. */
function multipart(path, name) {
  const boundary = `----bench${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\n` +
      'Content-Type: application/octet-stream\r\n\r\n',
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  async function* parts() {
    yield head;
    yield* createReadStream(path, { highWaterMark: 256 * 1024 });
    yield tail;
  }
  return { body: Readable.toWeb(Readable.from(parts())), type: `multipart/form-data; boundary=${boundary}` };
}

async function upload(base, authorization, directiveId, path, name) {
  const { body, type } = multipart(path, name);
  const response = await fetch(`${base}/api/v1/directives/${directiveId}/attachments`, {
    method: 'POST',
    headers: { authorization, 'content-type': type },
    body,
    duplex: 'half',
  });
  const answer = await response.json();
  if (response.status !== 201) throw new Error(`upload: ${response.status} ${JSON.stringify(answer)}`);
  return answer;
}

async function download(base, authorization, href, to) {
  const response = await fetch(`${base}${href}`, { headers: { authorization } });
  if (response.status !== 200) throw new Error(`download: ${response.status}`);
  await pipeline(Readable.fromWeb(response.body), createWriteStream(to));
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const summary = (ms) => {
  const sorted = [...ms].sort((a, b) => a - b);
  return { reads: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1) };
};

/** A reader listing the directive's attachments every 100 ms until `stop()`; its latencies in ms. */
function reader(base, authorization, directiveId) {
  const ms = [];
  let running = true;
  const done = (async () => {
    while (running) {
      const started = performance.now();
      const response = await fetch(`${base}/api/v1/directives/${directiveId}/attachments`, {
        headers: { authorization },
      });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`list: ${response.status}`);
      ms.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  return {
    ms,
    async stop() {
      running = false;
      await done;
    },
  };
}

/**
 * The same list read with the API idle (as many reads as `idleReads`), then during
 * CONCURRENT uploads of the file at once: does a burst of uploads hold up the others?
 */
async function concurrently(api, base, authorization, directiveId, source) {
  const idle = reader(base, authorization, directiveId);
  await new Promise((resolve) => setTimeout(resolve, 3000));
  await idle.stop();
  const busy = reader(base, authorization, directiveId);
  const burst = await measured(api.pid, () =>
    Promise.all(
      Array.from({ length: CONCURRENT }, (_, i) =>
        upload(base, authorization, directiveId, source, `Tệp ${i + 1}.pdf`),
      ),
    ),
  );
  await busy.stop();
  return { uploads: CONCURRENT, burst, idleReads: summary(idle.ms), busyReads: summary(busy.ms) };
}

async function main() {
  build();
  const dir = mkdtempSync(join(tmpdir(), 'dondoc-bench-'));
  const pg = await startEmbeddedPostgres({ dir: join(dir, 'pg'), port: await freePort() });
  let api;
  let s3;
  try {
    const url = pg.url('bench');
    const persistence = await fromDist('libs/persistence/src/index.js');
    const { dataSource } = await persistence.migrate({ url });
    const rows = [{ line: 1, code: 'A-ROOT', name: 'Gốc thử', kind: 'party_committee', parentCode: null }];
    await new persistence.UnitsRepository(dataSource).import(BENCH_SCOPE, rows, 'bench');
    const root = await dataSource.getRepository(persistence.UnitEntity).findOneByOrFail({ code: 'A-ROOT' });
    const bcrypt = (await import('bcryptjs')).default;
    await new persistence.UsersRepository(dataSource).create(
      {
        username: 'bench.leader',
        passwordHash: await bcrypt.hash(PASSWORD, 4),
        fullName: 'Bench',
        role: 'leader',
        unitId: root.id,
      },
      'bench',
    );
    const [{ id: directiveId }] = await dataSource.query(
      `INSERT INTO directives (id, document_number, document_number_normalized, doc_number, doc_type, doc_issuer, issue_year, issue_date,
         issuing_unit_id, title, summary, search_text, status, accepted_at, created_by, confidentiality)
       VALUES (gen_random_uuid(), '1-CT/TU', '1-CT/TU', 1, 'CT', 'TU', 2026, '2026-12-07', $1, 'Chỉ thị thử', 'Tóm tắt',
               '1-ct/tu chi thi thu', 'active', now(), 'bench', 'normal')
       RETURNING id`,
      [root.id],
    );
    await dataSource.destroy();

    step(`A ${MB} MB file (a PDF header, then random bytes)`);
    const source = join(dir, 'source.pdf');
    const out = createWriteStream(source);
    out.write('%PDF-1.7\n');
    for (let i = 0; i < MB; i++) out.write(randomBytes(1024 * 1024));
    await new Promise((resolve) => out.end(resolve));
    const bytes = MB * 1024 * 1024 + 9;

    const storeDir = join(dir, 'attachments');
    let storeEnv = { ATTACHMENTS_DIR: storeDir };
    if (STORE === 's3') {
      const bin = findSeaweedfs();
      if (!bin) throw new Error('BENCH_STORE=s3: no SeaweedFS (needs Go, or SEAWEEDFS)');
      s3 = await startSeaweedfs({ bin, dir: join(dir, 'seaweedfs'), buckets: ['bench'], quiet: true });
      storeEnv = {
        ATTACHMENTS_STORE: 's3',
        ATTACHMENTS_S3_ENDPOINT: s3.endpoint,
        ATTACHMENTS_S3_BUCKET: 'bench',
        ATTACHMENTS_S3_ACCESS_KEY: s3.accessKey,
        ATTACHMENTS_S3_SECRET_KEY: s3.secretKey,
      };
    }
    let base;
    ({ api, base } = await startApi({
      databaseUrl: url,
      quiet: true,
      env: { ...storeEnv, ATTACHMENT_MAX_BYTES: String(bytes + 1024) },
    }));
    const { authorization } = await login(base, 'bench.leader', PASSWORD);

    // Warm-up: the code paths loaded and compiled before anything is measured.
    const small = join(dir, 'small.pdf');
    writeFileSync(small, Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(256 * 1024)]));
    const warm = await upload(base, authorization, directiveId, small, 'warm.pdf');
    await download(base, authorization, warm.href, join(dir, 'warm.out'));

    step('cp, upload and download of the same file');
    const cpStarted = performance.now();
    execFileSync('cp', [source, join(dir, 'copy.pdf')]);
    const cpSeconds = (performance.now() - cpStarted) / 1000;
    let stored;
    const up = await measured(api.pid, async () => {
      stored = await upload(base, authorization, directiveId, source, 'Báo cáo lớn.pdf');
    });
    const down = await measured(api.pid, () => download(base, authorization, stored.href, join(dir, 'download.pdf')));
    const many = CONCURRENT > 0 ? await concurrently(api, base, authorization, directiveId, source) : null;
    let same = true;
    try {
      execFileSync('cmp', ['-s', source, join(dir, 'download.pdf')]);
    } catch {
      same = false;
    }

    const mbps = (seconds) => (bytes / 1024 / 1024 / seconds).toFixed(0);
    const results = {
      date: new Date().toISOString(),
      node: process.version,
      megabytes: MB,
      store: STORE,
      cp: { seconds: cpSeconds },
      upload: up,
      download: down,
      sameBytes: same,
      sha256: stored.sha256,
      concurrent: many,
    };
    console.log(`\n  ${MB} MB file, ${STORE} store`);
    console.log(`  cp ........................ ${cpSeconds.toFixed(2)} s (${mbps(cpSeconds)} MB/s)`);
    for (const [what, r] of [
      ['upload (multipart, API)', up],
      ['download (API)', down],
    ])
      console.log(
        `  ${what.padEnd(26, '.')} ${r.seconds.toFixed(2)} s (${mbps(r.seconds)} MB/s), API RSS ${r.rssBeforeMb.toFixed(0)} MB, grew ${r.rssGrowthMb.toFixed(1)} MB`,
      );
    if (many) {
      const r = (x) =>
        `p50 ${x.p50.toFixed(0)} ms, p95 ${x.p95.toFixed(0)} ms, max ${x.max.toFixed(0)} ms (${x.reads} reads)`;
      console.log(
        `  ${many.uploads} uploads at once ...... ${many.burst.seconds.toFixed(2)} s (${mbps(many.burst.seconds / many.uploads)} MB/s in all), API RSS grew ${many.burst.rssGrowthMb.toFixed(1)} MB`,
      );
      console.log(`  list, API idle ............ ${r(many.idleReads)}`);
      console.log(`  list, during the uploads .. ${r(many.busyReads)}`);
    }
    console.log(`  downloaded bytes equal the file: ${same}\n`);
    saveResults('attachments', results);
  } finally {
    if (api) await stopChild(api);
    if (s3) await s3.stop();
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
