import type { MigrationInterface, QueryRunner } from 'typeorm';
// Deep import: migrations are also loaded where the path alias does not apply (the
// test global setup), and this file needs only the data.
import { OFFICIAL_NOTES_EN } from '../../../domain/src/calendar/official-notes-en';

/**
 * One language per reader: a day of the calendar set by a decision (or an admin) has
 * its note in English too, for English readers (the statutory holidays have theirs in
 * libs/domain). The Government's decisions already loaded gain their English notes;
 * an admin's own note has none until an admin gives one (it shows in Vietnamese).
 */
export class HolidayNamesEn1795501810000 implements MigrationInterface {
  name = 'HolidayNamesEn1795501810000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "calendar_overrides" ADD "note_en" text');
    await queryRunner.query(
      `UPDATE "calendar_overrides" o SET "note_en" = n.en
         FROM jsonb_each_text($1::jsonb) AS n(vi, en)
        WHERE o."note" = n.vi AND o."note_en" IS NULL`,
      [JSON.stringify(OFFICIAL_NOTES_EN)],
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "calendar_overrides" DROP COLUMN "note_en"');
  }
}
