import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Drafts of directives on their way to a leader's approval (docs/decisions/0074-drafts-and-approval.md).
 */
export class DirectiveDrafts1795501900000 implements MigrationInterface {
  name = 'DirectiveDrafts1795501900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "directive_drafts" ("id" uuid NOT NULL, "kind" text NOT NULL DEFAULT \'directive\', "unit_id" uuid NOT NULL, "issuing_unit_id" uuid NOT NULL, "created_by" text NOT NULL, "title" text NOT NULL, "body" jsonb NOT NULL, "version" integer NOT NULL, "status" text NOT NULL, "submission" integer NOT NULL, "approver_user_id" uuid, "approver_unit_id" uuid, "submitted_at" TIMESTAMP WITH TIME ZONE, "comments" jsonb NOT NULL DEFAULT \'[]\', "reject_reason" text, "directive_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_directive_drafts_id" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_directive_drafts_approver" ON "directive_drafts"  ("approver_user_id", "status") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_directive_drafts_unit" ON "directive_drafts"  ("unit_id", "updated_at") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_directive_drafts_unit"');
    await queryRunner.query('DROP INDEX "public"."ix_directive_drafts_approver"');
    await queryRunner.query('DROP TABLE "directive_drafts"');
  }
}
