import { Secret } from '@dondoc/config';
import { parseZaloLinkMessage, zaloEventSignature, zaloLinkCode, zaloWebhookAuthentic } from './zalo-webhook';

describe('linking Zalo by a code sent to the OA (pure)', () => {
  const text = (t: string, sender: unknown = 'f-1') => ({
    event_name: 'user_send_text',
    sender: { id: sender },
    message: { text: t },
  });

  it.each([
    [text('DD-K7Q2MX'), { followerId: 'f-1', code: 'DDK7Q2MX' }],
    [text('mã của tôi: dd-k7q2mx, cảm ơn'), { followerId: 'f-1', code: 'DDK7Q2MX' }],
    [text('DDK7Q2MX'), { followerId: 'f-1', code: 'DDK7Q2MX' }],
    [text('xin chào'), null],
    [text('DD-K7Q2M0'), null], // 0 is not in the alphabet
    [text('DD-K7Q2MX', 42), null],
    [{ event_name: 'follow', follower: { id: 'f-1' } }, null],
    [null, null],
  ])('%j → %j', (event, expected) => {
    expect(parseZaloLinkMessage(event)).toEqual(expected);
  });

  it('makes codes of the alphabet that parse back', () => {
    let i = 0;
    const code = zaloLinkCode((n) => i++ % n);
    expect(code).toMatch(/^DD-[A-Z2-9]{6}$/);
    expect(parseZaloLinkMessage(text(code))?.code).toBe(code.replace('-', ''));
  });

  it('takes an event signed over its raw body with the OA secret key, and nothing else', () => {
    const body = JSON.stringify({ event_name: 'follow', timestamp: '1733600000000' });
    const key = new Secret('oa-secret');
    const mac = zaloEventSignature('123', body, '1733600000000', 'oa-secret');
    expect(zaloWebhookAuthentic(body, mac, '123', key)).toBe(true);
    expect(zaloWebhookAuthentic(body, mac.slice(4), '123', key)).toBe(true);
    expect(zaloWebhookAuthentic(body, mac, '124', key)).toBe(false);
    expect(zaloWebhookAuthentic(body.replace('follow', 'unfollow'), mac, '123', key)).toBe(false);
    expect(zaloWebhookAuthentic(body, undefined, '123', key)).toBe(false);
    expect(zaloWebhookAuthentic('not json', mac, '123', key)).toBe(false);
  });
});
