import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Inbox notices rendered when read (docs/decisions/0071-notices-rendered-at-read.md): a
 * row stores its kind and parameters (`params`) and no words; `title` and `body` stay for
 * the rows written before (glued "tiếng Việt / English", shown by their reader's half)
 * and are null on new ones.
 */
export class NoticeParams1795501600000 implements MigrationInterface {
  name = 'NoticeParams1795501600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "notifications" ADD "params" jsonb');
    await queryRunner.query('ALTER TABLE "notifications" ALTER COLUMN "title" DROP NOT NULL');
    await queryRunner.query('ALTER TABLE "notifications" ALTER COLUMN "body" DROP NOT NULL');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Rows rendered at read have no words to put back: the kind's name stands in for them.
    await queryRunner.query(
      'UPDATE "notifications" SET "title" = coalesce("title", "kind"), "body" = coalesce("body", \'\')',
    );
    await queryRunner.query('ALTER TABLE "notifications" ALTER COLUMN "body" SET NOT NULL');
    await queryRunner.query('ALTER TABLE "notifications" ALTER COLUMN "title" SET NOT NULL');
    await queryRunner.query('ALTER TABLE "notifications" DROP COLUMN "params"');
  }
}
