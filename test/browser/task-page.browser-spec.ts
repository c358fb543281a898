import type { Page } from '../../apps/web/node_modules/playwright-core';
import type { Http } from '../support/http';
import { PASSWORD, type TestProvince } from '../support/province';
import { todayInVietnam } from '../support/dates';
import { eventually } from '../support/eventually';
import { pageActions, shoot, SLOW } from './browser';
import { closeStage, openStage, type Stage } from './stage';

const WEEKDAY_DATE = /(Thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ nhật), \d{2}\/\d{2}\/\d{4}/;

/**
 * The task page and the task list in Debian's Chromium (vi-VN, Asia/Ho_Chi_Minh) against
 * the real system: a task with its report requirement, indicators with targets in
 * Vietnamese numbers, coordinating units, delegation tree, deadline history and working
 * days left, with its report form; the task list sorted by deadline and filtered, its view
 * in the URL surviving a reload; the main pages in English once switched; each photographed at 1280 and 360 px and checked with axe.
 */
describe('the task page and the task list in a real browser', () => {
  const stage: Partial<Stage> = {};
  let p: TestProvince;
  let http: Http;
  let page: Page;
  const violations: Record<string, string[]> = {};
  let taskId = '';

  const as = (name: string) => http.login(p.user(name), PASSWORD);
  const directive = async (type: 'KH' | 'CT', title: string, tasks: unknown[]) => {
    const created = await http.request('POST', '/api/v1/directives', {
      token: await as('thuongtruc.tu'),
      body: {
        documentNumber: `${1000 + Math.floor(Math.random() * 8000)}-${type}/TU`,
        title,
        issueDate: todayInVietnam(),
        issuingUnitId: p.unit('TU-GL'),
        tasks,
      },
    });
    expect(created.status).toBe(201);
    return created.body.tasks.map((task: { id: string }) => task.id) as string[];
  };

  beforeAll(async () => {
    ({ p, http, page } = await openStage('webtaskpage', stage));
    [taskId] = await directive('KH', 'Kế hoạch hỗ trợ hộ nghèo đón Tết', [
      {
        title: 'Vận động hỗ trợ hộ nghèo đón Tết',
        leadUnitId: p.unit('MTTQ-GL'),
        coordinatingUnitIds: [p.unit('HND-GL'), p.unit('BDT-GL')],
        deadlineWorkingDays: 10,
        reportTemplate: 'Số hộ được hỗ trợ, kinh phí vận động, khó khăn vướng mắc',
        indicators: [
          { name: 'Số hộ được hỗ trợ', unitOfMeasure: 'hộ', target: 1620.5 },
          { name: 'Kinh phí vận động', unitOfMeasure: 'đồng', target: 12500000 },
        ],
      },
      { title: 'Rà soát hộ nghèo vùng đồng bào DTTS', leadUnitId: p.unit('BDT-GL'), deadlineWorkingDays: 3 },
    ]);
    await directive('CT', 'Chỉ thị tăng cường công tác dân vận', [
      { title: 'Tổng kết công tác dân vận khéo', leadUnitId: p.unit('MTTQ-GL'), deadlineWorkingDays: 5 },
    ]);
    // The lead unit acknowledges (once its workflow runs) and delegates a part below it;
    // the Standing Committee then moves the deadline, with its reason.
    const officer = await as('mttq.tinh');
    await eventually(
      'the task acknowledged',
      async () => (await http.request('POST', `/api/v1/tasks/${taskId}/acknowledge`, { token: officer })).status,
      (status) => status === 200,
      60_000,
    );
    const delegated = await http.request('POST', `/api/v1/tasks/${taskId}/delegations`, {
      token: officer,
      body: { subtasks: [{ leadUnitId: p.unit('HND-GL'), title: 'Vận động hội viên nông dân ủng hộ' }] },
      headers: { 'Idempotency-Key': `taskpage-${taskId}` },
    });
    expect(delegated.status).toBe(201);
    // Below the delegated part, two more levels (written directly: the page only reads them).
    const [{ id: sub }] = await stage.db!.query(`SELECT id FROM tasks WHERE parent_task_id = $1`, [taskId]);
    const below = async (parent: string, title: string, unit: string, position: number) =>
      (
        await stage.db!.query(
          `INSERT INTO tasks (id, directive_id, position, title, lead_unit_id, assigning_unit_id, parent_task_id, depth,
                              status, phase, original_deadline, deadline, reminder_policy, escalation_policy)
           SELECT gen_random_uuid(), directive_id, $3, $2, $4, lead_unit_id, id, depth + 1, 'assigned', 'in_progress',
                  deadline, deadline, '{}', '{}'
             FROM tasks WHERE id = $1 RETURNING id`,
          [parent, title, position, p.unit(unit)],
        )
      )[0].id as string;
    const grandchild = await below(sub, 'Vận động chi hội nông dân thôn', 'HND-GL', 901);
    await below(grandchild, 'Danh sách hộ nghèo của chi hội', 'HND-GL', 902);
    const current = (await http.request('GET', `/api/v1/tasks/${taskId}`, { token: officer })).body.deadline as string;
    const moved = await http.request('POST', `/api/v1/tasks/${taskId}/deadline`, {
      token: await as('thuongtruc.tu'),
      body: {
        deadline: new Date(Date.parse(current) + 7 * 86_400_000).toISOString().replace('Z', '+00:00'),
        reason: 'Chờ số liệu rà soát hộ nghèo cuối năm',
      },
    });
    expect(moved.status).toBe(200);
  }, 240_000);
  afterAll(() => closeStage(stage));

  const { login, logout } = pageActions(
    () => page,
    (name) => p.user(name),
    PASSWORD,
  );

  it('shows the task with its requirement, indicators, units, tree, deadline history, days left and report form', async () => {
    await login('mttq.tinh');
    await page.goto(`/tasks/${taskId}`);
    await page.getByRole('heading', { name: 'Vận động hỗ trợ hộ nghèo đón Tết', level: 1 }).waitFor(SLOW);
    const requirement = page.getByTestId('task-requirement');
    await expect(requirement.getByTestId('report-template').textContent()).resolves.toBe(
      'Số hộ được hỗ trợ, kinh phí vận động, khó khăn vướng mắc',
    );
    await expect(requirement.getByText('Phải báo cáo kết quả').count()).resolves.toBe(1);
    const rows = await requirement.getByTestId('task-indicators').locator('tbody tr').allTextContents();
    expect(rows).toEqual(['Số hộ được hỗ trợ1.620,5hộ', 'Kinh phí vận động12.500.000đồng']);
    await expect(page.getByTestId('task-coordinating').locator('li').count()).resolves.toBe(2);
    await expect(page.getByTestId('task-lead').textContent()).resolves.toMatch(/Mặt trận/);
    // The deadline: its weekday, the working days left, the original and the move with its reason.
    const deadline = page.getByTestId('task-deadline');
    await expect(deadline.textContent()).resolves.toMatch(new RegExp(`^\\d{2}:\\d{2} ${WEEKDAY_DATE.source}`));
    await expect(deadline.getByTestId('days-left').textContent()).resolves.toMatch(/^còn \d+ ngày làm việc$/);
    const history = page.getByTestId('deadline-history');
    const move = history.getByTestId('deadline-move');
    await move.waitFor(SLOW);
    await expect(move.textContent()).resolves.toMatch(
      new RegExp(
        `^Đổi hạn: .*${WEEKDAY_DATE.source} → .*${WEEKDAY_DATE.source}.*Lý do: Chờ số liệu rà soát hộ nghèo cuối năm$`,
      ),
    );
    await expect(history.getByText('Hạn ban đầu').count()).resolves.toBe(1);
    // The tree: this task, and the part delegated below it with its state.
    const tree = page.getByTestId('task-tree');
    await expect(tree.getByText(/^Nhiệm vụ này: /).count()).resolves.toBe(1);
    await tree.getByRole('link', { name: 'Vận động hội viên nông dân ủng hộ' }).waitFor(SLOW);
    // Every level below, each with its unit, state and deadline; a small tree opens whole.
    const deepest = tree.getByRole('link', { name: 'Danh sách hộ nghèo của chi hội' });
    await deepest.waitFor();
    await expect(
      tree
        .locator('li', { has: page.getByRole('link', { name: 'Danh sách hộ nghèo của chi hội' }) })
        .last()
        .locator('.line-meta')
        .textContent(),
    ).resolves.toMatch(new RegExp(`Hội Nông dân tỉnh · ${WEEKDAY_DATE.source}`));
    await expect(
      tree
        .locator('li', { has: page.getByRole('link', { name: 'Danh sách hộ nghèo của chi hội' }) })
        .last()
        .locator('.badge')
        .count(),
    ).resolves.toBeGreaterThan(0);
    // Collapsible: the grandchild's button hides its part, says so, and shows it again.
    const toggle = tree
      .locator('li', { has: page.getByRole('link', { name: 'Vận động chi hội nông dân thôn', exact: true }) })
      .last()
      .getByRole('button');
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    await toggle.click();
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(deepest.isVisible()).resolves.toBe(false);
    await expect(toggle.textContent()).resolves.toBe('Hiện nhiệm vụ cấp dưới (1)');
    await shoot(page, 'task-tree-collapsed', violations);
    await tree.getByRole('button', { name: 'Mở hết cây' }).click();
    await deepest.waitFor();
    // The report form, with the indicators to fill in.
    await page.getByLabel('Nội dung báo cáo').waitFor(SLOW);
    await shoot(page, 'task-report', violations);

    // The sub-task's page names its parent in the tree.
    await tree.getByRole('link', { name: 'Vận động hội viên nông dân ủng hộ' }).click();
    await page.getByRole('heading', { name: 'Vận động hội viên nông dân ủng hộ', level: 1 }).waitFor(SLOW);
    await page.getByTestId('task-tree').getByRole('link', { name: 'Vận động hỗ trợ hộ nghèo đón Tết' }).waitFor(SLOW);
    await shoot(page, 'task-subtask', violations);
  }, 180_000);

  it('sorts the task list by deadline and by unit, filters it, and reproduces the view from its URL after a reload', async () => {
    await logout();
    await login('thuongtruc.tu');
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Nhiệm vụ' }).click();
    await page.getByRole('heading', { name: 'Danh sách nhiệm vụ', level: 1 }).waitFor();
    // A click, not check(): the box follows the address, which changes a moment after the click.
    await page.getByLabel('Gồm cả cấp dưới').click();
    await page.waitForURL((url) => url.searchParams.get('subtree') === 'true');
    const table = page.getByTestId('tasks-table');
    const deadlines = async () =>
      (await table.locator('tbody time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''))).map(
        (iso) => Date.parse(iso),
      );
    const titles = () => table.locator('tbody tr td:first-child a').allTextContents();
    await eventually('six tasks listed', titles, (list) => list.length === 6, 30_000);
    const ascending = await deadlines();
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    expect(await titles()).toContain('Rà soát hộ nghèo vùng đồng bào DTTS');
    await expect(table.locator('tbody time').first().textContent()).resolves.toMatch(WEEKDAY_DATE);

    await page.getByLabel('Thứ tự').selectOption('desc');
    await eventually('latest first', deadlines, (list) => list.length === 6 && list[0]! >= list[5]!, 30_000);
    const descending = await deadlines();
    expect(descending).toEqual([...ascending].sort((a, b) => b - a));

    await page.getByLabel('Loại văn bản').selectOption('KH');
    await eventually('the plan’s tasks only', titles, (list) => list.length === 5, 30_000);
    const filtered = await titles();
    expect(filtered).not.toContain('Tổng kết công tác dân vận khéo');
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toEqual({ subtree: 'true', order: 'desc', docType: 'KH' });
    await shoot(page, 'tasks', violations);

    await page.reload();
    await page.getByRole('heading', { name: 'Danh sách nhiệm vụ', level: 1 }).waitFor();
    await eventually('the same view after a reload', titles, (list) => list.length === 5, 30_000);
    expect(await titles()).toEqual(filtered);
    await expect(page.getByLabel('Thứ tự').inputValue()).resolves.toBe('desc');
    await expect(page.getByLabel('Loại văn bản').inputValue()).resolves.toBe('KH');
    await expect(page.getByLabel('Gồm cả cấp dưới').isChecked()).resolves.toBe(true);

    // Sorted on the lead unit, Z to A: the order follows, and so does the address.
    await page.getByLabel('Sắp xếp theo').selectOption('unit');
    await page.waitForURL((url) => url.searchParams.get('sort') === 'unit');
    // The address changes first; the order's labels follow at the next render.
    await eventually(
      'the order worded for units',
      () => page.getByLabel('Thứ tự').locator('option:checked').textContent(),
      (label) => label === 'Từ Z đến A',
    );
    const leads = () => table.locator('tbody tr td:nth-child(3)').allTextContents();
    const bytes = (text: string) => Buffer.from(text, 'utf8');
    const zToA = (list: string[]) => [...list].sort((a, b) => Buffer.compare(bytes(b), bytes(a)));
    // Until the new page arrives the old one (by deadline) is shown: wait for the order itself.
    await eventually(
      'sorted on the unit',
      leads,
      (list) => list.length === 5 && JSON.stringify(list) === JSON.stringify(zToA(list)),
      30_000,
    );
    const units = await leads();
    expect(units).toEqual(zToA(units));
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({
      subtree: 'true',
      order: 'desc',
      docType: 'KH',
      sort: 'unit',
    });
  }, 180_000);

  it('shows my work, a task, the task list and the calendar in English once switched', async () => {
    await logout();
    await login('mttq.tinh', 'home');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'My work', level: 1 }).waitFor();
    /** The page's own words (headings, buttons, labels of its controls, navigation): none Vietnamese. */
    const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùý]/i;
    const chrome = async (headings: string, written: string[] = []) =>
      (
        await page.locator(`${headings}, main button, nav a, main label`).evaluateAll((els) =>
          // A label's own words, not its select's options (units' names are what was written).
          els.map((el: any) =>
            (el.tagName === 'LABEL'
              ? Array.from(el.childNodes as ArrayLike<{ nodeType: number; textContent: string }>)
                  .filter((n) => n.nodeType === 3)
                  .map((n) => n.textContent)
                  .join('')
              : (el.innerText as string)
            ).trim(),
          ),
        )
      ).filter((text) => text && text !== 'Tiếng Việt' && !written.includes(text) && VIETNAMESE.test(text));
    expect(await chrome('h1, h2, h3')).toEqual([]);
    const nav = page.getByRole('navigation', { name: 'Main navigation' });

    await nav.getByRole('link', { name: 'Tasks' }).click();
    await page.getByRole('heading', { name: 'Tasks', level: 1 }).waitFor();
    await page.getByLabel('Sort by').selectOption('status');
    await eventually(
      'the order worded for statuses',
      () => page.getByLabel('Order').locator('option:checked').textContent(),
      (label) => label === 'Overdue first',
    );
    await page.getByTestId('tasks-table').locator('tbody tr').first().waitFor();
    expect(await chrome('h1, h2, h3, caption, th')).toEqual([]);

    await page.goto(`/tasks/${taskId}`);
    await page.getByRole('heading', { name: 'Delegation tree', level: 2 }).waitFor(SLOW);
    await page.getByRole('heading', { name: 'Report requirement and indicators', level: 2 }).waitFor();
    await page.getByRole('button', { name: 'Submit the report' }).waitFor();
    await page.getByRole('button', { name: 'Hide the tasks below' }).first().waitFor();
    // The task's own title (h1), the tree's titles and the indicators' names (the report
    // form's labels) are what was written, in Vietnamese.
    expect(await chrome('h2, h3', ['Số hộ được hỗ trợ (hộ)', 'Kinh phí vận động (đồng)'])).toEqual([]);

    await nav.getByRole('link', { name: 'Deadlines' }).click();
    await page.getByRole('heading', { name: 'Calendar of deadlines', level: 1 }).waitFor();
    await page.getByRole('radio', { name: 'Week' }).waitFor();
    await page.getByRole('button', { name: 'Today' }).waitFor();
    expect(await chrome('h1, h2, h3')).toEqual([]);
    await shoot(page, 'calendar-en', violations);

    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await page.getByRole('heading', { name: 'Lịch hạn nhiệm vụ', level: 1 }).waitFor();
  }, 180_000);

  it('has no serious or critical axe violations and no console errors', () => {
    expect(violations).toEqual({});
    expect(stage.session?.errors).toEqual([]);
  });
});
