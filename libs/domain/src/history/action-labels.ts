/**
 * What each audit action means, in the words an inspection team reads: Vietnamese
 * first, English second. An action without an entry is shown by its code. (Notices are
 * labelled by their kind's title, in libs/notifications.)
 */
export interface Label {
  vi: string;
  en: string;
}

export const ACTION_LABELS: Readonly<Record<string, Label>> = {
  'directive.recorded': { vi: 'Ban hành văn bản', en: 'Directive issued' },
  'directive.cancelled': { vi: 'Hủy văn bản', en: 'Directive cancelled' },
  'directive.amended': { vi: 'Điều chỉnh văn bản', en: 'Directive amended' },
  'directive.secret_read': { vi: 'Xem nội dung mật', en: 'Secret content read' },
  'attachment.uploaded': { vi: 'Đính kèm tệp', en: 'File attached' },
  'attachment.removed': { vi: 'Gỡ tệp đính kèm', en: 'Attached file removed' },
  'attachment.secret_downloaded': { vi: 'Tải tệp của văn bản mật', en: 'Secret directive’s file downloaded' },
  'directive.rejected': { vi: 'Văn bản bị từ chối', en: 'Directive rejected' },
  'draft.created': { vi: 'Soạn dự thảo', en: 'Draft created' },
  'draft.edited': { vi: 'Sửa dự thảo', en: 'Draft edited' },
  'draft.submitted': { vi: 'Trình duyệt dự thảo', en: 'Draft submitted for approval' },
  'draft.returned': { vi: 'Trả lại dự thảo kèm ý kiến', en: 'Draft returned with comments' },
  'draft.approved': { vi: 'Phê duyệt dự thảo', en: 'Draft approved' },
  'draft.rejected': { vi: 'Từ chối dự thảo', en: 'Draft rejected' },
  'task.assigned': { vi: 'Giao nhiệm vụ', en: 'Task assigned' },
  'task.added': { vi: 'Bổ sung nhiệm vụ', en: 'Task added' },
  'task.follow_up_started': { vi: 'Bắt đầu theo dõi', en: 'Follow-up started' },
  'task.own_follow_up': { vi: 'Chuyển sang theo dõi riêng nhiệm vụ', en: 'Task followed up on its own' },
  'task.own_follow_up_started': { vi: 'Bắt đầu theo dõi riêng nhiệm vụ', en: 'Own follow-up of the task started' },
  'task.completed': { vi: 'Hoàn thành nhiệm vụ', en: 'Task completed' },
  'task.acknowledged': { vi: 'Xác nhận đã nhận nhiệm vụ', en: 'Task acknowledged' },
  'task.overdue': { vi: 'Quá hạn', en: 'Overdue' },
  'task.report': { vi: 'Nộp báo cáo', en: 'Report submitted' },
  'task.reported': { vi: 'Nộp báo cáo', en: 'Report submitted' },
  'task.review': { vi: 'Thẩm định báo cáo', en: 'Report reviewed' },
  'task.extension_requested': { vi: 'Đề nghị gia hạn', en: 'Extension requested' },
  'task.extension_decided': { vi: 'Quyết định gia hạn', en: 'Extension decided' },
  'task.deadline_changed': { vi: 'Thay đổi hạn', en: 'Deadline changed' },
  'task.cancelled': { vi: 'Hủy nhiệm vụ', en: 'Task cancelled' },
  'task.delegated': { vi: 'Giao cho cấp dưới', en: 'Delegated to subordinate units' },
  'task.reassigned': { vi: 'Chuyển cho đơn vị kế thừa', en: 'Moved to the successor unit' },
  'task.handed_over': { vi: 'Bàn giao cho đơn vị kế thừa', en: 'Handed over to the successor unit' },
  'task.urged': { vi: 'Đôn đốc', en: 'Urged' },
  'task.explanation_requested': { vi: 'Yêu cầu giải trình', en: 'Explanation requested' },
  'task.explanation_answered': { vi: 'Giải trình', en: 'Explanation given' },
  'task.explanation_handed_over': {
    vi: 'Chuyển yêu cầu giải trình cho đơn vị kế thừa',
    en: 'Explanation request handed over to the successor unit',
  },
  'cohort.restarted': { vi: 'Khởi động lại việc theo dõi chung', en: 'Shared follow-up restarted' },
  'cohort.instant_late': { vi: 'Nhóm nhiệm vụ quá hạn ngay khi giao', en: 'Tasks overdue as soon as assigned' },
  'cycle.created': { vi: 'Tạo chế độ báo cáo định kỳ', en: 'Reporting cycle created' },
  'cycle.amended': { vi: 'Điều chỉnh chế độ báo cáo định kỳ', en: 'Reporting cycle amended' },
  'round.opened': { vi: 'Mở đợt báo cáo', en: 'Reporting round opened' },
  'round.urged': { vi: 'Đôn đốc đợt báo cáo', en: 'Reporting round urged' },
  'round.withdrawn': { vi: 'Thu hồi đợt báo cáo', en: 'Reporting round withdrawn' },
  'round.deadlines_amended': { vi: 'Điều chỉnh hạn của đợt báo cáo', en: 'Reporting round deadlines changed' },
  'unit.created': { vi: 'Tạo đơn vị', en: 'Unit created' },
  'unit.updated': { vi: 'Cập nhật đơn vị', en: 'Unit updated' },
  'unit.moved': { vi: 'Chuyển đơn vị cấp trên', en: 'Unit moved' },
  'unit.deactivated': { vi: 'Ngừng hoạt động đơn vị', en: 'Unit deactivated' },
  'unit.imported': { vi: 'Nhập danh sách đơn vị', en: 'Units imported' },
  'user.created': { vi: 'Tạo người dùng', en: 'User created' },
  'user.tokens_revoked': { vi: 'Đăng xuất mọi nơi', en: 'Signed out everywhere' },
  'user.password_changed': { vi: 'Đổi mật khẩu', en: 'Password changed' },
  'user.deactivated': { vi: 'Vô hiệu hóa tài khoản', en: 'Account deactivated' },
  'user.reactivated': { vi: 'Kích hoạt lại tài khoản', en: 'Account reactivated' },
  'user.session_revoked': {
    vi: 'Thu hồi phiên đăng nhập (mã làm mới bị dùng lại)',
    en: 'Session revoked (refresh token reused)',
  },
  'calendar.override_set': { vi: 'Điều chỉnh lịch làm việc', en: 'Calendar day set' },
  'calendar.override_removed': { vi: 'Bỏ điều chỉnh lịch', en: 'Calendar override removed' },
  'webhook.created': { vi: 'Đăng ký webhook', en: 'Webhook registered' },
  'webhook.removed': { vi: 'Gỡ webhook', en: 'Webhook removed' },
  'delivery.redriven': { vi: 'Gửi lại thông báo', en: 'Delivery re-driven' },
  'unit.reorganised': { vi: 'Sắp xếp lại đơn vị theo phương án', en: 'Unit reorganised by a plan' },
  'user.moved': { vi: 'Chuyển người dùng sang đơn vị kế thừa', en: 'User moved to the successor unit' },
  'webhook.moved': { vi: 'Chuyển webhook sang đơn vị kế thừa', en: 'Webhook moved to the successor unit' },
  'reorganisation.planned': { vi: 'Lập phương án sắp xếp', en: 'Reorganisation planned' },
  'reorganisation.cancelled': { vi: 'Hủy phương án sắp xếp', en: 'Reorganisation cancelled' },
  'reorganisation.brought_forward': { vi: 'Áp dụng ngay phương án sắp xếp', en: 'Reorganisation brought forward' },
  'reorganisation.refused': {
    vi: 'Phương án sắp xếp bị từ chối khi đến hiệu lực',
    en: 'Reorganisation refused at its effective date',
  },
  'reorganisation.applying': { vi: 'Bắt đầu áp dụng phương án sắp xếp', en: 'Reorganisation being applied' },
  'reorganisation.applied': { vi: 'Đã áp dụng phương án sắp xếp', en: 'Reorganisation applied' },
};

export function actionLabel(action: string): Label {
  return ACTION_LABELS[action] ?? { vi: action, en: action };
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** The fields whose values differ between two snapshots, in key order. */
export function fieldChanges(
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined,
): FieldChange[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].sort();
  return keys
    .map((field) => ({ field, before: before?.[field] ?? null, after: after?.[field] ?? null }))
    .filter((change) => JSON.stringify(change.before) !== JSON.stringify(change.after));
}
