import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { appendAudit, type AuditRecord } from './audit-append';

/** Audit rows written outside a domain write: reads of secret content, administrators' actions, refusals. */
export class AuditLogRepository {
  constructor(private readonly db: DataSource) {}

  /** One audit row on its own (a second write of the same event id is ignored). */
  async record(record: AuditRecord): Promise<void> {
    await this.db.transaction((manager) => appendAudit(manager, [record]));
  }

  /** One row per read: who opened which secret directive's content, and through what. */
  async recordSecretRead(actor: string, directiveId: string, via: { taskId?: string }): Promise<void> {
    await this.db.transaction((manager) =>
      appendAudit(manager, [
        {
          eventId: `read:${directiveId}:${randomUUID()}`,
          entityType: 'directive',
          entityId: directiveId,
          action: 'directive.secret_read',
          actor,
          after: via.taskId ? { taskId: via.taskId } : null,
        },
      ]),
    );
  }
}
