import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The task list's pages of the closed buckets (completed on time, completed late,
 * cancelled), as the overview asks for them (one `limit=1` page per bucket): each bucket's
 * rows in key order (deadline, id), so an empty or small bucket is not found by walking
 * every task ever written in deadline order (10.6 ms for an empty "completed late" at
 * 31,200 tasks, bench/README.md, lists). The predicates are TASK_BUCKET_WHERE's.
 */
export class ClosedTaskIndexes1795501150000 implements MigrationInterface {
  name = 'ClosedTaskIndexes1795501150000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX "ix_tasks_cancelled_deadline" ON "tasks" ("deadline", "id") WHERE "status" = \'cancelled\'',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_tasks_late_deadline" ON "tasks" ("deadline", "id") WHERE "status" = \'completed\' AND ("completed_at" IS NULL OR "completed_at" > "deadline")',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_tasks_on_time_deadline" ON "tasks" ("deadline", "id") WHERE "status" = \'completed\' AND "completed_at" <= "deadline"',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_tasks_on_time_deadline"');
    await queryRunner.query('DROP INDEX "public"."ix_tasks_late_deadline"');
    await queryRunner.query('DROP INDEX "public"."ix_tasks_cancelled_deadline"');
  }
}
