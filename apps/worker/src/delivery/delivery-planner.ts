import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '@dondoc/config';
import {
  deliveryTiming,
  NOTICE_KIND_RULES,
  renderMessage,
  wantsNotice,
  webhookPayload,
  type Channel,
  type Locale,
  type MessageContext,
} from '@dondoc/notifications';
import {
  CalendarRepository,
  DeliveriesRepository,
  type DeliveryEntity,
  type NotificationPreferenceEntity,
  type TaskEntity,
  type UserEntity,
  type WebhookEndpointEntity,
} from '@dondoc/persistence';
import { deliveryRetry, startDelivery, TemporalClientService } from '@dondoc/temporal-client';
import { deliveryWorkflowId, type NoticeInput } from '@dondoc/workflow-contract';
import { taskLink, workingDaysLeft } from './task-facts';

export interface PlannedNotice {
  input: NoticeInput;
  task: TaskEntity & { directive: { id: string; documentNumber: string; title: string; confidentiality: string } };
  users: UserEntity[];
  /** The users' preferences, as `preferences` read them for the inbox. */
  preferences: Map<string, NotificationPreferenceEntity>;
  lateUnitName: string | null;
}

type Row = Partial<DeliveryEntity>;

/**
 * Turns a notice into delivery rows (an e-mail per recipient, a call per webhook of the
 * unit), rendered in each recipient's language and timed by their quiet hours and
 * digest, then starts one delivery workflow for the notice's pending rows.
 */
@Injectable()
export class DeliveryPlanner {
  constructor(
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(DeliveriesRepository) private readonly deliveries: DeliveriesRepository,
    @Inject(CalendarRepository) private readonly calendars: CalendarRepository,
    @Inject(TemporalClientService) private readonly temporal: TemporalClientService,
  ) {}

  /** Users who turned a channel off for a kind do not get it there (urgent kinds always go). */
  preferences(userIds: string[]): Promise<Map<string, NotificationPreferenceEntity>> {
    return this.deliveries.preferencesOf(userIds);
  }

  wants(preference: NotificationPreferenceEntity | undefined, kind: string, channel: Channel): boolean {
    return wantsNotice(preference?.channels, kind, channel);
  }

  async plan(notice: PlannedNotice): Promise<number> {
    const now = new Date();
    const { input, users, preferences } = notice;
    // Some kinds (escalations) go to the heads of the unit; the rest to everyone in it.
    const heads = users.filter((u) => u.isHead);
    const emailTo = (NOTICE_KIND_RULES[input.kind].emailToHeads && heads.length ? heads : users).filter(
      (u) => u.email && this.wants(preferences.get(u.id), input.kind, 'email'),
    );
    const endpoints = await this.deliveries.activeWebhooks(input.targetUnitId);
    const hooks = endpoints.filter((e) => !e.kinds || e.kinds.includes(input.kind));
    if (emailTo.length === 0 && hooks.length === 0) return 0;

    const base = await this.messageContext(notice, now);
    const rows = [
      ...emailTo.map((user) => this.emailRow(notice, user, base, now)),
      ...hooks.map((hook) => this.webhookRow(notice, hook, base, now)),
    ];
    // A retried notice finds its rows already there and adds nothing.
    await this.deliveries.add(rows);
    await this.startSending(input.noticeId);
    return rows.length;
  }

  /** What every message of the notice says, in a given language. */
  private async messageContext(
    { input, task, lateUnitName }: PlannedNotice,
    now: Date,
  ): Promise<(locale: Locale) => MessageContext> {
    const tz = this.config.timezone;
    const targetUnitName = await this.deliveries.unitName(input.targetUnitId);
    const dueAt = input.dueAt ? new Date(input.dueAt) : null;
    const calendar = await this.calendars.calendar([now.getFullYear(), dueAt?.getFullYear() ?? now.getFullYear()], tz);
    return (locale) => ({
      kind: input.kind,
      locale,
      documentNumber: task.directive.documentNumber,
      directiveTitle: task.directive.title,
      taskTitle: task.title,
      secret: task.directive.confidentiality === 'secret',
      dueAt,
      workingDaysLeft: dueAt ? workingDaysLeft(calendar, now, dueAt) : null,
      level: input.level ?? null,
      lateUnitName,
      targetUnitName,
      note: input.note ?? null,
      link: taskLink(this.config.delivery.publicUrl, task.id),
      timeZone: tz,
    });
  }

  /** The user's e-mail, in their language, held for the digest or timed by their quiet hours. */
  private emailRow(
    { input, task, preferences }: PlannedNotice,
    user: UserEntity,
    base: (locale: Locale) => MessageContext,
    now: Date,
  ): Row {
    const preference = preferences.get(user.id);
    const timing = deliveryTiming(
      now,
      input.kind,
      {
        quiet:
          preference?.quietStart != null && preference.quietEnd != null
            ? { startMinutes: preference.quietStart, endMinutes: preference.quietEnd }
            : null,
        digest: preference?.digest ?? false,
      },
      this.config.timezone,
    );
    return {
      id: randomUUID(),
      noticeId: input.noticeId,
      channel: 'email',
      recipientId: user.id,
      address: user.email!,
      unitId: input.targetUnitId,
      kind: input.kind,
      taskId: task.id,
      status: 'hold' in timing ? 'held' : 'pending',
      notBefore: 'at' in timing ? timing.at : now,
      payload: renderMessage(base(preference?.locale ?? 'vi')),
    };
  }

  /** The webhook call, at once (its body carries both languages). */
  private webhookRow(
    { input, task }: PlannedNotice,
    hook: WebhookEndpointEntity,
    base: (locale: Locale) => MessageContext,
    now: Date,
  ): Row {
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
    return {
      id,
      noticeId: input.noticeId,
      channel: 'webhook',
      recipientId: hook.id,
      address: hook.url,
      unitId: input.targetUnitId,
      kind: input.kind,
      taskId: task.id,
      status: 'pending',
      notBefore: now,
      payload: { body },
    };
  }

  /** One delivery workflow per notice sends its pending rows, each at its time. */
  private async startSending(noticeId: string): Promise<void> {
    const pending = await this.deliveries.pendingOf(noticeId);
    if (pending.length === 0) return;
    await startDelivery(this.temporal.client, this.temporal.taskQueue, deliveryWorkflowId(noticeId), {
      noticeId,
      deliveries: pending.map((d) => ({ deliveryId: d.id, notBefore: d.notBefore.toISOString() })),
      retry: deliveryRetry(this.config.delivery),
    });
  }
}
