/**
 * A brand-name SMS gateway: eSMS's SendMultipleMessage_V4_post_json and SpeedSMS's
 * /index.php/sms/send, with their answers and error codes (libs/channels/src/sms.ts cites
 * the pages), and eSMS's delivery report to the request's CallbackUrl (an HTTP GET).
 */
import { deliverReceipt, FakeServer, type FakeAnswer, type FakeRequest } from './fake-server';

export const ESMS_PATH = '/MainService.svc/json/SendMultipleMessage_V4_post_json/';
export const SPEEDSMS_PATH = '/index.php/sms/send';

/** Magic recipients (national form, any way of writing them) and what the gateway answers them. */
export const SMS_MAGIC = {
  blocked: '0900000099',
  invalidPhone: '0900000108',
  noBalance: '0900000103',
  rateLimited: '0900000429',
  serverError: '0900000500',
  duplicate: '0900000124',
  slow: '0900000408',
  undelivered: '0900000404',
} as const;
/** Text carrying this is refused as matching no registered template (eSMS 146). */
export const SMS_TEMPLATE_REJECTED_MARK = '[template-rejected]';
/** Seconds the gateway asks for in Retry-After when rate limiting. */
export const SMS_RETRY_AFTER_SECONDS = 7;

type Scenario = keyof typeof SMS_MAGIC | 'ok' | 'template' | 'auth';

export interface SmsFakeOptions {
  apiKey: string;
  secretKey: string;
  /** How long a slow answer takes. */
  slowMs?: number;
}

const national = (phone: string): string => {
  const digits = phone.replace(/\D/g, '');
  return digits.startsWith('84') ? `0${digits.slice(2)}` : digits;
};

export function startSmsGatewayFake(options: SmsFakeOptions, port = 0): Promise<FakeServer> {
  let next = 1000;
  const scenario = (phone: string, text: string, authorised: boolean): Scenario => {
    if (!authorised) return 'auth';
    const magic = Object.entries(SMS_MAGIC).find(([, n]) => n === national(phone));
    if (magic) return magic[0] as Scenario;
    return text.includes(SMS_TEMPLATE_REJECTED_MARK) ? 'template' : 'ok';
  };
  const slow = options.slowMs ?? 3000;

  const esms = (request: FakeRequest) => {
    const b = (request.json ?? {}) as Record<string, string>;
    const s = scenario(
      b.Phone ?? '',
      b.Content ?? '',
      b.ApiKey === options.apiKey && b.SecretKey === options.secretKey,
    );
    const id = `esms-${++next}`;
    const code = (CodeResult: string, ErrorMessage: string): FakeAnswer => ({
      status: 200,
      body: { CodeResult, CountRegenerate: 0, ErrorMessage },
    });
    const answers: Record<Scenario, () => FakeAnswer> = {
      ok: () => ({ status: 200, body: { CodeResult: '100', CountRegenerate: 0, SMSID: id } }),
      undelivered: () => ({ status: 200, body: { CodeResult: '100', CountRegenerate: 0, SMSID: id } }),
      auth: () => code('101', 'Authorize Failed'),
      blocked: () => code('99', 'Phone is blocked'),
      invalidPhone: () => code('108', 'Phone number is not in correct format'),
      noBalance: () => code('103', 'Not enough balance'),
      duplicate: () => code('124', 'Duplicate RequestId'),
      template: () => code('146', 'Wrong customer care template'),
      rateLimited: () => ({
        status: 429,
        body: 'Too Many Requests',
        headers: { 'retry-after': String(SMS_RETRY_AFTER_SECONDS) },
      }),
      serverError: () => ({ status: 503, body: 'Service Unavailable' }),
      slow: () => ({ status: 200, body: { CodeResult: '100', SMSID: id }, delayMs: slow }),
    };
    const answer = answers[s]();
    if ((s === 'ok' || s === 'undelivered') && b.CallbackUrl) {
      const query = new URLSearchParams({
        SMSID: id,
        SendStatus: s === 'ok' ? '5' : '4',
        RequestId: b.RequestId ?? '',
        phonenumber: b.Phone ?? '',
        TypeId: b.SmsType ?? '',
      });
      setTimeout(() => deliverReceipt(`${b.CallbackUrl}${b.CallbackUrl!.includes('?') ? '&' : '?'}${query}`, {}), 20);
    }
    return { to: b.Phone ?? '', text: `[${b.Brandname ?? ''}] ${b.Content ?? ''}`, answer };
  };

  const speedsms = (request: FakeRequest) => {
    const b = (request.json ?? {}) as { to?: string[]; content?: string; sender?: string };
    const auth = request.headers.authorization ?? '';
    const user = Buffer.from(auth.replace(/^Basic /, ''), 'base64')
      .toString('utf8')
      .split(':')[0];
    const phone = b.to?.[0] ?? '';
    const s = scenario(phone, b.content ?? '', user === options.apiKey);
    const tranId = ++next;
    const error = (code: string, message: string): FakeAnswer => ({
      status: 200,
      body: { status: 'error', code, message },
    });
    const ok: FakeAnswer = {
      status: 200,
      body: { status: 'success', code: '00', data: { tranId, totalSMS: 1, totalPrice: 250, invalidPhone: [] } },
    };
    const answers: Record<Scenario, () => FakeAnswer> = {
      ok: () => ok,
      undelivered: () => ok,
      duplicate: () => ok,
      auth: () => ({ status: 401, body: { status: 'error', code: '401', message: 'Unauthorized' } }),
      blocked: () => error('008', 'Account blocked'),
      invalidPhone: () => ({
        status: 200,
        body: { status: 'success', code: '00', data: { tranId, totalSMS: 0, totalPrice: 0, invalidPhone: [phone] } },
      }),
      noBalance: () => error('300', 'Your account balance not enough to send sms'),
      template: () => error('110', 'Not support sms content encoding'),
      rateLimited: () => ({
        status: 429,
        body: 'Too Many Requests',
        headers: { 'retry-after': String(SMS_RETRY_AFTER_SECONDS) },
      }),
      serverError: () => error('500', 'Internal error, please try again'),
      slow: () => ({ ...ok, delayMs: slow }),
    };
    return { to: phone, text: `[${b.sender ?? ''}] ${b.content ?? ''}`, answer: answers[s]() };
  };

  const fake = new FakeServer(
    'SMS gateway (fake eSMS / SpeedSMS)',
    (request) => {
      if (request.method !== 'POST') return null;
      if (request.path === ESMS_PATH) return esms(request);
      if (request.path === SPEEDSMS_PATH) return speedsms(request);
      return null;
    },
    [
      ...Object.entries(SMS_MAGIC).map(([what, phone]) => `${phone}: ${what}`),
      `text containing ${SMS_TEMPLATE_REJECTED_MARK}: template rejected`,
      'any other mobile number: accepted, then reported delivered to the CallbackUrl',
    ],
  );
  return fake.start(port);
}
