/**
 * Domain errors. They carry no HTTP knowledge; apps/api maps them to status codes
 * in one exception filter. Messages are Vietnamese first, English second.
 */

export interface FieldProblem {
  field: string;
  message: string;
}

export abstract class DomainError extends Error {
  abstract readonly kind: 'validation' | 'not_found' | 'conflict' | 'forbidden' | 'unauthorized';
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
