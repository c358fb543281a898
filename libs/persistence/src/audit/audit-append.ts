import type { EntityManager } from 'typeorm';
import { AuditEventEntity } from '../entities';
import type { AuditPayload } from '../entities/audit-event.entity';
import { insertInChunks, insertJson } from '../sql';

const AUDIT_COLUMNS = {
  event_id: 'text',
  entity_type: 'text',
  entity_id: 'uuid',
  action: 'text',
  actor: 'text',
  before: 'jsonb',
  after: 'jsonb',
};

/**
 * The audit log's helpers, in one place. Every row has a deterministic event id
 * (workflow id + event, see auditEventId in libs/workflow-contract): a retried
 * activity finds its row and writes nothing twice.
 */
export interface AuditRecord {
  eventId: string;
  entityType: string;
  entityId: string;
  action: string;
  actor: string;
  before?: AuditPayload | null;
  after?: AuditPayload | null;
}

/** From this many rows on, the log is appended as JSON (insertJson): a national directive writes tens of thousands. */
const BULK = 200;

/** Appends to the audit log; a second write of the same event id is ignored. */
export async function appendAudit(manager: EntityManager, records: AuditRecord[]): Promise<void> {
  if (records.length >= BULK) {
    await insertJson(
      manager,
      'audit_events',
      AUDIT_COLUMNS,
      records.map((r) => ({
        event_id: r.eventId,
        entity_type: r.entityType,
        entity_id: r.entityId,
        action: r.action,
        actor: r.actor,
        before: r.before ?? null,
        after: r.after ?? null,
      })),
    );
    return;
  }
  await insertInChunks(
    manager,
    AuditEventEntity,
    records.map((record) => ({ ...record, before: record.before ?? null, after: record.after ?? null })),
  );
}

/** Whether the change with this event id is already written (its audit row is the proof). */
export async function alreadyRecorded(manager: EntityManager, eventId: string): Promise<boolean> {
  const rows: unknown[] = await manager.query('SELECT 1 FROM audit_events WHERE event_id = $1', [eventId]);
  return rows.length > 0;
}
