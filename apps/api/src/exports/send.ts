import { PassThrough } from 'node:stream';
import { Logger, StreamableFile } from '@nestjs/common';
import { writeCsv } from './csv.writer';
import { writePdf } from './pdf.writer';
import { CONTENT_TYPES, type ExportFormat, type ReportDoc } from './report';
import { writeXlsx } from './xlsx.writer';

const WRITERS = { xlsx: writeXlsx, csv: writeCsv, pdf: writePdf } as const;
const logger = new Logger('Exports');

/**
 * The report as a streamed attachment: the writer fills a pipe that Nest sends as it
 * fills, waiting when the client reads slowly (backpressure), so memory stays flat
 * whatever the number of rows.
 */
export function reportFile(doc: ReportDoc, format: ExportFormat): StreamableFile {
  const pipe = new PassThrough();
  WRITERS[format](doc, pipe).catch((error: unknown) => {
    logger.error(`export ${doc.fileName}.${format} failed: ${(error as Error).stack ?? String(error)}`);
    pipe.destroy(error as Error);
  });
  return new StreamableFile(pipe, {
    type: CONTENT_TYPES[format],
    disposition: `attachment; filename="${doc.fileName}.${format}"`,
  });
}
