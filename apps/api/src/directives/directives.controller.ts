import { Body, Controller, Get, Headers, HttpCode, HttpStatus, Inject, Post, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiUnprocessableEntityResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import type { Scope } from '@dondoc/domain';
import { idempotencyKeyDescription, REPLAYED_HEADER } from '../common/idempotency';
import { checkIdempotencyKey } from '../common/ids';
import { CurrentScope, ScopeReadAt } from '../auth/auth.guard';
import { UuidParam } from '../common/uuid.pipe';
import type { DirectiveView } from './directive.view';
import { DirectivesService } from './directives.service';
import { AmendmentDto, CancelDirectiveDto, CreateDirectiveDto } from './dto/create-directive.dto';
import { DirectiveDto, DirectiveSummaryDto } from './dto/directive.response';
import { ListDirectivesQuery } from './dto/list-directives.query';
import { KeysetPageOf, type KeysetPage } from '../common/dto/response.dto';

@ApiTags('directives')
@ApiBearerAuth()
@Controller('directives')
export class DirectivesController {
  constructor(@Inject(DirectivesService) private readonly directives: DirectivesService) {}

  @Post()
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: idempotencyKeyDescription('repeated requests with the same key create one directive'),
    example: 'kh-dan-van-2026-h2',
  })
  @ApiCreatedResponse({
    description: 'Issued and recorded',
    type: DirectiveDto,
  })
  @ApiOkResponse({
    description: 'A replay (same key, same body): the same directive',
    headers: { 'Idempotent-Replayed': { description: 'true', schema: { type: 'string', enum: ['true'] } } },
    type: DirectiveDto,
  })
  @ApiUnprocessableEntityResponse({
    description: 'The key was used with another body, or the directive could not be recorded',
  })
  @ApiBadRequestResponse({ description: 'Invalid input; details[] names each field' })
  @ApiForbiddenResponse({ description: 'Outside your subtree' })
  @ApiConflictResponse({ description: 'The document number exists this year' })
  async create(
    @CurrentScope() scope: Scope,
    @Body() dto: CreateDirectiveDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<DirectiveView> {
    checkIdempotencyKey(idempotencyKey);
    const { created, view } = await this.directives.create(scope, dto, idempotencyKey);
    response.status(created ? HttpStatus.CREATED : HttpStatus.OK).location(`/api/v1/directives/${view.id}`);
    if (!created) response.setHeader(REPLAYED_HEADER, 'true');
    return view;
  }

  @Get()
  @ApiOkResponse({ type: KeysetPageOf(DirectiveSummaryDto) })
  list(
    @CurrentScope() scope: Scope,
    @Query() query: ListDirectivesQuery,
    @ScopeReadAt() readAt?: string,
  ): Promise<KeysetPage<DirectiveSummaryDto>> {
    return this.directives.list(scope, query, readAt);
  }

  @Get(':id')
  @ApiOkResponse({ type: DirectiveDto })
  @ApiNotFoundResponse({ description: 'Not found or not visible to you' })
  get(@CurrentScope() scope: Scope, @UuidParam('id') id: string): Promise<DirectiveView> {
    return this.directives.get(scope, id);
  }

  @Post(':id/amendments')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({
    description: 'The directive after the amendment',
    type: DirectiveDto,
  })
  @ApiConflictResponse({ description: 'Closed directive or task' })
  amend(@CurrentScope() scope: Scope, @UuidParam('id') id: string, @Body() dto: AmendmentDto): Promise<DirectiveView> {
    return this.directives.amend(scope, id, dto);
  }

  @Post(':id/cancel')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'The cancelled directive', type: DirectiveDto })
  @ApiConflictResponse({ description: 'Already cancelled' })
  cancel(
    @CurrentScope() scope: Scope,
    @UuidParam('id') id: string,
    @Body() dto: CancelDirectiveDto,
  ): Promise<DirectiveView> {
    return this.directives.cancel(scope, id, dto.reason);
  }
}
