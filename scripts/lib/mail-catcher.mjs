// A local SMTP catcher for development: the system's e-mails (reminders, escalations)
// land here instead of anyone's inbox, and a small web page shows them.
// Only node built-ins plus smtp-server and mailparser.
import { Buffer } from 'node:buffer';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { ok, warn } from './log.mjs';

const MAX_MESSAGES = 500;
const MAX_SIZE = 10 * 1024 * 1024;
const KEPT_HEADERS = ['message-id', 'x-dondoc-notice', 'x-dondoc-delivery'];

/**
 * Starts an SMTP server that accepts any message (no auth, no TLS) and an HTTP server to read them.
 *
 * startMailCatcher({ smtpPort = 0, httpPort = 0, host = '127.0.0.1', dir = undefined, quiet = false })
 * → Promise<{ smtpPort, httpPort, url, messages(), stop() }>
 *   url: `http://host:httpPort/`; messages(): a copy of the kept messages, newest last;
 *   stop(): closes both servers (idempotent).
 * Each message: { id, receivedAt, from, to, subject, text, html, headers, envelope }.
 * With `dir`, each raw message is also written to `${dir}/${id}.eml`.
 */
export async function startMailCatcher({
  smtpPort = 0,
  httpPort = 0,
  host = '127.0.0.1',
  dir = undefined,
  quiet = false,
} = {}) {
  if (dir) await mkdir(dir, { recursive: true });

  let store = [];
  let nextId = 1;

  const record = async (raw, session) => {
    const id = nextId++;
    const receivedAt = new Date().toISOString();
    const envelope = {
      from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
      to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
    };
    let message;
    try {
      const parsed = await simpleParser(raw);
      const to = addresses(parsed.to);
      message = {
        id,
        receivedAt,
        from: parsed.from?.text ?? envelope.from,
        to: to.length ? to : envelope.to,
        subject: parsed.subject ?? '',
        text: parsed.text ?? '',
        html: parsed.html || null,
        headers: pickHeaders(parsed),
        envelope,
      };
    } catch {
      // Not parseable: keep what the envelope says, and the raw text.
      message = {
        id,
        receivedAt,
        from: envelope.from,
        to: envelope.to,
        subject: '',
        text: raw.toString('utf8'),
        html: null,
        headers: {},
        envelope,
      };
    }
    if (dir) await writeFile(join(dir, `${id}.eml`), raw);
    store.push(message);
    if (store.length > MAX_MESSAGES) store = store.slice(store.length - MAX_MESSAGES);
  };

  const smtp = new SMTPServer({
    logger: false,
    banner: 'Đôn Đốc mail catcher',
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    hideSTARTTLS: true,
    disableReverseLookup: true,
    size: MAX_SIZE,
    closeTimeout: 1000,
    onData(stream, session, callback) {
      const chunks = [];
      stream.on('data', (chunk) => chunks.push(chunk));
      stream.on('error', callback);
      stream.on('end', () => {
        if (stream.sizeExceeded) {
          const err = new Error(`Message exceeds the ${MAX_SIZE} byte limit`);
          err.responseCode = 552;
          callback(err);
          return;
        }
        record(Buffer.concat(chunks), session).then(
          () => callback(),
          (err) => callback(err),
        );
      });
    },
  });

  const http = createServer((req, res) => {
    try {
      route(req, res, {
        list: () => store,
        clear: () => {
          store = [];
        },
      });
    } catch (err) {
      send(res, 500, 'text/plain; charset=utf-8', String(err?.stack ?? err));
    }
  });

  await listen(smtp, smtp.server, smtpPort, host);
  try {
    await listen(http, http, httpPort, host);
  } catch (err) {
    await closeSmtp(smtp);
    throw err;
  }

  // Client resets and the like after startup: never crash the dev runner over them.
  smtp.on('error', (err) => {
    if (!quiet && err?.code !== 'ECONNRESET') warn(`Mail catcher (SMTP): ${err?.message ?? err}`);
  });
  http.on('error', (err) => {
    if (!quiet) warn(`Mail catcher (HTTP): ${err?.message ?? err}`);
  });

  const boundSmtp = smtp.server.address().port;
  const boundHttp = http.address().port;
  const shownHost = displayHost(host);
  const url = `http://${shownHost}:${boundHttp}/`;
  if (!quiet) ok(`Mail catcher up: SMTP ${shownHost}:${boundSmtp}, messages at ${url}`);

  let stopping;
  return {
    smtpPort: boundSmtp,
    httpPort: boundHttp,
    url,
    messages: () => store.slice(),
    stop() {
      stopping ??= Promise.all([closeSmtp(smtp), closeHttp(http)]).then(() => undefined);
      return stopping;
    },
  };
}

// ---------------------------------------------------------------- servers

