import { captureHistory, TimeSkippingHarness } from '../test/support/temporal-testing';
import {
  answerExplanationUpdate,
  explanationStateQuery,
  handOverExplanationUpdate,
  type ExplanationActivities,
  type ExplanationWorkflowInput,
  type NoticeInput,
} from '../libs/workflow-contract/src';
import { explanationWorkflow } from './explanation.workflow';

const S = 1000;

/**
 * The explanation request as an obligation (docs/statistics.md): recorded and told, then
 * reminded before its due instant and escalated after it up to the requesting unit,
 * until the unit answers; an unknown reason category or a second answer is refused.
 */
describe('explanation workflow (time-skipping test server)', () => {
  const env = TimeSkippingHarness.forThisFile();

  it('reminds, escalates up to the requesting unit, records the answer once', async () => {
    const notices: (NoticeInput & { at: number })[] = [];
    const writes: string[] = [];
    const activities: ExplanationActivities = {
      notify: async (input) => {
        notices.push({ ...input, at: await env.currentTimeMs() });
        return { delivered: 1 };
      },
      escalationChain: async () => ['late-unit', 'middle-unit', 'requesting-unit'],
      recordExplanationRequest: async (input) => void writes.push(`requested:${input.eventId}`),
      recordExplanationAnswer: async (input) => void writes.push(`answered:${input.reasonCategory}`),
      recordExplanationHandOver: async (input) => void writes.push(`handed-over:${input.eventId}`),
    };
    await env.withWorker('explanation', activities, async (taskQueue) => {
      const t0 = await env.currentTimeMs();
      const input: ExplanationWorkflowInput = {
        explanationId: 'e1',
        taskId: 'task-1',
        unitId: 'late-unit',
        requestingUnitId: 'requesting-unit',
        actor: 'thuongtruc.tu',
        requestedAt: new Date(t0).toISOString(),
        dueAt: new Date(t0 + 20 * S).toISOString(),
        workingDays: 1,
        note: 'Đề nghị giải trình',
        reminderPolicy: { before: [{ duration: 'PT10S' }], onDeadlineDayAt: null },
        escalationPolicy: { stepDelay: { duration: 'PT5S' }, repeatAtTop: { duration: 'PT5S' } },
        calendar: { timeZone: 'Asia/Ho_Chi_Minh', daysOff: [], workingWeekends: [] },
      };
      const handle = await env.client.workflow.start(explanationWorkflow, {
        workflowId: `explanation:e1:${taskQueue}`,
        taskQueue,
        args: [input],
      });
      await env.sleep(31 * S);
      expect(
        notices.map((n) => [n.noticeId.split(':').slice(3).join(':'), n.kind, n.targetUnitId, n.level ?? null]),
      ).toEqual([
        ['requested', 'overdue', 'late-unit', null],
        ['reminder:PT10S', 'reminder', 'late-unit', null],
        ['esc:0', 'overdue', 'late-unit', 1],
        ['esc:1', 'escalation', 'middle-unit', 2],
        ['esc:2', 'escalation', 'requesting-unit', 3],
      ]);
      expect(notices[1]!.at - t0).toBeGreaterThanOrEqual(10 * S);
      expect(notices[2]!.at - t0).toBeGreaterThanOrEqual(20 * S);
      await expect(
        handle.executeUpdate(answerExplanationUpdate, {
          args: [{ actor: 'hnd', reasonCategory: 'bogus', answer: 'x' }],
        }),
      ).rejects.toThrow();
      const state = await handle.executeUpdate(answerExplanationUpdate, {
        args: [{ actor: 'hnd', reasonCategory: 'workload', answer: 'Khối lượng lớn' }],
      });
      expect(state.status).toBe('answered');
      await handle.result();
      expect(await handle.query(explanationStateQuery)).toMatchObject({ status: 'answered', step: 3 });
      const sent = notices.length;
      await env.sleep(60 * S);
      expect(notices.length).toBe(sent);
      expect(writes).toEqual([`requested:explanation:e1:${taskQueue}#requested`, 'answered:workload']);
    });
  });

  /**
   * A unit deactivated with a successor (docs/decisions/0042): the request passes to the
   * successor mid-wait; the next reminder and the escalation go to the successor and up
   * its own parents, and the old unit hears nothing more.
   */
  it('hands an open request over to the successor: reminded and escalated through the successor’s parents', async () => {
    const notices: (NoticeInput & { at: number })[] = [];
    const writes: string[] = [];
    const PARENT: Record<string, string> = {
      'late-unit': 'middle-unit',
      'middle-unit': 'requesting-unit',
      successor: 'successor-parent',
      'successor-parent': 'requesting-unit',
    };
    const activities: ExplanationActivities = {
      notify: async (input) => {
        notices.push({ ...input, at: await env.currentTimeMs() });
        return { delivered: 1 };
      },
      escalationChain: async ({ fromUnitId, toUnitId }) => {
        const chain = [fromUnitId];
        while (chain.at(-1) !== toUnitId && PARENT[chain.at(-1)!]) chain.push(PARENT[chain.at(-1)!]!);
        return chain;
      },
      recordExplanationRequest: async () => void writes.push('requested'),
      recordExplanationAnswer: async (input) => void writes.push(`answered:${input.actor}`),
      recordExplanationHandOver: async (input) =>
        void writes.push(`handed-over:${input.eventId}:${input.roles.join('+')}:${input.unitId}`),
    };
    await env.withWorker('explanation', activities, async (taskQueue) => {
      const t0 = await env.currentTimeMs();
      const input: ExplanationWorkflowInput = {
        explanationId: 'e2',
        taskId: 'task-2',
        unitId: 'late-unit',
        requestingUnitId: 'requesting-unit',
        actor: 'thuongtruc.tu',
        requestedAt: new Date(t0).toISOString(),
        dueAt: new Date(t0 + 20 * S).toISOString(),
        workingDays: 1,
        note: 'Đề nghị giải trình',
        reminderPolicy: { before: [{ duration: 'PT10S' }], onDeadlineDayAt: null },
        escalationPolicy: { stepDelay: { duration: 'PT5S' }, repeatAtTop: { duration: 'PT5S' } },
        calendar: { timeZone: 'Asia/Ho_Chi_Minh', daysOff: [], workingWeekends: [] },
      };
      const handle = await env.client.workflow.start(explanationWorkflow, {
        workflowId: `explanation:e2:${taskQueue}`,
        taskQueue,
        args: [input],
      });
      await env.sleep(5 * S);
      const handOver = {
        eventId: 'unit-handover:late-unit#deactivated',
        fromUnitId: 'late-unit',
        toUnitId: 'successor',
        reason: 'Hợp nhất',
        actor: 'admin',
      };
      expect(await handle.executeUpdate(handOverExplanationUpdate, { args: [handOver] })).toEqual({ roles: ['asked'] });
      // Told again (a retried activity): nothing more moves, nothing more is recorded.
      expect(await handle.executeUpdate(handOverExplanationUpdate, { args: [handOver] })).toEqual({ roles: [] });
      await env.sleep(t0 + 26 * S - (await env.currentTimeMs()));
      expect(
        notices.map((n) => [n.noticeId.split(':').slice(3, 4).join(':'), n.kind, n.targetUnitId, n.level ?? null]),
      ).toEqual([
        ['requested', 'overdue', 'late-unit', null],
        ['handover', 'overdue', 'successor', null],
        ['reminder', 'reminder', 'successor', null],
        ['esc', 'overdue', 'successor', 1],
        ['esc', 'escalation', 'successor-parent', 2],
      ]);
      expect(notices.filter((n) => n.at > t0 + 5 * S && n.targetUnitId === 'late-unit')).toEqual([]);
      await handle.executeUpdate(answerExplanationUpdate, {
        args: [{ actor: 'successor-officer', reasonCategory: 'workload', answer: 'Đơn vị kế thừa giải trình' }],
      });
      // Answered: there is nothing left to hand over.
      await expect(
        handle.executeUpdate(handOverExplanationUpdate, {
          args: [{ ...handOver, eventId: 'unit-handover:successor#deactivated', fromUnitId: 'successor' }],
        }),
      ).rejects.toThrow();
      await handle.result();
      await captureHistory(handle);
      expect(writes).toEqual([
        'requested',
        `handed-over:explanation:e2:${taskQueue}#handover:unit-handover:late-unit#deactivated:asked:successor`,
        'answered:successor-officer',
      ]);
    });
  });
});
