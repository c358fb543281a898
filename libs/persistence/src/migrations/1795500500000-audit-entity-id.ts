import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The content gate (docs/secret-content.md) reads the audit rows of a secret directive's
 * tasks, reports, extension and explanation requests by entity id alone, whatever their
 * entity type: an index on `entity_id` keeps that an index scan however long the log grows;
 * and it asks for the secret directives on every request: a partial index holds just those.
 */
export class AuditEntityId1795500500000 implements MigrationInterface {
  name = 'AuditEntityId1795500500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX "ix_audit_events_entity_id" ON "audit_events" ("entity_id")');
    await queryRunner.query(
      `CREATE INDEX "ix_directives_secret" ON "directives" ("id") WHERE "confidentiality" = 'secret'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "ix_directives_secret"');
    await queryRunner.query('DROP INDEX "ix_audit_events_entity_id"');
  }
}
