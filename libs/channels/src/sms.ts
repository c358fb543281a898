/**
 * SMS through a brand-name gateway's HTTP API: one generic adapter, a request template per
 * gateway family. The shapes are written from the gateways' public documentation:
 *
 * eSMS.vn (template "esms"): POST …/MainService.svc/json/SendMultipleMessage_V4_post_json/
 *   with a JSON body {ApiKey, SecretKey, Phone, Content, Brandname, SmsType (2: customer
 *   care), IsUnicode (0/1), RequestId, CallbackUrl}; the answer {CodeResult, SMSID,
 *   ErrorMessage}, CodeResult "100" = accepted (not yet delivered: the delivery report comes
 *   to CallbackUrl as an HTTP GET with SMSID, SendStatus (5 sent, 4 rejected), RequestId…).
 *   https://developers.esms.vn/en/esms-api/send-sms-api/send-otp-customer-care-message
 *   https://developers.esms.vn/en/esms-api/table-of-error-codes
 *   https://developers.esms.vn/en/esms-api/callback-url
 * SpeedSMS (template "speedsms"): POST https://api.speedsms.vn/index.php/sms/send, the access
 *   token as the Basic user name, a JSON body {to: [84…], content, sms_type, sender}; the
 *   answer {status: "success"|"error", code, message, data: {tranId, invalidPhone…}} and the
 *   error codes 007/008/009 (IP or account locked), 101, 105 (phone invalid), 110, 113, 300
 *   (balance), 500 (internal: try again). https://en.speedsms.vn/sms-api-service-2
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
import { internationalDigits, nationalForm, normalizeVietnamesePhone } from './phone';
import { countSegments, type SmsSegments, unaccent } from './text';

export type SmsTemplate = 'esms' | 'speedsms';

export interface SmsGatewaySettings {
  template: SmsTemplate;
  /** The gateway's send endpoint, whole. */
  url: string;
  apiKey: Secret;
  /** eSMS's SecretKey; SpeedSMS has none. */
  secretKey: Secret | null;
  /** The registered brand name shown as the sender. */
  brandname: string;
  /** The gateway's message type: eSMS 2 (customer care), SpeedSMS 3 (brand name). */
  smsType: string;
  /** Send Vietnamese without diacritics (GSM-7: 160 a segment instead of 70). */
  unaccented: boolean;
  /** Where the gateway reports delivery (eSMS's CallbackUrl); null: no receipts. */
  callbackUrl: string | null;
  timeoutMs: number;
}

export interface SmsMessage {
  /** A Vietnamese mobile number as the person wrote it. */
  to: string;
  text: string;
  /** The delivery's id: the gateway's duplicate guard (eSMS RequestId). */
  requestId: string;
}

export interface PreparedSms {
  phone: string;
  text: string;
  segments: SmsSegments;
}

export const SMS_TEMPLATE_DEFAULT_TYPE: Record<SmsTemplate, string> = { esms: '2', speedsms: '3' };

/** The request a template sends for one message. */
export function smsRequest(
  settings: SmsGatewaySettings,
  sms: PreparedSms & { requestId: string },
): { headers: Record<string, string>; body: string } {
  const json = { 'content-type': 'application/json; charset=utf-8', accept: 'application/json' };
  if (settings.template === 'esms') {
    return {
      headers: json,
      body: JSON.stringify({
        ApiKey: settings.apiKey.reveal(),
        SecretKey: settings.secretKey?.reveal() ?? '',
        Phone: nationalForm(sms.phone),
        Content: sms.text,
        Brandname: settings.brandname,
        SmsType: settings.smsType,
        IsUnicode: sms.segments.encoding === 'UCS-2' ? '1' : '0',
        RequestId: sms.requestId,
        ...(settings.callbackUrl ? { CallbackUrl: settings.callbackUrl } : {}),
      }),
    };
  }
  const basic = Buffer.from(`${settings.apiKey.reveal()}:x`).toString('base64');
  return {
    headers: { ...json, authorization: `Basic ${basic}` },
    body: JSON.stringify({
      to: [internationalDigits(sms.phone)],
      content: sms.text,
      sms_type: Number(settings.smsType),
      sender: settings.brandname,
    }),
  };
}

const ESMS_CODES: Record<string, (message: string) => ChannelOutcome> = {
  '99': (m) => permanent('recipient_unreachable', `eSMS 99: the number is blocked${m}`),
  '101': (m) => permanent('invalid_credentials', `eSMS 101: wrong ApiKey or SecretKey${m}`),
  '102': (m) => permanent('invalid_request', `eSMS 102: no price list for the account${m}`),
  '103': (m) => permanent('quota_exhausted', `eSMS 103: balance too low${m}`),
  '104': (m) => permanent('invalid_request', `eSMS 104: brand name not registered${m}`),
  '108': (m) => permanent('unknown_recipient', `eSMS 108: phone number not valid${m}`),
  '118': (m) => permanent('invalid_request', `eSMS 118: message type not supported${m}`),
  '140': (m) => permanent('invalid_credentials', `eSMS 140: this server's address is not allowed${m}`),
  '146': (m) => permanent('template_rejected', `eSMS 146: the text matches no registered template${m}`),
  '177': (m) => permanent('unknown_recipient', `eSMS 177: the brand name is not registered with this carrier${m}`),
};

