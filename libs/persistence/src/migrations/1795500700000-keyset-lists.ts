import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Keyset pages of the task and directive lists (docs/decisions/0055-keyset-lists.md). The task
 * list pages on (deadline, id) and is mostly asked for open tasks: a partial index of open
 * tasks in that order lets a page of a large subtree walk the index and stop after a page;
 * (lead_unit_id, deadline, id) of open tasks serves a small subtree (each unit's open
 * tasks already in order) and the count of a bucket without reading the table. The
 * directive list pages on (issue_date, created_at, id), newest first.
 */
export class KeysetLists1795500700000 implements MigrationInterface {
  name = 'KeysetLists1795500700000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ix_tasks_open_deadline" ON "tasks" ("deadline", "id") WHERE "status" IN ('assigned', 'overdue')`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_tasks_open_lead_deadline" ON "tasks" ("lead_unit_id", "deadline", "id") WHERE "status" IN ('assigned', 'overdue')`,
    );
    await queryRunner.query(
      'CREATE INDEX "ix_directives_list_order" ON "directives" ("issue_date", "created_at", "id")',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "ix_directives_list_order"');
    await queryRunner.query('DROP INDEX "ix_tasks_open_lead_deadline"');
    await queryRunner.query('DROP INDEX "ix_tasks_open_deadline"');
  }
}
