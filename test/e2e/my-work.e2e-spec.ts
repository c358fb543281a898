import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { myWorkWindow, type MyWorkWindow } from '@dondoc/domain';
import { CalendarRepository } from '@dondoc/persistence';
import { connectTestDatabase } from '../support/database';
import { TZ } from '../support/dates';
import { Http } from '../support/http';
import { PASSWORD, seedTestProvince, type TestProvince } from '../support/province';
import { startSystem, type RunningSystem } from '../support/system';

interface Item {
  action: string;
  dueAt: string;
  task: { id: string; title: string };
  directive: { title: string; confidentiality: string };
  counterpart: { code: string };
  report: { id: string; version: number } | null;
  explanation: { id: string; note: string } | null;
}
interface Work {
  total: number;
  buckets: { bucket: string; count: number; items: Item[] }[];
}

/**
 * "Việc của tôi" (GET /me/work, issue 22): what each person must do, in buckets of urgency
 * on the business calendar (libs/domain/src/my-work.ts). The rows are written directly (a
 * read needs no workflow), each due at an instant inside one bucket of the window the
 * API computes from the same calendar: overdue, today, within three working days, later.
 * An officer of MTTQ-GL acts for it; its leader also reviews what MTTQ-GL assigned; the
 * leader of the province reviews what the province assigned; an admin and an auditor act
 * on nothing. A secret directive's title reaches only those it is written for.
 */
