import { NOTICE_KINDS, type NoticeKind } from '@dondoc/workflow-contract';
import type { Language } from '@dondoc/i18n';
import { oneLanguageProblems } from '../../../test/support/one-language';
import { renderDigest } from './digest';
import { legacyText, noticeParams, renderNotice, type NoticeContext } from './inbox';
import { renderMessage } from './message';
import type { MessageContext } from './types';

/**
 * Every notice in one language (docs/decisions/0071-notices-rendered-at-read.md): the
 * inbox, rendered when read, and the e-mails, in Vietnamese and in English, for every
 * kind with the notes the workflows really send: no glued text, no code, no ISO duration.
 */
const HCM = 'Asia/Ho_Chi_Minh';
const DUE = new Date('2026-12-15T10:00:00Z');

/** The data a notice names, in the reader's language (a name is data: it is what it is). */
const DATA: Record<
  Language,
  Pick<NoticeContext, 'documentNumber' | 'directiveTitle' | 'taskTitle' | 'lateUnitName'>
> = {
  vi: {
    documentNumber: '461-QĐ/TU',
    directiveTitle: 'Về tăng cường công tác kiểm tra, giám sát',
    taskTitle: 'Xây dựng kế hoạch thực hiện',
    lateUnitName: 'Huyện ủy A',
  },
  en: {
    documentNumber: '461-QD/TU',
    directiveTitle: 'Inspection and supervision',
    taskTitle: 'Draft the implementation plan',
    lateUnitName: 'District Committee A',
  },
};

/** Person's words in the reader's language. */
const WORDS: Record<Language, string> = { vi: 'Bổ sung số liệu quý IV', en: 'Add the fourth quarter figures' };

/** The notes each kind is really sent with (workflows/*.ts), codes and glued prefixes included. */
function notesOf(kind: NoticeKind, lang: Language): (string | null)[] {
  const words = WORDS[lang];
  switch (kind) {
    case 'task_assigned':
      return [
        null,
        'coordinating',
        `Tiếp nhận từ đơn vị ngừng hoạt động / taken over from a deactivated unit: ${words}`,
      ];
    case 'extension_decided':
      return ['approved', 'rejected'];
    case 'subtasks_completed':
      return ['1/1', '3/5'];
    case 'overdue':
      return [
        null,
        `Yêu cầu giải trình / explanation requested: ${words}`,
        `Yêu cầu giải trình, tiếp nhận từ đơn vị ngừng hoạt động / explanation requested, taken over from a deactivated unit: ${words}`,
      ];
    case 'reminder':
      return [null, 'Hạn giải trình / explanation due'];
    case 'escalation':
      return [null, 'Chưa giải trình / explanation overdue'];
    default:
      return [null, words];
  }
}

const cases = NOTICE_KINDS.flatMap((kind) =>
  (['vi', 'en'] as const).flatMap((lang) => notesOf(kind, lang).map((note) => [kind, lang, note] as const)),
);

function context(kind: NoticeKind, lang: Language, note: string | null): NoticeContext {
  const escalation = kind === 'escalation';
  return {
    kind,
    ...DATA[lang],
    secret: false,
    dueAt: DUE,
    level: escalation ? 2 : null,
    lateUnitName: escalation ? DATA[lang].lateUnitName : null,
    note,
  };
}

/** A text's problems for a reader of `lang`, links and the application's name (data) left out. */
function problems(text: string, lang: Language): string[] {
  return oneLanguageProblems(text.replace(/https:\/\/\S+/g, '').replace(/Đôn Đốc/g, 'App'), lang).map(
    (p) => `${p} in ${JSON.stringify(text)}`,
  );
}

