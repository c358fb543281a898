/**
 * Zalo Official Account: ZNS template messages to a phone number, OA messages to a follower,
 * and the OA's access token kept fresh. Shapes written from Zalo's documentation and guides:
 *
 * ZNS: POST https://business.openapi.zalo.me/message/template, header access_token, JSON
 *   {phone: "84…", template_id, template_data: {…}, tracking_id}; the answer {error, message,
 *   data: {msg_id, sent_time, quota}}, error 0 = sent. Error codes (zalo.cloud's table):
 *   -100 unknown (try again), -101…-105 the app (id, activation, secret, OA link), -108 phone
 *   invalid, -109 template id invalid, -110 Zalo version too old, -111/-112 template data
 *   empty/invalid, -114 user inactive or refusing, -115 out of quota, -117 the OA/app may not
 *   use this template (not approved for it), -118 no Zalo account, -119 account cannot
 *   receive ZNS, -124 access token invalid.
 *   https://zalo.cloud/zns/guidelines/handle-error-code (codes to -112 read there; the
 *   others as the same table lists them, cross-read on
 *   https://helpdesk.getfly.vn/web-version/interactive-blocks/questions-about-zns)
 * OA message to a follower: POST https://openapi.zalo.me/v3.0/oa/message/cs, header
 *   access_token, JSON {recipient: {user_id}, message: {text}}; answer {error: 0, data:
 *   {message_id, user_id}}. Its error codes (-216 access token invalid, -220 expired, -213
 *   not a follower, -230 no interaction in the last 7 days, -201 invalid parameter) are
 *   Zalo's OA API table as integrators report it: not re-read on a primary page here.
 * Token: POST https://oauth.zaloapp.com/v4/oa/access_token, header secret_key, form
 *   app_id, refresh_token, grant_type=refresh_token; the answer {access_token,
 *   refresh_token, expires_in (seconds, a string)}. A refresh token is single-use (about
 *   3 months); the access token lives about 25 hours. Both new tokens are kept.
 *   https://www.hexasync.vn/zalo-oa-api-huong-dan-cach-lay-access-token-tu-refresh-token/
 *   https://beehexa.com/devdocs/zalo-oa-tutorial-creating-access-token
 * Delivery receipts: the OA webhook's event "user_received_message" (message.msg_id,
 *   message.tracking_id, message.delivery_time).
 */
import type { Secret } from '@dondoc/config';
import {
  type ChannelOutcome,
  httpStatusOutcome,
  permanent,
  postForJson,
  retryAfterMs,
  retryable,
  sent,
} from './outcome';
import { internationalDigits, normalizeVietnamesePhone } from './phone';
import type { DeliveryReceipt } from './sms';

export const ZALO_DEFAULT_URLS = {
  oauth: 'https://oauth.zaloapp.com/v4/oa/access_token',
  zns: 'https://business.openapi.zalo.me/message/template',
  oa: 'https://openapi.zalo.me/v3.0/oa/message/cs',
} as const;

export interface ZaloSettings {
  appId: string;
  secretKey: Secret;
  /** The refresh token to start from when the store holds none (first start). */
  refreshToken: Secret;
  urls: { oauth: string; zns: string; oa: string };
  /** Refresh this long before the access token expires. */
  refreshAheadMs: number;
  timeoutMs: number;
}

export interface ZaloTokens {
  accessToken: string;
  refreshToken: string;
  expiresAt: Date;
}

/**
 * Where the tokens live between sends. A refresh token is single-use, so the pair must
 * outlive a restart and be shared by every worker (the next session's PostgreSQL row);
 * MemoryZaloTokenStore serves tests and a single process.
 */
export interface ZaloTokenStore {
  load(): Promise<ZaloTokens | null>;
  save(tokens: ZaloTokens): Promise<void>;
  /**
   * Runs a refresh holding a lock every process shares (a store in PostgreSQL: an advisory
   * lock), so two workers never spend the same single-use refresh token; absent in memory.
   */
  withRefreshLock?<T>(work: () => Promise<T>): Promise<T>;
}

export class MemoryZaloTokenStore implements ZaloTokenStore {
  constructor(private tokens: ZaloTokens | null = null) {}
  async load(): Promise<ZaloTokens | null> {
    return this.tokens;
  }
  async save(tokens: ZaloTokens): Promise<void> {
    this.tokens = tokens;
  }
}

export interface ZnsMessage {
  phone: string;
  templateId: string;
  templateData: Record<string, string | number>;
  /** Our delivery id: Zalo echoes it in the delivery receipt. */
  trackingId: string;
}

const said = (message: unknown): string =>
  typeof message === 'string' && message ? ` (${message.slice(0, 200)})` : '';

