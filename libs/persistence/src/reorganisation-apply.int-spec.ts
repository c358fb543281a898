import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { connectTestDatabase } from '../../../test/support/database';
import { seedTestProvince, type TestProvince } from '../../../test/support/province';
import { ReorganisationApplyRepository } from './reorganisation-apply.repository';
import { ReorganisationPlansRepository } from './reorganisation-plans.repository';

/**
 * The apply's transaction (docs/decisions/0078), retried: the tree changes once, a second
 * try answers the same hand-overs and writes nothing; a plan the tree no longer allows at
 * its instant is refused with its conflicts, nothing applied.
 */
describe('reorganisation apply transaction (real PostgreSQL)', () => {
  let db: DataSource;
  let p: TestProvince;
  let plans: ReorganisationPlansRepository;
  let apply: ReorganisationApplyRepository;

  beforeAll(async () => {
    db = await connectTestDatabase();
    p = await seedTestProvince(db);
    plans = new ReorganisationPlansRepository(db);
    apply = new ReorganisationApplyRepository(db);
  });
  afterAll(() => db?.destroy());

  const store = (operations: object[]) =>
    plans.store({ id: randomUUID(), operations, effectiveAt: new Date(), counts: {}, actor: 'admin' });
  /** The plan's own audit rows (the database is shared with other test files). */
  const auditCount = async (planId: string) =>
    Number(
      (
        await db.query(`SELECT count(*) AS n FROM audit_events WHERE event_id LIKE $1 OR event_id LIKE $2`, [
          `reorg:${planId}:%`,
          `reorganisation:${planId}#%`,
        ])
      )[0].n,
    );

  it('merges two communes into a third once; retried, it answers the same moves and writes nothing', async () => {
    const plan = await store([
      { op: 'merge', from: [`${p.prefix}-DU-CHUSE`, `${p.prefix}-DU-DAKDOA`], into: { code: `${p.prefix}-DU-IAGRAI` } },
      { op: 'rename', unit: `${p.prefix}-DU-IAGRAI`, name: 'Đảng ủy xã Ia Grai (mới)' },
    ]);
    const first = await apply.begin(plan.id, 'admin');
    expect(first).toMatchObject({ status: 'applying', users: 2 });
    if (first.status !== 'applying') throw new Error('not applying');
    expect(first.moves).toEqual(
      [p.unit('DU-CHUSE'), p.unit('DU-DAKDOA')]
        .sort()
        .map((unitId) => ({ unitId, successorId: p.unit('DU-IAGRAI'), taskSuccessors: {} })),
    );
    const written = await auditCount(plan.id);
    const again = await apply.begin(plan.id, 'admin');
    expect(again).toEqual(first);
    expect(await auditCount(plan.id)).toBe(written);

    const [iagrai] = await db.query(`SELECT name, path FROM units WHERE id = $1`, [p.unit('DU-IAGRAI')]);
    expect(iagrai.name).toBe('Đảng ủy xã Ia Grai (mới)');
    const front = (
      await db.query(`SELECT parent_id AS parent, path, depth FROM units WHERE id = $1`, [p.unit('HND-CHUSE')])
    )[0];
    expect(front.path.startsWith(`${iagrai.path}${p.unit('MTTQ-CHUSE')}/`)).toBe(true);
    expect(front.depth).toBe(front.path.split('/').filter(Boolean).length - 1);
    const rows = await db.query(`SELECT action FROM audit_events WHERE event_id LIKE $1 ORDER BY action`, [
      `reorg:${plan.id}:%`,
    ]);
    expect(rows.filter((r: { action: string }) => r.action === 'unit.deactivated')).toHaveLength(2);
    expect(rows.filter((r: { action: string }) => r.action === 'user.moved')).toHaveLength(2);

    const progress = {
      units: 1,
      users: 2,
      webhooks: 0,
      tasksHandedOver: 0,
      tasksSkipped: 0,
      explanationsHandedOver: 0,
    };
    await apply.finish(plan.id, 'admin', progress);
    await apply.finish(plan.id, 'admin', progress);
    expect((await plans.get(plan.id)).status).toBe('applied');
    const applied = await db.query(`SELECT count(*)::int AS n FROM audit_events WHERE event_id = $1`, [
      `reorganisation:${plan.id}#applied`,
    ]);
    expect(applied).toEqual([{ n: 1 }]);
    expect(await apply.begin(plan.id, 'admin')).toEqual({ status: 'applied' });
  });

  it('refuses at the instant a plan the tree no longer allows, conflicts stored, nothing applied', async () => {
    // Chư Sê ended in the first story: a plan naming it is now impossible.
    const plan = await store([{ op: 'rename', unit: `${p.prefix}-DU-CHUSE`, name: 'Không còn' }]);
    expect(await apply.begin(plan.id, 'admin')).toEqual({ status: 'refused' });
    const stored = await plans.get(plan.id);
    expect(stored).toMatchObject({
      status: 'refused',
      conflicts: [{ kind: 'inactiveUnit', field: 'operations[0].unit' }],
    });
    const [chuse] = await db.query(`SELECT name FROM units WHERE id = $1`, [p.unit('DU-CHUSE')]);
    expect(chuse.name).not.toBe('Không còn');
  });
});
