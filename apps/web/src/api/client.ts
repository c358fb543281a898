import type { Answer, CallArgs, Method, Operation, PathOf } from './operations';
import { refreshDelayMs, singleFlight } from '../lib/single-flight';
import type { FieldProblem } from './types';
import { currentLang } from '../lib/lang';

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

/** What POST /auth/login and /auth/refresh answer (TokenPairDto). */
export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
}
interface HeldTokens {
  access: string;
  refresh: string;
  /** Epoch ms (this browser's clock) at which to renew the access token. */
  renewAt: number;
  /** Epoch ms at which the access token ends (absent in tokens kept by an older version). */
  expiresAt?: number;
}

// The tokens live in memory and in this tab's sessionStorage only (as the access token did
// before refresh, decision 68): nothing another user of the same browser could read after
// logout or in another tab, never in a URL, a cookie or localStorage (drafts live there).
const STORE = 'dondoc.tokens';
let held: HeldTokens | null = readHeld();
let renewTimer: ReturnType<typeof setTimeout> | undefined;

function readHeld(): HeldTokens | null {
  sessionStorage.removeItem('dondoc.token'); // the access token alone, as kept before refresh
  try {
    const value = JSON.parse(sessionStorage.getItem(STORE) ?? 'null') as HeldTokens | null;
    return value && typeof value.access === 'string' && typeof value.refresh === 'string' ? value : null;
  } catch {
    return null;
  }
}

/** Keeps a new pair (sign-in, refresh) and plans its renewal; null forgets them (logout). */
export function setTokens(pair: TokenPair | null): void {
  clearTimeout(renewTimer);
  if (!pair) {
    held = null;
    sessionStorage.removeItem(STORE);
    return;
  }
  const now = Date.now();
  held = {
    access: pair.accessToken,
    refresh: pair.refreshToken,
    renewAt: now + refreshDelayMs(pair.expiresIn),
    expiresAt: now + pair.expiresIn * 1000,
  };
  sessionStorage.setItem(STORE, JSON.stringify(held));
  planRenewal();
}
export const hasToken = () => held !== null;
/** The access token to send now (uploads.ts sends through XMLHttpRequest, for its progress). */
export const accessToken = () => held?.access ?? null;

/** Renews the access token before it expires, while the page is open (a reload plans it again). */
function planRenewal(): void {
  clearTimeout(renewTimer);
  if (!held) return;
  const current = held.access;
  // A sleeping laptop or a throttled background tab may fire late: the 401 path covers that.
  renewTimer = setTimeout(() => void renew(current).catch(() => undefined), Math.max(0, held.renewAt - Date.now()));
}
planRenewal();

/** Refused by /auth/refresh (expired, revoked, reused): only signing in again helps. */
class SignInNeeded extends Error {}

// Tabs of one sign-in (a duplicated tab copies sessionStorage, so both hold the same
// refresh token) must not both spend it: the second exchange would revoke the sign-in.
// Renewals take turns under one Web Lock for the whole browser, and a tab first asks the
// others whether they already replaced its refresh token; one that did answers with the
// pair it holds now (decision 68). Only a tab that shows the old refresh token is handed
// the new pair: the channel is this origin's, and its tabs may be other people's sign-ins.
const tabs = typeof BroadcastChannel === 'function' ? new BroadcastChannel('dondoc.session') : null;
/** Refresh tokens this tab saw replaced (by its exchange or by a pair handed over). */
const replaced = new Set<string>();
/** How long a renewing tab waits for another tab's answer before it exchanges itself. */
const ASK_MS = 250;
type TabMessage = { type: 'ask'; id: string; refresh: string } | { type: 'answer'; id: string; pair: TokenPair };

tabs?.addEventListener('message', (event: MessageEvent<TabMessage>) => {
  const message = event.data;
  if (message?.type !== 'ask' || !held || signIn || !replaced.has(message.refresh)) return;
  const expiresIn = Math.max(0, Math.floor(((held.expiresAt ?? held.renewAt) - Date.now()) / 1000));
  tabs.postMessage({
    type: 'answer',
    id: message.id,
    pair: { accessToken: held.access, refreshToken: held.refresh, expiresIn },
  } satisfies TabMessage);
});

