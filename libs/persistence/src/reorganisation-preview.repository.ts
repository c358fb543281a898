import type { DataSource, EntityManager } from 'typeorm';
import { OPEN_STATUSES, type PlanUser, type TaskPhase, type TreeUnit } from '@dondoc/domain';

/** An ended unit and where its obligations go (the successor's code; null: the plan names none). */
export interface UnitMove {
  unitId: string;
  toCode: string | null;
}

export interface PreviewTaskRow {
  taskId: string;
  title: string;
  directiveId: string;
  role: 'lead' | 'coordinating' | 'assigning';
  delegated: boolean;
  status: string;
  phase: TaskPhase;
  deadline: Date;
  fromUnitId: string;
  toCode: string | null;
}

export interface PreviewRoundRow {
  roundId: string;
  label: string;
  unitId: string;
  taskId: string;
  phase: TaskPhase;
  toCode: string | null;
  isSuccessorOwn: boolean;
}

export interface PreviewCycleRow {
  cycleId: string;
  title: string;
  role: 'issuer' | 'consolidating' | 'recipient' | 'subtreeRoot';
  unitId: string;
  toCode: string | null;
}

export interface PreviewExplanationRow {
  explanationId: string;
  taskId: string;
  role: 'asked' | 'requesting';
  unitId: string;
  toCode: string | null;
}

export interface PreviewWebhookRow {
  webhookId: string;
  url: string;
  unitId: string;
  toCode: string | null;
}

export interface PreviewPreferenceRow {
  userId: string;
  digest: boolean;
  quietStart: number | null;
  quietEnd: number | null;
}

/** The moves as two parallel arrays, for `unnest($1::uuid[], $2::text[]) AS m(unit_id, to_code)`. */
const moveArrays = (moves: UnitMove[]) => [moves.map((m) => m.unitId), moves.map((m) => m.toCode)];
/** A split's choices flattened: (split unit, task) → the part's code. */
const chosenParts = (splitTaskSuccessors: Map<string, Map<string, string>>) =>
  [...splitTaskSuccessors].flatMap(([unitId, tasks]) => [...tasks].map(([taskId, code]) => ({ unitId, taskId, code })));
const MOVES = `m AS (SELECT * FROM unnest($1::uuid[], $2::text[]) AS m(unit_id, to_code))`;

/**
 * What a reorganisation plan would move, read for its preview (docs/decisions/0077): the
 * units it names with their ancestors and subtrees, and then, set-based, every open
 * obligation of the units it ends. One statement per kind, each joining the ended units
 * as an unnest()ed list, whatever their number: no query per unit or per task.
 */
export class ReorganisationPreviewRepository {
  /** A data source, or a transaction's manager (the apply reads the tree inside its transaction). */
  constructor(private readonly dataSource: Pick<DataSource | EntityManager, 'query'>) {}

  /** The units named by code, every ancestor of theirs (for paths) and everything below them. */
  async unitsAround(codes: string[]): Promise<(TreeUnit & { path: string })[]> {
    if (codes.length === 0) return [];
    const named: { id: string; path: string }[] = await this.dataSource.query(
      `SELECT id, path FROM units WHERE code = ANY($1::text[])`,
      [codes],
    );
    if (named.length === 0) return [];
    const ancestors = [...new Set(named.flatMap((u) => u.path.split('/').filter(Boolean)))];
    return this.dataSource.query(
      `SELECT u.id, u.code, u.name, u.kind, u.parent_id AS "parentId", u.active, u.path
         FROM units u
        WHERE u.id = ANY($1::uuid[])
           OR string_to_array(trim(both '/' from u.path), '/') && $2::text[]`,
      [ancestors, named.map((u) => u.id)],
    );
  }

  /** Active users of the given units, and the users named by username. */
  usersOf(unitIds: string[], usernames: string[]): Promise<(PlanUser & { fullName: string })[]> {
    return this.dataSource.query(
      `SELECT id, username, full_name AS "fullName", unit_id AS "unitId", active FROM users
        WHERE (unit_id = ANY($1::uuid[]) AND active) OR username = ANY($2::text[])
        ORDER BY username`,
      [unitIds, usernames],
    );
  }

