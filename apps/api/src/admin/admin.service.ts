import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Scope } from '@dondoc/domain';
import { AuditLogRepository } from '@dondoc/persistence';
import { resolveStuckWorkflow, stuckWorkflows, TemporalClientService } from '@dondoc/temporal-client';
import { uuidFromKey } from '../common/ids';
import type { ResolvedWorkflowDto, ResolveStuckWorkflowDto, StuckWorkflowsDto } from './admin.dto';

/**
 * Workflows whose activities keep failing (more than three attempts): listed for an
 * administrator, and ended by one, with a reason, in the audit log. Failures retrying
 * cannot mend end on their own (apps/worker/src/activities/failures.ts); this is for
 * the rest, and for runs started before that existed.
 */
@Injectable()
export class AdminService {
  constructor(
    @Inject(TemporalClientService) private readonly temporal: TemporalClientService,
    @Inject(AuditLogRepository) private readonly auditLog: AuditLogRepository,
  ) {}

  async stuck(): Promise<StuckWorkflowsDto> {
    const items = await stuckWorkflows(this.temporal.client);
    return { items, total: items.length };
  }

  async resolve(scope: Scope, workflowId: string, dto: ResolveStuckWorkflowDto): Promise<ResolvedWorkflowDto> {
    const action = dto.action ?? 'terminate';
    const found = await resolveStuckWorkflow(
      this.temporal.client,
      workflowId,
      action,
      `${dto.reason} (${scope.username})`,
    );
    await this.auditLog.record({
      eventId: `admin:${workflowId}:${randomUUID()}`,
      ...auditEntity(workflowId),
      action: action === 'terminate' ? 'workflow.terminated' : 'workflow.cancelled',
      actor: scope.username,
      after: {
        reason: dto.reason,
        workflowId,
        runId: found.runId,
        workflowType: found.workflowType,
        activities: found.activities,
      },
    });
    return { ...found, action, reason: dto.reason };
  }
}

/** What the workflow is about: a directive, task… named in its id (`directive:<uuid>`), or the workflow itself. */
function auditEntity(workflowId: string): { entityType: string; entityId: string } {
  const match = /^([a-z-]+):([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i.exec(workflowId);
  if (match) return { entityType: match[1]!, entityId: match[2]!.toLowerCase() };
  return { entityType: 'workflow', entityId: uuidFromKey(`workflow:${workflowId}`) };
}
