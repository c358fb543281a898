import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from '../../apps/web/node_modules/playwright-core';

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

/** apps/web/dist, built when missing, so the API under test serves the dashboard at /. */
export function ensureWebBuild(): void {
  if (existsSync(join(WEB, 'dist', 'index.html')) && !process.env.DONDOC_REBUILD_WEB) return;
  const result = spawnSync(
    process.execPath,
    [join(WEB, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'],
    {
      cwd: WEB,
      stdio: 'inherit',
    },
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
  });
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
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: width === 360 ? 740 : 900 });
    await page.waitForTimeout(150);
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
    const found = await axeViolations(page);
    if (found.length) violations[`${name}@${width}`] = found;
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}
