import type { DataSource } from 'typeorm';
import { alreadyRecorded, appendAudit } from '../audit/audit-append';
import { ExplanationRequestEntity } from '../entities';
import type { RecordExplanationAnswer, RecordExplanationRequest } from '@dondoc/workflow-contract';

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

  get(id: string): Promise<ExplanationRequestEntity | null> {
    return this.db.getRepository(ExplanationRequestEntity).findOneBy({ id });
  }

  ofTask(taskId: string): Promise<ExplanationRequestEntity[]> {
    return this.db.getRepository(ExplanationRequestEntity).find({ where: { taskId }, order: { requestedAt: 'ASC' } });
  }
}