describe('the inbox, rendered when read', () => {
  it.each(cases)('%s in %s with the note %j: one language, no code', (kind, lang, note) => {
    const row = { kind, params: noticeParams(context(kind, lang, note)), title: null, body: null };
    const { title, body } = renderNotice(row, lang, HCM);
    expect([...problems(title, lang), ...problems(body, lang)]).toEqual([]);
    expect(title).toContain(DATA[lang].taskTitle);
    expect(body).toContain(DATA[lang].documentNumber);
    expect(body).toContain('15/12/2026 17:00');
  });

  it('words the same row for each reader: Vietnamese for one, English for the other', () => {
    const row = {
      kind: 'escalation',
      params: noticeParams({ ...context('escalation', 'vi', null), dueAt: DUE }),
      title: null,
      body: null,
    };
    expect(renderNotice(row, 'vi', HCM)).toEqual({
      title: 'Báo cáo vượt cấp: đơn vị chậm thực hiện (Cấp đôn đốc 2): Xây dựng kế hoạch thực hiện',
      body: [
        '461-QĐ/TU — Về tăng cường công tác kiểm tra, giám sát',
        'Nhiệm vụ: Xây dựng kế hoạch thực hiện',
        'Hạn: 15/12/2026 17:00',
        'Cấp đôn đốc: 2',
        'Đơn vị chậm: Huyện ủy A',
      ].join('\n'),
    });
    expect(renderNotice(row, 'en', HCM).body.split('\n').slice(1)).toEqual([
      'Task: Xây dựng kế hoạch thực hiện',
      'Deadline: 15/12/2026 17:00',
      'Escalation level: 2',
      'Late unit: Huyện ủy A',
    ]);
  });

  it('words a decided extension and the sub-tasks count, never the code', () => {
    const decided = (note: string) =>
      renderNotice(
        {
          kind: 'extension_decided',
          params: noticeParams(context('extension_decided', 'en', note)),
          title: null,
          body: null,
        },
        'en',
        HCM,
      );
    expect(decided('approved').title).toBe('Extension approved: Draft the implementation plan');
    expect(decided('approved').body).toContain('New deadline: 15/12/2026 17:00\nDecision: Approved');
    expect(decided('rejected').body).toContain('Decision: Rejected');
    const subtasks = (lang: Language) =>
      renderNotice(
        {
          kind: 'subtasks_completed',
          params: noticeParams(context('subtasks_completed', lang, '3/5')),
          title: null,
          body: null,
        },
        lang,
        HCM,
      ).body;
    expect(subtasks('vi')).toContain('Ghi chú: Đã hoàn thành 3/5 nhiệm vụ cấp dưới');
    expect(subtasks('en')).toContain('Note: 3 of 5 sub-tasks completed');
  });

  it.each(['vi', 'en'] as const)(
    'stores nothing of a secret directive’s notice but that it is secret, and says only that (%s)',
    (lang) => {
      const SPY = 'SPY-secret-content';
      const params = noticeParams({
        kind: 'overdue',
        documentNumber: `${SPY}-number`,
        directiveTitle: `${SPY}-directive`,
        taskTitle: `${SPY}-task`,
        secret: true,
        dueAt: DUE,
        level: 2,
        lateUnitName: `${SPY}-unit`,
        note: `${SPY}-note`,
      });
      expect(params).toEqual({ secret: true });
      const { title, body } = renderNotice({ kind: 'overdue', params, title: null, body: null }, lang, HCM);
      expect(`${title}\n${body}`).not.toContain(SPY);
      expect([...problems(title, lang), ...problems(body, lang)]).toEqual([]);
      expect(title).toBe(lang === 'vi' ? 'Quá hạn — văn bản mật' : 'Overdue — confidential directive');
    },
  );
});

