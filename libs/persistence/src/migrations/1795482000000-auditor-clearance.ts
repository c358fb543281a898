import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Auditors read secret content only when cleared for it. */
export class AuditorClearance1795482000000 implements MigrationInterface {
  name = 'AuditorClearance1795482000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "users" ADD "secret_clearance" boolean NOT NULL DEFAULT false');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "users" DROP COLUMN "secret_clearance"');
  }
}
