import type { DataSource } from 'typeorm';
import type { Scope } from '@dondoc/domain';
import { ownDatabase } from '../../../../test/support/own-database';
import { UnitEntity, UserEntity } from '../entities';
import { UnitsRepository } from '../units.repository';
import { DEMO_USERS, demoDirectiveRequest, demoUnitId, demoUnits, seedDemoProvince } from './demo-province';

const ADMIN: Scope = {
  userId: '00000000-0000-0000-0000-000000000000',
  username: 'admin',
  role: 'admin',
  unitId: '00000000-0000-0000-0000-000000000000',
  unitPath: '/',
};

/**
 * `npm start`'s seeding, run again and again on one database after an admin has changed
 * the demo units (own database: the seed looks at the whole units table).
 */
describe('the demo seed on a database an admin has since changed (real PostgreSQL)', () => {
  let db: DataSource;
  let units: UnitsRepository;
  const ISSUED = '2026-03-02';

  beforeAll(async () => {
    ({ db } = await ownDatabase('demo_seed'));
    units = new UnitsRepository(db);
  });
  afterAll(async () => {
    await db.destroy();
  });

  it('seeds a fresh database with units under stable ids, users and a directive to issue', async () => {
    expect(await seedDemoProvince(db)).toBe(true);
    const seeded = await db.getRepository(UnitEntity).find();
    expect(seeded).toHaveLength(demoUnits().length);
    for (const unit of seeded) expect(unit.id).toBe(demoUnitId(unit.code));
    expect(await db.getRepository(UserEntity).count()).toBe(DEMO_USERS.length);
    const { request, warnings } = await demoDirectiveRequest(db, ISSUED);
    expect(warnings).toEqual([]);
    expect(request).toMatchObject({ documentNumber: '25-KH/TU', issuingUnitId: demoUnitId('TU-GL') });
    expect(request!.tasks).toHaveLength(8);
  });

  it('gives the same id for a code whatever its case, a different one for another code', () => {
    expect(demoUnitId('du-dakdoa')).toBe(demoUnitId('DU-DAKDOA'));
    expect(demoUnitId('DU-DAKDOA')).not.toBe(demoUnitId('DU-CHUSE'));
    expect(demoUnitId('TU-GL')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('starts again after a unit’s code changed, another was renamed, moved and deactivated', async () => {
    // What an admin may do through the API between two starts.
    await units.update(ADMIN, demoUnitId('DU-DAKDOA'), { code: 'DU-DAKDOA-MOI' }, 'admin');
    await units.update(ADMIN, demoUnitId('TU-GL'), { code: 'TINHUY-GL', name: 'Tỉnh ủy Gia Lai (mới)' }, 'admin');
    await units.move(ADMIN, demoUnitId('SYT-GL'), demoUnitId('TU-GL'), 'admin');
    await db.query(`UPDATE units SET active = false, deactivated_at = now() WHERE id = $1`, [demoUnitId('HNB-GL')]);
    await db.query(`DELETE FROM units WHERE id = $1`, [demoUnitId('HND-DAKDOA')]);

    await expect(seedDemoProvince(db)).resolves.toBe(false);
    expect(await db.getRepository(UnitEntity).count()).toBe(demoUnits().length - 1);

    const { request, warnings } = await demoDirectiveRequest(db, ISSUED);
    // The re-coded units are found by their ids; the gone and the deactivated are left out, with a warning.
    expect(request!.issuingUnitId).toBe(demoUnitId('TU-GL'));
    const quy = request!.tasks.find((t) => t.title.startsWith('Báo cáo sơ kết việc thực hiện Quy chế dân chủ'))!;
    expect(quy.coordinatingUnitIds).toContain(demoUnitId('DU-DAKDOA'));
    const allCoordinators = request!.tasks.flatMap((t) => t.coordinatingUnitIds);
    expect(allCoordinators).not.toContain(demoUnitId('HNB-GL'));
    expect(allCoordinators).not.toContain(demoUnitId('HND-DAKDOA'));
    expect(allCoordinators).toContain(demoUnitId('SYT-GL'));
    expect(warnings).toEqual([
      expect.stringContaining('HND-DAKDOA is missing'),
      expect.stringContaining('HNB-GL is deactivated'),
    ]);
  });

  it('leaves out a task whose lead unit is gone, and the whole directive when its issuer is', async () => {
    await db.query(`UPDATE units SET active = false, deactivated_at = now() WHERE id = $1`, [demoUnitId('BDT-GL')]);
    const { request } = await demoDirectiveRequest(db, ISSUED);
    expect(request!.tasks.map((t) => t.leadUnitId)).not.toContain(demoUnitId('BDT-GL'));
    expect(request!.tasks).toHaveLength(7);

    await db.query(`UPDATE units SET active = false, deactivated_at = now() WHERE id = $1`, [demoUnitId('TU-GL')]);
    const without = await demoDirectiveRequest(db, ISSUED);
    expect(without.request).toBeNull();
    expect(without.warnings).toContainEqual(expect.stringContaining('demo directive not seeded'));
    await db.query(`UPDATE units SET active = true, deactivated_at = NULL WHERE id = $1`, [demoUnitId('TU-GL')]);
  });

  it('issues the directive only into a database without directives', async () => {
    await db.query(
      `INSERT INTO directives (id, document_number, document_number_normalized, doc_number, doc_type, doc_issuer,
         issue_year, issue_date, issuing_unit_id, title, search_text, status, accepted_at, created_by)
       VALUES (gen_random_uuid(), '25-KH/TU', '25-KH/TU', 25, 'KH', 'TU', 2026, '2026-03-02', $1, 't', 't',
         'active', now(), 'thuongtruc.tu')`,
      [demoUnitId('TU-GL')],
    );
    expect(await demoDirectiveRequest(db, ISSUED)).toEqual({ request: null, warnings: [] });
  });
});
