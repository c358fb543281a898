import { ValidationError } from '@dondoc/domain';
import type { ImportRow } from '@dondoc/persistence';

/** RFC 4180 records: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): { line: number; fields: string[] }[] {
  const records: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  const input = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < input.length; i++) {
    const c = input[i]!;
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && input[i + 1] === '\n') i++;
      fields.push(field);
      if (fields.some((f) => f !== '')) records.push({ line: recordLine, fields });
      fields = [];
      field = '';
      line++;
      recordLine = line;
    } else field += c;
  }
  fields.push(field);
  if (fields.some((f) => f !== '')) records.push({ line: recordLine, fields });
  if (quoted)
    throw new ValidationError([
      { field: `line ${recordLine}`, message: `Dòng ${recordLine}: thiếu dấu " đóng / unterminated quote` },
    ]);
  return records;
}

const COLUMNS = ['code', 'name', 'kind', 'parentCode', 'headName', 'headEmail', 'headPhone'] as const;

/** Units from CSV with a header row naming at least code, name, kind (parentCode optional). */
export function unitsFromCsv(text: string): ImportRow[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new ValidationError([{ field: 'body', message: 'CSV rỗng / empty CSV' }]);
  const names = header.fields.map((name) => name.trim());
  const missing = ['code', 'name', 'kind'].filter((name) => !names.includes(name));
  if (missing.length) {
    throw new ValidationError([
      { field: 'line 1', message: `Dòng 1: thiếu cột ${missing.join(', ')} / header lacks ${missing.join(', ')}` },
    ]);
  }
  const index = Object.fromEntries(COLUMNS.map((column) => [column, names.indexOf(column)]));
  const cell = (fields: string[], column: (typeof COLUMNS)[number]) =>
    index[column]! >= 0 ? (fields[index[column]!] ?? '').trim() : '';
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
