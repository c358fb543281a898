/**
 * The Telegram Bot API's sendMessage and getUpdates, with its {ok, result} /
 * {ok: false, error_code, description, parameters} answers (libs/channels/src/telegram.ts
 * cites the pages). A test (or the page's reader) pushes updates such as a `/start <token>`
 * message; getUpdates hands them out by offset as Telegram does.
 */
import { FakeServer, type FakeAnswer, type FakeRequest } from './fake-server';

/** Magic chat ids and what the Bot API answers them. */
export const TELEGRAM_MAGIC = {
  chatNotFound: '-404',
  blocked: '403',
  rateLimited: '429',
  serverError: '502',
  migrated: '-100',
} as const;
export const TELEGRAM_RETRY_AFTER_SECONDS = 3;

export interface TelegramFake extends FakeServer {
  /** Queues an update for getUpdates (update_id assigned); returns it. */
  pushUpdate(update: Record<string, unknown>): Record<string, unknown>;
  /** Queues the message a person's client sends on following t.me/<bot>?start=<token>. */
  pushStart(chatId: number, token: string, chatType?: string): Record<string, unknown>;
}

export interface TelegramFakeOptions {
  token: string;
  /** Our webhook (as given to setWebhook) and its secret: the page's Start button posts there. */
  webhookUrl?: string;
  webhookSecret?: string;
}

export async function startTelegramFake(options: TelegramFakeOptions, port = 0): Promise<TelegramFake> {
  const updates: Record<string, unknown>[] = [];
  let updateId = 100;
  let messageId = 0;
  const fail = (error_code: number, description: string, parameters?: Record<string, unknown>): FakeAnswer => ({
    status: error_code,
    body: { ok: false, error_code, description, ...(parameters ? { parameters } : {}) },
  });

  const sendMessage = (request: FakeRequest) => {
    const b = (request.json ?? {}) as { chat_id?: string | number; text?: string };
    const chat = String(b.chat_id ?? '');
    let answer: FakeAnswer;
    if (!chat || !b.text) answer = fail(400, 'Bad Request: message text is empty');
    else if (chat === TELEGRAM_MAGIC.chatNotFound) answer = fail(400, 'Bad Request: chat not found');
    else if (chat === TELEGRAM_MAGIC.blocked) answer = fail(403, 'Forbidden: bot was blocked by the user');
    else if (chat === TELEGRAM_MAGIC.rateLimited) {
      answer = fail(429, `Too Many Requests: retry after ${TELEGRAM_RETRY_AFTER_SECONDS}`, {
        retry_after: TELEGRAM_RETRY_AFTER_SECONDS,
      });
    } else if (chat === TELEGRAM_MAGIC.serverError) answer = fail(502, 'Bad Gateway');
    else if (chat === TELEGRAM_MAGIC.migrated) {
      answer = fail(400, 'Bad Request: group chat was upgraded to a supergroup chat', { migrate_to_chat_id: -1001234 });
    } else {
      answer = {
        status: 200,
        body: {
          ok: true,
          result: { message_id: ++messageId, chat: { id: Number(chat), type: 'private' }, date: 0, text: b.text },
        },
      };
    }
    return { to: `chat ${chat}`, text: b.text ?? '', answer };
  };

  const getUpdates = (request: FakeRequest): FakeAnswer => {
    const offset = Number((request.json as { offset?: number } | null)?.offset ?? 0);
    // Telegram forgets the updates before the offset once it is asked with it.
    while (updates.length && (updates[0]!.update_id as number) < offset) updates.shift();
    return { status: 200, body: { ok: true, result: updates.slice(0, 100) } };
  };

  const fake = new FakeServer(
    'Telegram Bot API (fake)',
    (request) => {
      const match = /^\/bot([^/]+)\/(\w+)$/.exec(request.path);
      if (!match) return null;
      if (match[1] !== options.token) return fail(401, 'Unauthorized');
      if (match[2] === 'sendMessage') return sendMessage(request);
      if (match[2] === 'getUpdates') return getUpdates(request);
      return fail(404, 'Not Found');
    },
    [
      ...Object.entries(TELEGRAM_MAGIC).map(([what, chat]) => `chat ${chat}: ${what}`),
      'a wrong bot token: 401 Unauthorized',
    ],
  ) as TelegramFake;
  fake.pushUpdate = (update) => {
    const full = { update_id: ++updateId, ...update };
    updates.push(full);
    return full;
  };
  fake.pushStart = (chatId, token, chatType = 'private') =>
    fake.pushUpdate({
      message: {
        message_id: ++messageId,
        from: { id: chatId, is_bot: false, first_name: 'Test' },
        chat: { id: chatId, type: chatType },
        date: 0,
        text: `/start ${token}`,
        entities: [{ offset: 0, length: 6, type: 'bot_command' }],
      },
    });
  const webhookUrl = options.webhookUrl;
  if (webhookUrl) {
    fake.addAction({
      name: 'start',
      title: 'Press Start on the bot’s link',
      fields: [
        { name: 'link', label: 'The link the dashboard shows (t.me/…?start=…), or its token' },
        { name: 'chat', label: 'Your chat id', value: '700001' },
      ],
      async run(form) {
        const link = (form.get('link') ?? '').trim();
        const token = /[?&]start=([\w-]+)/.exec(link)?.[1] ?? link;
        const update = fake.pushStart(Number(form.get('chat') || 700001), token);
        const answer = await fetch(webhookUrl, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-telegram-bot-api-secret-token': options.webhookSecret ?? '',
          },
          body: JSON.stringify(update),
        });
        await answer.body?.cancel();
        return `the application answered ${answer.status}`;
      },
    });
  }
  return fake.start(port);
}
