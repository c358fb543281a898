import { fork } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { findMailpit, startMailpit } from '../../scripts/lib/mailpit.mjs';

export interface CaughtMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  notice: string | null;
  delivery: string | null;
}

interface MailpitSummary {
  ID: string;
  To: { Address: string }[] | null;
  Subject: string;
}

/**
 * Mailpit on free ports (the binary global-setup provisioned, in MAILPIT): real SMTP, and
 * `mails()` reads what it received through its HTTP API, oldest first (with
 * `allowedRecipients`, a regular expression, any other recipient is refused, 5xx). A message's
 * body and headers are fetched once and kept.
 */
export async function startSmtp(options: { allowedRecipients?: string } = {}): Promise<{
  port: number;
  url: string;
  mails(): Promise<CaughtMail[]>;
  stop(): Promise<void>;
}> {
  const bin = findMailpit({ build: false });
  if (!bin) throw new Error('No Mailpit binary: run the tests through global-setup, or set MAILPIT');
  const mailpit = await startMailpit({ bin, quiet: true, max: 0, name: 'mailpit-test', ...options });
  const api = async (path: string): Promise<any> => {
    const response = await fetch(`${mailpit.url}api/v1/${path}`);
    if (!response.ok) throw new Error(`Mailpit ${path}: ${response.status}`);
    return response.json();
  };
  const read = new Map<string, CaughtMail>();
  const readOne = async ({ ID, To, Subject }: MailpitSummary): Promise<CaughtMail> => {
    const [message, headers] = await Promise.all([api(`message/${ID}`), api(`message/${ID}/headers`)]);
    const header = (name: string) =>
      Object.entries(headers as Record<string, string[]>).find(([key]) => key.toLowerCase() === name)?.[1]?.[0] ?? null;
    return {
      to: (To ?? []).map((a) => a.Address),
      subject: Subject,
      text: message.Text ?? '',
      html: message.HTML ?? '',
      notice: header('x-dondoc-notice'),
      delivery: header('x-dondoc-delivery'),
    };
  };
  return {
    port: mailpit.smtpPort,
    url: mailpit.url,
    async mails() {
      // Newest first in the API: reversed, they come in the order received.
      const { messages } = (await api('messages?limit=5000')) as { messages: MailpitSummary[] };
      const oldestFirst = [...messages].reverse();
      for (const summary of oldestFirst) if (!read.has(summary.ID)) read.set(summary.ID, await readOne(summary));
      return oldestFirst.map((summary) => read.get(summary.ID)!);
    },
    stop: () => mailpit.stop(),
  };
}

export interface HookCall {
  path: string;
  delivery: string;
  body: string;
  json: Record<string, any>;
  signatureValid: boolean;
  answered: number;
  /** When the receiver got it (its own clock, ms). */
  at: number;
}

/**
 * A webhook receiver that checks every call's signature with the secret registered for
 * its path; `failing` paths answer 503 until taken out of the set.
 */
export async function startHookReceiver() {
  const calls: HookCall[] = [];
  const secrets = new Map<string, string>();
  const failing = new Set<string>();
  const server: Server = createServer((request, response) => {
    const arrived = Date.now();
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const path = request.url ?? '/';
      const timestamp = String(request.headers['x-dondoc-timestamp'] ?? '');
      const expected = `sha256=${createHmac('sha256', secrets.get(path) ?? '')
        .update(`${timestamp}.${body}`)
        .digest('hex')}`;
      const answered = failing.has(path) ? 503 : 204;
      calls.push({
        path,
        delivery: String(request.headers['x-dondoc-delivery'] ?? ''),
        body,
        json: JSON.parse(body),
        signatureValid:
          request.headers['x-dondoc-signature'] === expected && Math.abs(Date.now() / 1000 - Number(timestamp)) < 300,
        answered,
        at: arrived,
      });
      response.writeHead(answered).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    calls,
    secrets,
    failing,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * The same receiver in a child process (hook-receiver.child.mjs), for counting calls per
 * second: the test process also runs the worker, whose busy moments would delay this
 * process's own stamps and bunch them. `calls()` reads what it received so far.
 */
export async function startHookReceiverProcess(failing: string[] = []) {
  const child = fork(join(__dirname, 'hook-receiver.child.mjs'), [], {
    env: { ...process.env, FAILING: failing.join(',') },
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.once('data', (data: Buffer) => resolve(Number(String(data).trim())));
    child.once('exit', (code) => reject(new Error(`hook receiver exited with ${code}`)));
  });
  const base = `http://127.0.0.1:${port}`;
  return {
    base,
    async calls(): Promise<HookCall[]> {
      return (await fetch(`${base}/__calls`)).json() as Promise<HookCall[]>;
    },
    async secret(path: string, secret: string): Promise<void> {
      await fetch(`${base}/__secret`, { method: 'POST', body: JSON.stringify({ path, secret }) });
    },
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}
