import { Controller, Get, Headers, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Scope } from '@dondoc/domain';
import { CurrentScope } from '../auth/auth.guard';
import { chosenFormat } from '../exports/report';
import { reportFile, type ReportFile } from '../exports/send';
import { CompletionQuery, OverdueQuery, RankingsQuery } from './dto/stats.query';
import { completionReport, overdueReport, rankingsReport } from './stats-reports';
import { StatsService } from './stats.service';
import { CompletionDto, OverdueDto, RankingsDto, type OverdueItemDto } from './dto/stats.response';
import { ApiOkJsonOrFile } from '../common/dto/response.dto';
import { exportWords } from '../exports/labels';
import { readerLanguage } from '@dondoc/i18n';

const RULES =
  'Counting rules (docs/statistics.md): tasks assigned in the period by default (basis=assigned), or falling due in it (basis=due); ' +
  'cancelled tasks left out; delegated sub-tasks counted for the unit they were given to (subtasks=include), or left out (exclude); ' +
  'a task done after an approved extension is on time against the current deadline (mode=current) and late against the original ' +
  '(mode=original); asOf rebuilds the table at an instant from the audit log. XLSX, CSV or PDF with ?format= or Accept.';

@ApiTags('stats')
@ApiBearerAuth()
@Controller('stats')
export class StatsController {
  constructor(@Inject(StatsService) private readonly stats: StatsService) {}

  @Get('completion')
  @ApiOkJsonOrFile(CompletionDto, `The completion table (one row per unit, a total row). ${RULES}`)
  async completion(
    @CurrentScope() scope: Scope,
    @Query() q: CompletionQuery,
    @Headers('accept') accept?: string,
    @Headers('accept-language') language?: string,
  ): Promise<CompletionDto | ReportFile> {
    const lang = readerLanguage(language);
    const result = await this.stats.completion(scope, q, new Date(), lang);
    const format = chosenFormat(q.format, accept);
    return format
      ? reportFile(completionReport(result, result.rules.grouping, result.heading, exportWords(lang)), format)
      : result;
  }

  @Get('rankings')
  @ApiOkJsonOrFile(
    RankingsDto,
    'Unit rankings: on-time rate, mean working days late, median time to acknowledge, escalations, explanation requests, ' +
      'with the same period last year; sortable with sort and order.',
  )
  async rankings(
    @CurrentScope() scope: Scope,
    @Query() q: RankingsQuery,
    @Headers('accept') accept?: string,
    @Headers('accept-language') language?: string,
  ): Promise<RankingsDto | ReportFile> {
    const lang = readerLanguage(language);
    const result = await this.stats.rankings(scope, q, new Date(), lang);
    const format = chosenFormat(q.format, accept);
    return format ? reportFile(rankingsReport(result.rows, result.heading, exportWords(lang)), format) : result;
  }

  @Get('overdue')
  @ApiOkJsonOrFile(
    OverdueDto,
    'The overdue pack for a briefing: by unit, working days overdue, the escalation level reached, the latest notice, ' +
      'the unit’s explanations.',
  )
  async overdue(
    @CurrentScope() scope: Scope,
    @Query() q: OverdueQuery,
    @Headers('accept') accept?: string,
    @Headers('accept-language') language?: string,
  ): Promise<OverdueDto | ReportFile> {
    const lang = readerLanguage(language);
    const result = await this.stats.overdue(scope, q, new Date(), lang);
    const format = chosenFormat(q.format, accept);
    if (format) return reportFile(overdueReport(result.items, result.heading, exportWords(lang)), format);
    const items: OverdueItemDto[] = [];
    for await (const item of result.items) items.push(item);
    return { heading: result.heading, items };
  }
}
