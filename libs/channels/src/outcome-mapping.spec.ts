// Every documented answer of each provider to its outcome (pure: no HTTP here; the
// *.adapter.spec.ts files run the same through the fakes).
import { httpStatusOutcome, retryAfterMs, thrownOutcome } from './outcome';
import { smsAnswer } from './sms';
import { telegramAnswer } from './telegram';
import { zaloAnswer } from './zalo';

const esms = (json: unknown, status = 200, retry: number | null = null) =>
  smsAnswer('esms', { status, json, retryAfterMs: retry, requestId: 'd-1', phone: '+84912345678' });
const speedsms = (json: unknown, status = 200, retry: number | null = null) =>
  smsAnswer('speedsms', { status, json, retryAfterMs: retry, requestId: 'd-1', phone: '+84912345678' });

describe('eSMS answers', () => {
  it('100 is sent with the SMSID; 124 (a repeated RequestId) is sent under the request id', () => {
    expect(esms({ CodeResult: '100', SMSID: 'abc' })).toEqual({ kind: 'sent', providerMessageId: 'abc' });
    expect(esms({ CodeResult: '124', ErrorMessage: 'Duplicate' })).toEqual({
      kind: 'sent',
      providerMessageId: 'RequestId:d-1',
    });
  });

  it.each([
    ['99', 'recipient_unreachable'],
    ['101', 'invalid_credentials'],
    ['102', 'invalid_request'],
    ['103', 'quota_exhausted'],
    ['104', 'invalid_request'],
    ['108', 'unknown_recipient'],
    ['118', 'invalid_request'],
    ['140', 'invalid_credentials'],
    ['146', 'template_rejected'],
    ['177', 'unknown_recipient'],
  ])('CodeResult %s is permanent: %s', (code, cause) => {
    const outcome = esms({ CodeResult: code, ErrorMessage: 'said the gateway' });
    expect(outcome).toMatchObject({ kind: 'permanent', cause });
    expect(outcome.kind === 'permanent' && outcome.reason).toMatch(
      new RegExp(`^eSMS ${code}: .*\\(said the gateway\\)$`),
    );
  });

  it('an unknown code, an unreadable answer, 429 and 5xx are retryable; 429 keeps Retry-After', () => {
    expect(esms({ CodeResult: '999' })).toMatchObject({ kind: 'retryable', cause: 'provider_error' });
    expect(esms(null)).toMatchObject({ kind: 'retryable', reason: 'eSMS: unreadable answer' });
    expect(esms(null, 429, 7000)).toEqual({
      kind: 'retryable',
      cause: 'rate_limited',
      reason: 'eSMS: rate limited (HTTP 429)',
      retryAfterMs: 7000,
    });
    expect(esms(null, 503)).toMatchObject({ kind: 'retryable', cause: 'provider_error', reason: 'eSMS: HTTP 503' });
    expect(esms(null, 404)).toMatchObject({ kind: 'permanent', cause: 'invalid_request' });
  });
});

describe('SpeedSMS answers', () => {
  it('success is sent with the tranId; the number in invalidPhone is an unknown recipient', () => {
    expect(speedsms({ status: 'success', code: '00', data: { tranId: 42, invalidPhone: [] } })).toEqual({
      kind: 'sent',
      providerMessageId: '42',
    });
    expect(
      speedsms({ status: 'success', code: '00', data: { tranId: 43, invalidPhone: ['84912345678'] } }),
    ).toMatchObject({ kind: 'permanent', cause: 'unknown_recipient' });
  });

  it.each([
    ['007', 'permanent', 'invalid_credentials'],
    ['008', 'permanent', 'invalid_credentials'],
    ['009', 'permanent', 'invalid_credentials'],
    ['101', 'permanent', 'invalid_request'],
    ['105', 'permanent', 'unknown_recipient'],
    ['110', 'permanent', 'invalid_request'],
    ['113', 'permanent', 'invalid_request'],
    ['300', 'permanent', 'quota_exhausted'],
    ['500', 'retryable', 'provider_error'],
    ['777', 'retryable', 'provider_error'],
  ])('code %s is %s: %s', (code, kind, cause) => {
    expect(speedsms({ status: 'error', code, message: 'm' })).toMatchObject({ kind, cause });
  });

  it('HTTP 401 is a bad access token; 429 waits as told', () => {
    expect(speedsms({ status: 'error', code: '401' }, 401)).toMatchObject({
      kind: 'permanent',
      cause: 'invalid_credentials',
    });
    expect(speedsms('Too Many Requests', 429, 2000)).toMatchObject({ kind: 'retryable', retryAfterMs: 2000 });
  });
});

