import type { DataSource } from 'typeorm';
import { connectTestDatabase } from '../support/database';
import { Http } from '../support/http';
import { PASSWORD, seedTestProvince, type TestProvince } from '../support/province';
import { startSystem, type RunningSystem } from '../support/system';

/**
 * Keyset pages of the lists (docs/decisions/0055-keyset-lists.md): a unit's tasks paged with
 * `after` come each exactly once in (deadline, id) order; a malformed cursor is a 400
 * naming `after`; the total comes with the instant it was counted. Tasks are written
 * directly (no workflow needed to read a list), with shared deadlines and microseconds.
 */
describe('lists on keyset pages (real PostgreSQL)', () => {
  let system: RunningSystem;
  let db: DataSource;
  let province: TestProvince;
  let http: Http;
  let leader: string;
  let directiveId: string;
  /** The directive's open tasks below MTTQ-GL, as the database orders them. */
  let expected: string[];

  beforeAll(async () => {
    [system, db] = await Promise.all([startSystem({}, { worker: false }), connectTestDatabase()]);
    province = await seedTestProvince(db);
    http = new Http(system.baseUrl);
    leader = await http.login(province.user('thuongtruc.tu'), PASSWORD);
    const number = Math.floor(Math.random() * 90_000) + 1000;
    [{ id: directiveId }] = await db.query(
      `INSERT INTO directives (id, document_number, document_number_normalized, doc_number, doc_type, doc_issuer, issue_year,
         issue_date, issuing_unit_id, title, search_text, status, accepted_at, created_by)
       VALUES (gen_random_uuid(), $2::int || '-KH/TU', $2::int || '-KH/TU', $2::int, 'KH', 'TU', 2026, '2026-11-23', $1, 'Danh sách', 'DANH SACH',
               'active', now(), 'test') RETURNING id`,
      [province.unit('TU-GL'), number],
    );
    // 23 tasks: deadlines shared in threes (ties broken by id), to the microsecond; every
    // fourth one completed; two units, MTTQ-GL and HND-GL below it.
    await db.query(
      `INSERT INTO tasks (id, directive_id, position, title, lead_unit_id, assigning_unit_id, status, phase, original_deadline,
                          deadline, completed_at, reminder_policy, escalation_policy)
       SELECT gen_random_uuid(), $1, g, 'Nhiệm vụ ' || g, CASE WHEN g % 2 = 0 THEN $2::uuid ELSE $3::uuid END, $4,
              CASE WHEN g % 4 = 0 THEN 'completed' ELSE 'assigned' END, CASE WHEN g % 4 = 0 THEN 'completed' ELSE 'in_progress' END,
              dl, dl, CASE WHEN g % 4 = 0 THEN now() END, '{}', '{}'
         FROM generate_series(1, 23) g,
              LATERAL (SELECT now() + interval '10 days' + (g / 3) * interval '1 hour 0.000001 second' AS dl) x`,
      [directiveId, province.unit('MTTQ-GL'), province.unit('HND-GL'), province.unit('TU-GL')],
    );
    expected = (
      await db.query(`SELECT id FROM tasks WHERE directive_id = $1 AND status = 'assigned' ORDER BY deadline, id`, [
        directiveId,
      ])
    ).map((row: { id: string }) => row.id);
  });
  afterAll(async () => {
    await system?.stop();
    await db?.destroy();
  });

  const list = (query: string) =>
    http.request(
      'GET',
      `/api/v1/tasks?unitId=${province.unit('MTTQ-GL')}&subtree=true&role=lead&directiveId=${directiveId}&${query}`,
      { token: leader },
    );

  it('pages through the unit’s open tasks with after: every task once, in (deadline, id) order', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 10; pages++) {
      const page = await list(`bucket=open_within_deadline&limit=4${after ? `&after=${after}` : ''}`);
      expect(page.status).toBe(200);
      seen.push(...page.body.items.map((task: { id: string }) => task.id));
      after = page.body.nextCursor;
      if (!after) break;
    }
    expect(after).toBeNull();
    expect(expected).toHaveLength(18);
    expect(seen).toEqual(expected);
  });

  it('gives the last page a null cursor, and a page of exactly the rest no cursor to nothing', async () => {
    const all = await list('bucket=open_within_deadline&limit=18');
    expect([all.body.items.length, all.body.nextCursor]).toEqual([18, null]);
    const short = await list('bucket=open_within_deadline&limit=17');
    const rest = await list(`bucket=open_within_deadline&limit=17&after=${short.body.nextCursor}`);
    expect(rest.body.items.map((task: { id: string }) => task.id)).toEqual([expected[17]]);
    expect(rest.body.nextCursor).toBeNull();
  });

  it('keeps offset pages for existing callers, with a cursor to go on from', async () => {
    const page = await list('bucket=open_within_deadline&limit=5&offset=5');
    expect(page.body.items.map((task: { id: string }) => task.id)).toEqual(expected.slice(5, 10));
    const next = await list(`bucket=open_within_deadline&limit=5&after=${page.body.nextCursor}`);
    expect(next.body.items.map((task: { id: string }) => task.id)).toEqual(expected.slice(10, 15));
  });

  it('refuses a malformed cursor with a 400 naming after, and after with an offset naming offset', async () => {
    for (const bad of ['not-a-cursor', 'WyJ4Il0', 'W10', `${'A'.repeat(1001)}`]) {
      const { status, body } = await list(`after=${bad}`);
      expect({ bad, status, fields: body.details.map((d: { field: string }) => d.field) }).toEqual({
        bad,
        status: 400,
        fields: ['after'],
      });
    }
    const page = await list('limit=2');
    const both = await list(`limit=2&offset=2&after=${page.body.nextCursor}`);
    expect([both.status, both.body.details.map((d: { field: string }) => d.field)]).toEqual([400, ['offset']]);
  });

  it('answers the total with the instant it was counted, the same on the next pages', async () => {
    const first = await list('bucket=open_within_deadline&limit=4');
    expect(first.body.total).toBe(18);
    expect(first.body.totalAsOf).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?[+-]\d{2}:\d{2}$/);
    expect(Math.abs(Date.parse(first.body.totalAsOf) - Date.now())).toBeLessThan(60_000);
    const second = await list(`bucket=open_within_deadline&limit=4&after=${first.body.nextCursor}`);
    // The same total, reused (the same instant) unless a transaction ended in between: the
    // snapshot is the cluster's, and on the production topology the Temporal server's own
    // commits land there too, so a recount (a later instant) is right as well. That reuse
    // is exact while nothing ends is ListTotals' unit spec.
    expect(second.body.total).toBe(18);
    expect(Date.parse(second.body.totalAsOf)).toBeGreaterThanOrEqual(Date.parse(first.body.totalAsOf));
    const everything = await list('limit=50');
    expect([everything.body.total, everything.body.items.length]).toEqual([23, 23]);
  });

  it('pages the directive list with after, newest first, each directive once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 100 && (pages === 0 || after); pages++) {
      const page = await http.request('GET', `/api/v1/directives?limit=7${after ? `&after=${after}` : ''}`, {
        token: leader,
      });
      expect(page.status).toBe(200);
      seen.push(...page.body.items.map((d: { id: string }) => d.id));
      after = page.body.nextCursor;
    }
    expect(after).toBeNull();
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toContain(directiveId);
    const bad = await http.request('GET', '/api/v1/directives?after=WyJ4Il0', { token: leader });
    expect([bad.status, bad.body.details.map((d: { field: string }) => d.field)]).toEqual([400, ['after']]);
  });

  it('pages either role (lead or coordinating, the default) as one list: each task once, in order, with its role', async () => {
    // HND-GL leads the odd tasks and coordinates every sixth (led by MTTQ-GL, above it).
    await db.query(
      `INSERT INTO task_coordinators (task_id, unit_id, position)
       SELECT id, $2, 0 FROM tasks WHERE directive_id = $1 AND position % 6 = 0`,
      [directiveId, province.unit('HND-GL')],
    );
    const rows: { id: string; lead: string }[] = await db.query(
      `SELECT t.id, t.lead_unit_id AS lead FROM tasks t
        WHERE t.directive_id = $1 AND (t.lead_unit_id = $2 OR t.position % 6 = 0) ORDER BY t.deadline, t.id`,
      [directiveId, province.unit('HND-GL')],
    );
    const mine = (query: string) =>
      http.request('GET', `/api/v1/tasks?unitId=${province.unit('HND-GL')}&directiveId=${directiveId}&${query}`, {
        token: leader,
      });
    const seen: { id: string; role: string }[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 10 && (pages === 0 || after); pages++) {
      const page = await mine(`limit=4${after ? `&after=${after}` : ''}`);
      expect([page.status, page.body.total]).toEqual([200, 15]);
      seen.push(...page.body.items.map((task: { id: string; role: string }) => ({ id: task.id, role: task.role })));
      after = page.body.nextCursor;
    }
    expect(seen).toEqual(
      rows.map((row) => ({ id: row.id, role: row.lead === province.unit('HND-GL') ? 'lead' : 'coordinating' })),
    );
    const offset = await mine('limit=5&offset=5');
    expect(offset.body.items.map((task: { id: string }) => task.id)).toEqual(rows.slice(5, 10).map((row) => row.id));
    // MTTQ-GL's subtree leads every task and HND-GL coordinates some: still each task once.
    const subtree = await http.request(
      'GET',
      `/api/v1/tasks?unitId=${province.unit('MTTQ-GL')}&subtree=true&directiveId=${directiveId}&limit=50`,
      { token: leader },
    );
    expect([
      subtree.body.total,
      subtree.body.items.length,
      new Set(subtree.body.items.map((t: { id: string }) => t.id)).size,
    ]).toEqual([23, 23, 23]);
  });

  // What the API keeps between requests (docs/decisions/0066-list-request-cost.md): the
  // totals, and the content gate's set of secret directives hidden from a reader, each
  // kept only while no transaction has ended. A change committed before a request is in
  // its answer.
  it('counts the total again on the request after a change committed, not 5 s later', async () => {
    const before = await list('bucket=open_within_deadline&limit=1');
    expect(before.body.total).toBe(18);
    await db.query(
      `INSERT INTO tasks (id, directive_id, position, title, lead_unit_id, assigning_unit_id, status, phase, original_deadline,
                          deadline, reminder_policy, escalation_policy)
       VALUES (gen_random_uuid(), $1, 100, 'Nhiệm vụ thêm', $2, $3, 'assigned', 'in_progress',
               now() + interval '20 days', now() + interval '20 days', '{}', '{}')`,
      [directiveId, province.unit('HND-GL'), province.unit('TU-GL')],
    );
    const after = await list('bucket=open_within_deadline&limit=1');
    expect(after.body.total).toBe(19);
  });

  it('hides a directive made secret from an uncleared reader on the very next request, and shows it again when it is not', async () => {
    const admin = await http.login(province.user('admin'), PASSWORD);
    const titles = async () => {
      const page = await http.request('GET', `/api/v1/tasks?subtree=true&directiveId=${directiveId}&limit=3`, {
        token: admin,
      });
      expect(page.status).toBe(200);
      return page.body.items.map((task: { title: string; directive: { title: string } }) => [
        task.title,
        task.directive.title,
      ]);
    };
    // Read once: the gate now keeps "nothing hidden" for the admin's scope.
    expect((await titles())[0]).toEqual([expect.stringMatching(/^Nhiệm vụ \d+$/), 'Danh sách']);
    await db.query(`UPDATE directives SET confidentiality = 'secret' WHERE id = $1`, [directiveId]);
    expect(new Set((await titles()).flat())).toEqual(new Set(['Nội dung mật']));
    await db.query(`UPDATE directives SET confidentiality = 'normal' WHERE id = $1`, [directiveId]);
    expect((await titles())[0]).toEqual([expect.stringMatching(/^Nhiệm vụ \d+$/), 'Danh sách']);
  });
});
