import { randomUUID } from 'node:crypto';
import { IsNull, Not, type DataSource, type EntityManager } from 'typeorm';
import { appendAudit } from './audit/audit-append';
import { ChannelAddressEntity, UserEntity, type AddressChannel } from './entities';

/** What a code check found; the service turns each refusal into its error. */
export type CodeCheck = 'verified' | 'none_pending' | 'expired' | 'too_many_attempts' | 'wrong';

/** Limits of the phone code (docs/decisions/0081). */
export interface CodeLimits {
  /** Codes sent for one pending number (the first and its resends). */
  sendsPerAddress: number;
  /** Codes sent to one person in the last hour, whatever the number. */
  sendsPerHour: number;
  /** Wrong codes a pending number takes before it must be added again. */
  attempts: number;
}

const live = { removedAt: IsNull() };
const audited = (
  manager: EntityManager,
  row: ChannelAddressEntity,
  action: string,
  eventId: string,
  actor: string,
  after: Record<string, string | number | null> | null,
  before: Record<string, string | number | null> | null = null,
) => appendAudit(manager, [{ eventId, entityType: 'channel_address', entityId: row.id, action, actor, before, after }]);

/**
 * A person's addresses on SMS, Zalo and Telegram (docs/decisions/0081): pending ones with a
 * one-time code's hash, verified ones that receive notices, removed ones kept for the
 * record. Every change in a transaction with its audit row.
 */
