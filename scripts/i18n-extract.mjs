#!/usr/bin/env node
// Moves glued "tiếng Việt / English" messages at error construction sites into the
// catalogues of libs/i18n (docs/decisions/0069-one-language-per-reader.md).
//
//   node scripts/i18n-extract.mjs [--dry] [--all] <file or folder>...
//
// At each site it finds (an argument of `new SomethingError(...)`, a `message:` property
// of a field problem, `legacy('...')`), a literal 'vi text / en text', or a template
// literal whose ${expressions} become ICU {params}, is replaced by msg('<prefix>.<slug>',
// { params }), the two halves written to libs/i18n/src/catalogues/{vi,en}.json (sorted;
// the same texts reuse their key) and `msg` imported. A leading "field: " in the
// Vietnamese half is dropped (the field is in details[].field). Literals in decorators
// and DTO descriptions are left alone. Review the diff: the slug is the English half's
// first words, and a half naming codes or enum values needs rewording by hand.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { ROOT } from './lib/paths.mjs';

const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;
const CATALOGUES = {
  vi: join(ROOT, 'libs/i18n/src/catalogues/vi.json'),
  en: join(ROOT, 'libs/i18n/src/catalogues/en.json'),
};
const DOMAIN_ERRORS = join(ROOT, 'libs/domain/src/errors');

const args = process.argv.slice(2);
const dry = args.includes('--dry');
/** --all: every glued literal of the files, wherever it stands (a helper returning text); fix the types after. */
const all = args.includes('--all');
const targets = args.filter((a) => !a.startsWith('--'));
if (targets.length === 0) {
  console.error('usage: node scripts/i18n-extract.mjs [--dry] <file or folder>...');
  process.exit(2);
}

const catalogues = { vi: readJson(CATALOGUES.vi), en: readJson(CATALOGUES.en) };

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function files(target) {
  const path = join(process.cwd(), target);
  if (statSync(path).isFile()) return [path];
  return readdirSync(path, { recursive: true })
    .map((name) => join(path, name))
    .filter(
      (p) => /\.ts$/.test(p) && !/\.(spec|int-spec|workflow\.spec)\.ts$/.test(p) && !p.includes(`${sep}dto${sep}`),
    )
    .filter((p) => !p.includes(`${sep}node_modules${sep}`));
}

/** The key's prefix: the feature folder of apps/api, else the file's name. */
function prefixOf(file) {
  const rel = relative(ROOT, file).split(sep);
  const camel = (s) => s.replace(/[-.](\w)/g, (_, c) => c.toUpperCase());
  if (rel[0] === 'apps' && rel[1] === 'api' && rel.length > 4) return camel(rel[3]);
  return camel(
    rel
      .at(-1)
      .replace(/\.ts$/, '')
      .replace(/\.(service|controller|repository|guard)$/, ''),
  );
}

function slug(english) {
  const words = english
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/[^A-Za-z0-9 ]+/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 6);
  const text = words
    .map((w, i) => (i === 0 ? w.toLowerCase() : w[0].toUpperCase() + w.slice(1).toLowerCase()))
    .join('');
  return text || 'message';
}

/** A key for these two texts: the one already holding them, or a new one. */
function keyFor(prefix, vi, en) {
  const base = `${prefix}.${slug(en)}`;
  for (let n = 1; ; n += 1) {
    const key = n === 1 ? base : `${base}${n}`;
    const known = catalogues.vi[key];
    if (known === undefined) {
      catalogues.vi[key] = vi;
      catalogues.en[key] = en;
      return key;
    }
    if (known === vi && catalogues.en[key] === en) return key;
  }
}

