import type { DataSource } from 'typeorm';
import { DeliveryEntity, UnitEntity, WebhookEndpointEntity, type DeliveryChannel } from './entities';

/** Rows per INSERT: 14 columns × 500 stays far below PostgreSQL's 65,535 parameters. */
const INSERT_CHUNK = 500;

/** A delivery taken by one sending pass of its batch. */
export interface ClaimedDelivery {
  id: string;
  noticeId: string;
  channel: DeliveryChannel;
  recipientId: string;
  address: string;
  kind: string;
  taskId: string | null;
  payload: DeliveryEntity['payload'];
  attempts: number;
  unitId: string;
  batchId: string | null;
}

/** Sending slots granted for one webhook server: `granted` calls, the first at `firstMs`, `intervalMs` apart. */
export interface SlotGrant {
  granted: number;
  firstMs: number;
  /** The database's clock when granted, to wait by the difference on this process's clock. */
  nowMs: number;
  /** When a call not granted now may ask again (the end of the reserved horizon). */
  retryAtMs: number;
}

/**
 * The delivery rows of many notices at once (docs/decisions/0060-batched-deliveries.md):
 * planned in chunks, claimed a pass at a time by their batch workflow, finished in bulk;
 * and the pacing of webhook servers, shared by every batch and worker process.
 */
