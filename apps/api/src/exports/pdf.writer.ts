import { dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import PDFDocument from 'pdfkit';
import { cellText, eachRow, placeAndDate, type Cell, type ReportDoc } from './report';

/** DejaVu Sans has every Vietnamese glyph (the PDF standard fonts have none of ă, ơ, ư, đ, ạ…). */
const FONT_DIR = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const REGULAR = join(FONT_DIR, 'DejaVuSans.ttf');
const BOLD = join(FONT_DIR, 'DejaVuSans-Bold.ttf');

const MARGIN = 36;
const FONT_SIZE = 8;

/**
 * The report as an official document (landscape A4): the issuing body and the number top
 * left, the national motto top right, place and date, the title, the table (header row
 * repeated on each page, total row in bold) and a closing paragraph. Rows are drawn as
 * they arrive; pdfkit writes finished pages to the stream.
 */
export async function writePdf(doc: ReportDoc, out: Writable): Promise<void> {
  const pdf = new PDFDocument({ size: 'A4', layout: 'landscape', margin: MARGIN, bufferPages: false });
  pdf.registerFont('regular', REGULAR);
  pdf.registerFont('bold', BOLD);
  pdf.pipe(out);
  const width = pdf.page.width - 2 * MARGIN;
  heading(pdf, doc, width);

  const weights = doc.columns.map(pdfWeight);
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => (w / sum) * width);
  const drawRow = (cells: string[], bold: boolean) => {
    pdf.font(bold ? 'bold' : 'regular').fontSize(FONT_SIZE);
    const height = Math.max(...cells.map((text, i) => pdf.heightOfString(text, { width: widths[i]! - 4 }))) + 6;
    if (pdf.y + height > pdf.page.height - MARGIN) {
      pdf.addPage();
      drawCells(headerCells, true);
    }
    drawCells(cells, bold, height);
  };
  const drawCells = (cells: string[], bold: boolean, height?: number) => {
    pdf.font(bold ? 'bold' : 'regular').fontSize(FONT_SIZE);
    const h = height ?? Math.max(...cells.map((text, i) => pdf.heightOfString(text, { width: widths[i]! - 4 }))) + 6;
    const y = pdf.y;
    let x = MARGIN;
    cells.forEach((text, i) => {
      pdf.rect(x, y, widths[i]!, h).stroke();
      pdf.text(text, x + 2, y + 3, {
        width: widths[i]! - 4,
        align: doc.columns[i]!.kind === 'text' ? 'left' : 'center',
      });
      x += widths[i]!;
    });
    pdf.x = MARGIN;
    pdf.y = y + h;
  };
  const headerCells = doc.columns.map((c) => c.header);
  drawCells(headerCells, true);
  const text = (row: Record<string, Cell>) =>
    doc.columns.map((c) => cellText(row[c.key] ?? null, c.kind, doc.timeZone));
  for await (const row of eachRow(doc.rows)) drawRow(text(row), false);
  if (doc.total) drawRow(text(doc.total), true);
  if (doc.closing) {
    pdf.moveDown();
    pdf.font('regular').fontSize(10).text(doc.closing, MARGIN, pdf.y, { width, align: 'justify' });
  }
  pdf.end();
  await finished(out);
}

/** Share of the page width: text columns by their XLSX width, numbers wide enough for a wrapped heading. */
function pdfWeight(c: ReportDoc['columns'][number]): number {
  if (c.kind === 'text') return (c.width ?? 40) / 10;
  return c.kind === 'index' ? 0.6 : c.kind === 'datetime' ? 1.8 : 1.5;
}

function heading(pdf: PDFKit.PDFDocument, doc: ReportDoc, width: number): void {
  const half = width / 2;
  const top = pdf.y;
  pdf.font('bold').fontSize(10).text(doc.issuer.toUpperCase(), MARGIN, top, { width: half, align: 'center' });
  pdf
    .font('regular')
    .fontSize(10)
    .text(`Số: ${doc.number ?? '……'}`, MARGIN, pdf.y + 2, { width: half, align: 'center' });
  const left = pdf.y;
  pdf
    .font('bold')
    .fontSize(10)
    .text('ĐẢNG CỘNG SẢN VIỆT NAM', MARGIN + half, top, { width: half, align: 'center' });
  pdf
    .font('regular')
    .fontSize(10)
    .text(placeAndDate(doc.place, doc.date, doc.timeZone), MARGIN + half, pdf.y + 2, { width: half, align: 'center' });
  pdf.y = Math.max(left, pdf.y) + 14;
  pdf.font('bold').fontSize(13).text(doc.title, MARGIN, pdf.y, { width, align: 'center' });
  pdf
    .font('regular')
    .fontSize(10)
    .text(doc.subtitle, MARGIN, pdf.y + 2, { width, align: 'center' });
  pdf.moveDown();
  pdf.x = MARGIN;
}
