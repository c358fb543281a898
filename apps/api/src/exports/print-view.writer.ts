import { createHash } from 'node:crypto';
import type { Writable } from 'node:stream';
import { once } from 'node:events';
import { cellText, eachRow, pageLayout, placeAndDate, type Cell, type ReportDoc } from './report';

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * The print view's one stylesheet, inline; the pages' Content-Security-Policy allows it by
 * its hash (security/http-security.ts), as the page opens as a blob of the web app.
 */
const PRINT_STYLE = (layout: 'portrait' | 'landscape'): string =>
  [
    `@page { size: A4 ${layout}; margin: 20mm 15mm 20mm 25mm; }`,
    'body { font-family: "Times New Roman", "DejaVu Serif", serif; font-size: 12pt; color: #000; margin: 16px; }',
    '.head { display: flex; justify-content: space-between; text-align: center; gap: 24px; }',
    '.head div { flex: 1; } .head strong { display: block; text-transform: uppercase; }',
    'h1 { font-size: 14pt; text-align: center; margin: 16px 0 4px; } .sub { text-align: center; margin: 0 0 12px; }',
    'table { width: 100%; border-collapse: collapse; font-size: 10pt; }',
    'th, td { border: 1px solid #000; padding: 3px 4px; vertical-align: top; overflow-wrap: normal; word-break: normal; hyphens: manual; }',
    'th { background: #eee; } td.n { text-align: center; white-space: nowrap; }',
    'thead { display: table-header-group; } tr { break-inside: avoid; page-break-inside: avoid; }',
    '.closing { margin-top: 12px; text-align: justify; }',
    '@media print { body { margin: 0; } th { background: none; } }',
  ].join('\n');

/** 'sha256-…' of each layout's stylesheet, for style-src. */
export const PRINT_STYLE_HASHES = (['portrait', 'landscape'] as const).map(
  (layout) => `'sha256-${createHash('sha256').update(PRINT_STYLE(layout)).digest('base64')}'`,
);

/**
 * The print view: the same report as a self-contained HTML page laid out for A4 (CSS
 * @page and @media print: margins, the header row repeated on each printed page, rows
 * never split across pages), in the reader's language. Opened from the dashboard's export
 * buttons; the browser's print dialog does the rest. No script, no outside resource.
 */
export async function writePrintView(doc: ReportDoc, out: Writable): Promise<void> {
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  const w = doc.words;
  const layout = pageLayout(doc);
  await write(
    [
      '<!doctype html>',
      `<html lang="${w.lang}">`,
      '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
      `<title>${escape(doc.title)}</title>`,
      `<style>${PRINT_STYLE(layout)}</style></head><body>`,
      '<div class="head">',
      `<div><strong>${escape(doc.issuer)}</strong>${escape(w.numberPrefix)}: ${escape(doc.number ?? '……')}</div>`,
      `<div><strong>${escape(w.motto)}</strong><em>${escape(placeAndDate(doc.place, doc.date, doc.timeZone, w))}</em></div>`,
      '</div>',
      `<h1>${escape(doc.title)}</h1>`,
      `<p class="sub">${escape(doc.subtitle)}</p>`,
      '<table><thead><tr>',
      ...doc.columns.map((c) => `<th scope="col">${escape(c.header)}</th>`),
      '</tr></thead><tbody>\n',
    ].join(''),
  );
  const cells = (row: Record<string, Cell>, tag: string) =>
    `<tr>${doc.columns
      .map(
        (c) =>
          `<${tag}${c.kind === 'text' ? '' : ' class="n"'}>${escape(cellText(row[c.key] ?? null, c.kind, doc.timeZone))}</${tag}>`,
      )
      .join('')}</tr>\n`;
  for await (const row of eachRow(doc.rows)) await write(cells(row, 'td'));
  if (doc.total) await write(cells(doc.total, 'th'));
  await write(`</tbody></table>${doc.closing ? `<p class="closing">${escape(doc.closing)}</p>` : ''}</body></html>\n`);
  out.end();
}
