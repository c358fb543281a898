import type { DataSource, EntityManager } from 'typeorm';

/** PostgreSQL's wire protocol allows 65,535 bind parameters per statement. */
const MAX_PARAMETERS = 60_000;

/** Inserts many rows in statements that stay under the bind-parameter limit; duplicates are ignored. */
export async function insertInChunks<T extends object>(
  manager: EntityManager,
  entity: new () => T,
  rows: object[],
): Promise<void> {
  if (rows.length === 0) return;
  const perRow = Math.max(1, Object.keys(rows[0]!).length);
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / perRow));
  for (let i = 0; i < rows.length; i += size) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(entity)
      .values(rows.slice(i, i + size))
      .orIgnore()
      .execute();
  }
}

/**
 * "Every term occurs in the column": one LIKE '%term%' per term, which the column's
 * trigram index (pg_trgm) answers. FALSE when there is no term.
 */
export function allTermsLike(column: string, terms: string[], prefix = 'term') {
  if (terms.length === 0) return { sql: 'FALSE', params: {} };
  const params = Object.fromEntries(terms.map((term, i) => [`${prefix}${i}`, `%${escapeLike(term)}%`]));
  return { sql: terms.map((_, i) => `${column} LIKE :${prefix}${i}`).join(' AND '), params };
}

export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The database's snapshot now (`pg_current_snapshot()`, "xmin:xmax:xip,…"): what a reader
 * compares with the snapshot a kept result was read at (`nothingEndedBetween` in
 * libs/domain) to know whether any transaction has ended since.
 */
export async function databaseSnapshot(dataSource: DataSource): Promise<string> {
  const [row] = (await dataSource.query('SELECT pg_current_snapshot()::text AS snapshot')) as { snapshot: string }[];
  return row!.snapshot;
}
