/**
 * One shape for every printable table (the completion table, the rankings, the overdue
 * pack, a directive's history) and the choice of format: `?format=` first, else the
 * Accept header, else JSON. Writers in this folder turn it into XLSX, CSV or PDF as a
 * stream, row by row, so a large export never sits whole in memory.
 */
import type { ExportWords } from './labels';

/** html is the print view (print-view.writer.ts), asked for by `?format=html` only. */
export type ExportFormat = 'xlsx' | 'csv' | 'pdf' | 'html';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['xlsx', 'csv', 'pdf', 'html'];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
};

export type CellKind = 'index' | 'text' | 'count' | 'number' | 'rate' | 'date' | 'datetime';
export type Cell = string | number | Date | null;

export interface ReportColumn {
  key: string;
  header: string;
  kind: CellKind;
  /** Relative width (characters in XLSX, share of the page in PDF). */
  width?: number;
}

export interface ReportDoc {
  /** The reader's words (one language): headings, page numbers, dates. */
  words: ExportWords;
  /** A4 portrait unless the table is wide (more than six columns): then landscape. */
  layout?: 'portrait' | 'landscape';
  /** File name without extension (ASCII). */
  fileName: string;
  /** The issuing body (cơ quan ban hành), as printed top left. */
  issuer: string;
  /** Số ký hiệu of the report, e.g. "08-BC/TU"; printed "Số: …". */
  number: string | null;
  place: string | null;
  date: Date;
  timeZone: string;
  title: string;
  subtitle: string;
  columns: ReportColumn[];
  /** Rates are percentages (66.7 means 66.7 %). */
  rows: AsyncIterable<Record<string, Cell>> | Iterable<Record<string, Cell>>;
  total?: Record<string, Cell>;
  /** A closing paragraph (e.g. naming the units with overdue tasks). */
  closing?: string;
}

/** The format asked for: `?format=` wins over Accept; JSON (null) when neither names one. */
export function chosenFormat(query: string | undefined, accept: string | undefined): ExportFormat | null {
  if (query && (EXPORT_FORMATS as readonly string[]).includes(query)) return query as ExportFormat;
  const a = (accept ?? '').toLowerCase();
  if (a.includes('spreadsheetml')) return 'xlsx';
  if (a.includes('text/csv')) return 'csv';
  if (a.includes('application/pdf')) return 'pdf';
  return null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Formatters are built once per zone: building one per cell costs more than the rest of
 * an export row together (and its native memory outlives the garbage collector's view).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(key: string, build: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let found = formatters.get(key);
  if (!found) formatters.set(key, (found = build()));
  return found;
}
const RATE = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** The civil date of an instant in the zone, as a UTC midnight Date (what spreadsheets show as that day). */
export function civilDate(instant: Date, timeZone: string): Date {
  const [y, m, d] = formatter(
    `date:${timeZone}`,
    () => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }),
  )
    .format(instant)
    .split('-')
    .map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** dd/MM/yyyy in the zone (docs/domain-rules.md#language). */
export function ddMMyyyy(instant: Date, timeZone: string): string {
  const d = civilDate(instant, timeZone);
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/** dd/MM/yyyy HH:mm in the zone. */
export function ddMMyyyyHHmm(instant: Date, timeZone: string): string {
  const t = formatter(
    `time:${timeZone}`,
    () => new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
  ).format(instant);
  return `${ddMMyyyy(instant, timeZone)} ${t}`;
}

/** "Gia Lai, ngày 05 tháng 01 năm 2027", as official documents date themselves (in the reader's words). */
export function placeAndDate(place: string | null, date: Date, timeZone: string, words: ExportWords): string {
  const d = civilDate(date, timeZone);
  return words.dated(place, pad(d.getUTCDate()), pad(d.getUTCMonth() + 1), d.getUTCFullYear());
}

/** The page layout of a report: portrait A4, landscape when the table has more than six columns. */
export function pageLayout(doc: Pick<ReportDoc, 'layout' | 'columns'>): 'portrait' | 'landscape' {
  return doc.layout ?? (doc.columns.length > 6 ? 'landscape' : 'portrait');
}

/** A cell as text (CSV and PDF): dates dd/MM/yyyy, rates with a percent sign, empty for null. */
export function cellText(value: Cell, kind: CellKind, timeZone: string): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return kind === 'datetime' ? ddMMyyyyHHmm(value, timeZone) : ddMMyyyy(value, timeZone);
  if (kind === 'rate' && typeof value === 'number') return `${RATE.format(value)}%`;
  return String(value);
}

export async function* eachRow(rows: ReportDoc['rows']): AsyncIterable<Record<string, Cell>> {
  for await (const row of rows as AsyncIterable<Record<string, Cell>>) yield row;
}
