/**
 * What changed in a draft between the version its approver returned and the edit now
 * (decision 74): the directive's title, number, date and summary, and per task its title,
 * description and deadline, a task added or removed, and "something else" for the settings
 * a person rarely reads side by side (policies, indicators, units). Pure: the draft page
 * formats the values.
 */

/** A task's deadline as a draft holds it: a date, or a number of working days from issue. */
export type Deadline = { date: string } | { workingDays: number } | null;

export type ChangeValue = string | Deadline;

export type DraftChangeField =
  | 'documentNumber'
  | 'title'
  | 'issueDate'
  | 'summary'
  | 'other'
  | 'taskAdded'
  | 'taskRemoved'
  | 'taskTitle'
  | 'taskDescription'
  | 'taskDeadline'
  | 'taskOther';

export interface DraftChange {
  field: DraftChangeField;
  /** The task's title (its new one when renamed), for the task rows. */
  task?: string;
  before: ChangeValue | null;
  after: ChangeValue | null;
}

/** The parts of a directive's body compared (a draft's body is the POST /directives request). */
export interface ComparedTask {
  title: string;
  description?: string;
  deadline?: string;
  deadlineWorkingDays?: number;
  [other: string]: unknown;
}
export interface ComparedBody {
  documentNumber: string;
  title: string;
  issueDate: string;
  summary?: string;
  tasks?: ComparedTask[];
  [other: string]: unknown;
}

const DIRECTIVE_FIELDS = ['documentNumber', 'title', 'issueDate', 'summary'] as const;
const TASK_FIELDS = ['title', 'description', 'deadline', 'deadlineWorkingDays'];

function deadlineOf(task: ComparedTask): Deadline {
  if (task.deadline) return { date: task.deadline };
  if (task.deadlineWorkingDays !== undefined) return { workingDays: task.deadlineWorkingDays };
  return null;
}

const text = (value: string | undefined) => (value ?? '').trim();
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function rest<T extends Record<string, unknown>>(value: T, known: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key, v]) => !known.includes(key) && v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

/**
 * The returned tasks paired with the current ones: first by the same title, then the rest in
 * order; a current task left over was added, a returned one left over removed.
 */
function pairTasks(before: ComparedTask[], after: ComparedTask[]) {
  const taken = new Set<number>();
  const pairs: [ComparedTask | null, ComparedTask | null][] = [];
  const unmatched: ComparedTask[] = [];
  for (const old of before) {
    const index = after.findIndex((t, i) => !taken.has(i) && text(t.title) === text(old.title));
    if (index >= 0) {
      taken.add(index);
      pairs.push([old, after[index]]);
    } else unmatched.push(old);
  }
  const free = after.filter((_, i) => !taken.has(i));
  unmatched.forEach((old, i) => pairs.push([old, free[i] ?? null]));
  free.slice(unmatched.length).forEach((added) => pairs.push([null, added]));
  return pairs;
}

export function draftChanges(before: ComparedBody, after: ComparedBody): DraftChange[] {
  const changes: DraftChange[] = [];
  for (const field of DIRECTIVE_FIELDS)
    if (text(before[field]) !== text(after[field]))
      changes.push({ field, before: text(before[field]) || null, after: text(after[field]) || null });
  for (const [old, now] of pairTasks(before.tasks ?? [], after.tasks ?? [])) {
    if (!old) {
      changes.push({ field: 'taskAdded', task: now!.title, before: null, after: deadlineOf(now!) });
      continue;
    }
    if (!now) {
      changes.push({ field: 'taskRemoved', task: old.title, before: deadlineOf(old), after: null });
      continue;
    }
    const task = now.title;
    if (text(old.title) !== text(now.title))
      changes.push({ field: 'taskTitle', task, before: old.title, after: now.title });
    if (text(old.description) !== text(now.description))
      changes.push({
        field: 'taskDescription',
        task,
        before: text(old.description) || null,
        after: text(now.description) || null,
      });
    if (!same(deadlineOf(old), deadlineOf(now)))
      changes.push({ field: 'taskDeadline', task, before: deadlineOf(old), after: deadlineOf(now) });
    if (!same(rest(old, TASK_FIELDS), rest(now, TASK_FIELDS)))
      changes.push({ field: 'taskOther', task, before: null, after: null });
  }
  if (!same(rest(before, [...DIRECTIVE_FIELDS, 'tasks']), rest(after, [...DIRECTIVE_FIELDS, 'tasks'])))
    changes.push({ field: 'other', before: null, after: null });
  return changes;
}
