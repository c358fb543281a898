import type { MigrationInterface, QueryRunner } from 'typeorm';
// Deep import: migrations are also loaded where the path alias does not apply (the
// test global setup), and this file needs only the data, not all of @dondoc/domain.
import { OFFICIAL_DECISIONS_2025_2026, officialOverrides } from '../../../domain/src/calendar/official-decisions';

const LOADED_BY = 'migration:official-calendar-2025-2026';

/**
 * The Government's calendar decisions for 2025 and 2026 (libs/domain
 * official-decisions.ts, a frozen constant) into the override table, with the number
 * of the document that set each day. Idempotent: a date already in the table keeps
 * what an admin (or the demo seed) put there; it only gains the document when it
 * says the same thing and has none. Admins go on editing through /calendar.
 */
export class OfficialCalendar1795480000000 implements MigrationInterface {
  name = 'OfficialCalendar1795480000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "calendar_overrides" ADD COLUMN IF NOT EXISTS "document_number" text');
    await queryRunner.query('ALTER TABLE "calendar_overrides" ADD COLUMN IF NOT EXISTS "source_note" text');
    const rows = officialOverrides(OFFICIAL_DECISIONS_2025_2026);
    await queryRunner.query(
      `INSERT INTO "calendar_overrides" ("date", "kind", "note", "document_number", "source_note", "updated_by")
       SELECT r.date::date, r.kind, r.note, r.document_number, r.source_note, $2
         FROM jsonb_to_recordset($1::jsonb)
           AS r(date text, kind text, note text, document_number text, source_note text)
       ON CONFLICT ("date") DO UPDATE
         SET "document_number" = EXCLUDED."document_number", "source_note" = EXCLUDED."source_note"
         WHERE "calendar_overrides"."document_number" IS NULL AND "calendar_overrides"."kind" = EXCLUDED."kind"`,
      [
        JSON.stringify(
          rows.map((row) => ({
            date: row.date,
            kind: row.kind,
            note: row.note,
            document_number: row.documentNumber,
            source_note: row.sourceNote,
          })),
        ),
        LOADED_BY,
      ],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DELETE FROM "calendar_overrides" WHERE "updated_by" = $1', [LOADED_BY]);
    await queryRunner.query('ALTER TABLE "calendar_overrides" DROP COLUMN "source_note"');
    await queryRunner.query('ALTER TABLE "calendar_overrides" DROP COLUMN "document_number"');
  }
}
