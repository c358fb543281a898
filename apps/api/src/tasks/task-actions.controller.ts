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
import type { Scope } from '@dondoc/domain';
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
} from './dto/task-actions.dto';
import { DELEGATION_EXAMPLE, TASK_EXAMPLE } from './dto/task.examples';
import { TaskActionsService } from './task-actions.service';
import { TasksService } from './tasks.service';

/** One task and what people do with it; the rules live in TaskActionsService and DelegationsService. */
@ApiTags('tasks')
@ApiBearerAuth()
@Controller()
export class TaskActionsController {
  constructor(
    @Inject(TasksService) private readonly tasks: TasksService,
    @Inject(TaskActionsService) private readonly actions: TaskActionsService,
    @Inject(DelegationsService) private readonly delegations: DelegationsService,
  ) {}

  @Get('tasks/:id')
  @ApiOkResponse({ schema: { example: TASK_EXAMPLE } })
  get(@CurrentScope() scope: Scope, @UuidParam('id') id: string) {
    return this.tasks.get(scope, id);
  }

  @Post('tasks/:id/delegations')
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'Khóa chống giao trùng / repeated requests with the same key delegate once',
  })
  @ApiCreatedResponse({ description: 'Đã giao cho cấp dưới / delegated', schema: { example: DELEGATION_EXAMPLE } })
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
  acknowledge(@CurrentScope() scope: Scope, @UuidParam('id') id: string) {
    return this.actions.acknowledge(scope, id);
  }

  @Post('tasks/:id/reports')
  @ApiCreatedResponse({ schema: { example: { reportId: '…', version: 1, late: false } } })
  @ApiForbiddenResponse({ description: 'Chỉ người dùng của đơn vị chủ trì / only users of the lead unit' })
  submit(@CurrentScope() scope: Scope, @UuidParam('id') id: string, @Body() dto: SubmitReportDto) {
    return this.actions.submitReport(scope, id, dto);
  }

  @Post('reports/:id/review')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ schema: { example: { phase: 'revising', revisionDeadline: '2026-12-18T08:00:00.000Z' } } })
  @ApiConflictResponse({ description: 'Không có báo cáo chờ thẩm định / nothing to review' })
  review(@CurrentScope() scope: Scope, @UuidParam('id') reportId: string, @Body() dto: ReviewReportDto) {
    return this.actions.review(scope, reportId, dto);
  }

  @Post('tasks/:id/extensions')
  @ApiCreatedResponse({ schema: { example: { requestId: '…' } } })
  requestExtension(@CurrentScope() scope: Scope, @UuidParam('id') id: string, @Body() dto: RequestExtensionDto) {
    return this.actions.requestExtension(scope, id, dto);
  }

  @Post('tasks/:id/extensions/:requestId/decision')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({
    schema: { example: { deadline: '2026-12-31T10:00:00.000Z', originalDeadline: '2026-12-15T10:00:00.000Z' } },
  })
  decideExtension(
    @CurrentScope() scope: Scope,
    @UuidParam('id') id: string,
    @UuidParam('requestId') requestId: string,
    @Body() dto: DecideExtensionDto,
  ) {
    return this.actions.decideExtension(scope, id, requestId, dto);
  }
}
