import type { DataSource } from 'typeorm';
import { connectTestDatabase } from '../support/database';
import { Http } from '../support/http';
import { PASSWORD, seedTestProvince, type TestProvince } from '../support/province';
import { startSystem, type RunningSystem } from '../support/system';
import { todayInVietnam, workingDayDeadline } from '../support/dates';

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The calendar of deadlines (GET /calendar/deadlines) and clearance as a grant of its own
 * (POST /users/{id}/clearance): a unit's subtree's deadlines by day, secret titles kept
 * from a reader not cleared until an admin grants clearance, audited.
 */
describe('the calendar of deadlines and the clearance grant (dev server, real PostgreSQL)', () => {
  let system: RunningSystem;
  let db: DataSource;
  let p: TestProvince;
  let http: Http;
  const tokens: Record<string, string> = {};
  let auditorId: string;
  let officerId: string;
  let deadlineDay: string;

  beforeAll(async () => {
    system = await startSystem();
    db = await connectTestDatabase();
    p = await seedTestProvince(db);
    http = new Http(system.baseUrl);
    tokens.admin = await http.login(p.user('admin'), PASSWORD);
    tokens.leader = await http.login(p.user('thuongtruc.tu'), PASSWORD);
    const users = await http.request('GET', '/api/v1/users', { token: tokens.admin });
    officerId = users.body.find((u: { username: string }) => u.username === p.user('vp.tu')).id;
    const issue = async (confidentiality: string, title: string, n: number) => {
      const created = await http.request('POST', '/api/v1/directives', {
        token: tokens.leader,
        body: {
          documentNumber: `${Math.floor(Math.random() * 9000) + 1000 + n}-KH/TU`,
          title: `Kế hoạch ${confidentiality === 'secret' ? 'mật bảo vệ nội bộ' : 'dân vận khéo'}`,
          summary: 'Nội dung kế hoạch',
          issueDate: todayInVietnam(),
          issuingUnitId: p.unit('TU-GL'),
          confidentiality,
          tasks: [{ title, leadUnitId: p.unit('MTTQ-GL'), deadlineWorkingDays: 10 }],
        },
      });
      expect(created.status).toBe(201);
    };
    await issue('normal', 'Tổ chức đối thoại với nhân dân', 0);
    await issue('secret', 'Rà soát tuyệt mật địa bàn', 1);
    deadlineDay = workingDayDeadline(todayInVietnam(), 10).slice(0, 10);
  });
  afterAll(async () => {
    await system?.stop();
    await db?.destroy();
  });

  const call = (who: string, method: string, path: string, body?: unknown) =>
    http.request(method, `/api/v1${path}`, { token: tokens[who], body });
  const range = () => `from=${addDays(deadlineDay, -3)}&to=${addDays(deadlineDay, 3)}`;
  const dayOf = (body: { days: { date: string }[] }) =>
    body.days.find((d) => d.date === deadlineDay) as never as {
      total: number;
      counts: Record<string, number>;
      tasks: { title: string; bucket: string; documentNumber: string }[];
      workingDay: boolean;
    };

  it('an admin creates an auditor from the users API, not cleared', async () => {
    const created = await call('admin', 'POST', '/users', {
      username: p.user('kiemtra.lich'),
      password: PASSWORD,
      fullName: 'Kiểm tra viên lịch',
      role: 'auditor',
      unitId: p.unit('TU-GL'),
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ role: 'auditor', secretClearance: false });
    auditorId = created.body.id;
    tokens.auditor = await http.login(p.user('kiemtra.lich'), PASSWORD);
  });

  it("lists the subtree's deadlines on their day, counted by bucket, the week of 7 days", async () => {
    const answer = await call('leader', 'GET', `/calendar/deadlines?${range()}&unitId=${p.unit('TU-GL')}&subtree=true`);
    expect(answer.status).toBe(200);
    expect(answer.body.days).toHaveLength(7);
    const day = dayOf(answer.body);
    expect(day.workingDay).toBe(true);
    expect(day.total).toBe(2);
    expect(day.counts.open_within_deadline).toBe(2);
    expect(day.tasks.map((t) => t.title).sort()).toEqual([
      'Rà soát tuyệt mật địa bàn',
      'Tổ chức đối thoại với nhân dân',
    ]);
  });

  it('without subtree, a unit that leads nothing itself has no deadlines', async () => {
    const answer = await call('leader', 'GET', `/calendar/deadlines?${range()}&unitId=${p.unit('TU-GL')}`);
    expect(dayOf(answer.body).total).toBe(0);
  });

  it('marks holidays and weekends as days off', async () => {
    const answer = await call('leader', 'GET', '/calendar/deadlines?from=2026-08-29&to=2026-09-03');
    expect(answer.status).toBe(200);
    const byDate = Object.fromEntries(
      answer.body.days.map((d: { date: string; workingDay: boolean; holiday: string | null }) => [d.date, d]),
    );
    expect(byDate['2026-08-30'].workingDay).toBe(false);
    expect(byDate['2026-09-02']).toMatchObject({ workingDay: false, holiday: expect.stringMatching(/Quốc khánh/) });
    // Its English name too (the decision's note, loaded by migration 1795501810000), for English readers.
    expect(byDate['2026-09-02'].holidayEn).toMatch(/^National Day 2026/);
    expect(byDate['2026-09-03'].holidayEn).toBeNull();
    expect(byDate['2026-09-03'].workingDay).toBe(true);
  });

  it('hides the secret title from an auditor without clearance, but counts it', async () => {
    const answer = await call('auditor', 'GET', `/calendar/deadlines?${range()}&subtree=true`);
    expect(answer.status).toBe(200);
    const day = dayOf(answer.body);
    expect(day.total).toBe(2);
    expect(JSON.stringify(answer.body)).not.toMatch(/tuyệt mật/);
    expect(day.tasks.map((t) => t.title)).toContain('Nội dung mật');
  });

  it('an admin grants clearance as its own action, audited once; the auditor then reads the title', async () => {
    const granted = await call('admin', 'POST', `/users/${auditorId}/clearance`, { granted: true });
    expect(granted.status).toBe(200);
    expect(granted.body).toMatchObject({ id: auditorId, secretClearance: true });
    const again = await call('admin', 'POST', `/users/${auditorId}/clearance`, { granted: true });
    expect(again.status).toBe(200);
    const [{ n }] = await db.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE entity_id = $1 AND action = 'user.clearance_granted'`,
      [auditorId],
    );
    expect(n).toBe(1);
    const answer = await call('auditor', 'GET', `/calendar/deadlines?${range()}&subtree=true`);
    expect(dayOf(answer.body).tasks.map((t) => t.title)).toContain('Rà soát tuyệt mật địa bàn');
  });

  it('withdraws clearance, audited', async () => {
    const withdrawn = await call('admin', 'POST', `/users/${auditorId}/clearance`, { granted: false });
    expect(withdrawn.body.secretClearance).toBe(false);
    const [{ n }] = await db.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE entity_id = $1 AND action = 'user.clearance_withdrawn'`,
      [auditorId],
    );
    expect(n).toBe(1);
  });

  it.each([
    ['the auditor itself (read-only)', 'auditor', 403],
    ['a leader (admins only)', 'leader', 403],
  ])('refuses clearance from %s', async (_who, who, status) => {
    expect((await call(who, 'POST', `/users/${auditorId}/clearance`, { granted: true })).status).toBe(status);
  });

  it('refuses clearance for an officer (409) and a body without granted (400), naming the field', async () => {
    const officer = await call('admin', 'POST', `/users/${officerId}/clearance`, { granted: true });
    expect(officer.status).toBe(409);
    expect(officer.body.details[0].field).toBe('granted');
    const bad = await call('admin', 'POST', `/users/${auditorId}/clearance`, { granted: 'yes' });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: { field: string }) => d.field)).toContain('granted');
  });

  it.each([
    ['from missing', 'to=2026-12-01', 'from'],
    ['from not a date', 'from=01/12/2026&to=2026-12-01', 'from'],
    ['from not a real day', 'from=2026-02-30&to=2026-03-01', 'from'],
    ['to before from', 'from=2026-12-10&to=2026-12-01', 'to'],
    ['more than 42 days', 'from=2026-11-30&to=2027-01-11', 'to'],
    ['unitId not a uuid', 'from=2026-12-01&to=2026-12-07&unitId=abc', 'unitId'],
    ['subtree not a flag', 'from=2026-12-01&to=2026-12-07&subtree=maybe', 'subtree'],
  ])('answers 400 naming the field for %s', async (_what, query, field) => {
    const answer = await call('leader', 'GET', `/calendar/deadlines?${query}`);
    expect(answer.status).toBe(400);
    expect(answer.body.details.map((d: { field: string }) => d.field)).toContain(field);
  });

  it('answers 404 for a unit outside the reader’s scope', async () => {
    const commune = await http.login(p.user('mttq.tinh'), PASSWORD);
    const answer = await http.request('GET', `/api/v1/calendar/deadlines?${range()}&unitId=${p.unit('TU-GL')}`, {
      token: commune,
    });
    expect(answer.status).toBe(404);
  });
});
