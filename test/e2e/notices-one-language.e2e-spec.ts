import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { UserEntity } from '@dondoc/persistence';
import { connectTestDatabase } from '../support/database';
import { todayInVietnam } from '../support/dates';
import { eventually, S } from '../support/eventually';
import { Http } from '../support/http';
import { oneLanguageProblems, type Lang } from '../support/one-language';
import { PASSWORD, seedTestProvince, type TestProvince } from '../support/province';
import { startSystem, type RunningSystem } from '../support/system';

interface Notice {
  id: string;
  kind: string;
  title: string;
  body: string;
  taskId: string | null;
}

/**
 * Inbox notices worded when read, in each reader's language
 * (docs/decisions/0071-notices-rendered-at-read.md): one new-task notice of an ordinary
 * directive and one of a secret directive reach the two people of a unit, one who chose
 * English and one who chose nothing; each reads the same rows in their own language only.
 * A row written before (glued text, no parameters) is shown by its reader's half.
 */
describe('inbox notices in the reader’s language, worded when read', () => {
  let system: RunningSystem;
  let db: DataSource;
  let p: TestProvince;
  let http: Http;
  const SPY = `SPY${randomUUID().slice(0, 8)}`;
  const data = {
    number: `${Math.floor(Math.random() * 90_000) + 1000}-KH/TU`,
    title: 'Kế hoạch tuyên truyền kỷ niệm ngày thành lập Mặt trận',
    task: 'Tổ chức hội nghị tuyên truyền',
  };
  let plainTask = '';
  let secretTask = '';

  const as = (user: string) => http.login(p.user(user), PASSWORD);
  const inbox = async (user: string, language?: Lang): Promise<Notice[]> => {
    const response = await http.request('GET', '/api/v1/notifications?limit=100', {
      token: await as(user),
      headers: language ? { 'accept-language': language } : {},
    });
    expect(response.status).toBe(200);
    return response.body.items;
  };
  /** A notice's problems for a reader of `lang`; the names it quotes (data) are not judged. */
  const problems = (n: Pick<Notice, 'title' | 'body'>, lang: Lang) => {
    let text = `${n.title}\n${n.body}`;
    for (const name of [data.number, data.title, data.task]) text = text.split(name).join('"data"');
    return oneLanguageProblems(text, lang).map((problem) => `${problem} in ${JSON.stringify(n)}`);
  };
  const issue = async (body: Record<string, unknown>, title: string) => {
    const created = await http.request('POST', '/api/v1/directives', {
      token: await as('thuongtruc.tu'),
      body: {
        documentNumber: `${Math.floor(Math.random() * 90_000) + 1000}-KH/TU`,
        issueDate: todayInVietnam(),
        issuingUnitId: p.unit('TU-GL'),
        ...body,
        tasks: [{ title, leadUnitId: p.unit('MTTQ-GL'), deadlineWorkingDays: 5 }],
      },
    });
    expect(created.status).toBe(201);
    return created.body.tasks[0].id as string;
  };

  beforeAll(async () => {
    [system, db] = await Promise.all([startSystem(), connectTestDatabase()]);
    p = await seedTestProvince(db);
    http = new Http(system.baseUrl);
  });
  afterAll(async () => {
    await system?.stop();
    await db?.destroy();
  });

  it('has one reader choose English; the other chooses nothing', async () => {
    const saved = await http.request('PUT', '/api/v1/me/preferences', {
      token: await as('chutich.mttq'),
      body: { locale: 'en' },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.locale).toBe('en');
  });

  it('issues an ordinary and a secret directive to their unit; both notices reach both readers', async () => {
    plainTask = await issue({ documentNumber: data.number, title: data.title }, data.task);
    secretTask = await issue(
      { title: `Kế hoạch ${SPY}`, summary: `Nội dung ${SPY}`, confidentiality: 'secret' },
      `Nhiệm vụ ${SPY}`,
    );
    for (const user of ['mttq.tinh', 'chutich.mttq'])
      await eventually(
        `both new-task notices in the inbox of ${user}`,
        async () => (await inbox(user)).map((n) => n.taskId),
        (ids) => ids.includes(plainTask) && ids.includes(secretTask),
        60 * S,
      );
  });

  it('shows the reader with no stored language the notice in Vietnamese (the default)', async () => {
    const notice = (await inbox('mttq.tinh')).find((n) => n.taskId === plainTask)!;
    expect(notice.title).toBe(`Nhiệm vụ mới: ${data.task}`);
    expect(notice.body.split('\n').slice(0, 2)).toEqual([`${data.number} — ${data.title}`, `Nhiệm vụ: ${data.task}`]);
    expect(notice.body).toMatch(/^Hạn: \d\d\/\d\d\/\d{4} \d\d:\d\d$/m);
    expect(problems(notice, 'vi')).toEqual([]);
  });

  it('shows the same row to the reader who chose English in English, whatever the client asks', async () => {
    for (const asked of [undefined, 'vi'] as const) {
      const notice = (await inbox('chutich.mttq', asked)).find((n) => n.taskId === plainTask)!;
      expect(notice.title).toBe(`New task: ${data.task}`);
      expect(notice.body).toContain(`Task: ${data.task}`);
      expect(notice.body).toMatch(/^Deadline: \d\d\/\d\d\/\d{4} \d\d:\d\d$/m);
      expect(problems(notice, 'en')).toEqual([]);
    }
  });

  it('follows Accept-Language for a reader with no stored language', async () => {
    const notice = (await inbox('mttq.tinh', 'en')).find((n) => n.taskId === plainTask)!;
    expect(notice.title).toBe(`New task: ${data.task}`);
    expect(problems(notice, 'en')).toEqual([]);
  });

  it('says of a secret directive’s notice only that there is one to open, in each language', async () => {
    const vi = (await inbox('mttq.tinh')).find((n) => n.taskId === secretTask)!;
    const en = (await inbox('chutich.mttq')).find((n) => n.taskId === secretTask)!;
    expect(vi).toMatchObject({
      title: 'Nhiệm vụ mới — văn bản mật',
      body: 'Có thông báo về một văn bản mật; mở ứng dụng để xem.',
    });
    expect(en).toMatchObject({
      title: 'New task — confidential directive',
      body: 'There is a notice about a confidential directive; open the application to read it.',
    });
    for (const user of ['mttq.tinh', 'chutich.mttq'])
      expect(JSON.stringify(await inbox(user, 'en'))).not.toContain(SPY);
    const [{ params }] = await db.query(
      `SELECT n.params FROM notifications n JOIN users u ON u.id = n.user_id WHERE n.task_id = $1 AND u.username = $2`,
      [secretTask, p.user('mttq.tinh')],
    );
    expect(params).toEqual({ secret: true });
  });

  it('writes no words: the rows hold the kind and its parameters only', async () => {
    const rows: { title: string | null; body: string | null; params: Record<string, unknown> }[] = await db.query(
      'SELECT title, body, params FROM notifications WHERE task_id = $1',
      [plainTask],
    );
    expect(rows.length).toBe(2);
    for (const row of rows) {
      expect(row).toMatchObject({ title: null, body: null });
      expect(row.params).toMatchObject({ documentNumber: data.number, taskTitle: data.task });
    }
  });

  it('shows a row written before (glued text, no parameters) by each reader’s half', async () => {
    const users = await db
      .getRepository(UserEntity)
      .findBy([{ username: p.user('mttq.tinh') }, { username: p.user('chutich.mttq') }]);
    for (const user of users)
      await db.query(
        `INSERT INTO notifications (notice_id, user_id, unit_id, kind, task_id, title, body)
         VALUES ($1, $2, $3, 'reminder', $4, $5, $6)`,
        [
          `${plainTask}:legacy`,
          user.id,
          p.unit('MTTQ-GL'),
          plainTask,
          `Nhắc hạn: ${data.task} / Deadline reminder`,
          [
            `${data.number} — ${data.title}`,
            `Nhiệm vụ / task: ${data.task}`,
            'Hạn / deadline: 15/12/2026 17:00',
            'Ghi chú / note: Hạn giải trình / explanation due',
          ].join('\n'),
        ],
      );
    const vi = (await inbox('mttq.tinh')).find((n) => n.kind === 'reminder' && n.taskId === plainTask)!;
    expect(vi.title).toBe(`Nhắc hạn: ${data.task}`);
    expect(vi.body.split('\n').slice(1)).toEqual([
      `Nhiệm vụ: ${data.task}`,
      'Hạn: 15/12/2026 17:00',
      'Ghi chú: Hạn giải trình',
    ]);
    expect(problems(vi, 'vi')).toEqual([]);
    const en = (await inbox('chutich.mttq')).find((n) => n.kind === 'reminder' && n.taskId === plainTask)!;
    expect(en.title).toBe('Deadline reminder');
    expect(en.body.split('\n').slice(1)).toEqual([
      `Task: ${data.task}`,
      'Deadline: 15/12/2026 17:00',
      'Note: Explanation due',
    ]);
    expect(problems(en, 'en')).toEqual([]);
  });
});