function listen(emitter, server, port, host) {
  return new Promise((resolve, reject) => {
    const onError = (err) => {
      server.off('listening', onListening);
      reject(err);
    };
    const onListening = () => {
      emitter.off('error', onError);
      resolve();
    };
    emitter.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

function closeSmtp(smtp) {
  if (!smtp.server.listening) return Promise.resolve();
  return new Promise((resolve) => smtp.close(() => resolve()));
}

function closeHttp(http) {
  if (!http.listening) return Promise.resolve();
  return new Promise((resolve) => {
    http.close(() => resolve());
    http.closeAllConnections();
  });
}

function displayHost(host) {
  if (host === '0.0.0.0' || host === '::' || host === '') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

// ---------------------------------------------------------------- parsing

function addresses(field) {
  const out = [];
  const walk = (entry) => {
    if (!entry) return;
    if (Array.isArray(entry)) return entry.forEach(walk);
    if (entry.value) return walk(entry.value);
    if (entry.group) return walk(entry.group);
    if (entry.address) out.push(entry.address);
  };
  walk(field);
  return out;
}

function pickHeaders(parsed) {
  const headers = {};
  for (const name of KEPT_HEADERS) {
    if (!parsed.headers.has(name)) continue;
    const value = parsed.headers.get(name);
    headers[name] = typeof value === 'string' ? value : (value?.text ?? value?.value ?? String(value));
  }
  return headers;
}

// ---------------------------------------------------------------- HTTP

function route(req, res, { list, clear }) {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  const store = list();
  const byId = (raw) => store.find((message) => String(message.id) === raw);
  let match;

  if (req.method === 'GET' && pathname === '/') {
    return send(res, 200, 'text/html; charset=utf-8', listPage(store));
  }
  if (req.method === 'GET' && (match = /^\/messages\/(\d+)$/.exec(pathname))) {
    const message = byId(match[1]);
    if (message) return send(res, 200, 'text/html; charset=utf-8', messagePage(message));
    return send(res, 404, 'text/html; charset=utf-8', notFoundPage());
  }
  if (pathname === '/api/messages') {
    if (req.method === 'GET') return sendJson(res, 200, store);
    if (req.method === 'DELETE') {
      clear();
      res.writeHead(204);
      return res.end();
    }
  }
  if (req.method === 'GET' && (match = /^\/api\/messages\/(\d+)$/.exec(pathname))) {
    const message = byId(match[1]);
    if (message) return sendJson(res, 200, message);
    return sendJson(res, 404, { error: 'Không tìm thấy thư / Message not found' });
  }
  if (pathname.startsWith('/api/')) return sendJson(res, 404, { error: 'Not found' });
  return send(res, 404, 'text/html; charset=utf-8', notFoundPage());
}

function send(res, status, type, body) {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

function sendJson(res, status, value) {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

// ---------------------------------------------------------------- pages

function escapeHtml(value) {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function formatTime(iso) {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString('vi-VN', { hour12: false });
}

const STYLE = `
  body { font: 14px/1.45 system-ui, sans-serif; margin: 1.5rem; color: #222; }
  h1 { font-size: 1.3rem; margin: 0 0 .25rem; }
  .sub { color: #666; margin: 0 0 1rem; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; padding: .35rem .6rem; border-bottom: 1px solid #ddd; vertical-align: top; }
  th { background: #f4f4f4; font-weight: 600; }
  td.time { white-space: nowrap; color: #555; }
  a { color: #0b5cad; }
  iframe { width: 100%; height: 32rem; border: 1px solid #ccc; background: #fff; }
  pre { white-space: pre-wrap; background: #f7f7f7; border: 1px solid #ddd; padding: .75rem; }
  .empty { color: #777; font-style: italic; }
`;

function page(title, body, { refresh = false } = {}) {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
${refresh ? '<meta http-equiv="refresh" content="5">\n' : ''}<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

function listPage(store) {
  const rows = store
    .slice()
    .reverse()
    .map(
      (m) => `<tr>
  <td class="time" title="${escapeHtml(m.receivedAt)}">${escapeHtml(formatTime(m.receivedAt))}</td>
  <td>${escapeHtml(m.to.join(', '))}</td>
  <td><a href="/messages/${escapeHtml(m.id)}">${escapeHtml(m.subject || '(không có tiêu đề / no subject)')}</a></td>
</tr>`,
    )
    .join('\n');
  const table = store.length
    ? `<table>
<thead><tr><th>Thời gian / Time</th><th>Người nhận / To</th><th>Tiêu đề / Subject</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`
    : '<p class="empty">Chưa có thư nào. / No messages yet.</p>';
  return page(
    'Hộp thư thử nghiệm / Mail catcher',
    `<h1>Hộp thư thử nghiệm / Mail catcher</h1>
<p class="sub">${store.length} thư / message(s) — tự làm mới mỗi 5 giây / refreshes every 5 s</p>
${table}`,
    { refresh: true },
  );
}

function messagePage(m) {
  const headerRows = [
    ['Thời gian / Time', formatTime(m.receivedAt)],
    ['Từ / From', m.from],
    ['Đến / To', m.to.join(', ')],
    ['Tiêu đề / Subject', m.subject],
    ...Object.entries(m.headers),
  ]
    .map(([name, value]) => `<tr><th>${escapeHtml(name)}</th><td>${escapeHtml(value)}</td></tr>`)
    .join('\n');
  const html = m.html
    ? `<iframe sandbox srcdoc="${escapeHtml(m.html)}" title="HTML"></iframe>`
    : '<p class="empty">Không có phần HTML. / No HTML body.</p>';
  return page(
    `${m.subject || '(no subject)'} — Hộp thư thử nghiệm / Mail catcher`,
    `<p><a href="/">← Hộp thư / Inbox</a> · <a href="/api/messages/${escapeHtml(m.id)}">JSON</a></p>
<h1>${escapeHtml(m.subject || '(không có tiêu đề / no subject)')}</h1>
<table>
${headerRows}
</table>
<h2>HTML</h2>
${html}
<h2>Văn bản / Plain text</h2>
<pre>${escapeHtml(m.text)}</pre>`,
  );
}

function notFoundPage() {
  return page(
    'Không tìm thấy / Not found',
    '<h1>Không tìm thấy / Not found</h1>\n<p><a href="/">← Hộp thư / Inbox</a></p>',
  );
}
