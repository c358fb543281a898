import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The state a task row counts in, as TASK_BUCKET_SQL buckets it, with open tasks not yet split by the clock. */
const STATE = (row: string) => `CASE
      WHEN ${row}.status = 'cancelled' THEN 'cancelled'
      WHEN ${row}.status = 'completed' AND ${row}.completed_at <= ${row}.deadline THEN 'completed_on_time'
      WHEN ${row}.status = 'completed' THEN 'completed_late'
      ELSE 'open' END`;

/**
 * The directive's own tasks (not sub-tasks) of a transition table, +1 or -1 each, keyed by
 * their deadline while open (a reader splits open tasks at its instant) and by -infinity once
 * settled (their bucket no longer depends on the clock): a directive has a count per open
 * deadline and at most three more.
 */
const ROWS = (table: string, sign: 1 | -1) =>
  `SELECT r.directive_id, ${STATE('r')} AS state,
          CASE WHEN r.status IN ('completed', 'cancelled') THEN '-infinity'::timestamptz ELSE r.deadline END AS deadline,
          ${sign} AS d
     FROM ${table} r WHERE r.parent_task_id IS NULL`;

/**
 * Adds a statement's changes to the counts: one upsert per (directive, state, deadline) the
 * statement changed, in key order (two transactions touching the same counts lock them in
 * the same order), then the counts that fell to zero go.
 */
const APPLY = (source: string) => `
      WITH delta AS (
        SELECT directive_id, state, deadline, sum(d)::int AS d FROM (${source}) x
         GROUP BY 1, 2, 3 HAVING sum(d) <> 0),
      changed AS (
        INSERT INTO directive_task_counts AS c (directive_id, state, deadline, n)
        SELECT directive_id, state, deadline, d FROM delta ORDER BY 1, 2, 3
        ON CONFLICT (directive_id, state, deadline) DO UPDATE SET n = c.n + EXCLUDED.n
        RETURNING c.directive_id, c.n)
      SELECT array_agg(DISTINCT directive_id) FILTER (WHERE n = 0) INTO emptied FROM changed;`;

/**
 * Per-directive progress counts kept in the transaction of every write of a task row
 * (docs/decisions/0061-directive-progress-counts.md): the directive list shows each
 * directive's progress, and counting it per page (every task of 50 directives) held the list
 * at 72 requests/s at 26,000 open tasks (bench/README.md, lists). Statement triggers with
 * transition tables: a set-based write of 20,000 rows (a fan-out, a cohort step) changes a
 * handful of counts once, not 20,000 times, and a writer added later (COPY included) keeps
 * them right without knowing they exist.
 */
export class DirectiveTaskCounts1795501100000 implements MigrationInterface {
  name = 'DirectiveTaskCounts1795501100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "directive_task_counts" ("directive_id" uuid NOT NULL, "state" text NOT NULL, "deadline" TIMESTAMP WITH TIME ZONE NOT NULL, "n" integer NOT NULL, CONSTRAINT "PK_e7a2138a4ba3f13a9405ba85f95" PRIMARY KEY ("directive_id", "state", "deadline"))',
    );
    await queryRunner.query(
      'ALTER TABLE "directive_task_counts" ADD CONSTRAINT "FK_9de98d9befe7b6ffe3d73bfb6ee" FOREIGN KEY ("directive_id") REFERENCES "directives"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(`CREATE FUNCTION directive_task_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE emptied uuid[];
      BEGIN
        IF TG_OP = 'INSERT' THEN ${APPLY(ROWS('new_rows', 1))}
        ELSIF TG_OP = 'UPDATE' THEN ${APPLY(`${ROWS('new_rows', 1)} UNION ALL ${ROWS('old_rows', -1)}`)}
        ELSIF TG_OP = 'DELETE' THEN ${APPLY(ROWS('old_rows', -1))}
        END IF;
        IF emptied IS NOT NULL THEN
          DELETE FROM directive_task_counts WHERE directive_id = ANY(emptied) AND n = 0;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE FUNCTION directive_task_counts_clear() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN DELETE FROM directive_task_counts; RETURN NULL; END $$`);
    await queryRunner.query(
      'CREATE TRIGGER tasks_count_insert AFTER INSERT ON "tasks" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION directive_task_counts_apply()',
    );
    await queryRunner.query(
      'CREATE TRIGGER tasks_count_update AFTER UPDATE ON "tasks" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION directive_task_counts_apply()',
    );
    await queryRunner.query(
      'CREATE TRIGGER tasks_count_delete AFTER DELETE ON "tasks" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION directive_task_counts_apply()',
    );
    await queryRunner.query(
      'CREATE TRIGGER tasks_count_truncate AFTER TRUNCATE ON "tasks" FOR EACH STATEMENT EXECUTE FUNCTION directive_task_counts_clear()',
    );
    // The tasks already there.
    await queryRunner.query(
      `INSERT INTO directive_task_counts (directive_id, state, deadline, n)
       SELECT directive_id, state, deadline, sum(d)::int FROM (${ROWS('tasks', 1)}) x GROUP BY 1, 2, 3`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER tasks_count_truncate ON "tasks"');
    await queryRunner.query('DROP TRIGGER tasks_count_delete ON "tasks"');
    await queryRunner.query('DROP TRIGGER tasks_count_update ON "tasks"');
    await queryRunner.query('DROP TRIGGER tasks_count_insert ON "tasks"');
    await queryRunner.query('DROP FUNCTION directive_task_counts_clear()');
    await queryRunner.query('DROP FUNCTION directive_task_counts_apply()');
    await queryRunner.query('ALTER TABLE "directive_task_counts" DROP CONSTRAINT "FK_9de98d9befe7b6ffe3d73bfb6ee"');
    await queryRunner.query('DROP TABLE "directive_task_counts"');
  }
}
