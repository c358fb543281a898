import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '../../apps/web/node_modules/playwright-core';
import type { Http } from '../support/http';
import { PASSWORD, type TestProvince } from '../support/province';
import { todayInVietnam } from '../support/dates';
import { eventually } from '../support/eventually';
import { oneLanguageProblems, type Lang } from '../support/one-language';
import { pageActions, SLOW, type Session } from './browser';
import { closeStage, openStage, type Stage } from './stage';

/** Where the walk's counts are written, for the closing note (kept after the run). */
export const LANGUAGE_WALK_REPORT = process.env.LANGUAGE_WALK_REPORT ?? join(tmpdir(), 'dondoc-language-walk.json');

/** One string a person sees or hears: a text node, or an aria-label, title, placeholder or alt. */
interface Seen {
  text: string;
  /** The language the page says it is in there: the nearest lang attribute. */
  lang: string;
  /** Inside translate="no": an identifier typed as it is (a username, a unit's code). */
  verbatim: boolean;
  /** Inside data-names: a sentence of the page's language with names in it (a notice's text). */
  names: boolean;
  where: string;
}

// Runs in the page (a string: the test's types do not reach there).
const COLLECT = `(() => {
  const seen = [];
  const pageLang = document.documentElement.lang;
  const langOf = (el) => el.closest('[lang]')?.getAttribute('lang') ?? pageLang;
  const verbatim = (el) => el.closest('[translate="no"]') !== null;
  const names = (el) => el.closest('[data-names]') !== null;
  const visible = (el) => el.checkVisibility({ checkVisibilityCSS: true });
  const where = (el) => {
    const id = el.getAttribute('data-testid') ?? el.id;
    const cls = typeof el.className === 'string' && el.className ? '.' + el.className.split(' ')[0] : '';
    const parent = el.parentElement ? el.parentElement.tagName.toLowerCase() + ' > ' : '';
    return parent + el.tagName.toLowerCase() + (id ? '#' + id : cls);
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent.replace(/\\s+/g, ' ').trim();
    const el = node.parentElement;
    if (!text || !el || el.closest('script, style, noscript')) continue;
    const option = el.closest('option, optgroup');
    const shown = option ? option.closest('select') : el;
    if (!shown || !visible(shown)) continue;
    seen.push({ text, lang: langOf(el), verbatim: verbatim(el), names: names(el), where: where(el) });
  }
  for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
    if (!visible(el) && !el.closest('nav')) continue;
    for (const attr of ['aria-label', 'title', 'placeholder', 'alt']) {
      const text = (el.getAttribute(attr) ?? '').replace(/\\s+/g, ' ').trim();
      if (text)
        seen.push({ text, lang: langOf(el), verbatim: verbatim(el), names: names(el), where: where(el) + '@' + attr });
    }
  }
  return { lang: pageLang, seen };
})()`;

/** Codes that no text may show, data or not. */
const NEVER = /an id \(UUID\)|an ISO instant|an ISO 8601 duration|an unfilled placeholder/;

/**
 * What is wrong with a string on a page in `pageLang`: the page's own words are judged
 * whole (one language, no code); data marked as another language (lang="vi" on a unit's
 * name in an English page) and identifiers (translate="no") only for what must never
 * show: ids, ISO instants and durations, unfilled placeholders.
 */
export function judge(seen: Seen, pageLang: Lang): string[] {
  const own = !seen.verbatim && seen.lang === pageLang;
  const found = oneLanguageProblems(seen.text, own ? pageLang : seen.lang === 'en' ? 'en' : 'vi');
  if (!own) return found.filter((p) => NEVER.test(p));
  return seen.names ? found.filter((p) => !/Vietnamese letters|no Vietnamese letter/.test(p)) : found;
}

/**
 * Issue 22, one language per person: every page of the dashboard, as each role that has
 * pages of its own (officer, leader, admin, auditor), first in Vietnamese, then in English
 * after the switch (which stores the choice: the next sign-in is in English from its first
 * page), at 1280 px, and the navigation at 360 px. Every string a person sees or hears
 * (text, aria-label, title, placeholder) must be in the page's language only, with no
 * catalogue key, enum, ISO duration or instant, UUID or unfilled placeholder; Vietnamese
 * data (names, titles) is marked lang="vi". Counts the pages and strings checked and
 * writes them to LANGUAGE_WALK_REPORT.
 */
