/**
 * Zalo: the OA's token endpoint (/v4/oa/access_token), ZNS (/message/template) and follower
 * messages (/v3.0/oa/message/cs), with Zalo's answer shapes and error codes
 * (libs/channels/src/zalo.ts cites the pages), and ZNS delivery receipts as the OA webhook's
 * user_received_message event. Refresh tokens are single-use, as Zalo's are: using one twice
 * is refused.
 */
import { createHash } from 'node:crypto';
import { deliverReceipt, FakeServer, type FakeAnswer, type FakeRequest } from './fake-server';

export const ZALO_PATHS = {
  oauth: '/v4/oa/access_token',
  zns: '/message/template',
  oa: '/v3.0/oa/message/cs',
} as const;

/** Magic ZNS phone numbers (84… form) and template ids, and follower ids. */
export const ZALO_MAGIC = {
  phoneInvalid: '84900000108',
  noZaloAccount: '84900000118',
  cannotReceive: '84900000119',
  inactive: '84900000114',
  outOfQuota: '84900000115',
  unknownError: '84900000100',
  rateLimited: '84900000429',
  templateNotApproved: 'tpl-not-approved',
  templateUnknown: 'tpl-unknown',
  notFollower: 'user-not-follower',
  noRecentInteraction: 'user-inactive-7d',
} as const;

export interface ZaloFakeOptions {
  appId: string;
  secretKey: string;
  /** The refresh token the OA starts with (the one configured). */
  refreshToken: string;
  /** expires_in of the access tokens issued, in seconds (Zalo: 90000). */
  expiresInSeconds?: number;
  /** Where delivery receipts (ZNS and OA messages) go, signed: the OA's webhook; none when absent. */
  webhookUrl?: string;
  /** The OA's secret key, which signs the webhook's events (X-ZEvent-Signature). */
  oaSecretKey?: string;
  /**
   * Takes any refresh token a fake could have issued (fake-refresh-N), not only its current
   * one: `npm start` restarts the fake, which forgets what it issued, while the worker keeps
   * the pair in PostgreSQL (decision 81). Off in the adapter's tests of single use.
   */
  forgetful?: boolean;
}

/** An OA webhook event, as Zalo POSTs it. */
export type ZaloEvent = Record<string, unknown> & { event_name: string; timestamp: string };

export interface ZaloFake extends FakeServer {
  /** Refreshes answered with new tokens. */
  refreshes: number;
  /** Makes every access token issued so far invalid (a revoked token): the next send gets -124 / -216. */
  revokeAccessTokens(): void;
  /** The refresh token the fake will take next. */
  currentRefreshToken(): string;
  /** While on, every access token is refused, even one just issued (an OA unlinked from the app). */
  refuseAllAccessTokens(on: boolean): void;
  /** The `follow` event of a person following the OA. */
  followEvent(followerId: string): ZaloEvent;
  /** The `user_send_text` event of a follower writing to the OA. */
  textEvent(followerId: string, text: string): ZaloEvent;
  /**
   * POSTs an event to the OA's webhook as Zalo does: the JSON body and X-ZEvent-Signature
   * = mac=sha256(appId + body + timestamp + OA secret key). Answers the webhook's status.
   */
  sendEvent(url: string, event: ZaloEvent): Promise<number>;
}

