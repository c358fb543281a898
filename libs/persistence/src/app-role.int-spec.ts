import type { DataSource } from 'typeorm';
import { connectTestDatabase } from '../../../test/support/database';
import { APP_ROLE } from './audit/audit-chain.sql';

/**
 * The apps connect as the application's role, which reads and writes rows and changes
 * no schema: migrations run as the owner. A leaked application password cannot drop,
 * alter or create tables, nor grant itself more.
 */
describe('the application database role (real PostgreSQL)', () => {
  let app: DataSource;
  beforeAll(async () => {
    app = await connectTestDatabase('app');
  });
  afterAll(async () => {
    await app?.destroy();
  });

  it('is the role the apps sign in as, neither superuser nor owner of anything', async () => {
    const [role] = await app.query(
      `SELECT current_user AS name, rolsuper, rolcreaterole, rolcreatedb, rolbypassrls
         FROM pg_roles WHERE rolname = current_user`,
    );
    expect(role).toEqual({
      name: APP_ROLE,
      rolsuper: false,
      rolcreaterole: false,
      rolcreatedb: false,
      rolbypassrls: false,
    });
    const [{ n }] = await app.query(
      `SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
        WHERE s.nspname = 'public' AND pg_get_userbyid(c.relowner) = current_user`,
    );
    expect(n).toBe(0);
  });

  it.each([
    ['create a table', 'CREATE TABLE app_role_probe (id int)'],
    ['alter a table', 'ALTER TABLE users ADD COLUMN app_role_probe int'],
    ['drop a table', 'DROP TABLE deliveries'],
    ['truncate a table', 'TRUNCATE tasks'],
    ['create an index', 'CREATE INDEX app_role_probe ON users (email)'],
    ['create a function', 'CREATE FUNCTION public.app_role_probe() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$'],
    ['create a schema', 'CREATE SCHEMA app_role_probe'],
    ['drop the audit log’s append-only trigger', 'DROP TRIGGER audit_events_no_change ON audit_events'],
  ])('may not %s', async (_what, sql) => {
    await expect(app.query(sql)).rejects.toThrow(/permission denied|must be owner|not permitted/);
  });

  it('cannot grant itself more: PostgreSQL grants nothing (a warning) and the right stays missing', async () => {
    await app.query(`GRANT TRUNCATE, UPDATE ON tasks, audit_events TO ${APP_ROLE}`);
    const [rights] = await app.query(
      `SELECT has_table_privilege('tasks', 'TRUNCATE') AS truncate_tasks,
              has_table_privilege('audit_events', 'UPDATE') AS update_audit`,
    );
    expect(rights).toEqual({ truncate_tasks: false, update_audit: false });
  });

  it('reads and writes rows as the apps need', async () => {
    await expect(app.query('SELECT count(*) FROM users')).resolves.toHaveLength(1);
    await expect(app.query(`UPDATE users SET active = active WHERE false`)).resolves.toBeDefined();
  });
});
