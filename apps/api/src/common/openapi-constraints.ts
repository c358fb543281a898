import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import {
  DEFAULT_MAX_LENGTH,
  INSTANT_PATTERN,
  ISO_PATTERN,
  MULTI_LINE_CLASS,
  MULTILINE_TEXT,
  SINGLE_LINE_CLASS,
} from './input-boundary';

/**
 * The request side of an honest OpenAPI (issue 10): what the validators of every DTO
 * enforce is written into the document, so a client (or a schema-driven fuzzer) that
 * keeps to the document is not refused. Read from class-validator's own metadata and
 * merged into each property's @ApiProperty metadata before the document is built, so
 * the two cannot drift: a new @MaxLength is documented without anyone writing it twice.
 *
 * What is derived: integer types, minimum/maximum, min/max length (and the input
 * boundary's default length), patterns, uuid/email/uri formats, enums, array sizes and
 * uniqueness; text that must not be blank carries a pattern asking for a non-space
 * character (text is trimmed before it is checked), and no text may hold a control
 * character (multi-line text: none but tab and line breaks).
 * Whatever a property's @ApiProperty already states wins.
 */

const SWAGGER_PROPERTY = 'swagger/apiModelProperties';

type Schema = Record<string, unknown>;

/**
 * Control characters are refused everywhere, tab and line breaks outside multi-line
 * text (common/input-boundary.ts); a non-blank text needs one non-space character.
 */
const noControl = (multiline: boolean) => `^[^${multiline ? MULTI_LINE_CLASS : SINGLE_LINE_CLASS}]*$`;
// What String.prototype.trim removes, spelled out: `\\s` differs between the engines that read the document.
const TRIMMED = '\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff';
const notBlank = (multiline: boolean) => {
  const refused = multiline ? MULTI_LINE_CLASS : SINGLE_LINE_CLASS;
  return `^[^${refused}]*[^${refused}${TRIMMED}][^${refused}]*$`;
};

/** The schema keywords one validator stands for (for one value: the property, or each item). */
function constraintOf(m: ValidationMetadata, multiline: boolean): Schema {
  const [first] = (m.constraints ?? []) as unknown[];
  switch (m.name) {
    case 'isInt':
      return { type: 'integer' };
    case 'isNumber':
      return { type: 'number' };
    case 'isBoolean':
      return { type: 'boolean' };
    case 'isString':
      return { type: 'string' };
    case 'min':
      return { minimum: first };
    case 'max':
      return { maximum: first };
    case 'maxLength':
      return { maxLength: first };
    case 'minLength':
      return { minLength: first };
    case 'isNotEmpty':
      return { minLength: 1, pattern: notBlank(multiline) };
    case 'matches':
      return { pattern: first instanceof RegExp ? first.source : String(first) };
    case 'isUuid':
      return { format: 'uuid' };
    case 'isEmail':
      return { format: 'email' };
    case 'isUrl':
      return { format: 'uri' };
    case 'isIso8601':
      // With strictSeparator: a deadline, an instant that must carry its offset.
      return (first as { strictSeparator?: boolean } | undefined)?.strictSeparator
        ? { format: 'date-time', pattern: INSTANT_PATTERN }
        : { pattern: ISO_PATTERN };
    case 'isIn':
      return Array.isArray(first) ? { enum: first } : {};
    case 'arrayMinSize':
      return { minItems: first };
    case 'arrayMaxSize':
      return { maxItems: first };
    case 'arrayUnique':
      return { uniqueItems: true };
    default:
      return {};
  }
}

/** Adds what is not stated yet: an explicit @ApiProperty keyword wins over a derived one. */
function merge(into: Schema, add: Schema): void {
  for (const [key, value] of Object.entries(add)) if (into[key] === undefined) into[key] = value;
}

const isText = (schema: Schema) =>
  (schema.type === String || schema.type === 'string') && schema.enum === undefined && schema.format !== 'uuid';

/** The type a property's keywords imply, for one whose reflected type says nothing. */
function typeOf(schema: Schema): unknown {
  const text = ['pattern', 'maxLength', 'minLength', 'format'].some((key) => schema[key] !== undefined);
  if (text) return 'string';
  if (schema.minimum !== undefined || schema.maximum !== undefined) return 'number';
  return 'object';
}

/**
 * Derives and merges the constraints of one property of one DTO class. For an array
 * property (`type: [X]`), Nest moves format, pattern, lengths and bounds into `items`
 * itself, so per-item (`each`) constraints are written on the property like its own.
 */
function documentProperty(prototype: object, property: string, metadata: ValidationMetadata[]): void {
  const existing = Reflect.getMetadata(SWAGGER_PROPERTY, prototype, property) as Schema | undefined;
  if (!existing) return; // undocumented properties stay undocumented (and are refused as unknown)
  const next: Schema = { ...existing };
  // `string | null` and the like reflect as Object: the validators say what the value is.
  if (next.type === Object && !next.isArray) delete next.type;
  // A list whose items the DTO does not type (`string[]` reflects as Array): its items
  // take the `each` constraints themselves.
  const items: Schema | undefined = next.type === Array && next.items === undefined ? {} : undefined;
  if (items) Object.assign(next, { type: 'array', items });
  const multiline = metadata.some((m) => m.name === MULTILINE_TEXT);
  for (const m of metadata) {
    const derived = constraintOf(m, multiline);
    // An array's own isString/isInt… would retype the array: only its items take a type.
    if ((next.isArray === true || items) && !m.each) delete derived.type;
    if (derived.type === 'integer' && (next.type === Number || next.type === 'number')) next.type = 'integer';
    merge(items && m.each ? items : next, derived);
  }
  if (items && Array.isArray(items.enum) && items.type === undefined) items.type = typeof items.enum[0];
  if (next.type === undefined) next.type = next.oneOf || next.allOf ? existing.type : typeOf(next);
  if (isText(next)) {
    // The input boundary's limits, which hold for every text without a rule of its own.
    if (next.maxLength === undefined) next.maxLength = DEFAULT_MAX_LENGTH;
    if (next.pattern === undefined && next.format === undefined) next.pattern = noControl(multiline);
  }
  const itemSchema = (items ?? next.items) as Schema | undefined;
  if (
    next.type === 'array' &&
    itemSchema &&
    isText(itemSchema) &&
    itemSchema.pattern === undefined &&
    itemSchema.format === undefined
  )
    itemSchema.pattern = noControl(false);
  Reflect.defineMetadata(SWAGGER_PROPERTY, next, prototype, property);
}

let done = false;

/** Writes every DTO's validation constraints into its OpenAPI metadata (once, before the document is built). */
export function documentValidationConstraints(): void {
  if (done) return;
  done = true;
  const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<Function, ValidationMetadata[]> };
  for (const [target, metadata] of storage.validationMetadatas) {
    if (typeof target !== 'function') continue;
    const byProperty = new Map<string, ValidationMetadata[]>();
    for (const m of metadata) {
      if (!m.propertyName) continue;
      const list = byProperty.get(m.propertyName) ?? [];
      list.push(m);
      byProperty.set(m.propertyName, list);
    }
    for (const [property, list] of byProperty) documentProperty(target.prototype as object, property, list);
  }
}
