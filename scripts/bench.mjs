#!/usr/bin/env node
// `npm run bench -- <name>` runs bench/<name>.bench.mjs (default: all of them, one after another).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib/paths.mjs';
import { run } from './lib/proc.mjs';

const wanted = process.argv[2];
const benches = readdirSync(join(ROOT, 'bench'))
  .filter((file) => file.endsWith('.bench.mjs'))
  .filter((file) => !wanted || file === `${wanted}.bench.mjs`);
if (benches.length === 0) {
  console.error(`no bench named ${wanted}`);
  process.exit(1);
}
for (const file of benches) run(process.execPath, [join(ROOT, 'bench', file)], { cwd: ROOT });
