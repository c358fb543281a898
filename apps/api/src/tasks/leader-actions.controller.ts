import { Body, Controller, Headers, HttpCode, HttpStatus, Inject, Post, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import type { Scope } from '@dondoc/domain';
import { CurrentScope } from '../auth/auth.guard';
import { idempotencyKeyDescription, REPLAYED_HEADER } from '../common/idempotency';
import { checkIdempotencyKey } from '../common/ids';
import { UuidParam } from '../common/uuid.pipe';
import { BulkExplanationDto, BulkUrgeDto, ChangeDeadlineDto, UrgeTaskDto } from './dto/leader-actions.dto';
import { BulkResultDto, DeadlineChangedDto, TaskUrgedDto } from './dto/leader-actions.response';
import { LeaderActionsService } from './leader-actions.service';

const ASSIGNING_SIDE = 'Only the assigning side (the assigning unit or above)';
const LEADERS = 'Leaders and admins of the assigning side only';
const REPLAY = {
  description: 'One line per id, done or refused with a reason; a repeat with the same key replays the first answer',
  headers: { 'Idempotent-Replayed': { description: 'true on a replay', schema: { type: 'string', enum: ['true'] } } },
  type: BulkResultDto,
};

/** The assigning side's actions on late tasks: urge, ask to explain (many at once); a leader's: change a deadline. */
@ApiTags('tasks')
@ApiBearerAuth()
@Controller()
export class LeaderActionsController {
  constructor(@Inject(LeaderActionsService) private readonly actions: LeaderActionsService) {}

  @Post('tasks/:id/urge')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({
    description: 'urged: a notice to the lead unit, audited',
    type: TaskUrgedDto,
  })
  @ApiForbiddenResponse({ description: ASSIGNING_SIDE })
  @ApiConflictResponse({ description: 'The task is closed' })
  @ApiTooManyRequestsResponse({
    description: 'Urged too recently; Retry-After seconds, details name the instant',
  })
  urge(@CurrentScope() scope: Scope, @UuidParam('id') id: string, @Body() dto: UrgeTaskDto): Promise<TaskUrgedDto> {
    return this.actions.urge(scope, id, dto);
  }

  @Post('tasks/urge')
  @HttpCode(HttpStatus.OK)
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: idempotencyKeyDescription('a repeat with the same key urges nothing twice'),
  })
  @ApiOkResponse(REPLAY)
  @ApiBadRequestResponse({ description: '1–500 distinct uuids; a note' })
  @ApiForbiddenResponse({ description: ASSIGNING_SIDE })
  @ApiUnprocessableEntityResponse({ description: 'Key reused' })
  async urgeMany(
    @CurrentScope() scope: Scope,
    @Body() dto: BulkUrgeDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<BulkResultDto> {
    checkIdempotencyKey(idempotencyKey);
    const { replayed, view } = await this.actions.urgeMany(scope, dto, idempotencyKey);
    if (replayed) response.setHeader(REPLAYED_HEADER, 'true');
    return view;
  }

  @Post('tasks/explanations')
  @HttpCode(HttpStatus.OK)
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: idempotencyKeyDescription('a repeat with the same key asks nothing twice'),
  })
  @ApiOkResponse(REPLAY)
  @ApiBadRequestResponse({ description: '1–500 distinct uuids; a note' })
  @ApiForbiddenResponse({ description: ASSIGNING_SIDE })
  @ApiUnprocessableEntityResponse({ description: 'Key reused' })
  async explainMany(
    @CurrentScope() scope: Scope,
    @Body() dto: BulkExplanationDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<BulkResultDto> {
    checkIdempotencyKey(idempotencyKey);
    const { replayed, view } = await this.actions.explainMany(scope, dto, idempotencyKey);
    if (replayed) response.setHeader(REPLAYED_HEADER, 'true');
    return view;
  }

  @Post('tasks/:id/deadline')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({
    description: 'The deadline changed (audited with the reason; reminders re-planned)',
    type: DeadlineChangedDto,
  })
  @ApiBadRequestResponse({
    description: 'With an offset, not past; a reason',
  })
  @ApiForbiddenResponse({ description: LEADERS })
  @ApiConflictResponse({ description: 'The task is closed' })
  changeDeadline(
    @CurrentScope() scope: Scope,
    @UuidParam('id') id: string,
    @Body() dto: ChangeDeadlineDto,
  ): Promise<DeadlineChangedDto> {
    return this.actions.changeDeadline(scope, id, dto);
  }
}
