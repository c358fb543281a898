import type { DataSource } from 'typeorm';
import { ownDatabase } from '../../../../test/support/own-database';
import { createDataSource } from '../data-source';
import { appendAudit } from './audit-append';
import { AuditChainRepository } from './audit-chain.repository';

/**
 * The audit log's tamper evidence on real PostgreSQL with the real migrations. Each
 * scenario breaks the chain for good, so each has a database of its own.
 */
describe('audit hash chain', () => {
  const opened: DataSource[] = [];
  afterAll(async () => {
    await Promise.all(opened.map((db) => db.destroy()));
  });

  /** A fresh database with `n` audit rows written the way the application writes them. */
  async function chainOf(name: string, n = 5): Promise<{ db: DataSource; chain: AuditChainRepository; url: string }> {
    const { db, url } = await ownDatabase(name);
    opened.push(db);
    await db.transaction((manager) =>
      appendAudit(
        manager,
        Array.from({ length: n }, (_, i) => ({
          eventId: `${name}:${i}`,
          entityType: 'task',
          entityId: '00000000-0000-4000-8000-000000000001',
          action: i === 0 ? 'task.assigned' : 'task.acknowledged',
          actor: 'cán bộ thử',
          after: { status: 'đã nhận', step: i, note: 'dòng\nmới "trích dẫn"' },
        })),
      ),
    );
    return { db, chain: new AuditChainRepository(db), url };
  }

  it('verifies an untouched log, including rows appended in several transactions', async () => {
    const { db, chain } = await chainOf('chain_ok', 3);
    await db.transaction((manager) =>
      appendAudit(manager, [
        {
          eventId: 'later',
          entityType: 'directive',
          entityId: '00000000-0000-4000-8000-000000000002',
          action: 'directive.cancelled',
          actor: 'system',
        },
      ]),
    );
    const result = await chain.verify();
    expect(result).toMatchObject({ ok: true, checkedLinks: 4, head: { pos: '4' }, firstBreak: null });
  });

  it('names the row that was edited behind the application', async () => {
    const { db, chain } = await chainOf('chain_edit');
    await db.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_change');
    await db.query(`UPDATE audit_events SET actor = 'người khác' WHERE event_id = 'chain_edit:2'`);
    await db.query('ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_change');
    const result = await chain.verify();
    expect(result.ok).toBe(false);
    expect(result.firstBreak).toMatchObject({ problem: 'row_changed', pos: '3', eventId: 'chain_edit:2' });
  });

  it('names the gap where a row was deleted, and where a row and its link were both removed', async () => {
    const { db, chain } = await chainOf('chain_delete');
    await db.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_change');
    const [{ seq }] = await db.query(`SELECT seq::text AS seq FROM audit_events WHERE event_id = 'chain_delete:1'`);
    await db.query(`DELETE FROM audit_events WHERE event_id = 'chain_delete:1'`);
    expect((await chain.verify()).firstBreak).toMatchObject({ problem: 'row_missing', pos: '2', seq });

    await db.query('ALTER TABLE audit_chain DISABLE TRIGGER audit_chain_no_change');
    await db.query('DELETE FROM audit_chain WHERE pos = 2');
    expect((await chain.verify()).firstBreak).toMatchObject({ problem: 'gap', pos: '2' });
  });

  it('names a row written with the chain trigger disabled', async () => {
    const { db, chain } = await chainOf('chain_unchained', 2);
    await db.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_chain');
    await db.query(
      `INSERT INTO audit_events (event_id, entity_type, entity_id, action, actor) VALUES ('sneaked', 'task', gen_random_uuid(), 'task.completed', 'x')`,
    );
    expect((await chain.verify()).firstBreak).toMatchObject({ problem: 'unchained_row', eventId: 'sneaked' });
  });

  it('keeps one checkpoint per day and verifies from it; a checkpoint rewritten behind the system no longer matches', async () => {
    const { db, chain } = await chainOf('chain_checkpoint', 4);
    const first = await chain.takeCheckpoint('2026-11-29');
    expect(first).toMatchObject({ day: '2026-11-29', pos: '4', rowCount: '4' });
    await db.transaction((manager) =>
      appendAudit(manager, [
        {
          eventId: 'next-day',
          entityType: 'task',
          entityId: '00000000-0000-4000-8000-000000000001',
          action: 'task.reported',
          actor: 'x',
        },
      ]),
    );
    expect(await chain.takeCheckpoint('2026-11-29')).toEqual(first);
    expect(await chain.verify({ fromLastCheckpoint: true })).toMatchObject({
      ok: true,
      fromPos: '4',
      fromCheckpoint: '2026-11-29',
      checkedLinks: 1,
    });
    await db.query(`UPDATE audit_checkpoints SET hash = repeat('f', 64) WHERE day = '2026-11-29'`);
    expect((await chain.verify()).firstBreak).toMatchObject({ problem: 'checkpoint_mismatch', pos: '4' });
  });

  it("refuses the application role's UPDATE, DELETE and TRUNCATE of audit rows, and any change of the schema", async () => {
    const { url } = await chainOf('chain_role', 1);
    const app = await createDataSource({ url, logging: false }).initialize();
    opened.push(app);
    for (const sql of [
      `UPDATE audit_events SET actor = 'x'`,
      'DELETE FROM audit_events',
      'TRUNCATE audit_events',
      `UPDATE audit_chain_head SET hash = 'x'`,
      `INSERT INTO audit_chain (pos, seq, hash) VALUES (99, 99, 'x')`,
      'ALTER TABLE units ADD COLUMN x int',
      'DROP TABLE notifications',
      'CREATE TABLE sneaky (id int)',
    ]) {
      await expect(app.query(sql)).rejects.toMatchObject({ code: expect.stringMatching(/^42501$/) });
    }
    // What it may do: read and append.
    await app.query(
      `INSERT INTO audit_events (event_id, entity_type, entity_id, action, actor) VALUES ('by-app', 'task', gen_random_uuid(), 'task.assigned', 'x')`,
    );
    expect((await new AuditChainRepository(app).verify()).ok).toBe(true);
  });
});
