/**
 * Domain errors. They carry no HTTP knowledge; apps/api maps them to status codes
 * in one exception filter. Messages are Vietnamese first, English second.
 */

export interface FieldProblem {
  field: string;
  message: string;
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
    | 'too_many_requests';
  constructor(
    message: string,
    readonly details: FieldProblem[] = [],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationError extends DomainError {
  readonly kind = 'validation' as const;
  constructor(details: FieldProblem[], message = 'Dữ liệu không hợp lệ / invalid input') {
    super(message, details);
  }
}

export class NotFoundError extends DomainError {
  readonly kind = 'not_found' as const;
  constructor(what: string, id: string) {
    super(`Không tìm thấy ${what} / ${what} not found: ${id}`, [{ field: 'id', message: id }]);
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
    message: string,
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
    message: string,
    readonly retryAfterSeconds: number,
    details: FieldProblem[] = [],
  ) {
    super(message, details);
  }
}
