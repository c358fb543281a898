import { applyDecorators, type Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiProperty, getSchemaPath, type ApiPropertyOptions } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

/**
 * Building blocks of the response DTOs (issue 10, "an honest OpenAPI"): every answer is
 * documented by a class whose properties say type, format, enum and nullability, and the
 * services return objects of those shapes, so the compiler keeps document and code in
 * step. The document closes every response object (additionalProperties: false, see
 * common/openapi.ts), and the e2e tests check each answer against it.
 */

/** A uuid (an id of ours). */
export const UuidProperty = (options: ApiPropertyOptions = {}) =>
  ApiProperty({ type: String, format: 'uuid', ...options } as ApiPropertyOptions);

/** An instant, ISO 8601 with its offset (in the configured time zone). */
export const InstantProperty = (options: ApiPropertyOptions = {}) =>
  ApiProperty({ type: String, format: 'date-time', ...options } as ApiPropertyOptions);

/** A civil date, YYYY-MM-DD. */
export const DateProperty = (options: ApiPropertyOptions = {}) =>
  ApiProperty({ type: String, format: 'date', ...options } as ApiPropertyOptions);

/** A whole number. */
export const IntProperty = (options: ApiPropertyOptions = {}) =>
  ApiProperty({ type: 'integer', ...options } as ApiPropertyOptions);

/** Nullable text. */
export const TextOrNullProperty = (options: ApiPropertyOptions = {}) =>
  ApiProperty({ type: String, nullable: true, ...options } as ApiPropertyOptions);

/** A unit as other resources name it. */
export class UnitRefDto {
  @UuidProperty() id!: string;
  @ApiProperty({ example: 'BDV-TU' }) code!: string;
  @ApiProperty({ example: 'Ban Dân vận Tỉnh ủy' }) name!: string;
}

/** A unit a task left when it was handed over (docs/decisions/0079). */
export class FormerUnitDto {
  @ApiProperty({ example: 'DU-CHUSE' }) code!: string;
  @ApiProperty({ example: 'Đảng ủy xã Chư Sê' }) name!: string;
}

/** A task's lead unit, and the one it led before its last hand-over ("formerly …"). */
export class LeadUnitRefDto extends UnitRefDto {
  @ApiProperty({
    type: FormerUnitDto,
    nullable: true,
    description:
      'The lead unit the task left at its last hand-over (a unit ended into its successor); null: never handed over',
  })
  formerly!: FormerUnitDto | null;
}

/**
 * An ISO 8601 duration of days, hours, minutes, seconds, as libs/domain's isIsoDuration
 * reads it (written without look-arounds, which schema-driven generators cannot follow).
 */
const DURATION_TIME = 'T(\\d+H(\\d+M)?(\\d+S)?|\\d+M(\\d+S)?|\\d+S)';
export const ISO_DURATION_PATTERN = `^P(\\d+D(${DURATION_TIME})?|${DURATION_TIME})$`;

/** `{ workingDays }` or `{ duration }` (ISO 8601), as reminders, escalation and review periods take them. */
export const OFFSET_SCHEMA: SchemaObject = {
  oneOf: [
    {
      type: 'object',
      required: ['workingDays'],
      additionalProperties: false,
      properties: { workingDays: { type: 'integer', minimum: 0, maximum: 60 } },
    },
    {
      type: 'object',
      required: ['duration'],
      additionalProperties: false,
      properties: { duration: { type: 'string', maxLength: 50, pattern: ISO_DURATION_PATTERN, example: 'P2D' } },
    },
  ],
};

export type OffsetShape = { workingDays: number } | { duration: string };

/** A property holding an offset. */
export const OffsetProperty = (options: ApiPropertyOptions = {}) =>
  ApiProperty({ ...OFFSET_SCHEMA, ...options } as ApiPropertyOptions);

export class ReminderPolicyDto {
  @ApiProperty({
    type: 'array',
    items: OFFSET_SCHEMA,
    maxItems: 10,
    description: 'Reminders this long before the deadline',
  } as ApiPropertyOptions)
  before!: OffsetShape[];

  @ApiProperty({
    type: String,
    nullable: true,
    required: false,
    pattern: '^([01]\\d|2[0-3]):[0-5]\\d$',
    description: 'Also remind at this local time (HH:mm) on the deadline day',
  })
  onDeadlineDayAt?: string | null;
}

