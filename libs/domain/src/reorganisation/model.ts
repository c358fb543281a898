import type { Text } from '../errors';
import type { UnitKind } from '../unit';

/** What planReorganisation reads and answers (docs/decisions/0077-reorganisation-plans.md). */

export interface TreeUnit {
  id: string;
  code: string;
  name: string;
  kind: UnitKind;
  parentId: string | null;
  active: boolean;
}

export interface PlanUser {
  id: string;
  username: string;
  unitId: string;
  active: boolean;
}

export interface World {
  units: TreeUnit[];
  users: PlanUser[];
  /** Open tasks naming a split unit in any role, each once per unit. */
  splitTasks: { id: string; unitId: string }[];
}

export const CONFLICT_KINDS = [
  'unknownUnit',
  'unknownUser',
  'unknownTask',
  'inactiveUnit',
  'codeTaken',
  'twoOperations',
  'cycle',
  'taskWithoutSuccessor',
  'userWithoutUnit',
  'noSuccessor',
] as const;
export type ConflictKind = (typeof CONFLICT_KINDS)[number];

export interface PlanConflict {
  kind: ConflictKind;
  /** Where in the plan: "operations[1].from[2]". */
  field: string;
  message: Text;
  /** The unit codes, usernames or task ids concerned. */
  subjects: string[];
}

export type UnitChangeReason =
  'merged' | 'split' | 'abolished' | 'created' | 'moved' | 'renamed' | 'reparented' | 'path';

export interface UnitChange {
  code: string;
  /** null for a unit the plan creates. */
  id: string | null;
  reasons: UnitChangeReason[];
  nameBefore: string | null;
  nameAfter: string;
  activeAfter: boolean;
  /** Where its obligations go: the successor's code (merge, abolition, a split's rule). */
  successorCode: string | null;
  /** Paths as codes from the root ("/TU-GL/DU-X/"), before (null if new) and after. */
  pathBefore: string | null;
  pathAfter: string;
}

export interface ReorganisationResult {
  conflicts: PlanConflict[];
  units: UnitChange[];
  /** The resulting tree: every unit's id path (new units with the ids given by newId). */
  paths: Map<string, string>;
  /** For each unit that ends: the unit that carries its obligations (code), null when the plan names none (a split without a rule). */
  successorOf: Map<string, string | null>;
  /**
   * A split unit's open tasks: split unit id → task id → the successor the task goes to (code),
   * where chosen. Per split unit: a task may name two split units (the lead of one, coordinating
   * in the other), and each role goes to a part of its own split (decision 80).
   */
  splitTaskSuccessors: Map<string, Map<string, string>>;
  /** Users who move: user id → the unit code they end in. */
  userMoves: Map<string, string>;
}
