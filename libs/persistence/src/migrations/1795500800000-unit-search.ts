import type { MigrationInterface, QueryRunner } from 'typeorm';
// By relative path: the migrations also run where the @dondoc/* paths are not mapped (jest's global setup).
import { directiveSearchText, unitSearchText } from '../../../domain/src/search-text';

/**
 * Search that knows the usual abbreviations both ways (libs/domain search-text.ts):
 * units get `search_folded` (the folded name with "MTTQ" beside "MAT TRAN TO QUOC" and
 * the reverse), with a trigram index (pg_trgm, GIN) so that one LIKE '%term%' per word
 * of a query is an index scan; directives' `search_text` is rewritten the same way (the
 * document number stays its first token). Existing rows are filled here, in batches,
 * with the rule as it is today; a later change of the rule brings its own backfill.
 */
export class UnitSearch1795500800000 implements MigrationInterface {
  name = 'UnitSearch1795500800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await queryRunner.query(`ALTER TABLE "units" ADD "search_folded" text NOT NULL DEFAULT ''`);
    const units: { id: string; name: string }[] = await queryRunner.query('SELECT id, name FROM units ORDER BY id');
    await fill(
      queryRunner,
      'UPDATE units u SET search_folded = v.s FROM unnest($1::uuid[], $2::text[]) AS v(id, s) WHERE u.id = v.id',
      units.map((unit) => [unit.id, unitSearchText(unit.name)]),
    );
    await queryRunner.query('ALTER TABLE "units" ALTER COLUMN "search_folded" DROP DEFAULT');
    await queryRunner.query('CREATE INDEX "ix_units_search_trgm" ON "units" USING gin ("search_folded" gin_trgm_ops)');
    const directives: { id: string; number: string; title: string }[] = await queryRunner.query(
      'SELECT id, document_number_normalized AS number, title FROM directives ORDER BY id',
    );
    await fill(
      queryRunner,
      'UPDATE directives d SET search_text = v.s FROM unnest($1::uuid[], $2::text[]) AS v(id, s) WHERE d.id = v.id',
      directives.map((d) => [d.id, directiveSearchText(d.number, d.title)]),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "ix_units_search_trgm"');
    await queryRunner.query('ALTER TABLE "units" DROP COLUMN "search_folded"');
    // Directives' search text keeps its new form: the older search reads it as well.
  }
}

async function fill(queryRunner: QueryRunner, sql: string, rows: [id: string, text: string][]): Promise<void> {
  for (let i = 0; i < rows.length; i += 5000) {
    const batch = rows.slice(i, i + 5000);
    await queryRunner.query(sql, [batch.map(([id]) => id), batch.map(([, text]) => text)]);
  }
}
