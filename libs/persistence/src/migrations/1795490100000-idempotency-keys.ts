import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Idempotency-Keys with the fingerprint of their first request's body. */
export class IdempotencyKeys1795490100000 implements MigrationInterface {
  name = 'IdempotencyKeys1795490100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "idempotency_keys" ("id" uuid NOT NULL, "fingerprint" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8ad20779ad0411107a56e53d0f6" PRIMARY KEY ("id"))',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "idempotency_keys"');
  }
}
