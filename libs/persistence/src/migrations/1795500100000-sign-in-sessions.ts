import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in state shared by every API process (docs/decisions/0050): failed attempts per
 * (user name, address) for the growing delays and the limit per address; session
 * families and their refresh tokens, for rotation with reuse detection.
 */
export class SignInSessions1795500100000 implements MigrationInterface {
  name = 'SignInSessions1795500100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "login_attempts" ("username" text NOT NULL, "address" text NOT NULL, "failures" integer NOT NULL, "last_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL, "blocked_until" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_b88887e2eeeafd804606c1ed3f3" PRIMARY KEY ("username", "address"))',
    );
    await queryRunner.query('CREATE INDEX "ix_login_attempts_last_attempt" ON "login_attempts"  ("last_attempt_at") ');
    await queryRunner.query(
      'CREATE INDEX "ix_login_attempts_address" ON "login_attempts"  ("address", "last_attempt_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "session_families" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_reason" text, CONSTRAINT "PK_1be9458ef1fb3a7fe042b8d0e29" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_session_families_expires_at" ON "session_families"  ("expires_at") ');
    await queryRunner.query('CREATE INDEX "ix_session_families_user" ON "session_families"  ("user_id") ');
    await queryRunner.query(
      'CREATE TABLE "refresh_tokens" ("id" uuid NOT NULL, "family_id" uuid NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_7d8bee0204106019488c4c50ffa" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_refresh_tokens_family" ON "refresh_tokens"  ("family_id") ');
    await queryRunner.query(
      'ALTER TABLE "session_families" ADD CONSTRAINT "FK_76d62f2bbfcf286ab74aed5bb48" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "refresh_tokens" ADD CONSTRAINT "FK_d5e27da0cd39bc3bb2811fc8bac" FOREIGN KEY ("family_id") REFERENCES "session_families"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "refresh_tokens" DROP CONSTRAINT "FK_d5e27da0cd39bc3bb2811fc8bac"');
    await queryRunner.query('ALTER TABLE "session_families" DROP CONSTRAINT "FK_76d62f2bbfcf286ab74aed5bb48"');
    await queryRunner.query('DROP INDEX "public"."ix_refresh_tokens_family"');
    await queryRunner.query('DROP TABLE "refresh_tokens"');
    await queryRunner.query('DROP INDEX "public"."ix_session_families_user"');
    await queryRunner.query('DROP INDEX "public"."ix_session_families_expires_at"');
    await queryRunner.query('DROP TABLE "session_families"');
    await queryRunner.query('DROP INDEX "public"."ix_login_attempts_address"');
    await queryRunner.query('DROP INDEX "public"."ix_login_attempts_last_attempt"');
    await queryRunner.query('DROP TABLE "login_attempts"');
  }
}
