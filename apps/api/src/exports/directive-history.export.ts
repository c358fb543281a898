import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '@dondoc/config';
import type { Scope } from '@dondoc/domain';
import { DirectivesRepository } from '@dondoc/persistence';
import { HistoryService } from '../history/history.service';
import { directiveHistoryReport, type DirectiveHistoryQuery } from './history-report';
import { chosenFormat } from './report';
import { reportFile, type ReportFile } from './send';
import type { HistoryPageDto } from '../history/dto/history.response';

/** A directive's history as JSON pages, or the whole of it as a streamed XLSX, CSV or PDF. */
@Injectable()
export class DirectiveHistoryExport {
  constructor(
    @Inject(HistoryService) private readonly history: HistoryService,
    @Inject(DirectivesRepository) private readonly directives: DirectivesRepository,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  async orPage(
    scope: Scope,
    id: string,
    query: DirectiveHistoryQuery,
    accept: string | undefined,
  ): Promise<HistoryPageDto | ReportFile> {
    const { format: asked, ...rest } = query;
    const format = chosenFormat(asked, accept);
    if (!format) return this.history.ofDirective(scope, id, rest as DirectiveHistoryQuery);
    const directive = await this.directives.get(scope, id);
    return reportFile(
      directiveHistoryReport(this.history, scope, id, rest as DirectiveHistoryQuery, {
        issuer: directive.directive.issuingUnit.name,
        documentNumber: directive.directive.documentNumber,
        timeZone: this.config.timezone,
        date: new Date(),
      }),
      format,
    );
  }
}
