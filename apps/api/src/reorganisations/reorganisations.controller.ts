import { Body, Controller, Delete, Get, Headers, HttpCode, HttpStatus, Inject, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiTags,
  ApiUnprocessableEntityResponse,
  getSchemaPath,
} from '@nestjs/swagger';
import type { Response } from 'express';
import type { Scope } from '@dondoc/domain';
import { readerLanguage } from '@dondoc/i18n';
import { CurrentScope, Roles } from '../auth/auth.guard';
import { UuidParam } from '../common/uuid.pipe';
import { REORGANISATION_CSV_EXAMPLE, REORGANISATION_EXAMPLE, ReorganisationRequestDto } from './dto/reorganisation.dto';
import {
  ReorganisationPlanDto,
  ReorganisationPlanListDto,
  ReorganisationPreviewDto,
} from './dto/reorganisation.response';
import { ReorganisationsService } from './reorganisations.service';

/** Reorganisation plans, for admins (docs/decisions/0077-reorganisation-plans.md). */
@ApiTags('reorganisations')
@ApiBearerAuth()
@Controller('reorganisations')
export class ReorganisationsController {
  constructor(@Inject(ReorganisationsService) private readonly reorganisations: ReorganisationsService) {}

  @Post()
  @Roles('admin')
  @HttpCode(HttpStatus.OK)
  @ApiExtraModels(ReorganisationRequestDto)
  @ApiOperation({
    summary: 'A reorganisation plan: preview or store',
    requestBody: {
      description: 'JSON, or CSV with one line per change (dryRun, effectiveAt in the query)',
      required: true,
      content: {
        'application/json': {
          schema: { $ref: getSchemaPath(ReorganisationRequestDto) },
          example: REORGANISATION_EXAMPLE,
        },
        'text/csv': {
          schema: { type: 'string', pattern: '^\\uFEFF?operation,' },
          example: REORGANISATION_CSV_EXAMPLE,
        },
      },
    },
  })
  @ApiQuery({ name: 'dryRun', required: false, enum: ['true', 'false'], description: 'With CSV' })
  @ApiQuery({ name: 'effectiveAt', required: false, type: String, description: 'With CSV' })
  @ApiOkResponse({
    description: 'The preview (dryRun: true)',
    type: ReorganisationPreviewDto,
  })
  @ApiCreatedResponse({ description: 'Stored for its date', type: ReorganisationPlanDto })
  @ApiConflictResponse({ description: 'The plan has conflicts (listed)' })
  @ApiUnprocessableEntityResponse({
    description: 'EffectiveAt not later than now; bad CSV lines',
  })
  async submit(
    @CurrentScope() scope: Scope,
    @Body() body: unknown,
    @Res({ passthrough: true }) response: Response,
    @Headers('content-type') contentType = '',
    @Headers('accept-language') language?: string,
    @Query('dryRun') dryRun?: string,
    @Query('effectiveAt') effectiveAt?: string,
  ): Promise<ReorganisationPreviewDto | ReorganisationPlanDto> {
    const result = await this.reorganisations.submit(
      scope,
      body,
      contentType.startsWith('text/csv'),
      { dryRun, effectiveAt },
      readerLanguage(language),
    );
    if ('preview' in result) return result.preview;
    response.status(HttpStatus.CREATED);
    return result.stored;
  }

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'The stored plans, most recent first (at most 50)' })
  @ApiOkResponse({ type: ReorganisationPlanListDto })
  list(): Promise<ReorganisationPlanListDto> {
    return this.reorganisations.list();
  }

  @Get(':id')
  @Roles('admin')
  @ApiOkResponse({ type: ReorganisationPlanDto })
  get(@UuidParam('id') id: string): Promise<ReorganisationPlanDto> {
    return this.reorganisations.get(id);
  }

  @Post(':id/apply')
  @Roles('admin')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Apply a planned plan now, before its date' })
  @ApiOkResponse({ description: 'Its instant is now; its workflow applies it', type: ReorganisationPlanDto })
  @ApiConflictResponse({ description: 'Not planned: applied already, being applied, refused or cancelled' })
  applyNow(@CurrentScope() scope: Scope, @UuidParam('id') id: string): Promise<ReorganisationPlanDto> {
    return this.reorganisations.applyNow(scope, id);
  }

  @Delete(':id')
  @Roles('admin')
  @ApiOkResponse({ description: 'Cancelled', type: ReorganisationPlanDto })
  @ApiConflictResponse({ description: 'Effective already, or cancelled' })
  cancel(@CurrentScope() scope: Scope, @UuidParam('id') id: string): Promise<ReorganisationPlanDto> {
    return this.reorganisations.cancel(scope, id);
  }
}
