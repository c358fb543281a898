import type { DataSource, EntityManager } from 'typeorm';
import { contentStrings, type Scope } from '@dondoc/domain';
import { databaseSnapshot, preparedQuery } from './sql';

/**
 * The reads behind the one door for secret content (docs/secret-content.md): which secret
 * directives a reader may not read, and every text written under them. The rule itself is
 * `mayReadContent` in libs/domain; the SQL below is the same rule, so the door can ask for
 * all the directives a reader is not cleared for in one statement.
 */
export class SecrecyRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Ids of the secret directives the reader can see some part of (issued in, or with a task
   * for, a unit of its subtree) and may not read. Admins and auditors are cleared by
   * clearance only; the others by being the issuing unit or a lead or coordinating unit of
   * one of the directive's tasks or sub-tasks. With `only`, that one directive or none.
   */
  async hiddenFrom(scope: Scope, only?: string): Promise<string[]> {
    const cleared = scope.role === 'admin' || scope.role === 'auditor' ? scope.clearance === true : null;
    if (cleared === true) return [];
    // Most installations have no secret directive most of the time: then a statement that
    // costs nothing to plan answers, instead of the one below (2–4 ms to plan, decision 66).
    const [{ any }] = await preparedQuery<{ any: boolean }>(
      this.dataSource,
      'any_secret_directive',
      `SELECT EXISTS (SELECT 1 FROM directives WHERE confidentiality = 'secret') AS any`,
      [],
    );
    if (!any) return [];
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT d.id
         FROM directives d
        WHERE d.confidentiality = 'secret' AND ($4::uuid IS NULL OR d.id = $4)
          AND ($2::boolean IS NOT NULL OR NOT (
                d.issuing_unit_id = $1
                OR EXISTS (SELECT 1 FROM tasks t WHERE t.directive_id = d.id AND t.lead_unit_id = $1)
                OR EXISTS (SELECT 1 FROM tasks t JOIN task_coordinators c ON c.task_id = t.id
                            WHERE t.directive_id = d.id AND c.unit_id = $1)))
          AND (EXISTS (SELECT 1 FROM units u WHERE u.id = d.issuing_unit_id AND u.path LIKE $3 || '%')
               OR EXISTS (SELECT 1 FROM tasks t JOIN units u ON u.id = t.lead_unit_id
                           WHERE t.directive_id = d.id AND u.path LIKE $3 || '%')
               OR EXISTS (SELECT 1 FROM tasks t JOIN task_coordinators c ON c.task_id = t.id
                            JOIN units u ON u.id = c.unit_id
                           WHERE t.directive_id = d.id AND u.path LIKE $3 || '%'))`,
      [scope.unitId, cleared, scope.unitPath, only ?? null],
    );
    return rows.map((row) => row.id);
  }

  /** Whether the reader is cleared for this one directive (the same rule as above). */
  async isHiddenFrom(scope: Scope, directiveId: string): Promise<boolean> {
    return (await this.hiddenFrom(scope, directiveId)).length > 0;
  }

  /**
   * Every text written under these directives: their own, their tasks' and sub-tasks',
   * indicators, reports, reviews, extension requests and decisions, explanation requests and
   * answers, the names of files attached to any of them (removed ones too), and the
   * content strings of their audit rows (what was written before a later change replaced it).
   */
  async textsOf(directiveIds: readonly string[]): Promise<string[]> {
    return (await this.textsAt(directiveIds)).texts;
  }

  /**
   * The texts as `textsOf`, read in one snapshot, with that snapshot
   * (`pg_current_snapshot()`), so a caller may keep them while no transaction has ended
   * since (`nothingEndedBetween` in libs/domain).
   */
  async textsAt(directiveIds: readonly string[]): Promise<{ snapshot: string; texts: string[] }> {
    const ids = [...directiveIds];
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const [{ snapshot }] = (await manager.query('SELECT pg_current_snapshot()::text AS snapshot')) as {
        snapshot: string;
      }[];
      if (ids.length === 0) return { snapshot, texts: [] };
      return { snapshot, texts: await this.read(manager, ids) };
    });
  }

  /** The database's snapshot now, to compare with one texts were read at. */
  snapshot(): Promise<string> {
    return databaseSnapshot(this.dataSource);
  }

  private async read(manager: EntityManager, ids: string[]): Promise<string[]> {
    const columns: { text: string | null }[] = await manager.query(
      `WITH t AS (SELECT id FROM tasks WHERE directive_id = ANY($1::uuid[]))
       SELECT title AS text FROM directives WHERE id = ANY($1::uuid[])
       UNION SELECT summary FROM directives WHERE id = ANY($1::uuid[])
       UNION SELECT cancel_reason FROM directives WHERE id = ANY($1::uuid[])
       UNION SELECT title FROM tasks WHERE id IN (SELECT id FROM t)
       UNION SELECT description FROM tasks WHERE id IN (SELECT id FROM t)
       UNION SELECT cancel_reason FROM tasks WHERE id IN (SELECT id FROM t)
       UNION SELECT report_template FROM tasks WHERE id IN (SELECT id FROM t)
       UNION SELECT subtask_override_reason FROM tasks WHERE id IN (SELECT id FROM t)
       UNION SELECT name FROM task_indicators WHERE task_id IN (SELECT id FROM t)
       UNION SELECT text FROM task_reports WHERE task_id IN (SELECT id FROM t)
       UNION SELECT review_comment FROM task_reports WHERE task_id IN (SELECT id FROM t)
       UNION SELECT jsonb_array_elements_text(attachments) FROM task_reports WHERE task_id IN (SELECT id FROM t)
       UNION SELECT v->>'note' FROM task_reports r, jsonb_array_elements(r.indicator_values) v
              WHERE r.task_id IN (SELECT id FROM t)
       UNION SELECT reason FROM extension_requests WHERE task_id IN (SELECT id FROM t)
       UNION SELECT decision_comment FROM extension_requests WHERE task_id IN (SELECT id FROM t)
       UNION SELECT note FROM explanation_requests WHERE task_id IN (SELECT id FROM t)
       UNION SELECT answer FROM explanation_requests WHERE task_id IN (SELECT id FROM t)
       UNION SELECT name FROM attachments WHERE directive_id = ANY($1::uuid[])`,
      [ids],
    );
    const audited: { before: unknown; after: unknown }[] = await manager.query(
      `SELECT a.before, a.after FROM audit_events a
        WHERE a.entity_id = ANY($1::uuid[])
           OR a.entity_id IN (SELECT id FROM tasks WHERE directive_id = ANY($1::uuid[]))
           OR a.entity_id IN (SELECT r.id FROM task_reports r JOIN tasks t ON t.id = r.task_id
                               WHERE t.directive_id = ANY($1::uuid[]))
           OR a.entity_id IN (SELECT e.id FROM extension_requests e JOIN tasks t ON t.id = e.task_id
                               WHERE t.directive_id = ANY($1::uuid[]))
           OR a.entity_id IN (SELECT x.id FROM explanation_requests x JOIN tasks t ON t.id = x.task_id
                               WHERE t.directive_id = ANY($1::uuid[]))`,
      [ids],
    );
    const texts = columns.flatMap((row) => (row.text ? [row.text] : []));
    for (const row of audited) {
      contentStrings(row.before, texts);
      contentStrings(row.after, texts);
    }
    return texts;
  }
}
