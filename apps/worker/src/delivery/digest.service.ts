import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '@dondoc/config';
import type { BusinessCalendar } from '@dondoc/domain';
import {
  MESSAGE_CHANNELS,
  renderDigest,
  renderDigestText,
  wantsNotice,
  type DigestContext,
  type DigestItem,
} from '@dondoc/notifications';
import {
  CalendarRepository,
  ChannelAddressesRepository,
  DeliveriesRepository,
  DigestRepository,
  type NotificationPreferenceEntity,
  type TaskEntity,
  type UserEntity,
} from '@dondoc/persistence';
import { ChannelSender } from './channel-sender';
import { DeliverySender } from './delivery-sender';
import { deliveryRetry, startDeliveryBatch, TemporalClientService } from '@dondoc/temporal-client';
import { taskLink, workingDaysLeft } from './task-facts';

/** What one day's digests share: the calendar, the instant they are made, and "due soon". */
interface DigestDay {
  date: string;
  now: Date;
  calendar: BusinessCalendar;
  soon: Date;
}

/**
 * The daily digest: to every active user who asked for one and has an address, one
 * message listing the open tasks of their unit due within two working days, those
 * overdue, and the escalations they received since yesterday's digest. A day's digest
 * is one delivery row per user, so a retry sends nothing twice.
 */
@Injectable()
export class DigestService {
  constructor(
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(CalendarRepository) private readonly calendars: CalendarRepository,
    @Inject(DeliveriesRepository) private readonly deliveries: DeliveriesRepository,
    @Inject(DigestRepository) private readonly digests: DigestRepository,
    @Inject(DeliverySender) private readonly sender: DeliverySender,
    @Inject(ChannelAddressesRepository) private readonly addresses: ChannelAddressesRepository,
    @Inject(ChannelSender) private readonly channels: ChannelSender,
    @Inject(TemporalClientService) private readonly temporal: TemporalClientService,
  ) {}

  async sendDigests({ date }: { date: string }): Promise<{ sent: number }> {
    const now = new Date();
    const calendar = await this.calendars.calendar([now.getFullYear(), now.getFullYear() + 1], this.config.timezone);
    const soon = calendar.endOfDay(calendar.addWorkingDays(calendar.dateOf(now), 2));
    const day: DigestDay = { date, now, calendar, soon };
    const users = await this.digests.recipients();
    const preferences = await this.deliveries.preferencesOf(users.map((u) => u.id));
    let sent = 0;
    for (const user of users) {
      if (await this.sendDigest(user, preferences.get(user.id), day)) sent++;
    }
    return { sent };
  }

  /** One user's digest, when there is anything in it; true when it went out now. */
  private async sendDigest(
    user: UserEntity,
    preference: NotificationPreferenceEntity | undefined,
    day: DigestDay,
  ): Promise<boolean> {
    const items = [...(await this.dueItems(user, day)), ...(await this.escalatedItems(user, day))];
    if (items.length === 0) return false;
    const context: DigestContext = {
      locale: preference?.locale ?? 'vi',
      date: day.date,
      recipientName: user.fullName,
      items,
      timeZone: this.config.timezone,
      appLink: `${this.config.delivery.publicUrl}/api/v1/tasks`,
    };
    const message = renderDigest(context);
    const noticeId = `digest:${day.date}`;
    await this.sendOnChannels(user, preference, context, noticeId, day);
    await this.deliveries.add([
      {
        id: randomUUID(),
        noticeId,
        channel: 'email',
        recipientId: user.id,
        address: user.email!,
        unitId: user.unitId,
        kind: 'digest',
        taskId: null,
        status: 'pending',
        notBefore: day.now,
        payload: message,
      },
    ]);
    const row = await this.deliveries.findFor(noticeId, 'email', user.id);
    const sent = (await this.sender.sendDelivery({ deliveryId: row.id })) === 'sent';
    // The reminders held for today's digest are in it now.
    await this.deliveries.markHeldDigested(user.id, day.now);
    return sent;
  }

  /**
   * The digest's short form on the message channels the person chose for `digest` (decision
   * 81): the day, the counts and the link, to each verified address; one row per channel and
   * day (a retried digest adds nothing), sent by the batch workflow of the person's day.
   */
  private async sendOnChannels(
    user: UserEntity,
    preference: NotificationPreferenceEntity | undefined,
    context: DigestContext,
    noticeId: string,
    day: DigestDay,
  ): Promise<void> {
    const verified = (await this.addresses.verifiedOf([user.id])).get(user.id) ?? [];
    const to = verified.filter(
      (a) =>
        MESSAGE_CHANNELS.includes(a.channel) &&
        this.channels.configured(a.channel) &&
        wantsNotice(preference?.channels, 'digest', a.channel),
    );
    if (to.length === 0) return;
    const batchId = `${noticeId}:${user.id}`;
    await this.deliveries.add(
      to.map((address) => ({
        id: randomUUID(),
        noticeId,
        channel: address.channel,
        recipientId: user.id,
        address: address.address!,
        unitId: user.unitId,
        kind: 'digest',
        taskId: null,
        status: 'pending' as const,
        notBefore: day.now,
        payload: { text: renderDigestText(context) },
        batchId,
      })),
    );
    // Sent by a batch workflow of their own (decision 60): retries, backoff and dead letters
    // as for any notice, and a failing channel never holds up the e-mail or anyone's digest.
    await startDeliveryBatch(this.temporal.client, this.temporal.taskQueue, {
      batchId,
      retry: deliveryRetry(this.config.delivery),
    });
  }

  /** The open tasks of the user's unit that are overdue or due within two working days. */
  private async dueItems(user: UserEntity, day: DigestDay): Promise<DigestItem[]> {
    const items: DigestItem[] = [];
    for (const task of await this.digests.openTasksLedBy(user.unitId, 200)) {
      const overdue = task.deadline.getTime() < day.now.getTime();
      if (!overdue && task.deadline.getTime() > day.soon.getTime()) continue;
      items.push(this.digestItem(task, overdue ? 'overdue' : 'due_soon', user.unit.name, day));
    }
    return items;
  }

  /** The tasks the user was told of an escalation about since yesterday, at the highest level told. */
  private async escalatedItems(user: UserEntity, day: DigestDay): Promise<DigestItem[]> {
    const escalations = await this.digests.escalationsReceived(user.id);
    if (escalations.length === 0) return [];
    const tasks = await this.digests.tasksWithLeadUnit(escalations.map((e) => e.task_id));
    return tasks.map((task) => {
      const level = escalations.find((e) => e.task_id === task.id)?.level ?? null;
      return { ...this.digestItem(task, 'escalated', task.leadUnit.name, day), level };
    });
  }

  private digestItem(task: TaskEntity, section: DigestItem['section'], unitName: string, day: DigestDay): DigestItem {
    return {
      section,
      documentNumber: task.directive.documentNumber,
      directiveTitle: task.directive.title,
      taskTitle: task.title,
      secret: task.directive.confidentiality === 'secret',
      dueAt: task.deadline,
      workingDaysLeft: workingDaysLeft(day.calendar, day.now, task.deadline),
      unitName,
      link: taskLink(this.config.delivery.publicUrl, task.id),
    };
  }
}
