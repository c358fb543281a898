import { createHash, randomBytes, randomInt } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@dondoc/config';
import {
  normalizeVietnamesePhone,
  normalizeZaloCode,
  parseStartCommand,
  parseZaloLinkMessage,
  SmsGateway,
  telegramStartLink,
  telegramWebhookAuthentic,
  zaloLinkCode,
  zaloWebhookAuthentic,
} from '@dondoc/channels';
import {
  ForbiddenError,
  NotFoundError,
  TooManyRequestsError,
  UnavailableError,
  UnprocessableError,
  ValidationError,
  msg,
  toZonedIso,
  type Scope,
} from '@dondoc/domain';
import { translate } from '@dondoc/i18n';
import { ChannelAddressesRepository, DeliveriesRepository, type ChannelAddressEntity } from '@dondoc/persistence';
import { ReceiptsService } from './receipts.service';
import type { ChannelAddressDto, ChannelsViewDto, TelegramLinkDto, ZaloLinkDto } from './dto/channels.response';

/** A code or link lives this long (docs/decisions/0081). */
const CODE_TTL_MS = 10 * 60_000;
const LIMITS = { sendsPerAddress: 3, sendsPerHour: 5, attempts: 5 };

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
/** A phone code is hashed with its person: the same six digits of two people are two hashes. */
const phoneCodeHash = (userId: string, code: string) => sha256(`${userId}:${code.trim()}`);

/**
 * A person's SMS, Zalo and Telegram addresses (docs/decisions/0081): a phone verified by a
 * code sent over SMS, Telegram by a /start deep link, Zalo by a code sent to the OA. Only
 * verified addresses receive notices; removing one is immediate.
 */
@Injectable()
export class ChannelsService {
  private readonly logger = new Logger(ChannelsService.name);
  private readonly sms: SmsGateway | null;

  constructor(
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(ChannelAddressesRepository) private readonly addresses: ChannelAddressesRepository,
    @Inject(DeliveriesRepository) private readonly deliveries: DeliveriesRepository,
    @Inject(ReceiptsService) private readonly receipts: ReceiptsService,
  ) {
    // The API sends only the phone codes; notices go from the worker (and only the worker
    // holds Zalo's single-use refresh token).
    this.sms = config.channels.sms ? new SmsGateway(config.channels.sms) : null;
  }

  async view(userId: string): Promise<ChannelsViewDto> {
    const { sms, zalo, telegram } = this.config.channels;
    return {
      available: {
        sms: sms !== null,
        zalo: zalo?.oaSecretKey != null,
        telegram: telegram?.botUsername != null && telegram.webhookSecret !== null,
      },
      addresses: (await this.addresses.list(userId)).map((row) => this.dto(row)),
    };
  }

  async addPhone(scope: Scope, phone: string): Promise<ChannelAddressDto> {
    if (!this.sms)
      throw new UnprocessableError(msg('channels.notConfigured'), [
        { field: 'channel', message: msg('channels.notConfigured') },
      ]);
    const normalized = normalizeVietnamesePhone(phone);
    if (!normalized.ok) throw new ValidationError([{ field: 'phone', message: msg('channels.phoneInvalid') }]);
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const row = await this.addresses.phoneCode(
      scope.userId,
      scope.username,
      normalized.e164,
      phoneCodeHash(scope.userId, code),
      new Date(Date.now() + CODE_TTL_MS),
      LIMITS,
    );
    if (!row)
      throw new TooManyRequestsError(msg('channels.tooManyCodes'), 3600, [
        { field: 'phone', message: msg('channels.tooManyCodes') },
      ]);
    const lang = (await this.deliveries.language(scope.userId)) === 'en' ? 'en' : 'vi';
    const outcome = await this.sms.send({
      to: normalized.e164,
      text: translate(lang, 'channels.otpSms', { code }),
      requestId: `otp-${row.id}-${row.codeSends}`,
    });
    if (outcome.kind !== 'sent') {
      this.logger.warn(`phone code not sent: ${outcome.reason}`);
      throw new UnavailableError(msg('channels.sendFailed'), 30, [
        { field: 'phone', message: msg('channels.sendFailed') },
      ]);
    }
    return this.dto(row);
  }

