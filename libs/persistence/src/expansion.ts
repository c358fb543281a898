import type { EntityManager } from 'typeorm';
import type { DirectiveExpansion } from '@dondoc/workflow-contract';
import { escapeLike } from './sql';

/** The root of an expansion as the units table holds it. */
export interface ExpansionRoot {
  id: string;
  path: string;
  depth: number;
}

/** The rule's recipients are gone (deactivated between the API's count and the recording): nothing to record. */
export class EmptyExpansionError extends Error {
  constructor(directiveId: string) {
    super(`the expansion of directive ${directiveId} names no active unit`);
    this.name = 'EmptyExpansionError';
  }
}

/**
 * The units a directive's rule names (libs/domain `expansionMatches` is the definition):
 * active, of one of the kinds, in the root's subtree (its path as a prefix, which the
 * path index answers), at one of the levels below the root if any are given, and not the
 * issuing unit. `u` is the units alias; parameters start at `$first`.
 */
function recipients(
  root: ExpansionRoot,
  rule: Pick<DirectiveExpansion, 'kinds' | 'levels'>,
  issuingUnitId: string,
  first: number,
): { where: string; params: unknown[] } {
  const p = (i: number) => `$${first + i}`;
  return {
    where: `u.path LIKE ${p(0)} AND u.active AND u.kind = ANY(${p(1)}::text[]) AND u.id <> ${p(2)}
        AND (cardinality(${p(3)}::int[]) = 0 OR u.depth - ${p(4)} = ANY(${p(3)}::int[]))`,
    params: [`${escapeLike(root.path)}%`, rule.kinds, issuingUnitId, rule.levels, root.depth],
  };
}

/** How many units the rule names now: one count, no unit read into the process. */
export async function countExpansion(
  manager: EntityManager,
  root: ExpansionRoot,
  rule: Pick<DirectiveExpansion, 'kinds' | 'levels'>,
  issuingUnitId: string,
): Promise<number> {
  const { where, params } = recipients(root, rule, issuingUnitId, 1);
  const [{ n }] = await manager.query(`SELECT count(*)::int AS n FROM units u WHERE ${where}`, params);
  return n;
}

/**
 * Inside the recording transaction: one task from the template for every unit the rule
 * names, in order of level below the root, then unit code, with the template's
 * indicators, as a list's tasks have (insertTasks). INSERT … SELECT statements whatever
 * the number of units: nothing per unit travels through the worker or Temporal. Returns
 * how many tasks it wrote; none is an EmptyExpansionError.
 */
export async function insertExpandedTasks(
  manager: EntityManager,
  input: { directiveId: string; issuingUnitId: string; eventId: string; actor: string },
  expansion: DirectiveExpansion,
): Promise<number> {
  const [root]: ExpansionRoot[] = await manager.query('SELECT id, path, depth FROM units WHERE id = $1', [
    expansion.rootUnitId,
  ]);
  if (!root) throw new EmptyExpansionError(input.directiveId);
  const t = expansion.template;
  const { where, params } = recipients(root, expansion, input.issuingUnitId, 13);
  const [{ count }]: { count: number }[] = await manager.query(
    `WITH inserted AS (
     INSERT INTO tasks (id, directive_id, position, assigning_unit_id, parent_task_id, depth, title, description,
                        lead_unit_id, status, original_deadline, deadline, deadline_working_days, report_required,
                        report_template, reminder_policy, escalation_policy, review_period, revision_period)
     SELECT gen_random_uuid(), $1, row_number() OVER (ORDER BY u.depth, u.code, u.id) - 1, $2, NULL, 0, $3, $4,
            u.id, 'assigned', $5::timestamptz, $5::timestamptz, $6, $7, $8, $9::jsonb, $10::jsonb, $11::jsonb, $12::jsonb
       FROM units u
      WHERE ${where}
     RETURNING 1)
     SELECT count(*)::int AS count FROM inserted`,
    [
      input.directiveId,
      input.issuingUnitId,
      t.title,
      t.description,
      t.deadline,
      t.deadlineWorkingDays,
      t.reportRequired,
      t.reportTemplate,
      JSON.stringify(t.reminderPolicy),
      JSON.stringify(t.escalationPolicy),
      t.reviewPeriod == null ? null : JSON.stringify(t.reviewPeriod),
      t.revisionPeriod == null ? null : JSON.stringify(t.revisionPeriod),
      ...params,
    ],
  );
  if (count === 0) throw new EmptyExpansionError(input.directiveId);
  if (t.indicators.length)
    await manager.query(
      `INSERT INTO task_indicators (task_id, position, name, unit_of_measure, target)
       SELECT t.id, i.position, i.name, i."unitOfMeasure", i.target
         FROM tasks t CROSS JOIN jsonb_to_recordset($2::jsonb) AS i(position int, name text, "unitOfMeasure" text, target numeric)
        WHERE t.directive_id = $1 AND t.parent_task_id IS NULL
       ON CONFLICT DO NOTHING`,
      [input.directiveId, JSON.stringify(t.indicators.map((indicator, position) => ({ ...indicator, position })))],
    );
  return count;
}

/** The assignment of every expanded task, by the issuer: the rows a list's recording writes (keyed alike). */
export async function auditExpandedAssignments(
  manager: EntityManager,
  input: { directiveId: string; eventId: string; actor: string },
  deadline: string,
): Promise<void> {
  await manager.query(
    `INSERT INTO audit_events (event_id, entity_type, entity_id, action, actor, before, after)
     SELECT $2 || ':' || t.id, 'task', t.id, 'task.assigned', $3, NULL,
            jsonb_build_object('status', 'assigned', 'leadUnitId', t.lead_unit_id, 'deadline', $4::text)
       FROM tasks t WHERE t.directive_id = $1 AND t.parent_task_id IS NULL
      ORDER BY t.position
     ON CONFLICT DO NOTHING`,
    [input.directiveId, input.eventId, input.actor, deadline],
  );
}