describe('my work: what I must do, most urgent first (real PostgreSQL)', () => {
  let system: RunningSystem;
  let db: DataSource;
  let p: TestProvince;
  let http: Http;
  let window: MyWorkWindow;
  const SPY = `SPY-${randomUUID()}`;
  const ids: Record<string, string> = {};

  const mid = (a: Date, b: Date) => new Date((a.getTime() + b.getTime()) / 2);
  const at = {
    overdue: () => new Date(window.now.getTime() - 2 * 3_600_000),
    today: () => mid(window.now, window.endOfToday),
    soon: () => mid(window.endOfToday, window.horizon),
    later: () => new Date(window.horizon.getTime() + 5 * 86_400_000),
  };

  const directive = async (issuer: string, title: string, extra: { secret?: boolean; round?: boolean } = {}) => {
    const number = Math.floor(Math.random() * 90_000) + 1000;
    const [{ id }] = await db.query(
      `INSERT INTO directives (id, document_number, document_number_normalized, doc_number, doc_type, doc_issuer, issue_year,
         issue_date, issuing_unit_id, title, search_text, status, accepted_at, created_by, confidentiality, reporting_cycle_id, period_key)
       VALUES (gen_random_uuid(), $2::int || '-KH/TU', $2::int || '-KH/TU', $2::int, 'KH', 'TU', 2026, '2026-01-05', $1, $3, 'X',
               'active', now(), 'test', $4, $5, $6) RETURNING id`,
      [
        p.unit(issuer),
        number,
        title,
        extra.secret ? 'secret' : 'normal',
        extra.round ? randomUUID() : null,
        extra.round ? '2026-Q4' : null,
      ],
    );
    return id as string;
  };

  const task = async (
    name: string,
    directiveId: string,
    lead: string,
    assigning: string,
    phase: string,
    dates: { deadline: Date; ack?: Date; revision?: Date; review?: Date },
    status = 'assigned',
  ) => {
    const id = randomUUID();
    await db.query(
      `INSERT INTO tasks (id, directive_id, position, title, lead_unit_id, assigning_unit_id, status, phase, original_deadline,
                          deadline, ack_deadline, revision_deadline, review_deadline, completed_at, reminder_policy, escalation_policy)
       VALUES ($1, $2, 0, $3, $4, $5, $6, $7, $8, $8, $9, $10, $11, CASE WHEN $6 = 'completed' THEN now() END, '{}', '{}')`,
      [
        id,
        directiveId,
        name,
        p.unit(lead),
        p.unit(assigning),
        status,
        phase,
        dates.deadline,
        dates.ack ?? null,
        dates.revision ?? null,
        dates.review ?? null,
      ],
    );
    ids[name] = id;
    return id;
  };

  const report = async (taskId: string, version: number) => {
    const id = randomUUID();
    await db.query(
      `INSERT INTO task_reports (id, task_id, version, text, indicator_values, attachments, submitted_by, submitted_at, late)
       VALUES ($1, $2, $3, 'Báo cáo', '[]', '[]', 'test', now(), false)`,
      [id, taskId, version],
    );
    return id;
  };

  const work = async (user: string, query = '') => {
    const token = await http.login(p.user(user), PASSWORD);
    const answer = await http.request('GET', `/api/v1/me/work${query}`, { token });
    expect(answer.status).toBe(200);
    return answer.body as Work;
  };
  /** Bucket → the task names in it, in order, with their actions. */
  const shape = (body: Work) =>
    Object.fromEntries(
      body.buckets.map((b) => [
        b.bucket,
        b.items.map((i) => `${Object.keys(ids).find((k) => ids[k] === i.task.id) ?? i.task.id}:${i.action}`),
      ]),
    );
  const counts = (body: Work) => Object.fromEntries(body.buckets.map((b) => [b.bucket, b.count]));

  beforeAll(async () => {
    [system, db] = await Promise.all([startSystem({}, { worker: false }), connectTestDatabase()]);
    p = await seedTestProvince(db);
    http = new Http(system.baseUrl);
    const now = new Date();
    window = myWorkWindow(await new CalendarRepository(db).calendar([now.getUTCFullYear()], TZ), now);

    const plan = await directive('TU-GL', 'Kế hoạch công tác dân vận năm 2026');
    // MTTQ-GL leads these: one per bucket and beyond, in each phase of its side.
    await task('late', plan, 'MTTQ-GL', 'TU-GL', 'in_progress', { deadline: at.overdue() }, 'overdue');
    await task('new', plan, 'MTTQ-GL', 'TU-GL', 'awaiting_ack', { deadline: at.later(), ack: at.today() });
    await task('soon', plan, 'MTTQ-GL', 'TU-GL', 'in_progress', { deadline: at.soon() });
    await task('returned', plan, 'MTTQ-GL', 'TU-GL', 'revising', {
      deadline: at.later(),
      revision: new Date(at.soon().getTime() + 60_000), // after "soon": a tie would be ordered by id
    });
    await task('far', plan, 'MTTQ-GL', 'TU-GL', 'in_progress', { deadline: at.later() });
    await task('done', plan, 'MTTQ-GL', 'TU-GL', 'completed', { deadline: at.soon() }, 'completed');
    // MTTQ-GL's report on this waits for the province's review: not MTTQ-GL's to do.
    await task('sent', plan, 'MTTQ-GL', 'TU-GL', 'under_review', { deadline: at.later(), review: at.later() });
    await report(ids.sent!, 1);
    // MTTQ-GL delegated part of "far" to HND-GL, whose report waits for MTTQ-GL's review, overdue.
    await task('part', plan, 'HND-GL', 'MTTQ-GL', 'under_review', {
      deadline: at.later(),
      review: new Date(at.overdue().getTime() + 60_000), // after "late": a tie would be ordered by id
    });
    await report(ids.part!, 1);
    ids.partReport = await report(ids.part!, 2);
    // A round of a reporting cycle, due in a month; an explanation asked about the late task.
    const round = await directive('TU-GL', 'Báo cáo quý IV', { round: true });
    await task('round', round, 'MTTQ-GL', 'TU-GL', 'in_progress', { deadline: at.later() });
    ids.explanation = randomUUID();
    await db.query(
      `INSERT INTO explanation_requests (id, task_id, unit_id, requesting_unit_id, requested_by, requested_at, due_at,
                                         working_days, note, status)
       VALUES ($1, $2, $3, $4, 'test', now(), $5, 5, 'Đề nghị giải trình việc chậm báo cáo', 'open')`,
      [ids.explanation, ids.late, p.unit('MTTQ-GL'), p.unit('TU-GL'), at.later()],
    );
    // A secret directive whose task HND-GL leads, due today.
    const secret = await directive('TU-GL', `${SPY} trích yếu`, { secret: true });
    await task(`${SPY} nhiệm vụ`, secret, 'HND-GL', 'TU-GL', 'in_progress', { deadline: at.today() });
  }, 120_000);
  afterAll(async () => {
    await system?.stop();
    await db?.destroy();
  });

  it("gives the officer his unit's work in buckets of urgency, each with its one next action", async () => {
    const body = await work('mttq.tinh');
    expect(body.buckets.map((b) => b.bucket)).toEqual([
      'overdue',
      'due_today',
      'due_soon',
      'review',
      'explanation',
      'round',
    ]);
    expect(shape(body)).toEqual({
      overdue: ['late:report'],
      due_today: ['new:acknowledge'],
      due_soon: ['soon:report', 'returned:report'],
      review: [],
      explanation: ['late:answer_explanation'],
      round: ['round:answer_round'],
    });
    expect(body.total).toBe(6);
    const explanation = body.buckets[4]!.items[0]!;
    expect(explanation.explanation).toEqual({ id: ids.explanation, note: 'Đề nghị giải trình việc chậm báo cáo' });
    expect(explanation.counterpart.code).toBe(`${p.prefix}-TU-GL`);
    // The acknowledgement is due at its own deadline, not the task's.
    expect(Date.parse(body.buckets[1]!.items[0]!.dueAt)).toBeLessThan(window.endOfToday.getTime());
  });

  it('gives the leader of the same unit the reports his unit must review too, overdue first', async () => {
    const body = await work('chutich.mttq');
    expect(shape(body).overdue).toEqual(['late:report', 'part:review']);
    const review = body.buckets[0]!.items.find((i) => i.action === 'review')!;
    // The report to review is the latest version, and the other side is the unit that reported.
    expect(review.report).toEqual({ id: ids.partReport, version: 2 });
    expect(review.counterpart.code).toBe(`${p.prefix}-HND-GL`);
    expect(body.total).toBe(7);
  });

  it("gives the province's leader the report sent to the province to review, not its units' own work", async () => {
    const body = await work('thuongtruc.tu');
    expect(shape(body)).toEqual({
      overdue: [],
      due_today: [],
      due_soon: [],
      review: ['sent:review'],
      explanation: [],
      round: [],
    });
  });

  it('lists one bucket on request and still counts every bucket', async () => {
    const body = await work('mttq.tinh', '?bucket=due_soon&limit=1');
    expect(shape(body).due_soon).toEqual(['soon:report']);
    expect(shape(body).overdue).toEqual([]);
    expect(counts(body)).toEqual({ overdue: 1, due_today: 1, due_soon: 2, review: 0, explanation: 1, round: 1 });
  });

  it('gives an admin nothing to do (admins and auditors act on no task)', async () => {
    expect((await work('admin')).total).toBe(0);
  });

  it('shows a secret task to the unit that leads it and its title to nobody else', async () => {
    const cleared = await work('hnd.tinh');
    const secret = cleared.buckets[1]!.items.find((i) => i.directive.confidentiality === 'secret')!;
    expect(secret.task.title).toBe(`${SPY} nhiệm vụ`);
    expect(secret.directive.title).toBe(`${SPY} trích yếu`);
    // The leader of MTTQ-GL sees HND-GL's tasks through the hierarchy, but this one is not his to do.
    for (const user of ['chutich.mttq', 'mttq.tinh', 'thuongtruc.tu', 'admin'])
      expect(JSON.stringify(await work(user))).not.toContain(SPY);
  });

  it('refuses a bad query with a 400 naming the field, and a stranger with a 401', async () => {
    const token = await http.login(p.user('mttq.tinh'), PASSWORD);
    for (const [query, field] of [
      ['?limit=0', 'limit'],
      ['?limit=abc', 'limit'],
      ['?limit=101', 'limit'],
      ['?bucket=later', 'bucket'],
    ] as const) {
      const answer = await http.request('GET', `/api/v1/me/work${query}`, { token });
      expect(answer.status).toBe(400);
      expect(answer.body.details.map((d: { field: string }) => d.field)).toContain(field);
    }
    expect((await http.request('GET', '/api/v1/me/work')).status).toBe(401);
  });
});
