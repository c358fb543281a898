import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Following tasks in cohorts (docs/decisions/0065-task-cohorts.md). A cohort is the
 * tasks of one directive that share a deadline, an acknowledgement deadline, the
 * policies and the length of their escalation chain: one workflow follows them all and
 * writes each instant as one set-based step. `tasks.driver` says who drives a task now
 * (the cohort, or the task's own workflow once it leaves the cohort); `tasks.handover`
 * holds the state a task left its cohort with until its own workflow confirms it runs.
 */
export class TaskCohorts1795500900000 implements MigrationInterface {
  name = 'TaskCohorts1795500900000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "task_cohorts" (
        "id" uuid NOT NULL,
        "directive_id" uuid NOT NULL,
        "key" text NOT NULL,
        "issuing_unit_id" uuid NOT NULL,
        "deadline" TIMESTAMP WITH TIME ZONE NOT NULL,
        "ack_deadline" TIMESTAMP WITH TIME ZONE NOT NULL,
        "chain_length" integer NOT NULL,
        "reminder_policy" jsonb NOT NULL,
        "escalation_policy" jsonb NOT NULL,
        "progress" jsonb NOT NULL,
        "steps" integer NOT NULL DEFAULT 0,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_task_cohorts" PRIMARY KEY ("id")
      )`,
    );
    await queryRunner.query('CREATE UNIQUE INDEX "ux_task_cohorts_key" ON "task_cohorts" ("directive_id", "key") ');
    await queryRunner.query(
      `ALTER TABLE "task_cohorts" ADD CONSTRAINT "FK_14f109bba1afbf67f199b47077a" FOREIGN KEY ("directive_id") REFERENCES "directives"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query('ALTER TABLE "tasks" ADD "cohort_id" uuid');
    await queryRunner.query('ALTER TABLE "tasks" ADD "driver" text');
    await queryRunner.query('ALTER TABLE "tasks" ADD "handover" jsonb');
    await queryRunner.query(
      `ALTER TABLE "tasks" ADD CONSTRAINT "FK_64c08a6fc31d776a4d8f17b482c" FOREIGN KEY ("cohort_id") REFERENCES "task_cohorts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_tasks_cohort_members" ON "tasks" ("cohort_id") WHERE "driver" = 'cohort'`,
    );
    await queryRunner.query(`CREATE INDEX "ix_tasks_handover" ON "tasks" ("updated_at") WHERE "handover" IS NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "ix_tasks_handover"');
    await queryRunner.query('DROP INDEX "ix_tasks_cohort_members"');
    await queryRunner.query('ALTER TABLE "tasks" DROP CONSTRAINT "FK_64c08a6fc31d776a4d8f17b482c"');
    await queryRunner.query('ALTER TABLE "tasks" DROP COLUMN "handover"');
    await queryRunner.query('ALTER TABLE "tasks" DROP COLUMN "driver"');
    await queryRunner.query('ALTER TABLE "tasks" DROP COLUMN "cohort_id"');
    await queryRunner.query('ALTER TABLE "task_cohorts" DROP CONSTRAINT "FK_14f109bba1afbf67f199b47077a"');
    await queryRunner.query('DROP INDEX "ux_task_cohorts_key"');
    await queryRunner.query('DROP TABLE "task_cohorts"');
  }
}
