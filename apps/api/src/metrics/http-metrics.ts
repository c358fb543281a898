import { trace } from '@opentelemetry/api';
import type { NextFunction, Request, Response } from 'express';
import { httpDuration } from '@dondoc/observability';

/**
 * Times every request into the latency histogram, labelled by the matched route
 * pattern (`/api/v1/tasks/:id`), never the raw path: ids would make a series each.
 * The HTTP server span (when tracing) gets the same route as its name.
 */
export function httpMetrics(request: Request, response: Response, next: NextFunction): void {
  const started = process.hrtime.bigint();
  const span = trace.getActiveSpan();
  response.once('finish', () => {
    const route = request.route?.path ? `${request.baseUrl}${String(request.route.path)}` : 'unmatched';
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    httpDuration.observe({ method: request.method, route, status: String(response.statusCode) }, seconds);
    if (span && route !== 'unmatched') {
      span.setAttribute('http.route', route);
      span.updateName(`${request.method} ${route}`);
    }
  });
  next();
}
