import { getMetadataStorage } from 'class-validator';
import { ValidationError, type FieldProblem } from '@dondoc/domain';

/**
 * The one input boundary (docs/architecture.md, "bad input"): everything a request
 * carries in its body or query passes here before a DTO sees it, and the transformed
 * DTO passes here once more after validation. Nothing that PostgreSQL or a workflow
 * cannot hold gets further: the answer is a 400 naming the field.
 */

/** Largest JSON body (also in the OpenAPI description): a bulk import of tens of thousands of units. */
export const BODY_LIMIT = '20mb';
/** Deepest JSON nesting accepted; real bodies need about 5. */
export const MAX_JSON_DEPTH = 32;
/** Any string, before a DTO is consulted: the longest field (report text) allows this much. */
export const HARD_MAX_LENGTH = 100_000;
/** A string field whose DTO declares no @MaxLength of its own. */
export const DEFAULT_MAX_LENGTH = 2_000;
/** Dates and instants outside these years are refused (the calendar knows nothing of them). */
export const YEARS = { min: 1900, max: 2200 } as const;

/**
 * Patterns for the OpenAPI document (common/openapi.ts, calendar paths): a civil date,
 * and a date or an instant, within YEARS; what the boundary and the DTOs accept.
 */
const YEAR_PATTERN = '(19\\d{2}|2[01]\\d{2}|2200)';
const DAY_PATTERN = `${YEAR_PATTERN}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])`;
export const DATE_PATTERN = `^${DAY_PATTERN}$`;
const TIME_PATTERN = 'T([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(\\.\\d{1,3})?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)';
export const INSTANT_PATTERN = `^${DAY_PATTERN}${TIME_PATTERN}$`;
/** A date, or an instant with its offset (what @IsISO8601 fields take). */
export const ISO_PATTERN = `^${DAY_PATTERN}(${TIME_PATTERN})?$`;

/** Fields never normalised: a password is compared byte for byte with what was set. */
const VERBATIM = new Set(['password']);

/** NUL and lone UTF-16 surrogates: PostgreSQL stores neither in text or jsonb. */
// eslint-disable-next-line no-control-regex -- NUL is exactly what this refuses
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A whole string that is an ISO 8601 date or instant, so its year can be checked. */
const ISO_DATE = /^([+-]?\d{4,6})-\d{2}-\d{2}(?:[T ][\d:.,]+(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

const problem = (field: string, message: string): FieldProblem => ({
  field: field || 'body',
  message: `${field || 'body'}: ${message}`,
});

/**
 * How deeply a JSON text nests, counted on the raw bytes without parsing, so that a
 * body nested thousands deep is refused before any recursive code (the parser's
 * reviver, class-transformer, the validator) walks it. Stops counting past `max`.
 */
export function jsonDepth(bytes: Uint8Array, max = MAX_JSON_DEPTH): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (inString) {
      if (b === 0x5c) i++;
      else if (b === 0x22) inString = false;
    } else if (b === 0x22) inString = true;
    else if (b === 0x7b || b === 0x5b) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > max) return deepest;
    } else if (b === 0x7d || b === 0x5d) depth--;
  }
  return deepest;
}

/** The body parser's `verify` hook: a 400 (not body-parser's default 403) for a body nested too deeply. */
export function verifyJsonDepth(_req: unknown, _res: unknown, buffer: Buffer): void {
  if (jsonDepth(buffer) > MAX_JSON_DEPTH) {
    throw Object.assign(
      new Error(`Nội dung JSON lồng quá sâu (tối đa ${MAX_JSON_DEPTH}) / JSON nested deeper than ${MAX_JSON_DEPTH}`),
      { status: 400, type: 'entity.too.deep' },
    );
  }
}

/** Why a string cannot pass, or null. */
function stringProblem(value: string): string | null {
  if (value.length > HARD_MAX_LENGTH)
    return `quá dài (tối đa ${HARD_MAX_LENGTH} ký tự) / longer than ${HARD_MAX_LENGTH} characters`;
  if (UNSTORABLE.test(value))
    return 'chứa ký tự không lưu được (NUL hoặc surrogate lẻ) / contains a character that cannot be stored (NUL or a lone surrogate)';
  const year = ISO_DATE.exec(value)?.[1];
  if (year !== undefined && (Number(year) < YEARS.min || Number(year) > YEARS.max))
    return `năm phải trong khoảng ${YEARS.min}–${YEARS.max} / the year must be within ${YEARS.min}–${YEARS.max}`;
  return null;
}

function numberProblem(value: number): string | null {
  if (!Number.isFinite(value)) return 'phải là số hữu hạn / must be a finite number';
  if (Number.isInteger(value) && !Number.isSafeInteger(value)) return 'số ngoài phạm vi cho phép / number out of range';
  return null;
}

