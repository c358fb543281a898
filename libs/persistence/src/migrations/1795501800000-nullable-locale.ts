import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One language per reader (decision 69): a person who never chose a language has none
 * stored, so their client's Accept-Language applies, then Vietnamese. The column had
 * 'vi' by default and the settings form sent it back with every save, so a stored 'vi'
 * was almost never a choice: it becomes "none". Down: none is Vietnamese again.
 */
export class NullableLocale1795501800000 implements MigrationInterface {
  name = 'NullableLocale1795501800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "notification_preferences" ALTER COLUMN "locale" DROP NOT NULL');
    await queryRunner.query('ALTER TABLE "notification_preferences" ALTER COLUMN "locale" DROP DEFAULT');
    await queryRunner.query('UPDATE "notification_preferences" SET "locale" = NULL WHERE "locale" = \'vi\'');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('UPDATE "notification_preferences" SET "locale" = \'vi\' WHERE "locale" IS NULL');
    await queryRunner.query('ALTER TABLE "notification_preferences" ALTER COLUMN "locale" SET DEFAULT \'vi\'');
    await queryRunner.query('ALTER TABLE "notification_preferences" ALTER COLUMN "locale" SET NOT NULL');
  }
}
