// A recording reverse proxy: every request of the fuzz run (schemathesis's and the
// sweep's) passes through it, so one place counts statuses and finds 5xx and slow answers.
import { Buffer } from 'node:buffer';
import { createServer, request } from 'node:http';

const HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'content-length']);
const SLOW_MS = 10_000;

export async function startRecorder(target) {
  const stats = { total: 0, byClass: {}, serverErrors: [], slow: [], byStatus: {} };
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', async () => {
      const body = Buffer.concat(chunks);
      const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => !HOP.has(k.toLowerCase())));
      const started = Date.now();
      let status = 599;
      let text;
      try {
        // node:http rather than fetch: it forwards what fetch would refuse to send (a body on
        // GET, odd header values), so the API, not the proxy, answers every request.
        const answer = await forward(target, req.method, req.url, req.headers, body);
        status = answer.status;
        text = answer.body.subarray(0, 300).toString('utf8');
        res.writeHead(status, answer.headers);
        res.end(answer.body);
      } catch (error) {
        text = String(error);
        res.writeHead(502).end('fuzz proxy: upstream failed');
      }
      record(stats, {
        method: req.method,
        url: req.url,
        status,
        ms: Date.now() - started,
        body,
        headers,
        answer: text,
      });
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  return { base, stats, close: () => new Promise((resolve) => server.close(resolve)) };
}

function record(stats, r) {
  stats.total++;
  const cls = r.status === 599 ? 'no answer' : `${String(r.status)[0]}xx`;
  stats.byClass[cls] = (stats.byClass[cls] ?? 0) + 1;
  stats.byStatus[r.status] = (stats.byStatus[r.status] ?? 0) + 1;
  const request = {
    request: `${r.method} ${r.url}`,
    contentType: r.headers['content-type'] ?? null,
    body: r.body.subarray(0, 500).toString('utf8') + (r.body.length > 500 ? `… (${r.body.length} bytes)` : ''),
    status: r.status,
    ms: r.ms,
    answer: r.answer,
  };
  if (r.status >= 500) stats.serverErrors.push(request);
  if (r.ms > SLOW_MS) stats.slow.push(request);
}

export function printStats(stats, log = console.log) {
  log(`requests: ${stats.total}`);
  log(`by status class: ${JSON.stringify(stats.byClass)}`);
  log(`by status: ${JSON.stringify(stats.byStatus)}`);
  log(`5xx answers: ${stats.serverErrors.length}`);
  for (const e of stats.serverErrors) log(`  ${JSON.stringify(e)}`);
  log(`answers slower than 10 s: ${stats.slow.length}`);
  for (const e of stats.slow) log(`  ${JSON.stringify(e)}`);
}

function forward(target, method, path, headers, body) {
  const url = new URL(target);
  const sent = Object.fromEntries(Object.entries(headers).filter(([k]) => !HOP.has(k.toLowerCase())));
  sent.host = url.host;
  if (body.length > 0) sent['content-length'] = String(body.length);
  return new Promise((resolve, reject) => {
    const outgoing = request(
      { host: url.hostname, port: url.port, method, path, headers: sent, timeout: 120_000 },
      (incoming) => {
        const chunks = [];
        incoming.on('data', (c) => chunks.push(c));
        incoming.on('end', () => {
          const kept = Object.fromEntries(
            Object.entries(incoming.headers).filter(([k]) => !['transfer-encoding', 'connection'].includes(k)),
          );
          resolve({ status: incoming.statusCode, headers: kept, body: Buffer.concat(chunks) });
        });
        incoming.on('error', reject);
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error('upstream timeout (120 s)')));
    outgoing.on('error', reject);
    outgoing.end(body.length > 0 ? body : undefined);
  });
}
