import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reporting cycles and their rounds. A round is a directive row flagged with its cycle
 * and period, so its tasks are tasks everywhere (lists, buckets, history, statistics);
 * rounds share their legal basis's number, so the document number stays unique only
 * among directives proper.
 */
export class ReportingCycles1795490300000 implements MigrationInterface {
  name = 'ReportingCycles1795490300000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "reporting_cycles" (
      "id" uuid NOT NULL, "issuing_unit_id" uuid NOT NULL, "legal_basis_normalized" text NOT NULL,
      "definition" jsonb NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "ends_at" TIMESTAMP WITH TIME ZONE, "status" text NOT NULL DEFAULT 'active',
      "version" integer NOT NULL DEFAULT 1, "created_by" text NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_reporting_cycles" PRIMARY KEY ("id"))`);
    await q.query('CREATE INDEX "ix_reporting_cycles_issuer" ON "reporting_cycles" ("issuing_unit_id") ');
    await q.query(`CREATE TABLE "reporting_rounds" (
      "id" uuid NOT NULL, "cycle_id" uuid NOT NULL, "period_key" text NOT NULL, "label" text NOT NULL,
      "cut_off" TIMESTAMP WITH TIME ZONE NOT NULL, "directive_id" uuid NOT NULL,
      "cycle_version" integer NOT NULL, "definition" jsonb NOT NULL, "previous_key" text,
      "last_year_key" text, "opened_by" text NOT NULL,
      "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_reporting_rounds" PRIMARY KEY ("id"))`);
    await q.query('CREATE UNIQUE INDEX "ux_reporting_rounds_period" ON "reporting_rounds" ("cycle_id", "period_key") ');
    await q.query(`CREATE TABLE "reporting_round_units" (
      "round_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "task_id" uuid NOT NULL, "parent_task_id" uuid,
      "depth" integer NOT NULL, "level" text NOT NULL, "deadline" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_reporting_round_units" PRIMARY KEY ("round_id", "unit_id"))`);
    await q.query('CREATE INDEX "ix_reporting_round_units_task" ON "reporting_round_units" ("task_id") ');
    await q.query('ALTER TABLE "directives" ADD "reporting_cycle_id" uuid');
    await q.query('ALTER TABLE "directives" ADD "period_key" text');
    await q.query('DROP INDEX "public"."ux_directives_document"');
    await q.query(
      `CREATE UNIQUE INDEX "ux_directives_document" ON "directives" ("issuing_unit_id", "doc_type", "doc_number", "issue_year") WHERE "reporting_cycle_id" IS NULL`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "public"."ux_directives_document"');
    await q.query(
      'CREATE UNIQUE INDEX "ux_directives_document" ON "directives" ("issuing_unit_id", "doc_type", "doc_number", "issue_year") ',
    );
    await q.query('ALTER TABLE "directives" DROP COLUMN "period_key"');
    await q.query('ALTER TABLE "directives" DROP COLUMN "reporting_cycle_id"');
    await q.query('DROP TABLE "reporting_round_units"');
    await q.query('DROP TABLE "reporting_rounds"');
    await q.query('DROP TABLE "reporting_cycles"');
  }
}
