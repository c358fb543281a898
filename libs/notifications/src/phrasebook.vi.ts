/** Vietnamese, the default: the register of Party administrative documents. */
import type { Decision, Phrasebook } from './phrasebook';
import type { MessageContext } from './types';

export const VI: Phrasebook = {
  lang: 'vi',
  brand: '[Đôn Đốc]',
  decisionTitles: { approved: 'Đề nghị gia hạn được chấp thuận', rejected: 'Đề nghị gia hạn không được chấp thuận' },
  decisionValues: { approved: 'Chấp thuận', rejected: 'Không chấp thuận' },
  lead: viLead,
  greeting: (unitName) => `Kính gửi: ${unitName}`,
  levelHeadline: (level) => `Cấp đôn đốc ${level}`,
  confidentialTag: 'văn bản mật',
  secretGreeting: 'Kính gửi đồng chí,',
  secretLead: (title) =>
    `Có thông báo mới (${title}) liên quan đến một văn bản mật. ` +
    'Vì yêu cầu bảo mật, nội dung không được gửi qua thư điện tử; đề nghị đồng chí đăng nhập ứng dụng để xem.',
  labels: {
    directive: 'Văn bản',
    task: 'Nhiệm vụ',
    deadline: 'Hạn',
    newDeadline: 'Hạn mới',
    level: 'Cấp đôn đốc',
    lateUnit: 'Đơn vị chậm',
    unit: 'Đơn vị',
    decision: 'Kết quả',
    note: 'Ghi chú',
    reviewerComment: 'Ý kiến thẩm định',
    extensionReason: 'Lý do đề nghị gia hạn',
    cancellationReason: 'Lý do hủy',
    urgeNote: 'Ý kiến chỉ đạo',
  },
  workingDays: (n) => (n > 0 ? `còn ${n} ngày làm việc` : n === 0 ? 'hạn là hôm nay' : `quá hạn ${-n} ngày làm việc`),
  openTask: 'Xem chi tiết trên ứng dụng',
  openApp: 'Mở ứng dụng Đôn Đốc',
  footer: 'Thư được gửi tự động từ hệ thống Đôn Đốc. Vui lòng không trả lời thư này.',
  digest: {
    subject: (date, counts) => `Tổng hợp nhiệm vụ ngày ${date}: ${counts}`,
    heading: (date) => `Tổng hợp nhiệm vụ ngày ${date}`,
    nothing: 'không có nhiệm vụ cần lưu ý',
    greeting: (name) => `Kính gửi đồng chí ${name},`,
    intro: (date) => `Tình hình thực hiện nhiệm vụ cần lưu ý ngày ${date}:`,
    sections: {
      due_soon: 'Nhiệm vụ sắp đến hạn',
      overdue: 'Nhiệm vụ quá hạn',
      escalated: 'Nhiệm vụ được báo cáo vượt cấp',
    },
    counts: {
      due_soon: (n) => `${n} sắp đến hạn`,
      overdue: (n) => `${n} quá hạn`,
      escalated: (n) => `${n} báo cáo vượt cấp`,
    },
    secretItem: 'Nhiệm vụ thuộc văn bản mật — đăng nhập ứng dụng để xem.',
  },
};

/** The main sentence of a Vietnamese notice, in the register of Party administrative documents. */
function viLead(c: MessageContext, decision: Decision): string {
  switch (c.kind) {
    case 'task_assigned':
      return 'Đơn vị được giao thực hiện nhiệm vụ dưới đây. Đề nghị đồng chí xác nhận đã nhận nhiệm vụ và chỉ đạo tổ chức thực hiện, báo cáo kết quả đúng hạn.';
    case 'ack_due':
      return 'Nhiệm vụ dưới đây đã được giao nhưng đơn vị chưa xác nhận nhận nhiệm vụ. Đề nghị đồng chí xác nhận trên ứng dụng.';
    case 'reminder':
      return 'Nhắc hạn thực hiện nhiệm vụ dưới đây. Đề nghị đồng chí chỉ đạo hoàn thành và gửi báo cáo kết quả đúng hạn.';
    case 'overdue':
      return 'Nhiệm vụ dưới đây đã quá hạn nhưng đơn vị chưa gửi báo cáo kết quả. Đề nghị đồng chí khẩn trương chỉ đạo hoàn thành và báo cáo.';
    case 'escalation':
      return (c.level ?? 0) > 1
        ? 'Đơn vị dưới đây chậm thực hiện nhiệm vụ được giao. Đề nghị đồng chí chỉ đạo, đôn đốc đơn vị khẩn trương hoàn thành và báo cáo kết quả.'
        : 'Đơn vị đang chậm thực hiện nhiệm vụ dưới đây; nếu tiếp tục chậm, việc chậm trễ sẽ được báo cáo lên cấp trên. Đề nghị đồng chí khẩn trương chỉ đạo hoàn thành và báo cáo kết quả.';
    case 'report_submitted':
      return 'Có báo cáo kết quả thực hiện nhiệm vụ dưới đây đang chờ thẩm định. Đề nghị đồng chí xem xét, thẩm định báo cáo.';
    case 'report_returned':
      return 'Báo cáo kết quả thực hiện nhiệm vụ dưới đây bị trả lại. Đề nghị đồng chí chỉ đạo chỉnh sửa, bổ sung theo ý kiến thẩm định và gửi lại báo cáo.';
    case 'review_due':
      return 'Báo cáo kết quả thực hiện nhiệm vụ dưới đây đã quá hạn thẩm định. Đề nghị đồng chí khẩn trương thẩm định báo cáo.';
    case 'extension_requested':
      return 'Có đề nghị gia hạn thực hiện nhiệm vụ dưới đây. Đề nghị đồng chí xem xét, quyết định.';
    case 'extension_decided':
      return decision === 'approved'
        ? 'Đề nghị gia hạn thực hiện nhiệm vụ dưới đây đã được chấp thuận. Đề nghị đồng chí chỉ đạo hoàn thành và báo cáo kết quả theo hạn mới.'
        : decision === 'rejected'
          ? 'Đề nghị gia hạn thực hiện nhiệm vụ dưới đây không được chấp thuận. Đề nghị đồng chí chỉ đạo hoàn thành và báo cáo kết quả theo hạn đã giao.'
          : 'Đề nghị gia hạn thực hiện nhiệm vụ dưới đây đã có quyết định. Đề nghị đồng chí xem chi tiết trên ứng dụng.';
    case 'cancelled':
      return 'Nhiệm vụ dưới đây đã bị hủy; đơn vị không tiếp tục thực hiện.';
    case 'urged':
      return 'Lãnh đạo đôn đốc đơn vị về nhiệm vụ dưới đây đang chậm thực hiện. Đề nghị đồng chí khẩn trương chỉ đạo hoàn thành và báo cáo kết quả.';
    case 'approval_reminder':
      return 'Dự thảo văn bản dưới đây đang chờ đồng chí phê duyệt. Đề nghị đồng chí xem xét, phê duyệt, trả lại hoặc từ chối trên ứng dụng.';
    case 'approval_escalation':
      return 'Dự thảo văn bản dưới đây đã chờ phê duyệt quá thời hạn. Đề nghị đồng chí đôn đốc người được giao phê duyệt.';
    case 'subtasks_completed':
      return 'Các đơn vị cấp dưới đã hoàn thành phần việc được giao của nhiệm vụ dưới đây. Đề nghị đồng chí tổng hợp và gửi báo cáo kết quả.';
    default:
      return 'Có thông báo mới về nhiệm vụ dưới đây.';
  }
}
