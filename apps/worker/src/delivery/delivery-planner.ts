import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '@dondoc/config';
import {
  deliveryTiming,
  MESSAGE_CHANNELS,
  nextChannel,
  NOTICE_KIND_RULES,
  renderChannelText,
  renderMessage,
  UNREAD_FALLBACK_KINDS,
  wantsNotice,
  webhookPayload,
  type Channel,
  type Locale,
  type MessageChannel,
  type MessageContext,
} from '@dondoc/notifications';
import type { BusinessCalendar } from '@dondoc/domain';
import {
  CalendarRepository,
  ChannelAddressesRepository,
  type ChannelAddressEntity,
  DeliveriesRepository,
  DeliveryBatchesRepository,
  type DeliveryEntity,
  type NotificationPreferenceEntity,
  type TaskEntity,
  type UserEntity,
  type WebhookEndpointEntity,
} from '@dondoc/persistence';
import { deliveryRetry, startDeliveryBatch, TemporalClientService } from '@dondoc/temporal-client';
import type { NoticeInput } from '@dondoc/workflow-contract';
import { ChannelSender } from './channel-sender';
import { heartbeat } from './heartbeat';
import { taskLink, workingDaysLeft } from './task-facts';

export interface PlannedNotice {
  input: NoticeInput;
  task: Pick<TaskEntity, 'id' | 'title'> & {
    directive: { id: string; documentNumber: string; title: string; confidentiality: string };
  };
  /**
   * A notice about a draft (decision 74): `task` names the draft, the link is the draft's
   * page, the rows carry no task, and no webhook is called (a draft is internal).
   */
  draft?: { link: string };
  users: UserEntity[];
  /** The users' preferences, as `preferences` read them for the inbox. */
  preferences: Map<string, NotificationPreferenceEntity>;
  lateUnitName: string | null;
}

type Row = Partial<DeliveryEntity>;

/** Notices rendered into rows and inserted at a time: bounds the planner's memory at any cohort size. */
const RENDER_CHUNK = 500;

/** What every notice of one planning call shares: read once, not per notice. */
interface Shared {
  now: Date;
  calendar: BusinessCalendar;
  unitNames: Map<string, string>;
  webhooks: Map<string, WebhookEndpointEntity[]>;
  /** The verified SMS, Zalo and Telegram addresses of the recipients, on the channels this worker has (0081). */
  addresses: Map<string, ChannelAddressEntity[]>;
}

/**
 * The batches of one planning call: a key of its notices (the notice itself when there
 * is one, else a hash of their sorted ids), so a retried call names the same batches.
 */
export function batchKey(noticeIds: string[]): string {
  if (noticeIds.length === 1) return `n:${noticeIds[0]}`;
  return `h:${createHash('sha256').update(noticeIds.join('\n')).digest('hex').slice(0, 32)}`;
}

/**
 * Turns notices into delivery rows (an e-mail per recipient, a call per webhook of the
 * unit), rendered in each recipient's language and timed by their quiet hours and
 * digest, then starts the batch workflows that send them
 * (docs/decisions/0060-batched-deliveries.md).
 */
@Injectable()
export class DeliveryPlanner {
  constructor(
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(DeliveriesRepository) private readonly deliveries: DeliveriesRepository,
    @Inject(DeliveryBatchesRepository) private readonly batches: DeliveryBatchesRepository,
    @Inject(CalendarRepository) private readonly calendars: CalendarRepository,
    @Inject(TemporalClientService) private readonly temporal: TemporalClientService,
    @Inject(ChannelAddressesRepository) private readonly addresses: ChannelAddressesRepository,
    @Inject(ChannelSender) private readonly channels: ChannelSender,
  ) {}

  /** Users who turned a channel off for a kind do not get it there (urgent kinds always go). */
  preferences(userIds: string[]): Promise<Map<string, NotificationPreferenceEntity>> {
    return this.deliveries.preferencesOf(userIds);
  }

  wants(preference: NotificationPreferenceEntity | undefined, kind: string, channel: Channel): boolean {
    return wantsNotice(preference?.channels, kind, channel);
  }

  /** One notice: the same as a cohort of one. */
  plan(notice: PlannedNotice): Promise<number> {
    return this.planMany([notice]);
  }

