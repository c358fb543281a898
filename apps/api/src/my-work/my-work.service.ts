import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '@dondoc/config';
import { MY_WORK_BUCKETS, myWorkApprovals, myWorkSides, myWorkWindow, toZonedIso, type Scope } from '@dondoc/domain';
import { CalendarRepository, MyWorkRepository, type MyWorkRow } from '@dondoc/persistence';
import { DraftsService } from '../drafts/drafts.service';
import type { MyWorkQuery } from './dto/my-work.query';
import type { MyWorkDto, MyWorkItemDto } from './dto/my-work.response';

/**
 * "Việc của tôi": what the signed-in person must do for their unit, in buckets of urgency
 * on the business calendar (libs/domain/src/my-work.ts), each item with its one next
 * action. Secret text leaves through the content gate like every answer; everyone an
 * item reaches (the lead unit, the assigning unit, the unit asked to explain) is cleared
 * for it by the rule of docs/secret-content.md, so the gate only matters should that change.
 */
@Injectable()
export class MyWorkService {
  constructor(
    @Inject(MyWorkRepository) private readonly work: MyWorkRepository,
    @Inject(CalendarRepository) private readonly calendars: CalendarRepository,
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(DraftsService) private readonly drafts: DraftsService,
  ) {}

  async get(scope: Scope, query: MyWorkQuery, now = new Date()): Promise<MyWorkDto> {
    const tz = this.config.timezone;
    const calendar = await this.calendars.calendar([now.getUTCFullYear()], tz);
    const window = myWorkWindow(calendar, now);
    const rows = await this.work.items({
      unitId: scope.unitId,
      ...myWorkSides(scope.role),
      window,
      limit: query.limit,
      bucket: query.bucket,
    });
    const buckets = MY_WORK_BUCKETS.map((bucket) => {
      const mine = rows.filter((row) => row.bucket === bucket);
      return {
        bucket,
        count: mine[0]?.bucketCount ?? 0,
        items: mine.filter((row) => row.listed).map((row) => this.item(row)),
      };
    });
    const approvals = myWorkApprovals(scope.role)
      ? await this.drafts.list(scope, { awaitingMe: true, limit: query.limit, offset: 0 })
      : { items: [], total: 0 };
    return {
      asOf: toZonedIso(now, tz),
      total: buckets.reduce((sum, b) => sum + b.count, 0),
      buckets,
      approvals: { count: approvals.total, items: approvals.items },
    };
  }

  private item(row: MyWorkRow): MyWorkItemDto {
    const tz = this.config.timezone;
    return {
      action: row.action,
      dueAt: toZonedIso(row.dueAt, tz),
      task: {
        id: row.taskId,
        title: row.taskTitle,
        phase: row.phase,
        deadline: toZonedIso(row.deadline, tz),
        reportRequired: row.reportRequired,
      },
      directive: {
        id: row.directiveId,
        documentNumber: row.documentNumber,
        title: row.directiveTitle,
        confidentiality: row.confidentiality,
        urgency: row.urgency,
      },
      periodic: row.reportingCycleId ? { reportingCycleId: row.reportingCycleId, periodKey: row.periodKey } : null,
      counterpart: { id: row.counterpartId, code: row.counterpartCode, name: row.counterpartName },
      report: row.reportId ? { id: row.reportId, version: row.reportVersion ?? 1 } : null,
      explanation: row.explanationId ? { id: row.explanationId, note: row.explanationNote ?? '' } : null,
    };
  }
}