describe('one language per page: every page in Vietnamese, then in English', () => {
  const stage: Partial<Stage> = {};
  let p: TestProvince;
  let http: Http;
  let s: Session;
  let page: Page;
  let routes: string[] = [];
  const problems: string[] = [];
  const counted = { pages: 0, strings: 0, byLanguage: { vi: 0, en: 0 } as Record<Lang, number> };

  beforeAll(async () => {
    ({ p, http, session: s, page } = await openStage('weblang', stage));
    const admin = await http.login(p.user('admin'), PASSWORD);
    const auditor = await http.request('POST', '/api/v1/users', {
      token: admin,
      body: {
        username: p.user('kiemtra.tinh'),
        password: PASSWORD,
        fullName: 'Kiểm tra viên Tỉnh ủy',
        role: 'auditor',
        unitId: p.unit('TU-GL'),
      },
    });
    expect(auditor.status).toBe(201);
    // A directive with a task under review, a cycle with a round: every page has rows.
    const leader = await http.login(p.user('thuongtruc.tu'), PASSWORD);
    const created = await http.request('POST', '/api/v1/directives', {
      token: leader,
      body: {
        documentNumber: `${1000 + Math.floor(Math.random() * 8000)}-KH/TU`,
        title: 'Kế hoạch tổ chức đối thoại giữa người đứng đầu cấp ủy với nhân dân',
        issueDate: todayInVietnam(),
        issuingUnitId: p.unit('TU-GL'),
        tasks: [
          {
            title: 'Tổ chức hội nghị đối thoại với nhân dân',
            leadUnitId: p.unit('MTTQ-GL'),
            coordinatingUnitIds: [p.unit('HND-GL')],
            deadlineWorkingDays: 10,
          },
        ],
      },
    });
    expect(created.status).toBe(201);
    const directiveId: string = created.body.id;
    // A draft waiting for its leader's signature (decision 74).
    const draft = await http.request('POST', '/api/v1/drafts', {
      token: leader,
      body: {
        documentNumber: `${1000 + Math.floor(Math.random() * 8000)}-CV/TU`,
        title: 'Công văn về việc tổng kết công tác dân vận năm 2026',
        issueDate: todayInVietnam(),
        issuingUnitId: p.unit('TU-GL'),
        tasks: [{ title: 'Báo cáo tổng kết công tác dân vận', leadUnitId: p.unit('MTTQ-GL'), deadlineWorkingDays: 15 }],
      },
    });
    expect(draft.status).toBe(201);
    const taskId: string = created.body.tasks[0].id;
    const officer = await http.login(p.user('mttq.tinh'), PASSWORD);
    const call = (path: string, body?: unknown) =>
      http.request('POST', `/api/v1/tasks/${taskId}${path}`, { token: officer, body });
    await eventually(
      'acknowledged',
      async () => (await call('/acknowledge')).status,
      (st) => st < 300,
      60_000,
    );
    expect((await call('/reports', { text: 'Đã tổ chức 3 hội nghị đối thoại' })).status).toBeLessThan(300);
    const cycle = await http.request('POST', '/api/v1/reporting-cycles', {
      token: leader,
      body: {
        issuingUnitId: p.unit('TU-GL'),
        title: 'Sơ kết công tác dân vận và quy chế dân chủ',
        legalBasis: '20-NQ/TU',
        frequency: 'six_monthly',
        cutOffRule: 'state',
        recipients: { subtrees: [{ rootUnitId: p.unit('TU-GL'), kinds: ['commune'] }] },
        levelDeadlines: [{ level: 'xã', workingDaysAfterCutOff: 2 }],
        startsAt: '2026-01-01T00:00:00+07:00',
      },
    });
    expect(cycle.status).toBe(201);
    const round = await http.request('POST', `/api/v1/reporting-cycles/${cycle.body.id}/rounds`, {
      token: leader,
      body: { periodKey: '2026-H1' },
    });
    expect(round.status).toBe(201);
    const [{ id: userId }] = (await stage.db!.query('SELECT id FROM users WHERE username = $1', [
      p.user('mttq.tinh'),
    ])) as { id: string }[];
    // Every route of apps/web/src/App.tsx (and its sections'), with real ids.
    routes = [
      '/',
      '/overview',
      '/directives',
      '/directives/new',
      `/directives/${directiveId}`,
      '/drafts',
      '/drafts/new',
      `/drafts/${draft.body.id}`,
      '/tasks',
      `/tasks/${taskId}`,
      '/inbox',
      '/preferences',
      '/calendar',
      '/calendar?view=week',
      '/stats/completion',
      '/stats/rankings',
      '/stats/overdue',
      '/cycles',
      `/cycles/${cycle.body.id}`,
      `/cycles/rounds/${round.body.round.id}`,
      `/units/${p.unit('MTTQ-GL')}/history`,
      `/users/${userId}/history`,
      '/audit',
      '/admin/units',
      '/admin/users',
      '/admin/calendar',
      '/admin/webhooks',
      '/admin/deliveries',
      '/admin/reorganisations',
    ];
  }, 300_000);

  afterAll(async () => {
    const report = { ...counted, problems: problems.length, routes: routes.length };
    writeFileSync(LANGUAGE_WALK_REPORT, JSON.stringify(report, null, 2));
    console.log(`language walk: ${JSON.stringify(report)} → ${LANGUAGE_WALK_REPORT}`);
    await closeStage(stage);
  });

  const { login, logout } = pageActions(
    () => page,
    (name) => p.user(name),
    PASSWORD,
  );

  /** The page at rest: no request running, nothing loading. */
  const settle = async () => {
    await page.waitForLoadState('networkidle', SLOW).catch(() => undefined);
    await page.waitForFunction('!/Đang tải…|Loading…/.test(document.body.innerText)', undefined, SLOW);
    // A page's heading, or its refusal (an address not for this role, a cycle not asking its unit).
    await page
      .locator('h1, [role="alert"], .error')
      .first()
      .waitFor(SLOW)
      .catch(() => undefined);
  };

  /** Judges every string on the page as it stands, in `lang`; the problems are gathered, not thrown. */
  const check = async (label: string, lang: Lang) => {
    await settle();
    const { lang: shown, seen } = (await page.evaluate(COLLECT)) as { lang: string; seen: Seen[] };
    expect([label, shown]).toEqual([label, lang]);
    counted.pages++;
    counted.strings += seen.length;
    counted.byLanguage[lang] += seen.length;
    for (const one of seen)
      for (const problem of judge(one, lang))
        problems.push(`${lang} ${label} ${one.where}: "${one.text}" → ${problem}`);
  };

  const walk = async (role: string, lang: Lang) => {
    for (const route of routes) {
      await page.goto(route);
      await check(`${role} ${route}`, lang);
    }
  };

  const switchTo = async (lang: Lang) => {
    await page.getByRole('button', { name: lang === 'en' ? 'English' : 'Tiếng Việt' }).click();
    await page.waitForFunction(`document.documentElement.lang === '${lang}'`);
  };

  it('shows the sign-in page in one language each', async () => {
    await page.goto('/login');
    await check('/login', 'vi');
    await switchTo('en');
    await check('/login', 'en');
    await switchTo('vi');
  }, 60_000);

  it.each([
    ['an officer', 'mttq.tinh'],
    ['a leader', 'thuongtruc.tu'],
    ['an admin', 'admin'],
    ['an auditor', 'kiemtra.tinh'],
  ])(
    'shows %s every page in Vietnamese, then in English, and the navigation at 360 px',
    async (_who, name) => {
      await login(name, 'home');
      await walk(name, 'vi');
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto('/');
      await check(`${name} / at 360 px`, 'vi');
      await page.setViewportSize({ width: 1280, height: 900 });
      await switchTo('en');
      await walk(name, 'en');
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto('/');
      await check(`${name} / at 360 px`, 'en');
      await page.setViewportSize({ width: 1280, height: 900 });
      await switchTo('vi');
      await logout();
    },
    900_000,
  );

  it('signs the officer in to the language they chose, from the first page, in a browser that never chose', async () => {
    await login('mttq.tinh', 'home');
    await switchTo('en');
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByLabel('Username').waitFor();
    // Another browser: nothing chosen there.
    await page.evaluate("localStorage.removeItem('dondoc.lang')");
    await page.reload();
    await page.getByLabel('Tên đăng nhập').fill(p.user('mttq.tinh'));
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { name: 'My work', level: 1 }).waitFor(SLOW);
    await check('mttq.tinh / after sign-in', 'en');
    await switchTo('vi');
    await logout();
  }, 120_000);

  it('found every string in its page’s language, with no code, and counted them', () => {
    console.log(`language walk problems (${problems.length}):\n${[...new Set(problems)].join('\n')}`);
    expect([...new Set(problems)]).toEqual([]);
    expect(s.errors).toEqual([]);
    // 4 roles × 28 routes × 2 languages, the phone navigation, the sign-in pages.
    expect(counted.pages).toBeGreaterThanOrEqual(4 * 28 * 2 + 8 + 2);
    expect(counted.strings).toBeGreaterThanOrEqual(10_000);
  });
});
