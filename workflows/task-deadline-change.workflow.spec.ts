import { applyToRecord, type TaskRecord } from '../libs/domain/src/task-machine';
import {
  acknowledgeTaskUpdate,
  cancelTaskUpdate,
  changeTaskDeadlineUpdate,
  taskStateQuery,
} from '../libs/workflow-contract/src';
import { actor, S, taskWorkflowTimeline } from '../test/support/task-timeline';

/**
 * A task's deadline changed A → B → A: three changes, each recorded with its own event
 * id (keyed by the value alone, the third was taken for the first: no audit row, no row
 * write), so the row ends back at A; the deadline already in force (a telling retried by
 * its activity) records nothing more. Set back to a past A, the task is overdue again:
 * recorded again and escalated again, not found already marked.
 */
describe('taskWorkflow (time-skipping test server)', () => {
  const { env, run } = taskWorkflowTimeline();

  it('records each deadline change: A then B then A again gives three rows and the row back at A', async () => {
    let start = 0;
    const at = (seconds: number) => new Date(start + seconds * S).toISOString();
    const change = (handle: Parameters<Parameters<typeof run>[0]>[0], deadline: string) =>
      handle.executeUpdate(changeTaskDeadlineUpdate, { args: [{ actor: 'leader', deadline }] });
    const { events, notices } = await run(async (handle, started, _input, seen) => {
      start = started;
      await handle.executeUpdate(acknowledgeTaskUpdate, { args: [actor] });
      for (const deadline of [at(40), at(60), at(40)]) await change(handle, deadline);
      // The deadline in force again (a retried telling): nothing more recorded.
      await change(handle, at(40));
      expect((await handle.query(taskStateQuery)).deadline).toBe(at(40));
      // Past A: overdue, marked and escalated.
      await env.sleep(start + 42 * S - (await env.currentTimeMs()));
      await seen('overdue');
      // Moved later (open again), then set back to the past A: overdue again.
      await change(handle, at(60));
      await change(handle, at(40));
      await seen('overdue,overdue');
      await handle.executeUpdate(cancelTaskUpdate, { args: [{ actor: 'leader', reason: 'Kết thúc thử nghiệm' }] });
    });
    const changes = events.filter((e) => e.event.type === 'deadline_changed');
    expect(changes.map((e) => (e.event as { deadline: string }).deadline)).toEqual([
      at(40),
      at(60),
      at(40),
      at(60),
      at(40),
    ]);
    expect(new Set(changes.map((e) => e.eventId)).size).toBe(5);
    expect(changes.every((e) => e.actor === 'leader')).toBe(true);

    // The read model, as the activity writes it: an event id already recorded is skipped.
    let row: TaskRecord = {
      status: 'assigned',
      phase: 'awaiting_ack',
      deadline: new Date(at(20)),
      acknowledgedAt: null,
      reviewDeadline: null,
      revisionDeadline: null,
      completedAt: null,
      cancelReason: null,
      subtaskOverrideReason: null,
    };
    const recorded = new Set<string>();
    const after3 = events.indexOf(changes[2]!);
    events.forEach((e, i) => {
      if (e.event.type === 'cancelled') return;
      if (recorded.has(e.eventId)) return;
      recorded.add(e.eventId);
      row = applyToRecord(row, e.event, new Date(start + (i <= after3 ? 1 : 43) * S));
      if (i === after3) expect(row.deadline.toISOString()).toBe(at(40));
    });
    expect(row).toMatchObject({ deadline: new Date(at(40)), status: 'overdue' });

    // Overdue at A, open again at B, overdue again at A: each recorded, each told.
    const overdue = events.filter((e) => e.event.type === 'overdue');
    expect(overdue).toHaveLength(2);
    expect(new Set(overdue.map((e) => e.eventId)).size).toBe(2);
    const told = notices.filter((n) => n.kind === 'overdue' && n.targetUnitId === 'lead');
    expect(new Set(told.map((n) => n.noticeId)).size).toBe(2);
  });
});
