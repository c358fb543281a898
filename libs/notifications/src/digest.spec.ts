import { renderDigest } from './digest';
import type { DigestContext, DigestItem } from './types';

const HCM = 'Asia/Ho_Chi_Minh';
const DUE = new Date('2026-12-15T10:00:00Z');
const DUE_LOCAL = '15/12/2026 17:00';

function allOf(m: { subject: string; text: string; html: string }): string {
  return [m.subject, m.text, m.html].join('\n');
}

describe('renderDigest', () => {
  function item(overrides: Partial<DigestItem>): DigestItem {
    return {
      section: 'due_soon',
      documentNumber: '461-QĐ/TU',
      directiveTitle: 'Về tăng cường công tác kiểm tra',
      taskTitle: 'Nhiệm vụ',
      secret: false,
      dueAt: DUE,
      workingDaysLeft: 3,
      unitName: 'Huyện ủy A',
      link: 'https://dondoc.example.vn/tasks/t-1',
      ...overrides,
    };
  }
  function digest(items: DigestItem[], overrides: Partial<DigestContext> = {}): DigestContext {
    return {
      locale: 'vi',
      date: '2026-12-10',
      recipientName: 'Nguyễn Văn An',
      items,
      timeZone: HCM,
      appLink: 'https://dondoc.example.vn/',
      ...overrides,
    };
  }

  it('lists due soon, overdue and escalated in that order', () => {
    const d = renderDigest(
      digest([
        item({ section: 'escalated', taskTitle: 'Task-E', workingDaysLeft: -5, level: 2 }),
        item({ section: 'overdue', taskTitle: 'Task-O', workingDaysLeft: -2 }),
        item({ section: 'due_soon', taskTitle: 'Task-D', workingDaysLeft: 0 }),
      ]),
    );
    expect(d.subject).toBe('[Đôn Đốc] Tổng hợp nhiệm vụ ngày 10/12/2026: 1 sắp đến hạn, 1 quá hạn, 1 báo cáo vượt cấp');
    for (const body of [d.text, d.html]) {
      const positions = ['Task-D', 'Task-O', 'Task-E'].map((t) => body.indexOf(t));
      expect(positions.every((p) => p >= 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      const headings = ['Nhiệm vụ sắp đến hạn', 'Nhiệm vụ quá hạn', 'Nhiệm vụ được báo cáo vượt cấp'];
      const headingPositions = headings.map((h) => body.toUpperCase().indexOf(h.toUpperCase()));
      expect([...headingPositions].sort((a, b) => a - b)).toEqual(headingPositions);
      expect(body).toContain(`${DUE_LOCAL} (hạn là hôm nay)`);
      expect(body).toContain(`${DUE_LOCAL} (quá hạn 2 ngày làm việc)`);
    }
    expect(d.text).toContain('Kính gửi đồng chí Nguyễn Văn An,');
    expect(d.text).toContain('Cấp đôn đốc: 2');
  });

  it('omits empty sections', () => {
    const d = renderDigest(digest([item({ section: 'overdue', workingDaysLeft: -1 })], { locale: 'en' }));
    expect(d.subject).toBe('[Đôn Đốc] Daily summary for 10/12/2026: 1 overdue');
    expect(d.text).toContain('OVERDUE (1)');
    expect(d.text).not.toContain('DUE SOON');
    expect(d.text).not.toContain('ESCALATED');
    expect(d.html).not.toContain('Due soon');
    expect(d.html).not.toContain('Escalated');
    expect(d.text).toContain('overdue by 1 working day');
  });

  it('says so when there is nothing to report', () => {
    const d = renderDigest(digest([]));
    expect(d.subject).toContain('không có nhiệm vụ cần lưu ý');
    expect(d.html).not.toContain('<ol>');
  });

  it('shows only a generic line for secret items', () => {
    const d = renderDigest(
      digest([
        item({
          secret: true,
          documentNumber: 'SPY-number',
          directiveTitle: 'SPY-title',
          taskTitle: 'SPY-task',
          unitName: 'SPY-unit',
        }),
      ]),
    );
    expect(allOf(d)).not.toContain('SPY');
    expect(d.text).toContain('văn bản mật');
    expect(d.text).toContain('https://dondoc.example.vn/tasks/t-1');
  });

  it('escapes every interpolated value in the HTML', () => {
    const d = renderDigest(
      digest([item({ taskTitle: '<script>x</script>', unitName: 'A & B' })], { recipientName: '"Lan"' }),
    );
    expect(d.html).not.toContain('<script>');
    expect(d.html).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(d.html).toContain('A &amp; B');
    expect(d.html).toContain('&quot;Lan&quot;');
  });
});
