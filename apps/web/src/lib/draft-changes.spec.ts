import { draftChanges, type ComparedBody, type DraftChange } from './draft-changes';

const base: ComparedBody = {
  documentNumber: '12-KH/TU',
  title: 'Kế hoạch tổ chức Ngày hội Đại đoàn kết',
  issueDate: '2026-12-14',
  summary: 'Tổ chức ở mọi khu dân cư',
  tasks: [
    { title: 'Chủ trì tổ chức Ngày hội', leadUnitId: 'u1', deadlineWorkingDays: 10 },
    { title: 'Vận động hội viên tham gia', leadUnitId: 'u2', deadline: '2026-12-31' },
  ],
};
const tasks = base.tasks!;

describe('draftChanges: what changed since the draft was returned', () => {
  it.each<[string, ComparedBody, DraftChange[]]>([
    ['nothing', { ...base }, []],
    ['whitespace only is no change', { ...base, title: ` ${base.title} ` }, []],
    [
      'the title and the summary',
      { ...base, title: 'Kế hoạch (sửa)', summary: '' },
      [
        { field: 'title', before: base.title, after: 'Kế hoạch (sửa)' },
        { field: 'summary', before: 'Tổ chức ở mọi khu dân cư', after: null },
      ],
    ],
    [
      'a deadline from working days to a date',
      { ...base, tasks: [{ ...tasks[0], deadlineWorkingDays: undefined, deadline: '2027-01-15' }, tasks[1]] },
      [
        {
          field: 'taskDeadline',
          task: 'Chủ trì tổ chức Ngày hội',
          before: { workingDays: 10 },
          after: { date: '2027-01-15' },
        },
      ],
    ],
    [
      'a task renamed in place (paired by position)',
      { ...base, tasks: [tasks[0], { ...tasks[1], title: 'Vận động toàn bộ hội viên' }] },
      [
        {
          field: 'taskTitle',
          task: 'Vận động toàn bộ hội viên',
          before: 'Vận động hội viên tham gia',
          after: 'Vận động toàn bộ hội viên',
        },
      ],
    ],
    ['tasks reordered are paired by title: no change', { ...base, tasks: [tasks[1], tasks[0]] }, []],
    [
      'a task added',
      {
        ...base,
        tasks: [tasks[0], tasks[1], { title: 'Tuyên truyền trên loa', leadUnitId: 'u3', deadlineWorkingDays: 5 }],
      },
      [{ field: 'taskAdded', task: 'Tuyên truyền trên loa', before: null, after: { workingDays: 5 } }],
    ],
    [
      'the first task removed',
      { ...base, tasks: [tasks[1]] },
      [{ field: 'taskRemoved', task: 'Chủ trì tổ chức Ngày hội', before: { workingDays: 10 }, after: null }],
    ],
    [
      'another setting of a task (its lead unit), and of the directive',
      { ...base, confidentiality: 'secret', tasks: [{ ...tasks[0], leadUnitId: 'u9' }, tasks[1]] },
      [
        { field: 'taskOther', task: 'Chủ trì tổ chức Ngày hội', before: null, after: null },
        { field: 'other', before: null, after: null },
      ],
    ],
  ])('%s', (_, after, expected) => {
    expect(draftChanges(base, after)).toEqual(expected);
  });
});
