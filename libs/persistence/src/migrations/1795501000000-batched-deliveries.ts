import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Batched deliveries (docs/decisions/0060-batched-deliveries.md): each delivery row may
 * belong to a batch workflow (`batch_id`, with a partial index over the rows still to
 * send), and every webhook server has its next free sending slot (`webhook_pacing`), so
 * its rate limit holds across batches and worker processes.
 */
export class BatchedDeliveries1795501000000 implements MigrationInterface {
  name = 'BatchedDeliveries1795501000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "deliveries" ADD "batch_id" text`);
    await queryRunner.query(
      `CREATE INDEX "ix_deliveries_batch" ON "deliveries" ("batch_id", "not_before") WHERE batch_id IS NOT NULL AND status IN ('pending', 'sending')`,
    );
    await queryRunner.query(
      `CREATE TABLE "webhook_pacing" ("origin" text NOT NULL, "next_slot" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_webhook_pacing" PRIMARY KEY ("origin"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "webhook_pacing"`);
    await queryRunner.query(`DROP INDEX "ix_deliveries_batch"`);
    await queryRunner.query(`ALTER TABLE "deliveries" DROP COLUMN "batch_id"`);
  }
}
