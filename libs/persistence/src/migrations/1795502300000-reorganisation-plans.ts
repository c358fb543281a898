import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reorganisation plans stored for their effective instant (docs/decisions/0077): the
 * operations, the preview's counts, cancellation. The due ones are found by a partial
 * index on the planned plans' instants (the apply, next, reads it).
 */
export class ReorganisationPlans1795502300000 implements MigrationInterface {
  name = 'ReorganisationPlans1795502300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "reorganisation_plans" ("id" uuid NOT NULL, "status" text NOT NULL, "operations" jsonb NOT NULL,
        "effective_at" TIMESTAMP WITH TIME ZONE NOT NULL, "counts" jsonb NOT NULL, "created_by" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "cancelled_by" text,
        "cancelled_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_reorganisation_plans_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_reorganisation_plans_due" ON "reorganisation_plans" ("effective_at") WHERE "status" = 'planned'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_reorganisation_plans_due"');
    await queryRunner.query('DROP TABLE "reorganisation_plans"');
  }
}
