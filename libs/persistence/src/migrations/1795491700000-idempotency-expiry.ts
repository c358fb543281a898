import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Idempotency-Keys expire (issue 10): each key row names its resource itself, so that a
 * key used again after its window names a new one; rows past the window are deleted by
 * created_at (indexed). Rows from before named the key's own id.
 */
export class IdempotencyExpiry1795491700000 implements MigrationInterface {
  name = 'IdempotencyExpiry1795491700000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "idempotency_keys" ADD "resource_id" uuid');
    await queryRunner.query('UPDATE "idempotency_keys" SET "resource_id" = "id"');
    await queryRunner.query('ALTER TABLE "idempotency_keys" ALTER COLUMN "resource_id" SET NOT NULL');
    await queryRunner.query('CREATE INDEX "ix_idempotency_keys_created_at" ON "idempotency_keys" ("created_at")');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "ix_idempotency_keys_created_at"');
    await queryRunner.query('ALTER TABLE "idempotency_keys" DROP COLUMN "resource_id"');
  }
}
