import {
  accessToken,
  api,
  ApiError,
  authorizedFetch,
  needSignIn,
  renew,
  safeJson,
  signedIn,
  toApiError,
} from './client';
import type { FieldProblem, UploadSession } from './types';
import { currentLang } from '../lib/lang';

/**
 * Files above this size go in chunks, resumable after a break (decision 82); smaller ones in
 * one request. The least S3 part (and so the smallest chunk any store announces): a file this
 * small is one chunk either way, and one request costs three fewer round trips.
 */
export const RESUMABLE_ABOVE = 5 * 1024 * 1024;

/** The person cancelled: nothing of the file is kept (a resumable upload is abandoned). */
export class UploadCancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

/**
 * The connection stayed broken through every retry: what arrived is kept for
 * ATTACHMENT_UPLOAD_TTL_HOURS, and choosing the same file again sends the rest.
 */
export class UploadInterrupted extends Error {
  constructor(readonly cause: unknown) {
    super('interrupted');
  }
}

/** No answer at all (the connection broke, the server unreachable). */
class NoAnswer extends Error {}

interface Answer {
  status: number;
  text: string;
}

/** One request through XMLHttpRequest (fetch reports no upload progress), with the given token. */
function xhr(
  method: string,
  path: string,
  body: XMLHttpRequestBodyInit,
  headers: Record<string, string>,
  token: string | null,
  onProgress: (sent: number) => void,
  signal?: AbortSignal,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new UploadCancelled());
    const request = new XMLHttpRequest();
    const cancel = () => request.abort();
    signal?.addEventListener('abort', cancel);
    const settle = () => signal?.removeEventListener('abort', cancel);
    request.open(method, `/api/v1${path}`);
    if (token) request.setRequestHeader('authorization', `Bearer ${token}`);
    request.setRequestHeader('accept', 'application/json');
    request.setRequestHeader('accept-language', currentLang());
    for (const [name, value] of Object.entries(headers)) request.setRequestHeader(name, value);
    request.upload.onprogress = (event) => onProgress(event.loaded);
    request.onload = () => {
      settle();
      resolve({ status: request.status, text: request.responseText });
    };
    request.onerror = () => {
      settle();
      reject(new NoAnswer('network'));
    };
    request.onabort = () => {
      settle();
      reject(new UploadCancelled());
    };
    request.send(body);
  });
}

/**
 * xhr() with the session's token: a 401 renews it and sends once more, as authorizedFetch
 * does (a 401 means the API kept nothing), and a second 401 waits for a new sign-in.
 */
async function sendAuthorized(
  method: string,
  path: string,
  body: XMLHttpRequestBodyInit,
  headers: Record<string, string>,
  onProgress: (sent: number) => void,
  signal?: AbortSignal,
): Promise<Answer> {
  await signedIn();
  const attempt = () => xhr(method, path, body, headers, accessToken(), onProgress, signal);
  const used = accessToken();
  const answer = await attempt();
  if (answer.status !== 401 || used === null) return answer;
  await renew(used);
  const again = await attempt();
  if (again.status !== 401) return again;
  await needSignIn();
  return attempt();
}

/** The answer's body, or its ApiError. */
function answered<T>(answer: Answer): T {
  const body = (answer.text ? safeJson(answer.text) : {}) as { message?: string; details?: FieldProblem[] };
  if (answer.status < 200 || answer.status >= 300)
    throw new ApiError(answer.status, body.message ?? String(answer.status), body.details ?? []);
  return body as T;
}

/**
 * One file sent as multipart/form-data (field `file`) to an owner's attachments
 * (`/tasks/{id}/attachments`, `/directives/{id}/attachments`): the browser streams it.
 */
export async function uploadFile<T>(path: string, file: File): Promise<T> {
  const form = new FormData();
  form.append('file', file, file.name);
  const response = await authorizedFetch(
    `/api/v1${path}`,
    { method: 'POST', headers: { accept: 'application/json' }, body: form },
    path,
  );
  if (!response.ok) throw await toApiError(response);
  return (await response.json()) as T;
}

/** One file sent like uploadFile, with its progress (`onProgress(sent, total)`). */
export async function uploadWithProgress<T>(
  path: string,
  file: File,
  onProgress: (sent: number, total: number) => void,
  signal?: AbortSignal,
): Promise<T> {
  const form = new FormData();
  form.append('file', file, file.name);
  // The multipart body is a little larger than the file: its progress counts against the file.
  const answer = await sendAuthorized(
    'POST',
    path,
    form,
    {},
    (sent) => onProgress(Math.min(sent, file.size), file.size),
    signal,
  );
  return answered<T>(answer);
}

export interface ResumableHooks {
  onProgress(sent: number, total: number): void;
  /** True when the connection broke and the sender waits to resume; false once a chunk went through again. */
  onBreak(broken: boolean): void;
  signal?: AbortSignal;
}

/** Waits between tries after a break: doubling from 1 s, at most 30 s; about two minutes in all. */
const BACKOFF_MS = [1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000];

