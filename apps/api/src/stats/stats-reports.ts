import {
  COMPLETION_COLUMNS,
  GROUP_HEADINGS,
  LATENESS_REASON_LABELS,
  type CompletionRow,
  type CompletionTable,
  type Grouping,
  type RankingRow,
} from '@dondoc/domain';
import type { Cell, ReportColumn, ReportDoc } from '../exports/report';

/** The printed heading every report shares. */
export type Heading = Pick<ReportDoc, 'issuer' | 'number' | 'place' | 'date' | 'timeZone' | 'subtitle'>;

const completionCells = (row: CompletionRow): Record<string, Cell> => ({ ...row });

/** The completion table as printed: the official headings, the "Tổng cộng" row, the units with overdue tasks named. */
export function completionReport(table: CompletionTable, grouping: Grouping, heading: Heading): ReportDoc {
  const columns: ReportColumn[] = COMPLETION_COLUMNS.map((c) => ({
    key: c.key,
    header: c.key === 'label' ? GROUP_HEADINGS[grouping].vi : c.label.vi,
    kind: c.kind,
    ...(c.key === 'tt' ? { width: 6 } : c.key === 'notes' ? { width: 30 } : {}),
  }));
  const late = table.rows.filter((r) => r.openOverdue > 0 || r.completedLate > 0);
  return {
    ...heading,
    fileName: 'bang-tong-hop-ket-qua-thuc-hien-nhiem-vu',
    title: 'BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN NHIỆM VỤ',
    columns,
    rows: table.rows.map(completionCells),
    total: { ...completionCells(table.total), label: 'Tổng cộng' },
    closing: late.length
      ? `Các ${grouping === 'unit' ? 'đơn vị' : 'nhóm'} còn nhiệm vụ chậm, quá hạn: ${late
          .map((r) => `${r.label} (${r.openOverdue} chưa hoàn thành quá hạn, ${r.completedLate} hoàn thành quá hạn)`)
          .join('; ')}.`
      : 'Không có nhiệm vụ chậm, quá hạn trong kỳ.',
  };
}

export const RANKING_COLUMNS: ReportColumn[] = [
  { key: 'rank', header: 'Hạng', kind: 'index', width: 6 },
  { key: 'unitName', header: 'Tên đơn vị', kind: 'text' },
  { key: 'total', header: 'Tổng số', kind: 'count' },
  { key: 'onTimeRate', header: 'Tỷ lệ hoàn thành đúng hạn', kind: 'rate' },
  { key: 'lastYearOnTimeRate', header: 'Cùng kỳ năm trước', kind: 'rate' },
  { key: 'meanWorkingDaysLate', header: 'Số ngày làm việc chậm bình quân', kind: 'number' },
  { key: 'lastYearMeanWorkingDaysLate', header: 'Cùng kỳ năm trước', kind: 'number' },
  { key: 'medianHoursToAcknowledge', header: 'Thời gian tiếp nhận (giờ, trung vị)', kind: 'number' },
  { key: 'escalations', header: 'Số lần bị đôn đốc vượt cấp', kind: 'count' },
  { key: 'lastYearEscalations', header: 'Cùng kỳ năm trước', kind: 'count' },
  { key: 'explanationRequests', header: 'Số yêu cầu giải trình', kind: 'count' },
  { key: 'lastYearExplanationRequests', header: 'Cùng kỳ năm trước', kind: 'count' },
];

export function rankingsReport(rows: RankingRow[], heading: Heading): ReportDoc {
  return {
    ...heading,
    fileName: 'xep-hang-don-vi',
    title: 'BẢNG XẾP HẠNG ĐƠN VỊ THEO KẾT QUẢ THỰC HIỆN NHIỆM VỤ',
    columns: RANKING_COLUMNS,
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

export const OVERDUE_COLUMNS: ReportColumn[] = [
  { key: 'tt', header: 'TT', kind: 'index', width: 6 },
  { key: 'unitName', header: 'Tên đơn vị', kind: 'text', width: 24 },
  { key: 'documentNumber', header: 'Văn bản', kind: 'text', width: 14 },
  { key: 'taskTitle', header: 'Nhiệm vụ', kind: 'text', width: 40 },
  { key: 'deadline', header: 'Hạn hoàn thành', kind: 'date' },
  { key: 'workingDaysOverdue', header: 'Số ngày làm việc quá hạn', kind: 'count' },
  { key: 'escalationLevel', header: 'Cấp đôn đốc đã đến', kind: 'count' },
  { key: 'lastNotice', header: 'Thông báo gần nhất', kind: 'text', width: 24 },
  { key: 'lastNoticeAt', header: 'Ngày thông báo', kind: 'date' },
  { key: 'explanation', header: 'Giải trình của đơn vị', kind: 'text', width: 36 },
];

/** The explanation as one line: the reason category's label and the unit's words, or the request still open. */
export function explanationText(row: {
  explanationStatus: string | null;
  reasonCategory: string | null;
  answer: string | null;
}): string | null {
  if (!row.explanationStatus) return null;
  if (row.explanationStatus !== 'answered') return 'Đã yêu cầu giải trình, chưa trả lời';
  const label = LATENESS_REASON_LABELS[row.reasonCategory as keyof typeof LATENESS_REASON_LABELS]?.vi;
  return `${label ?? row.reasonCategory}: ${row.answer ?? ''}`;
}

export function overdueReport(rows: AsyncIterable<OverdueItem>, heading: Heading): ReportDoc {
  return {
    ...heading,
    fileName: 'nhiem-vu-qua-han',
    title: 'DANH SÁCH NHIỆM VỤ QUÁ HẠN',
    columns: OVERDUE_COLUMNS,
    rows: numbered(rows),
  };
}

async function* numbered(rows: AsyncIterable<OverdueItem>): AsyncIterable<Record<string, Cell>> {
  let tt = 0;
  for await (const row of rows) yield { tt: ++tt, ...row };
}
