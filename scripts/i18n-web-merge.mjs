#!/usr/bin/env node
// `node scripts/i18n-web-merge.mjs`: re-applies dashboard texts added on a branch to the old
// apps/web/src/i18n/<lang>.json (before the texts moved to libs/i18n/src/catalogues/web/).
// After a merge that brings those files back, it adds every key they hold and the catalogue
// lacks, names the keys whose text differs (kept as the catalogue has them: review by hand),
// and deletes the old files. Idempotent; `--dry` only lists.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const dry = process.argv.includes('--dry');
let added = 0;
for (const lang of ['vi', 'en']) {
  const old = join(ROOT, 'apps', 'web', 'src', 'i18n', `${lang}.json`);
  if (!existsSync(old)) continue;
  const target = join(ROOT, 'libs', 'i18n', 'src', 'catalogues', 'web', `${lang}.json`);
  const catalogue = JSON.parse(readFileSync(target, 'utf8'));
  const branch = JSON.parse(readFileSync(old, 'utf8'));
  // The move turned numeric "{count}" into "{count, number}" and English counts into plurals.
  const plain = (text) => text.replace(/\{(\w+), number\}/g, '{$1}');
  for (const [key, text] of Object.entries(branch)) {
    if (!Object.hasOwn(catalogue, key)) {
      catalogue[key] = text;
      added++;
      console.log(`${lang} + ${key}`);
    } else if (plain(catalogue[key]) !== text && !catalogue[key].includes(', plural,'))
      console.log(`${lang} ? ${key}: branch "${text}", catalogue "${catalogue[key]}" (kept)`);
  }
  if (!dry) {
    writeFileSync(target, JSON.stringify(catalogue, null, 2) + '\n');
    rmSync(old);
  }
}
console.log(
  `${added} text(s) ${dry ? 'to add' : 'added'}; a count shown in a text wants "{count, number}" or an ICU plural.`,
);
