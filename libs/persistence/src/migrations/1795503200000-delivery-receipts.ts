import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Delivery receipts (docs/decisions/0084): a provider's report that a message reached the
 * handset, or never will, kept beside the delivery it names.
 */
export class DeliveryReceipts1795503200000 implements MigrationInterface {
  name = 'DeliveryReceipts1795503200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "delivery_receipts" ("channel" text NOT NULL, "provider_message_id" text NOT NULL,
        "delivery_id" uuid, "status" text NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_delivery_receipts" PRIMARY KEY ("channel", "provider_message_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_delivery_receipts_delivery" ON "delivery_receipts" ("delivery_id") WHERE delivery_id IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_delivery_receipts_delivery"`);
    await queryRunner.query(`DROP TABLE "delivery_receipts"`);
  }
}
