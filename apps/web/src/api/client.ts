import type { Answer, CallArgs, Method, Operation, PathOf } from './operations';
import type { FieldProblem } from './types';

/** An API error as docs/architecture.md#api-conventions shapes it: `{ statusCode, error, message, details[] }`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details: FieldProblem[] = [],
  ) {
    super(message);
  }
  /** The problem for one form field: exact match, or the first nested under it (tasks.0.title). */
  forField(field: string): string | undefined {
    return this.details.find((d) => d.field === field || d.field.startsWith(`${field}.`))?.message;
  }
}

// The token lives in memory and in this tab's sessionStorage only: nothing another user of
// the same browser could read after logout or in another tab.
let token: string | null = sessionStorage.getItem('dondoc.token');
let onUnauthorized: () => void = () => {};

export function setToken(value: string | null): void {
  token = value;
  if (value) sessionStorage.setItem('dondoc.token', value);
  else sessionStorage.removeItem('dondoc.token');
}
export const hasToken = () => token !== null;
export function whenUnauthorized(handler: () => void): void {
  onUnauthorized = handler;
}

type Query = Record<string, string | number | boolean | undefined | null>;

export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

export async function api<T>(
  method: string,
  path: string,
  options: { body?: unknown; csv?: string; headers?: Record<string, string> } = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (token) headers.authorization = `Bearer ${token}`;
  let body: string | undefined;
  if (options.csv !== undefined) {
    headers['content-type'] = 'text/csv';
    body = options.csv;
  } else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  const response = await fetch(`/api/v1${path}`, { method, headers, body, cache: 'no-store' });
  const text = await response.text();
  const payload = text ? safeJson(text) : undefined;
  if (!response.ok) {
    if (response.status === 401 && token) onUnauthorized();
    const error = (payload ?? {}) as { message?: string; details?: FieldProblem[] };
    throw new ApiError(response.status, error.message ?? response.statusText, error.details ?? []);
  }
  return payload as T;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return { message: text };
  }
}

/** `/directives/{id}` with `{ id }` → `/directives/…`, each parameter URL-encoded. */
function fillPath(path: string, params: Record<string, string | number> = {}): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (params[name] === undefined) throw new Error(`missing path parameter ${name} for ${path}`);
    return encodeURIComponent(String(params[name]));
  });
}

/** What every call's options are at run time, whatever the operation's types say of them. */
interface Options {
  path?: Record<string, string | number>;
  query?: Query;
  body?: unknown;
  headers?: Record<string, string>;
}

function call<M extends Method, P extends PathOf<M>>(
  method: M,
  path: P,
  options: Options = {},
): Promise<Answer<Operation<M, P>>> {
  const url = withQuery(fillPath(path, options.path), options.query);
  return api(method.toUpperCase(), url, { body: options.body, headers: options.headers });
}

// The client, typed from the OpenAPI document (operations.ts): the path as the document
// writes it, its parameters, body and answer all checked by the compiler.
export const get = <P extends PathOf<'get'>>(path: P, ...[options]: CallArgs<Operation<'get', P>>) =>
  call('get', path, options as Options);
export const post = <P extends PathOf<'post'>>(path: P, ...[options]: CallArgs<Operation<'post', P>>) =>
  call('post', path, options as Options);
export const put = <P extends PathOf<'put'>>(path: P, ...[options]: CallArgs<Operation<'put', P>>) =>
  call('put', path, options as Options);
export const patch = <P extends PathOf<'patch'>>(path: P, ...[options]: CallArgs<Operation<'patch', P>>) =>
  call('patch', path, options as Options);
export const del = <P extends PathOf<'delete'>>(path: P, ...[options]: CallArgs<Operation<'delete', P>>) =>
  call('delete', path, options as Options);

/**
 * An export (XLSX, CSV, PDF) fetched with the session's token and handed to the browser
 * as a download: a plain link could not carry the Authorization header, and the token
 * never goes into a URL (where logs and history would keep it).
 */
export async function download(path: string, query: Query, fallbackName: string): Promise<string> {
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`/api/v1${withQuery(path, query)}`, { headers, cache: 'no-store' });
  if (!response.ok) {
    const error = (safeJson(await response.text()) ?? {}) as { message?: string; details?: FieldProblem[] };
    throw new ApiError(response.status, error.message ?? response.statusText, error.details ?? []);
  }
  const disposition = response.headers.get('content-disposition') ?? '';
  const name = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition)?.[1] ?? fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = decodeURIComponent(name);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
  return link.download;
}
