import type { EntityManager } from 'typeorm';
import { AuditEventEntity } from './entities';
import type { AuditPayload } from './entities/audit-event.entity';

export interface AuditRecord {
  eventId: string;
  entityType: string;
  entityId: string;
  action: string;
  actor: string;
  before?: AuditPayload | null;
  after?: AuditPayload | null;
}

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

/** Appends to the audit log; a second write of the same event id is ignored. */
export async function appendAudit(manager: EntityManager, records: AuditRecord[]): Promise<void> {
  await insertInChunks(
    manager,
    AuditEventEntity,
    records.map((record) => ({ ...record, before: record.before ?? null, after: record.after ?? null })),
  );
}
