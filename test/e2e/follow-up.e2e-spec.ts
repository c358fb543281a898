import type { DataSource } from 'typeorm';
import { renderNotice, type NoticeParams } from '@dondoc/notifications';
import { NotificationEntity, UserEntity } from '@dondoc/persistence';
import { Http } from '../support/http';
import { PASSWORD, seedTestProvince, type TestProvince } from '../support/province';
import { startSystem, type RunningSystem } from '../support/system';
import { todayInVietnam } from '../support/dates';
import { markTodayAndTomorrowWorking, ownDatabase } from '../support/own-database';

const S = 1000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Seed 003: the quarterly briefing under Decision 461-QĐ/TU, followed up with
 * second-scale policies (deadline 20 s away, reminders 10 s and 5 s before, escalation
 * steps 5 s apart) through the API, on the dev server. Four units: one reports on
 * time; one late, after a returned report; one never, escalating up to the provincial
 * standing board; one gets an extension and is not reminded on the old schedule.
 * Own database: it marks today a working day in the calendar, which no other test sees.
 */
describe('follow-up of a quarterly briefing, end to end (dev server, real PostgreSQL)', () => {
  let system: RunningSystem;
  let db: DataSource;
  let p: TestProvince;
  let http: Http;

  beforeAll(async () => {
    let url: string;
    ({ url, db } = await ownDatabase('followup'));
    system = await startSystem({ DATABASE_URL: url });
    p = await seedTestProvince(db);
    http = new Http(system.baseUrl);
    await markTodayAndTomorrowWorking(http, await http.login(p.user('admin'), PASSWORD));
  });
  afterAll(async () => {
    await system?.stop();
    await db?.destroy();
  });

  const inbox = async (username: string) => {
    const user = await db.getRepository(UserEntity).findOneByOrFail({ username: p.user(username) });
    return db.getRepository(NotificationEntity).find({ where: { userId: user.id }, order: { createdAt: 'ASC' } });
  };

  const as = (username: string) => http.login(p.user(username), PASSWORD);
  const act = async (username: string, path: string, body?: unknown) => {
    const response = await http.request('POST', path, { token: await as(username), body });
    expect({ path, status: response.status, body: response.body }).toMatchObject({ status: expect.any(Number) });
    return response;
  };
  const policy = {
    reminderPolicy: { before: [{ duration: 'PT10S' }, { duration: 'PT5S' }], onDeadlineDayAt: null },
    escalationPolicy: { stepDelay: { duration: 'PT5S' }, repeatAtTop: { duration: 'PT5S' } },
  };
  const units = { onTime: 'MTTQ-GL', late: 'HND-GL', never: 'MTTQ-IAGRAI', extended: 'CA-GL' };
  // The story's state, built up by the steps below in order.
  let t0 = 0;
  let leader = '';
  let created: { status: number; body: any };
  const taskOf = (code: string) =>
    created.body.tasks.find((t: { leadUnit: { code: string } }) => t.leadUnit.code === `${p.prefix}-${code}`).id;
  let directive: { body: any };
  const bucketOf = (code: string) =>
    directive.body.tasks.find((t: { leadUnit: { code: string } }) => t.leadUnit.code === `${p.prefix}-${code}`);

  it('issues the briefing to four units, three of which acknowledge it', async () => {
    leader = await http.login(p.user('thuongtruc.tu'), PASSWORD);
    t0 = Date.now();
    const deadline = new Date(t0 + 20 * S).toISOString();
    created = await http.request('POST', '/api/v1/directives', {
      token: leader,
      body: {
        documentNumber: `${Math.floor(Math.random() * 9000) + 1000}-TB/TU`,
        title: 'Giao ban tình hình nhân dân và công tác dân vận quý IV theo Quyết định số 461-QĐ/TU',
        issueDate: todayInVietnam(),
        issuingUnitId: p.unit('TU-GL'),
        tasks: Object.values(units).map((code) => ({
          title: `Báo cáo giao ban quý của ${code}`,
          leadUnitId: p.unit(code),
          deadline,
          ...policy,
        })),
      },
    });
    expect(created.status).toBe(201);
    // Task workflows start right after the directive is recorded; until then an update finds none (404).
    for (const [user, code] of [
      ['mttq.tinh', units.onTime],
      ['hnd.tinh', units.late],
      ['ca.tinh', units.extended],
    ]) {
      let status = 0;
      for (let i = 0; i < 100 && status !== 200; i++) {
        status = (await act(user!, `/api/v1/tasks/${taskOf(code!)}/acknowledge`)).status;
        if (status === 404) await sleep(100);
        else expect(status).toBe(200);
      }
      expect(status).toBe(200);
    }
  });

  it('extends one unit’s deadline before the old schedule’s first reminder (due at 10 s)', async () => {
    const extension = await act('ca.tinh', `/api/v1/tasks/${taskOf(units.extended)}/extensions`, {
      deadline: new Date(t0 + 120 * S).toISOString().replace('Z', '+00:00'),
      reason: 'Chờ số liệu từ các đồn',
    });
    expect(extension.status).toBe(201);
    const decided = await act(
      'thuongtruc.tu',
      `/api/v1/tasks/${taskOf(units.extended)}/extensions/${extension.body.requestId}/decision`,
      { approve: true },
    );
    expect(decided.status).toBe(200);
  });

  it('takes a report from the lead unit only: 404 to a unit that cannot see the task, 403 to the leader above', async () => {
    expect((await act('ca.tinh', `/api/v1/tasks/${taskOf(units.onTime)}/reports`, { text: 'x' })).status).toBe(404);
    expect((await act('thuongtruc.tu', `/api/v1/tasks/${taskOf(units.onTime)}/reports`, { text: 'x' })).status).toBe(
      403,
    );
  });

  it('accepts the report sent on time', async () => {
    const onTime = await act('mttq.tinh', `/api/v1/tasks/${taskOf(units.onTime)}/reports`, {
      text: 'Tình hình nhân dân ổn định',
      indicatorValues: [{ name: 'Số buổi đối thoại', value: 12 }],
    });
    expect(onTime.body).toMatchObject({ version: 1, late: false });
    expect(
      (await act('thuongtruc.tu', `/api/v1/reports/${onTime.body.reportId}/review`, { outcome: 'accepted' })).status,
    ).toBe(200);
  });

  it('returns a report that lacks figures, and accepts its second version after the deadline', async () => {
    const first = await act('hnd.tinh', `/api/v1/tasks/${taskOf(units.late)}/reports`, {
      text: 'Báo cáo thiếu số liệu',
    });
    const returned = await act('thuongtruc.tu', `/api/v1/reports/${first.body.reportId}/review`, {
      outcome: 'returned',
      comment: 'Bổ sung số liệu các xã',
    });
    expect(returned.body.phase).toBe('revising');

    // Past the deadline and three escalation steps: 20 s + 3 × 5 s, with room.
    await sleep(t0 + 27 * S - Date.now());
    const second = await act('hnd.tinh', `/api/v1/tasks/${taskOf(units.late)}/reports`, { text: 'Báo cáo đã bổ sung' });
    expect(second.body).toMatchObject({ version: 2 });
    await act('thuongtruc.tu', `/api/v1/reports/${second.body.reportId}/review`, { outcome: 'accepted' });
  });

  it('sorts the four tasks into on time, late, overdue and extended', async () => {
    await sleep(t0 + 42 * S - Date.now());
    directive = await http.request('GET', `/api/v1/directives/${created.body.id}`, { token: leader });
    expect(bucketOf(units.onTime).bucket).toBe('completed_on_time');
    expect(bucketOf(units.late).bucket).toBe('completed_late');
    expect(bucketOf(units.never).bucket).toBe('open_overdue');
    expect(bucketOf(units.extended).bucket).toBe('open_within_deadline');
    expect(bucketOf(units.extended).originalDeadline).not.toBe(bucketOf(units.extended).deadline);
  });

  it('reminds the unit that never reported, marks it overdue, and escalates up to the standing board', async () => {
    const never = (await inbox('mttq.iagrai')).map((n) => n.kind);
    expect(never).toEqual(expect.arrayContaining(['task_assigned', 'reminder', 'overdue']));
    const commune = (await inbox('bithu.iagrai')).filter((n) => n.kind === 'escalation');
    expect(commune.some((n) => n.level === 2 && n.lateUnitId === p.unit(units.never))).toBe(true);
    const board = (await inbox('thuongtruc.tu')).filter(
      (n) => n.kind === 'escalation' && n.lateUnitId === p.unit(units.never),
    );
    expect(board.some((n) => n.level === 3)).toBe(true);
    expect(board.length).toBeGreaterThanOrEqual(2); // repeats at the top
    const notice = { ...board[0]!, params: board[0]!.params as NoticeParams | null };
    expect(renderNotice(notice, 'vi', 'Asia/Ho_Chi_Minh').body).toContain(
      'Đơn vị chậm: Ủy ban MTTQ Việt Nam xã Ia Grai',
    );
    expect(renderNotice(notice, 'en', 'Asia/Ho_Chi_Minh').body).toContain('Late unit: Ủy ban MTTQ Việt Nam xã Ia Grai');
  });

  it('neither reminds on the old schedule nor escalates a unit that reported in time or was extended', async () => {
    for (const user of ['mttq.tinh', 'ca.tinh', 'hnd.tinh']) {
      expect((await inbox(user)).filter((n) => ['reminder', 'overdue', 'escalation'].includes(n.kind))).toEqual([]);
    }
    expect((await inbox('hnd.tinh')).map((n) => n.kind)).toContain('report_returned');
    expect((await inbox('ca.tinh')).map((n) => n.kind)).toContain('extension_decided');
  });

  it('serves the inbox over HTTP: unread count, mark read', async () => {
    const mine = await http.request('GET', '/api/v1/notifications?unread=true', { token: await as('mttq.iagrai') });
    expect(mine.body.unread).toBeGreaterThanOrEqual(3);
    const read = await http.request('POST', `/api/v1/notifications/${mine.body.items[0].id}/read`, {
      token: await as('mttq.iagrai'),
    });
    expect(read.body).toEqual({ marked: 1 });
    const count = await http.request('GET', '/api/v1/notifications/unread-count', { token: await as('mttq.iagrai') });
    expect(count.body.unread).toBe(mine.body.unread - 1);
  });

  it('stops every escalation at once when the directive is cancelled', async () => {
    expect(
      (
        await http.request('POST', `/api/v1/directives/${created.body.id}/cancel`, {
          token: leader,
          body: { reason: 'Kết thúc kỳ giao ban' },
        })
      ).status,
    ).toBe(200);
    const before = (await inbox('thuongtruc.tu')).filter((n) => n.kind === 'escalation').length;
    await sleep(8 * S);
    expect((await inbox('thuongtruc.tu')).filter((n) => n.kind === 'escalation').length).toBe(before);
  });
});
