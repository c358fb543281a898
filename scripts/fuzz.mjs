#!/usr/bin/env node
// `npm run fuzz`: fuzzes the API (docs: issue 10, bench/README.md "Fuzzing"). Against a
// running system (FUZZ_BASE_URL, with FUZZ_PASSWORD for the demo accounts), or one it
// starts like the benches do. A pinned schemathesis (PyPI, in a venv under
// ~/.cache/dondoc) over /docs/openapi.json as an administrator and an officer, then a
// sweep of malformed input over every operation, to FUZZ_REQUESTS requests in all
// (default 10,000). Prints counts by status class, every 5xx with its request, every
// answer slower than 10 s, and the workflows with an activity failing more than three
// times; exits 1 if there is any of them, or a schemathesis conformance failure.
import { execFileSync, spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { printStats, startRecorder } from './fuzz/recorder.mjs';
import { casesFor, runSweep } from './fuzz/sweep.mjs';

const SCHEMATHESIS = '4.32.5';
const TARGET = Number(process.env.FUZZ_REQUESTS ?? 10_000);
const EXAMPLES = Number(process.env.FUZZ_EXAMPLES ?? (TARGET >= 10_000 ? 60 : 8));
/** Operations that revoke the caller's tokens. */
// Operations that end sessions (one's own, or another account's: deactivation).
const REVOKING = /\/auth\/logout$|\/me\/password$|\/users\/[^/]+\/(deactivate|reactivate)$/;
const log = (line) => console.log(`[fuzz] ${line}`);

function schemathesis() {
  const venv = join(homedir(), '.cache', 'dondoc', `schemathesis-${SCHEMATHESIS}`);
  const st = join(venv, 'bin', 'st');
  if (!existsSync(st)) {
    log(`installing schemathesis ${SCHEMATHESIS} into ${venv}`);
    execFileSync('python3', ['-m', 'venv', venv], { stdio: 'inherit' });
    execFileSync(join(venv, 'bin', 'pip'), ['install', '-q', `schemathesis==${SCHEMATHESIS}`], { stdio: 'inherit' });
  }
  return st;
}

/** One schemathesis run; resolves with its exit code (0: no check failed). */
function runSchemathesis(st, base, token, who) {
  const args = [
    'run',
    `${base}/docs/openapi.json`,
    '--url',
    base,
    '-H',
    `Authorization: Bearer ${token}`,
    '--checks',
    'not_a_server_error,status_code_conformance,response_schema_conformance,content_type_conformance',
    '--max-examples',
    String(EXAMPLES),
    '--mode',
    'all',
    // Signing out (or changing the password) revokes every token of the account: the rest
    // of the run would meet only 401. The sweep covers both with an account of their own.
    '--exclude-path-regex',
    REVOKING.source,
    // One worker: with two threads, hypothesis's lambda descriptions race in CPython 3.11's
    // parser ("AST constructor recursion depth mismatch"), a runtime error of the tool itself.
    '--workers',
    '1',
    '--request-timeout',
    '30',
    '--suppress-health-check',
    'all',
    '--no-color',
  ];
  log(`schemathesis as ${who}: st ${args.filter((a) => !a.startsWith('Authorization')).join(' ')}`);
  // The whole report goes to a file (every failure with its curl command); its summary to the console.
  const file = join(tmpdir(), `dondoc-fuzz-schemathesis-${who.split(' ')[0]}-${process.pid}.log`);
  return new Promise((resolve) => {
    const child = spawn(st, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const out = createWriteStream(file);
    let tail = '';
    const keep = (chunk) => {
      out.write(chunk);
      tail = (tail + chunk.toString()).slice(-20_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('exit', (code) => {
      out.end();
      console.log(tail.split('\n').slice(-40).join('\n'));
      log(`schemathesis report: ${file}`);
      resolve(code ?? 1);
    });
  });
}

async function login(base, username, password) {
  const response = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (response.status !== 200) throw new Error(`login ${username}: ${response.status} ${await response.text()}`);
  return (await response.json()).accessToken;
}

/** Real ids for path parameters, so that the sweep reaches past the lookup. */
async function knownIds(base, token) {
  const get = async (path) => (await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } })).json();
  const directives = await get('/api/v1/directives?limit=1');
  const tasks = await get('/api/v1/tasks?limit=1');
  const units = await get('/api/v1/units');
  const unit = Array.isArray(units) ? units[0] : units.items?.[0];
  return { id: tasks.items?.[0]?.id ?? directives.items?.[0]?.id, any: unit?.id };
}

async function stuckWorkflows(base, token) {
  const response = await fetch(`${base}/api/v1/admin/stuck-workflows`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return (await response.json()).items ?? [];
}

async function main() {
  let system;
  let base = process.env.FUZZ_BASE_URL;
  let password = process.env.FUZZ_PASSWORD ?? 'DonDoc@2026';
  if (!base) {
    const { startApp, startInfra } = await import('../bench/lib/app.mjs');
    log('starting PostgreSQL, Temporal, the worker and the API (like the benches)');
    const infra = await startInfra();
    const app = await startApp({ databaseUrl: infra.url, temporalAddress: infra.temporal.address, password });
    const { stopChild } = await import('./lib/proc.mjs');
    base = app.base;
    system = { stop: async () => (await stopChild(app.api), await stopChild(app.worker), await infra.stop()) };
  }
  const recorder = await startRecorder(base);
  const started = Date.now();
  let failed = false;
  try {
    const admin = await login(base, 'admin', password);
    const officer = await login(base, 'bdv.tinh', password);
    // Only the sweep's cases for REVOKING operations use this account, so only it is signed out.
    const revocable = await login(base, 'bithu.iagrai', password);
    const st = schemathesis();
    for (const [who, token] of [
      ['admin', admin],
      ['officer (bdv.tinh)', officer],
    ]) {
      if ((await runSchemathesis(st, recorder.base, token, who)) !== 0) failed = true;
    }
    log(`schemathesis done: ${recorder.stats.total} requests`);

    const doc = await (await fetch(`${base}/docs/openapi.json`)).json();
    const ids = await knownIds(base, admin);
    const send = async ({ method, url, raw, type }, token) => {
      await fetch(`${recorder.base}${url}`, {
        method: method.toUpperCase(),
        headers: { authorization: `Bearer ${token}`, ...(type ? { 'content-type': type } : {}) },
        body: raw,
      }).then(
        (r) => r.arrayBuffer(),
        () => undefined,
      );
    };
    for (let round = 1; round === 1 || recorder.stats.total < TARGET; round++) {
      const cases = [];
      for (const [path, item] of Object.entries(doc.paths))
        for (const [method, op] of Object.entries(item))
          for (const c of casesFor(doc, path, method, op, ids)) cases.push(c);
      // A short run (CI) takes an even sample of the cases; a full run sweeps them all, round after round.
      const all = cases.flatMap((c) =>
        REVOKING.test(c.url.split('?')[0])
          ? [[c, revocable]]
          : [
              [c, admin],
              [c, officer],
            ],
      );
      const budget = Math.max(TARGET - recorder.stats.total, 200);
      const step = TARGET >= 10_000 || all.length <= budget ? 1 : all.length / budget;
      const chosen = step === 1 ? all : Array.from({ length: budget }, (_, i) => all[Math.floor(i * step)]);
      const sent = await runSweep(chosen, ([c, token]) => send(c, token));
      log(`sweep round ${round}: ${sent} requests (${recorder.stats.total} in all)`);
    }
    // Give failing activities time to show (their retries back off 1, 2, 4 s…).
    await new Promise((resolve) => setTimeout(resolve, 20_000));
    const stuck = await stuckWorkflows(base, admin);
    console.log('');
    log(`--- summary (${Math.round((Date.now() - started) / 1000)} s) ---`);
    printStats(recorder.stats, log);
    log(`workflows with an activity failing more than 3 times: ${stuck.length}`);
    for (const w of stuck) log(`  ${JSON.stringify(w)}`);
    log(`schemathesis conformance: ${failed ? 'FAILURES (see above)' : '0 failures'}`);
    failed ||= recorder.stats.serverErrors.length > 0 || recorder.stats.slow.length > 0 || stuck.length > 0;
    if (recorder.stats.total < TARGET) failed = true;
  } finally {
    await recorder.close();
    await system?.stop();
  }
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