export class DeliveryBatchesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The active webhooks of all these units, in one query. */
  activeWebhooksOf(unitIds: string[]): Promise<WebhookEndpointEntity[]> {
    if (unitIds.length === 0) return Promise.resolve([]);
    return this.dataSource
      .getRepository(WebhookEndpointEntity)
      .createQueryBuilder('w')
      .where('w.unit_id = ANY(:ids::uuid[])', { ids: unitIds })
      .andWhere('w.active')
      .orderBy('w.created_at')
      .getMany();
  }

  /** The names of these units, by id. */
  async unitNames(unitIds: string[]): Promise<Map<string, string>> {
    if (unitIds.length === 0) return new Map();
    const rows: { id: string; name: string }[] = await this.dataSource
      .getRepository(UnitEntity)
      .createQueryBuilder('u')
      .select(['u.id AS id', 'u.name AS name'])
      .where('u.id = ANY(:ids::uuid[])', { ids: unitIds })
      .getRawMany();
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  /** Adds delivery rows in chunks; a row already there for its (notice, channel, recipient) stays as it is. */
  async add(rows: Partial<DeliveryEntity>[]): Promise<void> {
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
      await this.dataSource
        .createQueryBuilder()
        .insert()
        .into(DeliveryEntity)
        .values(rows.slice(i, i + INSERT_CHUNK))
        .orIgnore()
        .updateEntity(false)
        .execute();
    }
  }

  /** Of these batches, those with deliveries still to send. */
  async batchesWithPending(batchIds: string[]): Promise<string[]> {
    if (batchIds.length === 0) return [];
    const rows: { batch_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT batch_id FROM deliveries WHERE batch_id = ANY($1::text[]) AND status = 'pending' ORDER BY batch_id`,
      [batchIds],
    );
    return rows.map((row) => row.batch_id);
  }

  /**
   * Takes up to `limit` of the batch's deliveries that are due: pending and past their
   * instant, or claimed by a pass that died (older than `staleAfterMs`).
   */
  async claim(batchId: string, limit: number, staleAfterMs: number): Promise<ClaimedDelivery[]> {
    const [rows] = await this.dataSource.query(
      `UPDATE deliveries d SET status = 'sending', updated_at = now()
        WHERE d.id IN (
          SELECT id FROM deliveries
           WHERE batch_id = $1 AND status IN ('pending', 'sending')
             AND ((status = 'pending' AND not_before <= now())
               OR (status = 'sending' AND updated_at < now() - $3 * interval '1 millisecond'))
           ORDER BY not_before, id LIMIT $2 FOR UPDATE SKIP LOCKED)
        RETURNING d.id, d.notice_id, d.channel, d.recipient_id, d.address, d.kind, d.task_id, d.payload, d.attempts,
                  d.unit_id, d.batch_id`,
      [batchId, limit, staleAfterMs],
    );
    return (rows as Record<string, any>[]).map((row) => ({
      id: row.id,
      noticeId: row.notice_id,
      channel: row.channel,
      recipientId: row.recipient_id,
      address: row.address,
      kind: row.kind,
      taskId: row.task_id,
      payload: row.payload,
      attempts: row.attempts,
      unitId: row.unit_id,
      batchId: row.batch_id,
    }));
  }

  /** Of these tasks, those that have closed (completed or cancelled). */
  async closedTasks(taskIds: string[]): Promise<Map<string, string>> {
    if (taskIds.length === 0) return new Map();
    const rows: { id: string; status: string }[] = await this.dataSource.query(
      `SELECT id, status FROM tasks WHERE id = ANY($1::uuid[]) AND status IN ('completed', 'cancelled')`,
      [taskIds],
    );
    return new Map(rows.map((row) => [row.id, row.status]));
  }

  /** These webhook endpoints, by id (a removed one is there, inactive). */
  async endpoints(ids: string[]): Promise<Map<string, WebhookEndpointEntity>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource
      .getRepository(WebhookEndpointEntity)
      .createQueryBuilder('w')
      .where('w.id = ANY(:ids::uuid[])', { ids })
      .getMany();
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** Sent, each once: a row that is no longer this pass's (`sending`) is left as it is. */
  async sent(ids: string[], providerIds: Map<string, string> = new Map()): Promise<void> {
    if (ids.length === 0) return;
    await this.dataSource.query(
      `UPDATE deliveries d SET status = 'sent', attempts = d.attempts + 1, sent_at = now(), updated_at = now(),
              provider_message_id = COALESCE(v.provider_id, d.provider_message_id)
         FROM unnest($1::uuid[], $2::text[]) AS v(id, provider_id)
        WHERE d.id = v.id AND d.status = 'sending'`,
      [ids, ids.map((id) => providerIds.get(id) ?? null)],
    );
  }

  /** Not sent and not to be (its task closed; its endpoint removed), with the reason. */
  async close(ids: string[], status: 'skipped' | 'dead', reason: string): Promise<void> {
    if (ids.length === 0) return;
    await this.dataSource.query(
      `UPDATE deliveries SET status = $2, last_error = $3, updated_at = now(),
              attempts = attempts + CASE WHEN $2 = 'dead' THEN 1 ELSE 0 END
        WHERE id = ANY($1::uuid[]) AND status = 'sending'`,
      [ids, status, reason],
    );
  }

  /**
   * Failed attempts: each counted with its error and pending again after its backoff
   * (`initialMs` doubling per attempt, at most `maxMs`), or dead once `maxAttempts` are
   * spent. Returns the ids that died.
   */
  async failed(
    failures: { id: string; error: string; notBeforeMs?: number | null }[],
    retry: { maxAttempts: number; initialMs: number; maxMs: number },
  ): Promise<string[]> {
    if (failures.length === 0) return [];
    // A provider's own delay (Retry-After, Telegram's retry_after) is a floor under the backoff.
    const [rows] = await this.dataSource.query(
      `UPDATE deliveries d SET attempts = d.attempts + 1, last_error = v.error, updated_at = now(),
              status = CASE WHEN d.attempts + 1 >= $3 THEN 'dead' ELSE 'pending' END,
              not_before = CASE WHEN d.attempts + 1 >= $3 THEN d.not_before
                ELSE now() + GREATEST(COALESCE(v.floor_ms, 0), LEAST($5::float8, $4::float8 * power(2, d.attempts)))
                  * interval '1 millisecond' END
         FROM unnest($1::uuid[], $2::text[], $6::float8[]) AS v(id, error, floor_ms)
        WHERE d.id = v.id AND d.status = 'sending'
        RETURNING d.id, d.status`,
      [
        failures.map((f) => f.id),
        failures.map((f) => f.error.slice(0, 1000)),
        retry.maxAttempts,
        retry.initialMs,
        retry.maxMs,
        failures.map((f) => f.notBeforeMs ?? null),
      ],
    );
    return (rows as { id: string; status: string }[]).filter((row) => row.status === 'dead').map((row) => row.id);
  }

  /** Claimed but not sent in this pass (no slot yet): pending again from `at`, no attempt counted. */
  async release(ids: string[], at: Date): Promise<void> {
    if (ids.length === 0) return;
    await this.dataSource.query(
      `UPDATE deliveries SET status = 'pending', not_before = GREATEST(not_before, $2), updated_at = now()
        WHERE id = ANY($1::uuid[]) AND status = 'sending'`,
      [ids, at],
    );
  }

  /** When the batch has something to send next (a claim gone stale counts); null when nothing is left. */
  async nextDue(batchId: string, staleAfterMs: number): Promise<Date | null> {
    const [row] = await this.dataSource.query(
      `SELECT min(CASE WHEN status = 'pending' THEN not_before
                       ELSE updated_at + $2 * interval '1 millisecond' END) AS next
         FROM deliveries WHERE batch_id = $1 AND status IN ('pending', 'sending')`,
      [batchId, staleAfterMs],
    );
    return row?.next ? new Date(row.next) : null;
  }

  /**
   * Reserves up to `want` sending slots of one webhook server, `intervalMs` apart from
   * its next free slot (or now), no further than `horizonMs` ahead: one row per server,
   * locked for the moment of the reservation, so every batch and worker shares the pace.
   */
  async reserveSlots(origin: string, want: number, intervalMs: number, horizonMs: number): Promise<SlotGrant> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO webhook_pacing (origin, next_slot) VALUES ($1, clock_timestamp()) ON CONFLICT (origin) DO NOTHING`,
        [origin],
      );
      const [row] = await manager.query(
        `SELECT (extract(epoch FROM GREATEST(next_slot, clock_timestamp())) * 1000)::float8 AS first,
                (extract(epoch FROM clock_timestamp()) * 1000)::float8 AS now
           FROM webhook_pacing WHERE origin = $1 FOR UPDATE`,
        [origin],
      );
      const first = Number(row.first);
      const now = Number(row.now);
      const room = Math.max(0, Math.floor((now + horizonMs - first) / intervalMs));
      const granted = Math.min(want, room);
      const end = first + granted * intervalMs;
      await manager.query(`UPDATE webhook_pacing SET next_slot = to_timestamp($2::float8 / 1000) WHERE origin = $1`, [
        origin,
        end,
      ]);
      return { granted, firstMs: first, nowMs: now, retryAtMs: Math.max(now, end - horizonMs) };
    });
  }

  /** Of these (notice, person) pairs, those the person has read in the inbox, as `notice|person`. */
  async readNotices(pairs: { noticeId: string; userId: string }[]): Promise<Set<string>> {
    if (pairs.length === 0) return new Set();
    const rows: { notice_id: string; user_id: string }[] = await this.dataSource.query(
      `SELECT n.notice_id, n.user_id FROM notifications n
         JOIN unnest($1::text[], $2::uuid[]) AS p(notice_id, user_id)
           ON p.notice_id = n.notice_id AND p.user_id = n.user_id
        WHERE n.read_at IS NOT NULL`,
      [pairs.map((p) => p.noticeId), pairs.map((p) => p.userId)],
    );
    return new Set(rows.map((row) => `${row.notice_id}|${row.user_id}`));
  }

  /**
   * Reserves up to `want` SMS of a unit's budget for a local day (`budget` a day; docs/decisions/0083):
   * one row per unit and day, locked for the moment of the reservation. Returns how many were granted.
   */
  async reserveSmsBudget(unitId: string, day: string, want: number, budget: number): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`INSERT INTO sms_budget (unit_id, day, used) VALUES ($1, $2, 0) ON CONFLICT DO NOTHING`, [
        unitId,
        day,
      ]);
      const [row] = await manager.query(`SELECT used FROM sms_budget WHERE unit_id = $1 AND day = $2 FOR UPDATE`, [
        unitId,
        day,
      ]);
      const granted = Math.max(0, Math.min(want, budget - Number(row.used)));
      if (granted > 0)
        await manager.query(`UPDATE sms_budget SET used = used + $3 WHERE unit_id = $1 AND day = $2`, [
          unitId,
          day,
          granted,
        ]);
      return granted;
    });
  }

  /** Gives back `n` SMS of a unit's budget for a day, reserved for messages that did not go. */
  async releaseSmsBudget(unitId: string, day: string, n: number): Promise<void> {
    if (n <= 0) return;
    await this.dataSource.query(`UPDATE sms_budget SET used = GREATEST(0, used - $3) WHERE unit_id = $1 AND day = $2`, [
      unitId,
      day,
      n,
    ]);
  }
}
