import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { ApplicationFailure } from '@temporalio/common';
import { AppConfig } from '@dondoc/config';
import { type BusinessCalendar } from '@dondoc/domain';
import {
  deliveryTiming,
  droppedOnceClosed,
  NOTICE_KIND_RULES,
  renderDigest,
  renderMessage,
  wantsNotice,
  webhookPayload,
  type DigestItem,
  type Locale,
  type MessageContext,
} from '@dondoc/notifications';
import {
  CalendarRepository,
  DeliveryEntity,
  NotificationPreferenceEntity,
  TaskEntity,
  UnitEntity,
  UserEntity,
  WebhookEndpointEntity,
} from '@dondoc/persistence';
import { deliveryRetry, startDelivery, TemporalClientService } from '@dondoc/temporal-client';
import { DataSource, In, IsNull, Not } from 'typeorm';
import {
  deliveryWorkflowId,
  type DeliveryActivities,
  type DeliveryOutcome,
  type NoticeInput,
} from '@dondoc/workflow-contract';
import { MailSender, WebhookSender } from './senders';

/** A claim older than this is taken to be a sender that died: the delivery may go again. */
const STALE_CLAIM_MS = 2 * 60_000;

export interface PlannedNotice {
  input: NoticeInput;
  task: TaskEntity & { directive: { id: string; documentNumber: string; title: string; confidentiality: string } };
  users: UserEntity[];
  /** The users' preferences, as `preferences` read them for the inbox. */
  preferences: Map<string, NotificationPreferenceEntity>;
  lateUnitName: string | null;
}

/**
 * Delivery beyond the inbox. `plan` turns a notice into delivery rows (e-mail per
 * recipient, a call per webhook of the unit), rendered in each recipient's language
 * and timed by their quiet hours and digest, then starts one delivery workflow for the
 * notice. `sendDelivery` claims a row before sending, so a retried activity sends once.
 */