const ZNS_CODES: Record<number, (m: string) => ChannelOutcome> = {
  [-100]: (m) => retryable('provider_error', `Zalo ZNS -100: unknown error${m}`),
  [-101]: (m) => permanent('invalid_credentials', `Zalo ZNS -101: application invalid${m}`),
  [-102]: (m) => permanent('invalid_credentials', `Zalo ZNS -102: application does not exist${m}`),
  [-103]: (m) => permanent('invalid_credentials', `Zalo ZNS -103: application not activated${m}`),
  [-104]: (m) => permanent('invalid_credentials', `Zalo ZNS -104: application secret key invalid${m}`),
  [-105]: (m) => permanent('invalid_credentials', `Zalo ZNS -105: application not linked to an OA${m}`),
  [-106]: (m) => permanent('invalid_request', `Zalo ZNS -106: method not supported${m}`),
  [-108]: (m) => permanent('unknown_recipient', `Zalo ZNS -108: phone number invalid${m}`),
  [-109]: (m) => permanent('template_rejected', `Zalo ZNS -109: template id invalid${m}`),
  [-110]: (m) => permanent('recipient_unreachable', `Zalo ZNS -110: the person's Zalo is too old${m}`),
  [-111]: (m) => permanent('invalid_request', `Zalo ZNS -111: template data empty${m}`),
  [-112]: (m) => permanent('invalid_request', `Zalo ZNS -112: template data invalid${m}`),
  [-114]: (m) => permanent('recipient_unreachable', `Zalo ZNS -114: the person is inactive or refuses ZNS${m}`),
  [-115]: (m) => permanent('quota_exhausted', `Zalo ZNS -115: out of quota${m}`),
  [-117]: (m) => permanent('template_rejected', `Zalo ZNS -117: template not approved for this OA${m}`),
  [-118]: (m) => permanent('unknown_recipient', `Zalo ZNS -118: no Zalo account for this number${m}`),
  [-119]: (m) => permanent('recipient_unreachable', `Zalo ZNS -119: the account cannot receive ZNS${m}`),
};

const OA_CODES: Record<number, (m: string) => ChannelOutcome> = {
  [-201]: (m) => permanent('invalid_request', `Zalo OA -201: invalid parameter${m}`),
  [-213]: (m) => permanent('unknown_recipient', `Zalo OA -213: the person does not follow the OA${m}`),
  [-230]: (m) => permanent('recipient_unreachable', `Zalo OA -230: no interaction with the OA in 7 days${m}`),
};

/** Access-token answers that a refresh may cure (ZNS -124, OA -216/-220). */
const TOKEN_REJECTED = new Set([-124, -216, -220]);

type Answer = ChannelOutcome | 'token_rejected';

/** The outcome of a ZNS or OA answer ('token_rejected': refresh and try once more). */
export function zaloAnswer(
  api: 'zns' | 'oa',
  answer: { status: number; json: unknown; retryAfterMs: number | null },
): Answer {
  const provider = api === 'zns' ? 'Zalo ZNS' : 'Zalo OA';
  if (answer.status !== 200) return httpStatusOutcome(provider, answer.status, answer.retryAfterMs);
  const body = (answer.json ?? {}) as { error?: unknown; message?: unknown; data?: Record<string, unknown> };
  if (typeof body.error !== 'number') return retryable('provider_error', `${provider}: unreadable answer`);
  if (body.error === 0) {
    const id = api === 'zns' ? body.data?.msg_id : body.data?.message_id;
    return id ? sent(String(id)) : retryable('provider_error', `${provider}: success without a message id`);
  }
  if (TOKEN_REJECTED.has(body.error)) return 'token_rejected';
  const mapped = (api === 'zns' ? ZNS_CODES : OA_CODES)[body.error];
  if (mapped) return mapped(said(body.message));
  return retryable('provider_error', `${provider} ${body.error}${said(body.message)}`);
}

/** The OA's channel: ZNS and follower messages, each a send returning a ChannelOutcome, never throwing. */
export class ZaloOa {
  private refreshing: Promise<ZaloTokens | ChannelOutcome> | null = null;

