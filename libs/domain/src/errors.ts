/**
 * Domain errors. They carry no HTTP knowledge and no language: a message is a key into
 * the catalogues of libs/i18n with its parameters, rendered in the reader's language by
 * apps/api's one exception filter (docs/decisions/0069-one-language-per-reader.md).
 */

/** A text to show a person: a catalogue key and the values it names. */
export interface Message {
  readonly key: string;
  readonly params?: Readonly<Record<string, MessageParam>>;
}
/** A parameter may itself be a message (the thing not found: "đơn vị" / "unit"). */
export type MessageParam = string | number | Date | boolean | null | undefined | Message;

/**
 * What an error says: a Message, or a plain string, which is either free of language
 * (an id, a document number) or a legacy "tiếng Việt / English" text not yet moved to the
 * catalogues (scripts/i18n-extract.mjs does that), shown by its reader's half.
 */
export type Text = string | Message;

export function msg(key: string, params?: Record<string, MessageParam>): Message {
  return params ? { key, params } : { key };
}

/** A legacy glued text as a parameter: rendered as its reader's half. */
export function legacy(text: string): Message {
  return { key: LEGACY_KEY, params: { text } };
}
/** Kept equal to libs/i18n's LEGACY_KEY (libs/domain depends on nothing). */
export const LEGACY_KEY = '@legacy';

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as Message).key === 'string';
}

/** A text for logs and Error.message: the key with its parameters, or the string itself. */
export function plainText(text: Text): string {
  if (!isMessage(text)) return text;
  const params = Object.entries(text.params ?? {}).map(
    ([name, value]) => `${name}=${isMessage(value) ? plainText(value) : String(value)}`,
  );
  return params.length ? `${text.key} (${params.join(', ')})` : text.key;
}

export interface FieldProblem {
  /** The field's path in the request, machine-readable ("tasks[0].deadline"). */
  field: string;
  message: Text;
}

export abstract class DomainError extends Error {
  abstract readonly kind:
    | 'validation'
    | 'not_found'
    | 'conflict'
    | 'forbidden'
    | 'unauthorized'
    | 'unprocessable'
    | 'unavailable'
    | 'too_many_requests'
    | 'too_large'
    | 'unsupported_media_type';
  /** What to tell the reader, rendered in their language by the API's error filter. */
  readonly text: Text;
  constructor(
    message: Text,
    readonly details: FieldProblem[] = [],
  ) {
    super(plainText(message));
    this.text = message;
    this.name = new.target.name;
  }
}

export class ValidationError extends DomainError {
  readonly kind = 'validation' as const;
  constructor(details: FieldProblem[], message: Text = msg('errors.invalidInput')) {
    super(message, details);
  }
}

export class NotFoundError extends DomainError {
  readonly kind = 'not_found' as const;
  /** `what`: the kind of thing, a Message ("nouns.unit") or a legacy glued noun. */
  constructor(
    readonly what: Text,
    readonly id: string,
  ) {
    const message = msg('errors.notFound', { what: isMessage(what) ? what : legacy(what) });
    super(message, [{ field: 'id', message }]);
  }
}

export class ConflictError extends DomainError {
  readonly kind = 'conflict' as const;
}

export class ForbiddenError extends DomainError {
  readonly kind = 'forbidden' as const;
}

export class UnauthorizedError extends DomainError {
  readonly kind = 'unauthorized' as const;
}

/** Well-formed but refused as a whole, e.g. an Idempotency-Key reused with another body (422). */
export class UnprocessableError extends DomainError {
  readonly kind = 'unprocessable' as const;
}

/**
 * Not answerable now, worth retrying later (503 with Retry-After): a workflow that has
 * not answered within the bounded wait, or has not started yet.
 */
export class UnavailableError extends DomainError {
  readonly kind = 'unavailable' as const;
  constructor(
    message: Text,
    readonly retryAfterSeconds = 5,
    details: FieldProblem[] = [],
  ) {
    super(message, details);
  }
}

/** Too many attempts: come back after `retryAfterSeconds` (429 with Retry-After), e.g. failed sign-ins. */
export class TooManyRequestsError extends DomainError {
  readonly kind = 'too_many_requests' as const;
  constructor(
    message: Text,
    readonly retryAfterSeconds: number,
    details: FieldProblem[] = [],
  ) {
    super(message, details);
  }
}

/** A body or file over a configured limit (413), naming the field. */
export class PayloadTooLargeError extends DomainError {
  readonly kind = 'too_large' as const;
}

/** A file whose bytes are of no allowed type (415), naming the file. */
export class UnsupportedMediaTypeError extends DomainError {
  readonly kind = 'unsupported_media_type' as const;
}
