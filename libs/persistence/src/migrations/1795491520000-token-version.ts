import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A user's tokens carry this number; raising it (logout, password change) revokes every one issued before. */
export class TokenVersion1795491520000 implements MigrationInterface {
  name = 'TokenVersion1795491520000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "users" ADD "token_version" integer NOT NULL DEFAULT 0');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "users" DROP COLUMN "token_version"');
  }
}