/**
 * A cleaned copy of a request's body or query: every string normalised to NFC and
 * trimmed (passwords excepted), every string, key and number checked. Problems are
 * collected with the field's path (`tasks.0.title`), as class-validator names them.
 */
export function cleanInput(value: unknown, problems: FieldProblem[], field = '', depth = 0): unknown {
  if (depth > MAX_JSON_DEPTH + 2) {
    problems.push(problem(field, `lồng quá sâu / nested too deeply`));
    return undefined;
  }
  if (typeof value === 'string') {
    const why = stringProblem(value);
    if (why) {
      problems.push(problem(field, why));
      return value;
    }
    const leaf = field.slice(field.lastIndexOf('.') + 1);
    return VERBATIM.has(leaf) ? value : value.normalize('NFC').trim();
  }
  if (typeof value === 'number') {
    const why = numberProblem(value);
    if (why) problems.push(problem(field, why));
    return value;
  }
  if (Array.isArray(value))
    return value.map((item, i) => cleanInput(item, problems, join(field, String(i)), depth + 1));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const at = join(field, key);
      if (key === '__proto__' || UNSTORABLE.test(key) || key.length > 200) {
        problems.push(problem(at, 'tên trường không hợp lệ / invalid field name'));
        continue;
      }
      out[key] = cleanInput(item, problems, at, depth + 1);
    }
    return out;
  }
  return value;
}

const join = (parent: string, key: string) => (parent ? `${parent}.${key}` : key);

/** Throws the 400 for what `cleanInput` found. */
export function cleanOrThrow(value: unknown): unknown {
  // A text body (a CSV import) is bounded by the body limit, not by a field's length.
  if (typeof value === 'string') {
    if (UNSTORABLE.test(value)) throw new ValidationError([problem('body', stringProblem('\u0000')!)]);
    return value.normalize('NFC').trim();
  }
  const problems: FieldProblem[] = [];
  const cleaned = cleanInput(value, problems);
  if (problems.length) throw new ValidationError(problems);
  return cleaned;
}

const SWAGGER_PROPERTY = 'swagger/apiModelProperties';
const maxLengths = new Map<Function, Set<string>>();

/** Properties of a DTO class that declare their own @MaxLength (inherited ones included). */
function declaresMaxLength(type: Function): Set<string> {
  let names = maxLengths.get(type);
  if (!names) {
    const metadata = getMetadataStorage().getTargetValidationMetadatas(type, '', true, false);
    names = new Set(metadata.filter((m) => m.name === 'maxLength').map((m) => m.propertyName));
    maxLengths.set(type, names);
  }
  return names;
}

function nullable(target: object, property: string): boolean {
  const meta = Reflect.getMetadata(SWAGGER_PROPERTY, target, property) as { nullable?: boolean } | undefined;
  return meta?.nullable === true;
}

/**
 * What class-validator lets through on a transformed DTO: `null` where the field is not
 * declared nullable (its OpenAPI says so; @IsOptional alone lets null pass), a string
 * longer than DEFAULT_MAX_LENGTH where the DTO sets no length, an integer beyond the
 * safe range after a query's conversion. Walks nested DTO instances too.
 */
export function dtoProblems(dto: unknown, field = '', depth = 0): FieldProblem[] {
  if (dto === null || typeof dto !== 'object' || depth > MAX_JSON_DEPTH) return [];
  if (Array.isArray(dto)) return dto.flatMap((item, i) => dtoProblems(item, join(field, String(i)), depth + 1));
  const type = dto.constructor;
  if (type === Object || type === undefined) return []; // a plain object: a domain validator owns it
  const problems: FieldProblem[] = [];
  const limited = declaresMaxLength(type);
  for (const [key, value] of Object.entries(dto)) {
    const at = join(field, key);
    if (value === null && !nullable(dto, key)) {
      problems.push(problem(at, 'không được là null / may not be null'));
    } else if (typeof value === 'string' || (Array.isArray(value) && value.some((v) => typeof v === 'string'))) {
      const strings: unknown[] = Array.isArray(value) ? value : [value];
      if (!limited.has(key) && strings.some((s) => typeof s === 'string' && s.length > DEFAULT_MAX_LENGTH))
        problems.push(problem(at, `quá dài (tối đa ${DEFAULT_MAX_LENGTH}) / longer than ${DEFAULT_MAX_LENGTH}`));
    } else if (typeof value === 'number') {
      const why = numberProblem(value);
      if (why) problems.push(problem(at, why));
    } else if (typeof value === 'object' && value !== null) {
      problems.push(...dtoProblems(value, at, depth + 1));
    }
  }
  return problems;
}
