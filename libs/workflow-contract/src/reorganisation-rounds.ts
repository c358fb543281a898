/**
 * Two steps of the reorganisation apply `reorganisation:<planId>` (docs/decisions/0080):
 * before the tasks are handed over, the round obligations of the ended units are settled by
 * the merge rule; after it, the reporting cycles naming an ended unit are amended. Both are
 * idempotent: run again (a retry, a resumed workflow), they find nothing more to do.
 */

/** An ended unit and the unit that carries its obligations (ids). */
export interface UnitSuccession {
  fromUnitId: string;
  toUnitId: string;
}

export interface SettleRoundObligationsInput {
  planId: string;
  /** The apply's event id (audit and update ids derive from the plan id). */
  eventId: string;
  moves: UnitSuccession[];
  /** A split unit's tasks each go to the part the plan chose: per task, overriding `moves`. */
  taskMoves?: (UnitSuccession & { taskId: string })[];
  /** Who applies the plan, for the audit log. */
  actor: string;
}

export interface RoundSettlement {
  /** Rounds with an obligation of an ended unit. */
  rounds: number;
  /** Closed through their task's workflow: folded into the obligation the successor keeps. */
  merged: number;
  /** Closed through their task's workflow: a report already given answers for them. */
  satisfied: number;
  /** Left to the task hand-over: the one obligation the successor keeps of several, and the only ones. */
  kept: number;
  moves: number;
  /** Reports already given (under review or accepted): they stay. */
  given: number;
  /** To close, but their task had closed meanwhile (or its workflow was gone). */
  skipped: number;
}

export interface AmendCycleDefinitionsInput {
  planId: string;
  eventId: string;
  moves: UnitSuccession[];
  actor: string;
}

export interface CycleAmendments {
  /** Cycles given a new version naming the successors. */
  amended: number;
  /** The cycle ids amended, in order. */
  cycleIds: string[];
}

export interface ReorganisationRoundsActivities {
  /**
   * Before the hand-over: the merge rule on the open rounds' obligations of the ended units.
   * `merged` and `satisfied` ones are cancelled through their task's driver (update id
   * `reorg:<planId>:<taskId>:settle`), naming the kept obligation or the given report.
   */
  settleRoundObligations(input: SettleRoundObligationsInput): Promise<RoundSettlement>;
  /** After the hand-over: each cycle naming an ended unit gets a new version naming its successor. */
  amendCycleDefinitions(input: AmendCycleDefinitionsInput): Promise<CycleAmendments>;
}
