import { handOverUnits, type HandOverRole, type TaskUnits } from '../task-machine/hand-over';
import type { ReorganisationResult } from './resolve';

/**
 * What the apply of a plan does to open tasks, in memory (docs/decisions/0080): each role an
 * ended unit holds in a task passes to where the plan sends it, one hand-over per ended unit,
 * as the apply workflow sends them (`handOverTask`, decision 42). Pure: the property test of
 * random plans checks its result, and the workflow may page with `taskHandOverTarget`.
 */

export interface PlanTask extends TaskUnits {
  id: string;
}

export interface TaskHandOverStep {
  taskId: string;
  fromUnitId: string;
  toUnitId: string;
  roles: HandOverRole[];
}

/** The stored id of a unit after the plan (a new unit: the id the plan gave it), by code. */
export function unitIdAfter(result: Pick<ReorganisationResult, 'paths'>, code: string): string | null {
  const path = result.paths.get(code);
  if (!path) return null;
  const segments = path.split('/').filter(Boolean);
  return segments[segments.length - 1] ?? null;
}

/**
 * Where an ended unit's role in one task goes (a unit id), or null when the plan names no
 * successor (a conflict the preview reports). A split unit's task goes to the part chosen for
 * it; any other ended unit's, to the unit carrying its obligations.
 */
export function taskHandOverTarget(
  result: Pick<ReorganisationResult, 'paths' | 'successorOf' | 'splitTaskSuccessors'>,
  taskId: string,
  fromUnitId: string,
): string | null {
  if (!result.successorOf.has(fromUnitId)) return null;
  const code = result.splitTaskSuccessors.get(fromUnitId)?.get(taskId) ?? result.successorOf.get(fromUnitId);
  return code ? unitIdAfter(result, code) : null;
}

/**
 * Every open task after the plan: the hand-overs in order (ended units in the order of
 * `successorOf`), each from an ended unit the task names to its target. A unit with no target
 * keeps its role (the preview's conflict); a task naming no ended unit is unchanged.
 */
export function applyPlanToTasks(
  result: Pick<ReorganisationResult, 'paths' | 'successorOf' | 'splitTaskSuccessors'>,
  tasks: readonly PlanTask[],
): { tasks: PlanTask[]; steps: TaskHandOverStep[] } {
  const steps: TaskHandOverStep[] = [];
  const after = tasks.map((task) => {
    let units: TaskUnits = {
      leadUnitId: task.leadUnitId,
      coordinatingUnitIds: [...task.coordinatingUnitIds],
      issuingUnitId: task.issuingUnitId,
    };
    for (const fromUnitId of result.successorOf.keys()) {
      const named =
        units.leadUnitId === fromUnitId ||
        units.issuingUnitId === fromUnitId ||
        units.coordinatingUnitIds.includes(fromUnitId);
      const toUnitId = named ? taskHandOverTarget(result, task.id, fromUnitId) : null;
      if (!toUnitId) continue;
      const handed = handOverUnits(units, fromUnitId, toUnitId);
      if (handed.roles.length === 0) continue;
      units = handed.units;
      steps.push({ taskId: task.id, fromUnitId, toUnitId, roles: handed.roles });
    }
    return { id: task.id, ...units };
  });
  return { tasks: after, steps };
}

/**
 * The moves the apply's steps take (ids): each ended unit with the unit carrying its
 * obligations, and each split task with the part chosen for it. What `settleRoundObligations`
 * and `amendCycleDefinitions` are given, so they agree with the hand-overs above. An ended
 * unit with no carrier (a split without a rule) is left out: its tasks are in `taskMoves`.
 */
export function reorganisationMoves(
  result: Pick<ReorganisationResult, 'paths' | 'successorOf' | 'splitTaskSuccessors'>,
): {
  moves: { fromUnitId: string; toUnitId: string }[];
  taskMoves: { taskId: string; fromUnitId: string; toUnitId: string }[];
} {
  const moves = [...result.successorOf].flatMap(([fromUnitId, code]) => {
    const toUnitId = code ? unitIdAfter(result, code) : null;
    return toUnitId ? [{ fromUnitId, toUnitId }] : [];
  });
  const taskMoves = [...result.splitTaskSuccessors].flatMap(([fromUnitId, tasks]) =>
    [...tasks].flatMap(([taskId, code]) => {
      const toUnitId = unitIdAfter(result, code);
      return toUnitId ? [{ taskId, fromUnitId, toUnitId }] : [];
    }),
  );
  return { moves, taskMoves };
}
