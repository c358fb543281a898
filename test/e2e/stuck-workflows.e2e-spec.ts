import { randomUUID } from 'node:crypto';
import { NativeConnection, Worker } from '@temporalio/worker';
import type { DataSource } from 'typeorm';
import { DEFAULT_ESCALATION_POLICY, DEFAULT_REMINDER_POLICY } from '@dondoc/domain';
import { AuditEventEntity, DirectiveEntity } from '@dondoc/persistence';
import { TemporalClientService } from '@dondoc/temporal-client';
import {
  DIRECTIVE_WORKFLOW,
  directiveWorkflowId,
  type DirectiveInput,
  type DirectiveWorkflow,
} from '@dondoc/workflow-contract';
import { connectTestDatabase } from '../support/database';
import { todayInVietnam } from '../support/dates';
import { Http } from '../support/http';
import { PASSWORD, seedTestProvince, type TestProvince } from '../support/province';
import { startSystem, type RunningSystem } from '../support/system';
import { bundleWorkflows, uniqueTaskQueue } from '../support/temporal-testing';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * No poison pills (apps/worker/src/activities/failures.ts, GET /admin/stuck-workflows):
 * a directive workflow started straight through Temporal with a NUL in its title (no
 * API boundary in the way) ends `rejected`, audited; and one run by an older build,
 * whose activity retried such a failure forever, is listed by the admin endpoint and
 * ended by it, with the reason audited.
 */
describe('poisoned workflows end or are resolved (dev server, real PostgreSQL)', () => {
  let system: RunningSystem;
  let db: DataSource;
  let p: TestProvince;
  let http: Http;
  let temporal: TemporalClientService;
  const today = todayInVietnam();

  beforeAll(async () => {
    [system, db] = await Promise.all([startSystem(), connectTestDatabase()]);
    p = await seedTestProvince(db);
    http = new Http(system.baseUrl);
    temporal = system.api.get(TemporalClientService);
  });
  afterAll(async () => {
    await system?.stop();
    await db?.destroy();
  });

  const as = (username: string) => http.login(p.user(username), PASSWORD);
  function poisoned(): DirectiveInput {
    const directiveId = randomUUID();
    const number = Math.floor(Math.random() * 90_000) + 10_000;
    return {
      directiveId,
      document: { raw: `${number}-KH/TU`, normalized: `${number}-KH/TU`, number, type: 'KH', issuer: 'TU' },
      issueDate: today,
      issuingUnitId: p.unit('TU-GL'),
      title: 'Kế hoạch\u0000 có ký tự NUL',
      summary: null,
      confidentiality: 'normal',
      urgency: 'normal',
      acceptedAt: new Date().toISOString(),
      actor: p.user('thuongtruc.tu'),
      tasks: [
        {
          taskId: randomUUID(),
          title: 'Nhiệm vụ',
          description: null,
          leadUnitId: p.unit('BDV-TU'),
          coordinatingUnitIds: [],
          deadline: new Date(Date.now() + 20 * 86_400_000).toISOString(),
          deadlineWorkingDays: null,
          reportRequired: true,
          reportTemplate: null,
          indicators: [],
          reminderPolicy: DEFAULT_REMINDER_POLICY,
          escalationPolicy: DEFAULT_ESCALATION_POLICY,
        },
      ],
    };
  }

  it('ends a directive that cannot be recorded as rejected, with the reason audited', async () => {
    const input = poisoned();
    const handle = await temporal.client.workflow.start<DirectiveWorkflow>(DIRECTIVE_WORKFLOW, {
      workflowId: directiveWorkflowId(input.directiveId),
      taskQueue: system.config.temporal.taskQueue,
      args: [input],
    });
    await expect(handle.result()).resolves.toEqual({ phase: 'rejected' });
    expect(await db.getRepository(DirectiveEntity).countBy({ id: input.directiveId })).toBe(0);
    const audit = await db.getRepository(AuditEventEntity).findOneByOrFail({ entityId: input.directiveId });
    expect(audit.action).toBe('directive.rejected');
    expect(JSON.stringify(audit.after)).toContain('DataException:22021');
  });

  it('lists a workflow of an older build stuck on a poisoned input, and ends it (audited)', async () => {
    // The older build: today's workflow code, but an activity adapter that let the
    // PostgreSQL error through as retryable, so the recording was retried forever.
    const taskQueue = uniqueTaskQueue('older-build');
    const connection = await NativeConnection.connect({ address: system.config.temporal.address });
    const worker = await Worker.create({
      connection,
      namespace: system.config.temporal.namespace,
      taskQueue,
      workflowBundle: await bundleWorkflows(),
      activities: {
        recordDirective: async () => {
          throw new Error('invalid byte sequence for encoding "UTF8": 0x00');
        },
      },
    });
    const running = worker.run();
    const input = poisoned();
    const workflowId = directiveWorkflowId(input.directiveId);
    try {
      await temporal.client.workflow.start<DirectiveWorkflow>(DIRECTIVE_WORKFLOW, {
        workflowId,
        taskQueue,
        args: [input],
      });
      const admin = await as('admin');
      let listed: any;
      for (let i = 0; i < 60 && !listed; i++) {
        const stuck = await http.request('GET', '/api/v1/admin/stuck-workflows', { token: admin });
        expect(stuck.status).toBe(200);
        listed = stuck.body.items.find((w: { workflowId: string }) => w.workflowId === workflowId);
        if (!listed) await sleep(1_000);
      }
      expect(listed).toMatchObject({ workflowType: DIRECTIVE_WORKFLOW });
      expect(listed.activities[0]).toMatchObject({ activityType: 'recordDirective' });
      expect(listed.activities[0].attempt).toBeGreaterThan(3);

      // Only administrators; a reason is required.
      const officer = await as('bdv.tinh');
      const path = `/api/v1/admin/stuck-workflows/${encodeURIComponent(workflowId)}/resolve`;
      expect((await http.request('GET', '/api/v1/admin/stuck-workflows', { token: officer })).status).toBe(403);
      expect((await http.request('POST', path, { token: admin, body: {} })).status).toBe(400);

      const reason = 'Dữ liệu hỏng từ bản cũ / poisoned input from an older build';
      const resolved = await http.request('POST', path, { token: admin, body: { reason } });
      expect(resolved.status).toBe(200);
      expect(resolved.body).toMatchObject({ workflowId, action: 'terminate', reason });
      const description = await temporal.client.workflow.getHandle(workflowId).describe();
      expect(description.status.name).toBe('TERMINATED');
      const audit = await db
        .getRepository(AuditEventEntity)
        .findOneByOrFail({ entityId: input.directiveId, action: 'workflow.terminated' });
      expect(audit).toMatchObject({ entityType: 'directive', actor: p.user('admin') });
      expect((audit.after as { reason: string }).reason).toBe(reason);

      const after = await http.request('GET', '/api/v1/admin/stuck-workflows', { token: admin });
      expect(after.body.items.map((w: { workflowId: string }) => w.workflowId)).not.toContain(workflowId);
      expect((await http.request('POST', path, { token: admin, body: { reason } })).status).toBe(404);
    } finally {
      worker.shutdown();
      await running;
      await connection.close();
    }
  });
});
