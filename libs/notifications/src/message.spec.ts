import { NOTICE_KINDS, type NoticeKind } from '@dondoc/workflow-contract';
import { renderMessage } from './message';
import type { Locale, MessageContext } from './types';
import { webhookPayload } from './webhook';

const HCM = 'Asia/Ho_Chi_Minh';
const DUE = new Date('2026-12-15T10:00:00Z');
const DUE_LOCAL = '15/12/2026 17:00';
const LOCALES: Locale[] = ['vi', 'en'];

function context(overrides: Partial<MessageContext> = {}): MessageContext {
  return {
    kind: 'reminder',
    locale: 'vi',
    documentNumber: '461-QĐ/TU',
    directiveTitle: 'Về tăng cường công tác kiểm tra, giám sát',
    taskTitle: 'Xây dựng kế hoạch thực hiện',
    secret: false,
    dueAt: DUE,
    workingDaysLeft: 3,
    level: null,
    lateUnitName: null,
    targetUnitName: 'Ban Tuyên giáo Tỉnh ủy',
    note: null,
    link: 'https://dondoc.example.vn/tasks/t-1',
    timeZone: HCM,
    ...overrides,
  };
}

function webhookContext(overrides: Partial<MessageContext> = {}) {
  return {
    ...context(overrides),
    deliveryId: 'd-1',
    noticeId: 'n-1',
    taskId: 't-1',
    directiveId: 'dir-1',
    occurredAt: new Date('2026-12-10T02:00:00Z'),
  };
}

function allOf(m: { subject: string; text: string; html: string }): string {
  return [m.subject, m.text, m.html].join('\n');
}

