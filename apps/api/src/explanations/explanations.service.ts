import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  ConflictError,
  ForbiddenError,
  LATENESS_REASON_LABELS,
  LATENESS_REASONS,
  NotFoundError,
  toZonedIso,
  type Scope,
  msg,
} from '@dondoc/domain';
import { AppConfig } from '@dondoc/config';
import { CalendarRepository, ExplanationsRepository, TasksRepository } from '@dondoc/persistence';
import { answerExplanation, startExplanation, TemporalClientService } from '@dondoc/temporal-client';
import type { ExplanationRequestEntity } from '@dondoc/persistence';
import type { AnswerExplanationDto, RequestExplanationDto } from './dto/explanation.dto';
import type {
  ExplanationAnsweredDto,
  ExplanationDto,
  ExplanationRequestedDto,
  ReasonDto,
} from './dto/explanation.response';

/**
 * Explanation requests (yêu cầu giải trình, docs/statistics.md): the assigning side asks
 * the lead unit of a late task to explain within N working days; the explanation
 * workflow records the request, reminds and escalates; the unit answers with a reason
 * category. Request and answer are audit rows on the task (its history) and show in the
 * overdue pack.
 */
@Injectable()
export class ExplanationsService {
  constructor(
    @Inject(TasksRepository) private readonly tasks: TasksRepository,
    @Inject(ExplanationsRepository) private readonly explanations: ExplanationsRepository,
    @Inject(CalendarRepository) private readonly calendars: CalendarRepository,
    @Inject(TemporalClientService) private readonly temporal: TemporalClientService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  reasons(): ReasonDto[] {
    return LATENESS_REASONS.map((code) => ({ code, label: LATENESS_REASON_LABELS[code] }));
  }

  async request(
    scope: Scope,
    taskId: string,
    dto: RequestExplanationDto,
    now = new Date(),
    explanationId: string = randomUUID(),
  ): Promise<ExplanationRequestedDto> {
    const task = await this.tasks.find(scope, taskId);
    if (!task.assigningUnit.path.startsWith(scope.unitPath)) {
      throw new ForbiddenError(msg('explanations.onlyTheAssigningSide'), [
        { field: 'id', message: task.assigningUnit.code },
      ]);
    }
    const late =
      task.status === 'overdue' ||
      (task.status === 'assigned' && task.deadline.getTime() < now.getTime()) ||
      (task.status === 'completed' && task.completedAt !== null && task.completedAt > task.deadline);
    if (!late) {
      throw new ConflictError(msg('explanations.theTaskIsNotLate'), [{ field: 'id', message: task.status }]);
    }
    const year = now.getFullYear();
    const calendar = await this.calendars.calendar([year, year + 1], this.config.timezone);
    const workingDays = dto.workingDays ?? 3;
    const dueAt = calendar.deadlineAfterWorkingDays(now, workingDays);
    // A given id (a bulk request's, from its Idempotency-Key) already started: the same request, replayed.
    const started = await startExplanation(this.temporal.client, this.temporal.taskQueue, {
      explanationId,
      taskId,
      unitId: task.leadUnitId,
      requestingUnitId: scope.unitId,
      actor: scope.username,
      requestedAt: now.toISOString(),
      dueAt: dueAt.toISOString(),
      workingDays,
      note: dto.note,
      reminderPolicy: task.reminderPolicy,
      escalationPolicy: task.escalationPolicy,
      calendar: calendar.toData(),
    }).then(
      () => true,
      (error: unknown) => {
        if ((error as Error).name === 'WorkflowExecutionAlreadyStartedError') return false;
        throw error;
      },
    );
    const due = started ? dueAt : ((await this.explanations.get(explanationId))?.dueAt ?? dueAt);
    return { explanationId, taskId, unitId: task.leadUnitId, dueAt: toZonedIso(due, this.config.timezone) };
  }

  /** Only the unit asked answers, once. */
  async answer(scope: Scope, explanationId: string, dto: AnswerExplanationDto): Promise<ExplanationAnsweredDto> {
    const request = await this.explanations.get(explanationId);
    if (!request) throw new NotFoundError(msg('nouns.explanationRequest'), explanationId);
    await this.tasks.find(scope, request.taskId);
    if (scope.unitId !== request.unitId) {
      throw new ForbiddenError(msg('explanations.onlyTheUnitAsked'), [{ field: 'id', message: request.unitId }]);
    }
    if (request.status !== 'open')
      throw new ConflictError(msg('explanations.alreadyAnswered'), [{ field: 'id', message: explanationId }]);
    const state = await answerExplanation(this.temporal.client, explanationId, {
      actor: scope.username,
      reasonCategory: dto.reasonCategory,
      answer: dto.answer,
    });
    return { explanationId, status: state.status, answeredAt: state.answeredAt };
  }

  async ofTask(scope: Scope, taskId: string): Promise<ExplanationDto[]> {
    await this.tasks.find(scope, taskId);
    return (await this.explanations.ofTask(taskId)).map((e) => this.view(e));
  }

  private view(e: ExplanationRequestEntity): ExplanationDto {
    const tz = this.config.timezone;
    const reason = e.reasonCategory as keyof typeof LATENESS_REASON_LABELS | null;
    return {
      id: e.id,
      taskId: e.taskId,
      unitId: e.unitId,
      requestingUnitId: e.requestingUnitId,
      requestedBy: e.requestedBy,
      requestedAt: toZonedIso(e.requestedAt, tz),
      dueAt: toZonedIso(e.dueAt, tz),
      workingDays: e.workingDays,
      note: e.note,
      status: e.status,
      answeredBy: e.answeredBy,
      answeredAt: e.answeredAt ? toZonedIso(e.answeredAt, tz) : null,
      reason: reason ? { code: reason, label: LATENESS_REASON_LABELS[reason] ?? { vi: reason, en: reason } } : null,
      answer: e.answer,
    };
  }
}