  /** Open tasks naming any of the units as lead, coordinating or assigning unit (a split's tasks). */
  openTasksOf(unitIds: string[]): Promise<{ id: string; unitId: string }[]> {
    return this.dataSource.query(
      `SELECT t.id, t.lead_unit_id AS "unitId" FROM tasks t
        WHERE t.status = ANY($2::text[]) AND t.lead_unit_id = ANY($1::uuid[])
       UNION
       SELECT t.id, t.assigning_unit_id FROM tasks t
        WHERE t.status = ANY($2::text[]) AND t.assigning_unit_id = ANY($1::uuid[])
       UNION
       SELECT t.id, c.unit_id FROM task_coordinators c JOIN tasks t ON t.id = c.task_id
        WHERE t.status = ANY($2::text[]) AND c.unit_id = ANY($1::uuid[])
       ORDER BY 1, 2`,
      [unitIds, [...OPEN_STATUSES]],
    );
  }

  /**
   * Every open task naming an ended unit, once per role it holds: lead, coordinating, or
   * assigning (the unit that reviews: the issuer, or the delegating unit of a sub-task).
   * A split unit's role in a task goes to the successor the plan chose for that task
   * (`splitTaskSuccessors`: split unit id → task id → code); its other roles, as the plan says.
   */
  tasks(moves: UnitMove[], splitTaskSuccessors: Map<string, Map<string, string>>): Promise<PreviewTaskRow[]> {
    const chosen = chosenParts(splitTaskSuccessors);
    return this.dataSource.query(
      `WITH ${MOVES},
            ts AS (SELECT * FROM unnest($3::uuid[], $4::uuid[], $6::text[]) AS ts(task_id, unit_id, to_code)),
            roles AS (
              SELECT t.id AS task_id, 'lead' AS role, m.unit_id, m.to_code FROM tasks t JOIN m ON m.unit_id = t.lead_unit_id
               WHERE t.status = ANY($5::text[])
              UNION ALL
              SELECT c.task_id, 'coordinating', m.unit_id, m.to_code FROM task_coordinators c JOIN m ON m.unit_id = c.unit_id
              UNION ALL
              SELECT t.id, 'assigning', m.unit_id, m.to_code FROM tasks t JOIN m ON m.unit_id = t.assigning_unit_id
               WHERE t.status = ANY($5::text[]))
       SELECT t.id AS "taskId", t.title, t.directive_id AS "directiveId", r.role, t.depth > 0 AS delegated,
              t.status, t.phase, t.deadline, r.unit_id AS "fromUnitId", coalesce(ts.to_code, r.to_code) AS "toCode"
         FROM roles r
         JOIN tasks t ON t.id = r.task_id AND t.status = ANY($5::text[])
         LEFT JOIN ts ON ts.task_id = t.id AND ts.unit_id = r.unit_id
        ORDER BY t.deadline, t.id, r.role`,
      [
        ...moveArrays(moves),
        chosen.map((c) => c.taskId),
        chosen.map((c) => c.unitId),
        [...OPEN_STATUSES],
        chosen.map((c) => c.code),
      ],
    );
  }

  /**
   * The reporting-round obligations of the ended units (rounds not withdrawn, the task not
   * cancelled), and, in the same rounds, those the existing successors already owe: the
   * merge rule (roundOutcomes, libs/domain) needs both.
   */
  roundObligations(
    moves: UnitMove[],
    successors: { id: string; code: string }[],
    splitTaskSuccessors: Map<string, Map<string, string>> = new Map(),
  ): Promise<PreviewRoundRow[]> {
    const chosen = chosenParts(splitTaskSuccessors);
    return this.dataSource.query(
      `WITH ${MOVES},
            s AS (SELECT * FROM unnest($3::uuid[], $4::text[]) AS s(unit_id, code)),
            ts AS (SELECT * FROM unnest($6::uuid[], $7::uuid[], $8::text[]) AS ts(task_id, unit_id, to_code)),
            owed AS (
              SELECT ru.round_id, ru.unit_id, ru.task_id, coalesce(ts.to_code, m.to_code) AS to_code, false AS own
                FROM reporting_round_units ru JOIN m ON m.unit_id = ru.unit_id
                LEFT JOIN ts ON ts.task_id = ru.task_id AND ts.unit_id = ru.unit_id)
       SELECT o."roundId", r.label, o."unitId", o."taskId", t.phase, o."toCode", o."isSuccessorOwn"
         FROM (SELECT round_id AS "roundId", unit_id AS "unitId", task_id AS "taskId", to_code AS "toCode", own AS "isSuccessorOwn" FROM owed
               UNION ALL
               SELECT ru.round_id, ru.unit_id, ru.task_id, s.code, true
                 FROM reporting_round_units ru JOIN s ON s.unit_id = ru.unit_id
                WHERE ru.round_id IN (SELECT round_id FROM owed)) o
         JOIN reporting_rounds r ON r.id = o."roundId" AND r.withdrawn_at IS NULL
         JOIN tasks t ON t.id = o."taskId" AND t.phase <> 'cancelled'
        WHERE EXISTS (SELECT 1 FROM owed w JOIN tasks wt ON wt.id = w.task_id
                       WHERE w.round_id = o."roundId" AND wt.status = ANY($5::text[]))
        ORDER BY r.label, o."roundId", o."taskId"`,
      [
        ...moveArrays(moves),
        successors.map((s) => s.id),
        successors.map((s) => s.code),
        [...OPEN_STATUSES],
        chosen.map((c) => c.taskId),
        chosen.map((c) => c.unitId),
        chosen.map((c) => c.code),
      ],
    );
  }

