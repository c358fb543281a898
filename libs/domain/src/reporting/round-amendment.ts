import type { FieldProblem } from '../errors';
import { msg } from '../errors';

/** A round's level with its deadline (an ISO instant). */
export interface RoundLevelDeadline {
  level: string;
  deadline: string;
}

/**
 * What is wrong with amending a round's deadlines. `levels` are the round's levels as they
 * stand, lowest first (the units that report before the bodies that consolidate them:
 * docs/decisions/0030-reporting-rounds.md); `changes` the new deadlines asked for, each
 * naming a level. A new deadline must be a later instant than `now` and differ from the
 * level's current one, and after the change no level may be due after a level above it.
 */
export function roundDeadlineProblems(
  levels: readonly RoundLevelDeadline[],
  changes: readonly RoundLevelDeadline[],
  now: number,
): FieldProblem[] {
  if (changes.length === 0) {
    return [{ field: 'deadlines', message: msg('roundAmendment.atLeastOneLevelIsRequired') }];
  }
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  changes.forEach(({ level, deadline }, i) => {
    const current = levels.find((l) => l.level === level);
    if (!current) {
      const known = levels.map((l) => l.level).join(', ');
      problems.push({
        field: `deadlines.${i}.level`,
        message: msg('roundAmendment.theRoundHasNoLevelIt', { level, known }),
      });
    } else if (seen.has(level)) {
      problems.push({
        field: `deadlines.${i}.level`,
        message: msg('roundAmendment.levelGivenTwice', { level }),
      });
    }
    seen.add(level);
    const at = Date.parse(deadline);
    if (Number.isNaN(at)) {
      problems.push({
        field: `deadlines.${i}.deadline`,
        message: msg('roundAmendment.invalid'),
      });
    } else if (at <= now) {
      problems.push({
        field: `deadlines.${i}.deadline`,
        message: msg('roundAmendment.theNewDeadlineIsInThe'),
      });
    } else if (current && at === Date.parse(current.deadline)) {
      problems.push({
        field: `deadlines.${i}.deadline`,
        message: msg('roundAmendment.theSameAsTheCurrentDeadline'),
      });
    }
  });
  if (problems.length) return problems;
  const after = amendedLevels(levels, changes);
  for (let i = 0; i + 1 < after.length; i++) {
    const [below, above] = [after[i]!, after[i + 1]!];
    if (Date.parse(below.deadline) <= Date.parse(above.deadline)) continue;
    const index = changes.findIndex((c) => c.level === below.level || c.level === above.level);
    problems.push({
      field: `deadlines.${index}.deadline`,
      message: msg('roundAmendment.levelMayNotBeDueAfter', { level: below.level, level2: above.level }),
    });
  }
  return problems;
}

/** The round's levels with the changes applied (same order). */
export function amendedLevels(
  levels: readonly RoundLevelDeadline[],
  changes: readonly RoundLevelDeadline[],
): RoundLevelDeadline[] {
  return levels.map((l) => ({
    level: l.level,
    deadline: new Date(changes.find((c) => c.level === l.level)?.deadline ?? l.deadline).toISOString(),
  }));
}