  /**
   * Plans the deliveries of many notices at once: the units' webhooks, their names and
   * the calendar read once; rows inserted in chunks (a row already there for its notice,
   * channel and recipient stays: a retried call adds nothing); then one batch workflow
   * per `DELIVERY_BATCH_NOTICES` notices sends them. Returns the rows planned.
   */
  async planMany(notices: PlannedNotice[]): Promise<number> {
    if (notices.length === 0) return 0;
    const shared = await this.shared(notices);
    const ordered = [...notices].sort((a, b) => (a.input.noticeId < b.input.noticeId ? -1 : 1));
    const key = batchKey(ordered.map((n) => n.input.noticeId));
    const size = this.config.delivery.batchNotices;
    const batchIds: string[] = [];
    let planned = 0;
    for (let first = 0; first < ordered.length; first += size) {
      const batchId = `${key}:${first / size}`;
      batchIds.push(batchId);
      const batch = ordered.slice(first, first + size);
      for (let i = 0; i < batch.length; i += RENDER_CHUNK) {
        const rows = batch.slice(i, i + RENDER_CHUNK).flatMap((notice) => this.rows(notice, shared, batchId));
        await this.batches.add(rows);
        planned += rows.length;
        // A cohort's planning takes seconds: the calling activity stays alive meanwhile.
        heartbeat();
      }
    }
    await this.startSending(batchIds);
    return planned;
  }

  private async shared(notices: PlannedNotice[]): Promise<Shared> {
    const now = new Date();
    const unitIds = [...new Set(notices.map((n) => n.input.targetUnitId))];
    const years = new Set([now.getFullYear()]);
    for (const { input } of notices) if (input.dueAt) years.add(new Date(input.dueAt).getFullYear());
    const on = MESSAGE_CHANNELS.filter((c) => this.channels.configured(c));
    const userIds = on.length ? [...new Set(notices.flatMap((n) => n.users.map((u) => u.id)))] : [];
    const [endpoints, unitNames, calendar, verified] = await Promise.all([
      this.batches.activeWebhooksOf(unitIds),
      this.batches.unitNames(unitIds),
      this.calendars.calendar([...years].sort(), this.config.timezone),
      this.addresses.verifiedOf(userIds),
    ]);
    const addresses = new Map(
      [...verified].map(([userId, rows]) => [userId, rows.filter((r) => on.includes(r.channel))] as const),
    );
    const webhooks = new Map<string, WebhookEndpointEntity[]>();
    for (const endpoint of endpoints) {
      if (!webhooks.has(endpoint.unitId)) webhooks.set(endpoint.unitId, []);
      webhooks.get(endpoint.unitId)!.push(endpoint);
    }
    return { now, calendar, unitNames, webhooks, addresses };
  }

  /** One notice's rows: e-mails (to the heads for some kinds), then its unit's webhooks that take its kind. */
  private rows(notice: PlannedNotice, shared: Shared, batchId: string): Row[] {
    const { input, users, preferences } = notice;
    // Some kinds (escalations) go to the heads of the unit; the rest to everyone in it.
    const heads = users.filter((u) => u.isHead);
    const emailTo = (NOTICE_KIND_RULES[input.kind].emailToHeads && heads.length ? heads : users).filter(
      (u) => u.email && this.wants(preferences.get(u.id), input.kind, 'email'),
    );
    const hooks = (notice.draft ? [] : (shared.webhooks.get(input.targetUnitId) ?? [])).filter(
      (e) => !e.kinds || e.kinds.includes(input.kind),
    );
    // SMS, Zalo, Telegram: the same people as the e-mail, to each verified address they chose for the kind.
    const messageTo = (NOTICE_KIND_RULES[input.kind].emailToHeads && heads.length ? heads : users).flatMap((user) =>
      (shared.addresses.get(user.id) ?? [])
        .filter((a) => this.wants(preferences.get(user.id), input.kind, a.channel))
        .map((address) => ({ user, address })),
    );
    if (emailTo.length === 0 && hooks.length === 0 && messageTo.length === 0) return [];
    const base = this.messageContext(notice, shared);
    const { now } = shared;
    return [
      ...emailTo.map((user) => this.emailRow(notice, user, base, now)),
      ...hooks.map((hook) => this.webhookRow(notice, hook, base, now)),
      ...messageTo.map(({ user, address }) => this.messageRow(notice, user, address, base, now)),
      ...this.unreadFallbackRows(notice, shared, base, emailTo, messageTo),
    ].map((row) => ({ ...row, batchId }));
  }

