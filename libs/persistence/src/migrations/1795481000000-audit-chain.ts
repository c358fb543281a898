import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, AUDIT_CANONICAL_SQL } from '../audit/audit-chain.sql';

/**
 * Tamper evidence for the audit log (docs/decisions/0010-audit-hash-chain.md):
 * - one hash chain over every audit row, appended by a statement-level trigger in the
 *   inserting transaction, serialised on the single chain head row;
 * - daily checkpoints of the head, for auditors to keep outside the system;
 * - the application's role, `dondoc_app`, which may read the audit tables and insert
 *   audit rows but never update, delete or truncate them; migrations run as the owner.
 */
export class AuditChain1795481000000 implements MigrationInterface {
  name = 'AuditChain1795481000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "audit_chain" ("pos" bigint NOT NULL, "seq" bigint NOT NULL, "hash" text NOT NULL, CONSTRAINT "PK_audit_chain_pos" PRIMARY KEY ("pos"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "ux_audit_chain_seq" ON "audit_chain" ("seq") ');
    await queryRunner.query(
      'CREATE TABLE "audit_chain_head" ("id" integer NOT NULL, "pos" bigint NOT NULL, "hash" text NOT NULL, CONSTRAINT "PK_audit_chain_head_id" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "audit_checkpoints" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "day" date NOT NULL, "taken_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "pos" bigint NOT NULL, "hash" text NOT NULL, "row_count" bigint NOT NULL, CONSTRAINT "PK_audit_checkpoints_id" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "ux_audit_checkpoints_day" ON "audit_checkpoints" ("day") ');
    // The chain starts from 64 zeros at position 0.
    await queryRunner.query(`INSERT INTO audit_chain_head (id, pos, hash) VALUES (1, 0, repeat('0', 64))`);

    await queryRunner.query(`CREATE FUNCTION audit_canonical(r audit_events) RETURNS text
      LANGUAGE sql IMMUTABLE AS $$ SELECT ${AUDIT_CANONICAL_SQL} $$`);
    // SECURITY DEFINER: the application's role inserts audit rows but may not write
    // the chain itself; the trigger does, as the owner.
    await queryRunner.query(`CREATE FUNCTION audit_chain_append() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        head_pos bigint;
        head_hash text;
        r audit_events;
      BEGIN
        SELECT pos, hash INTO head_pos, head_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE;
        FOR r IN SELECT * FROM new_rows ORDER BY seq LOOP
          head_pos := head_pos + 1;
          head_hash := encode(sha256(convert_to(head_hash || E'\\n' || head_pos || E'\\n' || audit_canonical(r), 'UTF8')), 'hex');
          INSERT INTO audit_chain (pos, seq, hash) VALUES (head_pos, r.seq, head_hash);
        END LOOP;
        UPDATE audit_chain_head SET pos = head_pos, hash = head_hash WHERE id = 1;
        RETURN NULL;
      END $$`);

    // Rows written before the chain existed are chained now, in the order they were written.
    await queryRunner.query(`DO $$
      DECLARE head_pos bigint := 0; head_hash text := repeat('0', 64); r audit_events;
      BEGIN
        FOR r IN SELECT * FROM audit_events ORDER BY seq LOOP
          head_pos := head_pos + 1;
          head_hash := encode(sha256(convert_to(head_hash || E'\\n' || head_pos || E'\\n' || audit_canonical(r), 'UTF8')), 'hex');
          INSERT INTO audit_chain (pos, seq, hash) VALUES (head_pos, r.seq, head_hash);
        END LOOP;
        UPDATE audit_chain_head SET pos = head_pos, hash = head_hash WHERE id = 1;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER audit_events_chain AFTER INSERT ON "audit_events" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_chain_append()`,
    );
    // The chain itself is append-only like the rows it covers.
    await queryRunner.query(
      'CREATE TRIGGER audit_chain_no_change BEFORE UPDATE OR DELETE ON "audit_chain" FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()',
    );
    await queryRunner.query(
      'CREATE TRIGGER audit_chain_no_truncate BEFORE TRUNCATE ON "audit_chain" FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()',
    );

    // The application's role: everything it needs, nothing more. Tables created by
    // later migrations get the same rights through the default privileges.
    await queryRunner.query(`DO $$ BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN CREATE ROLE ${APP_ROLE} NOLOGIN; END IF;
      END $$`);
    await queryRunner.query(`GRANT USAGE ON SCHEMA public TO ${APP_ROLE}`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${APP_ROLE}`);
    await queryRunner.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${APP_ROLE}`);
    await queryRunner.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${APP_ROLE}`,
    );
    await queryRunner.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${APP_ROLE}`,
    );
    await queryRunner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_events FROM ${APP_ROLE}`);
    await queryRunner.query(
      `REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON audit_chain, audit_chain_head FROM ${APP_ROLE}`,
    );
    await queryRunner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_checkpoints FROM ${APP_ROLE}`);
    await queryRunner.query(`REVOKE ALL ON schema_migrations FROM ${APP_ROLE}`);
    await queryRunner.query(`GRANT SELECT ON schema_migrations TO ${APP_ROLE}`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER audit_events_chain ON "audit_events"');
    await queryRunner.query('DROP TRIGGER audit_chain_no_truncate ON "audit_chain"');
    await queryRunner.query('DROP TRIGGER audit_chain_no_change ON "audit_chain"');
    await queryRunner.query('DROP FUNCTION audit_chain_append()');
    await queryRunner.query('DROP FUNCTION audit_canonical(audit_events)');
    await queryRunner.query('DROP TABLE "audit_checkpoints"');
    await queryRunner.query('DROP TABLE "audit_chain_head"');
    await queryRunner.query('DROP TABLE "audit_chain"');
  }
}
