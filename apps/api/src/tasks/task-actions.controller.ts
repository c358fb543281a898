import { Body, Controller, Get, Headers, HttpCode, HttpStatus, Inject, Post, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiOkResponse,
  ApiUnprocessableEntityResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import type { Scope } from '@dondoc/domain';
import { CurrentScope } from '../auth/auth.guard';
import { idempotencyKeyDescription, REPLAYED_HEADER } from '../common/idempotency';
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
import {
  AcknowledgedDto,
  DelegationDto,
  ExtensionDecidedDto,
  ExtensionRequestedDto,
  ReportReceiptDto,
  ReviewedDto,
  TaskDto,
} from './dto/task.response';
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
  @ApiOkResponse({ type: TaskDto })
  get(@CurrentScope() scope: Scope, @UuidParam('id') id: string): Promise<TaskDto> {
    return this.tasks.get(scope, id);
  }

  @Post('tasks/:id/delegations')
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: idempotencyKeyDescription('repeated requests with the same key delegate once'),
  })
  @ApiCreatedResponse({ description: 'Delegated', type: DelegationDto })
  @ApiOkResponse({
    description: 'A replay (same key, same body): the same sub-tasks',
    headers: { 'Idempotent-Replayed': { description: 'true', schema: { type: 'string', enum: ['true'] } } },
    type: DelegationDto,
  })
  @ApiUnprocessableEntityResponse({
    description: 'The key was used with another body',
  })
  @ApiBadRequestResponse({
    description: 'A unit not below, a deadline after the parent…; details[] names each field',
  })
  @ApiForbiddenResponse({ description: 'Only users of the lead unit' })
  @ApiConflictResponse({ description: 'The task is closed or reported' })
  async delegate(
    @CurrentScope() scope: Scope,
    @UuidParam('id') id: string,
    @Body() dto: DelegateTaskDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<DelegationDto> {
    checkIdempotencyKey(idempotencyKey);
    const { created, view } = await this.delegations.delegate(scope, id, dto, idempotencyKey);
    response.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    if (!created) response.setHeader(REPLAYED_HEADER, 'true');
    return view;
  }

  @Post('tasks/:id/acknowledge')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({
    description: 'Acknowledged',
    type: AcknowledgedDto,
  })
  @ApiForbiddenResponse({ description: 'Only users of the lead unit' })
  @ApiConflictResponse({ description: 'Already acknowledged or closed' })
  acknowledge(@CurrentScope() scope: Scope, @UuidParam('id') id: string): Promise<AcknowledgedDto> {
    return this.actions.acknowledge(scope, id);
  }

  @Post('tasks/:id/reports')
  @ApiCreatedResponse({ description: 'Report submitted', type: ReportReceiptDto })
  @ApiForbiddenResponse({ description: 'Only users of the lead unit' })
  submit(
    @CurrentScope() scope: Scope,
    @UuidParam('id') id: string,
    @Body() dto: SubmitReportDto,
  ): Promise<ReportReceiptDto> {
    return this.actions.submitReport(scope, id, dto);
  }

  @Post('reports/:id/review')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'Reviewed', type: ReviewedDto })
  @ApiConflictResponse({ description: 'Nothing to review' })
  review(
    @CurrentScope() scope: Scope,
    @UuidParam('id') reportId: string,
    @Body() dto: ReviewReportDto,
  ): Promise<ReviewedDto> {
    return this.actions.review(scope, reportId, dto);
  }

  @Post('tasks/:id/extensions')
  @ApiCreatedResponse({ description: 'Extension requested', type: ExtensionRequestedDto })
  requestExtension(
    @CurrentScope() scope: Scope,
    @UuidParam('id') id: string,
    @Body() dto: RequestExtensionDto,
  ): Promise<ExtensionRequestedDto> {
    return this.actions.requestExtension(scope, id, dto);
  }

  @Post('tasks/:id/extensions/:requestId/decision')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({
    description: 'Decided; the deadlines now',
    type: ExtensionDecidedDto,
  })
  decideExtension(
    @CurrentScope() scope: Scope,
    @UuidParam('id') id: string,
    @UuidParam('requestId') requestId: string,
    @Body() dto: DecideExtensionDto,
  ): Promise<ExtensionDecidedDto> {
    return this.actions.decideExtension(scope, id, requestId, dto);
  }
}