/** The pair another tab holds in place of `refresh`, or null when none answers in time. */
function askOtherTabs(refresh: string): Promise<TokenPair | null> {
  const channel = tabs;
  if (!channel) return Promise.resolve(null);
  const id = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
  return new Promise((resolve) => {
    const done = (pair: TokenPair | null) => {
      channel.removeEventListener('message', onMessage);
      clearTimeout(timer);
      resolve(pair);
    };
    const onMessage = (event: MessageEvent<TabMessage>) => {
      if (event.data?.type === 'answer' && event.data.id === id) done(event.data.pair);
    };
    channel.addEventListener('message', onMessage);
    const timer = setTimeout(() => done(null), ASK_MS);
    channel.postMessage({ type: 'ask', id, refresh } satisfies TabMessage);
  });
}

/** `run` while no other tab of this browser renews (Web Locks), or at once where there are none. */
function oneTabAtATime<T>(run: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return locks ? (locks.request('dondoc.refresh', run) as Promise<T>) : run();
}

// One exchange at a time for the whole page (and, above, for every tab): a refresh token is
// spent by its first use, and a second use revokes the whole sign-in (decision 50).
const refreshOnce = singleFlight(() => oneTabAtATime(exchange));

async function exchange(): Promise<void> {
  const current = held;
  if (!current) throw new SignInNeeded();
  const handed = await askOtherTabs(current.refresh);
  if (held !== current) return; // signed in again (or out) meanwhile
  if (handed) {
    replaced.add(current.refresh);
    setTokens(handed);
    return;
  }
  const response = await fetch('/api/v1/auth/refresh', {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/json' },
    body: JSON.stringify({ refreshToken: current.refresh }),
    cache: 'no-store',
  });
  if (response.ok) {
    replaced.add(current.refresh);
    // Unless the person signed in again (or out) meanwhile, which replaced these tokens.
    if (held === current) setTokens((await response.json()) as TokenPair);
    return;
  }
  if (response.status === 400 || response.status === 401) throw new SignInNeeded();
  throw await toApiError(response);
}

// While the session is over: the page stays, a dialog asks for the password again, and
// every request waits for it (then goes as if nothing happened), or fails on logout.
let signIn: { promise: Promise<void>; resolve(): void; reject(error: unknown): void } | null = null;
const signInListeners = new Set<(needed: boolean) => void>();

/** Called with true when the session ended and the person must sign in again, false once done. */
export function onSignInNeeded(listener: (needed: boolean) => void): () => void {
  signInListeners.add(listener);
  if (signIn) listener(true);
  return () => signInListeners.delete(listener);
}

/** Resolves when no sign-in is awaited (at once, mostly): a request sent now would be refused. */
export const signedIn = (): Promise<void> => signIn?.promise ?? Promise.resolve();

export function needSignIn(): Promise<void> {
  if (!signIn) {
    let resolve!: () => void;
    let reject!: (error: unknown) => void;
    const promise = new Promise<void>((yes, no) => {
      resolve = yes;
      reject = no;
    });
    // A page that never waits on it must not report an unhandled rejection at logout.
    promise.catch(() => undefined);
    signIn = { promise, resolve, reject };
    clearTimeout(renewTimer);
    for (const listener of signInListeners) listener(true);
  }
  return signIn.promise;
}

/** Ends the wait: signed in again (`pair`), so the waiting requests go; or gave up (null), so they fail. */
export function endSignInWait(pair: TokenPair | null): void {
  setTokens(pair);
  const waiting = signIn;
  signIn = null;
  for (const listener of signInListeners) listener(false);
  if (pair) waiting?.resolve();
  else waiting?.reject(new ApiError(401, 'Phiên đăng nhập đã kết thúc / the session ended'));
}

