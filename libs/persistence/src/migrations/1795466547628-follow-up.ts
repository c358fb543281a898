import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FollowUp1795466547628 implements MigrationInterface {
  name = 'FollowUp1795466547628';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "extension_requests" ("id" uuid NOT NULL, "task_id" uuid NOT NULL, "requested_deadline" TIMESTAMP WITH TIME ZONE NOT NULL, "reason" text NOT NULL, "requested_by" text NOT NULL, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" text NOT NULL, "decided_by" text, "decided_at" TIMESTAMP WITH TIME ZONE, "decision_comment" text, CONSTRAINT "PK_cf652cfbd6bc847a21929fd703f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_extension_requests_task" ON "extension_requests"  ("task_id") ');
    await queryRunner.query(
      'CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "notice_id" text NOT NULL, "user_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "kind" text NOT NULL, "level" integer, "late_unit_id" uuid, "task_id" uuid, "directive_id" uuid, "title" text NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_notifications_user_created" ON "notifications"  ("user_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "ux_notifications_notice_user" ON "notifications"  ("notice_id", "user_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "task_reports" ("id" uuid NOT NULL, "task_id" uuid NOT NULL, "version" integer NOT NULL, "text" text NOT NULL, "indicator_values" jsonb NOT NULL, "attachments" jsonb NOT NULL, "submitted_by" text NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "late" boolean NOT NULL, "review_outcome" text, "review_comment" text, "reviewed_by" text, "reviewed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_e77e2d7597e6b6bff2523010cb2" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "ux_task_reports_version" ON "task_reports"  ("task_id", "version") ');
    await queryRunner.query('ALTER TABLE "tasks" ADD "phase" text NOT NULL DEFAULT \'awaiting_ack\'');
    await queryRunner.query('ALTER TABLE "tasks" ADD "ack_deadline" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "tasks" ADD "acknowledged_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "tasks" ADD "review_deadline" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "tasks" ADD "revision_deadline" TIMESTAMP WITH TIME ZONE');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "tasks" DROP COLUMN "revision_deadline"');
    await queryRunner.query('ALTER TABLE "tasks" DROP COLUMN "review_deadline"');
    await queryRunner.query('ALTER TABLE "tasks" DROP COLUMN "acknowledged_at"');
    await queryRunner.query('ALTER TABLE "tasks" DROP COLUMN "ack_deadline"');
    await queryRunner.query('ALTER TABLE "tasks" DROP COLUMN "phase"');
    await queryRunner.query('DROP INDEX "public"."ux_task_reports_version"');
    await queryRunner.query('DROP TABLE "task_reports"');
    await queryRunner.query('DROP INDEX "public"."ux_notifications_notice_user"');
    await queryRunner.query('DROP INDEX "public"."ix_notifications_user_created"');
    await queryRunner.query('DROP TABLE "notifications"');
    await queryRunner.query('DROP INDEX "public"."ix_extension_requests_task"');
    await queryRunner.query('DROP TABLE "extension_requests"');
  }
}
