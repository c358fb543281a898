import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * My work (GET /me/work) reads the reports waiting for a unit's review: the tasks it
 * assigned that are under review. No index led with the assigning unit, so this was a
 * scan of every task; the partial index holds only the tasks under review.
 */
export class MyWorkReviewIndex1795501500000 implements MigrationInterface {
  name = 'MyWorkReviewIndex1795501500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX "ix_tasks_review_assigning" ON "tasks" ("assigning_unit_id", "review_deadline") WHERE "phase" = \'under_review\'',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_tasks_review_assigning"');
  }
}
