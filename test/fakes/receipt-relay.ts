/**
 * Where the fakes send their delivery receipts and webhook events when the API's address
 * is not known yet (a test starts the fakes first, since the API's settings name them):
 * a small server that passes each request on, path, method, headers and body, to the
 * target set later. Without a target it answers 503, as a provider would see a server down.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceiptRelay {
  url: string;
  /** The base URL (scheme://host:port) requests go on to. */
  forwardTo(base: string): void;
  close(): Promise<void>;
}

export async function startReceiptRelay(): Promise<ReceiptRelay> {
  let target: string | null = null;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (!target) return void res.writeHead(503).end();
      const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
      fetch(`${target}${req.url ?? '/'}`, { method: req.method, headers: forwarded(req.headers), body })
        .then(async (answer) => res.writeHead(answer.status).end(Buffer.from(await answer.arrayBuffer())))
        .catch(() => res.writeHead(502).end());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    forwardTo: (base) => (target = base.replace(/\/$/, '')),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function forwarded(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || ['host', 'connection', 'content-length'].includes(name)) continue;
    out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}
