import type { MigrationInterface, QueryRunner } from 'typeorm';

export class UnitsUsersDirectives1795465312663 implements MigrationInterface {
  name = 'UnitsUsersDirectives1795465312663';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Directives of the first vertical slice had no issuer or lead unit; nothing but
    // development data existed then, so they are removed rather than guessed at.
    await queryRunner.query('DELETE FROM "tasks"');
    await queryRunner.query('DELETE FROM "directives"');
    await queryRunner.query(
      'CREATE TABLE "calendar_overrides" ("date" date NOT NULL, "kind" text NOT NULL, "note" text NOT NULL, "updated_by" text NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5da0adcfdcb3ce929cd0845d9a4" PRIMARY KEY ("date"))',
    );
    await queryRunner.query(
      'CREATE TABLE "units" ("id" uuid NOT NULL, "code" text NOT NULL, "name" text NOT NULL, "name_folded" text NOT NULL, "kind" text NOT NULL, "parent_id" uuid, "path" text COLLATE "C" NOT NULL, "depth" integer NOT NULL, "head_name" text, "head_title" text, "head_email" text, "head_phone" text, "active" boolean NOT NULL DEFAULT true, "successor_id" uuid, "deactivated_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5a8f2f064919b587d93936cb223" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_units_parent" ON "units"  ("parent_id") ');
    await queryRunner.query('CREATE INDEX "ix_units_path" ON "units"  ("path") ');
    await queryRunner.query('CREATE UNIQUE INDEX "ux_units_code" ON "units"  ("code") ');
    await queryRunner.query(
      'CREATE TABLE "task_coordinators" ("task_id" uuid NOT NULL, "unit_id" uuid NOT NULL, CONSTRAINT "PK_c6dc3ef29041f682161db7ff5a7" PRIMARY KEY ("task_id", "unit_id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_task_coordinators_unit" ON "task_coordinators"  ("unit_id") ');
    await queryRunner.query(
      'CREATE TABLE "task_indicators" ("task_id" uuid NOT NULL, "position" integer NOT NULL, "name" text NOT NULL, "unit_of_measure" text NOT NULL, "target" numeric, CONSTRAINT "PK_7960434ed838fb5f7a155d7c029" PRIMARY KEY ("task_id", "position"))',
    );
    await queryRunner.query(
      'CREATE TABLE "users" ("id" uuid NOT NULL, "username" text NOT NULL, "password_hash" text NOT NULL, "full_name" text NOT NULL, "role" text NOT NULL, "unit_id" uuid NOT NULL, "email" text, "is_head" boolean NOT NULL DEFAULT false, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_users_unit" ON "users"  ("unit_id") ');
    await queryRunner.query('CREATE UNIQUE INDEX "ux_users_username" ON "users"  ("username") ');
    await queryRunner.query('ALTER TABLE "tasks" ADD "description" text');
    await queryRunner.query('ALTER TABLE "tasks" ADD "lead_unit_id" uuid NOT NULL');
    await queryRunner.query('ALTER TABLE "tasks" ADD "deadline_working_days" integer');
    await queryRunner.query('ALTER TABLE "tasks" ADD "report_required" boolean NOT NULL DEFAULT true');
    await queryRunner.query('ALTER TABLE "tasks" ADD "report_template" text');
    await queryRunner.query('ALTER TABLE "tasks" ADD "reminder_policy" jsonb NOT NULL');
    await queryRunner.query('ALTER TABLE "tasks" ADD "escalation_policy" jsonb NOT NULL');
    await queryRunner.query('ALTER TABLE "tasks" ADD "cancel_reason" text');
    await queryRunner.query('ALTER TABLE "directives" ADD "document_number" text NOT NULL');
    await queryRunner.query('ALTER TABLE "directives" ADD "document_number_normalized" text NOT NULL');
    await queryRunner.query('ALTER TABLE "directives" ADD "doc_number" integer NOT NULL');
    await queryRunner.query('ALTER TABLE "directives" ADD "doc_type" text NOT NULL');
    await queryRunner.query('ALTER TABLE "directives" ADD "doc_issuer" text NOT NULL');
    await queryRunner.query('ALTER TABLE "directives" ADD "issue_year" integer NOT NULL');
    await queryRunner.query('ALTER TABLE "directives" ADD "issue_date" date NOT NULL');
    await queryRunner.query('ALTER TABLE "directives" ADD "issuing_unit_id" uuid NOT NULL');
    await queryRunner.query('ALTER TABLE "directives" ADD "summary" text');
    await queryRunner.query('ALTER TABLE "directives" ADD "search_text" text NOT NULL');
    await queryRunner.query('ALTER TABLE "directives" ADD "confidentiality" text NOT NULL DEFAULT \'normal\'');
    await queryRunner.query('ALTER TABLE "directives" ADD "urgency" text NOT NULL DEFAULT \'normal\'');
    await queryRunner.query('CREATE INDEX "ix_tasks_deadline" ON "tasks"  ("deadline") ');
    await queryRunner.query('CREATE INDEX "ix_tasks_lead_unit_status" ON "tasks"  ("lead_unit_id", "status") ');
    await queryRunner.query('CREATE INDEX "ix_directives_issuer" ON "directives"  ("issuing_unit_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "ux_directives_document" ON "directives"  ("issuing_unit_id", "doc_type", "doc_number", "issue_year") ',
    );
    await queryRunner.query(
      'ALTER TABLE "units" ADD CONSTRAINT "FK_e0d04b0849a3cde857ececa8adb" FOREIGN KEY ("parent_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "units" ADD CONSTRAINT "FK_4f02e0d0168a6a9931a4d3c6b67" FOREIGN KEY ("successor_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "task_coordinators" ADD CONSTRAINT "FK_ee23634166080ef56c3bd3e57bd" FOREIGN KEY ("task_id") REFERENCES "tasks"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "task_coordinators" ADD CONSTRAINT "FK_3929d077875a3d4cdabc6fb7c08" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "task_indicators" ADD CONSTRAINT "FK_f7eb9788f7285acbad6c7c8f042" FOREIGN KEY ("task_id") REFERENCES "tasks"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "tasks" ADD CONSTRAINT "FK_b17842beb7ad027c30782e7529b" FOREIGN KEY ("lead_unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "directives" ADD CONSTRAINT "FK_6c9e8027081b379109bea453111" FOREIGN KEY ("issuing_unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "users" ADD CONSTRAINT "FK_b94ecc6be926a5d23aa7791ec8a" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "users" DROP CONSTRAINT "FK_b94ecc6be926a5d23aa7791ec8a"');
    await queryRunner.query('ALTER TABLE "directives" DROP CONSTRAINT "FK_6c9e8027081b379109bea453111"');
    await queryRunner.query('ALTER TABLE "tasks" DROP CONSTRAINT "FK_b17842beb7ad027c30782e7529b"');
    await queryRunner.query('ALTER TABLE "task_indicators" DROP CONSTRAINT "FK_f7eb9788f7285acbad6c7c8f042"');
    await queryRunner.query('ALTER TABLE "task_coordinators" DROP CONSTRAINT "FK_3929d077875a3d4cdabc6fb7c08"');
    await queryRunner.query('ALTER TABLE "task_coordinators" DROP CONSTRAINT "FK_ee23634166080ef56c3bd3e57bd"');
    await queryRunner.query('ALTER TABLE "units" DROP CONSTRAINT "FK_4f02e0d0168a6a9931a4d3c6b67"');
    await queryRunner.query('ALTER TABLE "units" DROP CONSTRAINT "FK_e0d04b0849a3cde857ececa8adb"');
    await queryRunner.query('DROP INDEX "public"."ux_directives_document"');
    await queryRunner.query('DROP INDEX "public"."ix_directives_issuer"');
    await queryRunner.query('DROP INDEX "public"."ix_tasks_lead_unit_status"');
    await queryRunner.query('DROP INDEX "public"."ix_tasks_deadline"');
    await queryRunner.query('ALTER TABLE "directives" DROP COLUMN "urgency"');
    await queryRunner.query('ALTER TABLE "directives" DROP COLUMN "confidentiality"');
    await queryRunner.query('ALTER TABLE "directives" DROP COLUMN "search_text"');
    await queryRunner.query('ALTER TABLE "directives" DROP COLUMN "summary"');
    await queryRunner.query('ALTER TABLE "directives" DROP COLUMN "issuing_unit_id"');
    await queryRunner.query('ALTER TABLE "directives" DROP COLUMN "issue_date"');
    await queryRunner.query('ALTER TABLE "directives" DROP COLUMN "issue_year"');
    await queryRunner.query('ALTER TABLE "directives" DROP COLUMN "doc_issuer"');
    await queryRunner.query('ALTER TABLE "directives" DROP COLUMN "doc_type"');
    await queryRunner.query('ALTER TABLE "directives" DROP COLUMN "doc_number"');
    await queryRunner.query('ALTER TABLE "directives" DROP COLUMN "document_number_normalized"');
    await queryRunner.query('ALTER TABLE "directives" DROP COLUMN "document_number"');
    await queryRunner.query('ALTER TABLE "tasks" DROP COLUMN "cancel_reason"');
    await queryRunner.query('ALTER TABLE "tasks" DROP COLUMN "escalation_policy"');
    await queryRunner.query('ALTER TABLE "tasks" DROP COLUMN "reminder_policy"');
    await queryRunner.query('ALTER TABLE "tasks" DROP COLUMN "report_template"');
    await queryRunner.query('ALTER TABLE "tasks" DROP COLUMN "report_required"');
    await queryRunner.query('ALTER TABLE "tasks" DROP COLUMN "deadline_working_days"');
    await queryRunner.query('ALTER TABLE "tasks" DROP COLUMN "lead_unit_id"');
    await queryRunner.query('ALTER TABLE "tasks" DROP COLUMN "description"');
    await queryRunner.query('DROP INDEX "public"."ux_users_username"');
    await queryRunner.query('DROP INDEX "public"."ix_users_unit"');
    await queryRunner.query('DROP TABLE "users"');
    await queryRunner.query('DROP TABLE "task_indicators"');
    await queryRunner.query('DROP INDEX "public"."ix_task_coordinators_unit"');
    await queryRunner.query('DROP TABLE "task_coordinators"');
    await queryRunner.query('DROP INDEX "public"."ux_units_code"');
    await queryRunner.query('DROP INDEX "public"."ix_units_path"');
    await queryRunner.query('DROP INDEX "public"."ix_units_parent"');
    await queryRunner.query('DROP TABLE "units"');
    await queryRunner.query('DROP TABLE "calendar_overrides"');
  }
}