@Injectable()
export class DeliveryService implements DeliveryActivities {
  private readonly logger = new Logger(DeliveryService.name);

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(CalendarRepository) private readonly calendars: CalendarRepository,
    @Inject(TemporalClientService) private readonly temporal: TemporalClientService,
    @Inject(MailSender) private readonly mail: MailSender,
    @Inject(WebhookSender) private readonly webhooks: WebhookSender,
  ) {}

  link(taskId: string): string {
    return `${this.config.delivery.publicUrl}/api/v1/tasks/${taskId}`;
  }

  /** Users who turned a channel off for a kind do not get it there (urgent kinds always go). */
  async preferences(userIds: string[]): Promise<Map<string, NotificationPreferenceEntity>> {
    if (userIds.length === 0) return new Map();
    const rows = await this.dataSource.getRepository(NotificationPreferenceEntity).findBy({ userId: In(userIds) });
    return new Map(rows.map((row) => [row.userId, row]));
  }

  wants(preference: NotificationPreferenceEntity | undefined, kind: string, channel: 'in_app' | 'email'): boolean {
    return wantsNotice(preference?.channels, kind, channel);
  }

  async plan({ input, task, users, preferences, lateUnitName }: PlannedNotice): Promise<number> {
    const now = new Date();
    const tz = this.config.timezone;
    const kind = input.kind;
    // Some kinds (escalations) go to the heads of the unit; the rest to everyone in it.
    const heads = users.filter((u) => u.isHead);
    const emailTo = (NOTICE_KIND_RULES[kind].emailToHeads && heads.length ? heads : users).filter(
      (u) => u.email && this.wants(preferences.get(u.id), kind, 'email'),
    );
    const endpoints = await this.dataSource
      .getRepository(WebhookEndpointEntity)
      .findBy({ unitId: input.targetUnitId, active: true });
    const hooks = endpoints.filter((e) => !e.kinds || e.kinds.includes(kind));
    if (emailTo.length === 0 && hooks.length === 0) return 0;

    const target = await this.dataSource.getRepository(UnitEntity).findOneByOrFail({ id: input.targetUnitId });
    const dueAt = input.dueAt ? new Date(input.dueAt) : null;
    const calendar = await this.calendars.calendar([now.getFullYear(), dueAt?.getFullYear() ?? now.getFullYear()], tz);
    const base = (locale: Locale): MessageContext => ({
      kind,
      locale,
      documentNumber: task.directive.documentNumber,
      directiveTitle: task.directive.title,
      taskTitle: task.title,
      secret: task.directive.confidentiality === 'secret',
      dueAt,
      workingDaysLeft: dueAt ? workingDaysLeft(calendar, now, dueAt) : null,
      level: input.level ?? null,
      lateUnitName,
      targetUnitName: target.name,
      note: input.note ?? null,
      link: this.link(task.id),
      timeZone: tz,
    });
    const rows: Partial<DeliveryEntity>[] = [];
    for (const user of emailTo) {
      const preference = preferences.get(user.id);
      const timing = deliveryTiming(
        now,
        kind,
        {
          quiet:
            preference?.quietStart != null && preference.quietEnd != null
              ? { startMinutes: preference.quietStart, endMinutes: preference.quietEnd }
              : null,
          digest: preference?.digest ?? false,
        },
        tz,
      );
      const message = renderMessage(base(preference?.locale ?? 'vi'));
      rows.push({
        id: randomUUID(),
        noticeId: input.noticeId,
        channel: 'email',
        recipientId: user.id,
        address: user.email!,
        unitId: input.targetUnitId,
        kind,
        taskId: task.id,
        status: 'hold' in timing ? 'held' : 'pending',
        notBefore: 'at' in timing ? timing.at : now,
        payload: message,
      });
    }
    for (const hook of hooks) {
      const id = randomUUID();
      const body = JSON.stringify(
        webhookPayload({
          ...base('vi'),
          deliveryId: id,
          noticeId: input.noticeId,
          taskId: task.id,
          directiveId: task.directive.id,
          occurredAt: now,
        }),
      );
      rows.push({
        id,
        noticeId: input.noticeId,
        channel: 'webhook',
        recipientId: hook.id,
        address: hook.url,
        unitId: input.targetUnitId,
        kind,
        taskId: task.id,
        status: 'pending',
        notBefore: now,
        payload: { body },
      });
    }
    // A retried notice finds its rows already there and adds nothing.
    await this.dataSource.createQueryBuilder().insert().into(DeliveryEntity).values(rows).orIgnore().execute();
    const pending = await this.dataSource
      .getRepository(DeliveryEntity)
      .find({ select: { id: true, notBefore: true }, where: { noticeId: input.noticeId, status: 'pending' } });
    if (pending.length) {
      await startDelivery(this.temporal.client, this.temporal.taskQueue, deliveryWorkflowId(input.noticeId), {
        noticeId: input.noticeId,
        deliveries: pending.map((d) => ({ deliveryId: d.id, notBefore: d.notBefore.toISOString() })),
        retry: deliveryRetry(this.config.delivery),
      });
    }
    return rows.length;
  }

  /** Takes the delivery for this attempt, unless it went already or another sender holds it. */
  private async claim(deliveryId: string): Promise<DeliveryEntity | DeliveryOutcome> {
    const [rows] = await this.dataSource.query(
      `UPDATE deliveries SET status = 'sending', updated_at = now()
        WHERE id = $1 AND (status = 'pending' OR (status = 'sending' AND updated_at < now() - $2 * interval '1 millisecond'))
        RETURNING id`,
      [deliveryId, STALE_CLAIM_MS],
    );
    if (rows.length === 1) return this.dataSource.getRepository(DeliveryEntity).findOneByOrFail({ id: deliveryId });
    const row = await this.dataSource.getRepository(DeliveryEntity).findOneBy({ id: deliveryId });
    if (!row) return 'skipped';
    if (row.status === 'sent' || row.status === 'digested') return 'already_sent';
    if (row.status === 'sending') throw new Error(`delivery ${deliveryId} is being sent by another attempt`);
    return 'skipped';
  }

  async sendDelivery({ deliveryId }: { deliveryId: string }): Promise<DeliveryOutcome> {
    const claimed = await this.claim(deliveryId);
    if (typeof claimed === 'string') return claimed;
    // The self-check again at sending time: the message may have waited hours for quiet hours to end.
    if (claimed.taskId && droppedOnceClosed(claimed.kind)) {
      const task = await this.dataSource
        .getRepository(TaskEntity)
        .findOne({ select: { id: true, status: true }, where: { id: claimed.taskId } });
      if (task && (task.status === 'completed' || task.status === 'cancelled')) {
        await this.dataSource.query(
          `UPDATE deliveries SET status = 'skipped', last_error = $2, updated_at = now() WHERE id = $1`,
          [deliveryId, `task ${task.status} before sending`],
        );
        return 'skipped';
      }
    }
    try {
      if (claimed.channel === 'email') {
        await this.mail.send({
          to: claimed.address,
          subject: claimed.payload.subject!,
          text: claimed.payload.text!,
          html: claimed.payload.html!,
          headers: { 'X-DonDoc-Notice': claimed.noticeId, 'X-DonDoc-Delivery': claimed.id },
        });
      } else {
        const endpoint = await this.dataSource
          .getRepository(WebhookEndpointEntity)
          .findOneBy({ id: claimed.recipientId });
        if (!endpoint || !endpoint.active) {
          await this.finish(deliveryId, 'dead', 'endpoint removed');
          return 'skipped';
        }
        await this.webhooks.send(endpoint.url, endpoint.secret, claimed.id, claimed.payload.body!);
      }
    } catch (error) {
      const message = (error as Error).message ?? String(error);
      await this.dataSource.query(
        `UPDATE deliveries SET status = 'pending', attempts = attempts + 1, last_error = $2, updated_at = now() WHERE id = $1`,
        [deliveryId, message.slice(0, 1000)],
      );
      throw ApplicationFailure.retryable(message, 'DeliveryFailed');
    }
    await this.finish(deliveryId, 'sent', null);
    return 'sent';
  }

  private async finish(deliveryId: string, status: 'sent' | 'dead', error: string | null): Promise<void> {
    await this.dataSource.query(
      `UPDATE deliveries SET status = $2, attempts = attempts + 1, sent_at = CASE WHEN $2 = 'sent' THEN now() END,
              last_error = COALESCE($3, last_error), updated_at = now() WHERE id = $1`,
      [deliveryId, status, error],
    );
  }

  async deadLetter({ deliveryId, error }: { deliveryId: string; error: string }): Promise<void> {
    await this.dataSource.query(
      `UPDATE deliveries SET status = 'dead', last_error = $2, updated_at = now() WHERE id = $1 AND status <> 'sent'`,
      [deliveryId, error.slice(0, 1000)],
    );
    this.logger.warn(`delivery ${deliveryId} dead-lettered: ${error}`);
  }

  /**
   * The daily digest: to every active user who asked for one and has an address, one
   * message listing the open tasks of their unit due within two working days, those
   * overdue, and the escalations they received since yesterday's digest. A day's digest
   * is one delivery row per user, so a retry sends nothing twice.
   */
  async sendDigests({ date }: { date: string }): Promise<{ sent: number }> {
    const tz = this.config.timezone;
    const now = new Date();
    const calendar = await this.calendars.calendar([now.getFullYear(), now.getFullYear() + 1], tz);
    const soon = calendar.endOfDay(calendar.addWorkingDays(calendar.dateOf(now), 2));
    const users = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .innerJoin(NotificationPreferenceEntity, 'p', 'p.user_id = u.id AND p.digest')
      .innerJoinAndSelect('u.unit', 'unit')
      .where('u.active AND u.email IS NOT NULL')
      .getMany();
    const preferences = await this.preferences(users.map((u) => u.id));
    let sent = 0;
    for (const user of users) {
      const preference = preferences.get(user.id);
      const tasks = await this.dataSource.getRepository(TaskEntity).find({
        where: { leadUnitId: user.unitId, status: In(['assigned', 'overdue']) },
        relations: { directive: true },
        order: { deadline: 'ASC' },
        take: 200,
      });
      const items: DigestItem[] = [];
      for (const task of tasks) {
        const overdue = task.deadline.getTime() < now.getTime();
        if (!overdue && task.deadline.getTime() > soon.getTime()) continue;
        items.push(this.digestItem(task, overdue ? 'overdue' : 'due_soon', user.unit.name, calendar, now));
      }
      const escalations: { task_id: string; level: number | null }[] = await this.dataSource.query(
        `SELECT DISTINCT ON (task_id) task_id, level FROM notifications
          WHERE user_id = $1 AND kind = 'escalation' AND created_at > now() - interval '1 day' AND task_id IS NOT NULL
          ORDER BY task_id, level DESC NULLS LAST`,
        [user.id],
      );
      if (escalations.length) {
        const escalated = await this.dataSource.getRepository(TaskEntity).find({
          where: { id: In(escalations.map((e) => e.task_id)) },
          relations: { directive: true, leadUnit: true },
        });
        for (const task of escalated) {
          const level = escalations.find((e) => e.task_id === task.id)?.level ?? null;
          items.push({ ...this.digestItem(task, 'escalated', task.leadUnit.name, calendar, now), level });
        }
      }
      if (items.length === 0) continue;
      const message = renderDigest({
        locale: preference?.locale ?? 'vi',
        date,
        recipientName: user.fullName,
        items,
        timeZone: tz,
        appLink: `${this.config.delivery.publicUrl}/api/v1/tasks`,
      });
      const noticeId = `digest:${date}`;
      await this.dataSource
        .createQueryBuilder()
        .insert()
        .into(DeliveryEntity)
        .values({
          id: randomUUID(),
          noticeId,
          channel: 'email',
          recipientId: user.id,
          address: user.email!,
          unitId: user.unitId,
          kind: 'digest',
          taskId: null,
          status: 'pending',
          notBefore: now,
          payload: message,
        })
        .orIgnore()
        .execute();
      const row = await this.dataSource
        .getRepository(DeliveryEntity)
        .findOneByOrFail({ noticeId, channel: 'email', recipientId: user.id });
      if ((await this.sendDelivery({ deliveryId: row.id })) === 'sent') sent++;
      // The reminders held for today's digest are in it now.
      await this.dataSource
        .getRepository(DeliveryEntity)
        .update(
          { recipientId: user.id, status: 'held', channel: 'email', taskId: Not(IsNull()) },
          { status: 'digested', sentAt: now },
        );
    }
    return { sent };
  }

  private digestItem(
    task: TaskEntity,
    section: DigestItem['section'],
    unitName: string,
    calendar: BusinessCalendar,
    now: Date,
  ): DigestItem {
    return {
      section,
      documentNumber: task.directive.documentNumber,
      directiveTitle: task.directive.title,
      taskTitle: task.title,
      secret: task.directive.confidentiality === 'secret',
      dueAt: task.deadline,
      workingDaysLeft: workingDaysLeft(calendar, now, task.deadline),
      unitName,
      link: this.link(task.id),
    };
  }

  asActivities(): DeliveryActivities {
    return {
      sendDelivery: (input) => this.sendDelivery(input),
      deadLetter: (input) => this.deadLetter(input),
      sendDigests: (input) => this.sendDigests(input),
    };
  }
}

/** Working days from today to the due date; negative once it has passed. */
export function workingDaysLeft(calendar: BusinessCalendar, now: Date, dueAt: Date): number {
  const days = calendar.workingDaysBetween(calendar.dateOf(now), calendar.dateOf(dueAt));
  if (days === 0 && dueAt.getTime() < now.getTime()) return -1;
  return days;
}
