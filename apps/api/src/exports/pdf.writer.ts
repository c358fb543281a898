import { dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import PDFDocument from 'pdfkit';
import { cellText, eachRow, pageLayout, placeAndDate, type Cell, type ReportDoc } from './report';

/** DejaVu Sans has every Vietnamese glyph (the PDF standard fonts have none of ă, ơ, ư, đ, ạ…). */
const FONT_DIR = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const REGULAR = join(FONT_DIR, 'DejaVuSans.ttf');
const BOLD = join(FONT_DIR, 'DejaVuSans-Bold.ttf');

/** Margins of an official document on A4 (points): 2 cm top and bottom, 2.5 cm left (binding), 1.5 cm right. */
const MARGINS = { top: 57, bottom: 57, left: 71, right: 43 };
const FONT_SIZE = 8;
const MIN_HEADER_FONT_SIZE = 5.5;
const PAD = 2;
/** Room kept above the bottom margin for "Trang 1/3". */
const FOOTER = 14;

/**
 * The report as an official document on A4 (portrait, landscape for a wide table): the
 * issuing body and the number top left, the national motto top right, place and date, the
 * title, the table (header row repeated on each page, total row in bold), a closing
 * paragraph and "Trang n/N" at the foot of every page. Table headings wrap at spaces only:
 * a heading whose longest word does not fit its column is set smaller until it does.
 * Pages are kept until the end (bufferPages) so each can carry the page count.
 */
export async function writePdf(doc: ReportDoc, out: Writable): Promise<void> {
  const pdf = new PDFDocument({ size: 'A4', layout: pageLayout(doc), margins: MARGINS, bufferPages: true });
  pdf.registerFont('regular', REGULAR);
  pdf.registerFont('bold', BOLD);
  pdf.pipe(out);
  const left = MARGINS.left;
  const width = pdf.page.width - MARGINS.left - MARGINS.right;
  heading(pdf, doc, width);

  const weights = doc.columns.map(pdfWeight);
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => (w / sum) * width);
  const headerCells = doc.columns.map((c) => c.header);
  const headerSize = headerFontSize(pdf, headerCells, widths);
  const bottom = () => pdf.page.height - MARGINS.bottom - FOOTER;

  const rowHeight = (cells: string[]) =>
    Math.max(...cells.map((text, i) => pdf.heightOfString(text, { width: widths[i]! - 2 * PAD }))) + 6;
  const drawCells = (cells: string[], font: 'regular' | 'bold', size: number) => {
    pdf.font(font).fontSize(size);
    const h = rowHeight(cells);
    const y = pdf.y;
    let x = left;
    cells.forEach((text, i) => {
      pdf.rect(x, y, widths[i]!, h).stroke();
      pdf.text(text, x + PAD, y + 3, {
        width: widths[i]! - 2 * PAD,
        align: doc.columns[i]!.kind === 'text' && font === 'regular' ? 'left' : 'center',
      });
      x += widths[i]!;
    });
    pdf.x = left;
    pdf.y = y + h;
  };
  const drawHeader = () => drawCells(headerCells, 'bold', headerSize);
  const drawRow = (cells: string[], bold: boolean) => {
    pdf.font(bold ? 'bold' : 'regular').fontSize(FONT_SIZE);
    if (pdf.y + rowHeight(cells) > bottom()) {
      pdf.addPage();
      drawHeader();
    }
    drawCells(cells, bold ? 'bold' : 'regular', FONT_SIZE);
  };
  drawHeader();
  const text = (row: Record<string, Cell>) =>
    doc.columns.map((c) => cellText(row[c.key] ?? null, c.kind, doc.timeZone));
  for await (const row of eachRow(doc.rows)) drawRow(text(row), false);
  if (doc.total) drawRow(text(doc.total), true);
  if (doc.closing) {
    pdf.moveDown();
    pdf.font('regular').fontSize(10);
    if (pdf.y + pdf.heightOfString(doc.closing, { width }) > bottom()) pdf.addPage();
    pdf.text(doc.closing, left, pdf.y, { width, align: 'justify' });
  }
  pageNumbers(pdf, doc);
  pdf.end();
  await finished(out);
}

/** The largest size (at most the body's) at which every heading's longest word fits its column. */
export function headerFontSize(pdf: PDFKit.PDFDocument, headers: string[], widths: number[]): number {
  pdf.font('bold');
  for (let size = FONT_SIZE; size > MIN_HEADER_FONT_SIZE; size -= 0.25) {
    pdf.fontSize(size);
    // pdfkit measures a word with the space after it when it wraps: so must we.
    const fits = headers.every((h, i) =>
      h.split(/\s+/).every((word) => pdf.widthOfString(`${word} `) <= widths[i]! - 2 * PAD),
    );
    if (fits) return size;
  }
  return MIN_HEADER_FONT_SIZE;
}

/** "Trang n/N" (or "Page n of N") centred under each page's text. */
function pageNumbers(pdf: PDFKit.PDFDocument, doc: ReportDoc): void {
  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    pdf.switchToPage(i);
    const bottomMargin = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0; // writing below the margin must not open a new page
    pdf
      .font('regular')
      .fontSize(8)
      .text(doc.words.page(i + 1, range.count), MARGINS.left, pdf.page.height - bottomMargin - FOOTER + 4, {
        width: pdf.page.width - MARGINS.left - MARGINS.right,
        align: 'center',
        lineBreak: false,
      });
    pdf.page.margins.bottom = bottomMargin;
  }
}

/** Share of the page width: text columns by their XLSX width, numbers wide enough for a wrapped heading. */
function pdfWeight(c: ReportDoc['columns'][number]): number {
  if (c.kind === 'text') return (c.width ?? 40) / 10;
  return c.kind === 'index' ? 0.6 : c.kind === 'datetime' ? 1.8 : 1.5;
}

function heading(pdf: PDFKit.PDFDocument, doc: ReportDoc, width: number): void {
  const left = MARGINS.left;
  const half = width / 2;
  const top = pdf.y;
  pdf.font('bold').fontSize(10).text(doc.issuer.toUpperCase(), left, top, { width: half, align: 'center' });
  pdf
    .font('regular')
    .fontSize(10)
    .text(`${doc.words.numberPrefix}: ${doc.number ?? '……'}`, left, pdf.y + 2, { width: half, align: 'center' });
  const leftBottom = pdf.y;
  pdf
    .font('bold')
    .fontSize(10)
    .text(doc.words.motto, left + half, top, { width: half, align: 'center' });
  pdf
    .font('regular')
    .fontSize(10)
    .text(placeAndDate(doc.place, doc.date, doc.timeZone, doc.words), left + half, pdf.y + 2, {
      width: half,
      align: 'center',
    });
  pdf.y = Math.max(leftBottom, pdf.y) + 14;
  pdf.font('bold').fontSize(13).text(doc.title, left, pdf.y, { width, align: 'center' });
  pdf
    .font('regular')
    .fontSize(10)
    .text(doc.subtitle, left, pdf.y + 2, { width, align: 'center' });
  pdf.moveDown();
  pdf.x = left;
}
