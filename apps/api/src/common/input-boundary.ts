import { getMetadataStorage, ValidateBy } from 'class-validator';
import { msg, ValidationError, type FieldProblem, type Text } from '@dondoc/domain';

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

/**
 * Control characters: C0 (U+0000–U+001F), DEL (U+007F) and C1 (U+0080–U+009F). None
 * belongs in a name, a code or a title: they are invisible, break exports and logs, and
 * can make two names that look the same differ. Multi-line text (a report, a note, a
 * reason: fields marked @MultilineText) may hold tab and line breaks, and nothing else.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
const CONTROL_IN_TEXT = /[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex -- the same, with tab and line breaks: for field names
const ANY_CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/** Tab and line breaks: allowed in multi-line text only. */
const LINE_CONTROLS = /[\t\n\r]/;
/** The OpenAPI patterns of text (common/openapi-constraints.ts): no control character at all, or none but tab and line breaks. */
export const SINGLE_LINE_CLASS = '\\u0000-\\u001f\\u007f-\\u009f';
export const MULTI_LINE_CLASS = '\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f';

/** The name of the (always passing) validator that marks a text field as multi-line. */
export const MULTILINE_TEXT = 'isMultilineText';

/**
 * Marks a text field that may span lines (tab, line feed; a carriage return is made a
 * line feed). Every other text field is one line: no control character at all. Kept in
 * class-validator's metadata, so PartialType/OmitType copies of a DTO keep it.
 */
export function MultilineText(): PropertyDecorator {
  return ValidateBy({ name: MULTILINE_TEXT, validator: { validate: () => true } });
}

const ONE_LINE = msg('common.mustBeOneLineWithoutTabs');

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** A whole string that is an ISO 8601 date or instant, so its year can be checked. */
const ISO_DATE = /^([+-]?\d{4,6})-\d{2}-\d{2}(?:[T ][\d:.,]+(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

const problem = (field: string, message: Text): FieldProblem => ({ field: field || 'body', message });

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
    throw Object.assign(new Error(`JSON nested deeper than ${MAX_JSON_DEPTH}`), {
      status: 400,
      type: 'entity.too.deep',
      text: msg('common.jsonNestedDeeperThan', { MAX_JSON_DEPTH }),
    });
  }
}

/** Why a string cannot pass, or null. */
function stringProblem(value: string): Text | null {
  if (value.length > HARD_MAX_LENGTH) return msg('common.longerThanCharacters', { HARD_MAX_LENGTH });
  if (UNSTORABLE.test(value)) return msg('common.containsACharacterThatCannotBe');
  const control = CONTROL_IN_TEXT.exec(value)?.[0];
  if (control !== undefined) return msg('common.containsTheControlCharacter', { value: codePoint(control) });
  const year = ISO_DATE.exec(value)?.[1];
  if (year !== undefined && (Number(year) < YEARS.min || Number(year) > YEARS.max))
    return msg('common.theYearMustBeWithin', { min: YEARS.min, max: YEARS.max });
  return null;
}

function numberProblem(value: number): Text | null {
  if (!Number.isFinite(value)) return msg('common.mustBeAFiniteNumber');
  if (Number.isInteger(value) && !Number.isSafeInteger(value)) return msg('common.numberOutOfRange');
  return null;
}

/**
 * A cleaned copy of a request's body or query: every string normalised to NFC, its line
 * breaks to \n, and trimmed (passwords excepted), every string, key and number checked.
 * Problems are collected with the field's path (`tasks.0.title`), as class-validator
 * names them. The paths of strings that held a tab or a line break (before trimming) go
 * to `breaks`, for the DTO's check of which fields may span lines (dtoProblems).
 */
export function cleanInput(
  value: unknown,
  problems: FieldProblem[],
  field = '',
  depth = 0,
  breaks?: Set<string>,
): unknown {
  if (depth > MAX_JSON_DEPTH + 2) {
    problems.push(problem(field, msg('common.nestedTooDeeply')));
    return undefined;
  }
  if (typeof value === 'string') {
    const leaf = field.slice(field.lastIndexOf('.') + 1);
    if (VERBATIM.has(leaf)) {
      // A password is compared byte for byte: only what cannot be stored is refused.
      if (UNSTORABLE.test(value) || value.length > HARD_MAX_LENGTH)
        problems.push(problem(field, stringProblem(value)!));
      return value;
    }
    const why = stringProblem(value);
    if (why) {
      problems.push(problem(field, why));
      return value;
    }
    if (LINE_CONTROLS.test(value)) breaks?.add(field);
    return value.replace(/\r\n?/g, '\n').normalize('NFC').trim();
  }
  if (typeof value === 'number') {
    const why = numberProblem(value);
    if (why) problems.push(problem(field, why));
    return value;
  }
  if (Array.isArray(value))
    return value.map((item, i) => cleanInput(item, problems, join(field, String(i)), depth + 1, breaks));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const at = join(field, key);
      if (key === '__proto__' || UNSTORABLE.test(key) || ANY_CONTROL.test(key) || key.length > 200) {
        problems.push(problem(at, msg('common.invalidFieldName')));
        continue;
      }
      out[key] = cleanInput(item, problems, at, depth + 1, breaks);
    }
    return out;
  }
  return value;
}

