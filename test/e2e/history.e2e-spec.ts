import type { DataSource } from 'typeorm';
import { Http } from '../support/http';
import { PASSWORD, seedTestProvince, type TestProvince } from '../support/province';
import { startSystem, type RunningSystem } from '../support/system';
import { todayInVietnam } from '../support/dates';
import { markTodayAndTomorrowWorking, ownDatabase } from '../support/own-database';
import { csvHeader, pdfPageSizes, pdfText, rawThingsIn, splitWords, xlsxStrings } from '../support/exports';

const S = 1000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Entry {
  at: string;
  kind: 'change' | 'notice';
  action: string;
  label: { vi: string; en: string };
  actor: { type: string; username?: string; fullName?: string | null; unit?: { name: string } | null };
  changes: { field: string; before: unknown; after: unknown }[];
  notice?: { level: number | null; targetUnit: { id: string } | null; recipients: number };
}

/**
 * The auditor's history of one task, end to end: a unit acknowledges late, is reminded
 * before the deadline, misses it, is escalated up the hierarchy, then reports and is
 * accepted. Its history shows every step, reminders and escalations included, in order.
 */
describe('history of a task for auditors (dev server, real PostgreSQL)', () => {
  let system: RunningSystem;
  let db: DataSource;
  let p: TestProvince;
  let http: Http;
  let leader: string;
  let officer: string;
  let taskId: string;
  let directiveId: string;

  beforeAll(async () => {
    let url: string;
    ({ url, db } = await ownDatabase('history'));
    system = await startSystem({ DATABASE_URL: url });
    p = await seedTestProvince(db);
    http = new Http(system.baseUrl);
    await markTodayAndTomorrowWorking(http, await http.login(p.user('admin'), PASSWORD));
    leader = await http.login(p.user('thuongtruc.tu'), PASSWORD);
    officer = await http.login(p.user('mttq.iagrai'), PASSWORD);
  });
  afterAll(async () => {
    await system?.stop();
    await db?.destroy();
  });

  const history = async (path: string, token = leader) => {
    const response = await http.request('GET', path, { token });
    expect(response.status).toBe(200);
    return response.body as { total: number; items: Entry[] };
  };

  it('issues a directive to a commune with second-scale reminders and escalation', async () => {
    const created = await http.request('POST', '/api/v1/directives', {
      token: leader,
      body: {
        documentNumber: `${Math.floor(Math.random() * 9000) + 1000}-KH/TU`,
        title: 'Kế hoạch sơ kết 6 tháng công tác dân vận',
        issueDate: todayInVietnam(),
        issuingUnitId: p.unit('TU-GL'),
        tasks: [
          {
            title: 'Báo cáo sơ kết 6 tháng',
            leadUnitId: p.unit('MTTQ-IAGRAI'),
            // Room for a busy machine: the reminder counts only from when the task's workflow started.
            deadline: new Date(Date.now() + 20 * S).toISOString(),
            reminderPolicy: { before: [{ duration: 'PT10S' }], onDeadlineDayAt: null },
            escalationPolicy: { stepDelay: { duration: 'PT3S' }, repeatAtTop: { duration: 'PT1H' } },
          },
        ],
      },
    });
    expect(created.status).toBe(201);
    directiveId = created.body.id;
    taskId = created.body.tasks[0].id;
  });

  it('lets the deadline pass with the escalation ladder climbing, then takes the report', async () => {
    // Past the deadline (20 s) and two escalation steps (3 s apart).
    await sleep(28 * S);
    for (let i = 0; i < 50; i++) {
      const response = await http.request('POST', `/api/v1/tasks/${taskId}/acknowledge`, { token: officer });
      if (response.status === 200) break;
      await sleep(200);
    }
    const report = await http.request('POST', `/api/v1/tasks/${taskId}/reports`, {
      token: officer,
      body: { text: 'Đã tổ chức sơ kết tại 12 thôn' },
    });
    expect(report.status).toBe(201);
    const review = await http.request('POST', `/api/v1/reports/${report.body.reportId}/review`, {
      token: leader,
      body: { outcome: 'accepted' },
    });
    expect(review.status).toBe(200);
  });

  it("shows every step of the task, the system's notices included, in time order", async () => {
    let items: Entry[] = [];
    for (let i = 0; i < 50; i++) {
      items = (await history(`/api/v1/tasks/${taskId}/history?limit=500`)).items;
      if (items.some((e) => e.action === 'task.review')) break;
      await sleep(200);
    }
    const actions = items.map((e) => e.action);
    const order = (action: string) => actions.indexOf(action);
    expect(order('task.assigned')).toBeGreaterThanOrEqual(0);
    expect(order('notice.task_assigned')).toBeGreaterThan(order('task.assigned'));
    expect(order('notice.reminder')).toBeGreaterThan(order('notice.task_assigned'));
    expect(order('task.overdue')).toBeGreaterThan(order('notice.reminder'));
    expect(order('notice.overdue')).toBeGreaterThan(order('notice.reminder'));
    expect(order('notice.escalation')).toBeGreaterThan(order('notice.overdue'));
    expect(order('task.acknowledged')).toBeGreaterThan(order('notice.escalation'));
    expect(actions.slice(-1)[0]).toBe('task.review');
    expect(items.map((e) => e.at)).toEqual([...items.map((e) => e.at)].sort());

    const escalation = items.find((e) => e.action === 'notice.escalation')!;
    expect(escalation).toMatchObject({ kind: 'notice', actor: { type: 'system' }, notice: { level: 2 } });
    expect(escalation.label.vi).toMatch(/vượt cấp/);
    const acknowledged = items.find((e) => e.action === 'task.acknowledged')!;
    expect(acknowledged.actor).toMatchObject({ type: 'user', username: p.user('mttq.iagrai') });
    expect(acknowledged.label).toEqual({ vi: 'Xác nhận đã nhận nhiệm vụ', en: 'Task acknowledged' });
  });

  it('merges the directive with its tasks, and filters by action and actor', async () => {
    const all = await history(`/api/v1/directives/${directiveId}/history?limit=500`);
    expect(all.items[0]!.action).toBe('directive.recorded');
    expect(all.items.some((e) => e.action === 'notice.escalation')).toBe(true);
    const reminders = await history(`/api/v1/directives/${directiveId}/history?action=notice.reminder`);
    expect(reminders.items.length).toBeGreaterThan(0);
    expect(reminders.items.every((e) => e.action === 'notice.reminder')).toBe(true);
    const byOfficer = await history(`/api/v1/directives/${directiveId}/history?actor=${p.user('mttq.iagrai')}`);
    expect(byOfficer.items.map((e) => e.action)).toEqual(expect.arrayContaining(['task.acknowledged']));
    expect(byOfficer.items.every((e) => e.actor.username === p.user('mttq.iagrai'))).toBe(true);
    const paged = await history(`/api/v1/directives/${directiveId}/history?limit=2&offset=1`);
    expect(paged.items).toEqual(all.items.slice(1, 3));
    expect(paged.total).toBe(all.total);
  });

  const HEADERS = {
    vi: ['TT', 'Thời điểm', 'Người thực hiện', 'Nội dung', 'Thay đổi (trước → sau)', 'Thông báo (cấp, đơn vị nhận)'],
    en: ['No.', 'Time', 'Done by', 'Event', 'Changes (before → after)', 'Notice (level, receiving unit)'],
  };
  const file = async (path: string, lang: 'vi' | 'en') => {
    const response = await fetch(`${system.baseUrl}/api/v1${path}`, {
      headers: { authorization: `Bearer ${leader}`, 'accept-language': lang === 'en' ? 'en-GB,en;q=0.9' : 'vi' },
    });
    expect(response.status).toBe(200);
    return { type: response.headers.get('content-type') ?? '', bytes: Buffer.from(await response.arrayBuffer()) };
  };

  it.each(['vi', 'en'] as const)(
    'exports the history in words in %s: CSV, XLSX, PDF and the print view, with no id, code, ISO instant or duration',
    async (lang) => {
      const json = await history(`/api/v1/tasks/${taskId}/history?limit=500`);
      const officerEntry = json.items.find((e) => e.action === 'task.acknowledged')!;
      const who = `${officerEntry.actor.fullName} — ${officerEntry.actor.unit!.name}`;
      const said = lang === 'vi' ? 'Xác nhận đã nhận nhiệm vụ' : 'Task acknowledged';
      const notSaid = lang === 'vi' ? 'Task acknowledged' : 'Xác nhận đã nhận nhiệm vụ';
      for (const path of [`/directives/${directiveId}/history`, `/tasks/${taskId}/history`]) {
        const csv = await file(`${path}?format=csv`, lang);
        expect(csvHeader(csv.bytes)).toBe(HEADERS[lang].map((h) => (h.includes(',') ? `"${h}"` : h)).join(','));
        const csvText = csv.bytes.toString('utf8');
        expect({ path, raw: rawThingsIn(csvText) }).toEqual({ path, raw: [] });
        expect(csvText).toContain(said);
        expect(csvText).toContain(who);
        expect(csvText).not.toContain(notSaid);
        expect(csvText).not.toContain(p.user('mttq.iagrai'));
        // The deadline moved by nobody here, but the reminder and escalation policies' durations are never shown raw.
        expect(csvText).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);

        const xlsx = await file(`${path}?format=xlsx`, lang);
        const cells = (await xlsxStrings(xlsx.bytes)).join('\n');
        expect({ path, raw: rawThingsIn(cells) }).toEqual({ path, raw: [] });
        expect(cells).toContain(said);
        expect(cells).toContain(HEADERS[lang][2]);

        const pdf = await file(`${path}?format=pdf`, lang);
        expect(pdf.type).toBe('application/pdf');
        const sizes = pdfPageSizes(pdf.bytes);
        expect(sizes.length).toBeGreaterThan(0);
        expect(sizes.every((s) => s.width === 595 && s.height === 842)).toBe(true);
        const text = await pdfText(pdf.bytes);
        expect({ path, raw: rawThingsIn(text) }).toEqual({ path, raw: [] });
        expect(text).toContain(lang === 'vi' ? `Trang 1/${sizes.length}` : `Page 1 of ${sizes.length}`);
        expect(splitWords(text, HEADERS[lang])).toEqual([]);

        const print = await file(`${path}?format=html`, lang);
        expect(print.type).toContain('text/html');
        const html = print.bytes.toString('utf8');
        expect(html).toContain(`<html lang="${lang}">`);
        expect(html).toContain('@page { size: A4 portrait');
        expect(html).toContain('@media print');
        expect(rawThingsIn(html)).toEqual([]);
        expect(html).toContain(said);
      }
    },
  );

  it('shows what a person did, and hides the history from those who may not read the entity', async () => {
    const [user] = await db.query('SELECT id FROM users WHERE username = $1', [p.user('mttq.iagrai')]);
    const did = await history(`/api/v1/users/${user.id}/history`, officer);
    expect(did.items.map((e) => e.action)).toEqual(expect.arrayContaining(['task.acknowledged', 'task.report']));
    const other = await http.login(p.user('mttq.pleiku'), PASSWORD);
    expect((await http.request('GET', `/api/v1/tasks/${taskId}/history`, { token: other })).status).toBe(404);
    expect((await http.request('GET', `/api/v1/users/${user.id}/history`, { token: other })).status).toBe(404);
    expect((await http.request('GET', `/api/v1/tasks/not-a-uuid/history`, { token: leader })).status).toBe(400);
    expect(
      (await http.request('GET', `/api/v1/tasks/${taskId}/history?from=yesterday`, { token: leader })).body.details,
    ).toEqual([expect.objectContaining({ field: 'from' })]);
  });
});
