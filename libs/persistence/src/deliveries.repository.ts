import { randomBytes, randomUUID } from 'node:crypto';
import { In, IsNull, Not, type DataSource, type EntityManager } from 'typeorm';
import { ConflictError, NotFoundError, type Scope, msg } from '@dondoc/domain';
import { appendAudit } from './audit/audit-append';
import {
  DeliveryEntity,
  NotificationPreferenceEntity,
  TaskEntity,
  UnitEntity,
  UserEntity,
  WebhookEndpointEntity,
  type DeliveryChannel,
  type DeliveryStatus,
} from './entities';

export interface PreferencesInput {
  /** The user's address for e-mail; null for none. */
  email?: string | null;
  /** null: no choice (the browser's language applies). */
  locale?: 'vi' | 'en' | null;
  channels?: Record<string, ('in_app' | 'email' | 'sms' | 'zalo' | 'telegram')[]>;
  /** Kinds sent at once on every channel, past quiet hours. */
  urgentKinds?: string[];
  /** The fall-back order of channels (0083). */
  channelOrder?: ('email' | 'sms' | 'zalo' | 'telegram')[];
  quietHours?: { startMinutes: number; endMinutes: number } | null;
  digest?: boolean;
}

/**
 * Preferences, webhook endpoints and the delivery log. Webhooks belong to units: the
 * caller's scope must hold the unit. Deliveries are seen by those whose scope holds
 * the unit they were for; a dead one can be re-driven. The worker's side (below the
 * API's): rows planned for a notice, claimed by one sending attempt, then finished,
 * put back for a retry, skipped or dead-lettered.
 */
export class DeliveriesRepository {
  constructor(private readonly dataSource: DataSource) {}

  async preferences(userId: string): Promise<NotificationPreferenceEntity> {
    const found = await this.dataSource.getRepository(NotificationPreferenceEntity).findOneBy({ userId });
    return (
      found ??
      Object.assign(new NotificationPreferenceEntity(), {
        userId,
        locale: null,
        channels: {},
        quietStart: null,
        quietEnd: null,
        digest: false,
        urgentKinds: [],
        channelOrder: [],
      })
    );
  }

  /** The language a user chose in their preferences; null when they have no preferences row. */
  async language(userId: string): Promise<string | null> {
    const found = await this.dataSource
      .getRepository(NotificationPreferenceEntity)
      .findOne({ select: { userId: true, locale: true }, where: { userId } });
    return found?.locale ?? null;
  }

  async email(userId: string): Promise<string | null> {
    const user = await this.dataSource
      .getRepository(UserEntity)
      .findOne({ select: { email: true }, where: { id: userId } });
    return user?.email ?? null;
  }

  async setPreferences(userId: string, input: PreferencesInput): Promise<NotificationPreferenceEntity> {
    if (input.email !== undefined) {
      await this.dataSource.getRepository(UserEntity).update({ id: userId }, { email: input.email });
    }
    const current = await this.preferences(userId);
    const next = {
      userId,
      locale: input.locale === undefined ? current.locale : input.locale,
      channels: input.channels ?? current.channels,
      quietStart: input.quietHours === undefined ? current.quietStart : (input.quietHours?.startMinutes ?? null),
      quietEnd: input.quietHours === undefined ? current.quietEnd : (input.quietHours?.endMinutes ?? null),
      digest: input.digest ?? current.digest,
      urgentKinds: input.urgentKinds ?? current.urgentKinds,
      channelOrder: input.channelOrder ?? current.channelOrder,
    };
    await this.dataSource.getRepository(NotificationPreferenceEntity).upsert(next, ['userId']);
    return this.preferences(userId);
  }

  private async unitInScope(scope: Scope, unitId: string): Promise<UnitEntity> {
    const unit = await this.dataSource.getRepository(UnitEntity).findOneBy({ id: unitId });
    if (!unit || !unit.path.startsWith(scope.unitPath)) throw new NotFoundError(msg('nouns.unit'), unitId);
    return unit;
  }