/** After a 401 for the access token `used`: a fresh one (refreshed once for all callers) or a new sign-in. */
export async function renew(used: string | null): Promise<void> {
  if (signIn) return signIn.promise;
  if (held && held.access !== used) return; // renewed meanwhile by another request
  try {
    await refreshOnce();
  } catch (error) {
    if (error instanceof SignInNeeded) return needSignIn();
    throw error;
  }
}

/**
 * A request with the session's access token. A 401 (the token expired or was revoked)
 * renews it and sends the request once more: a 401 means the API did nothing with it.
 */
export async function authorizedFetch(
  url: string,
  init: RequestInit & { headers: Record<string, string> },
  path: string,
) {
  // Signing in (again) and refreshing go at once: everything else waits for them.
  const session = path.startsWith('/auth/');
  if (signIn && !session) await signIn.promise;
  const attempt = () => {
    const headers = { ...init.headers };
    if (held) headers.authorization = `Bearer ${held.access}`;
    // The API's messages come in one language: the one the dashboard is shown in.
    headers['accept-language'] = currentLang();
    return fetch(url, { ...init, headers, cache: 'no-store' });
  };
  const used = held?.access ?? null;
  const response = await attempt();
  if (response.status !== 401 || used === null || session) return response;
  await renew(used);
  const again = await attempt();
  if (again.status !== 401) return again;
  // Refused again with a token just issued: the account's tokens were revoked meanwhile.
  await needSignIn();
  return attempt();
}

export async function toApiError(response: Response): Promise<ApiError> {
  const text = await response.text();
  const error = (text ? safeJson(text) : {}) as { message?: string; details?: FieldProblem[] };
  return new ApiError(response.status, error.message ?? response.statusText, error.details ?? []);
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
  let body: string | undefined;
  if (options.csv !== undefined) {
    headers['content-type'] = 'text/csv';
    body = options.csv;
  } else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  const response = await authorizedFetch(`/api/v1${path}`, { method, headers, body }, path);
  if (!response.ok) throw await toApiError(response);
  const text = await response.text();
  return (text ? safeJson(text) : undefined) as T;
}

export function safeJson(text: string): unknown {
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
/** A file of the API saved under its own name, in the reader's language (the exports' words follow Accept-Language). */
export async function download(path: string, query: Query, fallbackName: string, lang?: string): Promise<string> {
  const headers: Record<string, string> = lang ? { 'accept-language': lang } : {};
  const response = await authorizedFetch(`/api/v1${withQuery(path, query)}`, { headers }, path);
  if (!response.ok) throw await toApiError(response);
  const disposition = response.headers.get('content-disposition') ?? '';
  // RFC 6266: the UTF-8 `filename*` wins over the ASCII `filename` fallback when both are given.
  const utf8 = /filename\*=UTF-8''([^;\s]+)/i.exec(disposition)?.[1];
  const ascii = /filename="?([^";]+)"?/i.exec(disposition)?.[1];
  const name = utf8 ? decodeURIComponent(utf8) : (ascii ?? fallbackName);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
  return link.download;
}

/**
 * The print view (?format=html) in a new tab: the tab opens on the click (so no pop-up
 * blocker stops it) and shows the page once fetched with the session's token; the page's
 * own CSS lays it out for A4 and the browser's print dialog does the rest.
 */
export async function openPrintView(path: string, query: Query, lang: string): Promise<void> {
  const tab = window.open('', '_blank');
  try {
    const response = await authorizedFetch(
      `/api/v1${withQuery(path, { ...query, format: 'html' })}`,
      { headers: { 'accept-language': lang } },
      path,
    );
    if (!response.ok) throw await toApiError(response);
    const url = URL.createObjectURL(new Blob([await response.text()], { type: 'text/html;charset=utf-8' }));
    if (tab) tab.location.href = url;
    else window.location.href = url;
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  } catch (error) {
    tab?.close();
    throw error;
  }
}

/** A file's bytes, fetched with the session's token (a preview's object URL is made from it). */
export async function fetchBlob(path: string): Promise<Blob> {
  const response = await authorizedFetch(`/api/v1${path}`, { headers: {} }, path);
  if (!response.ok) throw await toApiError(response);
  return response.blob();
}