describe('legacy inbox rows (glued text, no parameters)', () => {
  const legacy = {
    kind: 'escalation',
    params: null,
    title: 'Báo cáo vượt cấp: đơn vị chậm thực hiện: Xây dựng kế hoạch / Escalation: a unit is late',
    body: [
      '461-QĐ/TU — Về tăng cường công tác kiểm tra, giám sát',
      'Nhiệm vụ / task: Xây dựng kế hoạch',
      'Hạn / deadline: 15/12/2026 17:00',
      'Cấp đôn đốc / escalation level: 2',
      'Đơn vị chậm / late unit: Huyện ủy A',
      'Ghi chú / note: Chưa giải trình / explanation overdue',
    ].join('\n'),
  };

  it('shows a Vietnamese reader the Vietnamese half, line by line', () => {
    const { title, body } = renderNotice(legacy, 'vi', HCM);
    expect(title).toBe('Báo cáo vượt cấp: đơn vị chậm thực hiện: Xây dựng kế hoạch');
    expect(body.split('\n')).toEqual([
      '461-QĐ/TU — Về tăng cường công tác kiểm tra, giám sát',
      'Nhiệm vụ: Xây dựng kế hoạch',
      'Hạn: 15/12/2026 17:00',
      'Cấp đôn đốc: 2',
      'Đơn vị chậm: Huyện ủy A',
      'Ghi chú: Chưa giải trình',
    ]);
    expect([...problems(title, 'vi'), ...problems(body, 'vi')]).toEqual([]);
  });

  it('shows an English reader the English labels, the data as it is', () => {
    const { title, body } = renderNotice(legacy, 'en', HCM);
    expect(title).toBe('Escalation: a unit is late');
    expect(body.split('\n').slice(1)).toEqual([
      'Task: Xây dựng kế hoạch',
      'Deadline: 15/12/2026 17:00',
      'Escalation level: 2',
      'Late unit: Huyện ủy A',
      'Note: Explanation overdue',
    ]);
  });

  it('shows an old secret notice by its reader’s half too', () => {
    const secret = {
      kind: 'overdue',
      params: null,
      title: 'Quá hạn — văn bản mật / Overdue — confidential directive',
      body: 'Có thông báo về một văn bản mật; mở ứng dụng để xem. / There is a notice about a confidential directive; open the application to read it.',
    };
    expect(renderNotice(secret, 'en', HCM)).toEqual({
      title: 'Overdue — confidential directive',
      body: 'There is a notice about a confidential directive; open the application to read it.',
    });
    expect(renderNotice(secret, 'vi', HCM).title).toBe('Quá hạn — văn bản mật');
  });

  it('keeps a line that was never glued as it is', () => {
    expect(legacyText('25 - QD / TU — Kế hoạch', 'en')).toBe('25 - QD / TU — Kế hoạch');
  });
});

describe('e-mails from the catalogues', () => {
  const email = (kind: NoticeKind, lang: Language, note: string | null, secret = false): MessageContext => ({
    ...context(kind, lang, note),
    lateUnitName: DATA[lang].lateUnitName ?? null,
    note,
    dueAt: DUE,
    level: kind === 'escalation' ? 2 : null,
    kind,
    locale: lang,
    secret,
    workingDaysLeft: 3,
    targetUnitName: lang === 'vi' ? 'Ban Tuyên giáo Tỉnh ủy' : 'Propaganda Board',
    link: 'https://dondoc.example.vn/tasks/t-1',
    timeZone: HCM,
  });

  it.each(cases)('%s in %s with the note %j: subject and text in one language, no code', (kind, lang, note) => {
    const m = renderMessage(email(kind, lang, note));
    expect([...problems(m.subject, lang), ...problems(m.text, lang)]).toEqual([]);
  });

  it.each(['vi', 'en'] as const)('a secret directive’s e-mail in %s: one language, no content', (lang) => {
    const m = renderMessage(email('overdue', lang, null, true));
    expect([...problems(m.subject, lang), ...problems(m.text, lang)]).toEqual([]);
    expect(m.text).not.toContain(DATA[lang].taskTitle);
  });

  it.each([
    ['vi', 1, 'còn 1 ngày làm việc'],
    ['en', 1, '1 working day left'],
    ['en', 3, '3 working days left'],
    ['en', -1, 'overdue by 1 working day'],
    ['vi', -1620, 'quá hạn 1.620 ngày làm việc'],
    ['en', 0, 'due today'],
  ] as const)('counts working days in %s by the plural rules: %d → %s', (lang, days, expected) => {
    expect(renderMessage({ ...email('reminder', lang, null), workingDaysLeft: days }).text).toContain(expected);
  });

  it.each(['vi', 'en'] as const)('the digest in %s: one language, counts by the plural rules', (lang) => {
    const d = renderDigest({
      locale: lang,
      date: '2026-12-10',
      recipientName: lang === 'vi' ? 'Nguyễn Văn An' : 'An Nguyen',
      timeZone: HCM,
      appLink: 'https://dondoc.example.vn/',
      items: (['due_soon', 'overdue', 'escalated'] as const).map((section) => ({
        section,
        ...DATA[lang],
        secret: section === 'escalated',
        dueAt: DUE,
        workingDaysLeft: section === 'overdue' ? -2 : 1,
        unitName: DATA[lang].lateUnitName!,
        link: 'https://dondoc.example.vn/tasks/t-1',
        level: section === 'escalated' ? 2 : null,
      })),
    });
    expect([...problems(d.subject, lang), ...problems(d.text, lang)]).toEqual([]);
    expect(d.subject).toContain(
      lang === 'vi' ? '1 sắp đến hạn, 1 quá hạn, 1 báo cáo vượt cấp' : '1 due soon, 1 overdue, 1 escalated',
    );
  });
});
