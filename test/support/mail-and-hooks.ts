import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface CaughtMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  notice: string | null;
  delivery: string | null;
}

/** A real SMTP server on a free port that keeps what it receives. */
export async function startSmtp(): Promise<{ port: number; mails: CaughtMail[]; stop(): Promise<void> }> {
  const mails: CaughtMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const to = [parsed.to ?? []].flat().flatMap((a) => a.value.map((v) => v.address ?? ''));
          const header = (name: string) => {
            const value = parsed.headers.get(name);
            return typeof value === 'string' ? value : null;
          };
          mails.push({
            to,
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
            notice: header('x-dondoc-notice'),
            delivery: header('x-dondoc-delivery'),
          });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { port, mails, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}

export interface HookCall {
  path: string;
  delivery: string;
  body: string;
  json: Record<string, any>;
  signatureValid: boolean;
  answered: number;
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
