import {
  COMPLETION_COLUMNS,
  GROUP_HEADINGS,
  LATENESS_REASON_LABELS,
  type CompletionRow,
  type CompletionTable,
  type Grouping,
  type RankingRow,
} from '@dondoc/domain';
import type { ExportWords } from '../exports/labels';
import type { Cell, ReportColumn, ReportDoc } from '../exports/report';

/** The printed heading every report shares. */
export type Heading = Pick<ReportDoc, 'issuer' | 'number' | 'place' | 'date' | 'timeZone' | 'subtitle'>;

const completionCells = (row: CompletionRow): Record<string, Cell> => ({ ...row });

/** The completion table as printed: the official headings, the "Tổng cộng" row, the units with overdue tasks named. */
export function completionReport(
  table: CompletionTable,
  grouping: Grouping,
  heading: Heading,
  words: ExportWords,
): ReportDoc {
  const columns: ReportColumn[] = COMPLETION_COLUMNS.map((c) => ({
    key: c.key,
    header: c.key === 'label' ? GROUP_HEADINGS[grouping][words.lang] : c.label[words.lang],
    kind: c.kind,
    ...(c.key === 'tt' ? { width: 6 } : c.key === 'notes' ? { width: 30 } : {}),
  }));
  const late = table.rows.filter((r) => r.openOverdue > 0 || r.completedLate > 0);
  return {
    ...heading,
    words,
    fileName: 'bang-tong-hop-ket-qua-thuc-hien-nhiem-vu',
    title: words.stats.completionTitle,
    columns,
    rows: table.rows.map(completionCells),
    total: { ...completionCells(table.total), label: words.stats.total },
    closing: late.length
      ? words.stats.lateUnits(
          grouping === 'unit' ? 'unit' : 'group',
          late.map((r) => words.stats.lateUnit(r.label, r.openOverdue, r.completedLate)).join('; '),
        )
      : words.stats.noneLate,
  };
}

/** The rankings' columns in the reader's words ("same period last year" beside each measure). */
export function rankingColumns(words: ExportWords): ReportColumn[] {
  const h = words.stats.rankings;
  return [
    { key: 'rank', header: h.rank!, kind: 'index', width: 6 },
    { key: 'unitName', header: h.unitName!, kind: 'text' },
    { key: 'total', header: h.total!, kind: 'count' },
    { key: 'onTimeRate', header: h.onTimeRate!, kind: 'rate' },
    { key: 'lastYearOnTimeRate', header: h.lastYear!, kind: 'rate' },
    { key: 'meanWorkingDaysLate', header: h.meanWorkingDaysLate!, kind: 'number' },
    { key: 'lastYearMeanWorkingDaysLate', header: h.lastYear!, kind: 'number' },
    { key: 'medianHoursToAcknowledge', header: h.medianHoursToAcknowledge!, kind: 'number' },
    { key: 'escalations', header: h.escalations!, kind: 'count' },
    { key: 'lastYearEscalations', header: h.lastYear!, kind: 'count' },
    { key: 'explanationRequests', header: h.explanationRequests!, kind: 'count' },
    { key: 'lastYearExplanationRequests', header: h.lastYear!, kind: 'count' },
  ];
}

export function rankingsReport(rows: RankingRow[], heading: Heading, words: ExportWords): ReportDoc {
  return {
    ...heading,
    words,
    fileName: 'xep-hang-don-vi',
    title: words.stats.rankingsTitle,
    columns: rankingColumns(words),
    rows: rows.map((r) => ({
      rank: r.rank,
      unitName: r.unitName,
      total: r.total,
      onTimeRate: r.onTimeRate,
      lastYearOnTimeRate: r.lastYear.onTimeRate,
      meanWorkingDaysLate: r.meanWorkingDaysLate,
      lastYearMeanWorkingDaysLate: r.lastYear.meanWorkingDaysLate,
      medianHoursToAcknowledge: r.medianHoursToAcknowledge,
      escalations: r.escalations,
      lastYearEscalations: r.lastYear.escalations,
      explanationRequests: r.explanationRequests,
      lastYearExplanationRequests: r.lastYear.explanationRequests,
    })),
  };
}

export interface OverdueItem {
  unitName: string;
  documentNumber: string;
  taskTitle: string;
  deadline: Date;
  workingDaysOverdue: number;
  escalationLevel: number | null;
  lastNotice: string | null;
  lastNoticeAt: Date | null;
  explanation: string | null;
}

const OVERDUE_COLUMNS: Omit<ReportColumn, 'header'>[] = [
  { key: 'tt', kind: 'index', width: 6 },
  { key: 'unitName', kind: 'text', width: 24 },
  { key: 'documentNumber', kind: 'text', width: 14 },
  { key: 'taskTitle', kind: 'text', width: 40 },
  { key: 'deadline', kind: 'date' },
  { key: 'workingDaysOverdue', kind: 'count' },
  { key: 'escalationLevel', kind: 'count' },
  { key: 'lastNotice', kind: 'text', width: 24 },
  { key: 'lastNoticeAt', kind: 'date' },
  { key: 'explanation', kind: 'text', width: 36 },
];

export const overdueColumns = (words: ExportWords): ReportColumn[] =>
  OVERDUE_COLUMNS.map((c) => ({ ...c, header: words.stats.overdue[c.key]! }));

/** The explanation as one line: the reason category's label and the unit's words, or the request still open. */
export function explanationText(
  row: {
    explanationStatus: string | null;
    reasonCategory: string | null;
    answer: string | null;
  },
  words: ExportWords,
): string | null {
  if (!row.explanationStatus) return null;
  if (row.explanationStatus !== 'answered') return words.stats.explanationOpen;
  const label = LATENESS_REASON_LABELS[row.reasonCategory as keyof typeof LATENESS_REASON_LABELS]?.[words.lang];
  return `${label ?? row.reasonCategory}: ${row.answer ?? ''}`;
}

export function overdueReport(rows: AsyncIterable<OverdueItem>, heading: Heading, words: ExportWords): ReportDoc {
  return {
    ...heading,
    words,
    fileName: 'nhiem-vu-qua-han',
    title: words.stats.overdueTitle,
    columns: overdueColumns(words),
    rows: numbered(rows),
  };
}

async function* numbered(rows: AsyncIterable<OverdueItem>): AsyncIterable<Record<string, Cell>> {
  let tt = 0;
  for await (const row of rows) yield { tt: ++tt, ...row };
}
