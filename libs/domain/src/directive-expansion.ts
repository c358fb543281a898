import type { FieldProblem } from './errors';
import { UNIT_KINDS, type UnitKind } from './unit';
import { msg } from './errors';

/**
 * A directive's recipients named by a rule instead of a list (docs/architecture.md,
 * "A directive to every unit of a kind"): every active unit of one of `kinds` in the
 * subtree of `rootUnitId` (its materialized path as prefix, decision 0003), optionally
 * only at `levels` below the root (0 the root itself, 1 the units directly under it, …).
 * The issuing unit is never a recipient of its own directive by rule. Each unit found
 * gets one task made from the directive's task template, in path order.
 */
export interface ExpansionRule {
  rootUnitId: string;
  kinds: UnitKind[];
  /** Depths below the root; absent or empty: every depth. */
  levels?: number[];
}

/** What the rule is matched against: a unit as the units table holds it. */
export interface ExpansionCandidate {
  id: string;
  kind: string;
  path: string;
  depth: number;
  active: boolean;
}

/** How deep below its root a rule may reach: the hierarchy is data, but not deeper than this. */
export const MAX_EXPANSION_LEVEL = 50;

/** The most tasks one directive may name by rule (a national directive to every unit is about 100,000). */
export const MAX_EXPANSION_TASKS = 200_000;

/** The problems of a rule's shape (kinds known, levels whole numbers in range, nothing repeated), each at `field`. */
export function expansionProblems(rule: { kinds?: unknown; levels?: unknown }, field: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const kinds = Array.isArray(rule.kinds) ? (rule.kinds as unknown[]) : [];
  if (kinds.length === 0) problems.push({ field: `${field}.kinds`, message: msg('directiveExpansion.atLeastOneKind') });
  kinds.forEach((kind, i) => {
    if (!(UNIT_KINDS as readonly unknown[]).includes(kind))
      problems.push({
        field: `${field}.kinds.${i}`,
        message: msg('directiveExpansion.unknownKindOneOf', { UNIT_KINDS: UNIT_KINDS.join(', ') }),
      });
    else if (kinds.indexOf(kind) !== i)
      problems.push({ field: `${field}.kinds.${i}`, message: msg('directiveExpansion.repeated') });
  });
  if (rule.levels !== undefined && rule.levels !== null) {
    const levels = Array.isArray(rule.levels) ? (rule.levels as unknown[]) : [rule.levels];
    levels.forEach((level, i) => {
      if (!Number.isInteger(level) || (level as number) < 0 || (level as number) > MAX_EXPANSION_LEVEL)
        problems.push({
          field: `${field}.levels.${i}`,
          message: msg('directiveExpansion.aWholeNumber0', { MAX_EXPANSION_LEVEL }),
        });
      else if (levels.indexOf(level) !== i)
        problems.push({ field: `${field}.levels.${i}`, message: msg('directiveExpansion.repeated') });
    });
  }
  return problems;
}

/**
 * Whether `unit` is a recipient of `rule` from `root` for a directive issued by
 * `issuingUnitId`: the definition the recording's SQL follows (DirectiveWritesRepository,
 * `expandTasks`), kept here so it can be read and tested without a database.
 */
export function expansionMatches(
  unit: ExpansionCandidate,
  rule: Pick<ExpansionRule, 'kinds' | 'levels'>,
  root: Pick<ExpansionCandidate, 'path' | 'depth'>,
  issuingUnitId: string,
): boolean {
  if (!unit.active || unit.id === issuingUnitId) return false;
  if (!unit.path.startsWith(root.path)) return false;
  if (!(rule.kinds as readonly string[]).includes(unit.kind)) return false;
  return !rule.levels?.length || rule.levels.includes(unit.depth - root.depth);
}
