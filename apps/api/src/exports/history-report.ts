import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { Scope } from '@dondoc/domain';
import type { HistoryEntry, HistoryService } from '../history/history.service';
import { HistoryQuery } from '../history/dto/history.query';
import type { Cell, ReportColumn, ReportDoc } from './report';

export class DirectiveHistoryQuery extends HistoryQuery {
  @ApiPropertyOptional({ enum: ['xlsx', 'csv', 'pdf'], description: 'Xuất tệp (hoặc theo Accept) / export format' })
  @IsOptional()
  @IsIn(['xlsx', 'csv', 'pdf'])
  format?: string;
}

const COLUMNS: ReportColumn[] = [
  { key: 'tt', header: 'TT', kind: 'index', width: 6 },
  { key: 'at', header: 'Thời điểm', kind: 'datetime', width: 18 },
  { key: 'actor', header: 'Người thực hiện', kind: 'text', width: 24 },
  { key: 'action', header: 'Nội dung', kind: 'text', width: 28 },
  { key: 'changes', header: 'Thay đổi (trước → sau)', kind: 'text', width: 50 },
  { key: 'notice', header: 'Thông báo (cấp, đơn vị nhận)', kind: 'text', width: 30 },
];

const show = (value: unknown) =>
  value === null || value === undefined ? '∅' : typeof value === 'object' ? JSON.stringify(value) : String(value);

function cells(entry: HistoryEntry, tt: number): Record<string, Cell> {
  const actor =
    entry.actor.type === 'system'
      ? 'Hệ thống'
      : [entry.actor.fullName ?? entry.actor.username, entry.actor.unit?.name].filter(Boolean).join(' — ');
  return {
    tt,
    at: new Date(entry.at),
    actor,
    action: entry.label.vi,
    changes: entry.changes.map((c) => `${c.field}: ${show(c.before)} → ${show(c.after)}`).join('; '),
    notice: entry.notice
      ? [entry.notice.level ? `cấp ${entry.notice.level}` : null, entry.notice.targetUnit?.name]
          .filter(Boolean)
          .join(', ')
      : '',
  };
}

/** A directive's whole history (its tasks and sub-tasks merged), read page by page as it is written out. */
export function directiveHistoryReport(
  history: HistoryService,
  scope: Scope,
  directiveId: string,
  query: HistoryQuery,
  heading: Pick<ReportDoc, 'issuer' | 'timeZone' | 'date'> & { documentNumber: string },
): ReportDoc {
  async function* rows(): AsyncIterable<Record<string, Cell>> {
    let tt = 0;
    for (let offset = 0; ; offset += 500) {
      const page = await history.ofDirective(scope, directiveId, { ...query, limit: 500, offset });
      for (const entry of page.items) yield cells(entry, ++tt);
      if (page.items.length < 500) return;
    }
  }
  return {
    issuer: heading.issuer,
    number: null,
    place: null,
    date: heading.date,
    timeZone: heading.timeZone,
    fileName: 'lich-su-van-ban',
    title: `LỊCH SỬ THEO DÕI VĂN BẢN ${heading.documentNumber}`,
    subtitle: 'Các thay đổi và thông báo của văn bản, các nhiệm vụ và nhiệm vụ giao tiếp, theo thời gian',
    columns: COLUMNS,
    rows: rows(),
  };
}