  /**
   * An escalation unread after `ESCALATION_UNREAD_FALLBACK_SECONDS` goes on the person's next
   * channel (docs/decisions/0083): a row per head on the first channel of their order not
   * already planned for them that has a verified address, due then, sent only if the
   * notice is still unread in their inbox at that moment.
   */
  private unreadFallbackRows(
    notice: PlannedNotice,
    shared: Shared,
    base: (locale: Locale) => MessageContext,
    emailTo: UserEntity[],
    messageTo: { user: UserEntity; address: ChannelAddressEntity }[],
  ): Row[] {
    if (!UNREAD_FALLBACK_KINDS.includes(notice.input.kind)) return [];
    const heads = notice.users.filter((u) => u.isHead);
    const at = new Date(shared.now.getTime() + this.config.delivery.escalationUnreadFallbackSeconds * 1000);
    return (heads.length ? heads : notice.users).flatMap((user) => {
      const planned = new Set<string>([
        ...(emailTo.includes(user) ? ['email'] : []),
        ...messageTo.filter((m) => m.user === user).map((m) => m.address.channel),
      ]);
      const addresses = shared.addresses.get(user.id) ?? [];
      const order = notice.preferences.get(user.id)?.channelOrder ?? [];
      const channel = nextChannel(order, null, new Set(addresses.map((a) => a.channel)), planned);
      const next = addresses.find((a) => a.channel === channel);
      if (!next) return [];
      const row = this.messageRow(notice, user, next, base, shared.now);
      return [{ ...row, status: 'pending' as const, notBefore: at, payload: { ...row.payload, unlessRead: true } }];
    });
  }

  /** When a person's message goes: the digest (held), or after their quiet hours, or at once for urgent kinds. */
  private timing(input: NoticeInput, preference: NotificationPreferenceEntity | undefined, now: Date) {
    return deliveryTiming(
      now,
      input.kind,
      {
        quiet:
          preference?.quietStart != null && preference.quietEnd != null
            ? { startMinutes: preference.quietStart, endMinutes: preference.quietEnd }
            : null,
        digest: preference?.digest ?? false,
        urgentKinds: preference?.urgentKinds ?? [],
      },
      this.config.timezone,
    );
  }

  /** An SMS, Zalo or Telegram message to a verified address, in the person's language (the secret form for a secret directive). */
  private messageRow(
    { input, task, preferences, draft }: PlannedNotice,
    user: UserEntity,
    address: ChannelAddressEntity,
    base: (locale: Locale) => MessageContext,
    now: Date,
  ): Row {
    const preference = preferences.get(user.id);
    const timing = this.timing(input, preference, now);
    return {
      id: randomUUID(),
      noticeId: input.noticeId,
      channel: address.channel as MessageChannel,
      recipientId: user.id,
      address: address.address!,
      unitId: input.targetUnitId,
      kind: input.kind,
      taskId: draft ? null : task.id,
      status: 'hold' in timing ? 'held' : 'pending',
      notBefore: 'at' in timing ? timing.at : now,
      payload: { text: renderChannelText(base(preference?.locale ?? 'vi')) },
    };
  }

  /** What every message of the notice says, in a given language. */
  private messageContext(
    { input, task, lateUnitName, draft }: PlannedNotice,
    { now, calendar, unitNames }: Shared,
  ): (locale: Locale) => MessageContext {
    const tz = this.config.timezone;
    const targetUnitName = unitNames.get(input.targetUnitId);
    if (targetUnitName === undefined) throw new Error(`unit ${input.targetUnitId} not found`);
    const dueAt = input.dueAt ? new Date(input.dueAt) : null;
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
      link: draft?.link ?? taskLink(this.config.delivery.publicUrl, task.id),
      timeZone: tz,
    });
  }

  /** The user's e-mail, in their language, held for the digest or timed by their quiet hours. */
  private emailRow(
    { input, task, preferences, draft }: PlannedNotice,
    user: UserEntity,
    base: (locale: Locale) => MessageContext,
    now: Date,
  ): Row {
    const preference = preferences.get(user.id);
    const timing = this.timing(input, preference, now);
    return {
      id: randomUUID(),
      noticeId: input.noticeId,
      channel: 'email',
      recipientId: user.id,
      address: user.email!,
      unitId: input.targetUnitId,
      kind: input.kind,
      taskId: draft ? null : task.id,
      status: 'hold' in timing ? 'held' : 'pending',
      notBefore: 'at' in timing ? timing.at : now,
      // The one-line text too, should the e-mail fail for good and fall back to SMS, Zalo or Telegram (0083).
      payload: {
        ...renderMessage(base(preference?.locale ?? 'vi')),
        short: renderChannelText(base(preference?.locale ?? 'vi')),
      },
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

  /** The batches of this call that have something to send, each started once (business-keyed ids). */
  private async startSending(batchIds: string[]): Promise<void> {
    const pending = await this.batches.batchesWithPending(batchIds);
    const retry = deliveryRetry(this.config.delivery);
    await Promise.all(
      pending.map((batchId) => startDeliveryBatch(this.temporal.client, this.temporal.taskQueue, { batchId, retry })),
    );
  }
}
