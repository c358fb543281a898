import { ValidationError, msg } from '@dondoc/domain';
import type { ImportRow } from '@dondoc/persistence';
import { CsvError, parse } from 'csv-parse/sync';
import { textProblem } from '../common/input-boundary';

/**
 * RFC 4180 records (csv-parse): quoted fields may hold commas, quotes ("") and line
 * breaks. Each record keeps the line it starts on, so errors can name it. Line endings
 * are made \n first: csv-parse counts a \r\n inside quotes as two lines.
 */
export function parseCsv(text: string): { line: number; fields: string[] }[] {
  const input = text.replace(/\r\n?/g, '\n');
  const records: { line: number; fields: string[] }[] = [];
  let lastEnd = 0;
  try {
    parse(input, {
      bom: true,
      relax_column_count: true,
      // Like a spreadsheet: a quote inside an unquoted field is just a character.
      relax_quotes: true,
      skip_records_with_empty_values: true,
      // context.lines is the line a record ends on; its quoted line breaks come before.
      on_record: (fields, { lines }) => {
        lastEnd = lines;
        records.push({ line: lines - fields.join('').split('\n').length + 1, fields });
        return null;
      },
    });
    return records;
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = error.code === 'CSV_QUOTE_NOT_CLOSED' ? firstLineAfter(input, lastEnd) : (error.lines ?? 1);
    const reason =
      error.code === 'CSV_QUOTE_NOT_CLOSED'
        ? msg('units.unterminatedQuote')
        : msg('units.message', { message: error.message });
    throw new ValidationError([
      { field: `line ${line}`, message: msg('units.lineProblem', { line: Number(line), why: reason }) },
    ]);
  }
}

/** The first non-blank line after line `end`: where a record left open began. */
function firstLineAfter(input: string, end: number): number {
  const lines = input.split('\n');
  let line = end + 1;
  while (line < lines.length && lines[line - 1]!.trim() === '') line++;
  return line;
}

const COLUMNS = ['code', 'name', 'kind', 'parentCode', 'headName', 'headEmail', 'headPhone'] as const;

/** Units from CSV with a header row naming at least code, name, kind (parentCode optional). */
export function unitsFromCsv(text: string): ImportRow[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new ValidationError([{ field: 'body', message: msg('units.emptyCsv') }]);
  const names = header.fields.map((name) => name.trim());
  const missing = ['code', 'name', 'kind'].filter((name) => !names.includes(name));
  if (missing.length) {
    throw new ValidationError([
      { field: 'line 1', message: msg('units.headerLacks', { missing: missing.join(', ') }) },
    ]);
  }
  const index = Object.fromEntries(COLUMNS.map((column) => [column, names.indexOf(column)]));
  const cell = (fields: string[], column: (typeof COLUMNS)[number]) =>
    index[column]! >= 0 ? (fields[index[column]!] ?? '').trim() : '';
  // Every cell is a name or a code: one line, no control characters (the input boundary's rule).
  const problems = rows.flatMap(({ line, fields }) =>
    COLUMNS.flatMap((column) => {
      const why = textProblem(cell(fields, column));
      return why ? [{ field: `line ${line}: ${column}`, message: msg('units.lineCell', { line, column, why }) }] : [];
    }),
  );
  if (problems.length) throw new ValidationError(problems);
  return rows.map(({ line, fields }) => ({
    line,
    code: cell(fields, 'code'),
    name: cell(fields, 'name'),
    kind: cell(fields, 'kind'),
    parentCode: cell(fields, 'parentCode') || null,
    headName: cell(fields, 'headName') || null,
    headEmail: cell(fields, 'headEmail') || null,
    headPhone: cell(fields, 'headPhone') || null,
  }));
}