const join = (parent: string, key: string) => (parent ? `${parent}.${key}` : key);

/** Throws the 400 for what `cleanInput` found; `breaks` collects the paths of strings with line breaks. */
export function cleanOrThrow(value: unknown, breaks?: Set<string>): unknown {
  // A text body (a CSV import) is bounded by the body limit, not by a field's length;
  // its cells are checked one by one once parsed (textProblem).
  if (typeof value === 'string') {
    if (UNSTORABLE.test(value)) throw new ValidationError([problem('body', stringProblem('\u0000')!)]);
    return value.normalize('NFC').trim();
  }
  const problems: FieldProblem[] = [];
  const cleaned = cleanInput(value, problems, '', 0, breaks);
  if (problems.length) throw new ValidationError(problems);
  return cleaned;
}

/**
 * Why one text value (a cell of a CSV import, say) cannot pass: a control character, or
 * a tab or line break in a one-line field; null when it can.
 */
export function textProblem(value: string, multiline = false): Text | null {
  const why = stringProblem(value);
  if (why) return why;
  return !multiline && LINE_CONTROLS.test(value) ? ONE_LINE : null;
}

const SWAGGER_PROPERTY = 'swagger/apiModelProperties';
const declared = new Map<Function, { maxLength: Set<string>; multiline: Set<string> }>();

/** Properties of a DTO class that declare their own @MaxLength, and those marked @MultilineText (inherited ones included). */
function declarations(type: Function): { maxLength: Set<string>; multiline: Set<string> } {
  let found = declared.get(type);
  if (!found) {
    const metadata = getMetadataStorage().getTargetValidationMetadatas(type, '', true, false);
    const named = (name: string) => new Set(metadata.filter((m) => m.name === name).map((m) => m.propertyName));
    found = { maxLength: named('maxLength'), multiline: named(MULTILINE_TEXT) };
    declared.set(type, found);
  }
  return found;
}

/** Tabs and line breaks anywhere in a plain object inside a DTO (recipient rules, indicators): names and codes only. */
function plainObjectProblems(value: unknown, field: string, breaks: Set<string>, depth: number): FieldProblem[] {
  if (depth > MAX_JSON_DEPTH) return [];
  if (typeof value === 'string')
    return LINE_CONTROLS.test(value) || breaks.has(field) ? [problem(field, ONE_LINE)] : [];
  if (value === null || typeof value !== 'object') return [];
  const entries = Array.isArray(value) ? value.map((item, i) => [String(i), item] as const) : Object.entries(value);
  return entries.flatMap(([key, item]) => plainObjectProblems(item, join(field, key), breaks, depth + 1));
}

function nullable(target: object, property: string): boolean {
  const meta = Reflect.getMetadata(SWAGGER_PROPERTY, target, property) as { nullable?: boolean } | undefined;
  return meta?.nullable === true;
}

/**
 * What class-validator lets through on a transformed DTO: `null` where the field is not
 * declared nullable (its OpenAPI says so; @IsOptional alone lets null pass), a string
 * longer than DEFAULT_MAX_LENGTH where the DTO sets no length, a tab or line break in a
 * field not marked @MultilineText (`breaks`: the paths cleanInput saw them at before
 * trimming), an integer beyond the safe range after a query's conversion. Walks nested
 * DTO instances too.
 */
export function dtoProblems(dto: unknown, field = '', depth = 0, breaks: Set<string> = new Set()): FieldProblem[] {
  if (dto === null || typeof dto !== 'object' || depth > MAX_JSON_DEPTH) return [];
  if (Array.isArray(dto)) return dto.flatMap((item, i) => dtoProblems(item, join(field, String(i)), depth + 1, breaks));
  const type = dto.constructor;
  // A plain object: a domain validator owns its shape; its strings are names and codes.
  if (type === Object || type === undefined) return field ? plainObjectProblems(dto, field, breaks, depth) : [];
  const problems: FieldProblem[] = [];
  const { maxLength: limited, multiline } = declarations(type);
  for (const [key, value] of Object.entries(dto)) {
    const at = join(field, key);
    if (value === null && !nullable(dto, key)) {
      problems.push(problem(at, msg('common.mayNotBeNull')));
    } else if (typeof value === 'string' || (Array.isArray(value) && value.some((v) => typeof v === 'string'))) {
      const strings: unknown[] = Array.isArray(value) ? value : [value];
      if (!limited.has(key) && strings.some((s) => typeof s === 'string' && s.length > DEFAULT_MAX_LENGTH))
        problems.push(problem(at, msg('common.longerThan', { DEFAULT_MAX_LENGTH })));
      const path = (i: number) => (Array.isArray(value) ? join(at, String(i)) : at);
      const broken = strings.some((s, i) => typeof s === 'string' && (LINE_CONTROLS.test(s) || breaks.has(path(i))));
      if (!multiline.has(key) && !VERBATIM.has(key) && broken) problems.push(problem(at, ONE_LINE));
    } else if (typeof value === 'number') {
      const why = numberProblem(value);
      if (why) problems.push(problem(at, why));
    } else if (typeof value === 'object' && value !== null) {
      problems.push(...dtoProblems(value, at, depth + 1, breaks));
    }
  }
  return problems;
}
