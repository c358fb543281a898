import { randomUUID } from 'node:crypto';
import { accessWorld } from '../support/access';
import { translate } from '@dondoc/i18n';
import { sleep } from '../support/eventually';
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

  /**
   * Refusals from the workflows (decision 69): a task's or an explanation's workflow refuses
   * an update with a catalogue key carried in its failure, and the API says it in the
   * reader's language, not the glued text the validators used to throw.
   */
  describe('refusals that come from the workflows', () => {
    const ids = { directive: '', task: '', late: '', explanation: '' };
    const ACCEPT: Record<Lang, string> = { vi: 'vi-VN,vi;q=0.9,en;q=0.5', en: 'en-GB,en;q=0.9' };
    const ask = async (lang: Lang, user: string, method: string, path: string, body?: unknown) =>
      world.http.request(method, path, {
        token: await world.as(user),
        body,
        headers: { 'accept-language': ACCEPT[lang] },
      });
    /** Retried while the task's workflow is not there yet (404), as the dashboard would. */
    const acknowledge = async (taskId: string) => {
      let status = 0;
      for (let i = 0; i < 100 && status !== 200; i++) {
        status = (await world.call('bdv.tinh', 'POST', `/api/v1/tasks/${taskId}/acknowledge`)).status;
        if (status === 404 || status === 503) await sleep(100);
      }
      expect(status).toBe(200);
    };
    const oneLanguage = (body: { message: string; details: { message: string }[] }, lang: Lang) => {
      const texts = [body.message, ...body.details.map((d) => d.message)];
      checked.messages += texts.length;
      expect(texts.flatMap((text) => oneLanguageProblems(text, lang).map((p) => `${text}: ${p}`))).toEqual([]);
    };

    it('has a task acknowledged and reported, so its own workflow holds it', async () => {
      const created = await world.call('thuongtruc.tu', 'POST', '/api/v1/directives', {
        ...directive('TU-GL', 'BDV-TU', 'BDV-TU'),
      });
      expect(created.status).toBe(201);
      ids.directive = created.body.id;
      [ids.task, ids.late] = created.body.tasks.map((t: { id: string }) => t.id);
      await acknowledge(ids.task);
      const report = await world.call('bdv.tinh', 'POST', `/api/v1/tasks/${ids.task}/reports`, {
        text: 'Báo cáo kết quả thực hiện',
      });
      expect(report.status).toBe(201);
    });

    it.each<Lang>(['vi', 'en'])('refuses a second acknowledgement in %s only', async (lang) => {
      const again = await ask(lang, 'bdv.tinh', 'POST', `/api/v1/tasks/${ids.task}/acknowledge`);
      expect(again.status).toBe(409);
      expect(again.body.message).toBe(translate(lang, 'refusals.alreadyAcknowledged'));
      oneLanguage(again.body, lang);
    });

    it.each<Lang>(['vi', 'en'])('refuses a second report while one waits for review, in %s only', async (lang) => {
      const again = await ask(lang, 'bdv.tinh', 'POST', `/api/v1/tasks/${ids.task}/reports`, {
        text: 'Báo cáo lần hai',
      });
      expect(again.status).toBe(409);
      expect(again.body.message).toBe(translate(lang, 'refusals.reportWaiting'));
      oneLanguage(again.body, lang);
    });

    it('has the other task cancelled by an amendment', async () => {
      await acknowledge(ids.late);
      const cancelled = await world.call('thuongtruc.tu', 'POST', `/api/v1/directives/${ids.directive}/amendments`, {
        kind: 'cancel_task',
        taskId: ids.late,
        reason: 'Đã lồng ghép vào nhiệm vụ khác',
      });
      expect(cancelled.status).toBe(200);
    });

    it.each<Lang>(['vi', 'en'])('refuses a report on the cancelled task in %s only', async (lang) => {
      const closed = await ask(lang, 'bdv.tinh', 'POST', `/api/v1/tasks/${ids.late}/reports`, { text: 'Báo cáo muộn' });
      expect(closed.status).toBe(409);
      expect(closed.body.message).toBe(translate(lang, 'refusals.taskClosed'));
      oneLanguage(closed.body, lang);
    });

    it('has an explanation asked of a late task and answered', async () => {
      // The reported task made late again (as the statistics story does), so its unit can be asked.
      await world.db.query(`UPDATE tasks SET status = 'overdue' WHERE id = $1`, [ids.task]);
      const asked = await world.call('thuongtruc.tu', 'POST', `/api/v1/tasks/${ids.task}/explanations`, {
        workingDays: 2,
        note: 'Đề nghị giải trình việc chậm báo cáo',
      });
      expect(asked.status).toBe(201);
      ids.explanation = asked.body.explanationId;
      let answered = 0;
      for (let i = 0; i < 100 && answered !== 200; i++) {
        answered = (
          await world.call('bdv.tinh', 'POST', `/api/v1/explanations/${ids.explanation}/answer`, {
            reasonCategory: 'other',
            answer: 'Chờ số liệu của các xã',
          })
        ).status;
        if (answered === 404) await sleep(100);
      }
      expect(answered).toBe(200);
    });

    it.each<Lang>(['vi', 'en'])('refuses a second answer in %s only', async (lang) => {
      const again = await ask(lang, 'bdv.tinh', 'POST', `/api/v1/explanations/${ids.explanation}/answer`, {
        reasonCategory: 'other',
        answer: 'Lần nữa',
      });
      expect(again.status).toBe(409);
      // The API's own check on the stored answer, else the validator's refusal while the
      // workflow still runs, or the ended workflow's.
      const refusals = ['explanations.alreadyAnswered', 'refusals.explanationAnswered', 'refusals.explanationClosed'];
      expect(refusals.map((key) => translate(lang, key))).toContain(again.body.message);
      oneLanguage(again.body, lang);
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
