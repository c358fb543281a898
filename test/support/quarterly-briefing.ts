import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { DEFAULT_ESCALATION_POLICY, DEFAULT_REMINDER_POLICY } from '@dondoc/domain';
import { DirectiveWritesRepository } from '@dondoc/persistence';
import type { TestProvince } from './province';

/**
 * Seed 003's quarterly briefing as a statistics fixture: the third quarter of 2026
 * under Decision 461-QĐ/TU, written straight into the read model with the audit rows
 * the worker would have written, at the instants they happened (docs/statistics.md):
 *
 * | # | unit        | assigned | deadline (original → current) | what happened                          |
 * | 1 | MTTQ-GL     | 05/07    | 31/08                         | report 20/08, accepted 25/08: on time  |
 * | 2 | HND-GL      | 05/07    | 31/08                         | report 10/09, accepted 12/09: late     |
 * | 3 | MTTQ-IAGRAI | 05/07    | 15/09                         | nothing by 30/09: overdue              |
 * | 4 | CA-GL       | 05/07    | 31/08 → 30/09 (ext. 25/08)    | report 20/09, accepted 22/09           |
 * | 5 | BDV-TU      | 05/07    | 20/09                         | cancelled 01/08                        |
 * | 6 | HLHPN-GL    | 01/09    | 30/10                         | open (due next quarter)                |
 * | 7 | TD-GL       | 20/06    | 31/07                         | report 25/07, accepted 28/07: on time  |
 * | 8 | HCCB-GL     | 10/07    | 25/08 (sub-task of #1)        | report 28/08, accepted 29/08: late     |
 *
 * `laterChanges` then, in October: #3 moves to MTTQ-GL (its unit deactivated) and is
 * reported 05/10, accepted 08/10; #6's deadline moves to 30/11, then it is cancelled.
 */
export const Q3 = {
  from: '2026-07-01',
  to: '2026-09-30',
  start: at('2026-07-01T00:00'),
  end: at('2026-10-01T00:00'),
  /** The instant the quarterly table was printed. */
  asOf: '2026-09-30T23:59:59+07:00',
};

/** The table computed by hand, totals: [total, on time, late, open within, open overdue]. */
export const EXPECTED = {
  assigned: { current: [6, 2, 2, 1, 1], original: [6, 1, 3, 1, 1] },
  due: { current: [6, 3, 2, 0, 1], original: [6, 2, 3, 0, 1] },
  assignedTopLevelOnly: [5, 2, 1, 1, 1],
};

function at(local: string): Date {
  return new Date(`${local}:00+07:00`);
}

export interface Briefing {
  directiveId: string;
  documentNumber: string;
  tasks: string[];
  laterChanges(): Promise<void>;
}

export async function seedQuarterlyBriefing(db: DataSource, p: TestProvince): Promise<Briefing> {
  const spec: [string, string, string][] = [
    ['MTTQ-GL', '2026-07-05T08:00', '2026-08-31T17:00'],
    ['HND-GL', '2026-07-05T08:00', '2026-08-31T17:00'],
    ['MTTQ-IAGRAI', '2026-07-05T08:00', '2026-09-15T17:00'],
    ['CA-GL', '2026-07-05T08:00', '2026-08-31T17:00'],
    ['BDV-TU', '2026-07-05T08:00', '2026-09-20T17:00'],
    ['HLHPN-GL', '2026-09-01T08:00', '2026-10-30T17:00'],
    ['TD-GL', '2026-06-20T08:00', '2026-07-31T17:00'],
    ['HCCB-GL', '2026-07-10T08:00', '2026-08-25T17:00'],
  ];
  const directiveId = randomUUID();
  const number = Math.floor(Math.random() * 900_000) + 1000;
  const documentNumber = `${number}-TB/TU`;
  const tasks = spec.map(() => randomUUID());
  await new DirectiveWritesRepository(db).record({
    eventId: `directive:${directiveId}#recorded`,
    directiveId,
    document: { raw: documentNumber, normalized: documentNumber, number, type: 'TB', issuer: 'TU' },
    issueDate: '2026-07-05',
    issuingUnitId: p.unit('TU-GL'),
    title: 'Giao ban tình hình nhân dân và công tác dân vận quý III theo Quyết định số 461-QĐ/TU',
    summary: null,
    confidentiality: 'normal',
    urgency: 'normal',
    acceptedAt: at('2026-07-05T08:00').toISOString(),
    actor: p.user('thuongtruc.tu'),
    tasks: spec.map(([code, , deadline], i) => ({
      taskId: tasks[i]!,
      title: `Báo cáo giao ban quý III của ${code}`,
      description: null,
      leadUnitId: p.unit(code),
      coordinatingUnitIds: [],
      deadline: at(deadline).toISOString(),
      deadlineWorkingDays: null,
      reportRequired: true,
      reportTemplate: null,
      indicators: [],
      reminderPolicy: DEFAULT_REMINDER_POLICY,
      escalationPolicy: DEFAULT_ESCALATION_POLICY,
    })),
  });
  for (const [i, [, assigned]] of spec.entries())
    await db.query('UPDATE tasks SET created_at = $2 WHERE id = $1', [tasks[i], at(assigned)]);
  await db.query('UPDATE tasks SET parent_task_id = $2, depth = 1, assigning_unit_id = $3 WHERE id = $1', [
    tasks[7],
    tasks[0],
    p.unit('MTTQ-GL'),
  ]);
  const h = history(db);
  const t = (n: number) => tasks[n - 1]!;
  await h.complete(t(1), '2026-08-20T09:00', '2026-08-25T10:00');
  await h.complete(t(2), '2026-09-10T09:00', '2026-09-12T10:00');
  await h.overdue(t(3));
  await h.extend(t(4), '2026-08-25T10:00', '2026-08-31T17:00', '2026-09-30T17:00');
  await h.complete(t(4), '2026-09-20T09:00', '2026-09-22T10:00');
  await h.cancel(t(5), '2026-08-01T08:00');
  await h.complete(t(7), '2026-07-25T09:00', '2026-07-28T10:00');
  await h.complete(t(8), '2026-08-28T09:00', '2026-08-29T10:00');
  return {
    directiveId,
    documentNumber,
    tasks,
    laterChanges: async () => {
      await h.reassign(t(3), '2026-10-03T08:00', p.unit('MTTQ-IAGRAI'), p.unit('MTTQ-GL'));
      await h.complete(t(3), '2026-10-05T09:00', '2026-10-08T10:00');
      await h.changeDeadline(t(6), '2026-10-10T08:00', '2026-10-30T17:00', '2026-11-30T17:00');
      await h.cancel(t(6), '2026-10-20T08:00');
    },
  };
}

