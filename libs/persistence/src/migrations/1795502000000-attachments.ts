import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Files attached to directives, tasks, reports and explanations (decision 75): one row per
 * file on an owner, its bytes in the attachment store under their SHA-256. A removed file
 * keeps its row (removed_at, removed_by) and its bytes, for the auditor.
 */
export class Attachments1795502000000 implements MigrationInterface {
  name = 'Attachments1795502000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "attachments" ("id" uuid NOT NULL, "owner_kind" text NOT NULL, "owner_id" uuid NOT NULL, "directive_id" uuid NOT NULL, "name" text NOT NULL, "media_type" text NOT NULL, "size" bigint NOT NULL, "sha256" character(64) NOT NULL, "uploaded_by" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "removed_at" TIMESTAMP WITH TIME ZONE, "removed_by" text, CONSTRAINT "PK_attachments_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      'CREATE INDEX "ix_attachments_owner" ON "attachments" ("owner_kind", "owner_id", "created_at") ',
    );
    await queryRunner.query('CREATE INDEX "ix_attachments_directive" ON "attachments" ("directive_id") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_attachments_directive"');
    await queryRunner.query('DROP INDEX "public"."ix_attachments_owner"');
    await queryRunner.query('DROP TABLE "attachments"');
  }
}
