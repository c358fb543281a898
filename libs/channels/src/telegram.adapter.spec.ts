// The Telegram adapter against the fake Bot API over real HTTP: sendMessage and its error
// answers, getUpdates handing out a /start deep link that parseStartCommand reads.
import { Secret } from '@dondoc/config';
import {
  startTelegramFake,
  TELEGRAM_MAGIC,
  TELEGRAM_RETRY_AFTER_SECONDS,
  type TelegramFake,
} from '../../../test/fakes';
import { parseStartCommand, TelegramBot } from './telegram';

const TOKEN = '123456789:AAH-test-token-abcdefghijklmnop';

describe('Telegram adapter against the fake Bot API', () => {
  let fake: TelegramFake;
  const bot = (token = TOKEN) => new TelegramBot({ token: new Secret(token), apiUrl: fake.url, timeoutMs: 2000 });

  beforeAll(async () => {
    fake = await startTelegramFake({ token: TOKEN });
  });
  afterAll(() => fake.close());

  it('sendMessage to a chat id: the documented body, sent with the message id', async () => {
    const outcome = await bot().sendMessage({ chatId: '987654321', text: 'Có nhiệm vụ mới: Báo cáo quý I' });
    expect(outcome).toEqual({ kind: 'sent', providerMessageId: '1' });
    expect(fake.received.at(-1)).toMatchObject({
      path: '/bot<token>/sendMessage',
      request: {
        chat_id: '987654321',
        text: 'Có nhiệm vụ mới: Báo cáo quý I',
        link_preview_options: { is_disabled: true },
      },
    });
  });

  it.each([
    ['a wrong token (401)', '1', 'x:wrong-token-wrong-token-wrong', 'permanent', 'invalid_credentials'],
    ['chat not found (400)', TELEGRAM_MAGIC.chatNotFound, TOKEN, 'permanent', 'unknown_recipient'],
    ['blocked by the user (403)', TELEGRAM_MAGIC.blocked, TOKEN, 'permanent', 'recipient_unreachable'],
    ['a group that migrated (400)', TELEGRAM_MAGIC.migrated, TOKEN, 'permanent', 'unknown_recipient'],
    ['a 502', TELEGRAM_MAGIC.serverError, TOKEN, 'retryable', 'provider_error'],
  ] as const)('%s → %s %s, the token in no reason', async (_what, chatId, token, kind, cause) => {
    const outcome = await bot(token).sendMessage({ chatId, text: 'x' });
    expect(outcome).toMatchObject({ kind, cause });
    expect(JSON.stringify(outcome)).not.toContain(token.split(':')[1]);
  });

  it('429: retryable after parameters.retry_after', async () => {
    expect(await bot().sendMessage({ chatId: TELEGRAM_MAGIC.rateLimited, text: 'x' })).toEqual({
      kind: 'retryable',
      cause: 'rate_limited',
      reason: `Telegram 429: Too Many Requests: retry after ${TELEGRAM_RETRY_AFTER_SECONDS}`,
      retryAfterMs: TELEGRAM_RETRY_AFTER_SECONDS * 1000,
    });
  });

  it('an answer forced through the control endpoint is read the same way', async () => {
    const control = await fetch(`${fake.url}/_control/fail-next`, {
      method: 'POST',
      body: JSON.stringify({
        status: 403,
        body: { ok: false, error_code: 403, description: 'Forbidden: user is deactivated' },
      }),
    });
    expect(control.status).toBe(204);
    expect(await bot().sendMessage({ chatId: '5', text: 'x' })).toMatchObject({
      kind: 'permanent',
      cause: 'recipient_unreachable',
    });
  });

  it('getUpdates hands out a /start deep link; the parser reads the chat id and token; the offset forgets it', async () => {
    fake.pushUpdate({ message: { message_id: 9, chat: { id: 55, type: 'private' }, text: 'hello', date: 0 } });
    fake.pushStart(987654321, 'link-Tok3n_x');
    fake.pushStart(-100777, 'group-token', 'group');
    const updates = await bot().getUpdates(0);
    expect(Array.isArray(updates) && updates.length).toBe(3);
    const starts = (updates as unknown[]).map(parseStartCommand).filter(Boolean);
    expect(starts).toEqual([{ chatId: '987654321', token: 'link-Tok3n_x', userId: '987654321' }]);
    const last = (updates as { update_id: number }[]).at(-1)!.update_id;
    expect(await bot().getUpdates(last + 1)).toEqual([]);
  });

  it('getUpdates with a wrong token is the same permanent failure', async () => {
    expect(await bot('1:wrong-token-wrong-token-wrong').getUpdates(0)).toMatchObject({
      kind: 'permanent',
      cause: 'invalid_credentials',
    });
  });
});
