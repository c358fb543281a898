import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DirectiveRequests1795468853961 implements MigrationInterface {
  name = 'DirectiveRequests1795468853961';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "directive_requests" ("id" uuid NOT NULL, "tasks" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7b4be04fada6cbb960b4d253e72" PRIMARY KEY ("id"))',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "directive_requests"');
  }
}
