import {
  CURSOR_INSTANT_SQL_FORMAT,
  TASK_STATUS_ORDER,
  type Confidentiality,
  type TaskSort,
  type TaskStatus,
} from '@dondoc/domain';

/**
 * Each sort's key: its expressions in order, the type each compares as, and the text the key
 * is read back as. Text keys compare in the "C" collation (bytes), so the merge of two pages
 * in JavaScript (mergeOnKey, on UTF-8 bytes) orders them as PostgreSQL did.
 */
const INSTANT_TEXT = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', '${CURSOR_INSTANT_SQL_FORMAT}')`;
const STATUS_RANK_SQL = `array_position(ARRAY[${TASK_STATUS_ORDER.map((s) => `'${s}'`).join(', ')}]::text[], t.status)`;
const DEADLINE_KEY = [
  { sql: 't.deadline', type: 'timestamptz', text: INSTANT_TEXT('t.deadline') },
  { sql: 't.id', type: 'uuid', text: 't.id::text' },
];
export const TASK_SORT_KEYS: Record<TaskSort, { sql: string; type: string; text: string }[]> = {
  deadline: DEADLINE_KEY,
  status: [{ sql: STATUS_RANK_SQL, type: 'int', text: `${STATUS_RANK_SQL}::text` }, ...DEADLINE_KEY],
  unit: [{ sql: 'lu.name COLLATE "C"', type: 'text', text: 'lu.name' }, ...DEADLINE_KEY],
  // The document's number first (25-KH/TU before 100-KH/TU; fixed width so the text orders as the number).
  directive: [
    { sql: 'd.doc_number', type: 'int', text: "lpad(d.doc_number::text, 10, '0')" },
    { sql: 'd.document_number COLLATE "C"', type: 'text', text: 'd.document_number' },
    ...DEADLINE_KEY,
  ],
  updated: [
    { sql: 't.updated_at', type: 'timestamptz', text: INSTANT_TEXT('t.updated_at') },
    { sql: 't.id', type: 'uuid', text: 't.id::text' },
  ],
};

/** One row of a task list: the task, its lead unit and its directive, as the list shows them. */
export interface TaskListRow {
  id: string;
  title: string;
  parentTaskId: string | null;
  depth: number;
  status: TaskStatus;
  deadline: Date;
  originalDeadline: Date;
  completedAt: Date | null;
  leadUnitId: string;
  leadUnitCode: string;
  leadUnitName: string;
  directiveId: string;
  documentNumber: string;
  directiveTitle: string;
  confidentiality: Confidentiality;
  reportingCycleId: string | null;
  periodKey: string | null;
}

/** A list row as read, with its lead unit's path and its sort key's parts as text. */
export type KeyedRow = TaskListRow & { leadUnitPath: string; sortKey: string[] };

/**
 * Pages in key order merged into one, each row once. The key's parts are text that orders
 * as PostgreSQL ordered the rows: instants fixed-width UTC, uuids their hex (PostgreSQL
 * orders uuids so), ranks one digit, names in the "C" collation, which is UTF-8 bytes.
 */
export function mergeOnKey<T extends { id: string; sortKey: readonly string[] }>(
  pages: T[][],
  order: 'asc' | 'desc' = 'asc',
): T[] {
  const seen = new Set<string>();
  const rows: T[] = [];
  const sign = order === 'desc' ? -1 : 1;
  for (const row of pages.flat().sort((a, b) => sign * compareKeys(a.sortKey, b.sortKey))) {
    if (seen.has(row.id)) continue;
    seen.add(row.id);
    rows.push(row);
  }
  return rows;
}

const compareKeys = (a: readonly string[], b: readonly string[]): number => {
  for (let i = 0; i < a.length; i++) {
    const byBytes = Buffer.compare(Buffer.from(a[i]!, 'utf8'), Buffer.from(b[i] ?? '', 'utf8'));
    if (byBytes !== 0) return byBytes;
  }
  return 0;
};
