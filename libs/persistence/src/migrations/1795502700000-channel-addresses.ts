import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A person's verified addresses on SMS, Zalo and Telegram, the kinds they mark urgent, and
 * the provider's message id on a delivery, and the Zalo OA's token pair shared by every
 * worker (docs/decisions/0081).
 */
export class ChannelAddresses1795502700000 implements MigrationInterface {
  name = 'ChannelAddresses1795502700000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "channel_addresses" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "channel" text NOT NULL,
        "address" text, "verified_at" TIMESTAMP WITH TIME ZONE, "removed_at" TIMESTAMP WITH TIME ZONE,
        "code_hash" text, "code_expires_at" TIMESTAMP WITH TIME ZONE, "code_attempts" integer NOT NULL DEFAULT '0',
        "code_sends" integer NOT NULL DEFAULT '0', "code_sent_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_channel_addresses_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ux_channel_addresses_verified" ON "channel_addresses" ("user_id", "channel") WHERE verified_at IS NOT NULL AND removed_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ux_channel_addresses_pending" ON "channel_addresses" ("user_id", "channel") WHERE verified_at IS NULL AND removed_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_channel_addresses_code" ON "channel_addresses" ("channel", "code_hash") WHERE verified_at IS NULL AND removed_at IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "channel_addresses" ADD CONSTRAINT "FK_channel_addresses_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "notification_preferences" ADD "urgent_kinds" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "deliveries" ADD "provider_message_id" text`);
    await queryRunner.query(
      `CREATE TABLE "zalo_tokens" ("app_id" text NOT NULL, "access_token" text NOT NULL, "refresh_token" text NOT NULL,
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_zalo_tokens_app_id" PRIMARY KEY ("app_id"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "zalo_tokens"');
    await queryRunner.query(`ALTER TABLE "deliveries" DROP COLUMN "provider_message_id"`);
    await queryRunner.query(`ALTER TABLE "notification_preferences" DROP COLUMN "urgent_kinds"`);
    await queryRunner.query('DROP TABLE "channel_addresses"');
  }
}
