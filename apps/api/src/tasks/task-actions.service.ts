import { Inject, Injectable } from '@nestjs/common';
import {
  extensionDeadlineProblem,
  ForbiddenError,
  NotFoundError,
  ValidationError,
  type Scope,
  msg,
} from '@dondoc/domain';
import { TaskDriverRepository, takeOverFrom, TaskWorkflowInputs, TasksRepository } from '@dondoc/persistence';
import { TemporalClientService, updateTask } from '@dondoc/temporal-client';
import {
  acknowledgeTaskUpdate,
  decideExtensionUpdate,
  requestExtensionUpdate,
  reviewReportUpdate,
  submitReportUpdate,
} from '@dondoc/workflow-contract';
import type {
  AcknowledgedDto,
  ExtensionDecidedDto,
  ExtensionRequestedDto,
  ReportReceiptDto,
  ReviewedDto,
} from './dto/task.response';
import type { DecideExtensionDto, RequestExtensionDto, ReviewReportDto, SubmitReportDto } from './dto/task-actions.dto';

/**
 * What people do with a task: the lead unit acknowledges, reports and asks for more
 * time; the assigning side reviews and decides. Who may act is checked here; each
 * action is then an update to the task's workflow, whose validator refuses what its
 * state does not allow (409). Text arrives NFC-normalised and trimmed (the boundary).
 */
@Injectable()
export class TaskActionsService {
  constructor(
    @Inject(TasksRepository) private readonly tasks: TasksRepository,
    @Inject(TemporalClientService) private readonly temporal: TemporalClientService,
    @Inject(TaskDriverRepository) private readonly drivers: TaskDriverRepository,
    @Inject(TaskWorkflowInputs) private readonly inputs: TaskWorkflowInputs,
  ) {}

  /** A task its cohort follows is acknowledged by a row change (decision 65); otherwise its workflow takes it. */
  async acknowledge(scope: Scope, id: string): Promise<AcknowledgedDto> {
    const task = await this.leadSide(scope, id);
    const request = { actor: scope.username, actorUnitId: task.leadUnitId };
    const state =
      (await this.drivers.acknowledge(id, request)) ??
      (await updateTask(this.temporal.client, id, acknowledgeTaskUpdate, [request], this.driving(scope)));
    return { phase: state.phase, acknowledged: state.acknowledged };
  }

  /** How an update reaches a task its cohort still follows: the task leaves the cohort for its own workflow first. */
  private driving(scope: Scope) {
    return {
      takeOver: takeOverFrom(this.drivers, this.inputs, scope.username),
      taskQueue: this.temporal.taskQueue,
    };
  }

  async submitReport(scope: Scope, id: string, dto: SubmitReportDto): Promise<ReportReceiptDto> {
    const task = await this.leadSide(scope, id);
    const receipt = await updateTask(
      this.temporal.client,
      id,
      submitReportUpdate,
      [
        {
          actor: scope.username,
          actorUnitId: task.leadUnitId,
          text: dto.text,
          indicatorValues: dto.indicatorValues ?? [],
          attachments: dto.attachments ?? [],
          subtaskOverrideReason: dto.subtaskOverrideReason || null,
        },
      ],
      this.driving(scope),
    );
    return { reportId: receipt.reportId, version: receipt.version, late: receipt.late };
  }

  async review(scope: Scope, reportId: string, dto: ReviewReportDto): Promise<ReviewedDto> {
    const taskId = await this.tasks.reportTask(reportId);
    if (!taskId) throw new NotFoundError(msg('nouns.report'), reportId);
    const task = await this.issuerSide(scope, taskId);
    if (dto.outcome === 'returned' && !dto.comment) {
      throw new ValidationError([{ field: 'comment', message: msg('tasks.aReturnedReportNeedsAComment') }]);
    }
    const state = await updateTask(
      this.temporal.client,
      taskId,
      reviewReportUpdate,
      [
        {
          actor: scope.username,
          actorUnitId: task.assigningUnitId,
          outcome: dto.outcome,
          comment: dto.comment || null,
        },
      ],
      this.driving(scope),
    );
    return { phase: state.phase, revisionDeadline: state.revisionDeadline };
  }

  async requestExtension(
    scope: Scope,
    id: string,
    dto: RequestExtensionDto,
    now = new Date(),
  ): Promise<ExtensionRequestedDto> {
    const task = await this.leadSide(scope, id);
    const problem = extensionDeadlineProblem(dto.deadline, now);
    if (problem) throw new ValidationError([problem]);
    const { requestId } = await updateTask(
      this.temporal.client,
      id,
      requestExtensionUpdate,
      [
        {
          actor: scope.username,
          actorUnitId: task.leadUnitId,
          deadline: new Date(dto.deadline).toISOString(),
          reason: dto.reason,
        },
      ],
      this.driving(scope),
    );
    return { requestId };
  }

  async decideExtension(
    scope: Scope,
    id: string,
    requestId: string,
    dto: DecideExtensionDto,
  ): Promise<ExtensionDecidedDto> {
    const task = await this.issuerSide(scope, id);
    const state = await updateTask(
      this.temporal.client,
      id,
      decideExtensionUpdate,
      [
        {
          actor: scope.username,
          actorUnitId: task.assigningUnitId,
          requestId,
          approve: dto.approve,
          comment: dto.comment || null,
        },
      ],
      this.driving(scope),
    );
    return { deadline: state.deadline, originalDeadline: state.originalDeadline };
  }

  /** Acknowledging, reporting and asking for time belong to the lead unit's own users. */
  private async leadSide(scope: Scope, id: string) {
    const task = await this.tasks.find(scope, id);
    if (scope.unitId !== task.leadUnitId) {
      throw new ForbiddenError(msg('tasks.onlyUsersOfTheLeadUnit'), [{ field: 'id', message: task.leadUnit.code }]);
    }
    return task;
  }

  /**
   * Reviewing and deciding belong to the assigning side: the unit that assigned the task
   * (the issuing unit, or for a sub-task the delegating unit) and those above it.
   */
  private async issuerSide(scope: Scope, id: string) {
    const task = await this.tasks.find(scope, id);
    if (!task.assigningUnit.path.startsWith(scope.unitPath)) {
      throw new ForbiddenError(msg('tasks.onlyTheAssigningSide'), [{ field: 'id', message: task.assigningUnit.code }]);
    }
    return task;
  }
}
