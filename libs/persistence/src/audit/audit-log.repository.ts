import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { appendAudit } from './audit-append';

/** Audit rows the API writes for what it only reads: reads of secret content. */
export class AuditLogRepository {
  constructor(private readonly db: DataSource) {}

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
