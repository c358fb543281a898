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
  'Quy tắc đếm (docs/statistics.md): mặc định tính nhiệm vụ được giao trong kỳ (basis=assigned), hoặc đến hạn trong kỳ (basis=due); ' +
  'nhiệm vụ đã hủy không tính (ghi chú); nhiệm vụ giao tiếp cho cấp dưới tính riêng cho đơn vị nhận (subtasks=include) hoặc không tính (exclude); ' +
  'hoàn thành sau khi được gia hạn là đúng hạn theo hạn hiện hành (mode=current) và quá hạn theo hạn ban đầu (mode=original); ' +
  'asOf dựng lại số liệu tại một thời điểm từ nhật ký. / Counting rules: tasks assigned in the period by default, or falling due in it; ' +
  'cancelled tasks left out; delegated sub-tasks counted for the unit they were given to, or left out; a task done after an approved ' +
  'extension is on time against the current deadline and late against the original; asOf rebuilds the table at an instant from the audit log. ' +
  'Xuất XLSX/CSV/PDF bằng ?format= hoặc Accept.';

@ApiTags('stats')
@ApiBearerAuth()
@Controller('stats')
export class StatsController {
  constructor(@Inject(StatsService) private readonly stats: StatsService) {}

  @Get('completion')
  @ApiOkJsonOrFile(
    CompletionDto,
    `Bảng tổng hợp kết quả thực hiện nhiệm vụ (TT, Tổng số, Hoàn thành trong hạn…, Tổng cộng). ${RULES}`,
  )
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
    'Xếp hạng đơn vị: tỷ lệ đúng hạn, số ngày làm việc chậm bình quân, thời gian tiếp nhận (trung vị), số lần bị đôn đốc vượt cấp, ' +
      'số yêu cầu giải trình, cùng kỳ năm trước; sắp xếp bằng sort/order. / Unit rankings with the same period last year; sortable.',
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
    'Danh sách nhiệm vụ quá hạn cho giao ban: theo đơn vị, số ngày làm việc quá hạn, cấp đôn đốc đã đến, thông báo gần nhất, ' +
      'giải trình của đơn vị. / The overdue pack for a briefing.',
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
