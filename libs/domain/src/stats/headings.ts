/**
 * Column headings of the tables, as provincial reports write them (docs/domain-rules.md#the-completion-table),
 * Vietnamese first; the same list drives JSON labels, XLSX, CSV and PDF.
 */
import type { Label } from '../history/action-labels';

export interface Column<K extends string = string> {
  key: K;
  label: Label;
  kind: 'index' | 'text' | 'count' | 'rate' | 'number' | 'date';
}

export const COMPLETION_COLUMNS = [
  { key: 'tt', kind: 'index', label: { vi: 'TT', en: 'No.' } },
  { key: 'label', kind: 'text', label: { vi: 'Tên đơn vị', en: 'Unit' } },
  { key: 'total', kind: 'count', label: { vi: 'Tổng số', en: 'Total' } },
  { key: 'completedOnTime', kind: 'count', label: { vi: 'Hoàn thành trong hạn', en: 'Completed on time' } },
  { key: 'completedLate', kind: 'count', label: { vi: 'Hoàn thành quá hạn', en: 'Completed late' } },
  { key: 'openWithinDeadline', kind: 'count', label: { vi: 'Chưa hoàn thành trong hạn', en: 'Open within deadline' } },
  { key: 'openOverdue', kind: 'count', label: { vi: 'Chưa hoàn thành quá hạn', en: 'Open overdue' } },
  { key: 'onTimeRate', kind: 'rate', label: { vi: 'Tỷ lệ hoàn thành đúng hạn', en: 'On-time rate' } },
  { key: 'lateRate', kind: 'rate', label: { vi: 'Tỷ lệ hoàn thành quá hạn', en: 'Late completion rate' } },
  { key: 'overdueRate', kind: 'rate', label: { vi: 'Tỷ lệ chưa hoàn thành quá hạn', en: 'Overdue rate' } },
  { key: 'notes', kind: 'text', label: { vi: 'Ghi chú', en: 'Notes' } },
] as const satisfies readonly Column[];

/** The first text column's heading under each grouping. */
export const GROUP_HEADINGS: Record<'unit' | 'directive' | 'month' | 'quarter', Label> = {
  unit: { vi: 'Tên đơn vị', en: 'Unit' },
  directive: { vi: 'Văn bản chỉ đạo', en: 'Directive' },
  month: { vi: 'Tháng', en: 'Month' },
  quarter: { vi: 'Quý', en: 'Quarter' },
};

export const TOTAL_LABEL: Label = { vi: 'Tổng cộng', en: 'Total' };
