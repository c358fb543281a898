import {
  EXPLANATION_HAND_OVER_REFUSALS,
  HAND_OVER_REFUSALS,
  LEGACY_NOTES,
  legacyDirectiveNotRecorded,
  msg,
  SYSTEM_NOTES,
  TASK_REFUSALS,
  deadlineRangeProblem,
  type Message,
} from '@dondoc/domain';
import { CATALOGUES, renderNote, renderText } from '@dondoc/i18n';
import { oneLanguageProblems, type Lang } from '../support/one-language';

/**
 * The refusals of the task machine and the workflows, and the notes the workflows write,
 * are catalogue texts in one language each (docs/decisions/0069-one-language-per-reader.md).
 */
const LANGS: Lang[] = ['vi', 'en'];

const refusals: [string, Message][] = [
  ...Object.entries(TASK_REFUSALS),
  ...Object.entries(HAND_OVER_REFUSALS).map(([name, m]) => [`handOver.${name}`, m] as [string, Message]),
  ...Object.entries(EXPLANATION_HAND_OVER_REFUSALS).map(([name, m]) => [`explanation.${name}`, m] as [string, Message]),
  ['subtasksStillOpen (1)', msg('refusals.subtasksStillOpen', { open: 1 })],
  ['subtasksStillOpen (1620)', msg('refusals.subtasksStillOpen', { open: 1620 })],
  ['unknownReasonCategory', msg('refusals.unknownReasonCategory')],
  ['explanationClosed', msg('refusals.explanationClosed')],
  ['directiveEnded', msg('refusals.directiveEnded')],
  ['unstorable', msg('refusals.unstorable')],
  ['directiveNotRecorded', msg('refusals.directiveNotRecorded')],
  ['calendar range, backwards', deadlineRangeProblem('2026-12-02', '2026-12-01')!],
  ['calendar range, too long', deadlineRangeProblem('2026-11-30', '2027-01-11')!],
];

describe('task-machine and workflow refusals', () => {
  it.each(refusals)('%s: a key of both catalogues', (_name, message) => {
    for (const lang of LANGS) expect(Object.hasOwn(CATALOGUES[lang], message.key)).toBe(true);
  });

  it.each(refusals.flatMap(([name, message]) => LANGS.map((lang) => [name, lang, message] as const)))(
    '%s in %s: one language, no code',
    (_name, lang, message) => {
      const text = renderText(message, lang);
      expect(text).not.toBe(message.key);
      expect(oneLanguageProblems(text, lang)).toEqual([]);
    },
  );

  it('counts sub-tasks in the reader’s words', () => {
    expect(renderText(msg('refusals.subtasksStillOpen', { open: 1 }), 'en')).toMatch(/^1 delegated sub-task is still/);
    expect(renderText(msg('refusals.subtasksStillOpen', { open: 1620 }), 'en')).toMatch(/^1,620 delegated sub-tasks/);
    expect(renderText(msg('refusals.subtasksStillOpen', { open: 1620 }), 'vi')).toMatch(/^Còn 1\.620 nhiệm vụ/);
  });
});

describe('workflow notes (libs/domain/src/system-notes.ts) and renderNote', () => {
  const notes: [string, string][] = [
    ['parentTaskCancelled', SYSTEM_NOTES.parentTaskCancelled('Văn bản được thay thế')],
    ['takenOverFromDeactivatedUnit', SYSTEM_NOTES.takenOverFromDeactivatedUnit('Sáp nhập xã')],
    ['explanationRequested', SYSTEM_NOTES.explanationRequested('Chậm báo cáo quý III')],
    ['explanationTakenOver', SYSTEM_NOTES.explanationTakenOver('Chậm báo cáo quý III')],
    ['explanationDue', SYSTEM_NOTES.explanationDue()],
    ['explanationOverdue', SYSTEM_NOTES.explanationOverdue()],
    ['directiveNotRecorded', SYSTEM_NOTES.directiveNotRecorded()],
  ];

  it.each(notes)('%s is stored as its Vietnamese catalogue text', (name, stored) => {
    const param = /: (.*)$/.exec(stored)?.[1];
    const values = param ? { reason: param, note: param } : {};
    expect(renderText(msg(`notes.${name}`, values), 'vi')).toBe(stored);
    expect(renderNote(stored, 'vi')).toBe(stored);
  });

  it.each(notes)('%s reads in English without Vietnamese but the person’s own words', (_name, stored) => {
    const english = renderNote(stored, 'en');
    const own = /: (.*)$/.exec(stored)?.[1];
    expect(oneLanguageProblems(own ? english.replace(own, '"…"') : english, 'en')).toEqual([]);
    if (own) expect(english.endsWith(`: ${own}`)).toBe(true);
  });

  it.each<[string, string, string]>([
    [LEGACY_NOTES.parentTaskCancelled('Hủy'), 'Nhiệm vụ cấp trên bị hủy: Hủy', 'Parent task cancelled: Hủy'],
    ['coordinating', 'Đơn vị phối hợp thực hiện', 'As a coordinating unit'],
    [LEGACY_NOTES.explanationDue(), 'Hạn giải trình', 'Explanation due'],
    [
      legacyDirectiveNotRecorded('QueryFailedError'),
      SYSTEM_NOTES.directiveNotRecorded(),
      'The directive could not be recorded: the data is not valid',
    ],
  ])('reads the glued note %j written before the patch in one language', (stored, vi, en) => {
    expect(renderNote(stored, 'vi')).toBe(vi);
    expect(renderNote(stored, 'en')).toBe(en);
  });

  it('says a cancelled parent of a cancelled parent in one language, and leaves a person’s words alone', () => {
    const twice = SYSTEM_NOTES.parentTaskCancelled(LEGACY_NOTES.parentTaskCancelled('Văn bản hết hiệu lực'));
    expect(renderNote(twice, 'en')).toBe('Parent task cancelled: Parent task cancelled: Văn bản hết hiệu lực');
    expect(renderNote('Đề nghị bổ sung số liệu', 'en')).toBe('Đề nghị bổ sung số liệu');
  });
});