/** Writes one change the way the worker does: the task row and its audit row, at a past instant. */
function history(db: DataSource) {
  const audit = (taskId: string, action: string, when: string, before: object | null, after: object) =>
    db.query(
      `INSERT INTO audit_events (event_id, entity_type, entity_id, action, actor, occurred_at, before, after)
       VALUES ($1, 'task', $2, $3, 'test', $4, $5, $6)`,
      [`task:${taskId}#${action}@${when}`, taskId, action, at(when), before, after],
    );
  return {
    async complete(taskId: string, reportAt: string, acceptedAt: string) {
      const reportId = randomUUID();
      await audit(taskId, 'task.report', reportAt, { status: 'assigned' }, { reportId, version: 1 });
      await audit(
        taskId,
        'task.review',
        acceptedAt,
        { status: 'assigned' },
        {
          status: 'completed',
          phase: 'completed',
          reportId,
          outcome: 'accepted',
        },
      );
      await db.query(
        `UPDATE tasks SET status = 'completed', phase = 'completed', completed_at = $2,
                acknowledged_at = coalesce(acknowledged_at, $2) WHERE id = $1`,
        [taskId, at(reportAt)],
      );
    },
    async overdue(taskId: string) {
      await db.query(`UPDATE tasks SET status = 'overdue' WHERE id = $1`, [taskId]);
    },
    async extend(taskId: string, when: string, old: string, deadline: string) {
      const iso = at(deadline).toISOString();
      await audit(
        taskId,
        'task.extension_decided',
        when,
        { deadline: at(old).toISOString() },
        {
          approved: true,
          deadline: iso,
        },
      );
      await db.query('UPDATE tasks SET deadline = $2 WHERE id = $1', [taskId, iso]);
    },
    async changeDeadline(taskId: string, when: string, old: string, deadline: string) {
      const iso = at(deadline).toISOString();
      await audit(taskId, 'task.deadline_changed', when, { deadline: at(old).toISOString() }, { deadline: iso });
      await db.query(`UPDATE tasks SET deadline = $2, status = 'assigned' WHERE id = $1`, [taskId, iso]);
    },
    async cancel(taskId: string, when: string) {
      await audit(taskId, 'task.cancelled', when, null, { status: 'cancelled', reason: 'Lồng ghép nội dung' });
      await db.query(`UPDATE tasks SET status = 'cancelled', phase = 'cancelled' WHERE id = $1`, [taskId]);
    },
    async reassign(taskId: string, when: string, from: string, to: string) {
      await audit(taskId, 'task.reassigned', when, { leadUnitId: from }, { leadUnitId: to });
      await db.query('UPDATE tasks SET lead_unit_id = $2 WHERE id = $1', [taskId, to]);
    },
  };
}
