import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { DirectiveEntity } from '@dondoc/persistence';
import { connectTestDatabase } from '../support/database';
import { todayInVietnam } from '../support/dates';
import { Http } from '../support/http';
import { PASSWORD, seed000Body, seedTestProvince, type TestProvince } from '../support/province';
import { startSystem, type RunningSystem } from '../support/system';

/**
 * Who may see and do what (issue 3): a user acts within their unit and its subtree;
 * a unit's tasks are visible to it and to every ancestor; directives go only to
 * units in the issuer's subtree.
 */
describe('access matrix and bad input (HTTP, real PostgreSQL)', () => {
  let system: RunningSystem;
  let db: DataSource;
  let p: TestProvince;
  let http: Http;
  const today = todayInVietnam();
  const ids: Record<string, string> = {};
  const number = (type = 'KH') => `${Math.floor(Math.random() * 90_000) + 1000}-${type}/TU`;

  const as = (user: string) => http.login(p.user(user), PASSWORD);
  const call = async (user: string | null, method: string, path: string, body?: unknown) =>
    http.request(
      method,
      path.replace(/:([\w-]+)/g, (_, key: string) => ids[key] ?? p.unit(key)),
      {
        token: user ? await as(user) : undefined,
        body,
      },
    );

  beforeAll(async () => {
    [system, db] = await Promise.all([startSystem({ LOGIN_MAX_ATTEMPTS: '3' }), connectTestDatabase()]);
    p = await seedTestProvince(db);
    http = new Http(system.baseUrl);
    const province = await call('thuongtruc.tu', 'POST', '/api/v1/directives', seed000Body(p, today, number()));
    ids.province = province.body.id;
    const commune = await call('bithu.iagrai', 'POST', '/api/v1/directives', {
      documentNumber: '03-KH/ĐU',
      title: 'Kế hoạch tổ chức đối thoại giữa Bí thư Đảng ủy xã với Nhân dân',
      issueDate: today,
      issuingUnitId: p.unit('DU-IAGRAI'),
      tasks: [
        { title: 'Tổng hợp kiến nghị của Nhân dân', leadUnitId: p.unit('MTTQ-IAGRAI'), deadlineWorkingDays: 10 },
        { title: 'Bảo đảm an ninh trật tự hội nghị', leadUnitId: p.unit('CA-IAGRAI'), deadlineWorkingDays: 9 },
      ],
    });
    expect(commune.status).toBe(201);
    ids.commune = commune.body.id;
  });
  afterAll(async () => {
    await system?.stop();
    await db?.destroy();
  });

  const task = (unit: string) => ({ title: 'Nhiệm vụ kiểm thử', leadUnitId: p.unit(unit), deadlineWorkingDays: 5 });
  const directive = (issuer: string, ...units: string[]) => ({
    documentNumber: number(),
    title: 'Văn bản kiểm thử phân quyền',
    issueDate: today,
    issuingUnitId: p.unit(issuer),
    tasks: units.map(task),
  });

  type Case = [
    description: string,
    user: string | null,
    method: string,
    path: string,
    body: (() => unknown) | undefined,
    status: number,
  ];
  const matrix: Case[] = [
    [
      'a commune officer cannot read a sibling commune’s directive',
      'mttq.chuse',
      'GET',
      '/api/v1/directives/:commune',
      undefined,
      404,
    ],
    [
      'a commune leader cannot read a sibling commune’s directive',
      'bithu.chuse',
      'GET',
      '/api/v1/directives/:commune',
      undefined,
      404,
    ],
    [
      'the provincial leader sees a commune’s directive',
      'thuongtruc.tu',
      'GET',
      '/api/v1/directives/:commune',
      undefined,
      200,
    ],
    ['the commune leader sees its own directive', 'bithu.iagrai', 'GET', '/api/v1/directives/:commune', undefined, 200],
    [
      'an assigned commune unit sees the directive',
      'mttq.iagrai',
      'GET',
      '/api/v1/directives/:commune',
      undefined,
      200,
    ],
    [
      'a provincial agency outside the branch does not',
      'ca.tinh',
      'GET',
      '/api/v1/directives/:commune',
      undefined,
      404,
    ],
    [
      'an assigned provincial board sees the province directive',
      'bdv.tinh',
      'GET',
      '/api/v1/directives/:province',
      undefined,
      200,
    ],
    [
      'a coordinating commune body sees the province directive',
      'mttq.chuse',
      'GET',
      '/api/v1/directives/:province',
      undefined,
      200,
    ],
    [
      'a commune leader issues to its own units',
      'bithu.iagrai',
      'POST',
      '/api/v1/directives',
      () => directive('DU-IAGRAI', 'MTTQ-IAGRAI', 'UBND-IAGRAI'),
      201,
    ],
    [
      'a commune leader cannot issue to another commune',
      'bithu.iagrai',
      'POST',
      '/api/v1/directives',
      () => directive('DU-IAGRAI', 'MTTQ-CHUSE'),
      403,
    ],
    [
      'an officer cannot issue in the name of a unit above',
      'bdv.tinh',
      'POST',
      '/api/v1/directives',
      () => directive('TU-GL', 'BDV-TU'),
      403,
    ],
    [
      'an officer issues to a unit below its own',
      'mttq.iagrai',
      'POST',
      '/api/v1/directives',
      () => directive('MTTQ-IAGRAI', 'HND-IAGRAI'),
      201,
    ],
    [
      'an officer cannot issue to its parent unit',
      'mttq.iagrai',
      'POST',
      '/api/v1/directives',
      () => directive('MTTQ-IAGRAI', 'DU-IAGRAI'),
      403,
    ],
    [
      'the provincial leader issues to any unit below',
      'thuongtruc.tu',
      'POST',
      '/api/v1/directives',
      () => directive('TU-GL', 'HND-CHUSE', 'CA-GL'),
      201,
    ],
    [
      'a sibling commune cannot cancel the directive',
      'bithu.chuse',
      'POST',
      '/api/v1/directives/:commune/cancel',
      () => ({ reason: 'x' }),
      404,
    ],
    [
      'an assigned unit cannot cancel its issuer’s directive',
      'mttq.iagrai',
      'POST',
      '/api/v1/directives/:commune/cancel',
      () => ({ reason: 'x' }),
      403,
    ],
    [
      'the provincial leader may amend a commune directive',
      'thuongtruc.tu',
      'POST',
      '/api/v1/directives/:commune/amendments',
      () => ({ kind: 'add_task', task: task('HND-IAGRAI') }),
      200,
    ],
    [
      'an officer may not create units',
      'bdv.tinh',
      'POST',
      '/api/v1/units',
      () => ({ code: `X-${randomUUID().slice(0, 6)}`, name: 'Đơn vị', kind: 'other', parentId: p.unit('BDV-TU') }),
      403,
    ],
    [
      'an admin creates units',
      'admin',
      'POST',
      '/api/v1/units',
      () => ({ code: `X-${randomUUID().slice(0, 6)}`, name: 'Tổ dân vận', kind: 'other', parentId: p.unit('BDV-TU') }),
      201,
    ],
    [
      'a commune officer cannot read another commune’s unit',
      'mttq.iagrai',
      'GET',
      '/api/v1/units/:UBND-CHUSE',
      undefined,
      404,
    ],
    ['a commune leader reads units below it', 'bithu.iagrai', 'GET', '/api/v1/units/:CA-IAGRAI', undefined, 200],
    [
      'a commune leader cannot read the province’s subtree',
      'bithu.iagrai',
      'GET',
      '/api/v1/units/:TU-GL/subtree',
      undefined,
      404,
    ],
    ['no token, no list', null, 'GET', '/api/v1/directives', undefined, 401],
    [
      'a commune leader cannot filter by another commune',
      'bithu.chuse',
      'GET',
      '/api/v1/directives?unitId=:DU-IAGRAI',
      undefined,
      404,
    ],
    [
      'an officer cannot change the calendar',
      'bdv.tinh',
      'PUT',
      '/api/v1/calendar/overrides/2026-12-31',
      () => ({ kind: 'day_off', note: 'x' }),
      403,
    ],
    [
      'an admin changes the calendar',
      'admin',
      'PUT',
      '/api/v1/calendar/overrides/2030-12-31',
      () => ({ kind: 'day_off', note: 'Nghỉ bù thử nghiệm' }),
      200,
    ],
    ['any signed-in user reads the calendar', 'mttq.iagrai', 'GET', '/api/v1/calendar?year=2026', undefined, 200],
    [
      'an officer cannot create users',
      'bithu.iagrai',
      'POST',
      '/api/v1/users',
      () => ({
        username: `u${randomUUID().slice(0, 6)}`,
        password: 'mat-khau-dai-du',
        fullName: 'A',
        role: 'officer',
        unitId: p.unit('CA-IAGRAI'),
      }),
      403,
    ],
  ];

  it.each(matrix)('%s', async (_description, user, method, path, body, status) => {
    const response = await call(user, method, path, body?.());
    expect({ status: response.status, body: response.body }).toMatchObject({ status });
    if (status >= 400) expect(response.body.details?.length ?? 0).toBeGreaterThanOrEqual(status === 404 ? 1 : 0);
  });

  it('shows an assigned unit only its own tasks of a directive, and its ancestors all of them', async () => {
    const chuse = await call('mttq.chuse', 'GET', '/api/v1/directives/:province');
    expect(chuse.body.tasks.map((t: { leadUnit: { code: string } }) => t.leadUnit.code)).toEqual([
      `${p.prefix}-HND-GL`,
    ]);
    const board = await call('bdv.tinh', 'GET', '/api/v1/directives/:province');
    expect(board.body.tasks).toHaveLength(4);
    const leader = await call('thuongtruc.tu', 'GET', '/api/v1/directives/:province');
    expect(leader.body.tasks).toHaveLength(8);
    const commune = await call('mttq.iagrai', 'GET', '/api/v1/directives/:commune');
    const codes = commune.body.tasks.map((t: { leadUnit: { code: string } }) => t.leadUnit.code);
    expect(codes).toContain(`${p.prefix}-MTTQ-IAGRAI`);
    expect(codes).not.toContain(`${p.prefix}-CA-IAGRAI`);
  });

  it('lists to each user only the directives of its branch', async () => {
    const iagrai = await call('mttq.iagrai', 'GET', '/api/v1/directives?limit=500');
    expect(iagrai.body.items.map((d: { id: string }) => d.id)).toEqual(
      expect.arrayContaining([ids.commune, ids.province]),
    );
    const chuse = await call('bithu.chuse', 'GET', '/api/v1/directives?limit=500');
    expect(chuse.body.items.map((d: { id: string }) => d.id)).not.toContain(ids.commune);
    const users = await call('bithu.iagrai', 'GET', '/api/v1/users');
    expect(users.body.map((u: { username: string }) => u.username).sort()).toEqual(
      [p.user('bithu.iagrai'), p.user('mttq.iagrai')].sort(),
    );
  });

  it('refuses a bad token and rate-limits failed logins', async () => {
    expect((await http.request('GET', '/api/v1/directives', { token: 'not.a.token' })).status).toBe(401);
    const username = p.user('vp.tu');
    const attempt = () => http.request('POST', '/api/v1/auth/login', { body: { username, password: 'sai-mat-khau' } });
    expect((await attempt()).status).toBe(401);
    expect((await attempt()).status).toBe(401);
    expect((await attempt()).status).toBe(401);
    const limited = await attempt();
    expect(limited.status).toBe(429);
    expect(limited.body.details[0].field).toBe('username');
    const right = await http.request('POST', '/api/v1/auth/login', { body: { username, password: PASSWORD } });
    expect(right.status).toBe(429);
  });

  describe('bad input: a clear 4xx naming the field, and nothing written', () => {
    const valid = () => directive('TU-GL', 'BDV-TU');
    const withTask = (patch: Record<string, unknown>) => () => ({
      ...valid(),
      tasks: [{ ...task('BDV-TU'), ...patch }],
    });
    const without = (field: string) => () => {
      const body: Record<string, unknown> = valid();
      delete body[field];
      return body;
    };
    type Bad = [description: string, method: string, path: string, body: () => unknown, status: number, field: string];
    const table: Bad[] = [
      ['no document number', 'POST', '/api/v1/directives', without('documentNumber'), 400, 'documentNumber'],
      [
        'a document number of the wrong shape',
        'POST',
        '/api/v1/directives',
        () => ({ ...valid(), documentNumber: 'abc' }),
        400,
        'documentNumber',
      ],
      [
        'an unknown document type',
        'POST',
        '/api/v1/directives',
        () => ({ ...valid(), documentNumber: '12-XYZ/TU' }),
        400,
        'documentNumber',
      ],
      ['an empty title', 'POST', '/api/v1/directives', () => ({ ...valid(), title: '' }), 400, 'title'],
      [
        'a title of 600 characters',
        'POST',
        '/api/v1/directives',
        () => ({ ...valid(), title: 'a'.repeat(600) }),
        400,
        'title',
      ],
      [
        'an impossible issue date',
        'POST',
        '/api/v1/directives',
        () => ({ ...valid(), issueDate: '2026-02-30' }),
        400,
        'issueDate',
      ],
      [
        'an issue date in dd/MM/yyyy',
        'POST',
        '/api/v1/directives',
        () => ({ ...valid(), issueDate: '23/11/2026' }),
        400,
        'issueDate',
      ],
      [
        'an issuing unit that is no UUID',
        'POST',
        '/api/v1/directives',
        () => ({ ...valid(), issuingUnitId: 'x' }),
        400,
        'issuingUnitId',
      ],
      [
        'an unknown issuing unit',
        'POST',
        '/api/v1/directives',
        () => ({ ...valid(), issuingUnitId: randomUUID() }),
        400,
        'issuingUnitId',
      ],
      [
        'an unknown confidentiality',
        'POST',
        '/api/v1/directives',
        () => ({ ...valid(), confidentiality: 'top' }),
        400,
        'confidentiality',
      ],
      ['an unknown urgency', 'POST', '/api/v1/directives', () => ({ ...valid(), urgency: 'very' }), 400, 'urgency'],
      ['no tasks', 'POST', '/api/v1/directives', () => ({ ...valid(), tasks: [] }), 400, 'tasks'],
      ['tasks missing', 'POST', '/api/v1/directives', without('tasks'), 400, 'tasks'],
      ['tasks not a list', 'POST', '/api/v1/directives', () => ({ ...valid(), tasks: 'x' }), 400, 'tasks'],
      ['a task without a title', 'POST', '/api/v1/directives', withTask({ title: undefined }), 400, 'tasks.0.title'],
      [
        'a task without a lead unit',
        'POST',
        '/api/v1/directives',
        withTask({ leadUnitId: undefined }),
        400,
        'tasks.0.leadUnitId',
      ],
      [
        'a task with an unknown lead unit',
        'POST',
        '/api/v1/directives',
        withTask({ leadUnitId: randomUUID() }),
        400,
        'tasks.0.leadUnitId',
      ],
      [
        'both a deadline and working days',
        'POST',
        '/api/v1/directives',
        withTask({ deadline: '2099-01-01T17:00:00+07:00' }),
        400,
        'tasks.0.deadline',
      ],
      [
        'neither deadline nor working days',
        'POST',
        '/api/v1/directives',
        withTask({ deadlineWorkingDays: undefined }),
        400,
        'tasks.0.deadline',
      ],
      [
        'a deadline without an offset',
        'POST',
        '/api/v1/directives',
        withTask({ deadlineWorkingDays: undefined, deadline: '2099-01-01T17:00:00' }),
        400,
        'tasks.0.deadline',
      ],
      [
        'a deadline in the past',
        'POST',
        '/api/v1/directives',
        withTask({ deadlineWorkingDays: undefined, deadline: '2020-01-01T17:00:00+07:00' }),
        400,
        'tasks.0.deadline',
      ],
      [
        'zero working days',
        'POST',
        '/api/v1/directives',
        withTask({ deadlineWorkingDays: 0 }),
        400,
        'tasks.0.deadlineWorkingDays',
      ],
      [
        'fractional working days',
        'POST',
        '/api/v1/directives',
        withTask({ deadlineWorkingDays: 1.5 }),
        400,
        'tasks.0.deadlineWorkingDays',
      ],
      [
        'working days already past from an old issue date',
        'POST',
        '/api/v1/directives',
        () => ({ ...valid(), issueDate: '2020-01-02' }),
        400,
        'tasks.0.deadlineWorkingDays',
      ],
      [
        'a coordinating unit that is no UUID',
        'POST',
        '/api/v1/directives',
        withTask({ coordinatingUnitIds: ['x'] }),
        400,
        'tasks.0.coordinatingUnitIds',
      ],
      [
        'the lead unit also coordinating',
        'POST',
        '/api/v1/directives',
        () => withTask({ coordinatingUnitIds: [p.unit('BDV-TU')] })(),
        400,
        'tasks.0.coordinatingUnitIds',
      ],
      [
        'an indicator without a name',
        'POST',
        '/api/v1/directives',
        withTask({ indicators: [{ name: '', unitOfMeasure: 'xã' }] }),
        400,
        'tasks.0.indicators.0.name',
      ],
      [
        'a negative reminder offset',
        'POST',
        '/api/v1/directives',
        withTask({ reminderPolicy: { before: [{ workingDays: -1 }] } }),
        400,
        'tasks.0.reminderPolicy.before.0.workingDays',
      ],
      [
        'an escalation delay that is no duration',
        'POST',
        '/api/v1/directives',
        withTask({ escalationPolicy: { stepDelay: { duration: 'soon' }, repeatAtTop: { workingDays: 1 } } }),
        400,
        'tasks.0.escalationPolicy.stepDelay.duration',
      ],
      [
        'a reminder time that is no HH:mm',
        'POST',
        '/api/v1/directives',
        withTask({ reminderPolicy: { before: [], onDeadlineDayAt: '25:00' } }),
        400,
        'tasks.0.reminderPolicy.onDeadlineDayAt',
      ],
      ['an unknown field', 'POST', '/api/v1/directives', () => ({ ...valid(), extra: 1 }), 400, 'extra'],
      [
        'an unknown unit code shape',
        'POST',
        '/api/v1/units',
        () => ({ code: 'có dấu', name: 'A', kind: 'other', parentId: p.unit('BDV-TU') }),
        400,
        'code',
      ],
      [
        'an unknown unit kind',
        'POST',
        '/api/v1/units',
        () => ({ code: `K-${randomUUID().slice(0, 6)}`, name: 'A', kind: 'planet', parentId: p.unit('BDV-TU') }),
        400,
        'kind',
      ],
      [
        'a move to a parent that is no UUID',
        'POST',
        `/api/v1/units/:MTTQ-GL/move`,
        () => ({ parentId: 'x' }),
        400,
        'parentId',
      ],
      ['a page size of zero', 'GET', '/api/v1/directives?limit=0', () => undefined, 400, 'limit'],
      ['an unknown bucket', 'GET', '/api/v1/directives?bucket=late', () => undefined, 400, 'bucket'],
      ['an id that is no UUID', 'GET', '/api/v1/directives/not-a-uuid', () => undefined, 400, 'id'],
      [
        'an impossible calendar date',
        'PUT',
        '/api/v1/calendar/overrides/2026-13-01',
        () => ({ kind: 'day_off', note: 'x' }),
        400,
        'date',
      ],
      [
        'an amendment of unknown kind',
        'POST',
        '/api/v1/directives/:province/amendments',
        () => ({ kind: 'delete' }),
        400,
        'kind',
      ],
      [
        'a cancellation without a reason',
        'POST',
        '/api/v1/directives/:province/cancel',
        () => ({ reason: '' }),
        400,
        'reason',
      ],
      ['a login without a password', 'POST', '/api/v1/auth/login', () => ({ username: 'a' }), 400, 'password'],
    ];

    let before: number;
    beforeAll(async () => {
      before = await db.getRepository(DirectiveEntity).countBy({ issuingUnitId: p.unit('TU-GL') });
    });

    it.each(table)('%s', async (_description, method, path, body, status, field) => {
      const response = await call('admin', method, path, body());
      expect(response.status).toBe(status);
      expect(response.body.statusCode).toBe(status);
      expect(response.body.details.map((d: { field: string }) => d.field)).toContain(field);
      expect(response.body.details.every((d: { message: string }) => d.message.includes(' / '))).toBe(true);
    });

    it('answers malformed JSON and a bad Idempotency-Key with a 400 naming them', async () => {
      const token = await as('admin');
      const broken = await http.request('POST', '/api/v1/directives', { token, raw: '{"title": ' });
      expect(broken.status).toBe(400);
      expect(broken.body.details[0].field).toBe('body');
      const longKey = await http.request('POST', '/api/v1/directives', {
        token,
        body: valid(),
        headers: { 'Idempotency-Key': 'k'.repeat(201) },
      });
      expect(longKey.status).toBe(400);
      expect(longKey.body.details[0].field).toBe('Idempotency-Key');
    });

    it('wrote nothing for any of them', async () => {
      expect(await db.getRepository(DirectiveEntity).countBy({ issuingUnitId: p.unit('TU-GL') })).toBe(before);
    });
  });
});
