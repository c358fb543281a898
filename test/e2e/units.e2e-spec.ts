import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { AuditEventEntity, demoUnits, UnitEntity } from '@dondoc/persistence';
import { connectTestDatabase } from '../support/database';
import { todayInVietnam } from '../support/dates';
import { Http } from '../support/http';
import { PASSWORD, seed000Body, seedTestProvince, type TestProvince } from '../support/province';
import { startSystem, type RunningSystem } from '../support/system';

describe('units over HTTP: import, subtree, move, deactivate (real PostgreSQL)', () => {
  let system: RunningSystem;
  let db: DataSource;
  let province: TestProvince;
  let http: Http;
  let admin: string;

  beforeAll(async () => {
    [system, db] = await Promise.all([startSystem(), connectTestDatabase()]);
    province = await seedTestProvince(db);
    http = new Http(system.baseUrl);
    admin = await http.login(province.user('admin'), PASSWORD);
  });
  afterAll(async () => {
    await system?.stop();
    await db?.destroy();
  });

  const prefix = () => `I${randomUUID().slice(0, 6).toUpperCase()}`;

  it('imports the demo province as JSON in one request and serves its subtrees', async () => {
    const p = prefix();
    const units = demoUnits().map(({ line: _line, ...row }) => ({
      ...row,
      code: `${p}-${row.code}`,
      parentCode: row.parentCode ? `${p}-${row.parentCode}` : null,
    }));
    const { status, body } = await http.request('POST', '/api/v1/units/import', {
      token: admin,
      body: { units: units.reverse() },
    });
    expect(status).toBe(201);
    expect(body).toEqual({ created: units.length });

    const root = await db.getRepository(UnitEntity).findOneByOrFail({ code: `${p}-TU-GL` });
    const subtree = await http.request('GET', `/api/v1/units/${root.id}/subtree`, { token: admin });
    expect(subtree.body.total).toBe(units.length);
    const commune = await db.getRepository(UnitEntity).findOneByOrFail({ code: `${p}-DU-IAGRAI` });
    const communeTree = await http.request('GET', `/api/v1/units/${commune.id}/subtree`, { token: admin });
    expect(communeTree.body.items.map((u: { code: string }) => u.code).sort()).toEqual(
      [
        'DU-IAGRAI',
        'MTTQ-IAGRAI',
        'HND-IAGRAI',
        'HLHPN-IAGRAI',
        'DTN-IAGRAI',
        'HCCB-IAGRAI',
        'UBND-IAGRAI',
        'CA-IAGRAI',
      ]
        .map((c) => `${p}-${c}`)
        .sort(),
    );
  });

  it('imports CSV, quoted fields and all', async () => {
    const p = prefix();
    const good = `code,name,kind,parentCode\n${p}-A,"Đảng ủy xã A, huyện cũ",commune,${province.prefix}-TU-GL\n${p}-B,Hội Nông dân xã A,mass_organisation,${p}-A\n`;
    const ok = await http.request('POST', '/api/v1/units/import', { token: admin, raw: good, contentType: 'text/csv' });
    expect(ok.status).toBe(201);
    expect(ok.body).toEqual({ created: 2 });
    expect((await db.getRepository(UnitEntity).findOneByOrFail({ code: `${p}-A` })).name).toBe(
      'Đảng ủy xã A, huyện cũ',
    );
  });

  describe('a CSV with errors', () => {
    const q = prefix();
    let refused: { status: number; body: any };

    beforeAll(async () => {
      const bad = [
        'code,name,kind,parentCode',
        `${q}-1,Đơn vị một,commune,${province.prefix}-TU-GL`,
        `${q}-2,,commune,${q}-1`,
        `${q}-3,Đơn vị ba,planet,${q}-1`,
        `${q}-1,Trùng mã,commune,`,
        `${q}-5,Cha không có,commune,${q}-NOPE`,
        `${q}-6,Vòng,commune,${q}-7`,
        `${q}-7,Lặp,commune,${q}-6`,
      ].join('\n');
      refused = await http.request('POST', '/api/v1/units/import', {
        token: admin,
        raw: bad,
        contentType: 'text/csv',
      });
    });

    it('is refused, naming every bad line', () => {
      expect(refused.status).toBe(400);
      const fields = refused.body.details.map((d: { field: string }) => d.field);
      expect(fields).toEqual(
        expect.arrayContaining(['line 3: name', 'line 4: kind', 'line 5: code', 'line 6: parentCode']),
      );
      expect(fields.some((f: string) => f === 'line 7: parentCode' || f === 'line 8: parentCode')).toBe(true);
    });

    it('writes nothing', async () => {
      expect(
        await db
          .getRepository(UnitEntity)
          .createQueryBuilder('u')
          .where('u.code LIKE :p', { p: `${q}-%` })
          .getCount(),
      ).toBe(0);
    });
  });

  it('refuses a move under its own subtree with a 409 naming both units', async () => {
    const mttq = province.unit('MTTQ-GL');
    const hnd = province.unit('HND-GL');
    const { status, body } = await http.request('POST', `/api/v1/units/${mttq}/move`, {
      token: admin,
      body: { parentId: hnd },
    });
    expect(status).toBe(409);
    expect(body.message).toContain(`${province.prefix}-MTTQ-GL`);
    expect(body.message).toContain(`${province.prefix}-HND-GL`);
    const self = await http.request('POST', `/api/v1/units/${mttq}/move`, { token: admin, body: { parentId: mttq } });
    expect(self.status).toBe(409);
  });

  it('moves a unit with its subtree', async () => {
    const p = prefix();
    await http.request('POST', '/api/v1/units/import', {
      token: admin,
      body: {
        units: [
          { code: `${p}-OLD`, name: 'Đảng ủy xã cũ', kind: 'commune', parentCode: `${province.prefix}-TU-GL` },
          { code: `${p}-NEW`, name: 'Đảng ủy xã mới', kind: 'commune', parentCode: `${province.prefix}-TU-GL` },
          { code: `${p}-MTTQ`, name: 'MTTQ xã', kind: 'fatherland_front', parentCode: `${p}-OLD` },
          { code: `${p}-HND`, name: 'Hội Nông dân xã', kind: 'mass_organisation', parentCode: `${p}-MTTQ` },
        ],
      },
    });
    const byCode = async (code: string) => db.getRepository(UnitEntity).findOneByOrFail({ code });
    const [mttq, target] = await Promise.all([byCode(`${p}-MTTQ`), byCode(`${p}-NEW`)]);
    const moved = await http.request('POST', `/api/v1/units/${mttq.id}/move`, {
      token: admin,
      body: { parentId: target.id },
    });
    expect(moved.status).toBe(200);
    expect(moved.body.parentId).toBe(target.id);
    const tree = await http.request('GET', `/api/v1/units/${target.id}/subtree`, { token: admin });
    expect(tree.body.items.map((u: { code: string; depth: number }) => [u.code, u.depth])).toEqual([
      [`${p}-NEW`, 1],
      [`${p}-MTTQ`, 2],
      [`${p}-HND`, 3],
    ]);
  });

  describe('deactivates a unit with a successor: its open tasks move there, history keeps the old unit', () => {
    let leader = '';
    let body: ReturnType<typeof seed000Body>;
    let directive: any;
    let coordinated: { id: string }[] = [];
    let hnb = '';
    let successor = '';

    beforeAll(async () => {
      leader = await http.login(province.user('thuongtruc.tu'), PASSWORD);
      body = seed000Body(province, todayInVietnam(), `${Math.floor(Math.random() * 90_000) + 1000}-KH/TU`);
      ({ body: directive } = await http.request('POST', '/api/v1/directives', { token: leader, body }));
      hnb = province.unit('HNB-GL');
      successor = province.unit('BDV-TU');
    });

    it('starts from a directive the unit coordinates one task of and leads none', () => {
      const led = directive.tasks.filter(
        (t: { leadUnit: { code: string } }) => t.leadUnit.code === `${province.prefix}-HNB-GL`,
      );
      coordinated = directive.tasks.filter((t: { coordinatingUnits: { code: string }[] }) =>
        t.coordinatingUnits.some((u) => u.code === `${province.prefix}-HNB-GL`),
      );
      expect(coordinated.length).toBe(1);
      expect(led.length).toBe(0);
    });

    it('deactivates it, naming the successor', async () => {
      const result = await http.request('POST', `/api/v1/units/${hnb}/deactivate`, {
        token: admin,
        body: { successorId: successor, reason: 'Sáp nhập theo Nghị quyết về sắp xếp tổ chức bộ máy' },
      });
      expect(result.status).toBe(200);
      expect(result.body.unit).toMatchObject({ active: false, successorId: successor });
    });

    it('no longer lists it among a task’s coordinating units', async () => {
      const after = await http.request('GET', `/api/v1/directives/${directive.id}`, { token: leader });
      const task = after.body.tasks.find((t: { id: string }) => t.id === coordinated[0]!.id);
      expect(task.coordinatingUnits.map((u: { code: string }) => u.code)).not.toContain(`${province.prefix}-HNB-GL`);
    });

    it('writes one audit row, and refuses a second deactivation (409)', async () => {
      const audit = await db.getRepository(AuditEventEntity).findBy({ entityId: hnb, action: 'unit.deactivated' });
      expect(audit).toHaveLength(1);
      const again = await http.request('POST', `/api/v1/units/${hnb}/deactivate`, {
        token: admin,
        body: { successorId: successor, reason: 'lần hai' },
      });
      expect(again.status).toBe(409);
    });

    it('refuses it as the lead unit of a new directive', async () => {
      const refused = await http.request('POST', '/api/v1/directives', {
        token: leader,
        body: {
          ...body,
          documentNumber: `${Math.floor(Math.random() * 90_000) + 1000}-KH/TU`,
          tasks: [{ title: 'x', leadUnitId: hnb, deadlineWorkingDays: 5 }],
        },
      });
      expect(refused.status).toBe(400);
      expect(refused.body.details[0].field).toBe('tasks.0.leadUnitId');
    });
  });

  it('hands the open tasks a deactivated unit leads over to its successor, through their workflows', async () => {
    const leader = await http.login(province.user('thuongtruc.tu'), PASSWORD);
    const p = prefix();
    await http.request('POST', '/api/v1/units/import', {
      token: admin,
      body: {
        units: [
          { code: `${p}-A`, name: 'Xã A', kind: 'commune', parentCode: `${province.prefix}-TU-GL` },
          { code: `${p}-B`, name: 'Xã B', kind: 'commune', parentCode: `${province.prefix}-TU-GL` },
        ],
      },
    });
    const a = await db.getRepository(UnitEntity).findOneByOrFail({ code: `${p}-A` });
    const b = await db.getRepository(UnitEntity).findOneByOrFail({ code: `${p}-B` });
    const { body: directive } = await http.request('POST', '/api/v1/directives', {
      token: leader,
      body: {
        documentNumber: `${Math.floor(Math.random() * 90_000) + 1000}-CV/TU`,
        title: 'Công văn về sắp xếp đơn vị hành chính cấp xã',
        issueDate: todayInVietnam(),
        issuingUnitId: province.unit('TU-GL'),
        tasks: [{ title: 'Báo cáo phương án sáp nhập', leadUnitId: a.id, deadlineWorkingDays: 5 }],
      },
    });
    const result = await http.request('POST', `/api/v1/units/${a.id}/deactivate`, {
      token: admin,
      body: { successorId: b.id, reason: 'Hợp nhất xã A vào xã B' },
    });
    expect(result.body).toMatchObject({ movedTaskIds: [directive.tasks[0].id], handOverCompleted: true });
    const after = await http.request('GET', `/api/v1/directives/${directive.id}`, { token: leader });
    expect(after.body.tasks[0].leadUnit.code).toBe(`${p}-B`);
    // Written by the task's own workflow, once (docs/decisions/0042).
    const audit = await db
      .getRepository(AuditEventEntity)
      .findBy({ entityId: directive.tasks[0].id, action: 'task.handed_over' });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ before: { leadUnitId: a.id }, after: { leadUnitId: b.id, roles: 'lead' } });
  });

  it('finds units by name with or without diacritics', async () => {
    for (const q of ['Dân vận', 'dan van', 'DAN VAN']) {
      const { body } = await http.request('GET', `/api/v1/units?q=${encodeURIComponent(q)}&limit=500`, {
        token: admin,
      });
      expect(body.items.map((u: { code: string }) => u.code)).toContain(`${province.prefix}-BDV-TU`);
    }
  });
});
