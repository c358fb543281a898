/**
 * A small HTTP server that plays a messaging provider for tests and for `npm start`
 * (CHANNEL_FAKES=true): it answers with the provider's documented shapes, keeps what it
 * received for a test to read (`received`, or GET /_received), and shows it on a page at /
 * (like Mailpit's) so a newcomer can watch the messages arrive.
 *
 * Control: a provider's error answers come from magic recipients (see each fake), or from
 * POST /_control/fail-next {status, body, headers?} (or failNext()): the next provider call
 * gets that answer whatever it asked. DELETE /_received forgets what came.
 *
 * Acting as a person (`addAction`): forms on /_act that do what a person's phone would do
 * with the real provider (press Start on a bot's link, write to the OA), so a newcomer on
 * `npm start` can link Telegram and Zalo without the real apps. A page of its own: the
 * list of messages reloads every 3 s, which would wipe what is being typed.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeAnswer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** Hold the answer this long (a slow provider: the client's timeout). */
  delayMs?: number;
}

export interface FakeRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  raw: string;
  /** The body as JSON, or as a form, when it is one. */
  json: unknown;
  form: URLSearchParams | null;
}

/** One provider call as the fake saw it, and how it answered. */
export interface Received {
  seq: number;
  at: string;
  path: string;
  /** Who and what, for the page: a phone number, a chat id, a follower; the text or the template. */
  to: string;
  text: string;
  request: unknown;
  answer: FakeAnswer;
}

/** A form on /_act: what a person does with the provider's app, sent to our webhook. */
export interface FakeAction {
  name: string;
  title: string;
  fields: { name: string; label: string; value?: string }[];
  /** Does it; answers a line for the page (what our API answered). */
  run(form: URLSearchParams): Promise<string>;
}

export type FakeHandler = (
  request: FakeRequest,
) => { to: string; text: string; answer: FakeAnswer } | FakeAnswer | null;

export class FakeServer {
  readonly received: Received[] = [];
  private readonly forced: FakeAnswer[] = [];
  private readonly actions: FakeAction[] = [];
  private server?: Server;
  private seq = 0;
  url = '';

  constructor(
    readonly title: string,
    private readonly handle: FakeHandler,
    private readonly legend: string[] = [],
  ) {}

