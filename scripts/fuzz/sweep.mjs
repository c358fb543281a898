// The sweep of malformed input the issue lists (docs: issue 10), over every operation
// of the OpenAPI document: NUL, lone surrogates, control characters, deep nesting, huge and negative
// numbers, NaN, nulls, arrays for objects, 1 MB strings, wrong content types.
import { randomUUID } from 'node:crypto';

const NUL = 'a\u0000b';
const LONE = 'x\udfff';
// Control characters (issue 19): C0, an ANSI escape, C1, and a line break where a name belongs.
const CONTROLS = ['a\u0002b', '\u001b[31mx', 'x\u0085y', 'x\ny'];
const MEGA = 'x'.repeat(1024 * 1024);
const deep = (n) => '['.repeat(n) + ']'.repeat(n);
const deepObject = (n) => '{"a":'.repeat(n) + '1' + '}'.repeat(n);

/** Values that must be refused (or, at worst, stored harmlessly) wherever a field is. */
export const BAD_VALUES = [
  NUL,
  LONE,
  ...CONTROLS,
  null,
  [],
  [{}],
  {},
  MEGA,
  '__I64MAX__',
  '__I64MIN__',
  '__HUGE__',
  1e308,
  -1,
  0.5,
  '9999-99-99',
  '0001-01-01T00:00:00Z',
  true,
];

/** Numbers JavaScript cannot hold exactly, written into the JSON text as they are. */
const RAW_NUMBERS = { __I64MAX__: '9223372036854775807', __I64MIN__: '-9223372036854775809', __HUGE__: '1e400' };
const json = (value) => JSON.stringify(value).replace(/"(__I64MAX__|__I64MIN__|__HUGE__)"/g, (_, k) => RAW_NUMBERS[k]);

/** Whole bodies that are wrong as a whole: raw text and its content type. */
export const BAD_BODIES = [
  { raw: deep(3_000), type: 'application/json' },
  { raw: deepObject(3_000), type: 'application/json' },
  { raw: '{"a": NaN}', type: 'application/json' },
  { raw: 'NaN', type: 'application/json' },
  { raw: 'null', type: 'application/json' },
  { raw: '[]', type: 'application/json' },
  { raw: '"text"', type: 'application/json' },
  { raw: '{"title":"a\\u0000b"}', type: 'application/json' },
  { raw: '{"title":"\\udfff"}', type: 'application/json' },
  { raw: '{', type: 'application/json' },
  { raw: JSON.stringify({ big: MEGA }), type: 'application/json' },
  { raw: 'x'.repeat(12 * 1024 * 1024), type: 'application/json' },
  { raw: 'hello', type: 'text/plain' },
  { raw: '<a>b</a>', type: 'application/xml' },
  { raw: 'a=b&c=d', type: 'application/x-www-form-urlencoded' },
  { raw: 'code,name\nX,\u0000', type: 'text/csv' },
  { raw: '{}', type: 'application/json; charset=latin1' },
];

const QUERY_VALUES = [
  '9223372036854775807',
  '-1',
  'NaN',
  '1e400',
  '%00',
  '%ED%BF%BF',
  'x'.repeat(5000),
  '9999-01-01',
  '[]',
];

function resolve(doc, schema) {
  let s = schema;
  for (let i = 0; s?.$ref && i < 10; i++)
    s = s.$ref
      .split('/')
      .slice(1)
      .reduce((o, k) => o[k], doc);
  return s ?? {};
}

/** A plausible body for the operation (from its schema's examples), to put one bad value into. */
function sample(doc, schema, depth = 0) {
  const s = resolve(doc, schema);
  if (s.example !== undefined) return JSON.parse(JSON.stringify(s.example));
  if (depth > 4) return null;
  if (s.type === 'array') return [sample(doc, s.items, depth + 1)];
  if (s.type === 'object' || s.properties) {
    const out = {};
    for (const [k, v] of Object.entries(s.properties ?? {})) out[k] = sample(doc, v, depth + 1);
    return out;
  }
  if (s.enum) return s.enum[0];
  if (s.type === 'integer' || s.type === 'number') return 1;
  if (s.type === 'boolean') return true;
  if (s.format === 'uuid') return randomUUID();
  return 'x';
}

/** Every request of one round of the sweep, for one operation. */
export function* casesFor(doc, path, method, op, ids) {
  const url = path.replace(/\{([^}]+)\}/g, (_, name) => ids[name] ?? ids.any ?? randomUUID());
  for (const value of QUERY_VALUES) {
    for (const p of (op.parameters ?? []).filter((q) => q.in === 'query'))
      yield { method, url: `${url}?${p.name}=${value}` };
  }
  for (const bad of ['%00', 'x%ED%BF%BF', 'not-a-uuid', '9'.repeat(400)]) {
    if (path.includes('{')) yield { method, url: path.replace(/\{[^}]+\}/g, bad) };
  }
  const schema = op.requestBody?.content?.['application/json']?.schema;
  if (!op.requestBody) return;
  for (const body of BAD_BODIES) yield { method, url, raw: body.raw, type: body.type };
  if (!schema) return;
  const base = sample(doc, schema) ?? {};
  const fields = Object.keys(resolve(doc, schema).properties ?? {});
  for (const field of fields) {
    for (const value of BAD_VALUES)
      yield { method, url, raw: json({ ...base, [field]: value }), type: 'application/json' };
  }
  for (const value of BAD_VALUES) yield { method, url, raw: json(value), type: 'application/json' };
}

/** Runs the cases a few at a time through `send`; returns how many were sent. */
export async function runSweep(cases, send, parallel = 8) {
  let sent = 0;
  const queue = [...cases];
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      for (let c = queue.shift(); c; c = queue.shift()) {
        await send(c);
        sent++;
      }
    }),
  );
  return sent;
}
