import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { ReorganisationRoundsRepository } from '@dondoc/persistence';
import { ReorganisationRoundsActivitiesImpl } from '../../apps/worker/src/activities/reorganisation-rounds.activities';
import { Http } from '../support/http';
import { connectTestDatabase } from '../support/database';
import { eventually, S } from '../support/eventually';
import { PASSWORD, seedTestProvince, type TestProvince } from '../support/province';
import { startSystem, type RunningSystem } from '../support/system';

/**
 * The merge rule of a reorganisation on an open reporting round (docs/decisions/0080), with
 * the apply's two round steps run as the apply workflow runs them, around the hand-over
 * (here: each ended unit deactivated with its successor through the API, which hands its
 * tasks over through their workflows). The four communes owe rounds S1 and S2 of a cycle
 * naming them; Pleiku and Ia Grai merge into a new commune, Chư Sê into Đak Đoa. In each
 * round the successor of the two owes it once; in S1 Chư Sê's report (under review) answers
 * for Đak Đoa, in S2 (nobody has reported) Đak Đoa keeps its own. The cycle, amended, names
 * the successors, and its next round asks them only.
 */
describe('reorganisation: round obligations settled by the merge rule, cycles amended', () => {
  let system: RunningSystem;
  let db: DataSource;
  let p: TestProvince;
  let http: Http;
  let activities: ReorganisationRoundsActivitiesImpl;
  const tokens = new Map<string, string>();
  const planId = randomUUID();
  let cycleId = '';
  let roundId = '';
  let round2Id = '';
  let newUnitId = '';
  const taskOf: Record<string, string> = {};
  const taskOf2: Record<string, string> = {};

  beforeAll(async () => {
    [system, db] = await Promise.all([startSystem(), connectTestDatabase()]);
    p = await seedTestProvince(db);
    http = new Http(system.baseUrl);
    activities = system.worker!.get(ReorganisationRoundsActivitiesImpl);
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
  const admin = (method: string, path: string, body?: unknown) => call('admin', method, path, body);
  const moves = () => [
    { fromUnitId: p.unit('DU-PLEIKU'), toUnitId: newUnitId },
    { fromUnitId: p.unit('DU-IAGRAI'), toUnitId: newUnitId },
    { fromUnitId: p.unit('DU-CHUSE'), toUnitId: p.unit('DU-DAKDOA') },
  ];
  const roundTasks = async (id: string) =>
    (await db.query(
      `SELECT t.id, t.lead_unit_id, t.status, t.phase, t.cancel_reason FROM tasks t WHERE t.directive_id = $1`,
      [id],
    )) as { id: string; lead_unit_id: string; status: string; phase: string; cancel_reason: string | null }[];
  const openRound = async (periodKey: string) => {
    const opened = await leader('POST', `/api/v1/reporting-cycles/${cycleId}/rounds`, { periodKey });
    expect(opened.status).toBe(201);
    return opened.body.round.id as string;
  };

  it('opens rounds S1 and S2 of a cycle naming the four communes, and a new commune to merge into', async () => {
    // Two periods of an hour ended just now: S1 and S2 are opened by hand, the Schedule opens nothing during the story.
    const created = await leader('POST', '/api/v1/reporting-cycles', {
      issuingUnitId: p.unit('TU-GL'),
      title: 'Báo cáo tình hình nhân dân (sắp xếp đơn vị)',
      legalBasis: 'Quyết định số 461-QĐ/TU ngày 14/12/2021',
      frequency: 'PT1H',
      recipients: { units: ['DU-PLEIKU', 'DU-IAGRAI', 'DU-CHUSE', 'DU-DAKDOA'].map((c) => p.unit(c)) },
      levelDeadlines: [{ level: 'xã', afterCutOff: 'PT1H' }],
      indicators: [{ name: 'drugFree', unitOfMeasure: 'xã', target: null, aggregation: 'sum', direction: 'higher' }],
      reminderPolicy: { before: [{ duration: 'PT30S' }] },
      escalationPolicy: { stepDelay: { duration: 'PT1H' }, repeatAtTop: { duration: 'PT1H' } },
      startsAt: new Date(Date.now() - 2 * 3600 * S - 5 * S).toISOString(),
    });
    expect(created.status).toBe(201);
    cycleId = created.body.id;
    roundId = await openRound('S1');
    const tasks = await eventually(
      'the four communes’ tasks',
      () => roundTasks(roundId),
      (rows) => rows.length === 4,
    );
    round2Id = await openRound('S2');
    const tasks2 = await eventually(
      'S2’s four tasks',
      () => roundTasks(round2Id),
      (rows) => rows.length === 4,
    );
    for (const code of ['DU-PLEIKU', 'DU-IAGRAI', 'DU-CHUSE', 'DU-DAKDOA']) {
      taskOf[code] = tasks.find((t) => t.lead_unit_id === p.unit(code))!.id;
      taskOf2[code] = tasks2.find((t) => t.lead_unit_id === p.unit(code))!.id;
    }
    const unit = await admin('POST', '/api/v1/units', {
      code: `${p.prefix}-DU-PLEIKU-IAGRAI`,
      name: 'Đảng ủy phường Pleiku (hợp nhất)',
      kind: 'commune',
      parentId: p.unit('TU-GL'),
    });
    expect(unit.status).toBe(201);
    newUnitId = unit.body.id;
  });

  it('Chư Sê reports for S1 (under review)', async () => {
    const taskId = taskOf['DU-CHUSE']!;
    expect((await call('bithu.chuse', 'POST', `/api/v1/tasks/${taskId}/acknowledge`)).status).toBe(200);
    const sent = await call('bithu.chuse', 'POST', `/api/v1/tasks/${taskId}/reports`, {
      text: 'Báo cáo tình hình nhân dân xã Chư Sê',
      indicatorValues: [{ name: 'drugFree', value: 2 }],
    });
    expect(sent.status).toBe(201);
  });

  it('reads the obligations of the ended units and their successors a page of rounds at a time', async () => {
    const repository = system.worker!.get(ReorganisationRoundsRepository);
    const [first, second] = [roundId, round2Id].sort();
    const page1 = await repository.obligationsPage(moves(), [], null, 1);
    const page2 = await repository.obligationsPage(moves(), [], first!, 1);
    expect([...new Set(page1.map((r) => r.roundId))]).toEqual([first]);
    expect([...new Set(page2.map((r) => r.roundId))]).toEqual([second]);
    expect(await repository.obligationsPage(moves(), [], second!, 1)).toEqual([]);
    // Each round: the three ended communes' obligations and Đak Đoa's own, the successor of one of them.
    for (const page of [page1, page2]) {
      expect(page.map((r) => [r.unitCode.slice(p.prefix.length + 1), r.isSuccessorOwn]).sort()).toEqual([
        ['DU-CHUSE', false],
        ['DU-DAKDOA', true],
        ['DU-IAGRAI', false],
        ['DU-PLEIKU', false],
      ]);
    }
  });

  it('settles before the hand-over: in each round one of the two merged closed naming the kept one; Đak Đoa’s own satisfied by Chư Sê’s report in S1, Chư Sê’s folded into Đak Đoa’s in S2', async () => {
    const result = await activities.settleRoundObligations({
      planId,
      eventId: `reorg:${planId}`,
      moves: moves(),
      actor: p.user('admin'),
    });
    expect(result).toEqual({ rounds: 2, merged: 3, satisfied: 1, kept: 3, moves: 0, given: 1, skipped: 0 });
    const [kept, merged] = [taskOf['DU-PLEIKU']!, taskOf['DU-IAGRAI']!].sort();
    const rows = await eventually(
      'the two closed obligations',
      () => roundTasks(roundId),
      (tasks) => tasks.filter((t) => t.status === 'cancelled').length === 2,
    );
    const byId = new Map(rows.map((t) => [t.id, t]));
    expect(byId.get(kept)!.status).not.toBe('cancelled');
    expect(byId.get(merged)!.cancel_reason).toContain(kept);
    expect(byId.get(taskOf['DU-DAKDOA']!)!.cancel_reason).toContain(taskOf['DU-CHUSE']!);
    expect(byId.get(taskOf['DU-CHUSE']!)!.phase).toBe('under_review');
    const [kept2, merged2] = [taskOf2['DU-PLEIKU']!, taskOf2['DU-IAGRAI']!].sort();
    const rows2 = new Map((await roundTasks(round2Id)).map((t) => [t.id, t]));
    expect(rows2.get(kept2)!.status).not.toBe('cancelled');
    expect(rows2.get(merged2)!.cancel_reason).toContain(kept2);
    expect(rows2.get(taskOf2['DU-CHUSE']!)!.cancel_reason).toContain(taskOf2['DU-DAKDOA']!);
    expect(rows2.get(taskOf2['DU-DAKDOA']!)!.status).not.toBe('cancelled');
  });

  it('settles nothing more when run again (a retry, a resumed workflow)', async () => {
    const cancelledRows = async () =>
      (
        await db.query(
          `SELECT count(*)::int AS n FROM audit_events WHERE action = 'task.cancelled' AND entity_id = ANY($1::uuid[])`,
          [[...Object.values(taskOf), ...Object.values(taskOf2)]],
        )
      )[0].n as number;
    const before = await cancelledRows();
    expect(before).toBe(4);
    const again = await activities.settleRoundObligations({
      planId,
      eventId: `reorg:${planId}`,
      moves: moves(),
      actor: p.user('admin'),
    });
    expect(again).toMatchObject({ merged: 0, satisfied: 0, skipped: 0 });
    expect(await cancelledRows()).toBe(4);
  });

  it('after the hand-over (each ended unit deactivated into its successor) the successors owe each round once', async () => {
    for (const { fromUnitId, toUnitId } of moves()) {
      // As the apply's first step does: the ended unit's children move under its successor first.
      const children: { id: string }[] = await db.query(`SELECT id FROM units WHERE parent_id = $1 AND active`, [
        fromUnitId,
      ]);
      for (const child of children)
        expect((await admin('POST', `/api/v1/units/${child.id}/move`, { parentId: toUnitId })).status).toBe(200);
      const res = await admin('POST', `/api/v1/units/${fromUnitId}/deactivate`, {
        successorId: toUnitId,
        reason: 'Sắp xếp đơn vị hành chính cấp xã',
      });
      expect(res.status).toBe(200);
    }
    const tasks = await eventually(
      'the open obligations handed over',
      () => roundTasks(roundId),
      (rows) =>
        rows
          .filter((t) => t.status !== 'cancelled')
          .every((t) => [newUnitId, p.unit('DU-DAKDOA')].includes(t.lead_unit_id)),
    );
    const open = tasks.filter((t) => t.status !== 'cancelled' && t.status !== 'completed');
    expect(open.map((t) => [t.lead_unit_id, t.phase]).sort()).toEqual(
      [
        [newUnitId, 'awaiting_ack'],
        [p.unit('DU-DAKDOA'), 'under_review'],
      ].sort(),
    );
    const open2 = (await roundTasks(round2Id)).filter((t) => t.status !== 'cancelled' && t.status !== 'completed');
    expect(open2.map((t) => t.lead_unit_id).sort()).toEqual([newUnitId, p.unit('DU-DAKDOA')].sort());
  });

  it('amends the cycle after the hand-over: a new version naming the successors, audited, once', async () => {
    const result = await activities.amendCycleDefinitions({
      planId,
      eventId: `reorg:${planId}`,
      moves: moves(),
      actor: p.user('admin'),
    });
    expect(result).toEqual({ amended: 1, cycleIds: [cycleId] });
    const cycle = await leader('GET', `/api/v1/reporting-cycles/${cycleId}`);
    expect(cycle.body.version).toBe(2);
    expect(cycle.body.recipients.units).toEqual([newUnitId, p.unit('DU-DAKDOA')]);
    const audit = await db.query(
      `SELECT actor, after FROM audit_events WHERE entity_id = $1 AND action = 'cycle.amended'`,
      [cycleId],
    );
    expect(audit).toHaveLength(1);
    expect(audit[0].after).toMatchObject({ version: 2, reorganisationPlanId: planId, roles: 'recipient' });
    expect(
      await activities.amendCycleDefinitions({ planId, eventId: `reorg:${planId}`, moves: moves(), actor: 'x' }),
    ).toEqual({ amended: 0, cycleIds: [] });
  });

  it('opens the next round S3 for the successors only', async () => {
    const next = await openRound('S3');
    const tasks = await eventually(
      'the successors’ tasks',
      () => roundTasks(next),
      (rows) => rows.length >= 2,
    );
    expect(tasks.map((t) => t.lead_unit_id).sort()).toEqual([newUnitId, p.unit('DU-DAKDOA')].sort());
  });
});
