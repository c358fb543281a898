// Where every bench keeps its figures: bench/results/<name>-<timestamp>.json (ignored by
// git; bench/README.md holds the figures worth keeping, with the command that made them).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ok } from '../../scripts/lib/log.mjs';
import { ROOT } from '../../scripts/lib/paths.mjs';

/** Writes `body` as JSON under bench/results, says where, and answers the file's path. */
export function saveResults(name, body) {
  const dir = join(ROOT, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}-${Date.now()}.json`);
  writeFileSync(file, JSON.stringify(body, null, 2));
  ok(`results: ${file}`);
  return file;
}