  constructor(
    private readonly settings: ZaloSettings,
    private readonly store: ZaloTokenStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async sendTemplate(message: ZnsMessage): Promise<ChannelOutcome> {
    const phone = normalizeVietnamesePhone(message.phone);
    if (!phone.ok) return permanent('unknown_recipient', `phone number: ${phone.reason}`);
    const body = JSON.stringify({
      phone: internationalDigits(phone.e164),
      template_id: message.templateId,
      template_data: message.templateData,
      tracking_id: message.trackingId,
    });
    return this.withToken((token) => this.call('zns', this.settings.urls.zns, token, body));
  }

  async sendToFollower(message: { userId: string; text: string }): Promise<ChannelOutcome> {
    const body = JSON.stringify({ recipient: { user_id: message.userId }, message: { text: message.text } });
    return this.withToken((token) => this.call('oa', this.settings.urls.oa, token, body));
  }

  /** A valid access token: the stored one unless it expires within the lead time, else a refreshed one. */
  async accessToken(): Promise<string | ChannelOutcome> {
    const tokens = await this.store.load();
    if (tokens && tokens.expiresAt.getTime() - this.now().getTime() > this.settings.refreshAheadMs) {
      return tokens.accessToken;
    }
    const refreshed = await this.refresh();
    return 'kind' in refreshed ? refreshed : refreshed.accessToken;
  }

  private async withToken(call: (token: string) => Promise<Answer>): Promise<ChannelOutcome> {
    const token = await this.accessToken();
    if (typeof token !== 'string') return token;
    const first = await call(token);
    if (first !== 'token_rejected') return first;
    // Revoked or expired early: one refresh (unless another send refreshed already), one more try.
    const stored = await this.store.load();
    const next = stored && stored.accessToken !== token ? stored : await this.refresh(token);
    if ('kind' in next) return next;
    const second = await call(next.accessToken);
    if (second !== 'token_rejected') return second;
    return permanent('invalid_credentials', 'Zalo: the access token was rejected right after a refresh');
  }

  private async call(api: 'zns' | 'oa', url: string, token: string, body: string): Promise<Answer> {
    const headers = { 'content-type': 'application/json; charset=utf-8', access_token: token };
    const answer = await postForJson(api === 'zns' ? 'Zalo ZNS' : 'Zalo OA', url, {
      headers,
      body,
      timeoutMs: this.settings.timeoutMs,
    });
    if ('failed' in answer) return answer.failed;
    return zaloAnswer(api, { ...answer, retryAfterMs: retryAfterMs(answer.retryAfter, this.now()) });
  }

  /**
   * One refresh at a time in this process, and across processes under the store's lock: a
   * refresh token is single-use. `rejected`: the access token Zalo just refused.
   */
  private refresh(rejected?: string): Promise<ZaloTokens | ChannelOutcome> {
    const locked = () => this.refreshOnce(rejected);
    this.refreshing ??= (this.store.withRefreshLock ? this.store.withRefreshLock(locked) : locked()).finally(
      () => (this.refreshing = null),
    );
    return this.refreshing;
  }

  private async refreshOnce(rejected?: string): Promise<ZaloTokens | ChannelOutcome> {
    const current = await this.store.load();
    // Another process refreshed while this one waited for the lock: its tokens serve.
    if (
      current &&
      current.accessToken !== rejected &&
      current.expiresAt.getTime() - this.now().getTime() > this.settings.refreshAheadMs
    ) {
      return current;
    }
    const refreshToken = current?.refreshToken ?? this.settings.refreshToken.reveal();
    const answer = await postForJson('Zalo OAuth', this.settings.urls.oauth, {
      headers: { 'content-type': 'application/x-www-form-urlencoded', secret_key: this.settings.secretKey.reveal() },
      body: new URLSearchParams({
        app_id: this.settings.appId,
        refresh_token: refreshToken,
        grant_type: 'refresh_token',
      }).toString(),
      timeoutMs: this.settings.timeoutMs,
    });
    if ('failed' in answer) return answer.failed;
    const body = (answer.json ?? {}) as Record<string, unknown>;
    if (answer.status === 200 && typeof body.access_token === 'string' && typeof body.refresh_token === 'string') {
      const seconds = Number(body.expires_in);
      const tokens: ZaloTokens = {
        accessToken: body.access_token,
        refreshToken: body.refresh_token,
        expiresAt: new Date(this.now().getTime() + (Number.isFinite(seconds) && seconds > 0 ? seconds : 3600) * 1000),
      };
      await this.store.save(tokens);
      return tokens;
    }
    if (answer.status === 429 || answer.status >= 500) {
      return httpStatusOutcome('Zalo OAuth', answer.status, retryAfterMs(answer.retryAfter, this.now()));
    }
    const why = [body.error, body.error_name, body.error_description].filter((v) => v !== undefined).join(' ');
    return permanent(
      'invalid_credentials',
      `Zalo: the token refresh was refused${why ? ` (${String(why).slice(0, 200)})` : ''}`,
    );
  }
}

/** Zalo's delivery report for a ZNS message (the OA webhook's user_received_message event); null for other events. */
export function parseZaloReceipt(event: unknown): DeliveryReceipt | null {
  const e = (event ?? {}) as { event_name?: unknown; message?: { msg_id?: unknown; tracking_id?: unknown } };
  if (e.event_name !== 'user_received_message' || !e.message?.msg_id) return null;
  return {
    providerMessageId: String(e.message.msg_id),
    status: 'delivered',
    requestId: e.message.tracking_id ? String(e.message.tracking_id) : null,
  };
}
