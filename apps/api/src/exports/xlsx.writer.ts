import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { offsetMinutes } from '@dondoc/domain';
import { civilDate, eachRow, pageLayout, placeAndDate, type Cell, type ReportColumn, type ReportDoc } from './report';

const NUM_FMT: Partial<Record<ReportColumn['kind'], string>> = {
  rate: '0.0%',
  date: 'dd/mm/yyyy',
  datetime: 'dd/mm/yyyy hh:mm',
  count: '#,##0',
};

/** A cell's value in the sheet: rates as fractions (shown as percentages), dates as that day. */
function sheetValue(value: Cell, column: ReportColumn, timeZone: string): Cell {
  if (value === null || value === undefined) return null;
  if (column.kind === 'rate' && typeof value === 'number') return value / 100;
  if (value instanceof Date && column.kind === 'date') return civilDate(value, timeZone);
  if (value instanceof Date) return new Date(value.getTime() + tzOffsetMs(value, timeZone));
  return value;
}

/** Spreadsheets have no zones: a date-time is written as the wall clock of the zone. */
const tzOffsetMs = (instant: Date, timeZone: string): number => offsetMinutes(instant, timeZone) * 60_000;

/**
 * XLSX with the streaming WorkbookWriter: the title and the place and date above, then
 * the bold header row (frozen), the rows (each committed as written, so memory stays
 * flat), the total row in bold. Dates dd/MM/yyyy, rates as percentages.
 */
export async function writeXlsx(doc: ReportDoc, out: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const headerRow = 4;
  const sheet = workbook.addWorksheet(doc.words.sheetName, {
    views: [{ state: 'frozen', ySplit: headerRow }],
    // Printed on A4 (paper size 9), the header row repeated on each printed page.
    pageSetup: { paperSize: 9, orientation: pageLayout(doc), fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;
  sheet.columns = doc.columns.map((c) => ({
    key: c.key,
    width: c.width ?? (c.kind === 'text' ? 40 : 14),
    style: NUM_FMT[c.kind] ? { numFmt: NUM_FMT[c.kind] } : {},
  }));
  sheet.getRow(1).values = [doc.issuer, ...(doc.number ? [`${doc.words.numberPrefix}: ${doc.number}`] : [])];
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  sheet.getRow(2).values = [doc.title];
  sheet.getRow(2).font = { bold: true, size: 13 };
  sheet.getRow(2).commit();
  sheet.getRow(3).values = [`${doc.subtitle} — ${placeAndDate(doc.place, doc.date, doc.timeZone, doc.words)}`];
  sheet.getRow(3).commit();
  const header = sheet.getRow(headerRow);
  header.values = doc.columns.map((c) => c.header);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  header.commit();
  for await (const row of eachRow(doc.rows)) {
    sheet
      .addRow(Object.fromEntries(doc.columns.map((c) => [c.key, sheetValue(row[c.key] ?? null, c, doc.timeZone)])))
      .commit();
  }
  if (doc.total) {
    const total = sheet.addRow(
      Object.fromEntries(doc.columns.map((c) => [c.key, sheetValue(doc.total![c.key] ?? null, c, doc.timeZone)])),
    );
    total.font = { bold: true };
    total.commit();
  }
  if (doc.closing) sheet.addRow([doc.closing]).commit();
  sheet.commit();
  await workbook.commit();
}
