import { renderChannelText } from './channel-text';
import type { MessageContext } from './types';

const context = (over: Partial<MessageContext> = {}): MessageContext => ({
  kind: 'reminder',
  locale: 'vi',
  documentNumber: '20-KH/TU',
  directiveTitle: 'Kế hoạch dân vận MẬT-TIÊU-ĐỀ',
  taskTitle: 'Báo cáo sơ kết MẬT-NHIỆM-VỤ',
  secret: false,
  dueAt: new Date('2026-06-14T10:00:00Z'),
  workingDaysLeft: 2,
  level: null,
  lateUnitName: 'Hội Nông dân MẬT-ĐƠN-VỊ',
  targetUnitName: 'Hội Nông dân tỉnh',
  note: 'ghi chú MẬT-GHI-CHÚ',
  link: 'https://dondoc.example/api/v1/tasks/0b7e',
  timeZone: 'Asia/Ho_Chi_Minh',
  ...over,
});

describe('the text of a notice on SMS, Zalo and Telegram (pure)', () => {
  it('names the kind, the task, its document, the deadline and the link, on one line', () => {
    const text = renderChannelText(context());
    expect(text).toBe(
      '[Đôn Đốc] Nhắc hạn: Báo cáo sơ kết MẬT-NHIỆM-VỤ (20-KH/TU). Hạn: 14/06/2026 17:00 (còn 2 ngày làm việc). https://dondoc.example/api/v1/tasks/0b7e',
    );
  });

  it.each(['vi', 'en'] as const)('says only that there is a notice to open for a secret directive (%s)', (locale) => {
    for (const kind of ['task_assigned', 'reminder', 'escalation', 'urged', 'cancelled'] as const) {
      const text = renderChannelText(context({ secret: true, locale, kind, level: 2 }));
      for (const spy of ['MẬT-TIÊU-ĐỀ', 'MẬT-NHIỆM-VỤ', 'MẬT-ĐƠN-VỊ', 'MẬT-GHI-CHÚ', '20-KH/TU', '14/06/2026'])
        expect(text).not.toContain(spy);
      expect(text).toContain('https://dondoc.example/api/v1/tasks/0b7e');
      expect(text).toMatch(
        locale === 'vi' ? /văn bản mật.*đăng nhập ứng dụng/ : /confidential.*sign in to the application/,
      );
    }
  });
});
