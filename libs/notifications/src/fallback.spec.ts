import { nextChannel } from './fallback';

describe('nextChannel: where a notice falls back (decision 83)', () => {
  const all = new Set(['sms', 'zalo', 'telegram']);
  it.each([
    ['the next in the order', ['email', 'zalo', 'sms'], 'email', all, [], 'zalo'],
    ['after a message channel', ['email', 'zalo', 'sms'], 'zalo', all, [], 'sms'],
    ['the last one: nowhere', ['email', 'zalo', 'sms'], 'sms', all, [], null],
    ['skipping one not reachable', ['email', 'zalo', 'sms'], 'email', new Set(['sms']), [], 'sms'],
    ['skipping one already planned', ['email', 'zalo', 'sms'], null, all, ['email', 'zalo'], 'sms'],
    ['from the start when the failed one is not in the order', ['telegram', 'sms'], 'email', all, [], 'telegram'],
    ['never to e-mail', ['sms', 'email'], 'sms', all, [], null],
    ['no order: no fall-back', [], 'email', all, [], null],
  ])('%s', (_name, order, after, reachable, skip, expected) => {
    expect(nextChannel(order, after, reachable, new Set(skip))).toBe(expected);
  });
});
