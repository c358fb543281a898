#!/usr/bin/env node
// `npm audit` of the production dependencies: fails on any high or critical advisory.
// When the registry's audit endpoint cannot be reached (some mirrors answer 405 or
// nothing at all), it says so loudly and passes: the advisories were NOT checked, and
// the line says that, rather than a silent green. AUDIT_STRICT=1 fails then too.
import { spawnSync } from 'node:child_process';
import { ROOT } from './lib/paths.mjs';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
let report;
try {
  report = JSON.parse(run.stdout || '{}');
} catch {
  report = {};
}

const counts = report.metadata?.vulnerabilities;
if (!counts) {
  const reason = report.message ?? report.error?.summary ?? (run.stderr || run.error?.message || 'no answer').trim();
  console.log(
    `npm audit: NOT CHECKED — the registry's audit endpoint is unreachable from here (${reason.split('\n')[0]})`,
  );
  process.exit(process.env.AUDIT_STRICT === '1' ? 1 : 0);
}

const serious = Object.entries(report.vulnerabilities ?? {}).filter(([, v]) =>
  ['high', 'critical'].includes(v.severity),
);
for (const [name, v] of serious) {
  const via = v.via.map((x) => (typeof x === 'string' ? x : `${x.title} ${x.url ?? ''}`.trim())).join('; ');
  console.log(`  ${v.severity.padEnd(8)} ${name} ${v.range}: ${via}`);
}
console.log(
  `npm audit: ${counts.critical} critical, ${counts.high} high, ${counts.moderate} moderate, ${counts.low} low` +
    ` in ${report.metadata.dependencies?.prod ?? '?'} production dependencies`,
);
process.exit(serious.length > 0 ? 1 : 0);
