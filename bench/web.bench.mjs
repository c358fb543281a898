#!/usr/bin/env node
// `npm run bench -- web`: the dashboard's weight and speed.
// 1. The production bundle's JavaScript on first load (index.html's script and its
//    modulepreloads), gzipped: target ≤ 300 KB.
// 2. The directive list with BENCH_DIRECTIVES (1,000) directives: from navigation to the
//    table's rows on screen and a link answering a click, in Debian's Chromium. Target ≤ 1 s.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from '../scripts/lib/paths.mjs';
import { stopChild } from '../scripts/lib/proc.mjs';
import { buildWeb } from '../scripts/lib/web.mjs';
import { startApp, startInfra } from './lib/app.mjs';

const COUNT = Number(process.env.BENCH_DIRECTIVES || 1000);
const WEB = join(ROOT, 'apps', 'web');
const kb = (bytes) => (bytes / 1024).toFixed(1);

function firstLoadJs() {
  const html = readFileSync(join(WEB, 'dist', 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(WEB, 'dist', file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files, raw, gzip };
}

async function main() {
  buildWeb({ force: true });
  const js = firstLoadJs();
  console.log(`first-load JS: ${js.files.length} file(s), ${kb(js.raw)} KB raw, ${kb(js.gzip)} KB gzipped`);

  const infra = await startInfra();
  const app = await startApp({
    databaseUrl: infra.url,
    temporalAddress: infra.temporal.address,
    password: infra.persistence.DEMO_PASSWORD,
  });
  let browser;
  try {
    const units = (await (await fetch(`${app.base}/api/v1/units?limit=500`, { headers: app.headers })).json()).items;
    const lead = units.find((u) => u.code === 'MTTQ-GL');
    const issuer = units.find((u) => u.code === 'TU-GL');
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
    const started = Date.now();
    let next = 0;
    const issue = async () => {
      while (next < COUNT) {
        const i = next++;
        const response = await fetch(`${app.base}/api/v1/directives`, {
          method: 'POST',
          headers: app.headers,
          body: JSON.stringify({
            documentNumber: `${i + 1}-CV/TU`,
            title: `Công văn số ${i + 1} về công tác dân vận năm ${today.slice(0, 4)}`,
            issueDate: today,
            issuingUnitId: issuer.id,
            tasks: [{ title: `Thực hiện Công văn số ${i + 1}`, leadUnitId: lead.id, deadlineWorkingDays: 10 }],
          }),
        });
        if (response.status !== 201) throw new Error(`directive ${i + 1}: ${response.status} ${await response.text()}`);
      }
    };
    await Promise.all(Array.from({ length: 8 }, issue));
    for (;;) {
      const { total } = await (await fetch(`${app.base}/api/v1/directives?limit=1`, { headers: app.headers })).json();
      if (total >= COUNT) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    console.log(`${COUNT} directives issued and listed in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    const webRequire = createRequire(join(WEB, 'package.json'));
    const { chromium } = webRequire('playwright-core');
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
    });
    const context = await browser.newContext({ baseURL: app.base, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    const page = await context.newPage();
    await page.goto('/login');
    await page.getByLabel('Tên đăng nhập').fill('thuongtruc.tu');
    await page.getByLabel('Mật khẩu').fill(infra.persistence.DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { name: 'Tổng quan' }).waitFor();
    const runs = [];
    for (let run = 0; run < 5; run++) {
      // A full load of /directives each time: the bundle, the session, the list query, the table.
      const t0 = Date.now();
      await page.goto('/directives');
      await page.locator('[data-testid=directives-table] tbody tr').nth(99).waitFor();
      await page.locator('[data-testid=directives-table] tbody tr a').first().click({ trial: true });
      runs.push(Date.now() - t0);
    }
    runs.sort((a, b) => a - b);
    const caption = await page.locator('[data-testid=directives-table] caption').textContent();
    console.log(
      `directive list (${caption}; first page of 100 rows) interactive: median ${runs[2]} ms, runs ${runs.join(', ')} ms`,
    );
  } finally {
    await browser?.close();
    await stopChild(app.api);
    await stopChild(app.worker);
    await infra.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
