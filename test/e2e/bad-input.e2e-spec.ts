import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { DataSource } from 'typeorm';
import { connectTestDatabase } from '../support/database';
import { todayInVietnam } from '../support/dates';
import { Http } from '../support/http';
import { PASSWORD, seed000Body, seedTestProvince, type TestProvince } from '../support/province';
import { startSystem, type RunningSystem } from '../support/system';

/**
 * The input boundary over HTTP (apps/api/src/common/input-boundary.ts): every kind of
 * bad input found by fuzzing answers a 4xx naming its field, and writes nothing: no
 * row, no audit entry, no workflow (a directive or task change would leave both).
 */
describe('bad input is refused at the boundary (real PostgreSQL and Temporal)', () => {
  let system: RunningSystem;
  let db: DataSource;
  let p: TestProvince;
  let http: Http;
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};
  const today = todayInVietnam();
  const number = () => `${Math.floor(Math.random() * 90_000) + 10_000}-KH/TU`;

  /** Everything this province's users could have written, as one comparable snapshot. */
  async function written(): Promise<unknown> {
    const like = `${p.prefix.toLowerCase()}.%`;
    const [row] = await db.query(
      `SELECT (SELECT count(*) FROM audit_events WHERE actor LIKE $1) AS audit,
              (SELECT count(*) FROM units WHERE code LIKE $2) AS units,
              (SELECT max(updated_at) FROM units WHERE code LIKE $2) AS units_updated,
              (SELECT count(*) FROM users WHERE username LIKE $1) AS users,
              (SELECT count(*) FROM directives WHERE created_by LIKE $1) AS directives,
              (SELECT count(*) FROM task_reports WHERE submitted_by LIKE $1) AS reports,
              (SELECT count(*) FROM extension_requests WHERE requested_by LIKE $1) AS extensions,
              (SELECT count(*) FROM calendar_overrides WHERE updated_by LIKE $1) AS overrides,
              (SELECT count(*) FROM webhook_endpoints WHERE created_by LIKE $1) AS webhooks,
              (SELECT max(pr.updated_at) FROM notification_preferences pr JOIN users u ON u.id = pr.user_id
                WHERE u.username LIKE $1) AS preferences`,
      [like, `${p.prefix}-%`],
    );
    return row;
  }

  beforeAll(async () => {
    [system, db] = await Promise.all([startSystem(), connectTestDatabase()]);
    p = await seedTestProvince(db);
    http = new Http(system.baseUrl);
    for (const name of ['admin', 'thuongtruc.tu', 'bdv.tinh', 'chutich.mttq'])
      tokens[name] = await http.login(p.user(name), PASSWORD);
    const created = await http.request('POST', '/api/v1/directives', {
      token: tokens['thuongtruc.tu'],
      body: seed000Body(p, today, number()),
    });
    expect(created.status).toBe(201);
    ids.directive = created.body.id;
    const bdvTasks = created.body.tasks.filter(
      (t: { leadUnit: { code: string } }) => t.leadUnit.code === `${p.prefix}-BDV-TU`,
    );
    ids.task = bdvTasks[0].id;
    // A report under review, for the review cases.
    let status = 0;
    for (let i = 0; i < 100 && status !== 200; i++) {
      status = (await http.request('POST', `/api/v1/tasks/${ids.task}/acknowledge`, { token: tokens['bdv.tinh'] }))
        .status;
      if (status === 404) await sleep(100);
    }
    expect(status).toBe(200);
    const report = await http.request('POST', `/api/v1/tasks/${ids.task}/reports`, {
      token: tokens['bdv.tinh'],
      body: { text: 'Báo cáo đúng hạn' },
    });
    expect(report.status).toBe(201);
    ids.report = report.body.reportId;
  });
  afterAll(async () => {
    await system?.stop();
    await db?.destroy();
  });

  const NUL = 'a\u0000b';
  const LONE = 'x\udfff';
  const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
  const BIG = '9223372036854775807';
  const directive = (task: Record<string, unknown> = {}, top: Record<string, unknown> = {}) => ({
    documentNumber: number(),
    title: 'Kế hoạch kiểm thử đầu vào',
    issueDate: today,
    tasks: [{ title: 'Nhiệm vụ', leadUnitId: p.unit('BDV-TU'), deadlineWorkingDays: 10, ...task }],
    ...top,
  });

  interface Case {
    name: string;
    method: string;
    path: () => string;
    as?: string;
    body?: () => unknown;
    raw?: () => string;
    contentType?: string;
    status?: number;
    field: string;
  }

  const cases: Case[] = [
    // Deep nesting: refused before anything recursive walks it, even where no token is needed.
    {
      name: 'a body nested 2,000 deep on /auth/login',
      method: 'POST',
      path: () => '/api/v1/auth/login',
      raw: () => `{"username":${deep(2000)},"password":"x"}`,
      field: 'body',
    },
    {
      name: 'a body nested 2,000 deep on a directive',
      method: 'POST',
      path: () => '/api/v1/directives',
      as: 'thuongtruc.tu',
      raw: () => `{"title":${deep(2000)}}`,
      field: 'body',
    },
    // NUL and lone surrogates, wherever text goes.
    {
      name: 'NUL in a login name',
      method: 'POST',
      path: () => '/api/v1/auth/login',
      body: () => ({ username: NUL, password: 'x' }),
      field: 'username',
    },
    {
      name: 'a lone surrogate in a password',
      method: 'POST',
      path: () => '/api/v1/auth/login',
      body: () => ({ username: 'u', password: LONE }),
      field: 'password',
    },
    {
      name: 'NUL in a unit name',
      method: 'POST',
      path: () => '/api/v1/units',
      as: 'admin',
      body: () => ({ code: `${p.prefix}-N1`, name: NUL, kind: 'other', parentId: p.unit('TU-GL') }),
      field: 'name',
    },
    {
      name: 'a lone surrogate in a unit name',
      method: 'POST',
      path: () => '/api/v1/units',
      as: 'admin',
      body: () => ({ code: `${p.prefix}-N2`, name: LONE, kind: 'other', parentId: p.unit('TU-GL') }),
      field: 'name',
    },
    {
      name: 'NUL in a user name',
      method: 'POST',
      path: () => '/api/v1/users',
      as: 'admin',
      body: () => ({
        username: `${p.prefix.toLowerCase()}.nul`,
        password: 'Mật-khẩu-đủ-dài',
        fullName: NUL,
        role: 'officer',
        unitId: p.unit('VP-TU'),
      }),
      field: 'fullName',
    },
    {
      name: 'a lone surrogate in an e-mail address',
      method: 'PUT',
      path: () => '/api/v1/me/preferences',
      as: 'bdv.tinh',
      body: () => ({ email: `a${LONE}@example.vn` }),
      field: 'email',
    },
    {
      name: 'NUL in a unit import (JSON)',
      method: 'POST',
      path: () => '/api/v1/units/import',
      as: 'admin',
      body: () => ({ units: [{ code: `${p.prefix}-I1`, name: NUL, kind: 'other', parentCode: `${p.prefix}-TU-GL` }] }),
      field: 'units.0.name',
    },
    {
      name: 'NUL in a unit import (CSV)',
      method: 'POST',
      path: () => '/api/v1/units/import',
      as: 'admin',
      raw: () => `code,name,kind,parentCode\n${p.prefix}-I2,${NUL},other,${p.prefix}-TU-GL\n`,
      contentType: 'text/csv',
      field: 'body',
    },
    {
      name: 'NUL in a calendar note',
      method: 'PUT',
      path: () => '/api/v1/calendar/overrides/2031-01-04',
      as: 'admin',
      body: () => ({ kind: 'working_day', note: NUL }),
      field: 'note',
    },
    {
      name: 'NUL in a deactivation reason',
      method: 'POST',
      path: () => `/api/v1/units/${p.unit('VP-TU')}/deactivate`,
      as: 'admin',
      body: () => ({ successorId: p.unit('BDV-TU'), reason: NUL }),
      field: 'reason',
    },
    {
      name: 'NUL in a directive title',
      method: 'POST',
      path: () => '/api/v1/directives',
      as: 'thuongtruc.tu',
      body: () => directive({}, { title: NUL }),
      field: 'title',
    },
    {
      name: 'a lone surrogate in a task title',
      method: 'POST',
      path: () => '/api/v1/directives',
      as: 'thuongtruc.tu',
      body: () => directive({ title: LONE }),
      field: 'tasks.0.title',
    },
    {
      name: 'NUL in an amendment reason',
      method: 'POST',
      path: () => `/api/v1/directives/${ids.directive}/amendments`,
      as: 'thuongtruc.tu',
      body: () => ({ kind: 'cancel_task', taskId: ids.task, reason: NUL }),
      field: 'reason',
    },
    {
      name: 'NUL in a cancel reason',
      method: 'POST',
      path: () => `/api/v1/directives/${ids.directive}/cancel`,
      as: 'thuongtruc.tu',
      body: () => ({ reason: NUL }),
      field: 'reason',
    },
    {
      name: 'NUL in a report',
      method: 'POST',
      path: () => `/api/v1/tasks/${ids.task}/reports`,
      as: 'bdv.tinh',
      body: () => ({ text: NUL }),
      field: 'text',
    },
    {
      name: 'NUL in a review comment',
      method: 'POST',
      path: () => `/api/v1/reports/${ids.report}/review`,
      as: 'thuongtruc.tu',
      body: () => ({ outcome: 'returned', comment: NUL }),
      field: 'comment',
    },
    {
      name: 'NUL in an extension reason',
      method: 'POST',
      path: () => `/api/v1/tasks/${ids.task}/extensions`,
      as: 'bdv.tinh',
      body: () => ({ deadline: '2030-01-10T17:00:00+07:00', reason: NUL }),
      field: 'reason',
    },
    {
      name: 'NUL in an extension decision',
      method: 'POST',
      path: () => `/api/v1/tasks/${ids.task}/extensions/${randomUUID()}/decision`,
      as: 'thuongtruc.tu',
      body: () => ({ approve: false, comment: NUL }),
      field: 'comment',
    },
    {
      name: 'a lone surrogate in a sub-task title',
      method: 'POST',
      path: () => `/api/v1/tasks/${ids.task}/delegations`,
      as: 'bdv.tinh',
      body: () => ({ subtasks: [{ leadUnitId: p.unit('BDV-TU'), title: LONE }] }),
      field: 'subtasks.0.title',
    },
    // Control characters (C0, DEL, C1) in names and codes; tab and line breaks outside multi-line text.
    {
      name: 'U+0002 in a unit name (PATCH)',
      method: 'PATCH',
      path: () => `/api/v1/units/${p.unit('VP-TU')}`,
      as: 'admin',
      body: () => ({ name: 'Văn phòng\u0002 Tỉnh ủy' }),
      field: 'name',
    },
    {
      name: 'U+0005 in a head title (PATCH)',
      method: 'PATCH',
      path: () => `/api/v1/units/${p.unit('VP-TU')}`,
      as: 'admin',
      body: () => ({ headTitle: 'Chánh\u0005Văn phòng' }),
      field: 'headTitle',
    },
    {
      name: 'U+0006 in a unit code (PATCH)',
      method: 'PATCH',
      path: () => `/api/v1/units/${p.unit('VP-TU')}`,
      as: 'admin',
      body: () => ({ code: `${p.prefix}-VP\u0006` }),
      field: 'code',
    },
    {
      name: 'DEL in a head name',
      method: 'POST',
      path: () => '/api/v1/units',
      as: 'admin',
      body: () => ({
        code: `${p.prefix}-C1`,
        name: 'Ban mới',
        headName: 'Nguyễn\u007f Văn A',
        kind: 'other',
        parentId: p.unit('TU-GL'),
      }),
      field: 'headName',
    },
    {
      name: 'a line break in a unit name',
      method: 'POST',
      path: () => '/api/v1/units',
      as: 'admin',
      body: () => ({ code: `${p.prefix}-C2`, name: 'Ban\nmới', kind: 'other', parentId: p.unit('TU-GL') }),
      field: 'name',
    },
    {
      name: 'U+0085 (C1) in a unit import (JSON)',
      method: 'POST',
      path: () => '/api/v1/units/import',
      as: 'admin',
      body: () => ({
        units: [{ code: `${p.prefix}-I3`, name: 'Xã\u0085Mới', kind: 'other', parentCode: `${p.prefix}-TU-GL` }],
      }),
      field: 'units.0.name',
    },
    {
      name: 'a tab in a unit import (CSV)',
      method: 'POST',
      path: () => '/api/v1/units/import',
      as: 'admin',
      raw: () => `code,name,kind,parentCode\n${p.prefix}-I4,"Xã\tMới",other,${p.prefix}-TU-GL\n`,
      contentType: 'text/csv',
      field: 'line 2: name',
    },
    {
      name: 'U+001B in a user’s full name',
      method: 'POST',
      path: () => '/api/v1/users',
      as: 'admin',
      body: () => ({
        username: `${p.prefix.toLowerCase()}.esc`,
        password: 'Mật-khẩu-đủ-dài',
        fullName: 'Trần\u001b[31m Thị Hoa',
        role: 'officer',
        unitId: p.unit('VP-TU'),
      }),
      field: 'fullName',
    },
    {
      name: 'a line break in a directive title',
      method: 'POST',
      path: () => '/api/v1/directives',
      as: 'thuongtruc.tu',
      body: () => directive({}, { title: 'Kế hoạch\r\nkiểm thử' }),
      field: 'title',
    },
    {
      name: 'U+0002 in a task title',
      method: 'POST',
      path: () => '/api/v1/directives',
      as: 'thuongtruc.tu',
      body: () => directive({ title: 'Nhiệm\u0002vụ' }),
      field: 'tasks.0.title',
    },
    {
      name: 'U+0008 in a directive summary (multi-line, still no other controls)',
      method: 'POST',
      path: () => '/api/v1/directives',
      as: 'thuongtruc.tu',
      body: () => directive({}, { summary: 'Dòng 1\nDòng\u0008 2' }),
      field: 'summary',
    },
    {
      name: 'a tab in a sub-task title',
      method: 'POST',
      path: () => `/api/v1/tasks/${ids.task}/delegations`,
      as: 'bdv.tinh',
      body: () => ({ subtasks: [{ leadUnitId: p.unit('BDV-TU'), title: 'Việc\tcon' }] }),
      field: 'subtasks.0.title',
    },
    {
      name: 'U+009B (C1) in a report',
      method: 'POST',
      path: () => `/api/v1/tasks/${ids.task}/reports`,
      as: 'bdv.tinh',
      body: () => ({ text: 'Báo cáo\u009b' }),
      field: 'text',
    },
    {
      name: 'a line break in a calendar note',
      method: 'PUT',
      path: () => '/api/v1/calendar/overrides/2031-01-05',
      as: 'admin',
      body: () => ({ kind: 'working_day', note: 'Làm bù\nthứ Bảy' }),
      field: 'note',
    },
    {
      name: 'U+0007 in a webhook URL',
      method: 'POST',
      path: () => `/api/v1/units/${p.unit('BDV-TU')}/webhooks`,
      as: 'admin',
      body: () => ({ url: 'https://hooks.example.vn/\u0007' }),
      field: 'url',
    },
    {
      name: 'a line break in a reporting cycle title',
      method: 'POST',
      path: () => '/api/v1/reporting-cycles',
      as: 'thuongtruc.tu',
      body: () => ({
        issuingUnitId: p.unit('TU-GL'),
        title: 'Báo cáo\nquý',
        legalBasis: 'Quyết định số 461-QĐ/TU',
        frequency: 'quarterly',
        recipients: { units: [p.unit('BDV-TU')] },
        levelDeadlines: [],
        startsAt: '2031-01-01T00:00:00+07:00',
      }),
      field: 'title',
    },
    {
      name: 'U+0002 in a search query',
      method: 'GET',
      path: () => `/api/v1/directives?q=${encodeURIComponent('dân\u0002vận')}`,
      as: 'bdv.tinh',
      field: 'q',
    },
    // null where a field may not be null.
    {
      name: 'a unit renamed to null',
      method: 'PATCH',
      path: () => `/api/v1/units/${p.unit('VP-TU')}`,
      as: 'admin',
      body: () => ({ name: null }),
      field: 'name',
    },
    {
      name: 'a unit code set to null',
      method: 'PATCH',
      path: () => `/api/v1/units/${p.unit('VP-TU')}`,
      as: 'admin',
      body: () => ({ code: null }),
      field: 'code',
    },
    {
      name: 'a task with deadlineWorkingDays null',
      method: 'POST',
      path: () => '/api/v1/directives',
      as: 'thuongtruc.tu',
      body: () => directive({ deadlineWorkingDays: null }),
      field: 'tasks.0.deadlineWorkingDays',
    },
    // Wrong types.
    {
      name: 'quiet hours as an array',
      method: 'PUT',
      path: () => '/api/v1/me/preferences',
      as: 'bdv.tinh',
      body: () => ({ quietHours: [] }),
      field: 'quietHours',
    },
    {
      name: 'tasks as a string',
      method: 'POST',
      path: () => '/api/v1/directives',
      as: 'thuongtruc.tu',
      body: () => directive({}, { tasks: 'nhiệm vụ' }),
      field: 'tasks',
    },
    {
      name: 'a body that is an array',
      method: 'POST',
      path: () => '/api/v1/auth/login',
      body: () => [],
      field: 'body',
    },
    {
      name: 'a limit that is not a number',
      method: 'GET',
      path: () => '/api/v1/tasks?limit=abc',
      as: 'bdv.tinh',
      field: 'limit',
    },
    {
      name: 'a review period that is not an offset',
      method: 'POST',
      path: () => '/api/v1/directives',
      as: 'thuongtruc.tu',
      body: () => directive({ reviewPeriod: { workingDays: -1 } }),
      field: 'tasks.0.reviewPeriod.workingDays',
    },
    {
      name: 'a revision period with a bad duration',
      method: 'POST',
      path: () => '/api/v1/directives',
      as: 'thuongtruc.tu',
      body: () => directive({ revisionPeriod: { duration: '3 days' } }),
      field: 'tasks.0.revisionPeriod.duration',
    },
    // Conflicts found by the database's unique constraints (recognised by type and SQLSTATE).
    {
      name: 'a unit code that exists',
      method: 'POST',
      path: () => '/api/v1/units',
      as: 'admin',
      body: () => ({ code: `${p.prefix}-VP-TU`, name: 'Trùng mã', kind: 'other', parentId: p.unit('TU-GL') }),
      status: 409,
      field: 'code',
    },
    {
      name: 'a username that exists',
      method: 'POST',
      path: () => '/api/v1/users',
      as: 'admin',
      body: () => ({
        username: p.user('bdv.tinh'),
        password: 'Mật-khẩu-đủ-dài',
        fullName: 'Trùng tên',
        role: 'officer',
        unitId: p.unit('VP-TU'),
      }),
      status: 409,
      field: 'username',
    },
    // Lengths.
    {
      name: 'a title over its maximum',
      method: 'POST',
      path: () => '/api/v1/directives',
      as: 'thuongtruc.tu',
      body: () => directive({}, { title: 'x'.repeat(501) }),
      field: 'title',
    },
    {
      name: 'a report over 100,000 characters',
      method: 'POST',
      path: () => `/api/v1/tasks/${ids.task}/reports`,
      as: 'bdv.tinh',
      body: () => ({ text: 'x'.repeat(100_001) }),
      field: 'text',
    },
    // Ranges: integers and dates.
    {
      name: 'offset 2^63-1 on /tasks',
      method: 'GET',
      path: () => `/api/v1/tasks?offset=${BIG}`,
      as: 'bdv.tinh',
      field: 'offset',
    },
    {
      name: 'offset 2^63-1 on /directives',
      method: 'GET',
      path: () => `/api/v1/directives?offset=${BIG}`,
      as: 'bdv.tinh',
      field: 'offset',
    },
    {
      name: 'offset 2^63-1 on /units',
      method: 'GET',
      path: () => `/api/v1/units?offset=${BIG}`,
      as: 'bdv.tinh',
      field: 'offset',
    },
    {
      name: 'offset 2^63-1 on /notifications',
      method: 'GET',
      path: () => `/api/v1/notifications?offset=${BIG}`,
      as: 'bdv.tinh',
      field: 'offset',
    },
    {
      name: 'offset 2^63-1 on /deliveries',
      method: 'GET',
      path: () => `/api/v1/deliveries?offset=${BIG}`,
      as: 'admin',
      field: 'offset',
    },
    { name: 'a negative limit', method: 'GET', path: () => '/api/v1/units?limit=-5', as: 'bdv.tinh', field: 'limit' },
    {
      name: 'working days from the year 9999',
      method: 'GET',
      path: () => '/api/v1/calendar/working-days?from=9999-01-01&days=1',
      as: 'bdv.tinh',
      field: 'from',
    },
    {
      name: 'an override in the year 9999',
      method: 'PUT',
      path: () => '/api/v1/calendar/overrides/9999-01-04',
      as: 'admin',
      body: () => ({ kind: 'working_day', note: 'x' }),
      field: 'date',
    },
    {
      name: 'an issue date in the year 1000',
      method: 'POST',
      path: () => '/api/v1/directives',
      as: 'thuongtruc.tu',
      body: () => directive({}, { issueDate: '1000-01-01' }),
      field: 'issueDate',
    },
    {
      name: 'a deadline in the year 9999',
      method: 'POST',
      path: () => '/api/v1/directives',
      as: 'thuongtruc.tu',
      body: () => directive({ deadlineWorkingDays: undefined, deadline: '9999-12-31T17:00:00+07:00' }),
      field: 'tasks.0.deadline',
    },
    {
      name: 'a body over the 20 MB limit',
      method: 'POST',
      path: () => '/api/v1/units/import',
      as: 'admin',
      raw: () => `{"units":[{"code":"${'x'.repeat(21 * 1024 * 1024)}"}]}`,
      status: 413,
      field: 'body',
    },
  ];

  it.each(cases)('$name → 4xx naming $field, nothing written', async (c) => {
    const before = await written();
    const response = await http.request(c.method, c.path(), {
      token: c.as ? tokens[c.as] : undefined,
      body: c.body?.(),
      raw: c.raw?.(),
      contentType: c.contentType,
    });
    expect({ status: response.status, fields: response.body?.details?.map((d: { field: string }) => d.field) }).toEqual(
      {
        status: c.status ?? 400,
        fields: expect.arrayContaining([c.field]),
      },
    );
    expect(response.body).toMatchObject({
      statusCode: c.status ?? 400,
      error: expect.any(String),
      message: expect.any(String),
    });
    expect(await written()).toEqual(before);
  });

  it('normalises text to NFC and trims it once, for every endpoint', async () => {
    const response = await http.request('POST', '/api/v1/units', {
      token: tokens.admin,
      body: {
        code: ` ${p.prefix}-NFC `,
        name: '  Ban Nha\u0300 nu\u031bo\u031b\u0301c  ',
        kind: 'other',
        parentId: p.unit('TU-GL'),
      },
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ code: `${p.prefix}-NFC`, name: 'Ban Nhà nước' });
  });

  it('keeps tab and line breaks where text spans lines (a report), a carriage return made a line feed', async () => {
    const created = await http.request('POST', '/api/v1/directives', {
      token: tokens['thuongtruc.tu'],
      body: directive({ description: 'Bước 1\r\nBước 2' }, { summary: 'Đoạn 1\n\n\tĐoạn 2' }),
    });
    expect(created.status).toBe(201);
    const { body } = await http.request('GET', `/api/v1/directives/${created.body.id}`, {
      token: tokens['thuongtruc.tu'],
    });
    expect(body.summary).toBe('Đoạn 1\n\n\tĐoạn 2');
    expect(body.tasks[0].description).toBe('Bước 1\nBước 2');
  });

  it('lists a coordinating unit its tasks: /tasks?role=lead|coordinating|any', async () => {
    const list = async (query: string) =>
      (
        await http.request('GET', `/api/v1/tasks?directiveId=${ids.directive}&${query}`, {
          token: tokens['chutich.mttq'],
        })
      ).body;
    const coordinating = await list('role=coordinating');
    // MTTQ-GL coordinates two tasks of the seed directive and leads none.
    expect(coordinating.total).toBe(2);
    expect(coordinating.items.every((t: { role: string }) => t.role === 'coordinating')).toBe(true);
    expect((await list('role=lead')).total).toBe(0);
    expect((await list('')).total).toBe(2);
    // With subtree, the units below count too: HND-GL leads a task and coordinates another.
    const below = await list('role=any&subtree=true');
    expect(below.items.map((t: { role: string }) => t.role)).toEqual(expect.arrayContaining(['lead', 'coordinating']));
  });

  it('takes the review period from the directive, the configuration otherwise', async () => {
    const created = await http.request('POST', '/api/v1/directives', {
      token: tokens['thuongtruc.tu'],
      body: directive({ reviewPeriod: { duration: 'PT1H' }, revisionPeriod: { workingDays: 1 } }),
    });
    expect(created.status).toBe(201);
    const task = created.body.tasks[0];
    expect(task).toMatchObject({ reviewPeriod: { duration: 'PT1H' }, revisionPeriod: { workingDays: 1 } });
    let status = 0;
    for (let i = 0; i < 100 && status !== 200; i++) {
      status = (await http.request('POST', `/api/v1/tasks/${task.id}/acknowledge`, { token: tokens['bdv.tinh'] }))
        .status;
      if (status === 404) await sleep(100);
    }
    const submitted = Date.now();
    expect(
      (
        await http.request('POST', `/api/v1/tasks/${task.id}/reports`, {
          token: tokens['bdv.tinh'],
          body: { text: 'Xong' },
        })
      ).status,
    ).toBe(201);
    const { body } = await http.request('GET', `/api/v1/tasks/${task.id}`, { token: tokens['bdv.tinh'] });
    const due = Date.parse(body.reviewDeadline) - submitted;
    expect(due).toBeGreaterThan(50 * 60_000);
    expect(due).toBeLessThan(70 * 60_000);
    // The seed directive's task has no period of its own: the configured working days apply.
    const seeded = await http.request('GET', `/api/v1/tasks/${ids.task}`, { token: tokens['bdv.tinh'] });
    expect(seeded.body.reviewPeriod).toBeNull();
    expect(Date.parse(seeded.body.reviewDeadline) - Date.now()).toBeGreaterThan(24 * 3600_000);
  });
});
