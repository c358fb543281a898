import { Body, Controller, Get, HttpCode, HttpStatus, Inject, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Scope } from '@dondoc/domain';
import { CurrentScope } from '../auth/auth.guard';
import { UuidParam } from '../common/uuid.pipe';
import { AnswerExplanationDto, RequestExplanationDto } from './dto/explanation.dto';
import { ExplanationsService } from './explanations.service';
import { ExplanationAnsweredDto, ExplanationDto, ExplanationRequestedDto, ReasonDto } from './dto/explanation.response';

@ApiTags('explanations')
@ApiBearerAuth()
@Controller()
export class ExplanationsController {
  constructor(@Inject(ExplanationsService) private readonly explanations: ExplanationsService) {}

  @Get('explanations/reasons')
  @ApiOkResponse({ description: 'The reason categories, vi and en', type: [ReasonDto] })
  reasons(): ReasonDto[] {
    return this.explanations.reasons();
  }

  @Post('tasks/:id/explanations')
  @ApiCreatedResponse({
    description:
      'Asks the lead unit of a late task to explain within N working days; reminded and escalated like any obligation',
    type: ExplanationRequestedDto,
  })
  @ApiForbiddenResponse({ description: 'Only the assigning side' })
  @ApiConflictResponse({ description: 'The task is not late' })
  request(
    @CurrentScope() scope: Scope,
    @UuidParam('id') id: string,
    @Body() dto: RequestExplanationDto,
  ): Promise<ExplanationRequestedDto> {
    return this.explanations.request(scope, id, dto);
  }

  @Get('tasks/:id/explanations')
  @ApiOkResponse({
    description: 'The task explanation requests',
    type: [ExplanationDto],
  })
  ofTask(@CurrentScope() scope: Scope, @UuidParam('id') id: string): Promise<ExplanationDto[]> {
    return this.explanations.ofTask(scope, id);
  }

  @Post('explanations/:id/answer')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({
    description: 'The unit answers with a reason category',
    type: ExplanationAnsweredDto,
  })
  @ApiForbiddenResponse({ description: 'Only the unit asked' })
  @ApiConflictResponse({ description: 'Already answered' })
  answer(
    @CurrentScope() scope: Scope,
    @UuidParam('id') id: string,
    @Body() dto: AnswerExplanationDto,
  ): Promise<ExplanationAnsweredDto> {
    return this.explanations.answer(scope, id, dto);
  }
}
