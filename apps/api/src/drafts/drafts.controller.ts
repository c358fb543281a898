import { Body, Controller, Get, Headers, HttpCode, HttpStatus, Inject, Patch, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import type { Scope } from '@dondoc/domain';
import { CurrentScope } from '../auth/auth.guard';
import { PageOf, type Page } from '../common/dto/response.dto';
import { UuidParam } from '../common/uuid.pipe';
import { CreateDirectiveDto } from '../directives/dto/create-directive.dto';
import { DraftsService } from './drafts.service';
import {
  CreateAmendmentDraftDto,
  DraftDto,
  DraftSummaryDto,
  ListDraftsQuery,
  RejectDraftDto,
  ReturnDraftDto,
  SubmitDraftDto,
  UpdateDraftDto,
} from './dto/draft.dto';

/** Drafts of directives and their approval (docs/decisions/0074-drafts-and-approval.md). */
@ApiTags('drafts')
@ApiBearerAuth()
@Controller('drafts')
export class DraftsController {
  constructor(@Inject(DraftsService) private readonly drafts: DraftsService) {}

  @Post()
  @ApiCreatedResponse({ description: 'The new draft', type: DraftDto })
  @ApiForbiddenResponse({ description: 'Officers and leaders only' })
  async create(
    @CurrentScope() scope: Scope,
    @Body() dto: CreateDirectiveDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<DraftDto> {
    const draft = await this.drafts.create(scope, dto);
    response.location(`/api/v1/drafts/${draft.id}`).setHeader('ETag', `"${draft.version}"`);
    return draft;
  }

  @Post('amendments')
  @ApiCreatedResponse({ description: 'The new amendment draft', type: DraftDto })
  @ApiForbiddenResponse({ description: 'Not the issuing side' })
  @ApiConflictResponse({ description: 'The directive is no longer active' })
  async createAmendment(
    @CurrentScope() scope: Scope,
    @Body() dto: CreateAmendmentDraftDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<DraftDto> {
    const draft = await this.drafts.createAmendment(scope, dto);
    response.location(`/api/v1/drafts/${draft.id}`).setHeader('ETag', `"${draft.version}"`);
    return draft;
  }

  @Get()
  @ApiOkResponse({ type: PageOf(DraftSummaryDto) })
  list(@CurrentScope() scope: Scope, @Query() query: ListDraftsQuery): Promise<Page<DraftSummaryDto>> {
    return this.drafts.list(scope, query);
  }

  @Get(':id')
  @ApiOkResponse({
    type: DraftDto,
    headers: { ETag: { description: 'The version', schema: { type: 'string' } } },
  })
  @ApiNotFoundResponse({ description: 'Not found or not yours to see' })
  async get(
    @CurrentScope() scope: Scope,
    @UuidParam('id') id: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<DraftDto> {
    const draft = await this.drafts.get(scope, id);
    response.setHeader('ETag', `"${draft.version}"`);
    return draft;
  }

  @Patch(':id')
  @ApiHeader({ name: 'If-Match', required: false, description: 'The version read ("3")' })
  @ApiOkResponse({ type: DraftDto })
  @ApiConflictResponse({ description: 'A stale version, or no longer a draft' })
  async update(
    @CurrentScope() scope: Scope,
    @UuidParam('id') id: string,
    @Body() dto: UpdateDraftDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<DraftDto> {
    const draft = await this.drafts.update(scope, id, dto, ifMatch);
    response.setHeader('ETag', `"${draft.version}"`);
    return draft;
  }

  @Post(':id/submit')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'Submitted', type: DraftDto })
  @ApiUnprocessableEntityResponse({ description: 'No approver' })
  submit(@CurrentScope() scope: Scope, @UuidParam('id') id: string, @Body() dto: SubmitDraftDto): Promise<DraftDto> {
    return this.drafts.submit(scope, id, dto);
  }

  @Post(':id/approve')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({
    description: 'Approved and issued; a second approval answers the same directive',
    type: DraftDto,
  })
  @ApiConflictResponse({ description: 'Not submitted, or closed' })
  approve(@CurrentScope() scope: Scope, @UuidParam('id') id: string): Promise<DraftDto> {
    return this.drafts.approve(scope, id);
  }

  @Post(':id/return')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'Returned with comments', type: DraftDto })
  return(@CurrentScope() scope: Scope, @UuidParam('id') id: string, @Body() dto: ReturnDraftDto): Promise<DraftDto> {
    return this.drafts.return(scope, id, dto);
  }

  @Post(':id/reject')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'Rejected', type: DraftDto })
  reject(@CurrentScope() scope: Scope, @UuidParam('id') id: string, @Body() dto: RejectDraftDto): Promise<DraftDto> {
    return this.drafts.reject(scope, id, dto);
  }
}
