import type { BusinessCalendar } from './calendar/business-calendar';

/**
 * Cascade (giao lại cho cấp dưới): a unit hands parts of its task to its own
 * subordinate units. Their deadlines come before its own so that it has time to
 * consolidate — by default one working day earlier per level.
 */

/** Working days kept between a sub-task's deadline and its parent's, by default. */
export const CONSOLIDATION_WORKING_DAYS = 1;

/**
 * The default deadline of a sub-task: `days` working days before the parent's, at the
 * same time of day. When that instant has already passed (a parent due tomorrow
 * morning), the parent's own deadline: a deadline in the past helps nobody.
 */
export function defaultSubtaskDeadline(
  parentDeadline: Date,
  calendar: BusinessCalendar,
  now: Date,
  days = CONSOLIDATION_WORKING_DAYS,
): Date {
  const date = calendar.dateOf(parentDeadline);
  const earlier = calendar.at(calendar.subtractWorkingDays(date, days), calendar.minutesOf(parentDeadline));
  return earlier.getTime() > now.getTime() ? earlier : parentDeadline;
}

export type SubtaskDeadlineProblem = 'after_parent' | 'in_past';

/** Why a chosen sub-task deadline cannot be accepted, or null when it can. */
export function subtaskDeadlineProblem(deadline: Date, parentDeadline: Date, now: Date): SubtaskDeadlineProblem | null {
  if (deadline.getTime() <= now.getTime()) return 'in_past';
  if (deadline.getTime() > parentDeadline.getTime()) return 'after_parent';
  return null;
}

export interface ProgressNode {
  id: string;
  parentId: string | null;
  status: string;
}

export interface Progress {
  /** 0..1: completed tasks count 1, open ones the mean of their open and completed sub-tasks, else 0. */
  ratio: number;
  /** Sub-tasks directly below, by what they are doing. */
  subtasks: { total: number; completed: number; open: number; cancelled: number };
}

/**
 * Progress of every task of a tree, rolled up from the leaves: a completed task is
 * done (1); a cancelled one does not count; an open task with sub-tasks is as far as
 * the mean of its live sub-tasks (it is not done until its own report is accepted, so
 * at most 0.99); an open task without sub-tasks is at 0.
 */
export function rollUpProgress(nodes: ProgressNode[]): Map<string, Progress> {
  const children = new Map<string, ProgressNode[]>();
  for (const node of nodes) {
    if (node.parentId === null) continue;
    const list = children.get(node.parentId) ?? [];
    list.push(node);
    children.set(node.parentId, list);
  }
  const result = new Map<string, Progress>();
  const visit = (node: ProgressNode, seen: Set<string>): Progress => {
    const known = result.get(node.id);
    if (known) return known;
    if (seen.has(node.id)) throw new Error(`cycle in the task tree at ${node.id}`);
    seen.add(node.id);
    const below = children.get(node.id) ?? [];
    const counts = { total: below.length, completed: 0, open: 0, cancelled: 0 };
    let sum = 0;
    let live = 0;
    for (const child of below) {
      const progress = visit(child, seen);
      if (child.status === 'cancelled') {
        counts.cancelled++;
        continue;
      }
      if (child.status === 'completed') counts.completed++;
      else counts.open++;
      sum += progress.ratio;
      live++;
    }
    const ratio =
      node.status === 'completed' ? 1 : node.status === 'cancelled' || live === 0 ? 0 : Math.min(0.99, sum / live);
    const progress = { ratio: Math.round(ratio * 100) / 100, subtasks: counts };
    result.set(node.id, progress);
    return progress;
  };
  for (const node of nodes) visit(node, new Set());
  return result;
}