  async verifyPhone(scope: Scope, code: string): Promise<ChannelAddressDto> {
    const check = await this.addresses.verifyPhone(
      scope.userId,
      scope.username,
      phoneCodeHash(scope.userId, code),
      LIMITS,
    );
    const refusal = {
      none_pending: 'channels.noPending',
      expired: 'channels.codeExpired',
      too_many_attempts: 'channels.tooManyAttempts',
      wrong: 'channels.codeWrong',
    } as const;
    if (check !== 'verified') throw new ValidationError([{ field: 'code', message: msg(refusal[check]) }]);
    const verified = (await this.addresses.list(scope.userId)).find((r) => r.channel === 'sms' && r.verifiedAt);
    return this.dto(verified!);
  }

  async telegramLink(scope: Scope): Promise<TelegramLinkDto> {
    const telegram = this.config.channels.telegram;
    if (!telegram?.botUsername || !telegram.webhookSecret)
      throw new UnprocessableError(msg('channels.notConfigured'), [
        { field: 'channel', message: msg('channels.notConfigured') },
      ]);
    const token = randomBytes(24).toString('base64url');
    const expiresAt = new Date(Date.now() + CODE_TTL_MS);
    await this.addresses.linkToken(scope.userId, scope.username, 'telegram', sha256(token), expiresAt);
    return {
      link: telegramStartLink(telegram.botUsername, token),
      expiresAt: toZonedIso(expiresAt, this.config.timezone),
    };
  }

  async zaloLink(scope: Scope): Promise<ZaloLinkDto> {
    const zalo = this.config.channels.zalo;
    if (!zalo?.oaSecretKey)
      throw new UnprocessableError(msg('channels.notConfigured'), [
        { field: 'channel', message: msg('channels.notConfigured') },
      ]);
    const code = zaloLinkCode((n) => randomInt(0, n));
    const expiresAt = new Date(Date.now() + CODE_TTL_MS);
    await this.addresses.linkToken(scope.userId, scope.username, 'zalo', sha256(normalizeZaloCode(code)), expiresAt);
    return { code, oaUrl: zalo.oaUrl, expiresAt: toZonedIso(expiresAt, this.config.timezone) };
  }

  async remove(scope: Scope, id: string): Promise<void> {
    if (!(await this.addresses.remove(scope.userId, scope.username, id)))
      throw new NotFoundError(msg('nouns.channelAddress'), id);
  }

  /** A Telegram update: a /start <token> of a pending link makes the chat the person's address. */
  async telegramUpdate(secretHeader: string | string[] | undefined, update: unknown): Promise<void> {
    const telegram = this.config.channels.telegram;
    if (!telegram?.webhookSecret) throw new NotFoundError(msg('nouns.channelAddress'), 'telegram');
    if (!telegramWebhookAuthentic(secretHeader, telegram.webhookSecret))
      throw new ForbiddenError(msg('channels.webhookNotAuthentic'));
    const start = parseStartCommand(update);
    // Anything else (another message, a stale or unknown token) is taken and ignored: an
    // error answer would only make Telegram send it again.
    if (start) await this.addresses.linkByToken('telegram', sha256(start.token), start.chatId);
  }

  /** An OA event: a follower's message holding a pending link's code makes them the person's Zalo address. */
  async zaloEvent(
    signature: string | string[] | undefined,
    rawBody: string | undefined,
    event: unknown,
  ): Promise<void> {
    const zalo = this.config.channels.zalo;
    if (!zalo?.oaSecretKey) throw new NotFoundError(msg('nouns.channelAddress'), 'zalo');
    if (rawBody === undefined || !zaloWebhookAuthentic(rawBody, signature, zalo.appId, zalo.oaSecretKey))
      throw new ForbiddenError(msg('channels.webhookNotAuthentic'));
    const link = parseZaloLinkMessage(event);
    if (link) await this.addresses.linkByToken('zalo', sha256(link.code), link.followerId);
    else await this.receipts.zalo(event);
  }

  private dto(row: ChannelAddressEntity): ChannelAddressDto {
    const tz = this.config.timezone;
    return {
      id: row.id,
      channel: row.channel,
      address: row.address,
      verified: row.verifiedAt !== null,
      verifiedAt: row.verifiedAt ? toZonedIso(row.verifiedAt, tz) : null,
      codeExpiresAt: row.codeExpiresAt && !row.verifiedAt ? toZonedIso(row.codeExpiresAt, tz) : null,
    };
  }
}