describe('renderMessage', () => {
  const cases = NOTICE_KINDS.flatMap((kind) => LOCALES.map((locale) => [kind, locale] as [NoticeKind, Locale]));

  it.each(cases)('renders %s in %s with the directive, task, deadline and link', (kind, locale) => {
    const m = renderMessage(context({ kind, locale, level: 2, lateUnitName: 'Huyện ủy A', note: 'approved' }));
    expect(m.subject).toMatch(/^\[Đôn Đốc\] /);
    for (const part of [m.subject, m.text, m.html]) expect(part.trim()).not.toBe('');
    for (const part of [m.text, m.html]) {
      expect(part).toContain('461-QĐ/TU');
      expect(part).toContain('Về tăng cường công tác kiểm tra, giám sát');
      // A draft waiting for approval (decision 74) has no task: its subject names the draft.
      if (!kind.startsWith('approval_')) expect(part).toContain('Xây dựng kế hoạch thực hiện');
      expect(part).toContain(DUE_LOCAL);
      expect(part).toContain('https://dondoc.example.vn/tasks/t-1');
    }
    expect(m.html).toMatch(/^<!DOCTYPE html>\n<html lang="(vi|en)">/);
    expect(m.html).toContain(`lang="${locale}"`);
    expect(m.html.trim().endsWith('</html>')).toBe(true);
    expect(m.html).not.toMatch(/<style|<script|<link/i);
  });

  it('writes Vietnamese by default, with diacritics and the target unit', () => {
    const m = renderMessage(context({ kind: 'task_assigned' }));
    expect(m.subject).toBe('[Đôn Đốc] Nhiệm vụ mới: Xây dựng kế hoạch thực hiện (461-QĐ/TU)');
    expect(m.text).toContain('Kính gửi: Ban Tuyên giáo Tỉnh ủy');
    expect(m.text).toContain('Đề nghị đồng chí');
    expect(m.text).toContain(`Hạn: ${DUE_LOCAL} (còn 3 ngày làm việc)`);
  });

  it.each([
    ['vi', 3, 'còn 3 ngày làm việc'],
    ['vi', 0, 'hạn là hôm nay'],
    ['vi', -2, 'quá hạn 2 ngày làm việc'],
    ['en', 3, '3 working days left'],
    ['en', 1, '1 working day left'],
    ['en', 0, 'due today'],
    ['en', -2, 'overdue by 2 working days'],
  ] as [Locale, number, string][])('in %s, %d working days reads "%s"', (locale, workingDaysLeft, wording) => {
    const m = renderMessage(context({ locale, workingDaysLeft }));
    expect(m.text).toContain(`${DUE_LOCAL} (${wording})`);
    expect(m.html).toContain(`${DUE_LOCAL} (${wording})`);
  });

  it('leaves out the deadline when there is none, and the count when it is unknown', () => {
    expect(renderMessage(context({ dueAt: null })).text).not.toMatch(/^Hạn:/m);
    expect(renderMessage(context({ workingDaysLeft: null })).text).toContain(`Hạn: ${DUE_LOCAL}\n`);
  });

  it('names the escalation level and the late unit', () => {
    const vi = renderMessage(context({ kind: 'escalation', level: 2, lateUnitName: 'Huyện ủy Châu Thành' }));
    expect(vi.subject).toContain('Cấp đôn đốc 2');
    expect(vi.text).toContain('Cấp đôn đốc: 2');
    expect(vi.text).toContain('Đơn vị chậm: Huyện ủy Châu Thành');
    expect(vi.html).toContain('Huyện ủy Châu Thành');
    const en = renderMessage(
      context({ kind: 'escalation', locale: 'en', level: 3, lateUnitName: 'Huyện ủy Châu Thành' }),
    );
    expect(en.subject).toContain('Escalation level 3');
    expect(en.text).toContain('Late unit: Huyện ủy Châu Thành');
  });

  it('carries the reviewer comment of a returned report and the reason of a cancellation', () => {
    const returned = renderMessage(context({ kind: 'report_returned', note: 'Bổ sung số liệu quý IV' }));
    expect(returned.text).toContain('Ý kiến thẩm định: Bổ sung số liệu quý IV');
    const cancelled = renderMessage(context({ kind: 'cancelled', locale: 'en', note: 'Superseded by 12-CT/TU' }));
    expect(cancelled.text).toContain('Reason for cancellation: Superseded by 12-CT/TU');
    expect(cancelled.html).toContain('Superseded by 12-CT/TU');
  });

  it('says whether an extension was approved or rejected', () => {
    const approved = renderMessage(context({ kind: 'extension_decided', note: 'approved' }));
    expect(approved.subject).toContain('Đề nghị gia hạn được chấp thuận');
    expect(approved.text).toContain('Kết quả: Chấp thuận');
    expect(approved.text).toContain(`Hạn mới: ${DUE_LOCAL}`);
    const rejected = renderMessage(context({ kind: 'extension_decided', note: 'rejected' }));
    expect(rejected.text).toContain('Kết quả: Không chấp thuận');
    const en = renderMessage(context({ kind: 'extension_decided', locale: 'en', note: 'rejected' }));
    expect(en.subject).toContain('Extension rejected');
    expect(en.text).toContain('Decision: Rejected');
  });

  it('escapes every interpolated value in the HTML', () => {
    const m = renderMessage(
      context({
        taskTitle: '<script>alert("x")</script>',
        directiveTitle: `Tom & Jerry's`,
        link: 'https://dondoc.example.vn/tasks/t-1?a=1&b="2"',
      }),
    );
    expect(m.html).not.toContain('<script>');
    expect(m.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(m.html).toContain('Tom &amp; Jerry&#39;s');
    expect(m.html).toContain('href="https://dondoc.example.vn/tasks/t-1?a=1&amp;b=&quot;2&quot;"');
    expect(m.text).toContain('<script>alert("x")</script>');
  });

  it('does not make anchors of links that are not http(s)', () => {
    const m = renderMessage(context({ link: 'javascript:alert(1)' }));
    expect(m.html).not.toContain('href="javascript');
  });

  it('keeps the subject on one line', () => {
    const m = renderMessage(context({ taskTitle: 'Dòng một\r\nBcc: x@example.com' }));
    expect(m.subject).not.toMatch(/[\r\n]/);
  });

  it('is deterministic', () => {
    expect(renderMessage(context({ kind: 'overdue' }))).toEqual(renderMessage(context({ kind: 'overdue' })));
  });
});

describe('secret directives', () => {
  const SPY = 'SPYSTRING';
  const spied = (kind: NoticeKind, locale: Locale) =>
    context({
      kind,
      locale,
      secret: true,
      documentNumber: `${SPY}-number`,
      directiveTitle: `${SPY}-directive`,
      taskTitle: `${SPY}-task`,
      note: `${SPY}-note`,
      lateUnitName: `${SPY}-late-unit`,
      targetUnitName: `${SPY}-target-unit`,
      level: 2,
    });
  const cases = NOTICE_KINDS.flatMap((kind) => LOCALES.map((locale) => [kind, locale] as [NoticeKind, Locale]));

  it.each(cases)('%s in %s says only that there is a notice to open, and the link', (kind, locale) => {
    const m = renderMessage(spied(kind, locale));
    expect(allOf(m)).not.toContain(SPY);
    expect(allOf(m)).not.toContain(DUE_LOCAL);
    expect(m.subject).toMatch(/^\[Đôn Đốc\] /);
    expect(m.subject).toContain(locale === 'vi' ? 'văn bản mật' : 'confidential directive');
    expect(m.text).toContain('https://dondoc.example.vn/tasks/t-1');
    expect(m.html).toContain('https://dondoc.example.vn/tasks/t-1');
  });

  it.each(NOTICE_KINDS)('the %s webhook payload leaks nothing', (kind) => {
    const payload = webhookPayload({ ...webhookContext(), ...spied(kind, 'vi') });
    expect(JSON.stringify(payload)).not.toContain(SPY);
    expect(Object.keys(payload).sort()).toEqual(
      ['confidential', 'id', 'kind', 'link', 'noticeId', 'occurredAt', 'title'].sort(),
    );
    expect(payload).toMatchObject({ confidential: true, kind, link: 'https://dondoc.example.vn/tasks/t-1' });
  });
});

describe('webhookPayload', () => {
  it('describes the notice in both languages', () => {
    const payload = webhookPayload(webhookContext({ kind: 'escalation', level: 2, lateUnitName: 'Huyện ủy A' }));
    expect(payload).toEqual({
      id: 'd-1',
      noticeId: 'n-1',
      kind: 'escalation',
      occurredAt: '2026-12-10T02:00:00.000Z',
      confidential: false,
      title: {
        vi: 'Báo cáo vượt cấp: đơn vị chậm thực hiện (Cấp đôn đốc 2)',
        en: 'Escalation: a unit is late (Escalation level 2)',
      },
      directive: { id: 'dir-1', documentNumber: '461-QĐ/TU', title: 'Về tăng cường công tác kiểm tra, giám sát' },
      task: {
        id: 't-1',
        title: 'Xây dựng kế hoạch thực hiện',
        deadline: '2026-12-15T17:00:00+07:00',
        workingDaysLeft: 3,
      },
      targetUnit: 'Ban Tuyên giáo Tỉnh ủy',
      level: 2,
      lateUnit: 'Huyện ủy A',
      note: null,
      noteText: null,
      link: 'https://dondoc.example.vn/tasks/t-1',
    });
  });

  it('carries the note as given, and its words in each language apart', () => {
    const payload = webhookPayload(webhookContext({ kind: 'task_assigned', note: 'coordinating' }));
    expect(payload).toMatchObject({
      note: 'coordinating',
      noteText: { vi: 'Đơn vị phối hợp thực hiện', en: 'Your unit takes part as a coordinating unit' },
    });
  });

  it('gives a null deadline when there is none', () => {
    expect(webhookPayload(webhookContext({ dueAt: null })).task).toMatchObject({ deadline: null });
  });
});
