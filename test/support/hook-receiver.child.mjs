// A webhook receiver in a process of its own (test/support/mail-and-hooks.ts,
// startHookReceiverProcess): it stamps each call's arrival on an event loop that the
// system under test does not block, so counts per second are the receiver's own.
// Paths in FAILING (comma-separated) answer 503. POST /__secret {path, secret} registers
// a path's secret; GET /__calls answers every call so far. Prints its port, then serves.
import { Buffer } from 'node:buffer';
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import process from 'node:process';

const failing = new Set((process.env.FAILING ?? '').split(',').filter(Boolean));
const secrets = new Map();
const calls = [];

const server = createServer((request, response) => {
  const at = Date.now();
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    const body = Buffer.concat(chunks).toString('utf8');
    const path = request.url ?? '/';
    if (path === '/__calls') return response.writeHead(200).end(JSON.stringify(calls));
    if (path === '/__secret') {
      const { path: target, secret } = JSON.parse(body);
      secrets.set(target, secret);
      return response.writeHead(204).end();
    }
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
      at,
    });
    response.writeHead(answered).end();
  });
});
server.listen(0, '127.0.0.1', () => process.stdout.write(`${server.address().port}\n`));
process.on('disconnect', () => process.exit(0));
