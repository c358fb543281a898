import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Explanation requests (yêu cầu giải trình) and the late unit's answers; notices by task
 * (the overdue pack's last notice and escalation level, a task's history).
 */
export class ExplanationRequests1795490200000 implements MigrationInterface {
  name = 'ExplanationRequests1795490200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "explanation_requests" ("id" uuid NOT NULL, "task_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "requesting_unit_id" uuid NOT NULL, "requested_by" text NOT NULL, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "working_days" integer NOT NULL, "note" text NOT NULL, "status" text NOT NULL, "answered_by" text, "answered_at" TIMESTAMP WITH TIME ZONE, "reason_category" text, "answer" text, CONSTRAINT "PK_explanation_requests_id" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_explanation_requests_task" ON "explanation_requests" ("task_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_explanation_requests_unit" ON "explanation_requests" ("unit_id", "requested_at") ',
    );
    await queryRunner.query('CREATE INDEX "ix_notifications_task" ON "notifications" ("task_id", "created_at") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_notifications_task"');
    await queryRunner.query('DROP INDEX "public"."ix_explanation_requests_unit"');
    await queryRunner.query('DROP INDEX "public"."ix_explanation_requests_task"');
    await queryRunner.query('DROP TABLE "explanation_requests"');
  }
}
