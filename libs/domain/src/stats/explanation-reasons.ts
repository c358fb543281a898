/**
 * Why a task was late, as a unit states it when it answers an explanation request
 * (yêu cầu giải trình, docs/domain-rules.md#explanation-requests): a fixed list, so reasons can be counted across units.
 */
import type { Label } from '../history/action-labels';

export const LATENESS_REASONS = [
  'workload',
  'waiting_for_others',
  'data_not_available',
  'unclear_assignment',
  'staff_shortage',
  'objective_circumstances',
  'other',
] as const;
export type LatenessReason = (typeof LATENESS_REASONS)[number];

export const LATENESS_REASON_LABELS: Record<LatenessReason, Label> = {
  workload: { vi: 'Khối lượng công việc lớn', en: 'Heavy workload' },
  waiting_for_others: { vi: 'Chờ ý kiến, số liệu của cơ quan khác', en: 'Waiting for another body' },
  data_not_available: { vi: 'Chưa có số liệu', en: 'Data not yet available' },
  unclear_assignment: { vi: 'Nội dung giao chưa rõ', en: 'Assignment unclear' },
  staff_shortage: { vi: 'Thiếu cán bộ', en: 'Staff shortage' },
  objective_circumstances: { vi: 'Nguyên nhân khách quan (thiên tai, dịch bệnh…)', en: 'Circumstances beyond control' },
  other: { vi: 'Lý do khác', en: 'Other' },
};

export const isLatenessReason = (value: string): value is LatenessReason =>
  (LATENESS_REASONS as readonly string[]).includes(value);
