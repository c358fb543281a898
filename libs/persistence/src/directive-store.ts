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

/** Appends to the audit log; a second write of the same event id is ignored. */
export async function appendAudit(manager: EntityManager, records: AuditRecord[]): Promise<void> {
  if (records.length === 0) return;
  await manager
    .createQueryBuilder()
    .insert()
    .into(AuditEventEntity)
    .values(records.map((record) => ({ ...record, before: record.before ?? null, after: record.after ?? null })))
    .orIgnore()
    .execute();
}