  /** A new endpoint with a fresh secret (returned here only). */
  async createWebhook(scope: Scope, unitId: string, url: string, kinds: string[] | null) {
    await this.unitInScope(scope, unitId);
    const endpoint = {
      id: randomUUID(),
      unitId,
      url,
      secret: randomBytes(32).toString('base64url'),
      kinds,
      active: true,
      createdBy: scope.username,
    };
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(WebhookEndpointEntity, endpoint);
      await appendAudit(manager, [
        {
          eventId: `webhook.created:${endpoint.id}`,
          entityType: 'webhook',
          entityId: endpoint.id,
          action: 'webhook.created',
          actor: scope.username,
          before: null,
          after: { unitId, url, kinds: kinds?.join(',') ?? null },
        },
      ]);
    });
    return endpoint;
  }

  async webhooks(scope: Scope, unitId: string) {
    await this.unitInScope(scope, unitId);
    return this.dataSource
      .getRepository(WebhookEndpointEntity)
      .find({ where: { unitId }, order: { createdAt: 'ASC' } });
  }

  async removeWebhook(scope: Scope, unitId: string, id: string): Promise<void> {
    await this.unitInScope(scope, unitId);
    await this.dataSource.transaction(async (manager) => {
      const result = await manager.update(WebhookEndpointEntity, { id, unitId, active: true }, { active: false });
      if (!result.affected) throw new NotFoundError(msg('nouns.webhook'), id);
      await appendAudit(manager, [
        {
          eventId: `webhook.removed:${id}`,
          entityType: 'webhook',
          entityId: id,
          action: 'webhook.removed',
          actor: scope.username,
          before: { active: true },
          after: { active: false },
        },
      ]);
    });
  }

  async list(
    scope: Scope,
    filter: { status?: DeliveryStatus; channel?: DeliveryChannel; unitId?: string; limit: number; offset: number },
  ) {
    const query = this.dataSource
      .getRepository(DeliveryEntity)
      .createQueryBuilder('d')
      .innerJoin(UnitEntity, 'u', 'u.id = d.unit_id')
      .where('u.path LIKE :prefix', { prefix: `${scope.unitPath}%` })
      .orderBy('d.created_at', 'DESC')
      .addOrderBy('d.id')
      .take(filter.limit)
      .skip(filter.offset);
    if (filter.status) query.andWhere('d.status = :status', { status: filter.status });
    if (filter.channel) query.andWhere('d.channel = :channel', { channel: filter.channel });
    if (filter.unitId) query.andWhere('d.unit_id = :unitId', { unitId: filter.unitId });
    const [items, total] = await query.getManyAndCount();
    return { items, total };
  }

  /** A dead delivery back to pending, once; the caller then starts its delivery. */
  async redrive(scope: Scope, id: string): Promise<DeliveryEntity> {
    return this.dataSource.transaction(async (manager) => {
      const delivery = await manager.findOne(DeliveryEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!delivery) throw new NotFoundError(msg('nouns.delivery'), id);
      await this.unitInScope(scope, delivery.unitId).catch(() => {
        throw new NotFoundError(msg('nouns.delivery'), id);
      });
      if (delivery.status !== 'dead') {
        throw new ConflictError(msg('deliveries.onlyADeadDeliveryCanBe', { status: delivery.status }), [
          { field: 'id', message: delivery.status },
        ]);
      }
      delivery.status = 'pending';
      delivery.redrives += 1;
      delivery.notBefore = new Date();
      await manager.save(DeliveryEntity, delivery);
      await appendAudit(manager, [
        {
          eventId: `delivery.redriven:${id}:${delivery.redrives}`,
          entityType: 'delivery',
          entityId: id,
          action: 'delivery.redriven',
          actor: scope.username,
          before: { status: 'dead' },
          after: { status: 'pending', redrives: delivery.redrives },
        },
      ]);
      return delivery;
    });
  }

  /* ---------- the worker: planning and sending ---------- */

  /** The stored preferences of these users, by user id (a user who never saved any is absent). */
  /** The users' preferences; inside a transaction through its `manager` (no second pooled connection while one is held). */
  async preferencesOf(
    userIds: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, NotificationPreferenceEntity>> {
    if (userIds.length === 0) return new Map();
    const rows = await manager.getRepository(NotificationPreferenceEntity).findBy({ userId: In(userIds) });
    return new Map(rows.map((row) => [row.userId, row]));
  }

  activeWebhooks(unitId: string): Promise<WebhookEndpointEntity[]> {
    return this.dataSource.getRepository(WebhookEndpointEntity).findBy({ unitId, active: true });
  }

  webhook(id: string): Promise<WebhookEndpointEntity | null> {
    return this.dataSource.getRepository(WebhookEndpointEntity).findOneBy({ id });
  }

  async unitName(id: string): Promise<string> {
    return (await this.dataSource.getRepository(UnitEntity).findOneByOrFail({ id })).name;
  }

  /** The task's status when it has closed (completed or cancelled), else null. */
  async closedTaskStatus(taskId: string): Promise<'completed' | 'cancelled' | null> {
    const task = await this.dataSource
      .getRepository(TaskEntity)
      .findOne({ select: { id: true, status: true }, where: { id: taskId } });
    return task && (task.status === 'completed' || task.status === 'cancelled') ? task.status : null;
  }

  /** Adds delivery rows; a row already there for its (notice, channel, recipient) stays as it is. */
  async add(rows: Partial<DeliveryEntity>[]): Promise<void> {
    if (rows.length === 0) return;
    await this.dataSource.createQueryBuilder().insert().into(DeliveryEntity).values(rows).orIgnore().execute();
  }

  /** A notice's deliveries waiting to be sent, with the instant each may go. */
  pendingOf(noticeId: string): Promise<Pick<DeliveryEntity, 'id' | 'notBefore'>[]> {
    return this.dataSource
      .getRepository(DeliveryEntity)
      .find({ select: { id: true, notBefore: true }, where: { noticeId, status: 'pending' } });
  }

  findFor(noticeId: string, channel: DeliveryChannel, recipientId: string): Promise<DeliveryEntity> {
    return this.dataSource.getRepository(DeliveryEntity).findOneByOrFail({ noticeId, channel, recipientId });
  }

  /**
   * Takes the delivery for one sending attempt: a pending one, or one whose claim is
   * older than `staleAfterMs` (a sender that died). Null when it cannot be taken.
   */
  async claim(deliveryId: string, staleAfterMs: number): Promise<DeliveryEntity | null> {
    const [rows] = await this.dataSource.query(
      `UPDATE deliveries SET status = 'sending', updated_at = now()
        WHERE id = $1 AND (status = 'pending' OR (status = 'sending' AND updated_at < now() - $2 * interval '1 millisecond'))
        RETURNING id`,
      [deliveryId, staleAfterMs],
    );
    if (rows.length !== 1) return null;
    return this.dataSource.getRepository(DeliveryEntity).findOneByOrFail({ id: deliveryId });
  }

  async status(deliveryId: string): Promise<DeliveryStatus | null> {
    const row = await this.dataSource.getRepository(DeliveryEntity).findOneBy({ id: deliveryId });
    return row?.status ?? null;
  }

  /** Not sent and not to be: its reason kept. */
  async skip(deliveryId: string, reason: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE deliveries SET status = 'skipped', last_error = $2, updated_at = now() WHERE id = $1`,
      [deliveryId, reason],
    );
  }

  /** A failed attempt: counted, its error kept, the delivery pending again for the retry. */
  async failedAttempt(deliveryId: string, error: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE deliveries SET status = 'pending', attempts = attempts + 1, last_error = $2, updated_at = now() WHERE id = $1`,
      [deliveryId, error.slice(0, 1000)],
    );
  }

  /** The last attempt: sent, or dead with its reason (an earlier error is kept when there is none). */
  async finish(deliveryId: string, status: 'sent' | 'dead', error: string | null): Promise<void> {
    await this.dataSource.query(
      `UPDATE deliveries SET status = $2, attempts = attempts + 1, sent_at = CASE WHEN $2 = 'sent' THEN now() END,
              last_error = COALESCE($3, last_error), updated_at = now() WHERE id = $1`,
      [deliveryId, status, error],
    );
  }

  /** Out of attempts: dead (re-drivable), unless it went after all. */
  async deadLetter(deliveryId: string, error: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE deliveries SET status = 'dead', last_error = $2, updated_at = now() WHERE id = $1 AND status <> 'sent'`,
      [deliveryId, error.slice(0, 1000)],
    );
  }

  /** The user's e-mails of tasks held for the digest are in today's digest now. */
  async markHeldDigested(userId: string, at: Date): Promise<void> {
    await this.dataSource.getRepository(DeliveryEntity).update(
      // Every channel's held messages: the digest replaces them all (SMS, Zalo, Telegram too, decision 81).
      { recipientId: userId, status: 'held', channel: Not('webhook'), taskId: Not(IsNull()) },
      { status: 'digested', sentAt: at },
    );
  }
}
