import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795463859087 implements MigrationInterface {
  name = 'Initial1795463859087';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "audit_events" ("seq" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "event_id" text NOT NULL, "entity_type" text NOT NULL, "entity_id" uuid NOT NULL, "action" text NOT NULL, "actor" text NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "before" jsonb, "after" jsonb, CONSTRAINT "PK_6e299f5706e715265416fefe53e" PRIMARY KEY ("seq"))',
    );
    await queryRunner.query('CREATE INDEX "ix_audit_events_entity" ON "audit_events"  ("entity_type", "entity_id") ');
    await queryRunner.query('CREATE UNIQUE INDEX "ux_audit_events_event_id" ON "audit_events"  ("event_id") ');
    await queryRunner.query(
      'CREATE TABLE "tasks" ("id" uuid NOT NULL, "directive_id" uuid NOT NULL, "position" integer NOT NULL, "title" text NOT NULL, "status" text NOT NULL, "original_deadline" TIMESTAMP WITH TIME ZONE NOT NULL, "deadline" TIMESTAMP WITH TIME ZONE NOT NULL, "completed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8d12ff38fcc62aaba2cab748772" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_tasks_directive" ON "tasks"  ("directive_id") ');
    await queryRunner.query(
      'CREATE TABLE "directives" ("id" uuid NOT NULL, "title" text NOT NULL, "status" text NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_by" text NOT NULL, "cancel_reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_33cbab4c60a227ae4053fcaea3c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "tasks" ADD CONSTRAINT "FK_6e4ae88aff518c8cab967320a0c" FOREIGN KEY ("directive_id") REFERENCES "directives"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    // The audit log is append-only: no row may be changed or removed, not even by the app.
    await queryRunner.query(
      `CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'audit_events is append-only (%)', TG_OP USING ERRCODE = 'insufficient_privilege'; END $$`,
    );
    await queryRunner.query(
      'CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON "audit_events" FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()',
    );
    await queryRunner.query(
      'CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON "audit_events" FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER audit_events_no_truncate ON "audit_events"');
    await queryRunner.query('DROP TRIGGER audit_events_no_change ON "audit_events"');
    await queryRunner.query('DROP FUNCTION audit_events_append_only()');
    await queryRunner.query('ALTER TABLE "tasks" DROP CONSTRAINT "FK_6e4ae88aff518c8cab967320a0c"');
    await queryRunner.query('DROP TABLE "directives"');
    await queryRunner.query('DROP INDEX "public"."ix_tasks_directive"');
    await queryRunner.query('DROP TABLE "tasks"');
    await queryRunner.query('DROP INDEX "public"."ux_audit_events_event_id"');
    await queryRunner.query('DROP INDEX "public"."ix_audit_events_entity"');
    await queryRunner.query('DROP TABLE "audit_events"');
  }
}