export class EscalationPolicyDto {
  @OffsetProperty({ description: 'Delay before each next level' })
  stepDelay!: OffsetShape;

  @OffsetProperty({ description: 'Repeat interval at the top' })
  repeatAtTop!: OffsetShape;
}

const pages = new Map<Type<unknown>, Type<unknown>>();

/**
 * The one paged list schema: `{ items: T[], total }`, named `<Item>Page` in the
 * document. One class per item type, made once.
 */
export function PageOf<T>(item: Type<T>): Type<{ items: T[]; total: number }> {
  let page = pages.get(item);
  if (!page) {
    class Page {
      @ApiProperty({ type: [item] }) items!: T[];
      @IntProperty({ minimum: 0, description: 'The count before paging' })
      total!: number;
    }
    Object.defineProperty(Page, 'name', { value: `${item.name.replace(/Dto$/, '')}Page` });
    page = Page;
    pages.set(item, page);
  }
  return page as Type<{ items: T[]; total: number }>;
}

/** What a paged list answers. */
export interface Page<T> {
  items: T[];
  total: number;
}

/**
 * Names of response schemas left open (additionalProperties allowed): objects the API
 * passes through as stored (a reporting cycle's indicators and recipient rules are
 * checked by the domain's rules, not whitelisted field by field). Every other schema
 * in the document is closed by common/openapi.ts.
 */
export const OPEN_SCHEMAS = new Set<string>();

/** Rules over a whole object (which fields go together), by schema name; common/openapi.ts adds them. */
export const SCHEMA_RULES = new Map<string, SchemaObject>();

/** Adds a rule over the whole object to a DTO's schema (e.g. exactly one of two fields). */
export const SchemaRule =
  (rule: SchemaObject): ClassDecorator =>
  (target) => {
    SCHEMA_RULES.set(target.name, rule);
  };

/** Marks a DTO class as an open object in the document (see OPEN_SCHEMAS). */
export const OpenObject = (): ClassDecorator => (target) => {
  OPEN_SCHEMAS.add(target.name);
};

/** The content types of the exports (XLSX, CSV, PDF), as files. */
export const FILE_CONTENT: Record<string, { schema: SchemaObject }> = {
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: { type: 'string', format: 'binary' } },
  'text/csv': { schema: { type: 'string' } },
  'application/pdf': { schema: { type: 'string', format: 'binary' } },
  'text/html': { schema: { type: 'string' } },
};

/**
 * A 200 that is JSON of `type`, or one of the export files (by ?format= or Accept):
 * every content type documented with its schema.
 */
export const ApiOkJsonOrFile = (
  type: Type<unknown>,
  description: string,
  files: string[] = Object.keys(FILE_CONTENT).filter((media) => media !== 'text/html'),
) =>
  applyDecorators(
    ApiExtraModels(type),
    ApiOkResponse({
      description,
      content: {
        'application/json': { schema: { $ref: getSchemaPath(type) } },
        ...Object.fromEntries(files.map((media) => [media, FILE_CONTENT[media]!])),
      },
    }),
  );

const keysetPages = new Map<Type<unknown>, Type<unknown>>();

/**
 * A list that pages on a key as well as an offset (tasks, directives): `{ items, total,
 * totalAsOf, nextCursor }`, named `<Item>Page` like PageOf's. The total is counted once
 * per filter and while, not per page (docs/decisions/0055-keyset-lists.md).
 */
export function KeysetPageOf<T>(item: Type<T>): Type<KeysetPage<T>> {
  let page = keysetPages.get(item);
  if (!page) {
    class Page {
      @ApiProperty({ type: [item] }) items!: T[];
      @IntProperty({
        minimum: 0,
        description:
          'The count of the filter before paging, as counted at totalAsOf: counted again after a few seconds, not for every page',
      })
      total!: number;
      @InstantProperty({ description: 'When the total was counted' })
      totalAsOf!: string;
      @ApiProperty({
        type: String,
        nullable: true,
        description: 'The next page: send it back as `after` (null on the last page)',
      })
      nextCursor!: string | null;
    }
    Object.defineProperty(Page, 'name', { value: `${item.name.replace(/Dto$/, '')}Page` });
    page = Page;
    keysetPages.set(item, page);
  }
  return page as Type<KeysetPage<T>>;
}

/** What a keyset-paged list answers. */
export interface KeysetPage<T> extends Page<T> {
  totalAsOf: string;
  nextCursor: string | null;
}
