import { Body, Controller, Get, Headers, HttpCode, HttpStatus, Inject, Post, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { AppConfig } from '@dondoc/config';
import {
  ForbiddenError,
  hasExplicitOffset,
  NotFoundError,
  statusBucket,
  toZonedIso,
  ValidationError,
  type Scope,
} from '@dondoc/domain';
import { TasksRepository } from '@dondoc/persistence';
import { TemporalClientService, updateTask } from '@dondoc/temporal-client';
import {
  acknowledgeTaskUpdate,
  decideExtensionUpdate,
  requestExtensionUpdate,
  reviewReportUpdate,
  submitReportUpdate,
} from '@dondoc/workflow-contract';
import { CurrentScope } from '../auth/auth.guard';
import { checkIdempotencyKey } from '../common/ids';
import { UuidParam } from '../common/uuid.pipe';
import { DelegationsService } from './delegations.service';
import {
  DecideExtensionDto,
  DelegateTaskDto,
  RequestExtensionDto,
  ReviewReportDto,
  SubmitReportDto,
} from './task-actions.dto';

const TASK_EXAMPLE = {
  id: '0b6f…',
  title: 'Báo cáo giao ban quý',
  directive: { id: '3f1c…', documentNumber: '461-QĐ/TU', title: 'Giao ban tình hình nhân dân và công tác dân vận' },
  leadUnit: { id: '…', code: 'MTTQ-GL', name: 'Ủy ban MTTQ Việt Nam tỉnh' },
  assigningUnit: { id: '…', code: 'TU-GL', name: 'Tỉnh ủy Gia Lai' },
  parentTaskId: null,
  depth: 0,
  status: 'assigned',
  phase: 'under_review',
  bucket: 'open_within_deadline',
  deadline: '2026-12-15T17:00:00+07:00',
  originalDeadline: '2026-12-10T17:00:00+07:00',
  acknowledgedAt: '2026-11-24T09:12:00+07:00',
  reviewDeadline: '2026-12-22T08:00:00+07:00',
  revisionDeadline: null,
  reports: [{ id: '…', version: 1, text: 'Báo cáo quý', late: false, reviewOutcome: null }],
  extensions: [{ id: '…', requestedDeadline: '2026-12-15T17:00:00+07:00', reason: 'Chờ số liệu', status: 'approved' }],
  progress: { ratio: 0.5, subtasks: { total: 2, completed: 1, open: 1, cancelled: 0 } },
  subtaskOverrideReason: null,
  subtasks: [
    {
      id: '…',
      title: 'Tổng hợp ý kiến của Nhân dân xã Ia Grai',
      leadUnit: { id: '…', code: 'MTTQ-IAGRAI', name: 'Ủy ban MTTQ xã Ia Grai' },
      status: 'completed',
      bucket: 'completed_on_time',
      deadline: '2026-12-14T17:00:00+07:00',
      progress: { ratio: 1, subtasks: { total: 0, completed: 0, open: 0, cancelled: 0 } },
    },
  ],
};

/**
 * What people do with a task: the lead unit acknowledges, reports and asks for more
 * time; the assigning side reviews and decides. Each is an update to the task's
 * workflow, whose validator refuses what its state does not allow (409).
 */
@ApiTags('tasks')
@ApiBearerAuth()
@Controller()
export class TaskActionsController {
  constructor(
    @Inject(TasksRepository) private readonly tasks: TasksRepository,
    @Inject(TemporalClientService) private readonly temporal: TemporalClientService,
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(DelegationsService) private readonly delegations: DelegationsService,
  ) {}

  @Get('tasks/:id')
  @ApiOkResponse({ schema: { example: TASK_EXAMPLE } })
  async get(@CurrentScope() scope: Scope, @UuidParam('id') id: string) {
    const { task, reports, extensions, subtasks, progress } = await this.tasks.get(scope, id);
    const tz = this.config.timezone;
    const now = new Date();
    const iso = (date: Date | null) => (date ? toZonedIso(date, tz) : null);
    const unit = (u: { id: string; code: string; name: string }) => ({ id: u.id, code: u.code, name: u.name });
    return {
      id: task.id,
      title: task.title,
      directive: { id: task.directive.id, documentNumber: task.directive.documentNumber, title: task.directive.title },
      leadUnit: unit(task.leadUnit),
      assigningUnit: unit(task.assigningUnit),
      parentTaskId: task.parentTaskId,
      depth: task.depth,
      status: task.status,
      phase: task.phase,
      bucket: statusBucket(task, now),
      deadline: iso(task.deadline),
      originalDeadline: iso(task.originalDeadline),
      acknowledgedAt: iso(task.acknowledgedAt),
      reviewDeadline: iso(task.reviewDeadline),
      revisionDeadline: iso(task.revisionDeadline),
      completedAt: iso(task.completedAt),
      reports: reports.map((r) => ({
        id: r.id,
        version: r.version,
        text: r.text,
        indicatorValues: r.indicatorValues,
        attachments: r.attachments,
        submittedBy: r.submittedBy,
        submittedAt: iso(r.submittedAt),
        late: r.late,
        reviewOutcome: r.reviewOutcome,
        reviewComment: r.reviewComment,
      })),
      extensions: extensions.map((e) => ({
        id: e.id,
        requestedDeadline: iso(e.requestedDeadline),
        reason: e.reason,
        status: e.status,
        decisionComment: e.decisionComment,
      })),
      progress: progress.get(task.id),
      subtaskOverrideReason: task.subtaskOverrideReason,
      subtasks: subtasks.map((sub) => ({
        id: sub.id,
        title: sub.title,
        leadUnit: unit(sub.leadUnit),
        status: sub.status,
        phase: sub.phase,
        bucket: statusBucket(sub, now),
        deadline: iso(sub.deadline),
        completedAt: iso(sub.completedAt),
        progress: progress.get(sub.id),
      })),
    };
  }

  @Post('tasks/:id/delegations')
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'Khóa chống giao trùng / repeated requests with the same key delegate once',
  })
  @ApiCreatedResponse({
    description: 'Đã giao cho cấp dưới / delegated',
    schema: {
      example: {
        parentTaskId: '0b6f…',
        delegationId: '9d1e…',
        subtasks: [
          { id: '…', title: 'Tổng hợp ý kiến xã Ia Grai', leadUnitId: '…', deadline: '2026-12-14T17:00:00+07:00' },
        ],
      },
    },
  })
  @ApiBadRequestResponse({
    description:
      'Đơn vị không phải cấp dưới, hạn sau hạn của nhiệm vụ… / a unit not below, a deadline after the parent…; details[] names each field',
  })
  @ApiForbiddenResponse({ description: 'Chỉ người dùng của đơn vị chủ trì / only users of the lead unit' })
  @ApiConflictResponse({ description: 'Nhiệm vụ đã kết thúc hoặc báo cáo đã nộp / the task is closed or reported' })
  async delegate(
    @CurrentScope() scope: Scope,
    @UuidParam('id') id: string,
    @Body() dto: DelegateTaskDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    checkIdempotencyKey(idempotencyKey);
    const { created, view } = await this.delegations.delegate(scope, id, dto, idempotencyKey);
    response.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    return view;
  }

  @Post('tasks/:id/acknowledge')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({
    description: 'Đã xác nhận nhận nhiệm vụ / acknowledged',
    schema: { example: { phase: 'in_progress', acknowledged: true } },
  })
  @ApiForbiddenResponse({ description: 'Chỉ người dùng của đơn vị chủ trì / only users of the lead unit' })
  @ApiConflictResponse({ description: 'Đã xác nhận hoặc đã kết thúc / already acknowledged or closed' })
  async acknowledge(@CurrentScope() scope: Scope, @UuidParam('id') id: string) {
    const task = await this.leadSide(scope, id);
    const state = await updateTask(this.temporal.client, id, acknowledgeTaskUpdate, [
      { actor: scope.username, actorUnitId: task.leadUnitId },
    ]);
    return { phase: state.phase, acknowledged: state.acknowledged };
  }

  @Post('tasks/:id/reports')
  @ApiCreatedResponse({ schema: { example: { reportId: '…', version: 1, late: false } } })
  @ApiForbiddenResponse({ description: 'Chỉ người dùng của đơn vị chủ trì / only users of the lead unit' })
  async submit(@CurrentScope() scope: Scope, @UuidParam('id') id: string, @Body() dto: SubmitReportDto) {
    const task = await this.leadSide(scope, id);
    return updateTask(this.temporal.client, id, submitReportUpdate, [
      {
        actor: scope.username,
        actorUnitId: task.leadUnitId,
        text: dto.text.normalize('NFC').trim(),
        indicatorValues: dto.indicatorValues ?? [],
        attachments: dto.attachments ?? [],
        subtaskOverrideReason: dto.subtaskOverrideReason?.normalize('NFC').trim() || null,
      },
    ]);
  }

  @Post('reports/:id/review')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ schema: { example: { phase: 'revising', revisionDeadline: '2026-12-18T08:00:00.000Z' } } })
  @ApiConflictResponse({ description: 'Không có báo cáo chờ thẩm định / nothing to review' })
  async review(@CurrentScope() scope: Scope, @UuidParam('id') reportId: string, @Body() dto: ReviewReportDto) {
    const taskId = await this.tasks.reportTask(reportId);
    if (!taskId) throw new NotFoundError('báo cáo / report', reportId);
    const task = await this.issuerSide(scope, taskId);
    if (dto.outcome === 'returned' && !dto.comment?.trim()) {
      throw new ValidationError([
        { field: 'comment', message: 'comment: trả lại cần nêu ý kiến / a returned report needs a comment' },
      ]);
    }
    const state = await updateTask(this.temporal.client, taskId, reviewReportUpdate, [
      {
        actor: scope.username,
        actorUnitId: task.assigningUnitId,
        outcome: dto.outcome,
        comment: dto.comment?.trim() || null,
      },
    ]);
    return { phase: state.phase, revisionDeadline: state.revisionDeadline };
  }

  @Post('tasks/:id/extensions')
  @ApiCreatedResponse({ schema: { example: { requestId: '…' } } })
  async requestExtension(@CurrentScope() scope: Scope, @UuidParam('id') id: string, @Body() dto: RequestExtensionDto) {
    const task = await this.leadSide(scope, id);
    if (!hasExplicitOffset(dto.deadline)) {
      throw new ValidationError([
        { field: 'deadline', message: 'deadline: cần ghi rõ múi giờ, ví dụ +07:00 / must carry an offset' },
      ]);
    }
    if (Date.parse(dto.deadline) <= Date.now()) {
      throw new ValidationError([
        { field: 'deadline', message: 'deadline: hạn mới đã qua / the new deadline is in the past' },
      ]);
    }
    return updateTask(this.temporal.client, id, requestExtensionUpdate, [
      {
        actor: scope.username,
        actorUnitId: task.leadUnitId,
        deadline: new Date(dto.deadline).toISOString(),
        reason: dto.reason.normalize('NFC').trim(),
      },
    ]);
  }

  @Post('tasks/:id/extensions/:requestId/decision')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({
    schema: { example: { deadline: '2026-12-31T10:00:00.000Z', originalDeadline: '2026-12-15T10:00:00.000Z' } },
  })
  async decideExtension(
    @CurrentScope() scope: Scope,
    @UuidParam('id') id: string,
    @UuidParam('requestId') requestId: string,
    @Body() dto: DecideExtensionDto,
  ) {
    const task = await this.issuerSide(scope, id);
    const state = await updateTask(this.temporal.client, id, decideExtensionUpdate, [
      {
        actor: scope.username,
        actorUnitId: task.assigningUnitId,
        requestId,
        approve: dto.approve,
        comment: dto.comment?.trim() || null,
      },
    ]);
    return { deadline: state.deadline, originalDeadline: state.originalDeadline };
  }

  /** Acknowledging, reporting and asking for time belong to the lead unit's own users. */
  private async leadSide(scope: Scope, id: string) {
    const task = await this.tasks.find(scope, id);
    if (scope.unitId !== task.leadUnitId) {
      throw new ForbiddenError('Chỉ người dùng của đơn vị chủ trì / only users of the lead unit', [
        { field: 'id', message: task.leadUnit.code },
      ]);
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
      throw new ForbiddenError('Chỉ bên giao nhiệm vụ / only the assigning side', [
        { field: 'id', message: task.assigningUnit.code },
      ]);
    }
    return task;
  }
}
