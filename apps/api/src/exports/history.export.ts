import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '@dondoc/config';
import type { Scope } from '@dondoc/domain';
import { DirectivesRepository, TasksRepository, UnitsRepository } from '@dondoc/persistence';
import { HistoryService } from '../history/history.service';
import type { HistoryPageDto } from '../history/dto/history.response';
import { historyReport, type DirectiveHistoryQuery } from './history-report';
import { exportWords, type ExportLanguage } from './labels';
import { chosenFormat } from './report';
import { reportFile, type ReportFile } from './send';

/**
 * A directive's or a task's history as JSON pages, or the whole of it as a streamed XLSX,
 * CSV, PDF or print view (HTML), in the reader's language.
 */
@Injectable()
export class HistoryExport {
  constructor(
    @Inject(HistoryService) private readonly history: HistoryService,
    @Inject(DirectivesRepository) private readonly directives: DirectivesRepository,
    @Inject(TasksRepository) private readonly tasks: TasksRepository,
    @Inject(UnitsRepository) private readonly units: UnitsRepository,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  async ofDirective(
    scope: Scope,
    id: string,
    query: DirectiveHistoryQuery,
    accept: string | undefined,
    lang: ExportLanguage,
  ): Promise<HistoryPageDto | ReportFile> {
    const { format: asked, ...rest } = query;
    const format = chosenFormat(asked, accept);
    if (!format) return this.history.ofDirective(scope, id, rest);
    const { directive } = await this.directives.get(scope, id);
    const words = exportWords(lang);
    return this.file(format, lang, (limit, offset) => this.history.ofDirective(scope, id, { ...rest, limit, offset }), {
      issuer: directive.issuingUnit.name,
      fileName: 'lich-su-van-ban',
      title: words.history.directiveTitle(directive.documentNumber),
      subtitle: words.history.directiveSubtitle,
    });
  }

  async ofTask(
    scope: Scope,
    id: string,
    query: DirectiveHistoryQuery,
    accept: string | undefined,
    lang: ExportLanguage,
  ): Promise<HistoryPageDto | ReportFile> {
    const { format: asked, ...rest } = query;
    const format = chosenFormat(asked, accept);
    if (!format) return this.history.ofTask(scope, id, rest);
    const task = await this.tasks.find(scope, id);
    const words = exportWords(lang);
    return this.file(format, lang, (limit, offset) => this.history.ofTask(scope, id, { ...rest, limit, offset }), {
      issuer: task.assigningUnit.name,
      fileName: 'lich-su-nhiem-vu',
      title: words.history.taskTitle,
      subtitle: words.history.taskSubtitle(`${task.title} (${task.directive.documentNumber})`),
    });
  }

  /** One history, page by page, as the file asked for, in the reader's words. */
  private file(
    format: NonNullable<ReturnType<typeof chosenFormat>>,
    lang: ExportLanguage,
    page: (limit: number, offset: number) => Promise<HistoryPageDto>,
    head: { issuer: string; fileName: string; title: string; subtitle: string },
  ): ReportFile {
    return reportFile(
      historyReport({ page, unitNames: (ids) => this.units.namesOf(ids) }, exportWords(lang), {
        ...head,
        timeZone: this.config.timezone,
        date: new Date(),
      }),
      format,
    );
  }
}