/**
 * One file sent as a resumable upload (decision 82, "Resumable uploads"): announced to
 * `${ownerPath}/uploads`, then sent in chunks of the server's `chunkBytes`, then completed.
 * A break (no answer, a 5xx, 408, 429) waits and asks the server how far it got, then sends
 * from there; any other refusal stops with the API's error and abandons the session. The
 * session's id is kept in localStorage under the owner, name, size and date of the file, so
 * choosing the same file after a reload (or after the retries ran out) sends only the rest.
 */
export async function sendResumable<T>(ownerPath: string, file: File, hooks: ResumableHooks): Promise<T> {
  const key = storageKey(ownerPath, file);
  let session: UploadSession | null = null;
  let stale = false;
  let breaks = 0;
  let restarted = false;
  for (;;) {
    if (hooks.signal?.aborted) {
      await abandon(session, key);
      throw new UploadCancelled();
    }
    try {
      if (!session) session = await openSession(ownerPath, file, key);
      else if (stale) session = await api<UploadSession>('GET', `/uploads/${session.id}`);
      stale = false;
      hooks.onProgress(session.received, file.size);
      while (session.received < file.size) {
        session = await sendChunk(session, file, hooks);
        if (breaks > 0) hooks.onBreak(false);
        breaks = 0;
      }
      const done = await api<T>('POST', `/uploads/${session.id}/complete`);
      forget(key);
      return done;
    } catch (error) {
      if (hooks.signal?.aborted) continue;
      if (session && error instanceof ApiError && error.status === 404 && !restarted) {
        // Expired, or abandoned in another tab: nothing of it is left, so the file starts again (once).
        forget(key);
        session = null;
        restarted = true;
        continue;
      }
      if (!isBreak(error, session !== null)) {
        await abandon(session, key);
        throw error;
      }
      if (breaks >= BACKOFF_MS.length) throw new UploadInterrupted(error);
      hooks.onBreak(true);
      await pause(BACKOFF_MS[breaks++], hooks.signal);
      stale = true;
    }
  }
}

/**
 * A failure worth trying again: no answer, the server's trouble (5xx), a timeout (408) or
 * too many requests (429); and, once a session exists, a 409 (a chunk beyond what the
 * server holds, or bytes missing at completion): the server says how far it got.
 */
function isBreak(error: unknown, inSession: boolean): boolean {
  if (error instanceof NoAnswer || error instanceof TypeError) return true; // fetch's "Failed to fetch"
  if (!(error instanceof ApiError)) return false;
  return error.status >= 500 || error.status === 408 || error.status === 429 || (inSession && error.status === 409);
}

/** The session kept for this file (if the server still has it), or a new one. */
async function openSession(ownerPath: string, file: File, key: string): Promise<UploadSession> {
  const kept = stored(key);
  if (kept) {
    try {
      const session = await api<UploadSession>('GET', `/uploads/${encodeURIComponent(kept)}`);
      if (session.size === file.size) return session;
    } catch (error) {
      // Gone (expired, another person's sign-in on this browser): start again. A break is retried.
      if (!(error instanceof ApiError && (error.status === 404 || error.status === 400))) throw error;
    }
    forget(key);
  }
  const session = await api<UploadSession>('POST', `${ownerPath}/uploads`, {
    body: { name: file.name, size: file.size },
  });
  remember(key, session.id);
  return session;
}

/** The chunk from `received` (a multiple of chunkBytes: the server keeps to the grid). */
async function sendChunk(session: UploadSession, file: File, hooks: ResumableHooks): Promise<UploadSession> {
  const start = session.received;
  const end = Math.min(start + session.chunkBytes, file.size);
  const answer = await sendAuthorized(
    'PUT',
    `/uploads/${session.id}`,
    file.slice(start, end),
    { 'content-type': 'application/octet-stream', 'content-range': `bytes ${start}-${end - 1}/${file.size}` },
    (sent) => hooks.onProgress(start + Math.min(sent, end - start), file.size),
    hooks.signal,
  );
  return answered<UploadSession>(answer);
}

/** Ends the session on the server (its chunks removed) and here; a failure leaves it to expire. */
async function abandon(session: UploadSession | null, key: string): Promise<void> {
  forget(key);
  if (session) await api('DELETE', `/uploads/${session.id}`).catch(() => undefined);
}

function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done);
  });
}

// The session ids live in localStorage (beside the drafts), so a reload or a new tab finds
// them; an id is no secret (only its sender may use it: another person's GET is a 404).
const storageKey = (ownerPath: string, file: File) =>
  `dondoc.upload:${ownerPath}:${file.size}:${file.lastModified}:${file.name}`;

function stored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // storage refused (a private window's quota): the upload is resumable within this page only
  }
}

function remember(key: string, id: string): void {
  try {
    localStorage.setItem(key, id);
  } catch {
    // As above: no resuming after a reload, the rest works.
  }
}

function forget(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing was kept.
  }
}
