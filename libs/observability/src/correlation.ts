import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/**
 * The correlation id of the work in hand: an HTTP request's id in the API, an activity's
 * workflow and activity ids in the worker. Log lines name it in place of the data they
 * must not carry (docs/operations.md, "Logs"), so a line about a failed statement leads
 * to the request that caused it.
 */
const store = new AsyncLocalStorage<string>();

export function withCorrelationId<T>(id: string, fn: () => T): T {
  return store.run(id, fn);
}

export function correlationId(): string | undefined {
  return store.getStore();
}

/** A client's own X-Request-Id when it is a short token, a fresh one otherwise. */
export function requestIdFrom(header: unknown): string {
  return typeof header === 'string' && /^[A-Za-z0-9._:-]{8,100}$/.test(header) ? header : randomUUID();
}
