import type { DataSource } from 'typeorm';
import { Http } from '../support/http';
import { connectTestDatabase } from '../support/database';
import { eventually, S, sleep } from '../support/eventually';
import { PASSWORD, seedTestProvince, type TestProvince } from '../support/province';
import { startSystem, type RunningSystem } from '../support/system';

/**
 * Seed 003's quarterly briefing, asked of the four communes, ended early (issue 19): a
 * round withdrawn with a reason after one commune has answered; a round's deadline
 * moved; cycles ended withdrawing their open rounds, or keeping them running. The
 * cycles run in hours (PT1H) and start an hour and a few seconds ago, so the round
 * opened by hand (S1) has just closed its data and its communes are due within a
 * minute, reminded 30 s before: the Schedule opens nothing else during the story.
 */
describe('round withdrawal: a round ended early keeps its reports, cancels its tasks, reminds no more', () => {
  let system: RunningSystem;
  let db: DataSource;
  let p: TestProvince;
  let http: Http;
  const tokens = new Map<string, string>();

  beforeAll(async () => {
    [system, db] = await Promise.all([startSystem(), connectTestDatabase()]);
    p = await seedTestProvince(db);
    http = new Http(system.baseUrl);
  });
  afterAll(async () => {
    await system?.stop();
    await db?.destroy();
  });

  const call = async (username: string, method: string, path: string, body?: unknown) => {
    if (!tokens.has(username)) tokens.set(username, await http.login(p.user(username), PASSWORD));
    return http.request(method, path, { token: tokens.get(username)!, body });
  };
  const leader = (method: string, path: string, body?: unknown) => call('thuongtruc.tu', method, path, body);
  const fieldsOf = (res: { body: { details: { field: string }[] } }) => [
    ...new Set(res.body.details.map((d) => d.field)),
  ];
  const future = (seconds: number) => new Date(Date.now() + seconds * S).toISOString();
  const reason = 'Lồng ghép vào báo cáo sơ kết 6 tháng theo Kết luận 08-KL/TU';

  type Round = {
    id: string;
    status: string;
    withdrawal: { at: string; by: string; reason: string } | null;
    deadlines: { level: string; deadline: string }[];
    notReported: { unitCode: string; taskId: string }[];
    tree: {
      children: { unitId: string; taskId?: string; reported: Record<string, number> | null; withdrawn: boolean }[];
    };
  };
  const round = async (id: string) => (await leader('GET', `/api/v1/reporting-rounds/${id}`)).body as Round;

  /** A cycle of the four communes, its S1 round opened by hand, once every commune's task is live. */
  async function openRound(title: string): Promise<{ cycleId: string; round: Round; taskOf(code: string): string }> {
    const created = await leader('POST', '/api/v1/reporting-cycles', {
      issuingUnitId: p.unit('TU-GL'),
      title,
      legalBasis: 'Quyết định số 461-QĐ/TU ngày 14/12/2021',
      frequency: 'PT1H',
      recipients: { subtrees: [{ rootUnitId: p.unit('TU-GL'), kinds: ['commune'] }] },
      levelDeadlines: [{ level: 'xã', afterCutOff: 'PT60S' }],
      indicators: [{ name: 'drugFree', unitOfMeasure: 'xã', target: null, aggregation: 'sum', direction: 'higher' }],
      reminderPolicy: { before: [{ duration: 'PT30S' }] },
      escalationPolicy: { stepDelay: { duration: 'PT5S' }, repeatAtTop: { duration: 'PT30S' } },
      startsAt: new Date(Date.now() - 3600 * S - 5 * S).toISOString(),
    });
    expect(created.status).toBe(201);
    const cycleId: string = created.body.id;
    const opened = await leader('POST', `/api/v1/reporting-cycles/${cycleId}/rounds`, { periodKey: 'S1' });
    expect(opened.status).toBe(201);
    const live = await eventually(
      'the four communes’ tasks',
      async () =>
        (await db.query(`SELECT count(*)::int AS n FROM tasks WHERE directive_id = $1`, [opened.body.round.id]))[0].n,
      (n: number) => n === 4,
    );
    expect(live).toBe(4);
    const r = await round(opened.body.round.id);
    const taskOf = (code: string) => r.notReported.find((u) => u.unitCode === `${p.prefix}-${code}`)!.taskId;
    return { cycleId, round: r, taskOf };
  }

  const tasksOf = async (roundId: string) =>
    (await db.query(`SELECT t.id, t.status, t.cancel_reason FROM tasks t WHERE t.directive_id = $1 ORDER BY t.id`, [
      roundId,
    ])) as { id: string; status: string; cancel_reason: string | null }[];
  /** Reminders, overdue notices and escalations about the round's tasks created after `since`. */
  const urgingsSince = async (roundId: string, since: string) =>
    (await db.query(
      `SELECT n.kind, n.task_id FROM notifications n JOIN tasks t ON t.id = n.task_id
        WHERE t.directive_id = $1 AND n.kind IN ('reminder', 'overdue', 'escalation') AND n.created_at > $2`,
      [roundId, since],
    )) as { kind: string; task_id: string }[];

  describe('a round withdrawn after one commune has answered', () => {
    let opened: Awaited<ReturnType<typeof openRound>>;
    let withdrawnAt: string;

    it('opens the round by hand: a task for each of the four communes', async () => {
      opened = await openRound('Báo cáo tình hình nhân dân (kỳ thu hồi)');
      expect(opened.round).toMatchObject({ status: 'open', withdrawal: null });
      expect(opened.round.notReported).toHaveLength(4);
    });

    it('Pleiku answers with its figures', async () => {
      const taskId = opened.taskOf('DU-PLEIKU');
      expect((await call('bithu.pleiku', 'POST', `/api/v1/tasks/${taskId}/acknowledge`)).status).toBe(200);
      const sent = await call('bithu.pleiku', 'POST', `/api/v1/tasks/${taskId}/reports`, {
        text: 'Báo cáo tình hình nhân dân xã Pleiku',
        indicatorValues: [{ name: 'drugFree', value: 3 }],
      });
      expect(sent.status).toBe(201);
    });

    it('refuses a withdrawal without a reason (400 naming it), and from a recipient commune (403)', async () => {
      const id = opened.round.id;
      const bare = await leader('POST', `/api/v1/reporting-rounds/${id}/withdraw`, {});
      expect([bare.status, fieldsOf(bare)]).toEqual([400, ['reason']]);
      const blank = await leader('POST', `/api/v1/reporting-rounds/${id}/withdraw`, { reason: '   ' });
      expect(blank.status).toBe(400);
      const recipient = await call('bithu.pleiku', 'POST', `/api/v1/reporting-rounds/${id}/withdraw`, { reason });
      expect(recipient.status).toBe(403);
    });

    it('withdraws the round with a reason: every open task cancelled, Pleiku’s report kept', async () => {
      const res = await leader('POST', `/api/v1/reporting-rounds/${opened.round.id}/withdraw`, { reason });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ cancelled: 4, reportsKept: 1 });
      withdrawnAt = res.body.round.withdrawal.at;
      const tasks = await tasksOf(opened.round.id);
      expect(tasks.map((t) => [t.status, t.cancel_reason])).toEqual(Array(4).fill(['cancelled', reason]));
    });

    it('shows the round withdrawn, with who, when and why; the answer is kept and marked', async () => {
      const r = await round(opened.round.id);
      expect(r.status).toBe('withdrawn');
      expect(r.withdrawal).toMatchObject({ by: p.user('thuongtruc.tu'), reason });
      expect(r.notReported).toEqual([]);
      const pleiku = r.tree.children.find((c) => c.unitId === p.unit('DU-PLEIKU'))!;
      expect(pleiku).toMatchObject({ reported: { drugFree: 3 }, withdrawn: true });
      expect(r.tree.children.filter((c) => c.unitId !== p.unit('DU-PLEIKU')).map((c) => c.withdrawn)).toEqual(
        Array(3).fill(false),
      );
      const task = await leader('GET', `/api/v1/tasks/${opened.taskOf('DU-PLEIKU')}`);
      expect([task.body.bucket, task.body.reports.length]).toEqual(['cancelled', 1]);
      const listed = (await leader('GET', `/api/v1/reporting-cycles/${opened.cycleId}/rounds`)).body;
      expect(listed.map((x: { status: string }) => x.status)).toEqual(['withdrawn']);
      // The round is a directive: it reads cancelled with the reason.
      const directive = await leader('GET', `/api/v1/directives/${opened.round.id}`);
      expect([directive.body.status, directive.body.cancelReason]).toEqual(['cancelled', reason]);
    });

    it('each commune was told of the cancellation with the reason, and nobody is reminded after it', async () => {
      const told = await db.query(
        `SELECT DISTINCT n.task_id FROM notifications n JOIN tasks t ON t.id = n.task_id
          WHERE t.directive_id = $1 AND n.kind = 'cancelled'`,
        [opened.round.id],
      );
      expect(told).toHaveLength(4);
      // Past the communes' deadline (a minute after the cut-off) and two escalation steps.
      const [{ due }] = await db.query(`SELECT max(deadline) AS due FROM tasks WHERE directive_id = $1`, [
        opened.round.id,
      ]);
      await sleep(Math.max(0, new Date(due).getTime() + 12 * S - Date.now()));
      expect(await urgingsSince(opened.round.id, withdrawnAt)).toEqual([]);
      // The task's own history: its cancellation, and after it no notice but the cancellation's.
      const history = await leader('GET', `/api/v1/tasks/${opened.taskOf('DU-CHUSE')}/history?limit=200`);
      expect(history.status).toBe(200);
      const items = history.body.items as { at: string; kind: string; action: string }[];
      expect(items.map((e) => e.action)).toContain('task.cancelled');
      const noticesAfter = items.filter((e) => e.kind === 'notice' && Date.parse(e.at) > Date.parse(withdrawnAt));
      expect(noticesAfter.map((e) => e.action)).toEqual(noticesAfter.map(() => 'notice.cancelled'));
    }, 120_000);

    it('audits the withdrawal once, and each task’s cancellation once, by the leader', async () => {
      const rows: { action: string; entity_id: string; actor: string }[] = await db.query(
        `SELECT action, entity_id, actor FROM audit_events
          WHERE (entity_id = $1 AND action LIKE 'round.%') OR (entity_id = ANY($2) AND action = 'task.cancelled')`,
        [opened.round.id, (await tasksOf(opened.round.id)).map((t) => t.id)],
      );
      expect(rows.filter((r) => r.action === 'round.withdrawn')).toEqual([
        { action: 'round.withdrawn', entity_id: opened.round.id, actor: p.user('thuongtruc.tu') },
      ]);
      const cancelled = rows.filter((r) => r.action === 'task.cancelled');
      expect(cancelled).toHaveLength(4);
      expect(new Set(cancelled.map((r) => r.entity_id)).size).toBe(4);
      expect(new Set(cancelled.map((r) => r.actor))).toEqual(new Set([p.user('thuongtruc.tu')]));
    });

    it('refuses to withdraw, urge or amend it again (409), also through the directive routes', async () => {
      const id = opened.round.id;
      for (const [path, body] of [
        [`/api/v1/reporting-rounds/${id}/withdraw`, { reason }],
        [`/api/v1/reporting-rounds/${id}/urge`, undefined],
        [`/api/v1/reporting-rounds/${id}/deadlines`, { deadlines: [{ level: 'xã', deadline: future(600) }] }],
        [`/api/v1/directives/${id}/cancel`, { reason }],
      ] as const) {
        expect([path, (await leader('POST', path, body)).status]).toEqual([path, 409]);
      }
    });
  });

  describe('a round’s deadline amended, then its cycle ended withdrawing it', () => {
    let opened: Awaited<ReturnType<typeof openRound>>;

    it('refuses a level the round does not have, and a deadline already past (400 naming the field)', async () => {
      opened = await openRound('Báo cáo tình hình nhân dân (đổi hạn)');
      const path = `/api/v1/reporting-rounds/${opened.round.id}/deadlines`;
      const unknown = await leader('POST', path, { deadlines: [{ level: 'huyện', deadline: future(600) }] });
      expect([unknown.status, unknown.body.details[0].field]).toEqual([400, 'deadlines.0.level']);
      const past = await leader('POST', path, { deadlines: [{ level: 'xã', deadline: future(-60) }] });
      expect([past.status, past.body.details[0].field]).toEqual([400, 'deadlines.0.deadline']);
    });

    it('moves the communes’ deadline: every open task re-dated through its workflow, audited', async () => {
      const deadline = new Date(Math.ceil((Date.now() + 3600 * S) / 1000) * 1000).toISOString();
      const amendedAt = new Date().toISOString();
      const res = await leader('POST', `/api/v1/reporting-rounds/${opened.round.id}/deadlines`, {
        deadlines: [{ level: 'xã', deadline }],
      });
      expect(res.status).toBe(200);
      expect(res.body.retimed).toBe(4);
      expect(res.body.round.deadlines.map((d: { deadline: string }) => new Date(d.deadline).toISOString())).toEqual([
        deadline,
      ]);
      const task = await leader('GET', `/api/v1/tasks/${opened.taskOf('DU-IAGRAI')}`);
      expect(new Date(task.body.deadline).toISOString()).toBe(deadline);
      const [{ n }] = await db.query(
        `SELECT count(*)::int AS n FROM audit_events WHERE entity_id = $1 AND action = 'round.deadlines_amended'`,
        [opened.round.id],
      );
      expect(n).toBe(1);
      // Its reminder, once due 30 s before the old deadline, now waits for the new one.
      await sleep(Math.max(0, Date.parse(opened.round.deadlines[0]!.deadline) + 5 * S - Date.now()));
      expect(await urgingsSince(opened.round.id, amendedAt)).toEqual([]);
    }, 120_000);

    it('ends the cycle withdrawing its open rounds: a reason is required, the round withdrawn', async () => {
      const path = `/api/v1/reporting-cycles/${opened.cycleId}/end`;
      const bare = await leader('POST', path, { openRounds: 'withdraw' });
      expect([bare.status, fieldsOf(bare)]).toEqual([400, ['reason']]);
      const noChoice = await leader('POST', path, {});
      expect([noChoice.status, fieldsOf(noChoice)]).toEqual([400, ['openRounds']]);
      const ended = await leader('POST', path, { openRounds: 'withdraw', reason });
      expect(ended.status).toBe(200);
      expect(ended.body).toMatchObject({ status: 'ended', openRounds: 'withdraw', withdrawnRounds: [opened.round.id] });
      expect((await round(opened.round.id)).status).toBe('withdrawn');
      expect((await tasksOf(opened.round.id)).map((t) => t.status)).toEqual(Array(4).fill('cancelled'));
      const [{ after }] = await db.query(
        `SELECT after FROM audit_events WHERE entity_id = $1 AND action = 'cycle.ended'`,
        [opened.cycleId],
      );
      expect(after).toEqual({ status: 'ended', openRounds: 'withdraw' });
    });
  });

  describe('a cycle ended keeping its open round', () => {
    let opened: Awaited<ReturnType<typeof openRound>>;
    let endedAt: string;

    it('ends the cycle: the round stays open', async () => {
      opened = await openRound('Báo cáo tình hình nhân dân (giữ kỳ đang mở)');
      endedAt = new Date().toISOString();
      const ended = await leader('POST', `/api/v1/reporting-cycles/${opened.cycleId}/end`, { openRounds: 'keep' });
      expect(ended.status).toBe(200);
      expect(ended.body).toMatchObject({ status: 'ended', openRounds: 'keep', withdrawnRounds: [] });
      expect((await round(opened.round.id)).status).toBe('open');
      expect((await tasksOf(opened.round.id)).map((t) => t.status)).not.toContain('cancelled');
    });

    it('runs on: its communes are still reminded and may still report', async () => {
      const urged = await eventually(
        'a reminder or escalation after the ending',
        () => urgingsSince(opened.round.id, endedAt),
        (rows) => rows.length > 0,
        90 * S,
      );
      expect(urged.length).toBeGreaterThan(0);
      const taskId = opened.taskOf('DU-CHUSE');
      await call('bithu.chuse', 'POST', `/api/v1/tasks/${taskId}/acknowledge`);
      const sent = await call('bithu.chuse', 'POST', `/api/v1/tasks/${taskId}/reports`, {
        text: 'Báo cáo xã Chư Sê',
        indicatorValues: [{ name: 'drugFree', value: 1 }],
      });
      expect(sent.status).toBe(201);
    }, 120_000);
  });

  describe('the round’s directive, as the dashboard’s directive page offers it', () => {
    it('cancelling the directive withdraws the round; amending it is refused, naming the round’s routes', async () => {
      const opened = await openRound('Báo cáo tình hình nhân dân (hủy qua văn bản)');
      const id = opened.round.id;
      const amended = await leader('POST', `/api/v1/directives/${id}/amendments`, {
        kind: 'change_deadline',
        taskId: opened.taskOf('DU-IAGRAI'),
        deadline: future(600),
      });
      expect([amended.status, amended.body.message]).toEqual([409, expect.stringContaining('kỳ báo cáo định kỳ')]);
      const cancelled = await leader('POST', `/api/v1/directives/${id}/cancel`, { reason });
      expect([cancelled.status, cancelled.body.status, cancelled.body.cancelReason]).toEqual([
        200,
        'cancelled',
        reason,
      ]);
      expect((await round(id)).withdrawal).toMatchObject({ reason });
      expect((await tasksOf(id)).map((t) => t.status)).toEqual(Array(4).fill('cancelled'));
    });
  });
});
