import { Controller, Get, Headers, Inject, Query } from '@nestjs/common';
import type { ReportFile } from '../exports/send';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Scope } from '@dondoc/domain';
import { CurrentScope } from '../auth/auth.guard';
import { UuidParam } from '../common/uuid.pipe';
import { HistoryQuery } from './dto/history.query';
import { HistoryService } from './history.service';
import { HistoryExport } from '../exports/history.export';
import { readerLanguage } from '@dondoc/i18n';
import { DirectiveHistoryQuery } from '../exports/history-report';
import { HistoryPageDto } from './dto/history.response';
import { ApiOkJsonOrFile, FILE_CONTENT } from '../common/dto/response.dto';

const DESCRIPTION =
  'Who did what and when (fields before → after) and the notices the system sent, with their delivery status, in time order';

@ApiTags('history')
@ApiBearerAuth()
@Controller()
export class HistoryController {
  constructor(
    @Inject(HistoryService) private readonly history: HistoryService,
    @Inject(HistoryExport) private readonly exports: HistoryExport,
  ) {}

  @Get('tasks/:id/history')
  @ApiOkJsonOrFile(
    HistoryPageDto,
    `${DESCRIPTION}; XLSX/CSV/PDF by ?format= or Accept, a print view by ?format=html; in the reader's language (Accept-Language)`,
    Object.keys(FILE_CONTENT),
  )
  task(
    @CurrentScope() scope: Scope,
    @UuidParam('id') id: string,
    @Query() query: DirectiveHistoryQuery,
    @Headers('accept') accept?: string,
    @Headers('accept-language') language?: string,
  ): Promise<HistoryPageDto | ReportFile> {
    return this.exports.ofTask(scope, id, query, accept, readerLanguage(language));
  }

  @Get('directives/:id/history')
  @ApiOkJsonOrFile(
    HistoryPageDto,
    `${DESCRIPTION}; the directive, its tasks and all sub-tasks; XLSX/CSV/PDF by ?format= or Accept, a print view by ?format=html; in the reader's language (Accept-Language)`,
    Object.keys(FILE_CONTENT),
  )
  directive(
    @CurrentScope() scope: Scope,
    @UuidParam('id') id: string,
    @Query() query: DirectiveHistoryQuery,
    @Headers('accept') accept?: string,
    @Headers('accept-language') language?: string,
  ): Promise<HistoryPageDto | ReportFile> {
    return this.exports.ofDirective(scope, id, query, accept, readerLanguage(language));
  }

  @Get('units/:id/history')
  @ApiOkResponse({ description: `${DESCRIPTION}; the unit and the tasks it leads`, type: HistoryPageDto })
  unit(
    @CurrentScope() scope: Scope,
    @UuidParam('id') id: string,
    @Query() query: HistoryQuery,
  ): Promise<HistoryPageDto> {
    return this.history.ofUnit(scope, id, query);
  }

  @Get('users/:id/history')
  @ApiOkResponse({ description: 'What a person did', type: HistoryPageDto })
  user(
    @CurrentScope() scope: Scope,
    @UuidParam('id') id: string,
    @Query() query: HistoryQuery,
  ): Promise<HistoryPageDto> {
    return this.history.ofUser(scope, id, query);
  }
}
