import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { connectTestDatabase } from '../support/database';
import { crawl, crawlPlan, leaks, type CrawlCall, type CrawlIds } from '../support/crawler';
import { eventually, S, sleep } from '../support/eventually';
import { Http } from '../support/http';
import { PASSWORD, seedTestProvince, type TestProvince } from '../support/province';
import { startSystem, type RunningSystem } from '../support/system';
import { todayInVietnam } from '../support/dates';

/**
 * The one door for secret content, tried as a crawler (docs/secret-content.md): a secret
 * directive whose every text carries a spy string (tasks, a delegated sub-task, indicators,
 * a report returned with a comment, an extension decided, an explanation answered, a task
 * cancelled with a reason), then every GET operation of the OpenAPI document in every
 * export format, with the real ids, as each reader who is not cleared. No answer may hold
 * a spy. Then the same with an ordinary directive across two sibling communes: neither
 * commune's people may read the other's task texts.
 */
describe('no read path shows secret content or another unit’s task text (crawler)', () => {
  let system: RunningSystem;
  let db: DataSource;
  let p: TestProvince;
  let http: Http;
  let spec: Parameters<typeof crawlPlan>[0];
  const tag = randomUUID().slice(0, 6).toUpperCase();
  const spy = (what: string) => `SPY${tag}${what}`;
  const tokens: Record<string, string> = {};
  const userIds: Record<string, string> = {};
  const ids: CrawlIds = { byCollection: {}, query: {} };
  let secretId = '';
  const secretTasks: Record<string, string> = {};
  /** The secret directive's report and explanation request, and the files attached to its objects. */
  const secretOwners = { report: '', explanation: '' };
  const secretFiles: string[] = [];
  const uploadSessions: string[] = [];
  const called = new Set<string>();
  let calls = 0;

  const as = (who: string) => tokens[who]!;
  const post = (who: string, path: string, body?: unknown) =>
    http.request('POST', `/api/v1${path}`, { token: as(who), body });
  const get = (who: string, path: string) => http.request('GET', `/api/v1${path}`, { token: as(who) });
  /** One file attached to an object, its name carrying a spy (decision 75: names are secret text). */
  const attach = async (who: string, path: string) => {
    const form = new FormData();
    form.append('file', new Blob(['Tệp minh chứng\n']), `Minh chứng ${spy('FILENAME')}.txt`);
    const response = await fetch(`${system.baseUrl}/api/v1${path}/attachments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${as(who)}` },
      body: form,
    });
    expect(response.status).toBe(201);
    secretFiles.push(((await response.json()) as { id: string }).id);
  };
  /** Retries while the task's workflow has not yet taken the action's unit (404/409 until assigned). */
  const until = async (what: string, act: () => Promise<{ status: number; body: any }>, want: number[]) =>
    eventually(what, act, (r) => want.includes(r.status), 60 * S);

  beforeAll(async () => {
    system = await startSystem();
    db = await connectTestDatabase();
    p = await seedTestProvince(db);
    http = new Http(system.baseUrl);
    spec = (await (await fetch(`${system.baseUrl}/docs/openapi.json`)).json()) as typeof spec;
    const admin = await http.login(p.user('admin'), PASSWORD);
    tokens.admin = admin;
    for (const [name, unit] of [
      ['kiemtra.tinh', 'TU-GL'],
      ['kiemtra.xa', 'DU-IAGRAI'],
    ] as const) {
      const created = await http.request('POST', '/api/v1/users', {
        token: admin,
        body: {
          username: p.user(name),
          password: PASSWORD,
          fullName: `Kiểm tra ${name}`,
          role: 'auditor',
          unitId: p.unit(unit),
        },
      });
      expect(created.status).toBe(201);
    }
    for (const name of [
      'kiemtra.tinh',
      'kiemtra.xa',
      'thuongtruc.tu',
      'mttq.tinh',
      'chutich.mttq',
      'hnd.tinh',
      'ca.tinh',
      'qs.tinh',
      'bdt.tinh',
      'bithu.iagrai',
      'mttq.iagrai',
      'bithu.chuse',
      'mttq.chuse',
    ])
      tokens[name] = await http.login(p.user(name), PASSWORD);
    const users = await http.request('GET', '/api/v1/users', { token: admin });
    for (const user of users.body as { id: string; username: string }[]) userIds[user.username] = user.id;
  });
  afterAll(async () => {
    await system?.stop();
    await db?.destroy();
  });

  describe('a secret directive with a spy in every text', () => {
    it('is issued with tasks for the provincial Front and a commune Front', async () => {
      const soon = new Date(Date.now() + 6 * S).toISOString();
      const created = await post('thuongtruc.tu', '/directives', {
        documentNumber: `${1000 + Math.floor(Math.random() * 8000)}-CT/TU`,
        title: `Chỉ thị mật ${spy('TITLE')} về bảo vệ chính trị nội bộ`,
        summary: `Tóm tắt ${spy('SUMMARY')}`,
        issueDate: todayInVietnam(),
        issuingUnitId: p.unit('TU-GL'),
        confidentiality: 'secret',
        tasks: [
          {
            title: `Rà soát ${spy('TASKA')} địa bàn trọng điểm`,
            description: `Mô tả ${spy('DESCA')}`,
            leadUnitId: p.unit('MTTQ-GL'),
            coordinatingUnitIds: [p.unit('CA-GL')],
            deadlineWorkingDays: 10,
            reportTemplate: `Mẫu báo cáo ${spy('TEMPLATE')}`,
            indicators: [{ name: `Chỉ tiêu ${spy('INDICATOR')}`, unitOfMeasure: 'xã', target: 5 }],
          },
          { title: `Nắm tình hình ${spy('TASKB')} ở cơ sở`, leadUnitId: p.unit('MTTQ-IAGRAI'), deadline: soon },
          { title: `Việc sẽ hủy ${spy('TASKC')}`, leadUnitId: p.unit('HND-GL'), deadlineWorkingDays: 5 },
        ],
      });
      expect(created.status).toBe(201);
      secretId = created.body.id;
      [secretTasks.a, secretTasks.b, secretTasks.c] = created.body.tasks.map((t: { id: string }) => t.id);
    });

    it('the provincial Front acknowledges, delegates to the Farmers’ Association and reports', async () => {
      await until('acknowledge', () => post('mttq.tinh', `/tasks/${secretTasks.a}/acknowledge`), [200]);
      const delegated = await post('mttq.tinh', `/tasks/${secretTasks.a}/delegations`, {
        subtasks: [
          {
            leadUnitId: p.unit('HND-GL'),
            title: `Phần việc ${spy('SUBTASK')}`,
            description: `Mô tả ${spy('SUBDESC')}`,
          },
        ],
      });
      expect(delegated).toMatchObject({ status: 201 });
      secretTasks.sub = delegated.body.subtasks?.[0]?.id ?? delegated.body.tasks?.[0]?.id;
      expect(secretTasks.sub).toBeDefined();
      const report = await until(
        'report',
        () =>
          post('mttq.tinh', `/tasks/${secretTasks.a}/reports`, {
            text: `Báo cáo ${spy('REPORT')}`,
            indicatorValues: [{ name: `Chỉ tiêu ${spy('INDICATOR')}`, value: 3, note: `Ghi chú ${spy('VALUENOTE')}` }],
            attachments: [`bao-cao-${spy('ATTACH')}.pdf`],
            subtaskOverrideReason: `Lý do ${spy('OVERRIDE')}`,
          }),
        [200, 201],
      );
      secretOwners.report = report.body.reportId;
      const returned = await post('thuongtruc.tu', `/reports/${report.body.reportId}/review`, {
        outcome: 'returned',
        comment: `Yêu cầu bổ sung ${spy('REVIEW')}`,
      });
      expect(returned.status).toBe(200);
    });

    it('an extension is asked with a reason and decided with a comment', async () => {
      const deadline = new Date(Date.now() + 40 * 24 * 3600 * S).toISOString();
      const asked = await until(
        'extension',
        () =>
          post('hnd.tinh', `/tasks/${secretTasks.sub}/extensions`, {
            deadline,
            reason: `Xin gia hạn ${spy('EXTREASON')}`,
          }),
        [200, 201],
      );
      const requestId = asked.body.requestId ?? asked.body.id;
      const decided = await until(
        'decision',
        () =>
          post('mttq.tinh', `/tasks/${secretTasks.sub}/extensions/${requestId}/decision`, {
            approve: false,
            comment: `Không đồng ý ${spy('DECISION')}`,
          }),
        [200, 201],
      );
      expect(decided.status).toBeLessThan(300);
    });

    it('the commune task falls late; the issuer asks for an explanation and the commune answers', async () => {
      await until('acknowledge b', () => post('mttq.iagrai', `/tasks/${secretTasks.b}/acknowledge`), [200]);
      await eventually(
        'task b overdue',
        () => get('thuongtruc.tu', `/tasks/${secretTasks.b}`),
        (r) => r.body.status === 'overdue',
        60 * S,
      );
      const asked = await post('thuongtruc.tu', `/tasks/${secretTasks.b}/explanations`, {
        workingDays: 2,
        note: `Đề nghị giải trình ${spy('EXPLNOTE')}`,
      });
      expect(asked.status).toBe(201);
      const answered = await until(
        'answer',
        () =>
          post('mttq.iagrai', `/explanations/${asked.body.explanationId}/answer`, {
            reasonCategory: 'other',
            answer: `Giải trình ${spy('EXPLANSWER')}`,
          }),
        [200],
      );
      expect(answered.body.status).toBe('answered');
      secretOwners.explanation = asked.body.explanationId;
    });

    it('files are attached to the directive, a task, the report and the explanation, each name a spy', async () => {
      await attach('thuongtruc.tu', `/directives/${secretId}`);
      await attach('mttq.tinh', `/tasks/${secretTasks.a}`);
      await attach('mttq.tinh', `/reports/${secretOwners.report}`);
      await attach('mttq.iagrai', `/explanations/${secretOwners.explanation}`);
      // A resumable upload under way, its name a spy too (decision 82): only its sender reads it.
      const session = await post('mttq.tinh', `/tasks/${secretTasks.a}/uploads`, {
        name: `Biên bản ${spy('FILENAME')}.pdf`,
        size: 1024,
      });
      expect(session.status).toBe(201);
      uploadSessions.push(session.body.id);
    });

    it('a task is cancelled by amendment with a reason', async () => {
      const amended = await until(
        'cancel',
        () =>
          post('thuongtruc.tu', `/directives/${secretId}/amendments`, {
            kind: 'cancel_task',
            taskId: secretTasks.c,
            reason: `Hủy vì ${spy('CANCEL')}`,
          }),
        [200, 201],
      );
      expect(amended.status).toBeLessThan(300);
      await eventually(
        'cancelled',
        () => get('thuongtruc.tu', `/tasks/${secretTasks.c}`),
        (r) => r.body.status === 'cancelled',
      );
    });

    const secretSpies = () =>
      [
        'TITLE',
        'SUMMARY',
        'TASKA',
        'DESCA',
        'TEMPLATE',
        'INDICATOR',
        'TASKB',
        'TASKC',
        'SUBTASK',
        'SUBDESC',
        'REPORT',
        'VALUENOTE',
        'ATTACH',
        'REVIEW',
        'EXTREASON',
        'DECISION',
        'EXPLNOTE',
        'EXPLANSWER',
        'CANCEL',
        'FILENAME',
      ].map(spy);

    const plan = (): CrawlCall[] => {
      const taskIds = Object.values(secretTasks);
      ids.byCollection = {
        directives: [secretId],
        tasks: taskIds,
        units: ['TU-GL', 'MTTQ-GL', 'CA-GL', 'HND-GL', 'MTTQ-IAGRAI', 'DU-IAGRAI'].map((code) => p.unit(code)),
        users: ['thuongtruc.tu', 'mttq.tinh', 'hnd.tinh', 'mttq.iagrai'].map((name) => userIds[p.user(name)]!),
        'reporting-cycles': [randomUUID()],
        // A draft is seen by its unit and its approver only (decision 74); none is secret here.
        drafts: [randomUUID()],
        // A reorganisation plan holds unit codes and names, no directive's text (decision 77).
        reorganisations: [randomUUID()],
        'reporting-rounds': [secretId],
        reports: [secretOwners.report],
        explanations: [secretOwners.explanation],
        attachments: secretFiles,
        uploads: uploadSessions,
      };
      ids.query = {
        q: [spy('TITLE'), `Chỉ thị mật ${spy('TITLE')}`],
        directiveId: [secretId],
        unitId: [p.unit('MTTQ-GL'), p.unit('MTTQ-IAGRAI')],
        taskId: taskIds,
      };
      const { calls, operations, missing } = crawlPlan(spec, ids);
      expect(missing).toEqual([]);
      for (const operation of operations) called.add(operation);
      return [...calls, { operation: 'GET /metrics', url: '/metrics' }];
    };

    it('the spies are there to be found: the lead unit’s officer reads every one of them', async () => {
      // The control: a crawler that found nothing because there was nothing must not pass.
      const answers = await crawl(system.baseUrl, as('mttq.tinh'), plan());
      const seen = new Set(leaks(answers, secretSpies()).flatMap((leak) => leak.spies));
      expect(secretSpies().filter((s) => !seen.has(s) && !/TASKB|EXPL/.test(s))).toEqual([]);
    });

    it.each([
      ['an auditor of the province without clearance', 'kiemtra.tinh'],
      ['an auditor of a commune without clearance', 'kiemtra.xa'],
      ['an officer of an unrelated unit', 'bdt.tinh'],
      ['an officer of a coordinating unit’s sibling', 'qs.tinh'],
      ['a commune leader above the commune task’s unit', 'bithu.iagrai'],
      ['a leader elsewhere', 'bithu.chuse'],
    ])('%s reads no spy on any GET operation, in any format', async (_who, name) => {
      const calls_ = plan();
      const answers = await crawl(system.baseUrl, as(name), calls_);
      calls += answers.length;
      expect(answers.filter((a) => a.status >= 500).map((a) => `${a.status} ${a.url}`)).toEqual([]);
      expect(leaks(answers, secretSpies())).toEqual([]);
    });

    it('searching for the secret title finds nothing for those not cleared, and the directive for the issuer', async () => {
      for (const name of ['kiemtra.tinh', 'qs.tinh', 'bithu.iagrai']) {
        const found = await get(name, `/directives?q=${encodeURIComponent(spy('TITLE'))}&limit=50`);
        expect(found.body).toMatchObject({ items: [], total: 0 });
      }
      const issuer = await get('thuongtruc.tu', `/directives?q=${encodeURIComponent(spy('TITLE'))}`);
      expect(issuer.body.items.map((d: { id: string }) => d.id)).toEqual([secretId]);
    });
  });

  describe('an ordinary directive to two sibling communes', () => {
    const commune: Record<string, { task: string; spies: string[] }> = {};
    let directiveId = '';

    it('is issued, and each commune reports, asks for more time and is asked to explain', async () => {
      const soon = new Date(Date.now() + 6 * S).toISOString();
      const created = await post('thuongtruc.tu', '/directives', {
        documentNumber: `${1000 + Math.floor(Math.random() * 8000)}-KH/TU`,
        title: 'Kế hoạch dân vận khéo ở hai xã',
        issueDate: todayInVietnam(),
        issuingUnitId: p.unit('TU-GL'),
        tasks: [
          { title: `Việc của Ia Grai ${spy('IAGRAI')}`, leadUnitId: p.unit('MTTQ-IAGRAI'), deadline: soon },
          { title: `Việc của Chư Sê ${spy('CHUSE')}`, leadUnitId: p.unit('MTTQ-CHUSE'), deadline: soon },
        ],
      });
      expect(created.status).toBe(201);
      directiveId = created.body.id;
      const [iagrai, chuse] = created.body.tasks.map((t: { id: string }) => t.id);
      for (const [slug, task] of [
        ['iagrai', iagrai],
        ['chuse', chuse],
      ] as const) {
        const officer = `mttq.${slug}`;
        const S_ = (what: string) => spy(`${slug.toUpperCase()}${what}`);
        await until(`ack ${slug}`, () => post(officer, `/tasks/${task}/acknowledge`), [200]);
        await eventually(
          `${slug} overdue`,
          () => get('thuongtruc.tu', `/tasks/${task}`),
          (r) => r.body.status === 'overdue',
          60 * S,
        );
        const asked = await post('thuongtruc.tu', `/tasks/${task}/explanations`, { note: `Giải trình ${S_('NOTE')}` });
        expect(asked.status).toBe(201);
        await until(
          `answer ${slug}`,
          () =>
            post(officer, `/explanations/${asked.body.explanationId}/answer`, {
              reasonCategory: 'other',
              answer: `Vì ${S_('ANSWER')}`,
            }),
          [200],
        );
        await until(
          `extension ${slug}`,
          () =>
            post(officer, `/tasks/${task}/extensions`, {
              deadline: new Date(Date.now() + 30 * 24 * 3600 * S).toISOString(),
              reason: `Gia hạn ${S_('EXT')}`,
            }),
          [200, 201],
        );
        await until(
          `report ${slug}`,
          () => post(officer, `/tasks/${task}/reports`, { text: `Báo cáo ${S_('REPORT')}` }),
          [200, 201],
        );
        commune[slug] = { task, spies: [spy(slug.toUpperCase()), ...['NOTE', 'ANSWER', 'EXT', 'REPORT'].map(S_)] };
      }
      await sleep(500);
    });

    it.each([
      ['Ia Grai’s leader', 'bithu.iagrai', 'chuse'],
      ['Ia Grai’s Front officer', 'mttq.iagrai', 'chuse'],
      ['a commune auditor of Ia Grai', 'kiemtra.xa', 'chuse'],
      ['Chư Sê’s leader', 'bithu.chuse', 'iagrai'],
      ['Chư Sê’s Front officer', 'mttq.chuse', 'iagrai'],
    ])('%s reads none of the other commune’s task texts', async (_who, name, other) => {
      ids.byCollection = {
        directives: [directiveId],
        tasks: [commune.iagrai!.task, commune.chuse!.task],
        units: ['MTTQ-IAGRAI', 'MTTQ-CHUSE', 'DU-IAGRAI', 'DU-CHUSE', 'TU-GL'].map((code) => p.unit(code)),
        users: ['mttq.iagrai', 'mttq.chuse', 'thuongtruc.tu'].map((n) => userIds[p.user(n)]!),
        'reporting-cycles': [randomUUID()],
        // A draft is seen by its unit and its approver only (decision 74); none is secret here.
        drafts: [randomUUID()],
        // A reorganisation plan holds unit codes and names, no directive's text (decision 77).
        reorganisations: [randomUUID()],
        'reporting-rounds': [directiveId],
      };
      ids.query = { directiveId: [directiveId], unitId: [p.unit('MTTQ-IAGRAI'), p.unit('MTTQ-CHUSE')] };
      const { calls: planned, operations } = crawlPlan(spec, ids);
      for (const operation of operations) called.add(operation);
      const answers = await crawl(system.baseUrl, as(name), planned);
      calls += answers.length;
      expect(answers.filter((a) => a.status >= 500).map((a) => `${a.status} ${a.url}`)).toEqual([]);
      expect(leaks(answers, commune[other]!.spies)).toEqual([]);
      // …while its own commune's texts are there (the crawl reached them).
      const own = other === 'chuse' ? 'iagrai' : 'chuse';
      if (!name.startsWith('kiemtra')) expect(leaks(answers, commune[own]!.spies).length).toBeGreaterThan(0);
    });
  });

  it('called every GET operation of the document', () => {
    const all = Object.entries(spec.paths).filter(([, methods]) => methods.get).length;
    expect(called.size).toBe(all);
    // The figure for the closing note: operations and calls made as readers not cleared.
    process.stdout.write(`secret crawler: ${called.size} GET operations, ${calls} calls\n`);
  });
});