const SPEEDSMS_CODES: Record<string, (message: string) => ChannelOutcome> = {
  '007': (m) => permanent('invalid_credentials', `SpeedSMS 007: IP locked${m}`),
  '008': (m) => permanent('invalid_credentials', `SpeedSMS 008: account blocked${m}`),
  '009': (m) => permanent('invalid_credentials', `SpeedSMS 009: account may not use the API${m}`),
  '101': (m) => permanent('invalid_request', `SpeedSMS 101: invalid or missing parameters${m}`),
  '105': (m) => permanent('unknown_recipient', `SpeedSMS 105: phone number invalid${m}`),
  '110': (m) => permanent('invalid_request', `SpeedSMS 110: content encoding not supported${m}`),
  '113': (m) => permanent('invalid_request', `SpeedSMS 113: content too long${m}`),
  '300': (m) => permanent('quota_exhausted', `SpeedSMS 300: balance too low${m}`),
  '500': (m) => retryable('provider_error', `SpeedSMS 500: internal error${m}`),
};

const said = (message: unknown): string =>
  typeof message === 'string' && message ? ` (${message.slice(0, 200)})` : '';

/**
 * The outcome of a gateway's answer. An accepted message is `sent` (delivery is reported
 * later); a code not in the gateway's table is retryable: it is no proof the message can
 * never go, and the attempts are bounded.
 */
export function smsAnswer(
  template: SmsTemplate,
  answer: { status: number; json: unknown; retryAfterMs: number | null; requestId: string; phone: string },
): ChannelOutcome {
  const provider = template === 'esms' ? 'eSMS' : 'SpeedSMS';
  const body = (answer.json ?? {}) as Record<string, unknown>;
  if (template === 'esms') {
    if (answer.status !== 200) return httpStatusOutcome(provider, answer.status, answer.retryAfterMs);
    const code = String(body.CodeResult ?? '');
    if (code === '100' && body.SMSID) return sent(String(body.SMSID));
    // A repeat of a request it took already (our at-least-once retry): the message is on its way.
    if (code === '124') return sent(`RequestId:${answer.requestId}`);
    const mapped = ESMS_CODES[code];
    if (mapped) return mapped(said(body.ErrorMessage));
    return retryable('provider_error', code ? `eSMS ${code}${said(body.ErrorMessage)}` : 'eSMS: unreadable answer');
  }
  if (answer.status === 401) return permanent('invalid_credentials', 'SpeedSMS: access token rejected (HTTP 401)');
  if (answer.status !== 200 && body.status !== 'error') {
    return httpStatusOutcome(provider, answer.status, answer.retryAfterMs);
  }
  if (body.status === 'success') {
    const data = (body.data ?? {}) as { tranId?: unknown; invalidPhone?: unknown[] };
    if (Array.isArray(data.invalidPhone) && data.invalidPhone.map(String).includes(internationalDigits(answer.phone))) {
      return permanent('unknown_recipient', 'SpeedSMS: the number was refused as invalid');
    }
    if (data.tranId !== undefined) return sent(String(data.tranId));
  }
  const code = String(body.code ?? '');
  const mapped = SPEEDSMS_CODES[code];
  if (mapped) return mapped(said(body.message));
  return retryable('provider_error', code ? `SpeedSMS ${code}${said(body.message)}` : 'SpeedSMS: unreadable answer');
}

/** The SMS channel: a send that returns a ChannelOutcome, never throws. */
export class SmsGateway {
  constructor(
    private readonly settings: SmsGatewaySettings,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The number, text and segment count a message would go with; a reason when it cannot go. */
  prepare(message: Pick<SmsMessage, 'to' | 'text'>): PreparedSms | { reason: string } {
    const phone = normalizeVietnamesePhone(message.to);
    if (!phone.ok) return { reason: `phone number: ${phone.reason}` };
    const text = (this.settings.unaccented ? unaccent(message.text) : message.text).trim();
    if (!text) return { reason: 'empty message' };
    return { phone: phone.e164, text, segments: countSegments(text) };
  }

  async send(message: SmsMessage): Promise<ChannelOutcome> {
    const prepared = this.prepare(message);
    if ('reason' in prepared) {
      return permanent(prepared.reason.startsWith('phone') ? 'unknown_recipient' : 'invalid_request', prepared.reason);
    }
    const request = smsRequest(this.settings, { ...prepared, requestId: message.requestId });
    const provider = this.settings.template === 'esms' ? 'eSMS' : 'SpeedSMS';
    const answer = await postForJson(provider, this.settings.url, { ...request, timeoutMs: this.settings.timeoutMs });
    if ('failed' in answer) return answer.failed;
    return smsAnswer(this.settings.template, {
      status: answer.status,
      json: answer.json,
      retryAfterMs: retryAfterMs(answer.retryAfter, this.now()),
      requestId: message.requestId,
      phone: prepared.phone,
    });
  }
}

export type DeliveryReceipt = {
  providerMessageId: string;
  status: 'delivered' | 'failed' | 'pending';
  /** Our id of the delivery when the provider echoes it (eSMS RequestId, Zalo tracking_id). */
  requestId: string | null;
};

/** eSMS's delivery report (the query of its GET to CallbackUrl); null when it is none. */
export function parseEsmsReceipt(query: URLSearchParams): DeliveryReceipt | null {
  const id = query.get('SMSID');
  const status = query.get('SendStatus');
  if (!id || !status) return null;
  return {
    providerMessageId: id,
    status: status === '5' ? 'delivered' : status === '4' ? 'failed' : 'pending',
    requestId: query.get('RequestId'),
  };
}
