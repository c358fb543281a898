#!/usr/bin/env node
// Migration tooling on a throw-away embedded PostgreSQL (or TEST_DATABASE_URL):
//   node scripts/migration.mjs generate <Name>   write libs/persistence/src/migrations/<ts>-<name>.ts
//   node scripts/migration.mjs check             fail when the entities differ from the migrations
//   node scripts/migration.mjs run               apply migrations to DATABASE_URL
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, fromDist } from './lib/build.mjs';
import { fail, ok, step } from './lib/log.mjs';
import { ROOT } from './lib/paths.mjs';
import { startEmbeddedPostgres } from './lib/postgres.mjs';
import { freePort, run } from './lib/proc.mjs';

const [command, name] = process.argv.slice(2);

async function withScratchDatabase(fn) {
  if (process.env.TEST_DATABASE_URL) return fn(process.env.TEST_DATABASE_URL);
  const dir = mkdtempSync(join(tmpdir(), 'dondoc-migration-'));
  const pg = await startEmbeddedPostgres({ dir: join(dir, 'pg'), port: await freePort() });
  try {
    return await fn(pg.url(`scratch_${process.pid}`));
  } finally {
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  build();
  const persistence = await fromDist('libs/persistence/src/index.js');
  if (command === 'run') {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error('DATABASE_URL is not set');
    const { dataSource, applied } = await persistence.migrate({ url });
    await dataSource.destroy();
    ok(applied.length ? `applied: ${applied.join(', ')}` : 'schema up to date');
    return;
  }
  if (command !== 'generate' && command !== 'check') {
    throw new Error('usage: migration.mjs generate <Name> | check | run');
  }
  if (command === 'generate' && !/^[A-Z][A-Za-z0-9]+$/.test(name ?? '')) {
    throw new Error('generate needs a PascalCase name, e.g. AddUnits');
  }
  await withScratchDatabase(async (url) => {
    const { dataSource } = await persistence.migrate({ url });
    try {
      const diff = await persistence.schemaDiff(dataSource);
      if (command === 'check') {
        if (diff.up.length) {
          fail('The entities differ from the migrations; run `npm run migration:generate -- <Name>`:');
          for (const query of diff.up) console.error(`  ${query}`);
          process.exitCode = 1;
        } else ok('Entities and migrations agree.');
        return;
      }
      if (!diff.up.length) {
        ok('Nothing to generate: the entities match the migrations.');
        return;
      }
      const timestamp = Date.now();
      const kebab = name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
      const file = join(ROOT, 'libs/persistence/src/migrations', `${timestamp}-${kebab}.ts`);
      writeFileSync(file, persistence.renderMigration(name, timestamp, diff));
      run(join(ROOT, 'node_modules', '.bin', 'prettier'), ['--write', file]);
      step(`Wrote ${file}; add ${name}${timestamp} to libs/persistence/src/migrations/index.ts`);
    } finally {
      await dataSource.destroy();
    }
  });
}

main().catch((error) => {
  fail(error.message);
  process.exit(1);
});
