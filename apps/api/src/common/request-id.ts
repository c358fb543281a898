import type { NextFunction, Request, Response } from 'express';
import { requestIdFrom, withCorrelationId } from '@dondoc/observability';

/**
 * Every request gets an id (the client's X-Request-Id when it is a plain token), sent back
 * in X-Request-Id and carried through the handling as the correlation id: a log line about
 * the request (a failed statement, a 500) names it instead of the data involved.
 * Registered after the body parsers, whose stream events would lose the context.
 */
export function requestId(request: Request, response: Response, next: NextFunction): void {
  const id = requestIdFrom(request.headers['x-request-id']);
  response.setHeader('X-Request-Id', id);
  withCorrelationId(id, next);
}
