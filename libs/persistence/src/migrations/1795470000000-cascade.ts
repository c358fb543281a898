import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Cascade: a task may be part of another (parent_task_id), is assigned by a unit (the
 * directive's issuing unit, or for a sub-task the parent's lead unit), and keeps why its
 * report went in before its sub-tasks were done. Existing tasks were all assigned by
 * their directive's issuing unit.
 */
export class Cascade1795470000000 implements MigrationInterface {
  name = 'Cascade1795470000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "tasks" ADD "parent_task_id" uuid');
    await queryRunner.query('ALTER TABLE "tasks" ADD "depth" integer NOT NULL DEFAULT 0');
    await queryRunner.query('ALTER TABLE "tasks" ADD "assigning_unit_id" uuid');
    await queryRunner.query(
      'UPDATE "tasks" t SET "assigning_unit_id" = d."issuing_unit_id" FROM "directives" d WHERE d."id" = t."directive_id"',
    );
    await queryRunner.query('ALTER TABLE "tasks" ALTER COLUMN "assigning_unit_id" SET NOT NULL');
    await queryRunner.query('ALTER TABLE "tasks" ADD "subtask_override_reason" text');
    await queryRunner.query('CREATE INDEX "ix_tasks_parent" ON "tasks" ("parent_task_id") ');
    await queryRunner.query(
      'ALTER TABLE "tasks" ADD CONSTRAINT "FK_54fc42a253a8338488ec1f960ad" FOREIGN KEY ("parent_task_id") REFERENCES "tasks"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "tasks" ADD CONSTRAINT "FK_da4949fbf52ea7936512ae27d0f" FOREIGN KEY ("assigning_unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "tasks" DROP CONSTRAINT "FK_da4949fbf52ea7936512ae27d0f"');
    await queryRunner.query('ALTER TABLE "tasks" DROP CONSTRAINT "FK_54fc42a253a8338488ec1f960ad"');
    await queryRunner.query('DROP INDEX "public"."ix_tasks_parent"');
    await queryRunner.query('ALTER TABLE "tasks" DROP COLUMN "subtask_override_reason"');
    await queryRunner.query('ALTER TABLE "tasks" DROP COLUMN "assigning_unit_id"');
    await queryRunner.query('ALTER TABLE "tasks" DROP COLUMN "depth"');
    await queryRunner.query('ALTER TABLE "tasks" DROP COLUMN "parent_task_id"');
  }
}
