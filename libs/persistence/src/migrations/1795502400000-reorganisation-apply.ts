import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The apply of a stored reorganisation plan (docs/decisions/0078): when it was applied, the
 * hand-overs it made (what its workflow resumes from), its progress counts, and the
 * conflicts that refused it at its instant.
 */
export class ReorganisationApply1795502400000 implements MigrationInterface {
  name = 'ReorganisationApply1795502400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "reorganisation_plans" ADD "applied_at" TIMESTAMP WITH TIME ZONE,
        ADD "moves" jsonb, ADD "progress" jsonb, ADD "conflicts" jsonb`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "reorganisation_plans" DROP COLUMN "conflicts", DROP COLUMN "progress", DROP COLUMN "moves",
        DROP COLUMN "applied_at"`,
    );
  }
}
