import ExcelJS from 'exceljs';
import { PDFParse } from 'pdf-parse';

/** What a person's export must never show: ids, action codes, ISO instants, ISO durations, field names. */
export const RAW = {
  uuid: /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i,
  actionCode: /\b(?:task|directive|notice|unit|user)\.[a-z_]+\b/,
  isoInstant: /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/,
  isoDuration: /\bP(?:\d+D)?T\d+[HMS]\b|\bP\d+D\b/,
  fieldName: /\b(?:leadUnitId|unitId|reportId|deadline|phase|status):/,
};

/** Fails naming the first raw thing found. */
export function rawThingsIn(text: string): string[] {
  return Object.entries(RAW).flatMap(([name, pattern]) => {
    const found = pattern.exec(text);
    return found ? [`${name}: ${found[0]}`] : [];
  });
}

export async function pdfText(bytes: Buffer): Promise<string> {
  return (await new PDFParse({ data: new Uint8Array(bytes) }).getText()).text;
}

/** The size of every page (points), from the page dictionaries' MediaBox. */
export function pdfPageSizes(bytes: Buffer): { width: number; height: number }[] {
  return [...bytes.toString('latin1').matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => ({
    width: Math.round(Number(m[1])),
    height: Math.round(Number(m[2])),
  }));
}

/** Whether every word of every heading stands whole in the PDF's text (a heading wrapped mid-word would not). */
export function splitWords(text: string, headers: string[]): string[] {
  const tokens = new Set(text.split(/\s+/));
  return headers.flatMap((h) => h.split(/\s+/)).filter((word) => !tokens.has(word));
}

/** Every cell of the first sheet as text (dates as ISO would show up as strings only if written as strings). */
export async function xlsxStrings(bytes: Buffer): Promise<string[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const out: string[] = [];
  book.worksheets[0]!.eachRow((row) =>
    row.eachCell((cell) => {
      if (typeof cell.value === 'string') out.push(cell.value);
    }),
  );
  return out;
}

/** The CSV's header row (after the byte-order mark). */
export function csvHeader(bytes: Buffer): string {
  return bytes
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .split('\r\n')[0]!;
}
