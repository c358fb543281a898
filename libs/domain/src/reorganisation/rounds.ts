import type { TaskPhase } from '../task-machine/task-state';

/**
 * The merge rule for reporting rounds (docs/decisions/0077-reorganisation-plans.md): when
 * units that each owe the same round end in one successor, the successor owes it once; a
 * report one of them already gave (accepted, or under review) satisfies it.
 */
export interface RoundObligation {
  roundId: string;
  /** The unit that owes it now. */
  unitId: string;
  taskId: string;
  phase: TaskPhase;
  /** The unit that will owe it after the plan (code); null when the plan names none. */
  successorCode: string | null;
  /** The successor's own obligation (it owed the round already): kept before a predecessor's. */
  isSuccessorOwn?: boolean;
}

/**
 * moves: the only one of its successor's in the round, handed over;
 * kept: the one the successor owes of several (handed over), the others `merged` into it;
 * given: a report already given, which stays; satisfied: closed by that report;
 * stays: the obligation of a unit that does not end.
 */
export type RoundOutcome = 'moves' | 'kept' | 'merged' | 'given' | 'satisfied' | 'stays';

const GIVEN: readonly TaskPhase[] = ['under_review', 'completed'];

export function roundOutcomes(
  rows: readonly RoundObligation[],
): { row: RoundObligation; outcome: RoundOutcome; keptTaskId: string | null }[] {
  const groups = new Map<string, RoundObligation[]>();
  for (const row of rows) {
    if (row.phase === 'cancelled') continue;
    const key = `${row.roundId}\u0000${row.successorCode ?? `unit:${row.unitId}`}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(row);
  }
  const out: { row: RoundObligation; outcome: RoundOutcome; keptTaskId: string | null }[] = [];
  for (const group of groups.values()) {
    const ordered = [...group].sort(
      (a, b) => Number(!!b.isSuccessorOwn) - Number(!!a.isSuccessorOwn) || a.taskId.localeCompare(b.taskId),
    );
    const given = ordered.find((row) => GIVEN.includes(row.phase));
    const kept = given ?? ordered[0]!;
    for (const row of ordered) {
      if (row.successorCode === null || (ordered.length === 1 && row.isSuccessorOwn))
        out.push({ row, outcome: 'stays', keptTaskId: null });
      else if (ordered.length === 1)
        out.push({ row, outcome: GIVEN.includes(row.phase) ? 'given' : 'moves', keptTaskId: null });
      else if (row === kept) out.push({ row, outcome: given ? 'given' : 'kept', keptTaskId: null });
      else if (GIVEN.includes(row.phase)) out.push({ row, outcome: 'given', keptTaskId: null });
      else out.push({ row, outcome: given ? 'satisfied' : 'merged', keptTaskId: kept.taskId });
    }
  }
  return out;
}

/**
 * The reason a `merged` or `satisfied` obligation is cancelled with by the apply (decision 80):
 * it names the obligation the successor keeps, or the report already given. Written in
 * Vietnamese like an issuer's reason, it stays in the task's history as typed.
 */
export function settlementReason(
  outcome: 'merged' | 'satisfied',
  kept: { taskId: string; unitCode: string; unitName: string },
): string {
  const unit = `${kept.unitName} (${kept.unitCode})`;
  return outcome === 'merged'
    ? `Sắp xếp tổ chức: đơn vị kế thừa báo cáo kỳ này một lần, theo nhiệm vụ ${kept.taskId} của ${unit}`
    : `Sắp xếp tổ chức: kỳ báo cáo này đã được đáp ứng bằng báo cáo của ${unit} (nhiệm vụ ${kept.taskId})`;
}
