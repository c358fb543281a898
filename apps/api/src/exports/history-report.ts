import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { FieldChange } from '@dondoc/domain';
import type { HistoryEntry } from '../history/history.service';
import type { HistoryPageDto } from '../history/dto/history.response';
import { HistoryQuery } from '../history/dto/history.query';
import { changesText, unitIdsIn, type WordingContext } from './history-wording';
import type { ExportWords } from './labels';
import type { Cell, ReportColumn, ReportDoc } from './report';

export class DirectiveHistoryQuery extends HistoryQuery {
  @ApiPropertyOptional({
    enum: ['xlsx', 'csv', 'pdf', 'html'],
    description: 'Export format; html: the print view',
  })
  @IsOptional()
  @IsIn(['xlsx', 'csv', 'pdf', 'html'])
  format?: string;
}

const historyColumns = (w: ExportWords): ReportColumn[] => [
  { key: 'tt', header: w.history.columns.tt, kind: 'index', width: 6 },
  { key: 'at', header: w.history.columns.at, kind: 'datetime', width: 18 },
  { key: 'actor', header: w.history.columns.actor, kind: 'text', width: 26 },
  { key: 'action', header: w.history.columns.action, kind: 'text', width: 24 },
  { key: 'changes', header: w.history.columns.changes, kind: 'text', width: 50 },
  { key: 'notice', header: w.history.columns.notice, kind: 'text', width: 26 },
];

/**
 * One history line in words: who (full name and unit), what (the action's label in the
 * reader's language), the changes in words, the notice's level and receiving unit. No ids:
 * the hash chain is verified from the audit endpoints (positions and hashes), not from a
 * person's export (docs/decisions/0070-history-exports-in-words.md).
 */
export function historyCells(entry: HistoryEntry, tt: number, ctx: WordingContext): Record<string, Cell> {
  const w = ctx.words;
  const actor =
    entry.actor.type === 'system'
      ? w.system
      : [entry.actor.fullName ?? entry.actor.username, entry.actor.unit?.name].filter(Boolean).join(' — ');
  const notice = entry.notice
    ? [
        entry.notice.level ? w.history.noticeLevel(entry.notice.level) : null,
        entry.notice.targetUnit?.name ? w.history.noticeTo(entry.notice.targetUnit.name) : null,
      ]
        .filter(Boolean)
        .join(', ')
    : '';
  return {
    tt,
    at: new Date(entry.at),
    actor,
    // An action nobody has named yet is said as "another change", never by its code.
    action: entry.label[w.lang] === entry.action ? w.history.otherAction : entry.label[w.lang],
    changes: changesText(entry.changes as FieldChange[], ctx),
    notice,
  };
}

export interface HistorySource {
  /** One page of the history (the service's ofDirective / ofTask with the reader's scope). */
  page: (limit: number, offset: number) => Promise<HistoryPageDto>;
  /** Names of the units a page's changes name. */
  unitNames: (ids: string[]) => Promise<Map<string, string>>;
}

/** A whole history (a directive's with its tasks and sub-tasks, or a task's), read page by page as it is written out. */
export function historyReport(
  source: HistorySource,
  words: ExportWords,
  heading: Pick<ReportDoc, 'issuer' | 'timeZone' | 'date' | 'title' | 'subtitle' | 'fileName'>,
): ReportDoc {
  async function* rows(): AsyncIterable<Record<string, Cell>> {
    let tt = 0;
    for (let offset = 0; ; offset += 500) {
      const page = await source.page(500, offset);
      const names = await source.unitNames(page.items.flatMap((e) => unitIdsIn(e.changes as FieldChange[])));
      const ctx: WordingContext = { words, timeZone: heading.timeZone, unitName: (id) => names.get(id) };
      for (const entry of page.items) yield historyCells(entry, ++tt, ctx);
      if (page.items.length < 500) return;
    }
  }
  return { ...heading, number: null, place: null, words, columns: historyColumns(words), rows: rows() };
}
