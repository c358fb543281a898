import { randomUUID } from 'node:crypto';
import { accessWorld, expectAccess, type AccessCase } from '../support/access';
import { PASSWORD } from '../support/province';

/**
 * Who may see and change units, the calendar and users, and who may sign in (issue 3):
 * a user acts within their unit and its subtree; only admins change the calendar.
 */
describe('access to units, the calendar, users and sign-in (HTTP, real PostgreSQL)', () => {
  const world = accessWorld();

  const matrix: AccessCase[] = [
    [
      'an officer may not create units',
      'bdv.tinh',
      'POST',
      '/api/v1/units',
      () => ({
        code: `X-${randomUUID().slice(0, 6)}`,
        name: 'Đơn vị',
        kind: 'other',
        parentId: world.p.unit('BDV-TU'),
      }),
      403,
    ],
    [
      'an admin creates units',
      'admin',
      'POST',
      '/api/v1/units',
      () => ({
        code: `X-${randomUUID().slice(0, 6)}`,
        name: 'Tổ dân vận',
        kind: 'other',
        parentId: world.p.unit('BDV-TU'),
      }),
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
        unitId: world.p.unit('CA-IAGRAI'),
      }),
      403,
    ],
  ];

  it.each(matrix)('%s', (...row) => expectAccess(world, row));

  it('refuses a bad token and rate-limits failed logins', async () => {
    expect((await world.http.request('GET', '/api/v1/directives', { token: 'not.a.token' })).status).toBe(401);
    const username = world.p.user('vp.tu');
    const attempt = () =>
      world.http.request('POST', '/api/v1/auth/login', { body: { username, password: 'sai-mat-khau' } });
    expect((await attempt()).status).toBe(401);
    expect((await attempt()).status).toBe(401);
    expect((await attempt()).status).toBe(401);
    const limited = await attempt();
    expect(limited.status).toBe(429);
    expect(limited.body.details[0].field).toBe('username');
    const right = await world.http.request('POST', '/api/v1/auth/login', { body: { username, password: PASSWORD } });
    expect(right.status).toBe(429);
  });
});
