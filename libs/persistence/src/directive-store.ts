import type { DataSource, EntityManager } from 'typeorm';
import { AuditEventEntity, DirectiveEntity, TaskEntity } from './entities';
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

export async function findDirectiveWithTasks(dataSource: DataSource, id: string): Promise<DirectiveEntity | null> {
  return dataSource.getRepository(DirectiveEntity).findOne({
    where: { id },
    relations: { tasks: true },
    order: { tasks: { position: 'ASC' } },
  });
}

export { TaskEntity };
