import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Delivery1795474894064 implements MigrationInterface {
  name = 'Delivery1795474894064';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "notification_preferences" ("user_id" uuid NOT NULL, "locale" text NOT NULL DEFAULT \'vi\', "channels" jsonb NOT NULL DEFAULT \'{}\', "quiet_start" integer, "quiet_end" integer, "digest" boolean NOT NULL DEFAULT false, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_64c90edc7310c6be7c10c96f675" PRIMARY KEY ("user_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "webhook_endpoints" ("id" uuid NOT NULL, "unit_id" uuid NOT NULL, "url" text NOT NULL, "secret" text NOT NULL, "kinds" jsonb, "active" boolean NOT NULL DEFAULT true, "created_by" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_054c4cfb95223732f5939d2d546" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_webhook_endpoints_unit" ON "webhook_endpoints"  ("unit_id") ');
    await queryRunner.query(
      'CREATE TABLE "deliveries" ("id" uuid NOT NULL, "notice_id" text NOT NULL, "channel" text NOT NULL, "recipient_id" uuid NOT NULL, "address" text NOT NULL, "unit_id" uuid NOT NULL, "kind" text NOT NULL, "task_id" uuid, "status" text NOT NULL, "not_before" TIMESTAMP WITH TIME ZONE NOT NULL, "payload" jsonb NOT NULL, "attempts" integer NOT NULL DEFAULT \'0\', "redrives" integer NOT NULL DEFAULT \'0\', "last_error" text, "sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a6ef225c5c5f0974e503bfb731f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_deliveries_status" ON "deliveries"  ("status", "created_at") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "ux_deliveries_notice_channel_recipient" ON "deliveries"  ("notice_id", "channel", "recipient_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "notification_preferences" ADD CONSTRAINT "FK_64c90edc7310c6be7c10c96f675" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "webhook_endpoints" ADD CONSTRAINT "FK_e2d1f691dbad472403134f1b0a1" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "webhook_endpoints" DROP CONSTRAINT "FK_e2d1f691dbad472403134f1b0a1"');
    await queryRunner.query('ALTER TABLE "notification_preferences" DROP CONSTRAINT "FK_64c90edc7310c6be7c10c96f675"');
    await queryRunner.query('DROP INDEX "public"."ux_deliveries_notice_channel_recipient"');
    await queryRunner.query('DROP INDEX "public"."ix_deliveries_status"');
    await queryRunner.query('DROP TABLE "deliveries"');
    await queryRunner.query('DROP INDEX "public"."ix_webhook_endpoints_unit"');
    await queryRunner.query('DROP TABLE "webhook_endpoints"');
    await queryRunner.query('DROP TABLE "notification_preferences"');
  }
}
