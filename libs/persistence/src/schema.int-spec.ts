import type { DataSource } from 'typeorm';
import { connectTestDatabase } from '../../../test/support/database';
import { appendAudit } from './audit/audit-append';
import { schemaDiff } from './migration-tools';

describe('schema (real PostgreSQL, real migrations)', () => {
  let dataSource: DataSource;
  beforeAll(async () => {
    dataSource = await connectTestDatabase();
  });
  afterAll(async () => {
    await dataSource.destroy();
  });

  it('has no drift: generating a migration from the entities yields nothing', async () => {
    const diff = await schemaDiff(dataSource);
    expect(diff.up).toEqual([]);
  });

  it('keeps the audit log append-only', async () => {
    const eventId = `schema-test-${Date.now()}`;
    await dataSource.query(
      `INSERT INTO audit_events (event_id, entity_type, entity_id, action, actor) VALUES ($1, 'test', gen_random_uuid(), 'test', 'test')`,
      [eventId],
    );
    await expect(
      dataSource.query(`UPDATE audit_events SET actor = 'someone else' WHERE event_id = $1`, [eventId]),
    ).rejects.toThrow(/append-only/);
    await expect(dataSource.query(`DELETE FROM audit_events WHERE event_id = $1`, [eventId])).rejects.toThrow(
      /append-only/,
    );
    await expect(dataSource.query(`TRUNCATE audit_events`)).rejects.toThrow(/append-only/);
  });

  it('appends more audit rows in one call than one statement may bind (20,000 tasks assigned at once)', async () => {
    const prefix = `bulk-${Date.now()}`;
    const records = Array.from({ length: 12_000 }, (_, i) => ({
      eventId: `${prefix}:${i}`,
      entityType: 'task',
      entityId: '00000000-0000-0000-0000-000000000000',
      action: 'task.assigned',
      actor: 'test',
      after: { status: 'assigned' },
    }));
    await dataSource.transaction((manager) => appendAudit(manager, records));
    await dataSource.transaction((manager) => appendAudit(manager, records));
    const [{ n }] = await dataSource.query('SELECT count(*)::int AS n FROM audit_events WHERE event_id LIKE $1', [
      `${prefix}:%`,
    ]);
    expect(n).toBe(12_000);
  });

  it('stores Vietnamese text in UTF-8 unchanged', async () => {
    const [row] = await dataSource.query(`SELECT current_setting('server_encoding') AS encoding, $1::text AS text`, [
      'Ban Dân vận Tỉnh ủy — Đôn Đốc',
    ]);
    expect(row).toEqual({ encoding: 'UTF8', text: 'Ban Dân vận Tỉnh ủy — Đôn Đốc' });
  });
});
