import type { Writable } from 'node:stream';
import { once } from 'node:events';
import { cellText, eachRow, type ReportDoc } from './report';

/** Quotes a CSV field when it holds a separator, a quote or a line break (RFC 4180). */
export const csvField = (text: string): string => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/**
 * CSV in UTF-8 with a byte-order mark, so spreadsheet programs show Vietnamese: the header
 * row, the rows, the total row. Written row by row, waiting when the socket is full.
 */
export async function writeCsv(doc: ReportDoc, out: Writable): Promise<void> {
  const line = (cells: string[]) => `${cells.map(csvField).join(',')}\r\n`;
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(`\uFEFF${line(doc.columns.map((c) => c.header))}`);
  for await (const row of eachRow(doc.rows))
    await write(line(doc.columns.map((c) => cellText(row[c.key] ?? null, c.kind, doc.timeZone))));
  if (doc.total) await write(line(doc.columns.map((c) => cellText(doc.total![c.key] ?? null, c.kind, doc.timeZone))));
  out.end();
}
