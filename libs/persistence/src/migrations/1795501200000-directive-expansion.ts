import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A directive's recipients named by a rule (DirectiveExpansion): the API keeps the rule
 * and the task template with the request instead of one task per unit, and the recording
 * expands it in SQL (docs/architecture.md, "A directive to every unit of a kind").
 */
export class DirectiveExpansion1795501200000 implements MigrationInterface {
  name = 'DirectiveExpansion1795501200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "directive_requests" ADD "expansion" jsonb');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "directive_requests" DROP COLUMN "expansion"');
  }
}
