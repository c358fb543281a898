import type { DataSource } from 'typeorm';
import { connectTestDatabase } from '../support/database';
import { Http } from '../support/http';
import { PASSWORD, seedTestProvince, type TestProvince } from '../support/province';
import { startSystem, type RunningSystem } from '../support/system';

/**
 * The task list sorted by deadline both ways and filtered by the directive's document type
 * (GET /tasks?order=&docType=): keyset pages in either order give each task once, in the
 * database's order; a bad sort, order or document type is a 400 naming the field. Tasks
 * are written directly (no workflow needed to read a list), with shared deadlines.
 */
describe('the task list sorted by deadline and filtered by document type', () => {
  let system: RunningSystem;
  let db: DataSource;
  let province: TestProvince;
  let http: Http;
  let leader: string;
  const directives: Record<'KH' | 'CT', string> = { KH: '', CT: '' };
  const ids = (page: { body: { items: { id: string }[] } }) => page.body.items.map((task) => task.id);

  beforeAll(async () => {
    [system, db] = await Promise.all([startSystem({}, { worker: false }), connectTestDatabase()]);
    province = await seedTestProvince(db);
    http = new Http(system.baseUrl);
    leader = await http.login(province.user('thuongtruc.tu'), PASSWORD);
    for (const type of ['KH', 'CT'] as const) {
      const number = Math.floor(Math.random() * 90_000) + 1000;
      [{ id: directives[type] }] = await db.query(
        `INSERT INTO directives (id, document_number, document_number_normalized, doc_number, doc_type, doc_issuer, issue_year,
           issue_date, issuing_unit_id, title, search_text, status, accepted_at, created_by)
         VALUES (gen_random_uuid(), $2::int || '-' || $3 || '/TU', $2::int || '-' || $3 || '/TU', $2::int, $3, 'TU', 2026,
                 '2026-11-23', $1, 'Sắp xếp', 'SAP XEP', 'active', now(), 'test') RETURNING id`,
        [province.unit('TU-GL'), number, type],
      );
      // 15 tasks each: deadlines shared in threes (ties broken by id); MTTQ-GL leads the
      // even ones, and coordinates every third (led by TU-GL, outside its subtree).
      await db.query(
        `INSERT INTO tasks (id, directive_id, position, title, lead_unit_id, assigning_unit_id, status, phase, original_deadline,
                            deadline, reminder_policy, escalation_policy)
         SELECT gen_random_uuid(), $1, g, 'Nhiệm vụ ' || g, CASE WHEN g % 2 = 0 THEN $2::uuid ELSE $3::uuid END, $3,
                'assigned', 'in_progress', dl, dl, '{}', '{}'
           FROM generate_series(1, 15) g,
                LATERAL (SELECT now() + interval '10 days' + (g / 3) * interval '1 hour' AS dl) x`,
        [directives[type], province.unit('MTTQ-GL'), province.unit('TU-GL')],
      );
      await db.query(
        `INSERT INTO task_coordinators (task_id, unit_id, position)
         SELECT id, $2, 0 FROM tasks WHERE directive_id = $1 AND position % 3 = 0 AND position % 2 = 1`,
        [directives[type], province.unit('MTTQ-GL')],
      );
    }
  });
  afterAll(async () => {
    await system?.stop();
    await db?.destroy();
  });

  /** MTTQ-GL's tasks (as lead or coordinating unit) in the two directives, as the database orders them. */
  const expected = async (order: 'ASC' | 'DESC', docType?: 'KH' | 'CT') =>
    (
      await db.query(
        `SELECT t.id FROM tasks t
          WHERE t.directive_id = ANY($1) AND (t.lead_unit_id = $2 OR EXISTS (
                SELECT 1 FROM task_coordinators c WHERE c.task_id = t.id AND c.unit_id = $2))
          ORDER BY t.deadline ${order}, t.id ${order}`,
        [docType ? [directives[docType]] : Object.values(directives), province.unit('MTTQ-GL')],
      )
    ).map((row: { id: string }) => row.id);

  const list = (query: string) =>
    http.request('GET', `/api/v1/tasks?unitId=${province.unit('MTTQ-GL')}&${query}`, { token: leader });

  /** Every page of the query, with after. */
  const pages = async (query: string, limit: number) => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let n = 0; n === 0 || (after && n < 50); n++) {
      const page = await list(`${query}&limit=${limit}${after ? `&after=${after}` : ''}`);
      expect(page.status).toBe(200);
      seen.push(...ids(page));
      after = page.body.nextCursor;
    }
    expect(after).toBeNull();
    return seen;
  };

  it('sorts by deadline ascending by default and with order=asc, each task once across pages', async () => {
    const want = await expected('ASC');
    expect(want.length).toBe(20);
    expect(await pages('sort=deadline&order=asc', 3)).toEqual(want);
    expect(await pages('sort=deadline', 7)).toEqual(want);
  });

  it('sorts by deadline descending: latest first, ties by id descending, each task once across pages', async () => {
    const want = await expected('DESC');
    expect(await pages('sort=deadline&order=desc', 3)).toEqual(want);
    expect(await pages('order=desc', 20)).toEqual(want);
    const first = await list('order=desc&limit=1');
    const last = await list('order=asc&limit=1');
    expect(Date.parse(first.body.items[0].deadline)).toBeGreaterThan(Date.parse(last.body.items[0].deadline));
  });

  it('filters by the directive’s document type, with its own total, in either order', async () => {
    for (const type of ['KH', 'CT'] as const) {
      const page = await list(`docType=${type}&order=desc&limit=4`);
      expect(page.body.total).toBe(10);
      expect(await pages(`docType=${type}&order=desc`, 4)).toEqual(await expected('DESC', type));
      expect(await pages(`docType=${type}`, 4)).toEqual(await expected('ASC', type));
    }
    const none = await list('docType=NQ');
    expect([none.status, none.body.total, none.body.items]).toEqual([200, 0, []]);
  });

  it('refuses a bad sort, order or document type with a 400 naming the field', async () => {
    for (const [query, field] of [
      ['sort=title', 'sort'],
      ['sort=', 'sort'],
      ['order=up', 'order'],
      ['docType=XX', 'docType'],
      ['docType=', 'docType'],
    ]) {
      const { status, body } = await list(query!);
      expect({ query, status, fields: body.details?.map((d: { field: string }) => d.field) }).toEqual({
        query,
        status: 400,
        fields: [field],
      });
    }
  });

  /** The database's order of MTTQ-GL's tasks for each sort (tasks.repository.ts, TASK_SORT_KEYS). */
  const SORT_SQL: Record<string, string> = {
    status: `array_position(ARRAY['overdue', 'assigned', 'completed', 'cancelled']::text[], t.status) {o}, t.deadline {o}, t.id {o}`,
    unit: 'lu.name COLLATE "C" {o}, t.deadline {o}, t.id {o}',
    directive: 'd.doc_number {o}, d.document_number COLLATE "C" {o}, t.deadline {o}, t.id {o}',
    updated: 't.updated_at {o}, t.id {o}',
  };
  const sorted = async (sort: string, order: 'ASC' | 'DESC') =>
    (
      await db.query(
        `SELECT t.id FROM tasks t JOIN units lu ON lu.id = t.lead_unit_id JOIN directives d ON d.id = t.directive_id
          WHERE t.directive_id = ANY($1) AND (t.lead_unit_id = $2 OR EXISTS (
                SELECT 1 FROM task_coordinators c WHERE c.task_id = t.id AND c.unit_id = $2))
          ORDER BY ${SORT_SQL[sort]!.replace(/\{o\}/g, order)}`,
        [Object.values(directives), province.unit('MTTQ-GL')],
      )
    ).map((row: { id: string }) => row.id);

  it('sorts by status, lead unit, document number and last change, both ways, over three keyset pages', async () => {
    // Statuses of every kind, and changes at three instants shared by several tasks (ties by id).
    await db.query(
      `UPDATE tasks SET status = (ARRAY['assigned', 'overdue', 'completed', 'cancelled'])[1 + position % 4],
                        completed_at = CASE WHEN position % 4 = 2 THEN deadline END,
                        updated_at = now() - (position % 3) * interval '1 hour'
        WHERE directive_id = ANY($1)`,
      [Object.values(directives)],
    );
    for (const sort of Object.keys(SORT_SQL))
      for (const order of ['ASC', 'DESC'] as const) {
        const want = await sorted(sort, order);
        expect(want.length).toBe(20);
        const seen = await pages(`sort=${sort}&order=${order.toLowerCase()}`, 7);
        expect({ sort, order, seen }).toEqual({ sort, order, seen: want });
        expect(new Set(seen).size).toBe(20);
      }
    // What a page shows agrees with its sort: overdue first, then open, completed, cancelled.
    const byStatus = await list('sort=status&limit=20');
    const statuses = byStatus.body.items.map((t: { status: string }) => t.status);
    expect([...new Set(statuses)]).toEqual(['overdue', 'assigned', 'completed', 'cancelled']);
    expect(byStatus.body.total).toBe(20);
    await db.query(`UPDATE tasks SET status = 'assigned', completed_at = NULL WHERE directive_id = ANY($1)`, [
      Object.values(directives),
    ]);
  });

  it('pages a sort on role lead and with an offset as it does with cursors', async () => {
    const all = await pages('sort=unit&order=desc&role=lead', 100);
    expect(await pages('sort=unit&order=desc&role=lead', 4)).toEqual(all);
    const offset = await list('sort=unit&order=desc&role=lead&limit=4&offset=4');
    expect(offset.body.items.map((t: { id: string }) => t.id)).toEqual(all.slice(4, 8));
  });

  it('refuses a cursor of one sort given with another, with a 400 naming after', async () => {
    const { body } = await list('sort=unit&limit=2');
    expect(body.nextCursor).toEqual(expect.any(String));
    for (const sort of ['directive', 'deadline', 'updated', 'status']) {
      const wrong = await list(`sort=${sort}&after=${body.nextCursor}`);
      expect({
        sort,
        status: wrong.status,
        fields: wrong.body.details?.map((d: { field: string }) => d.field),
      }).toEqual({ sort, status: 400, fields: ['after'] });
    }
  });

  it('shows one task with its requirement, indicators, coordinating units, parent and working days left', async () => {
    const [{ id, parent }] = await db.query(
      `SELECT t.id, p.id AS parent FROM tasks t, tasks p
        WHERE t.directive_id = $1 AND t.position = 3 AND p.directive_id = $1 AND p.position = 2`,
      [directives.KH],
    );
    await db.query(`UPDATE tasks SET parent_task_id = $2, depth = 1, report_template = 'Mẫu 01' WHERE id = $1;`, [
      id,
      parent,
    ]);
    await db.query(
      `INSERT INTO task_indicators (task_id, position, name, unit_of_measure, target) VALUES ($1, 0, 'Hộ được hỗ trợ', 'hộ', 1620.5)`,
      [id],
    );
    const { status, body } = await http.request('GET', `/api/v1/tasks/${id}`, { token: leader });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      reportRequired: true,
      reportTemplate: 'Mẫu 01',
      indicators: [{ name: 'Hộ được hỗ trợ', unitOfMeasure: 'hộ', target: 1620.5 }],
      coordinatingUnits: [{ id: province.unit('MTTQ-GL') }],
      leadUnit: { id: province.unit('TU-GL') },
      parent: { id: parent, leadUnit: { id: province.unit('MTTQ-GL') }, bucket: 'open_within_deadline' },
    });
    // Ten calendar days ahead (plus an hour): at least six working days, at most ten.
    expect(body.workingDaysLeft).toBeGreaterThanOrEqual(6);
    expect(body.workingDaysLeft).toBeLessThanOrEqual(10);
    await db.query(`UPDATE tasks SET status = 'cancelled' WHERE id = $1`, [id]);
    const closed = await http.request('GET', `/api/v1/tasks/${id}`, { token: leader });
    expect(closed.body.workingDaysLeft).toBeNull();
  });

  it('lists every task below a task, at any depth, depth first, with unit, state and deadline', async () => {
    const rows: { id: string; position: number }[] = await db.query(
      `SELECT id, position FROM tasks WHERE directive_id = $1 AND position IN (2, 3, 4, 5) ORDER BY position`,
      [directives.KH],
    );
    const [p2, p3, p4, p5] = rows.map((row) => row.id) as [string, string, string, string];
    // 2 ← 3 (from the test before) ← 4 ← 5: a chain three deep below 2.
    await db.query(`UPDATE tasks SET parent_task_id = $2, depth = 2 WHERE id = $1`, [p4, p3]);
    await db.query(`UPDATE tasks SET parent_task_id = $2, depth = 3 WHERE id = $1`, [p5, p4]);
    const { status, body } = await http.request('GET', `/api/v1/tasks/${p2}`, { token: leader });
    expect(status).toBe(200);
    expect(body.subtasks.map((sub: { id: string }) => sub.id)).toEqual([p3]);
    expect(body.descendantsTruncated).toBe(false);
    expect(
      body.descendants.map((d: { id: string; parentTaskId: string; bucket: string }) => [
        d.id,
        d.parentTaskId,
        d.bucket,
      ]),
    ).toEqual([
      [p3, p2, 'cancelled'],
      [p4, p3, 'open_within_deadline'],
      [p5, p4, 'open_within_deadline'],
    ]);
    expect(body.descendants[2]).toMatchObject({
      leadUnit: { id: expect.any(String), name: expect.any(String) },
      status: 'assigned',
      deadline: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T.*[+-]\d{2}:\d{2}$/),
    });
    const leaf = await http.request('GET', `/api/v1/tasks/${p5}`, { token: leader });
    expect([leaf.body.descendants, leaf.body.parent.id]).toEqual([[], p4]);
  });

  it('walks the (deadline, id) index backwards for a descending page, with no sort, among a few thousand tasks', async () => {
    await db.query(
      `INSERT INTO tasks (id, directive_id, position, title, lead_unit_id, assigning_unit_id, status, phase, original_deadline,
                          deadline, reminder_policy, escalation_policy)
       SELECT gen_random_uuid(), $1, 100 + g, 'Nhiệm vụ ' || g, $2, $3, 'assigned', 'in_progress', dl, dl, '{}', '{}'
         FROM generate_series(1, 4000) g, LATERAL (SELECT now() + (g % 400) * interval '1 day' AS dl) x`,
      [directives.CT, province.unit('MTTQ-GL'), province.unit('TU-GL')],
    );
    await db.query('ANALYZE tasks');
    // The lead page as the repository writes it (tasks.repository.ts, page), descending, past a key.
    const plan = async (docType: boolean) =>
      JSON.stringify(
        await db.query(
          `EXPLAIN (FORMAT JSON)
           SELECT t.id FROM tasks t JOIN units lu ON lu.id = t.lead_unit_id JOIN directives d ON d.id = t.directive_id
            WHERE t.lead_unit_id = $1 AND t.status IN ('assigned', 'overdue') AND t.deadline >= now()
              ${docType ? "AND EXISTS (SELECT 1 FROM directives dt WHERE dt.id = t.directive_id AND dt.doc_type = 'CT')" : ''}
              AND (t.deadline, t.id) < (now() + interval '300 days', 'ffffffff-ffff-ffff-ffff-ffffffffffff'::uuid)
            ORDER BY t.deadline DESC, t.id DESC LIMIT 51`,
          [province.unit('MTTQ-GL')],
        ),
      );
    const plain = await plan(false);
    expect({
      backward: plain.includes('"Scan Direction":"Backward"'),
      sorts: plain.includes('"Node Type":"Sort"'),
      index: plain.includes('ix_tasks_open_lead_deadline'),
    }).toEqual({ backward: true, sorts: false, index: true });
    // With a document type the planner may instead read the few directives of that type
    // through ix_tasks_directive and sort their tasks (here: one directive of type CT); at no
    // point does it read the tasks table whole.
    const typed = JSON.parse(await plan(true))[0]['QUERY PLAN'][0].Plan;
    const scans: string[] = [];
    const walk = (node: { 'Node Type': string; 'Relation Name'?: string; Plans?: unknown[] }) => {
      if (node['Node Type'] === 'Seq Scan' && node['Relation Name'] === 'tasks') scans.push('tasks');
      for (const child of node.Plans ?? []) walk(child as typeof node);
    };
    walk(typed);
    expect(scans).toEqual([]);
  });
});
