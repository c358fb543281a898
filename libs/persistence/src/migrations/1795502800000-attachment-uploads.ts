import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Resumable uploads under way (decision 75, "Resumable uploads"): one row per announced file
 * until it is completed, abandoned or expired.
 */
export class AttachmentUploads1795502800000 implements MigrationInterface {
  name = 'AttachmentUploads1795502800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "attachment_uploads" ("id" uuid NOT NULL, "owner_kind" text NOT NULL, "owner_id" uuid NOT NULL, "name" text NOT NULL, "size" bigint NOT NULL, "received" bigint NOT NULL DEFAULT '0', "store_ref" text NOT NULL, "created_by" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_attachment_uploads_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query('CREATE INDEX "ix_attachment_uploads_expires" ON "attachment_uploads" ("expires_at") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_attachment_uploads_expires"');
    await queryRunner.query('DROP TABLE "attachment_uploads"');
  }
}
