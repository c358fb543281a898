import type { DataSource } from 'typeorm';
import { connectTestDatabase } from '../support/database';
import { todayInVietnam } from '../support/dates';
import { eventually } from '../support/eventually';
import { Http } from '../support/http';
import { PASSWORD, seedTestProvince, type TestProvince } from '../support/province';
import { startSystem, type RunningSystem } from '../support/system';

/**
 * History stays true after a merger (issue 21, docs/decisions/0079): the communes Ia Grai
 * and Chư Sê end into a new commune (deactivated with their successor, as the apply of a
 * reorganisation plan does), while a directive's tasks run there. Every place the API names
 * a task's lead unit then says which unit the task left ("formerly …"), the task's history
 * names both units of the hand-over, and a search for the old commune finds it with its
 * successor named.
 */
describe('reorganisation: "formerly …", the hand-over in the history, the old name found (real PostgreSQL)', () => {
  let system: RunningSystem;
  let db: DataSource;
  let p: TestProvince;
  let http: Http;
  let admin = '';
  let leader = '';
  let directiveId = '';
  let successor = '';
  const tasks: Record<string, string> = {};
  /** An instant after the tasks were assigned and before the communes ended. */
  let beforeMerger = '';

  beforeAll(async () => {
    [system, db] = await Promise.all([startSystem(), connectTestDatabase()]);
    p = await seedTestProvince(db);
    http = new Http(system.baseUrl);
    [admin, leader] = await Promise.all([
      http.login(p.user('admin'), PASSWORD),
      http.login(p.user('thuongtruc.tu'), PASSWORD),
    ]);
  });
  afterAll(async () => {
    await system?.stop();
    await db?.destroy();
  });

  const get = async (path: string, token = leader) => {
    const answer = await http.request('GET', `/api/v1${path}`, { token });
    expect(answer.status).toBe(200);
    return answer.body;
  };
  const code = (demo: string) => `${p.prefix}-${demo}`;

  it('issues a directive with a task for Ia Grai, one for Chư Sê and one for Pleiku', async () => {
    const created = await http.request('POST', '/api/v1/directives', {
      token: leader,
      body: {
        documentNumber: `${Math.floor(Math.random() * 90_000) + 1000}-KH/TU`,
        title: 'Kế hoạch triển khai mô hình dân vận khéo năm 2026',
        issueDate: todayInVietnam(),
        issuingUnitId: p.unit('TU-GL'),
        tasks: ['DU-IAGRAI', 'DU-CHUSE', 'DU-PLEIKU'].map((unit) => ({
          title: `Xây dựng mô hình dân vận khéo (${unit})`,
          leadUnitId: p.unit(unit),
          deadlineWorkingDays: 15,
        })),
      },
    });
    expect(created.status).toBe(201);
    directiveId = created.body.id;
    for (const task of created.body.tasks) tasks[task.leadUnit.code.slice(p.prefix.length + 1)] = task.id;
    expect(created.body.tasks.map((t: { leadUnit: { formerly: unknown } }) => t.leadUnit.formerly)).toEqual([
      null,
      null,
      null,
    ]);
  });

  it('ends Ia Grai and Chư Sê into a new commune, their sub-units moved under it: their open tasks are handed over', async () => {
    const created = await http.request('POST', '/api/v1/units', {
      token: admin,
      body: {
        code: code('DU-IAGRAI-CHUSE'),
        name: 'Đảng ủy xã Ia Grai - Chư Sê',
        kind: 'commune',
        parentId: p.unit('TU-GL'),
      },
    });
    expect(created.status).toBe(201);
    successor = created.body.id;
    beforeMerger = new Date().toISOString();
    for (const unit of ['DU-IAGRAI', 'DU-CHUSE']) {
      // Its Front, People's Committee and police move under the new commune first.
      const slug = unit.slice('DU-'.length);
      for (const child of [`MTTQ-${slug}`, `UBND-${slug}`, `CA-${slug}`]) {
        const moved = await http.request('POST', `/api/v1/units/${p.unit(child)}/move`, {
          token: admin,
          body: { parentId: successor },
        });
        expect(moved.status).toBe(200);
      }
      const ended = await http.request('POST', `/api/v1/units/${p.unit(unit)}/deactivate`, {
        token: admin,
        body: { successorId: successor, reason: 'Sáp nhập xã theo Nghị quyết sắp xếp đơn vị hành chính' },
      });
      expect(ended.status).toBe(200);
      expect(ended.body).toMatchObject({ movedTaskIds: [tasks[unit]], handOverCompleted: true });
    }
  });

  it('names the unit each task left beside its lead unit in the directive, the task and the task lists', async () => {
    const directive = await get(`/directives/${directiveId}`);
    const lead = (id: string) => directive.tasks.find((t: { id: string }) => t.id === id).leadUnit;
    expect(lead(tasks['DU-IAGRAI']!)).toEqual({
      id: successor,
      code: code('DU-IAGRAI-CHUSE'),
      name: 'Đảng ủy xã Ia Grai - Chư Sê',
      formerly: { code: code('DU-IAGRAI'), name: 'Đảng ủy xã Ia Grai' },
    });
    expect(lead(tasks['DU-CHUSE']!).formerly).toEqual({ code: code('DU-CHUSE'), name: 'Đảng ủy xã Chư Sê' });
    expect(lead(tasks['DU-PLEIKU']!).formerly).toBeNull();

    const task = await get(`/tasks/${tasks['DU-CHUSE']}`);
    expect(task.leadUnit).toMatchObject({ code: code('DU-IAGRAI-CHUSE'), formerly: { code: code('DU-CHUSE') } });

    const list = await get(`/tasks?directiveId=${directiveId}&subtree=true&limit=50`);
    const formerly = Object.fromEntries(
      list.items.map((t: { id: string; leadUnit: { formerly: { code: string } | null } }) => [
        t.id,
        t.leadUnit.formerly?.code ?? null,
      ]),
    );
    expect(formerly).toEqual({
      [tasks['DU-IAGRAI']!]: code('DU-IAGRAI'),
      [tasks['DU-CHUSE']!]: code('DU-CHUSE'),
      [tasks['DU-PLEIKU']!]: null,
    });
  });

  it('shows the hand-over in the task’s history with both units named', async () => {
    const history = await eventually(
      'the hand-over in the history',
      () => get(`/tasks/${tasks['DU-IAGRAI']}/history?limit=100`),
      (page) => page.items.some((e: { action: string }) => e.action === 'task.handed_over'),
    );
    const row = history.items.find((e: { action: string }) => e.action === 'task.handed_over');
    expect(row.label.vi).toBe('Bàn giao cho đơn vị kế thừa');
    expect(row.handOver).toEqual({
      from: { id: p.unit('DU-IAGRAI'), code: code('DU-IAGRAI'), name: 'Đảng ủy xã Ia Grai' },
      to: { id: successor, code: code('DU-IAGRAI-CHUSE'), name: 'Đảng ủy xã Ia Grai - Chư Sê' },
    });
    const other = history.items.filter((e: { action: string }) => e.action !== 'task.handed_over');
    expect(other.every((e: { handOver?: unknown }) => e.handOver === undefined)).toBe(true);
  });

  it('finds the ended commune by its old name, with its successor named; without a search, only live units', async () => {
    const found = await get(`/units?q=${encodeURIComponent('chu se')}&limit=100`, admin);
    const old = found.items.find((u: { code: string }) => u.code === code('DU-CHUSE'));
    expect(old).toMatchObject({
      active: false,
      successorId: successor,
      successor: { id: successor, code: code('DU-IAGRAI-CHUSE'), name: 'Đảng ủy xã Ia Grai - Chư Sê' },
    });
    expect(found.items.find((u: { code: string }) => u.code === code('DU-IAGRAI-CHUSE')).successor).toBeNull();
    const all = await get('/units?limit=500', admin);
    expect(all.items.map((u: { code: string }) => u.code)).not.toContain(code('DU-CHUSE'));
    expect((await get(`/units/${p.unit('DU-CHUSE')}`, admin)).successor.code).toBe(code('DU-IAGRAI-CHUSE'));
  });

  type Row = { key: string; label: string; total: number; predecessors: { code: string; name: string }[] };
  it('shows the old communes in the completion table as of before the merger', async () => {
    const table = await get(`/stats/completion?unitId=${p.unit('TU-GL')}&asOf=${encodeURIComponent(beforeMerger)}`);
    const rows = Object.fromEntries(table.rows.map((r: Row) => [r.key, r]));
    expect(rows[p.unit('DU-IAGRAI')]).toMatchObject({ label: 'Đảng ủy xã Ia Grai', total: 1, predecessors: [] });
    expect(rows[p.unit('DU-CHUSE')]).toMatchObject({ label: 'Đảng ủy xã Chư Sê', total: 1, predecessors: [] });
    expect(rows[successor]).toBeUndefined();
  });

  it('shows the successor after it, with its predecessors named, and the old communes no more', async () => {
    const table = await get(`/stats/completion?unitId=${p.unit('TU-GL')}`);
    const rows = Object.fromEntries(table.rows.map((r: Row) => [r.key, r]));
    expect(rows[successor]).toMatchObject({
      label: 'Đảng ủy xã Ia Grai - Chư Sê',
      total: 2,
      predecessors: [
        { id: p.unit('DU-CHUSE'), code: code('DU-CHUSE'), name: 'Đảng ủy xã Chư Sê' },
        { id: p.unit('DU-IAGRAI'), code: code('DU-IAGRAI'), name: 'Đảng ủy xã Ia Grai' },
      ],
    });
    expect(rows[p.unit('DU-IAGRAI')]).toBeUndefined();
    expect(rows[p.unit('DU-PLEIKU')]).toMatchObject({ total: 1, predecessors: [] });
    // As of now, explicitly, the same table (rebuilt from the audit log).
    const asOfNow = await get(
      `/stats/completion?unitId=${p.unit('TU-GL')}&asOf=${encodeURIComponent(new Date().toISOString())}`,
    );
    expect(asOfNow.rows.find((r: Row) => r.key === successor)).toMatchObject({ total: 2 });
    expect(asOfNow.rows.find((r: Row) => r.key === p.unit('DU-CHUSE'))).toBeUndefined();
  });

  it('counts the predecessors’ tasks in the successor’s own figures from the merger on, not before', async () => {
    const own = (asOf?: string) =>
      get(
        `/stats/completion?unitId=${successor}&subtree=false${asOf ? `&asOf=${encodeURIComponent(asOf)}` : ''}`,
        admin,
      );
    expect((await own()).total.total).toBe(2);
    // Before the merger the successor held nothing, and the communes were not yet its own.
    expect((await own(beforeMerger)).total.total).toBe(0);
  });

  it('ranks the successor, its predecessors named, in place of the old communes', async () => {
    const ranked = await get(`/stats/rankings?unitId=${p.unit('TU-GL')}`);
    const row = ranked.rows.find((r: { unitId: string }) => r.unitId === successor);
    expect(row).toMatchObject({ total: 2, lastYear: { total: 0 } });
    expect(row.predecessors.map((u: { code: string }) => u.code)).toEqual([code('DU-CHUSE'), code('DU-IAGRAI')]);
    expect(ranked.rows.some((r: { unitId: string }) => r.unitId === p.unit('DU-CHUSE'))).toBe(false);
  });
});
