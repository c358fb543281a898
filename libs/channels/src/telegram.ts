/**
 * Telegram Bot API: sendMessage to a verified chat id, and the `/start <token>` deep link a
 * person follows to link their chat. From https://core.telegram.org/bots/api:
 * POST https://api.telegram.org/bot<token>/sendMessage, JSON {chat_id, text, …}; every answer
 * is {ok, result} or {ok: false, error_code, description, parameters?}: 401 Unauthorized (the
 * token), 400 "Bad Request: chat not found", 403 "Forbidden: bot was blocked by the user",
 * 429 with parameters.retry_after (seconds), 400 with parameters.migrate_to_chat_id (a group
 * that became a supergroup). Deep links (https://core.telegram.org/bots/features#deep-linking):
 * t.me/<bot>?start=<payload> opens the chat and sends "/start <payload>", the payload up to
 * 64 characters of A–Z, a–z, 0–9, _ and -. A webhook's requests carry the secret set with
 * setWebhook in X-Telegram-Bot-Api-Secret-Token.
 */
import { timingSafeEqual } from 'node:crypto';
import type { Secret } from '@dondoc/config';
import { type ChannelOutcome, permanent, postForJson, retryable, sent } from './outcome';

export interface TelegramSettings {
  token: Secret;
  /** https://api.telegram.org, or a fake's address. */
  apiUrl: string;
  timeoutMs: number;
}

type TelegramAnswer = {
  ok?: boolean;
  result?: unknown;
  error_code?: number;
  description?: string;
  parameters?: { retry_after?: number; migrate_to_chat_id?: number };
};

/** The outcome of a Bot API answer to sendMessage. */
export function telegramAnswer(answer: { status: number; json: unknown }): ChannelOutcome {
  const body = (answer.json ?? {}) as TelegramAnswer;
  if (body.ok === true) {
    const id = (body.result as { message_id?: unknown; chat?: { id?: unknown } } | undefined)?.message_id;
    return id !== undefined ? sent(String(id)) : retryable('provider_error', 'Telegram: ok without a message id');
  }
  const code = body.error_code ?? answer.status;
  const description = typeof body.description === 'string' ? body.description.slice(0, 200) : `HTTP ${answer.status}`;
  const reason = `Telegram ${code}: ${description}`;
  if (code === 429) {
    const after = body.parameters?.retry_after;
    return retryable('rate_limited', reason, typeof after === 'number' ? after * 1000 : null);
  }
  if (code >= 500) return retryable('provider_error', reason);
  if (code === 401 || code === 404) return permanent('invalid_credentials', reason);
  if (code === 403) return permanent('recipient_unreachable', reason);
  if (body.parameters?.migrate_to_chat_id !== undefined) {
    return permanent('unknown_recipient', `${reason} (the chat is now ${body.parameters.migrate_to_chat_id})`);
  }
  if (code === 400 && /chat not found|user not found|PEER_ID_INVALID/i.test(description)) {
    return permanent('unknown_recipient', reason);
  }
  if (!answer.json) return retryable('provider_error', `Telegram: unreadable answer (HTTP ${answer.status})`);
  return permanent('invalid_request', reason);
}

/** The Telegram channel: a send returning a ChannelOutcome, never throwing; the token stays out of every reason. */
export class TelegramBot {
  constructor(private readonly settings: TelegramSettings) {}

  async sendMessage(message: { chatId: string; text: string }): Promise<ChannelOutcome> {
    if (!message.text.trim()) return permanent('invalid_request', 'empty message');
    const answer = await postForJson('Telegram', this.method('sendMessage'), {
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({
        chat_id: message.chatId,
        text: message.text,
        link_preview_options: { is_disabled: true },
      }),
      timeoutMs: this.settings.timeoutMs,
    });
    if ('failed' in answer) return answer.failed;
    return telegramAnswer(answer);
  }

  /** Updates after `offset` (long polling, for an installation without a public webhook address). */
  async getUpdates(offset: number, timeoutSeconds = 0): Promise<unknown[] | ChannelOutcome> {
    const answer = await postForJson('Telegram', this.method('getUpdates'), {
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ offset, timeout: timeoutSeconds, allowed_updates: ['message'] }),
      timeoutMs: this.settings.timeoutMs + timeoutSeconds * 1000,
    });
    if ('failed' in answer) return answer.failed;
    const body = (answer.json ?? {}) as TelegramAnswer;
    if (body.ok === true && Array.isArray(body.result)) return body.result;
    return telegramAnswer(answer);
  }

  private method(name: string): string {
    return `${this.settings.apiUrl.replace(/\/+$/, '')}/bot${this.settings.token.reveal()}/${name}`;
  }
}

export interface StartCommand {
  chatId: string;
  /** The one-time token of the deep link, to be verified by the caller. */
  token: string;
  /** The Telegram user, for the record (not an identity proof: the token is). */
  userId: string | null;
}

const START = /^\/start(?:@[A-Za-z0-9_]{1,64})?(?:\s+(\S+))?\s*$/;
const PAYLOAD = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The chat id and token of a `/start <token>` message in a private chat (one Update as
 * getUpdates or a webhook delivers it); null for anything else: another message, a /start
 * without a token or with a malformed one, a group (a group's chat is nobody's address).
 */
export function parseStartCommand(update: unknown): StartCommand | null {
  const message = (update as { message?: unknown } | null)?.message as
    { text?: unknown; chat?: { id?: unknown; type?: unknown }; from?: { id?: unknown } } | undefined;
  if (!message || typeof message.text !== 'string') return null;
  if (message.chat?.type !== 'private' || message.chat.id === undefined) return null;
  const match = START.exec(message.text.trim());
  if (!match?.[1] || !PAYLOAD.test(match[1])) return null;
  return {
    chatId: String(message.chat.id),
    token: match[1],
    userId: message.from?.id !== undefined ? String(message.from.id) : null,
  };
}

/** The deep link that opens the bot with `/start <token>`. */
export function telegramStartLink(botUsername: string, token: string): string {
  if (!PAYLOAD.test(token)) throw new Error('a start token is 1–64 characters of A–Z, a–z, 0–9, _ and -');
  return `https://t.me/${encodeURIComponent(botUsername.replace(/^@/, ''))}?start=${token}`;
}

/** Whether a webhook request carries the configured secret (constant-time comparison). */
export function telegramWebhookAuthentic(header: string | string[] | undefined, secret: Secret): boolean {
  if (typeof header !== 'string') return false;
  const a = Buffer.from(header);
  const b = Buffer.from(secret.reveal());
  return a.length === b.length && timingSafeEqual(a, b);
}
