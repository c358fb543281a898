import { randomUUID } from 'node:crypto';
import { accessWorld } from '../support/access';
import { oneLanguageProblems, type Lang } from '../support/one-language';

/**
 * One language per reader (docs/decisions/0069-one-language-per-reader.md): the API's
 * errors, bad input and conflicts alike, come in the language asked for (Accept-Language,
 * else the reader's preference), never two glued, never a code, a duration or an enum value.
 */
describe('API messages in the reader’s language only', () => {
  const world = accessWorld();
  const { directive, task } = world;
  const withTask = (patch: Record<string, unknown>) => () => ({
    ...directive('TU-GL', 'BDV-TU'),
    tasks: [{ ...task('BDV-TU'), ...patch }],
  });
  let taken = '';

  /** What a reader is told: a status, the message and every detail's message, checked. */
  type Case = [what: string, user: string | null, method: string, path: string, body: () => unknown, status: number];
  const cases: Case[] = [
    ['no document number', 'thuongtruc.tu', 'POST', '/api/v1/directives', withTask({}), 0],
    [
      'a title too long',
      'thuongtruc.tu',
      'POST',
      '/api/v1/directives',
      () => ({ ...withTask({})(), title: 'a'.repeat(600) }),
      400,
    ],
    [
      'an impossible date',
      'thuongtruc.tu',
      'POST',
      '/api/v1/directives',
      () => ({ ...withTask({})(), issueDate: '2026-02-30' }),
      400,
    ],
    [
      'an unknown urgency',
      'thuongtruc.tu',
      'POST',
      '/api/v1/directives',
      () => ({ ...withTask({})(), urgency: 'very' }),
      400,
    ],
    [
      'an unknown field',
      'thuongtruc.tu',
      'POST',
      '/api/v1/directives',
      () => ({ ...withTask({})(), colour: 'red' }),
      400,
    ],
    [
      'an unknown lead unit',
      'thuongtruc.tu',
      'POST',
      '/api/v1/directives',
      withTask({ leadUnitId: randomUUID() }),
      400,
    ],
    [
      'a deadline in the past',
      'thuongtruc.tu',
      'POST',
      '/api/v1/directives',
      withTask({ deadlineWorkingDays: undefined, deadline: '2020-01-01T17:00:00+07:00' }),
      400,
    ],
    [
      'a deadline without an offset',
      'thuongtruc.tu',
      'POST',
      '/api/v1/directives',
      withTask({ deadlineWorkingDays: undefined, deadline: '2099-01-01T17:00:00' }),
      400,
    ],
    [
      'a negative reminder',
      'thuongtruc.tu',
      'POST',
      '/api/v1/directives',
      withTask({ reminderPolicy: { before: [{ workingDays: -1 }] } }),
      400,
    ],
    [
      'an escalation delay that is no duration',
      'thuongtruc.tu',
      'POST',
      '/api/v1/directives',
      withTask({ escalationPolicy: { steps: [{ after: 'soon' }] } }),
      400,
    ],
    [
      'a document number taken',
      'thuongtruc.tu',
      'POST',
      '/api/v1/directives',
      () => ({ ...withTask({})(), documentNumber: taken }),
      409,
    ],
    [
      'a directive that does not exist',
      'thuongtruc.tu',
      'GET',
      `/api/v1/directives/${randomUUID()}`,
      () => undefined,
      404,
    ],
    ['a path id that is no UUID', 'thuongtruc.tu', 'GET', '/api/v1/directives/abc', () => undefined, 400],
    ['a bad cursor', 'thuongtruc.tu', 'GET', '/api/v1/directives?after=abc$', () => undefined, 400],
    ['no token', null, 'GET', '/api/v1/directives', () => undefined, 401],
    [
      'an officer creating users',
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
    [
      'a weak new password',
      'thuongtruc.tu',
      'POST',
      '/api/v1/me/password',
      () => ({ currentPassword: 'DonDoc@2026-test', newPassword: 'Password123' }),
      400,
    ],
    [
      'wrong notification preferences',
      'thuongtruc.tu',
      'PUT',
      '/api/v1/me/preferences',
      () => ({ channels: { nothing: ['in_app'] }, quietHours: { start: '25:00', end: '06:00' } }),
      400,
    ],
    [
      'a reporting cycle of no frequency',
      'thuongtruc.tu',
      'POST',
      '/api/v1/reporting-cycles',
      () => ({ title: 'Kỳ báo cáo', frequency: 'PT1S', issuingUnitId: world.p.unit('TU-GL') }),
      400,
    ],
  ];
  cases[0]![4] = () => {
    const body = withTask({})() as Record<string, unknown>;
    delete body.documentNumber;
    return body;
  };
  cases[0]![5] = 400;

  const checked = { messages: 0 };

  it('has a directive whose number is then taken', async () => {
    const first = withTask({})() as { documentNumber: string };
    const created = await world.call('thuongtruc.tu', 'POST', '/api/v1/directives', first);
    expect(created.status).toBe(201);
    taken = first.documentNumber;
  });

  describe.each<Lang>(['vi', 'en'])('Accept-Language: %s', (lang) => {
    it.each(cases)('%s', async (_what, user, method, path, body, status) => {
      const token = user ? await world.as(user) : undefined;
      const response = await world.http.request(method, path, {
        token,
        body: body(),
        headers: { 'accept-language': lang === 'en' ? 'en-GB,en;q=0.9' : 'vi-VN,vi;q=0.9,en;q=0.5' },
      });
      expect(response.status).toBe(status);
      const texts: string[] = [
        response.body.message,
        ...response.body.details.map((d: { message: string }) => d.message),
      ];
      const problems = texts.flatMap((text) => oneLanguageProblems(text, lang).map((p) => `${text}: ${p}`));
      checked.messages += texts.length;
      expect(problems).toEqual([]);
    });

    it('has a malformed JSON body refused in that language', async () => {
      const response = await world.http.request('POST', '/api/v1/directives', {
        token: await world.as('thuongtruc.tu'),
        raw: '{"title": ',
        headers: { 'accept-language': lang },
      });
      expect(response.status).toBe(400);
      expect(oneLanguageProblems(response.body.message, lang)).toEqual([]);
    });
  });

  it('follows the reader’s stored language over Accept-Language', async () => {
    const token = await world.as('vp.tu');
    expect((await world.http.request('PUT', '/api/v1/me/preferences', { token, body: { locale: 'en' } })).status).toBe(
      200,
    );
    const response = await world.http.request('GET', `/api/v1/directives/${randomUUID()}`, {
      token,
      headers: { 'accept-language': 'vi' },
    });
    expect(response.status).toBe(404);
    expect(response.body.message).toBe('directive not found');
    expect(oneLanguageProblems(response.body.message, 'en')).toEqual([]);
  });

  it('stores no language for a person who never chose one: Accept-Language applies; a choice is kept, and cleared by null', async () => {
    const token = await world.as('bdv.tinh');
    const prefs = () => world.http.request('GET', '/api/v1/me/preferences', { token });
    expect((await prefs()).body.locale).toBeNull();
    const missing = (lang: string) =>
      world.http.request('GET', `/api/v1/directives/${randomUUID()}`, { token, headers: { 'accept-language': lang } });
    expect((await missing('en')).body.message).toBe('directive not found');
    expect(oneLanguageProblems((await missing('vi')).body.message, 'vi')).toEqual([]);
    // Saving other settings does not make a language chosen.
    await world.http.request('PUT', '/api/v1/me/preferences', { token, body: { digest: true } });
    expect((await prefs()).body.locale).toBeNull();
    const chosen = await world.http.request('PUT', '/api/v1/me/preferences', { token, body: { locale: 'en' } });
    expect([chosen.status, chosen.body.locale]).toEqual([200, 'en']);
    expect((await missing('vi')).body.message).toBe('directive not found');
    const cleared = await world.http.request('PUT', '/api/v1/me/preferences', { token, body: { locale: null } });
    expect([cleared.status, cleared.body.locale]).toEqual([200, null]);
    expect(oneLanguageProblems((await missing('vi')).body.message, 'vi')).toEqual([]);
    const bad = await world.http.request('PUT', '/api/v1/me/preferences', { token, body: { locale: 'fr' } });
    expect(bad.status).toBe(400);
  });

  it('says Vietnamese when nothing is asked', async () => {
    const response = await world.http.request('GET', '/api/v1/directives');
    expect(response.status).toBe(401);
    expect(oneLanguageProblems(response.body.message, 'vi')).toEqual([]);
    expect(checked.messages).toBeGreaterThan(2 * cases.length);
  });
});