  /** Cycles not ended whose definition names an ended unit: as issuer, consolidating unit, recipient or subtree root. */
  cycleRecipients(moves: UnitMove[]): Promise<PreviewCycleRow[]> {
    return this.dataSource.query(
      `WITH ${MOVES}
       SELECT c.id AS "cycleId", c.definition->>'title' AS title, m.unit_id AS "unitId", m.to_code AS "toCode",
              CASE WHEN c.issuing_unit_id = m.unit_id THEN 'issuer'
                   WHEN c.definition->>'consolidatingUnitId' = m.unit_id::text THEN 'consolidating'
                   WHEN coalesce(c.definition->'recipients'->'units', '[]') ? m.unit_id::text THEN 'recipient'
                   ELSE 'subtreeRoot' END AS role
         FROM reporting_cycles c JOIN m
           ON c.issuing_unit_id = m.unit_id
           OR c.definition->>'consolidatingUnitId' = m.unit_id::text
           OR coalesce(c.definition->'recipients'->'units', '[]') ? m.unit_id::text
           OR EXISTS (SELECT 1 FROM jsonb_array_elements(coalesce(c.definition->'recipients'->'subtrees', '[]')) st
                       WHERE st->>'rootUnitId' = m.unit_id::text)
        WHERE c.status <> 'ended'
        ORDER BY title, c.id`,
      moveArrays(moves),
    );
  }

  /** Open explanation requests asked of, or by, an ended unit. */
  explanationRequests(moves: UnitMove[]): Promise<PreviewExplanationRow[]> {
    return this.dataSource.query(
      `WITH ${MOVES}
       SELECT e.id AS "explanationId", e.task_id AS "taskId", x.role, x.unit_id AS "unitId", m.to_code AS "toCode"
         FROM explanation_requests e
         CROSS JOIN LATERAL (VALUES ('asked', e.unit_id), ('requesting', e.requesting_unit_id)) AS x(role, unit_id)
         JOIN m ON m.unit_id = x.unit_id
        WHERE e.status = 'open'
        ORDER BY e.requested_at, e.id`,
      moveArrays(moves),
    );
  }

  /** Active webhooks of ended units. */
  webhooks(moves: UnitMove[]): Promise<PreviewWebhookRow[]> {
    return this.dataSource.query(
      `WITH ${MOVES}
       SELECT w.id AS "webhookId", w.url, w.unit_id AS "unitId", m.to_code AS "toCode"
         FROM webhook_endpoints w JOIN m ON m.unit_id = w.unit_id
        WHERE w.active ORDER BY w.url, w.id`,
      moveArrays(moves),
    );
  }

  /** The notification preferences (digest, quiet hours) of the users who move. */
  preferences(userIds: string[]): Promise<PreviewPreferenceRow[]> {
    return this.dataSource.query(
      `SELECT user_id AS "userId", digest, quiet_start AS "quietStart", quiet_end AS "quietEnd"
         FROM notification_preferences WHERE user_id = ANY($1::uuid[]) ORDER BY user_id`,
      [userIds],
    );
  }
}