export async function startZaloFake(options: ZaloFakeOptions, port = 0): Promise<ZaloFake> {
  let refreshToken = options.refreshToken;
  const valid = new Set<string>();
  let refuseAll = false;
  const accepted = (request: FakeRequest) => !refuseAll && valid.has(String(request.headers.access_token ?? ''));
  let n = 0;
  let msg = 5000;

  const oauth = (request: FakeRequest): FakeAnswer => {
    const form = request.form ?? new URLSearchParams();
    if (request.headers.secret_key !== options.secretKey || form.get('app_id') !== options.appId) {
      return {
        status: 200,
        body: { error: -14002, error_name: 'Invalid app', error_description: 'app_id or secret_key invalid' },
      };
    }
    const given = form.get('refresh_token') ?? '';
    const takes = given === refreshToken || (options.forgetful && /^fake-refresh-\d+$/.test(given));
    if (form.get('grant_type') !== 'refresh_token' || !takes) {
      return {
        status: 200,
        body: {
          error: -14014,
          error_name: 'Invalid refresh token',
          error_description: 'refresh token invalid or used',
        },
      };
    }
    n += 1;
    fake.refreshes += 1;
    const accessToken = `fake-access-${n}`;
    refreshToken = `fake-refresh-${n}`;
    valid.add(accessToken);
    return {
      status: 200,
      body: {
        access_token: accessToken,
        refresh_token: refreshToken,
        expires_in: String(options.expiresInSeconds ?? 90000),
      },
    };
  };

  /** The OA's signed POST of one event, as Zalo sends it (X-ZEvent-Signature over the raw body). */
  const signed = (event: ZaloEvent): RequestInit => {
    const body = JSON.stringify(event);
    const mac = createHash('sha256')
      .update(`${options.appId}${body}${event.timestamp}${options.oaSecretKey ?? ''}`, 'utf8')
      .digest('hex');
    return {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-zevent-signature': `mac=${mac}` },
      body,
    };
  };
  /** The report that a message reached its reader (user_received_message), shortly after the answer. */
  const receipt = (msgId: string, recipient: string, trackingId: string) => {
    const url = options.webhookUrl;
    if (!url) return;
    const event: ZaloEvent = {
      app_id: options.appId,
      event_name: 'user_received_message',
      recipient: { id: recipient },
      message: { msg_id: msgId, tracking_id: trackingId, delivery_time: String(Date.now()) },
      timestamp: String(Date.now()),
    };
    setTimeout(() => deliverReceipt(url, signed(event)), 20);
  };

  const zns = (request: FakeRequest) => {
    const b = (request.json ?? {}) as {
      phone?: string;
      template_id?: string;
      template_data?: unknown;
      tracking_id?: string;
    };
    const phone = b.phone ?? '';
    const text = `template ${b.template_id ?? ''} ${JSON.stringify(b.template_data ?? {})}`;
    const error = (code: number, message: string): FakeAnswer => ({ status: 200, body: { error: code, message } });
    let answer: FakeAnswer;
    if (!accepted(request)) answer = error(-124, 'Access token invalid');
    else if (phone === ZALO_MAGIC.rateLimited)
      answer = { status: 429, body: 'Too Many Requests', headers: { 'retry-after': '5' } };
    else if (!/^84\d{9}$/.test(phone) || phone === ZALO_MAGIC.phoneInvalid)
      answer = error(-108, 'Phone number invalid');
    else if (phone === ZALO_MAGIC.noZaloAccount) answer = error(-118, 'Zalo account not existed');
    else if (phone === ZALO_MAGIC.cannotReceive) answer = error(-119, 'Account can not receive ZNS message');
    else if (phone === ZALO_MAGIC.inactive) answer = error(-114, 'User is inactive or rejects the message');
    else if (phone === ZALO_MAGIC.outOfQuota) answer = error(-115, 'Out of quota');
    else if (phone === ZALO_MAGIC.unknownError) answer = error(-100, 'Unknown error');
    else if (b.template_id === ZALO_MAGIC.templateNotApproved) {
      answer = error(-117, 'OA or App does not have permission to access this template');
    } else if (!b.template_id || b.template_id === ZALO_MAGIC.templateUnknown)
      answer = error(-109, 'Template ID invalid');
    else if (!b.template_data || Object.keys(b.template_data).length === 0) answer = error(-111, 'Template data empty');
    else {
      const msgId = `zns-${++msg}`;
      answer = {
        status: 200,
        body: {
          error: 0,
          message: 'Success',
          data: { msg_id: msgId, sent_time: String(Date.now()), quota: { dailyQuota: '500', remainingQuota: '499' } },
        },
      };
      receipt(msgId, `user-of-${phone}`, b.tracking_id ?? '');
    }
    return { to: phone, text, answer };
  };

  const cs = (request: FakeRequest) => {
    const b = (request.json ?? {}) as { recipient?: { user_id?: string }; message?: { text?: string } };
    const user = b.recipient?.user_id ?? '';
    const error = (code: number, message: string): FakeAnswer => ({ status: 200, body: { error: code, message } });
    let answer: FakeAnswer;
    if (!accepted(request)) answer = error(-216, 'Access token is invalid');
    else if (!user || !b.message?.text) answer = error(-201, 'Parameters are invalid');
    else if (user === ZALO_MAGIC.notFollower) answer = error(-213, 'User has not followed OA');
    else if (user === ZALO_MAGIC.noRecentInteraction)
      answer = error(-230, 'User has not interacted with the OA in the last 7 days');
    else {
      const messageId = `oa-${++msg}`;
      answer = { status: 200, body: { error: 0, message: 'Success', data: { message_id: messageId, user_id: user } } };
      receipt(messageId, user, '');
    }
    return { to: `follower ${user}`, text: b.message?.text ?? '', answer };
  };

  const fake = new FakeServer(
    'Zalo OA (fake ZNS and OA messages)',
    (request) => {
      if (request.method !== 'POST') return null;
      if (request.path === ZALO_PATHS.oauth) return { to: 'oauth', text: 'token refresh', answer: oauth(request) };
      if (request.path === ZALO_PATHS.zns) return zns(request);
      if (request.path === ZALO_PATHS.oa) return cs(request);
      return null;
    },
    Object.entries(ZALO_MAGIC).map(([what, value]) => `${value}: ${what}`),
  ) as ZaloFake;
  fake.refreshes = 0;
  fake.revokeAccessTokens = () => valid.clear();
  fake.currentRefreshToken = () => refreshToken;
  fake.refuseAllAccessTokens = (on) => (refuseAll = on);
  const oaId = '2000000000000000002';
  fake.followEvent = (followerId) => ({
    app_id: options.appId,
    oa_id: oaId,
    user_id_by_app: `app-${followerId}`,
    event_name: 'follow',
    source: 'oa_profile',
    follower: { id: followerId },
    timestamp: String(Date.now()),
  });
  fake.textEvent = (followerId, text) => ({
    app_id: options.appId,
    user_id_by_app: `app-${followerId}`,
    event_name: 'user_send_text',
    sender: { id: followerId },
    recipient: { id: oaId },
    message: { text, msg_id: `in-${++msg}` },
    timestamp: String(Date.now()),
  });
  fake.sendEvent = async (url, event) => {
    const response = await fetch(url, signed(event));
    await response.body?.cancel();
    return response.status;
  };
  const webhookUrl = options.webhookUrl;
  if (webhookUrl) {
    fake.addAction({
      name: 'write',
      title: 'Follow the OA and write to it',
      fields: [
        { name: 'follower', label: 'Your follower id', value: 'zalo-follower-1' },
        { name: 'text', label: 'Your message (the code the dashboard shows, DD-…)' },
      ],
      async run(form) {
        const follower = form.get('follower') || 'zalo-follower-1';
        await fake.sendEvent(webhookUrl, fake.followEvent(follower));
        const status = await fake.sendEvent(webhookUrl, fake.textEvent(follower, form.get('text') ?? ''));
        return `the application answered ${status}`;
      },
    });
  }
  return fake.start(port);
}