/** ICU text of a literal chunk: apostrophes doubled, braces quoted. */
function icu(text) {
  return text.replace(/'/g, "''").replace(/[{}]/g, (c) => `'${c}'`);
}

function cook(raw, quote) {
  if (quote === '`') return Function(`return \`${raw}\`;`)();
  return Function(`return ${quote}${raw}${quote};`)();
}

/** A template literal's parts: literal chunks and ${expression}s (nested braces counted). */
function templateParts(raw) {
  const parts = [];
  let chunk = '';
  for (let i = 0; i < raw.length; i += 1) {
    if (raw[i] === '\\') {
      chunk += raw[i] + raw[i + 1];
      i += 1;
    } else if (raw[i] === '$' && raw[i + 1] === '{') {
      let depth = 1;
      let j = i + 2;
      for (; j < raw.length && depth > 0; j += 1) {
        if (raw[j] === '{') depth += 1;
        else if (raw[j] === '}') depth -= 1;
      }
      parts.push({ text: chunk }, { expr: raw.slice(i + 2, j - 1).trim() });
      chunk = '';
      i = j - 1;
    } else chunk += raw[i];
  }
  parts.push({ text: chunk });
  return parts;
}

function paramName(expr, taken) {
  const simple = /^[\w$.?!]+$/.test(expr)
    ? expr
        .split(/[.?!]+/)
        .filter(Boolean)
        .at(-1)
    : undefined;
  const call = /^([\w$]+)(?:\.[\w$]+)*\.(?:join|toString|toFixed|length)\b/.exec(expr)?.[1];
  let name = (simple ?? call ?? 'value').replace(/[^\w]/g, '');
  if (/^\d/.test(name)) name = `p${name}`;
  let unique = name;
  for (let n = 2; taken.has(unique) && taken.get(unique) !== expr; n += 1) unique = `${name}${n}`;
  taken.set(unique, expr);
  return unique;
}

/** 'vi / en' (or a template) → { vi, en, params } in ICU, or null when it is not a glued message. */
function split(raw, quote) {
  const parts = quote === '`' ? templateParts(raw) : [{ text: raw }];
  const at = parts.findIndex((p) => p.text !== undefined && p.text.includes(' / '));
  if (at < 0) return null;
  const taken = new Map();
  const halves = [[], []];
  let side = 0;
  parts.forEach((part, i) => {
    if (part.expr !== undefined) {
      halves[side].push(`{${paramName(part.expr, taken)}}`);
      return;
    }
    let text = cook(part.text, quote === '`' ? '`' : quote);
    if (i === at) {
      const cut = text.indexOf(' / ');
      halves[0].push(icu(text.slice(0, cut)));
      side = 1;
      text = text.slice(cut + 3);
    }
    halves[side].push(icu(text));
  });
  let [vi, en] = halves.map((h) => h.join('').trim());
  if (!VIETNAMESE.test(vi)) return null;
  // "field: tiếng Việt / English": the field is in details[].field.
  const field = /^[\w.[\]{}]+: /.exec(vi)?.[0];
  if (field && !en.startsWith(field)) vi = vi.slice(field.length);
  if (field && en.startsWith(field)) {
    vi = vi.slice(field.length);
    en = en.slice(field.length);
  }
  const params = [...taken]
    .filter(([name]) => vi.includes(`{${name}}`) || en.includes(`{${name}}`))
    .map(([name, expr]) => (name === expr ? name : `${name}: ${expr}`));
  return { vi, en, params };
}

const LITERAL = /'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g;
/** Literals joined with + ('a / ' + 'b'), read as one. */
const CHAIN = new RegExp(`(?:${LITERAL.source})(?:\\s*\\+\\s*(?:${LITERAL.source}))*`, 'g');

/** A chain of literals as one template literal's raw text. */
function joinChain(chain) {
  const pieces = [...chain.matchAll(LITERAL)].map((m) => m[0]);
  if (pieces.length === 1) return { raw: pieces[0].slice(1, -1), quote: pieces[0][0] };
  const raw = pieces
    .map((p) =>
      p[0] === '`'
        ? p.slice(1, -1)
        : cook(p.slice(1, -1), p[0]).replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${'),
    )
    .join('');
  return { raw, quote: '`' };
}

/** Is the literal at `index` an argument of `new XError(`, a `message:` value, or legacy(...)? */
function atErrorSite(source, index) {
  const line = source.slice(source.lastIndexOf('\n', index - 1) + 1, index);
  if (/^\s*@/.test(line)) return false;
  const before = source.slice(Math.max(0, index - 600), index);
  const isMessage = /\bmessage:\s*$/.test(before);
  let depth = 0;
  for (let i = before.length - 1; i >= 0; i -= 1) {
    const c = before[i];
    if (c === ')' || c === ']' || c === '}') depth += 1;
    else if (c === '(' || c === '[' || c === '{') {
      if (depth === 0) {
        if (c !== '(') {
          // Inside an object or array that is itself an argument: keep climbing.
          continue;
        }
        const head = before.slice(0, i);
        if (/@\w+\s*$/.test(head)) return false; // a decorator's option (class-validator, OpenAPI)
        // The thing not found: a noun shared by every module (nouns.unit).
        if (/new\s+NotFoundError\s*$/.test(head) && /^\(\s*$/.test(before.slice(i))) return 'noun';
        return isMessage || /(?:new\s+\w+Error|\blegacy)\s*$/.test(head);
      }
      depth -= 1;
    } else if (c === ';') return isMessage;
  }
  return isMessage;
}

/** An OpenAPI or decorator text: `description:`, `summary:`, an @Api…(…) argument. */
function isDescription(source, index) {
  const before = source.slice(Math.max(0, index - 300), index);
  if (/\b(description|summary|example)\s*:\s*(\(?\s*)$/.test(before)) return true;
  const line = source.slice(source.lastIndexOf('\n', index - 1) + 1, index);
  return /^\s*@/.test(line) || /^\s*(\/\/|\*)/.test(line);
}

function importMsg(file, source) {
  if (/\bmsg\b[^;]*from '[^']*(domain|errors)[^']*'/.test(source)) return source;
  const inDomain = file.startsWith(join(ROOT, 'libs/domain/src'));
  const from = inDomain ? relative(dirname(file), DOMAIN_ERRORS).replace(/^(?!\.)/, './') : '@dondoc/domain';
  const existing = new RegExp(`import \\{([^}]*)\\} from '${from.replace(/[./]/g, '\\$&')}';`);
  if (existing.test(source))
    return source.replace(existing, (_, names) => `import {${names.replace(/[\s,]*$/, '')}, msg } from '${from}';`);
  const lastImport = [...source.matchAll(/^import [^;]+;\n/gm)].at(-1);
  const at = lastImport ? lastImport.index + lastImport[0].length : 0;
  return `${source.slice(0, at)}import { msg } from '${from}';\n${source.slice(at)}`;
}

let changedFiles = 0;
let converted = 0;
for (const file of targets.flatMap(files)) {
  const source = readFileSync(file, 'utf8');
  const prefix = prefixOf(file);
  let count = 0;
  let next = source.replace(CHAIN, (literal, index) => {
    let site = atErrorSite(source, index);
    if (!site && all && !isDescription(source, index)) site = true;
    if (!site) return literal;
    const { raw, quote } = joinChain(literal);
    const parts = split(raw, quote);
    if (!parts) return literal;
    count += 1;
    const key = keyFor(site === 'noun' ? 'nouns' : prefix, parts.vi, parts.en);
    return parts.params.length ? `msg('${key}', { ${parts.params.join(', ')} })` : `msg('${key}')`;
  });
  // legacy('x') around what is now msg(...) is just the msg.
  next = next.replace(/\blegacy\((msg\([^()]*(?:\([^()]*\)[^()]*)*\))\)/g, '$1');
  if (count === 0) continue;
  next = importMsg(file, next);
  changedFiles += 1;
  converted += count;
  console.log(`${relative(ROOT, file)}: ${count}`);
  if (!dry) writeFileSync(file, next);
}
if (!dry) {
  for (const lang of ['vi', 'en']) {
    const sorted = Object.fromEntries(
      Object.entries(catalogues[lang]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    );
    writeFileSync(CATALOGUES[lang], `${JSON.stringify(sorted, null, 2)}\n`);
  }
}
console.log(`${converted} message(s) in ${changedFiles} file(s)${dry ? ' (dry run)' : ''}`);
