/** A tiny HTTP server that keeps the requests a provider's fake sends to it (delivery receipts). */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Caught {
  method: string;
  url: URL;
  body: string;
}

export async function startReceiptCatcher(): Promise<{ url: string; caught: Caught[]; close(): Promise<void> }> {
  const caught: Caught[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      caught.push({
        method: req.method ?? '',
        url: new URL(req.url ?? '/', 'http://catcher'),
        body: Buffer.concat(chunks).toString('utf8'),
      });
      res.writeHead(200).end('OK');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    caught,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
