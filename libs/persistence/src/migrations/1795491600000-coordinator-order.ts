import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Coordinating units keep the order the document lists them in. */
export class CoordinatorOrder1795491600000 implements MigrationInterface {
  name = 'CoordinatorOrder1795491600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "task_coordinators" ADD "position" integer NOT NULL DEFAULT 0');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "task_coordinators" DROP COLUMN "position"');
  }
}
