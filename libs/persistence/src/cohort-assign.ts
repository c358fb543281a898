import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { chainLengthFrom, cohortKey, emptyProgress, type CohortProgress, type CohortTerms } from '@dondoc/domain';
import { auditEventId, taskWorkflowId } from '@dondoc/workflow-contract';
import { appendAudit } from './audit/audit-append';
import { TaskCohortEntity } from './entities';
import { MEMBER_SELECT, toMember, type AssignedMember, type MemberRow } from './cohort-members';

/** Members read and written per page when a directive's tasks are put in cohorts. */
const ASSIGN_PAGE = 5_000;

type AssignRow = MemberRow & {
  position: number;
  deadline: Date;
  reminder_policy: any;
  escalation_policy: any;
  assigning_unit_id: string;
};

/** The next page of the directive's tasks no one drives yet (or of `added`'s), after `position`. */
function nextPage(
  manager: EntityManager,
  directiveId: string,
  after: number,
  added?: { taskIds: string[] },
): Promise<AssignRow[]> {
  return manager.query(
    `${MEMBER_SELECT}, t.position, t.deadline, t.reminder_policy, t.escalation_policy, t.assigning_unit_id
       FROM tasks t JOIN units u ON u.id = t.lead_unit_id
       WHERE t.directive_id = $1 AND t.parent_task_id IS NULL AND t.driver IS NULL AND t.status IN ('assigned', 'overdue')
         AND t.position > $2 ${added ? 'AND t.id = ANY($3::uuid[])' : ''}
       ORDER BY t.position
       LIMIT ${ASSIGN_PAGE}`,
    added ? [directiveId, after, added.taskIds] : [directiveId, after],
  );
}

/** What a task shares with the others of its cohort; the acknowledgement is due no later than the task. */
function termsOf(row: AssignRow, ackDeadline: (deadline: Date) => Date): CohortTerms {
  const deadline = row.deadline.toISOString();
  const ack = ackDeadline(row.deadline).toISOString();
  return {
    issuingUnitId: row.assigning_unit_id,
    deadline,
    ackDeadline: ack < deadline ? ack : deadline,
    reminderPolicy: row.reminder_policy,
    escalationPolicy: row.escalation_policy,
    chainLength: chainLengthFrom(row.lead_path, row.assigning_unit_id),
  };
}

/**
 * Puts the directive's own tasks that no one drives yet in cohorts, inside the
 * recording transaction: cohort rows, the members' driver and acknowledgement
 * deadline, and each member's `follow_up_started` audit row (the id its own workflow
 * would have used). The members are read and written a page at a time (ASSIGN_PAGE, in
 * task order), so a directive of 100,000 tasks never holds them all in the process;
 * `onPage` gets each page's members with their deadlines, for their new-task notices.
 * Returns how many tasks it put in cohorts.
 *
 * With `added`, only those tasks, added to the running directive by the amendment
 * whose event id is `added.by`, inside the amendment's transaction: they form cohorts
 * of their own (cohortKey's `addedBy`), never joining the directive's first ones.
 */
export async function assignCohorts(
  manager: EntityManager,
  directiveId: string,
  ackDeadline: (deadline: Date) => Date,
  actor = 'system',
  progressOf: (terms: CohortTerms) => CohortProgress = () => emptyProgress(),
  onPage: (members: AssignedMember[]) => Promise<void> = async () => {},
  added?: { taskIds: string[]; by: string },
): Promise<number> {
  const cohorts = new Map<string, { id: string; terms: CohortTerms }>();
  let assigned = 0;
  for (let after = -1; ;) {
    const rows = await nextPage(manager, directiveId, after, added);
    if (rows.length === 0) break;
    after = rows[rows.length - 1]!.position;
    const page = new Map<string, string[]>();
    for (const row of rows) {
      const terms = termsOf(row, ackDeadline);
      const key = cohortKey(terms, added?.by);
      if (!cohorts.has(key)) {
        const id = randomUUID();
        cohorts.set(key, { id, terms });
        await manager.insert(TaskCohortEntity, {
          id,
          directiveId,
          key,
          issuingUnitId: terms.issuingUnitId,
          deadline: new Date(terms.deadline),
          ackDeadline: new Date(terms.ackDeadline),
          chainLength: terms.chainLength,
          reminderPolicy: terms.reminderPolicy,
          escalationPolicy: terms.escalationPolicy,
          progress: progressOf(terms),
        });
      }
      page.set(key, [...(page.get(key) ?? []), row.task_id]);
    }
    for (const [key, taskIds] of page) {
      const { id, terms } = cohorts.get(key)!;
      await manager.query(
        `UPDATE tasks SET cohort_id = $1, driver = 'cohort', ack_deadline = $2 WHERE id = ANY($3::uuid[])`,
        [id, terms.ackDeadline, taskIds],
      );
    }
    await appendAudit(
      manager,
      rows.map((row) => ({
        eventId: auditEventId(taskWorkflowId(row.task_id), 'assigned'),
        entityType: 'task',
        entityId: row.task_id,
        action: 'task.follow_up_started',
        actor,
        before: { status: row.status, phase: row.phase },
        after: { status: row.status, phase: row.phase },
      })),
    );
    await onPage(rows.map((row) => ({ ...toMember(row), deadline: row.deadline.toISOString() })));
    assigned += rows.length;
    if (rows.length < ASSIGN_PAGE) break;
  }
  return assigned;
}