  async start(port = 0, host = '127.0.0.1'): Promise<this> {
    this.server = createServer((req, res) => {
      void this.serve(req, res).catch(() => {
        if (!res.headersSent) res.writeHead(500).end();
      });
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(port, host, () => resolve());
    });
    this.url = `http://${host}:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  addAction(action: FakeAction): void {
    this.actions.push(action);
  }

  /** The next provider call gets this answer. */
  failNext(answer: FakeAnswer): void {
    this.forced.push(answer);
  }

  clear(): void {
    this.received.length = 0;
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const raw = await readBody(req);
    if (req.method === 'GET' && url.pathname === '/') return send(res, { status: 200, body: this.page() }, 'text/html');
    if (url.pathname === '/_received') {
      if (req.method === 'DELETE') this.clear();
      return send(res, { status: 200, body: this.received });
    }
    if (url.pathname === '/_act' && req.method === 'GET')
      return send(res, { status: 200, body: this.actionsPage(url.searchParams.get('said')) }, 'text/html');
    const action = this.actions.find((a) => url.pathname === `/_act/${a.name}`);
    if (action && req.method === 'POST') {
      const said = await action.run(new URLSearchParams(raw)).catch((error: Error) => `failed: ${error.message}`);
      res.writeHead(303, { location: `/_act?said=${encodeURIComponent(`${action.title}: ${said}`)}` }).end();
      return;
    }
    if (req.method === 'POST' && url.pathname === '/_control/fail-next') {
      this.failNext(JSON.parse(raw) as FakeAnswer);
      return send(res, { status: 204, body: null });
    }
    const request: FakeRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      raw,
      json: parseJson(raw),
      form: /x-www-form-urlencoded/.test(req.headers['content-type'] ?? '') ? new URLSearchParams(raw) : null,
    };
    const forced = this.forced.shift();
    const handled = forced ? null : this.handle(request);
    if (!forced && !handled) return send(res, { status: 404, body: { error: 'no such endpoint in this fake' } });
    const full = handled && 'answer' in handled ? handled : null;
    const answer = forced ?? (full ? full.answer : (handled as FakeAnswer));
    this.received.push({
      seq: ++this.seq,
      at: new Date().toISOString(),
      path: url.pathname.replace(/\/bot[^/]+\//, '/bot<token>/'),
      to: full?.to ?? '',
      text: full?.text ?? '',
      request: request.json ?? (request.form ? Object.fromEntries(request.form) : raw),
      answer,
    });
    // unref: a held answer does not keep a test process alive once the test is done.
    if (answer.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs).unref());
    send(res, answer);
  }

  private page(): string {
    const rows = this.received
      .slice()
      .reverse()
      .map(
        (r) =>
          `<tr><td>${r.seq}</td><td>${esc(r.at.slice(11, 19))}</td><td>${esc(r.path)}</td><td>${esc(r.to)}</td>` +
          `<td class="text">${esc(r.text)}</td><td>${r.answer.status} ${esc(JSON.stringify(r.answer.body)).slice(0, 160)}</td></tr>`,
      )
      .join('');
    const legend = this.legend.map((line) => `<li>${esc(line)}</li>`).join('');
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="3">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(this.title)}</title>
<style>body{font:14px system-ui,sans-serif;margin:1.5rem}table{border-collapse:collapse;width:100%}
td,th{border-bottom:1px solid #ddd;padding:.35rem .5rem;text-align:left;vertical-align:top}.text{white-space:pre-wrap;max-width:40rem}</style>
</head><body><h1>${esc(this.title)}</h1><p>${this.received.length} received (newest first; the page reloads every 3 s; JSON at <a href="/_received">/_received</a>).${
      this.actions.length
        ? ` <a href="/_act">Act as a person</a> (${this.actions.map((a) => esc(a.title)).join('; ')}).`
        : ''
    }</p>
<table><thead><tr><th>#</th><th>time</th><th>endpoint</th><th>to</th><th>message</th><th>answer</th></tr></thead><tbody>${rows}</tbody></table>
${legend ? `<h2>Magic recipients</h2><ul>${legend}</ul>` : ''}</body></html>`;
  }

  private actionsPage(said: string | null): string {
    const forms = this.actions
      .map(
        (a) =>
          `<form method="post" action="/_act/${a.name}"><h2>${esc(a.title)}</h2>${a.fields
            .map(
              (f) =>
                `<label>${esc(f.label)} <input name="${f.name}" value="${esc(f.value ?? '')}" size="60"></label><br>`,
            )
            .join('')}<button>${esc(a.title)}</button></form>`,
      )
      .join('');
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(this.title)}: act as a person</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>body{font:14px system-ui,sans-serif;margin:1.5rem}
label{display:inline-block;margin:.3rem 0}form{margin-bottom:1.5rem}</style></head><body>
<p><a href="/">← messages received</a></p>${said ? `<p role="status"><strong>${esc(said)}</strong></p>` : ''}${forms}</body></html>`;
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseJson(raw: string): unknown {
  try {
    return raw ? JSON.parse(raw) : null;
  } catch {
    return null;
  }
}

function send(res: ServerResponse, answer: FakeAnswer, type = 'application/json; charset=utf-8'): void {
  if (res.destroyed) return;
  const body = typeof answer.body === 'string' ? answer.body : answer.body === null ? '' : JSON.stringify(answer.body);
  res.writeHead(answer.status, { 'content-type': type, ...answer.headers });
  res.end(body);
}

const esc = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Sends a receipt to a caller's hook, as a provider does after answering; failures are ignored (as providers retry later). */
export function deliverReceipt(url: string, init: RequestInit): void {
  void fetch(url, { ...init, signal: AbortSignal.timeout(5000) })
    .then((r) => r.body?.cancel())
    .catch(() => undefined);
}
