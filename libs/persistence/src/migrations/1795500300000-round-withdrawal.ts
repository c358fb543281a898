import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A reporting round can be withdrawn by its issuer (issue 19): when, by whom and why,
 * on the round itself (docs/decisions/0030-reporting-rounds.md, "Ending a round").
 */
export class RoundWithdrawal1795500300000 implements MigrationInterface {
  name = 'RoundWithdrawal1795500300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "reporting_rounds" ADD "withdrawn_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "reporting_rounds" ADD "withdrawn_by" text');
    await queryRunner.query('ALTER TABLE "reporting_rounds" ADD "withdrawal_reason" text');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "reporting_rounds" DROP COLUMN "withdrawal_reason"');
    await queryRunner.query('ALTER TABLE "reporting_rounds" DROP COLUMN "withdrawn_by"');
    await queryRunner.query('ALTER TABLE "reporting_rounds" DROP COLUMN "withdrawn_at"');
  }
}
