import ExcelJS from 'exceljs';
import { PDFParse } from 'pdf-parse';

/**
 * Calls every GET operation of the API's OpenAPI document with real ids in its path and
 * query, in every export format it offers, and hands back each answer as text (XLSX
 * unzipped cell by cell, PDF text extracted), so a test can search all of it. A route
 * added later is called without touching the test; a path parameter of a kind the crawler
 * has no ids for fails loudly instead of being skipped.
 */

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema?: { type?: string; enum?: string[]; format?: string; maximum?: number; default?: unknown };
}

export interface CrawlIds {
  /** Ids by the collection their path names: `directives`, `tasks`, `units`, `users`, … */
  byCollection: Record<string, string[]>;
  /** Values for query parameters by name (`directiveId`, `unitId`, `q`, …); one call each. */
  query: Record<string, string[]>;
}

export interface CrawlCall {
  operation: string;
  url: string;
}

export interface CrawlAnswer extends CrawlCall {
  status: number;
  contentType: string;
  text: string;
}

type Spec = { paths: Record<string, Record<string, { parameters?: Parameter[]; operationId?: string }>> };

const FORMATS_PARAM = 'format';
// Query parameters left at their defaults except these: paging wide, subtrees included.
const WIDE: Record<string, (p: Parameter) => string | undefined> = {
  limit: (p) => String(p.schema?.maximum ?? 500),
  subtree: () => 'true',
  role: () => 'any',
};

/** Every GET call to make: each operation × its path ids × its formats × its id filters. */
export function crawlPlan(spec: Spec, ids: CrawlIds): { calls: CrawlCall[]; operations: string[]; missing: string[] } {
  const calls: CrawlCall[] = [];
  const operations: string[] = [];
  const missing: string[] = [];
  for (const [template, methods] of Object.entries(spec.paths)) {
    const get = methods.get;
    if (!get) continue;
    const operation = `GET ${template}`;
    operations.push(operation);
    const params = get.parameters ?? [];
    const pathParams = params.filter((p) => p.in === 'path');
    let paths = [template];
    for (const param of pathParams) {
      const collection = collectionOf(template, param.name);
      const values = ids.byCollection[collection];
      if (!values?.length) {
        missing.push(`${operation}: no ids for {${param.name}} (${collection})`);
        paths = [];
        break;
      }
      paths = paths.flatMap((path) => values.map((value) => path.replace(`{${param.name}}`, value)));
    }
    const query = params.filter((p) => p.in === 'query');
    const base = new URLSearchParams();
    for (const param of query) {
      const wide = WIDE[param.name]?.(param);
      if (wide !== undefined) base.set(param.name, wide);
      else if (param.required) base.set(param.name, requiredValue(param));
    }
    const variants: URLSearchParams[] = [base];
    const format = query.find((p) => p.name === FORMATS_PARAM);
    for (const value of format?.schema?.enum ?? []) variants.push(withParam(base, FORMATS_PARAM, value));
    for (const param of query) {
      for (const value of ids.query[param.name] ?? []) variants.push(withParam(base, param.name, value));
    }
    for (const path of paths) {
      for (const variant of variants) {
        const qs = variant.toString();
        calls.push({ operation, url: `${path}${qs ? `?${qs}` : ''}` });
      }
    }
  }
  return { calls, operations, missing };
}

/** `/units/{id}/history` → `units`; `/reporting-cycles/{id}/rounds` → `reporting-cycles`. */
function collectionOf(template: string, name: string): string {
  const segments = template.split('/');
  const at = segments.indexOf(`{${name}}`);
  return segments[at - 1] ?? name;
}

function withParam(base: URLSearchParams, name: string, value: string): URLSearchParams {
  const next = new URLSearchParams(base);
  next.set(name, value);
  return next;
}

function requiredValue(param: Parameter): string {
  const schema = param.schema ?? {};
  if (schema.enum?.length) return schema.enum[0]!;
  if (schema.default !== undefined) return String(schema.default);
  if (schema.format === 'date') return new Date().toISOString().slice(0, 10);
  if (schema.format === 'date-time') return new Date().toISOString();
  if (schema.type === 'integer' || schema.type === 'number') return '1';
  if (schema.type === 'boolean') return 'true';
  return 'x';
}

/** One answer as searchable text: JSON and CSV as sent, XLSX cells, PDF text. */
export async function answerText(response: Response): Promise<{ contentType: string; text: string }> {
  const contentType = response.headers.get('content-type') ?? '';
  const bytes = Buffer.from(await response.arrayBuffer());
  if (contentType.includes('spreadsheetml')) {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const cells: string[] = [];
    book.eachSheet((sheet) => {
      cells.push(sheet.name);
      sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.text ?? cell.value ?? ''))));
    });
    return { contentType, text: cells.join('\n') };
  }
  if (contentType.includes('application/pdf')) {
    const { text } = await new PDFParse({ data: new Uint8Array(bytes) }).getText();
    // Lines wrap anywhere in a PDF table: search the text with its breaks taken out too.
    return { contentType, text: `${text}\n${text.replace(/\s+/g, '')}` };
  }
  return { contentType, text: bytes.toString('utf8') };
}

/** Runs the calls as one reader, a few at a time. */
export async function crawl(
  baseUrl: string,
  token: string,
  calls: CrawlCall[],
  concurrency = 4,
): Promise<CrawlAnswer[]> {
  const answers: CrawlAnswer[] = [];
  let next = 0;
  const worker = async () => {
    while (next < calls.length) {
      const call = calls[next++]!;
      const response = await fetch(`${baseUrl}${call.url}`, { headers: { authorization: `Bearer ${token}` } });
      answers.push({ ...call, status: response.status, ...(await answerText(response)) });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return answers;
}

/** The answers that hold any of the spies, with which. */
export function leaks(answers: CrawlAnswer[], spies: string[]): { url: string; status: number; spies: string[] }[] {
  return answers.flatMap((answer) => {
    const found = spies.filter((spy) => answer.text.includes(spy));
    return found.length ? [{ url: answer.url, status: answer.status, spies: found }] : [];
  });
}
