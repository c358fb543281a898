import { Body, Controller, Headers, HttpCode, HttpStatus, Inject, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiTags,
  ApiUnprocessableEntityResponse,
  getSchemaPath,
} from '@nestjs/swagger';
import type { Scope } from '@dondoc/domain';
import { readerLanguage } from '@dondoc/i18n';
import { CurrentScope, Roles } from '../auth/auth.guard';
import { REORGANISATION_CSV_EXAMPLE, REORGANISATION_EXAMPLE, ReorganisationRequestDto } from './dto/reorganisation.dto';
import { ReorganisationPreviewDto } from './dto/reorganisation.response';
import { ReorganisationsService } from './reorganisations.service';

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
    summary: 'Phương án sắp xếp tổ chức: xem trước / a reorganisation plan: its preview',
    requestBody: {
      description:
        'JSON, hoặc CSV mỗi dòng một thay đổi (cột operation,unit,target,name,kind,parent,task,user; dryRun trong query) / JSON, or CSV with one line per change (dryRun in the query)',
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
  @ApiQuery({
    name: 'dryRun',
    required: false,
    enum: ['true', 'false'],
    description: 'Với CSV: true để xem trước / with CSV: true for the preview',
  })
  @ApiOkResponse({
    description: 'Xem trước: xung đột trước, số lượng theo loại, rồi mọi thứ sẽ chuyển / the preview',
    type: ReorganisationPreviewDto,
  })
  @ApiUnprocessableEntityResponse({
    description: 'dryRun: false — chưa thể áp dụng / applying is not available yet',
  })
  submit(
    @CurrentScope() scope: Scope,
    @Body() body: unknown,
    @Headers('content-type') contentType = '',
    @Headers('accept-language') language?: string,
    @Query('dryRun') dryRun?: string,
  ): Promise<ReorganisationPreviewDto> {
    return this.reorganisations.submit(
      scope,
      body,
      contentType.startsWith('text/csv'),
      dryRun,
      readerLanguage(language),
    );
  }
}
