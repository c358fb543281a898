import type { DataSource } from 'typeorm';
import { alreadyRecorded, appendAudit } from '../audit/audit-append';
import { ExplanationRequestEntity } from '../entities';
import type {
  RecordExplanationAnswer,
  RecordExplanationHandOver,
  RecordExplanationRequest,
} from '@dondoc/workflow-contract';

/**
 * Explanation requests (yêu cầu giải trình): written by the explanation workflow's
 * activities, each change with its audit row on the task (so it is in the task's and the
 * directive's history), keyed by the workflow's deterministic event id.
 */
export class ExplanationsRepository {
  constructor(private readonly db: DataSource) {}

  async recordRequest(input: RecordExplanationRequest): Promise<void> {
    await this.db.transaction(async (manager) => {
      if (await alreadyRecorded(manager, input.eventId)) return;
      await manager.insert(ExplanationRequestEntity, {
        id: input.explanationId,
        taskId: input.taskId,
        unitId: input.unitId,
        requestingUnitId: input.requestingUnitId,
        requestedBy: input.actor,
        requestedAt: new Date(input.requestedAt),
        dueAt: new Date(input.dueAt),
        workingDays: input.workingDays,
        note: input.note,
        status: 'open',
        answeredBy: null,
        answeredAt: null,
        reasonCategory: null,
        answer: null,
      });
      await appendAudit(manager, [
        {
          eventId: input.eventId,
          entityType: 'task',
          entityId: input.taskId,
          action: 'task.explanation_requested',
          actor: input.actor,
          before: null,
          after: {
            explanationId: input.explanationId,
            unitId: input.unitId,
            dueAt: input.dueAt,
            workingDays: input.workingDays,
            note: input.note,
          },
        },
      ]);
    });
  }

  async recordAnswer(input: RecordExplanationAnswer): Promise<void> {
    await this.db.transaction(async (manager) => {
      if (await alreadyRecorded(manager, input.eventId)) return;
      const request = await manager.findOneByOrFail(ExplanationRequestEntity, { id: input.explanationId });
      await manager.update(
        ExplanationRequestEntity,
        { id: input.explanationId },
        {
          status: 'answered',
          answeredBy: input.actor,
          answeredAt: new Date(input.answeredAt),
          reasonCategory: input.reasonCategory,
          answer: input.answer,
        },
      );
      await appendAudit(manager, [
        {
          eventId: input.eventId,
          entityType: 'task',
          entityId: request.taskId,
          action: 'task.explanation_answered',
          actor: input.actor,
          before: { explanationId: input.explanationId, status: 'open' },
          after: {
            explanationId: input.explanationId,
            status: 'answered',
            reasonCategory: input.reasonCategory,
            answer: input.answer,
          },
        },
      ]);
    });
  }

  /**
   * A deactivated unit's roles in an open request pass to its successor (docs/decisions/0042):
   * the row's units and one audit row on the task, once per event id. From then on the
   * API lets the successor answer (it reads `unit_id`).
   */
  async recordHandOver(input: RecordExplanationHandOver): Promise<void> {
    await this.db.transaction(async (manager) => {
      if (await alreadyRecorded(manager, input.eventId)) return;
      const request = await manager.findOneByOrFail(ExplanationRequestEntity, { id: input.explanationId });
      await manager.update(
        ExplanationRequestEntity,
        { id: input.explanationId },
        { unitId: input.unitId, requestingUnitId: input.requestingUnitId },
      );
      await appendAudit(manager, [
        {
          eventId: input.eventId,
          entityType: 'task',
          entityId: request.taskId,
          action: 'task.explanation_handed_over',
          actor: input.actor,
          before: {
            explanationId: input.explanationId,
            unitId: request.unitId,
            requestingUnitId: request.requestingUnitId,
          },
          after: {
            explanationId: input.explanationId,
            unitId: input.unitId,
            requestingUnitId: input.requestingUnitId,
            roles: input.roles.join(','),
            reason: input.reason,
          },
        },
      ]);
    });
  }

  /**
   * A page of the open requests that name the unit (asked or requesting), by id after
   * `after`: what a deactivation hands over to the successor.
   */
  async openNaming(unitId: string, after: string | null, limit: number): Promise<{ id: string }[]> {
    return this.db.query(
      `SELECT e.id FROM explanation_requests e
        WHERE e.status = 'open' AND (e.unit_id = $1 OR e.requesting_unit_id = $1)
          AND ($2::uuid IS NULL OR e.id > $2::uuid)
        ORDER BY e.id LIMIT $3`,
      [unitId, after, limit],
    );
  }

  get(id: string): Promise<ExplanationRequestEntity | null> {
    return this.db.getRepository(ExplanationRequestEntity).findOneBy({ id });
  }

  ofTask(taskId: string): Promise<ExplanationRequestEntity[]> {
    return this.db.getRepository(ExplanationRequestEntity).find({ where: { taskId }, order: { requestedAt: 'ASC' } });
  }
}
