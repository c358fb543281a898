import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { DEFAULT_ESCALATION_POLICY, DEFAULT_REMINDER_POLICY } from '@dondoc/domain';
import type { DirectiveInput } from '@dondoc/workflow-contract';
import { connectTestDatabase } from '../../../test/support/database';
import { SYSTEM, seedTestProvince, type TestProvince } from '../../../test/support/province';
import { DirectiveWritesRepository } from './directive-writes.repository';
import { ReorganisationPreviewRepository, type UnitMove } from './reorganisation-preview.repository';
import { UnitsRepository } from './units.repository';

const COMMUNES = 1_000;
const SUCCESSORS = 330;
const TASKS = 20_000;
const COORDINATED = 2_000;

/**
 * The preview's reads at the issue's scale (docs/decisions/0077-reorganisation-plans.md):
 * 1,000 communes merged into 330, 20,000 open tasks led by them (2,000 also coordinated by
 * one), read in one statement each. Checked for what they return; the plan of the task
 * statement (EXPLAIN ANALYZE) is printed for the decision record's note, not asserted.
 */
describe('reorganisation preview reads at 20,000 tasks (real PostgreSQL)', () => {
  let dataSource: DataSource;
  let province: TestProvince;
  let communeIds: string[] = [];
  /** The statements the repository sends, kept to EXPLAIN them. */
  const sent: { sql: string; params: unknown[] }[] = [];
  let preview: ReorganisationPreviewRepository;

  beforeAll(async () => {
    dataSource = await connectTestDatabase();
    province = await seedTestProvince(dataSource);
    const passThrough = {
      query: (sql: string, params: unknown[]) => {
        sent.push({ sql, params });
        return dataSource.query(sql, params);
      },
    };
    preview = new ReorganisationPreviewRepository(passThrough as unknown as DataSource);
    const prefix = province.prefix;
    await new UnitsRepository(dataSource).import(
      SYSTEM,
      Array.from({ length: COMMUNES }, (_, i) => ({
        line: i + 1,
        code: `${prefix}-XA${i}`,
        name: `Đảng ủy xã thử ${i}`,
        kind: 'commune',
        parentCode: `${prefix}-TU-GL`,
      })),
      'test',
    );
    communeIds = (
      await dataSource.query(`SELECT id FROM units WHERE code LIKE $1 ORDER BY (substr(code, $2))::int`, [
        `${prefix}-XA%`,
        prefix.length + 4,
      ])
    ).map((row: { id: string }) => row.id);

    // One task recorded as the fan-out writes it, then copied set-based to every commune.
    const directiveId = randomUUID();
    const number = Math.floor(Math.random() * 1e6) + 1;
    const template = randomUUID();
    const input: DirectiveInput & { eventId: string } = {
      directiveId,
      document: { raw: `${number}-KH/TU`, normalized: `${number}-KH/TU`, number, type: 'KH', issuer: 'TU' },
      issueDate: '2026-06-01',
      issuingUnitId: province.unit('TU-GL'),
      title: 'Kế hoạch sắp xếp đơn vị hành chính cấp xã',
      summary: null,
      confidentiality: 'normal',
      urgency: 'normal',
      acceptedAt: '2026-06-01T02:00:00.000Z',
      actor: 'test',
      eventId: `directive:${directiveId}#recorded`,
      tasks: [
        {
          taskId: template,
          title: 'Báo cáo',
          description: null,
          leadUnitId: communeIds[0]!,
          coordinatingUnitIds: [],
          deadline: '2026-12-31T10:00:00.000Z',
          deadlineWorkingDays: null,
          reportRequired: true,
          reportTemplate: null,
          indicators: [],
          reminderPolicy: DEFAULT_REMINDER_POLICY,
          escalationPolicy: DEFAULT_ESCALATION_POLICY,
        },
      ],
    };
    await new DirectiveWritesRepository(dataSource).record(input);
    await dataSource.query(
      `INSERT INTO tasks (id, directive_id, position, title, depth, lead_unit_id, assigning_unit_id, status, phase,
                          original_deadline, deadline, reminder_policy, escalation_policy)
       SELECT gen_random_uuid(), t.directive_id, 1 + n, t.title || ' ' || n, 0, ($2::uuid[])[1 + (n % $3)],
              t.assigning_unit_id, 'assigned', 'in_progress', t.deadline, t.deadline, '{}', '{}'
         FROM tasks t, generate_series(1, $4 - 1) AS n WHERE t.id = $1`,
      [template, communeIds, COMMUNES, TASKS],
    );
    await dataSource.query(
      `INSERT INTO task_coordinators (task_id, unit_id, position)
       SELECT t.id, ($2::uuid[])[1 + ((t.position + 1) % $3)], 0
         FROM tasks t WHERE t.directive_id = $1 AND t.position <= $4`,
      [directiveId, communeIds, COMMUNES, COORDINATED],
    );
    await dataSource.query('ANALYZE tasks; ANALYZE task_coordinators; ANALYZE units');
  }, 120_000);
  afterAll(async () => {
    await dataSource.destroy();
  });

  /** 1,000 communes into 330: commune i into successor i mod 330 (new units, named by code). */
  const moves = (): UnitMove[] => communeIds.map((unitId, i) => ({ unitId, toCode: `MOI-${i % SUCCESSORS}` }));

  it('lists every open task of the merged communes, once per role, each with its successor', async () => {
    sent.length = 0;
    const rows = await preview.tasks(moves(), new Map());
    const byRole = (role: string) => rows.filter((row) => row.role === role);
    expect(byRole('lead')).toHaveLength(TASKS);
    expect(byRole('coordinating')).toHaveLength(COORDINATED);
    const index = new Map(communeIds.map((id, i) => [id, i]));
    expect(rows.every((row) => row.toCode === `MOI-${index.get(row.fromUnitId)! % SUCCESSORS}`)).toBe(true);

    const { sql, params } = sent[0]!;
    const plan: { 'QUERY PLAN': string }[] = await dataSource.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
    // A measurement for docs/decisions/0077 (its note), printed, never asserted.
    console.log(
      `preview tasks, ${TASKS} tasks of ${COMMUNES} communes:\n${plan.map((l) => l['QUERY PLAN']).join('\n')}`,
    );
  });

  it('reads the other kinds in one statement each, none for units that hold nothing', async () => {
    sent.length = 0;
    const all = moves();
    const [rounds, cycles, explanations, webhooks, split] = await Promise.all([
      preview.roundObligations(all, []),
      preview.cycleRecipients(all),
      preview.explanationRequests(all),
      preview.webhooks(all),
      preview.openTasksOf(communeIds.slice(0, 3)),
    ]);
    expect([rounds, cycles, explanations, webhooks].map((rows) => rows.length)).toEqual([0, 0, 0, 0]);
    // Commune 0 leads 20 tasks (the template and every thousandth copy) and coordinates 2.
    expect(split.filter((row) => row.unitId === communeIds[0])).toHaveLength(TASKS / COMMUNES + 2);
    expect(sent).toHaveLength(5);
  });
});
