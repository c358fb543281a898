import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A person's order of channels for the fall-back (docs/decisions/0083): when a notice
 * fails for good on one channel, or an escalation stays unread, it goes on the next.
 */
export class ChannelFallback1795503100000 implements MigrationInterface {
  name = 'ChannelFallback1795503100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification_preferences" ADD "channel_order" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(
      `CREATE TABLE "sms_budget" ("unit_id" uuid NOT NULL, "day" date NOT NULL, "used" integer NOT NULL DEFAULT '0',
        CONSTRAINT "PK_sms_budget" PRIMARY KEY ("unit_id", "day"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "sms_budget"`);
    await queryRunner.query(`ALTER TABLE "notification_preferences" DROP COLUMN "channel_order"`);
  }
}
