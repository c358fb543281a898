import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { eventually, S, sleep } from '../support/eventually';
import { Http } from '../support/http';
import { startSmtp } from '../support/mail-and-hooks';
import { PASSWORD, seedTestProvince, type TestProvince } from '../support/province';
import { startSystem, type RunningSystem } from '../support/system';
import { todayInVietnam } from '../support/dates';
import { markTodayAndTomorrowWorking, ownDatabase } from '../support/own-database';

/**
 * Issue 22, "every leader action on a late task", end to end on the dev server with real
 * PostgreSQL and SMTP: the provincial standing board issues a directive to five units
 * (followed in cohorts, second-scale policies); its leader moves one deadline with a
 * reason (the reminder comes at the new time, not the old), urges one unit (a notice in
 * the inbox and by e-mail, an audit row; again at once: 429), is refused on a cancelled
 * task (409), urges and asks explanations of several tasks at once (an answer per id,
 * replayed under the same Idempotency-Key). An officer of the assigning side urges too, but
 * only a leader moves a deadline; the lead unit's own people are refused (403); bad input
 * names its field.
 */
describe('leader actions on late tasks (dev server, real PostgreSQL and SMTP)', () => {
  let system: RunningSystem;
  let db: DataSource;
  let p: TestProvince;
  let http: Http;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;

  beforeAll(async () => {
    let url: string;
    ({ url, db } = await ownDatabase('leaderactions'));
    smtp = await startSmtp();
    system = await startSystem({ DATABASE_URL: url, SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port) });
    p = await seedTestProvince(db);
    await db.query(`UPDATE users SET email = username || '@gialai.example' WHERE email IS NULL`);
    http = new Http(system.baseUrl);
    await markTodayAndTomorrowWorking(http, await http.login(p.user('admin'), PASSWORD));
  });
  afterAll(async () => {
    await system?.stop();
    await smtp?.stop();
    await db?.destroy();
  });

  const as = (username: string) => http.login(p.user(username), PASSWORD);
  const post = async (username: string, path: string, body?: unknown, headers?: Record<string, string>) =>
    http.request('POST', `/api/v1${path}`, { token: await as(username), body, headers });
  // Reminder 10 s before a deadline 20 s away; escalation far off, so only reminders and overdue marks happen.
  const policy = {
    reminderPolicy: { before: [{ duration: 'PT10S' }], onDeadlineDayAt: null },
    escalationPolicy: { stepDelay: { duration: 'PT1H' }, repeatAtTop: { duration: 'PT1H' } },
  };
  const codes = ['MTTQ-GL', 'HND-GL', 'CA-GL', 'BCHQS-GL', 'BDT-GL'];
  const NOTE = 'Đề nghị đồng chí chỉ đạo hoàn thành báo cáo ngay trong tuần';
  let created: { status: number; body: any };
  let t0 = 0;
  let newDeadline = 0;
  const taskOf = (code: string): string =>
    created.body.tasks.find((t: { leadUnit: { code: string } }) => t.leadUnit.code === `${p.prefix}-${code}`).id;
  const notices = (code: string, kind: string) =>
    db.query(
      `SELECT notice_id, min(created_at) AS at, min(params->>'note') AS note, count(*)::int AS users FROM notifications
        WHERE task_id = $1 AND kind = $2 GROUP BY notice_id ORDER BY min(created_at)`,
      [taskOf(code), kind],
    ) as Promise<{ notice_id: string; at: Date; note: string; users: number }[]>;
  const audit = (code: string, action: string) =>
    db.query(
      `SELECT actor, before, after, occurred_at FROM audit_events WHERE entity_id = $1 AND action = $2 ORDER BY seq`,
      [taskOf(code), action],
    ) as Promise<{ actor: string; before: any; after: any }[]>;

  it('issues a directive to five units, followed in cohorts', async () => {
    t0 = Date.now();
    created = await post('thuongtruc.tu', '/directives', {
      documentNumber: `${Math.floor(Math.random() * 9000) + 1000}-CV/TU`,
      title: 'Công văn đôn đốc báo cáo kết quả thực hiện Kết luận của Ban Thường vụ',
      issueDate: todayInVietnam(),
      issuingUnitId: p.unit('TU-GL'),
      tasks: codes.map((code) => ({
        title: `Báo cáo kết quả của ${code}`,
        leadUnitId: p.unit(code),
        deadline: new Date(t0 + 20 * S).toISOString(),
        ...policy,
      })),
    });
    expect(created.status).toBe(201);
    const drivers = await db.query('SELECT driver FROM tasks WHERE id = ANY($1::uuid[])', [codes.map(taskOf)]);
    expect(drivers.every((r: { driver: string }) => r.driver === 'cohort')).toBe(true);
  });

  it('refuses a deadline change without a reason or an offset (400 naming the field), and to an officer (403)', async () => {
    const path = `/tasks/${taskOf('CA-GL')}/deadline`;
    const later = new Date(t0 + 45 * S).toISOString().replace('Z', '+00:00');
    const noReason = await post('thuongtruc.tu', path, { deadline: later });
    expect(noReason.status).toBe(400);
    expect(noReason.body.details.map((d: { field: string }) => d.field)).toContain('reason');
    const noOffset = await post('thuongtruc.tu', path, { deadline: '2030-01-01T17:00:00', reason: 'x' });
    expect(noOffset.status).toBe(400);
    expect(noOffset.body.details.map((d: { field: string }) => d.field)).toContain('deadline');
    expect((await post('ca.tinh', path, { deadline: later, reason: 'x' })).status).toBe(403);
  });

  it('moves one deadline with its reason, before the old reminder: one audit row, the task leaves its cohort', async () => {
    newDeadline = t0 + 45 * S;
    const moved = await post('thuongtruc.tu', `/tasks/${taskOf('CA-GL')}/deadline`, {
      deadline: new Date(newDeadline).toISOString().replace('Z', '+00:00'),
      reason: 'Điều chỉnh theo ý kiến của Thường trực Tỉnh ủy',
    });
    expect(moved.status).toBe(200);
    expect(Date.parse(moved.body.deadline)).toBe(newDeadline);
    expect(Date.parse(moved.body.originalDeadline)).toBe(t0 + 20 * S);
    expect(Date.now()).toBeLessThan(t0 + 10 * S); // before the old reminder was due
    const rows = await audit('CA-GL', 'task.deadline_changed');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actor: p.user('thuongtruc.tu'),
      after: { reason: 'Điều chỉnh theo ý kiến của Thường trực Tỉnh ủy' },
    });
    expect(Date.parse(rows[0]!.after.deadline)).toBe(newDeadline);
    expect(Date.parse(rows[0]!.before.deadline)).toBe(t0 + 20 * S);
    const [row] = await db.query('SELECT driver FROM tasks WHERE id = $1', [taskOf('CA-GL')]);
    expect(row.driver).toBe('task');
  });

  it('urges a unit: a notice with the note in its inbox and by e-mail to its head, one audit row', async () => {
    const urged = await post('thuongtruc.tu', `/tasks/${taskOf('MTTQ-GL')}/urge`, { note: NOTE });
    expect(urged.status).toBe(200);
    expect(Date.parse(urged.body.nextAllowedAt) - Date.parse(urged.body.urgedAt)).toBe(240 * 60 * S);
    const inbox = await notices('MTTQ-GL', 'urged');
    expect(inbox).toHaveLength(1);
    expect(inbox[0]!.users).toBe(2); // the unit's leader and officer
    expect(inbox[0]!.note).toContain(NOTE);
    const rows = await audit('MTTQ-GL', 'task.urged');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actor: p.user('thuongtruc.tu'), after: { note: NOTE } });
    const mail = await eventually(
      'the urge e-mail',
      () => smtp.mails(),
      (mails) => mails.some((m) => m.notice === inbox[0]!.notice_id),
    );
    const sent = mail.filter((m) => m.notice === inbox[0]!.notice_id);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.to).toEqual([`${p.user('chutich.mttq')}@gialai.example`]);
    expect(sent[0]!.text).toContain(NOTE);
    expect(sent[0]!.subject).toContain('Lãnh đạo đôn đốc');
  });

  it('refuses a second urge of the same task within the interval: 429 with Retry-After naming when', async () => {
    const again = await post('thuongtruc.tu', `/tasks/${taskOf('MTTQ-GL')}/urge`, { note: NOTE });
    expect(again.status).toBe(429);
    const retryAfter = Number(again.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(239 * 60);
    expect(retryAfter).toBeLessThanOrEqual(240 * 60);
    // The instant it is allowed again: in words for people, and exact in details.
    expect(again.body.details[0].field).toBe('id');
    expect(Math.abs(Date.parse(again.body.details[0].message) - (Date.now() + retryAfter * S))).toBeLessThan(5 * S);
    expect(again.body.message).toMatch(/đôn đốc lại được từ \d\d\/\d\d\/\d{4} \d\d:\d\d/);
    expect(await notices('MTTQ-GL', 'urged')).toHaveLength(1);
    expect(await audit('MTTQ-GL', 'task.urged')).toHaveLength(1);
  });

  it('refuses an officer and the lead unit’s own leader (403), and a note left out (400 naming it)', async () => {
    const path = `/tasks/${taskOf('BDT-GL')}/urge`;
    expect((await post('bdt.tinh', path, { note: NOTE })).status).toBe(403);
    expect((await post('chutich.mttq', `/tasks/${taskOf('MTTQ-GL')}/urge`, { note: NOTE })).status).toBe(403);
    const noNote = await post('thuongtruc.tu', path, {});
    expect(noNote.status).toBe(400);
    expect(noNote.body.details.map((d: { field: string }) => d.field)).toContain('note');
    expect(await audit('BDT-GL', 'task.urged')).toHaveLength(0);
  });

  it('refuses to urge a cancelled task (409)', async () => {
    const cancelled = await post('thuongtruc.tu', `/directives/${created.body.id}/amendments`, {
      kind: 'cancel_task',
      taskId: taskOf('HND-GL'),
      reason: 'Nội dung đã lồng ghép vào nhiệm vụ khác',
    });
    expect(cancelled.status).toBe(200);
    await eventually(
      'the task cancelled',
      async () => (await db.query('SELECT status FROM tasks WHERE id = $1', [taskOf('HND-GL')]))[0].status,
      (status) => status === 'cancelled',
    );
    expect((await post('thuongtruc.tu', `/tasks/${taskOf('HND-GL')}/urge`, { note: NOTE })).status).toBe(409);
  });

  it('refuses a bulk urge with bad ids or too many (400 naming taskIds)', async () => {
    const bad = await post('thuongtruc.tu', '/tasks/urge', { taskIds: ['not-a-uuid'], note: NOTE });
    expect(bad.status).toBe(400);
    expect(bad.body.details.some((d: { field: string }) => d.field.startsWith('taskIds'))).toBe(true);
    const many = await post('thuongtruc.tu', '/tasks/urge', {
      taskIds: Array.from({ length: 501 }, () => randomUUID()),
      note: NOTE,
    });
    expect(many.status).toBe(400);
    expect(many.body.details.some((d: { field: string }) => d.field.startsWith('taskIds'))).toBe(true);
    // The lead unit's officer is not the assigning side: the id is refused, nothing is urged.
    const own = await post('mttq.tinh', '/tasks/urge', { taskIds: [taskOf('MTTQ-GL')], note: NOTE });
    expect(own.status).toBe(200);
    expect(own.body.results).toEqual([{ taskId: taskOf('MTTQ-GL'), status: 'refused', reason: 'forbidden' }]);
  });

  it('lets an officer of the assigning side urge, but not move a deadline (a leader decides it)', async () => {
    const admin = await as('admin');
    const officer = await http.request('POST', '/api/v1/users', {
      token: admin,
      body: {
        username: p.user('chuyenvien.tu'),
        password: PASSWORD,
        fullName: 'Chuyên viên Văn phòng Tỉnh ủy',
        role: 'officer',
        unitId: p.unit('TU-GL'),
      },
    });
    expect(officer.status).toBe(201);
    const urged = await post('chuyenvien.tu', `/tasks/${taskOf('CA-GL')}/urge`, { note: NOTE });
    expect(urged.status).toBe(200);
    expect(await notices('CA-GL', 'urged')).toHaveLength(1);
    const later = new Date(t0 + 50 * S).toISOString().replace('Z', '+00:00');
    const moved = await post('chuyenvien.tu', `/tasks/${taskOf('CA-GL')}/deadline`, { deadline: later, reason: 'x' });
    expect(moved.status).toBe(403);
  });

  let bulk: { status: number; body: any; headers: Headers };
  const stranger = randomUUID();
  it('urges several tasks at once, answering for each id; the same Idempotency-Key replays the answer', async () => {
    const body = {
      taskIds: [taskOf('MTTQ-GL'), taskOf('HND-GL'), taskOf('BCHQS-GL'), taskOf('BDT-GL'), stranger],
      note: NOTE,
    };
    const key = `bulk-urge-${randomUUID()}`;
    bulk = await post('thuongtruc.tu', '/tasks/urge', body, { 'idempotency-key': key });
    expect(bulk.status).toBe(200);
    expect(bulk.body).toMatchObject({ done: 2, refused: 3 });
    expect(bulk.body.results.map((r: { status: string; reason?: string }) => r.reason ?? r.status)).toEqual([
      'rate_limited',
      'closed',
      'done',
      'done',
      'not_found',
    ]);
    expect(bulk.body.results[0].nextAllowedAt).toEqual(expect.any(String));
    const replay = await post('thuongtruc.tu', '/tasks/urge', body, { 'idempotency-key': key });
    expect(replay.status).toBe(200);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body).toEqual(bulk.body);
    for (const code of ['BCHQS-GL', 'BDT-GL']) {
      expect(await notices(code, 'urged')).toHaveLength(1);
      expect(await audit(code, 'task.urged')).toHaveLength(1);
    }
    const other = await post('thuongtruc.tu', '/tasks/urge', { ...body, note: 'khác' }, { 'idempotency-key': key });
    expect(other.status).toBe(422);
  });

  it('reminds the others on their schedule but not the re-dated task on its old one', async () => {
    await sleep(t0 + 24 * S - Date.now());
    expect(await notices('BDT-GL', 'reminder')).toHaveLength(1);
    expect(await notices('CA-GL', 'reminder')).toHaveLength(0);
    expect(await notices('CA-GL', 'overdue')).toHaveLength(0);
  });

  it('asks several units to explain at once: the late ones asked, the re-dated one refused as not late', async () => {
    await eventually(
      'the tasks overdue',
      async () =>
        (
          await db.query('SELECT status FROM tasks WHERE id = ANY($1::uuid[])', [
            [taskOf('BCHQS-GL'), taskOf('BDT-GL')],
          ])
        )
          .map((r: { status: string }) => r.status)
          .join(),
      (s) => s === 'overdue,overdue',
    );
    const body = { taskIds: [taskOf('BCHQS-GL'), taskOf('BDT-GL'), taskOf('CA-GL')], note: 'Đề nghị giải trình' };
    const key = `bulk-explain-${randomUUID()}`;
    const asked = await post('thuongtruc.tu', '/tasks/explanations', body, { 'idempotency-key': key });
    expect(asked.status).toBe(200);
    expect(asked.body).toMatchObject({ done: 2, refused: 1 });
    expect(asked.body.results[2]).toEqual({ taskId: taskOf('CA-GL'), status: 'refused', reason: 'not_late' });
    const replay = await post('thuongtruc.tu', '/tasks/explanations', body, { 'idempotency-key': key });
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body.results.map((r: { explanationId?: string }) => r.explanationId)).toEqual(
      asked.body.results.map((r: { explanationId?: string }) => r.explanationId),
    );
    await eventually(
      'the explanation requests recorded',
      async () =>
        (
          await db.query('SELECT count(*)::int AS n FROM explanation_requests WHERE task_id = ANY($1::uuid[])', [
            [taskOf('BCHQS-GL'), taskOf('BDT-GL'), taskOf('CA-GL')],
          ])
        )[0].n,
      (n) => n === 2,
    );
  });

  it('reminds the re-dated task at its new time, 10 s before the new deadline', async () => {
    const [reminder] = await eventually(
      'the reminder on the new schedule',
      () => notices('CA-GL', 'reminder'),
      (rows) => rows.length > 0,
      40 * S,
    );
    expect(new Date(reminder!.at).getTime()).toBeGreaterThanOrEqual(newDeadline - 10 * S - 1 * S);
    await sleep(2 * S);
    expect(await notices('CA-GL', 'reminder')).toHaveLength(1);
  });
});
