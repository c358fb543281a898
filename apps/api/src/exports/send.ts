import { PassThrough } from 'node:stream';
import { Logger, StreamableFile } from '@nestjs/common';
import { writeCsv } from './csv.writer';
import { writePdf } from './pdf.writer';
import { writePrintView } from './print-view.writer';
import { CONTENT_TYPES, type Cell, type ExportFormat, type ReportDoc } from './report';
import { writeXlsx } from './xlsx.writer';

const WRITERS = { xlsx: writeXlsx, csv: writeCsv, pdf: writePdf, html: writePrintView } as const;
const logger = new Logger('Exports');

type TextFilter = (text: string) => string;

/**
 * A report to send as a file. Controllers return it; the content gate
 * (security/content-gate.ts) streams it with every text cell passed through the reader's
 * filter, so no export can leave without going through the one door for secret content.
 */
export class ReportFile {
  constructor(
    readonly doc: ReportDoc,
    readonly format: ExportFormat,
  ) {}

  /**
   * The report as a streamed attachment: the writer fills a pipe that Nest sends as it
   * fills, waiting when the client reads slowly (backpressure), so memory stays flat
   * whatever the number of rows.
   */
  stream(filter?: TextFilter): StreamableFile {
    const doc = filter ? filtered(this.doc, filter) : this.doc;
    const pipe = new PassThrough();
    WRITERS[this.format](doc, pipe).catch((error: unknown) => {
      logger.error(`export ${doc.fileName}.${this.format} failed: ${(error as Error).name}`);
      pipe.destroy(error as Error);
    });
    return new StreamableFile(pipe, {
      type: CONTENT_TYPES[this.format],
      disposition: `${this.format === 'html' ? 'inline' : 'attachment'}; filename="${doc.fileName}.${this.format}"`,
    });
  }
}

export function reportFile(doc: ReportDoc, format: ExportFormat): ReportFile {
  return new ReportFile(doc, format);
}

function filtered(doc: ReportDoc, filter: TextFilter): ReportDoc {
  const row = (cells: Record<string, Cell>) =>
    Object.fromEntries(
      Object.entries(cells).map(([key, cell]) => [key, typeof cell === 'string' ? filter(cell) : cell]),
    );
  const source = doc.rows;
  const rows: AsyncIterable<Record<string, Cell>> = {
    async *[Symbol.asyncIterator]() {
      for await (const cells of source) yield row(cells);
    },
  };
  return {
    ...doc,
    issuer: filter(doc.issuer),
    title: filter(doc.title),
    subtitle: filter(doc.subtitle),
    closing: doc.closing === undefined ? undefined : filter(doc.closing),
    rows,
    total: doc.total ? row(doc.total) : undefined,
  };
}
