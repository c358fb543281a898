import type { TaskStatus } from '../directive';
import { INSTANT_PART, LITERAL_PART, RANK_PART, TEXT_PART, UUID_PART, type CursorPart } from './cursor';

/**
 * What a task list is sorted on (GET /tasks?sort=): the deadline, the status (overdue
 * first, then open, completed, cancelled), the lead unit's name, the directive's document
 * number (its number, 25 before 100, then as written), or the last change of the task. Each is a keyset key ending in (deadline, id) or
 * id, so every row has one place (docs/decisions/0055-keyset-lists.md).
 */
export const TASK_SORTS = ['deadline', 'status', 'unit', 'directive', 'updated'] as const;
export type TaskSort = (typeof TASK_SORTS)[number];

/** The statuses in the order a status sort shows them (ascending): what needs a hand first. */
export const TASK_STATUS_ORDER: readonly TaskStatus[] = ['overdue', 'assigned', 'completed', 'cancelled'];

/** A status's rank in TASK_STATUS_ORDER, from 1, as the key's text. */
export const taskStatusRank = (status: TaskStatus): string => String(TASK_STATUS_ORDER.indexOf(status) + 1);

/**
 * The parts of a sort's cursor. The deadline's is (deadline, id) as before; the others begin
 * with the sort's name, so a cursor of one sort given with another is a 400, not a wrong page.
 */
export function taskListCursorParts(sort: TaskSort): CursorPart[] {
  const deadlineAndId = [INSTANT_PART('deadline'), UUID_PART()];
  switch (sort) {
    case 'deadline':
      return deadlineAndId;
    case 'status':
      return [LITERAL_PART(sort), RANK_PART('status'), ...deadlineAndId];
    case 'unit':
      return [LITERAL_PART(sort), TEXT_PART('unit'), ...deadlineAndId];
    case 'directive':
      return [LITERAL_PART(sort), RANK_PART('documentNumber'), TEXT_PART('directive'), ...deadlineAndId];
    case 'updated':
      return [LITERAL_PART(sort), INSTANT_PART('updatedAt'), UUID_PART()];
  }
}

/** The cursor's values without the sort's name: the key the repository continues after. */
export const taskListKey = (sort: TaskSort, values: readonly string[]): string[] =>
  sort === 'deadline' ? [...values] : values.slice(1);

/** The cursor's values of a row's key. */
export const taskListCursorValues = (sort: TaskSort, key: readonly string[]): string[] =>
  sort === 'deadline' ? [...key] : [sort, ...key];
