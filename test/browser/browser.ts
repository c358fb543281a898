import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Locator, Page, Response } from '../../apps/web/node_modules/playwright-core';

const ROOT = resolve(__dirname, '..', '..');
const WEB = join(ROOT, 'apps', 'web');
// playwright-core and axe-core belong to apps/web's own package (its package.json and lock).
const webRequire = createRequire(join(WEB, 'package.json'));
export const SCREENSHOTS = join(ROOT, 'test', 'browser', 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium, installed with apt-get when missing (CI runs as root); never a downloaded browser. */
function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  const apt = (args: string[]) =>
    spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  apt(['update']);
  apt(['install', '-y', 'chromium']);
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium`);
}

/** The newest modification time under `dir` (the dashboard's sources). */
function newest(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }, 0);
}

/**
 * apps/web/dist, built when missing or older than its sources, so the API under test
 * serves the dashboard at / as it is now. A production build: jest sets NODE_ENV=test,
 * under which Vite would bundle React's development build.
 */
export function ensureWebBuild(): void {
  const index = join(WEB, 'dist', 'index.html');
  const sources = Math.max(
    newest(join(WEB, 'src')),
    // Its texts: libs/i18n's catalogues (one set with the API's).
    newest(join(ROOT, 'libs', 'i18n', 'src')),
    statSync(join(WEB, 'index.html')).mtimeMs,
  );
  if (existsSync(index) && statSync(index).mtimeMs > sources && !process.env.DONDOC_REBUILD_WEB) return;
  const result = spawnSync(
    process.execPath,
    [join(WEB, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'],
    { cwd: WEB, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } },
  );
  if (result.status !== 0) throw new Error('vite build failed');
}

export async function launch(): Promise<Browser> {
  ensureChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });
  const { chromium } = webRequire('playwright-core') as typeof import('../../apps/web/node_modules/playwright-core');
  // Playwright gives each launch a fresh, temporary profile (--user-data-dir) of its own.
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--lang=vi-VN',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Console errors and page errors seen so far (expected API refusals excluded). */
  errors: string[];
}

export async function openSession(browser: Browser, baseURL: string): Promise<Session> {
  const context = await browser.newContext({
    baseURL,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1280, height: 900 },
    // axe-core is injected as an inline script, which the app's CSP (rightly) refuses;
    // the app itself runs under its CSP as users get it (security.e2e-spec.ts checks it).
    bypassCSP: true,
  });
  // Room for a busy 2-core machine running the API, the worker, Temporal and PostgreSQL too.
  context.setDefaultTimeout(45_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    // Chromium logs every 4xx as "Failed to load resource": those are refusals the page shows.
    if (
      message.type() === 'error' &&
      !/Failed to load resource: the server responded with a status of 4\d\d/.test(message.text())
    )
      errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, errors };
}

const AXE = () => readFileSync(webRequire.resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical violations on the page as it stands. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Strings, not functions: this code runs in the page, where the test's types do not reach.
  if (!(await page.evaluate('"axe" in window'))) await page.addScriptTag({ content: AXE() });
  const results = (await page.evaluate("axe.run(document, { resultTypes: ['violations'] })")) as {
    violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
  };
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}

/** A full-page screenshot at desktop (1280) and phone (360) widths, each checked with axe. */
export async function shoot(page: Page, name: string, violations: Record<string, string[]>): Promise<void> {
  // The page at rest, nobody typing: Chromium answers a viewport resize by scrolling the
  // focused text field back into view at the next focus change, which would move the next
  // button clicked from under the pointer between mousedown and mouseup (a click on the
  // form, not the button; seen on the issuing form after its photographs).
  await page.evaluate('document.activeElement instanceof HTMLElement && document.activeElement.blur()');
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: width === 360 ? 740 : 900 });
    // Two animation frames: the layout at the new width has been painted.
    await page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
    const found = await axeViolations(page);
    if (found.length) violations[`${name}@${width}`] = found;
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

// Room for a busy 2-core machine: the read model follows the workflows, pages poll.
export const SLOW = { timeout: 60_000 };

/** How a person moves through the dashboard: sign in and out, click and wait for the POST's answer. */
export function pageActions(current: () => Page, username: (name: string) => string, password: string) {
  // The page is opened in beforeAll, after the test file's helpers are made.
  /**
   * Signs in and lands on the home page: "Việc của tôi" for officers and leaders, the
   * overview for the others. With `landing: 'overview'` (the default, what the tests
   * written before "my work" expect) it then opens the overview from the navigation.
   */
  const login = async (name: string, landing: 'overview' | 'home' = 'overview') => {
    const page = current();
    await page.goto('/login');
    await page.getByLabel('Tên đăng nhập').fill(username(name));
    await page.getByLabel('Mật khẩu').fill(password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { name: /^(Tổng quan|Việc của tôi)$/, level: 1 }).waitFor();
    if (landing === 'overview' && (await page.getByRole('heading', { name: 'Việc của tôi', level: 1 }).count())) {
      await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Tổng quan' }).click();
      await page.getByRole('heading', { name: 'Tổng quan', level: 1 }).waitFor();
    }
  };
  const logout = async () => {
    const page = current();
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByLabel('Tên đăng nhập').waitFor();
  };
  /**
   * Clicks `button` like a person and waits for the API's answer to the POST it sends;
   * anything but `expected` fails with the status, the time taken and the body.
   */
  const act = async (button: Locator, path: RegExp, expected = [200, 201]): Promise<Response> => {
    const page = current();
    const started = Date.now();
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST' && path.test(new URL(r.url()).pathname), SLOW),
      button.click(),
    ]);
    if (!expected.includes(response.status()))
      throw new Error(
        `POST ${response.url()} → ${response.status()} in ${Date.now() - started} ms: ${await response.text()}`,
      );
    return response;
  };
  return { login, logout, act };
}