export class ChannelAddressesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** A person's addresses, pending and verified (not removed), oldest first. */
  list(userId: string): Promise<ChannelAddressEntity[]> {
    return this.dataSource
      .getRepository(ChannelAddressEntity)
      .find({ where: { userId, ...live }, order: { createdAt: 'ASC' } });
  }

  /**
   * A phone number to verify: a new pending row with the code's hash (replacing another
   * pending number), or a resend for the same pending number. Null when a limit is reached.
   */
  async phoneCode(
    userId: string,
    actor: string,
    phone: string,
    codeHash: string,
    expiresAt: Date,
    limits: CodeLimits,
  ): Promise<ChannelAddressEntity | null> {
    return this.dataSource.transaction(async (manager) => {
      // One person's requests one at a time: the hourly count below is then exact.
      await manager.query('SELECT id FROM users WHERE id = $1 FOR UPDATE', [userId]);
      const [{ sends }] = await manager.query(
        `SELECT coalesce(sum(code_sends), 0)::int AS sends FROM channel_addresses
          WHERE user_id = $1 AND channel = 'sms' AND code_sent_at > now() - interval '1 hour'`,
        [userId],
      );
      if (sends >= limits.sendsPerHour) return null;
      const repo = manager.getRepository(ChannelAddressEntity);
      const pending = await repo.findOneBy({ userId, channel: 'sms', verifiedAt: IsNull(), ...live });
      if (pending && pending.address === phone) {
        if (pending.codeSends >= limits.sendsPerAddress || pending.codeAttempts >= limits.attempts) return null;
        pending.codeHash = codeHash;
        pending.codeExpiresAt = expiresAt;
        pending.codeSends += 1;
        pending.codeSentAt = new Date();
        await repo.save(pending);
        await audited(
          manager,
          pending,
          'channel_address.code_sent',
          `channel_address.code_sent:${pending.id}:${pending.codeSends}`,
          actor,
          {
            channel: 'sms',
            address: phone,
            sends: pending.codeSends,
          },
        );
        return pending;
      }
      if (pending) await this.retire(manager, pending, actor, 'replaced');
      const row = repo.create({
        id: randomUUID(),
        userId,
        channel: 'sms',
        address: phone,
        verifiedAt: null,
        removedAt: null,
        codeHash,
        codeExpiresAt: expiresAt,
        codeAttempts: 0,
        codeSends: 1,
        codeSentAt: new Date(),
      });
      await repo.insert(row);
      await audited(manager, row, 'channel_address.added', `channel_address.added:${row.id}`, actor, {
        channel: 'sms',
        address: phone,
      });
      return row;
    });
  }

  /** Checks a code against the person's pending number; a wrong one counts (and stays counted). */
  async verifyPhone(userId: string, actor: string, codeHash: string, limits: CodeLimits): Promise<CodeCheck> {
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(ChannelAddressEntity);
      const pending = await repo.findOne({
        where: { userId, channel: 'sms', verifiedAt: IsNull(), ...live },
        lock: { mode: 'pessimistic_write' },
      });
      if (!pending?.codeHash) return 'none_pending';
      if (pending.codeAttempts >= limits.attempts) return 'too_many_attempts';
      if (!pending.codeExpiresAt || pending.codeExpiresAt.getTime() <= Date.now()) return 'expired';
      if (pending.codeHash !== codeHash) {
        await repo.increment({ id: pending.id }, 'codeAttempts', 1);
        return 'wrong';
      }
      await this.confirm(manager, pending, pending.address!, actor);
      return 'verified';
    });
  }

  /** A link to make (Telegram, Zalo): the person's pending row of that channel with a new token's hash. */
  async linkToken(
    userId: string,
    actor: string,
    channel: Exclude<AddressChannel, 'sms'>,
    tokenHash: string,
    expiresAt: Date,
  ): Promise<ChannelAddressEntity> {
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(ChannelAddressEntity);
      const pending = await repo.findOne({
        where: { userId, channel, verifiedAt: IsNull(), ...live },
        lock: { mode: 'pessimistic_write' },
      });
      const row =
        pending ??
        repo.create({
          id: randomUUID(),
          userId,
          channel,
          address: null,
          verifiedAt: null,
          removedAt: null,
          codeAttempts: 0,
          codeSends: 0,
        });
      row.codeHash = tokenHash;
      row.codeExpiresAt = expiresAt;
      row.codeSends += 1;
      row.codeSentAt = new Date();
      await repo.save(row);
      await audited(
        manager,
        row,
        'channel_address.link_requested',
        `channel_address.link_requested:${row.id}:${row.codeSends}`,
        actor,
        { channel },
      );
      return row;
    });
  }

  /**
   * The pending link whose token this is, unexpired, made verified with the address the
   * provider gave (the chat id, the follower id). Null when no such link waits.
   */
  async linkByToken(
    channel: Exclude<AddressChannel, 'sms'>,
    tokenHash: string,
    address: string,
  ): Promise<ChannelAddressEntity | null> {
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(ChannelAddressEntity);
      const pending = await repo.findOne({
        where: { channel, codeHash: tokenHash, verifiedAt: IsNull(), ...live },
        lock: { mode: 'pessimistic_write' },
      });
      if (!pending?.codeExpiresAt || pending.codeExpiresAt.getTime() <= Date.now()) return null;
      const user = await manager.getRepository(UserEntity).findOneByOrFail({ id: pending.userId });
      await this.confirm(manager, pending, address, user.username);
      return pending;
    });
  }

  /** Removes one of the person's addresses (pending or verified), at once. False when there is none such. */
  async remove(userId: string, actor: string, id: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const row = await manager.getRepository(ChannelAddressEntity).findOne({
        where: { id, userId, ...live },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row) return false;
      await this.retire(manager, row, actor, 'removed');
      return true;
    });
  }

  /** The verified addresses of these people, by person. */
  async verifiedOf(userIds: string[]): Promise<Map<string, ChannelAddressEntity[]>> {
    const out = new Map<string, ChannelAddressEntity[]>();
    if (userIds.length === 0) return out;
    // One array parameter, not one per id: a national cohort's planning names tens of thousands.
    const rows = await this.dataSource
      .getRepository(ChannelAddressEntity)
      .createQueryBuilder('a')
      .where('a.user_id = ANY(:ids::uuid[])', { ids: userIds })
      .andWhere('a.verified_at IS NOT NULL AND a.removed_at IS NULL')
      .getMany();
    for (const row of rows) {
      if (!out.has(row.userId)) out.set(row.userId, []);
      out.get(row.userId)!.push(row);
    }
    return out;
  }

  private async confirm(manager: EntityManager, row: ChannelAddressEntity, address: string, actor: string) {
    const repo = manager.getRepository(ChannelAddressEntity);
    const previous = await repo.findOneBy({
      userId: row.userId,
      channel: row.channel,
      verifiedAt: Not(IsNull()),
      ...live,
    });
    if (previous) await this.retire(manager, previous, actor, 'replaced');
    await repo.update({ id: row.id }, { address, verifiedAt: new Date(), codeHash: null, codeExpiresAt: null });
    row.address = address;
    await audited(manager, row, 'channel_address.verified', `channel_address.verified:${row.id}`, actor, {
      channel: row.channel,
      address,
    });
  }

  private async retire(manager: EntityManager, row: ChannelAddressEntity, actor: string, why: 'removed' | 'replaced') {
    await manager
      .getRepository(ChannelAddressEntity)
      .update({ id: row.id }, { removedAt: new Date(), codeHash: null, codeExpiresAt: null });
    await audited(
      manager,
      row,
      'channel_address.removed',
      `channel_address.removed:${row.id}`,
      actor,
      { reason: why },
      { channel: row.channel, address: row.address, verified: row.verifiedAt ? 'yes' : 'no' },
    );
  }
}