describe('Zalo answers', () => {
  const zns = (json: unknown, status = 200) => zaloAnswer('zns', { status, json, retryAfterMs: null });
  const oa = (json: unknown, status = 200) => zaloAnswer('oa', { status, json, retryAfterMs: null });

  it('error 0 is sent with data.msg_id (ZNS) or data.message_id (OA)', () => {
    expect(zns({ error: 0, message: 'Success', data: { msg_id: 'm1' } })).toEqual({
      kind: 'sent',
      providerMessageId: 'm1',
    });
    expect(oa({ error: 0, message: 'Success', data: { message_id: 'm2' } })).toEqual({
      kind: 'sent',
      providerMessageId: 'm2',
    });
    expect(zns({ error: 0, data: {} })).toMatchObject({ kind: 'retryable' });
  });

  it.each([
    [-101, 'invalid_credentials'],
    [-102, 'invalid_credentials'],
    [-103, 'invalid_credentials'],
    [-104, 'invalid_credentials'],
    [-105, 'invalid_credentials'],
    [-106, 'invalid_request'],
    [-108, 'unknown_recipient'],
    [-109, 'template_rejected'],
    [-110, 'recipient_unreachable'],
    [-111, 'invalid_request'],
    [-112, 'invalid_request'],
    [-114, 'recipient_unreachable'],
    [-115, 'quota_exhausted'],
    [-117, 'template_rejected'],
    [-118, 'unknown_recipient'],
    [-119, 'recipient_unreachable'],
  ])('ZNS error %i is permanent: %s', (error, cause) => {
    expect(zns({ error, message: 'm' })).toMatchObject({ kind: 'permanent', cause });
  });

  it.each([
    [-201, 'invalid_request'],
    [-213, 'unknown_recipient'],
    [-230, 'recipient_unreachable'],
  ])('OA error %i is permanent: %s', (error, cause) => {
    expect(oa({ error, message: 'm' })).toMatchObject({ kind: 'permanent', cause });
  });

  it('an invalid or expired access token asks for a refresh; -100, unknown codes, 429 and 5xx retry', () => {
    expect(zns({ error: -124, message: 'Access token invalid' })).toBe('token_rejected');
    expect(oa({ error: -216 })).toBe('token_rejected');
    expect(oa({ error: -220 })).toBe('token_rejected');
    expect(zns({ error: -100, message: 'Unknown error' })).toMatchObject({
      kind: 'retryable',
      cause: 'provider_error',
    });
    expect(zns({ error: -999 })).toMatchObject({ kind: 'retryable', cause: 'provider_error' });
    expect(zns('busy', 429)).toMatchObject({ kind: 'retryable', cause: 'rate_limited' });
    expect(zns(null, 502)).toMatchObject({ kind: 'retryable', cause: 'provider_error' });
    expect(zns({ nothing: true })).toMatchObject({ kind: 'retryable', reason: 'Zalo ZNS: unreadable answer' });
  });
});

describe('Telegram answers', () => {
  const tg = (json: unknown, status = 200) => telegramAnswer({ status, json });

  it('ok is sent with the message id', () => {
    expect(tg({ ok: true, result: { message_id: 7, chat: { id: 1 } } })).toEqual({
      kind: 'sent',
      providerMessageId: '7',
    });
  });

  it.each([
    [401, 'Unauthorized', 'permanent', 'invalid_credentials'],
    [404, 'Not Found', 'permanent', 'invalid_credentials'],
    [400, 'Bad Request: chat not found', 'permanent', 'unknown_recipient'],
    [403, 'Forbidden: bot was blocked by the user', 'permanent', 'recipient_unreachable'],
    [403, 'Forbidden: user is deactivated', 'permanent', 'recipient_unreachable'],
    [400, 'Bad Request: message is too long', 'permanent', 'invalid_request'],
    [502, 'Bad Gateway', 'retryable', 'provider_error'],
  ])('%i %s is %s: %s', (error_code, description, kind, cause) => {
    expect(tg({ ok: false, error_code, description }, error_code)).toMatchObject({
      kind,
      cause,
      reason: `Telegram ${error_code}: ${description}`,
    });
  });

  it('429 waits parameters.retry_after seconds; a migrated group names its new chat', () => {
    expect(
      tg(
        { ok: false, error_code: 429, description: 'Too Many Requests: retry after 3', parameters: { retry_after: 3 } },
        429,
      ),
    ).toMatchObject({ kind: 'retryable', cause: 'rate_limited', retryAfterMs: 3000 });
    expect(
      tg(
        { ok: false, error_code: 400, description: 'Bad Request: upgraded', parameters: { migrate_to_chat_id: -1001 } },
        400,
      ),
    ).toMatchObject({ kind: 'permanent', cause: 'unknown_recipient', reason: expect.stringContaining('-1001') });
  });
});

describe('transport failures', () => {
  it('Retry-After in seconds or as a date', () => {
    const now = new Date('2027-01-01T00:00:00Z');
    expect(retryAfterMs('7', now)).toBe(7000);
    expect(retryAfterMs('Fri, 01 Jan 2027 00:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('soon', now)).toBeNull();
    expect(retryAfterMs(null, now)).toBeNull();
  });

  it('a timeout and a network error are retryable and name no URL', () => {
    expect(thrownOutcome('Telegram', Object.assign(new Error('x'), { name: 'TimeoutError' }))).toEqual({
      kind: 'retryable',
      cause: 'timeout',
      reason: 'Telegram: no answer in time',
      retryAfterMs: null,
    });
    const refused = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
    expect(thrownOutcome('eSMS', refused)).toMatchObject({
      cause: 'network',
      reason: 'eSMS: network error (ECONNREFUSED)',
    });
    expect(httpStatusOutcome('X', 403, null)).toMatchObject({ kind: 'permanent', cause: 'invalid_credentials' });
  });
});
