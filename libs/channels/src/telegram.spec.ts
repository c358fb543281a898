import { Secret } from '@dondoc/config';
import { parseStartCommand, telegramStartLink, telegramWebhookAuthentic } from './telegram';

const update = (text: unknown, chat: Record<string, unknown> = { id: 123456789, type: 'private' }) => ({
  update_id: 1,
  message: { message_id: 1, from: { id: 123456789 }, chat, date: 0, text },
});

describe('/start <token> deep links', () => {
  it.each([
    ['/start abcDEF123_-', 'abcDEF123_-'],
    ['/start   tok3n  ', 'tok3n'],
    ['/start@DonDocBot tok3n', 'tok3n'],
    [`/start ${'a'.repeat(64)}`, 'a'.repeat(64)],
  ])('%j gives the chat id and the token', (text, token) => {
    expect(parseStartCommand(update(text))).toEqual({ chatId: '123456789', token, userId: '123456789' });
  });

  it.each([
    ['/start', 'no token'],
    ['/start ', 'no token'],
    ['/start two words', 'more than one word'],
    [`/start ${'a'.repeat(65)}`, 'longer than 64'],
    ['/start tok.en', 'a character outside A–Z a–z 0–9 _ -'],
    ['/starttoken', 'not the command'],
    ['hello', 'not a command'],
    ['/help tok3n', 'another command'],
    [42, 'not text'],
  ] as [unknown, string][])('%j is no start (%s)', (text) => {
    expect(parseStartCommand(update(text))).toBeNull();
  });

  it('only a private chat; nothing from other updates', () => {
    expect(parseStartCommand(update('/start tok3n', { id: -100123, type: 'group' }))).toBeNull();
    expect(parseStartCommand(update('/start tok3n', { id: -100123, type: 'supergroup' }))).toBeNull();
    expect(parseStartCommand({ update_id: 2, edited_message: { text: '/start x' } })).toBeNull();
    expect(parseStartCommand(null)).toBeNull();
  });

  it('builds the link and refuses a token Telegram would not carry', () => {
    expect(telegramStartLink('@DonDocBot', 'tok3n')).toBe('https://t.me/DonDocBot?start=tok3n');
    expect(() => telegramStartLink('DonDocBot', 'a b')).toThrow('1–64 characters');
  });

  it('checks the webhook secret header', () => {
    const secret = new Secret('hook-secret');
    expect(telegramWebhookAuthentic('hook-secret', secret)).toBe(true);
    expect(telegramWebhookAuthentic('hook-secreT', secret)).toBe(false);
    expect(telegramWebhookAuthentic('short', secret)).toBe(false);
    expect(telegramWebhookAuthentic(undefined, secret)).toBe(false);
  });
});
