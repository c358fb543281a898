import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Review and revision periods per task (additive: null keeps the configured periods). */
export class TaskPeriods1795479000000 implements MigrationInterface {
  name = 'TaskPeriods1795479000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "tasks" ADD "review_period" jsonb');
    await queryRunner.query('ALTER TABLE "tasks" ADD "revision_period" jsonb');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "tasks" DROP COLUMN "revision_period"');
    await queryRunner.query('ALTER TABLE "tasks" DROP COLUMN "review_period"');
  }
}
