import { IntlMessageFormat } from 'intl-messageformat';
import type { Language } from './language';

export type MessageParams = Record<string, string | number | Date | null | undefined>;

const compiled = new Map<string, IntlMessageFormat>();

function compile(lang: Language, key: string, text: string): IntlMessageFormat {
  const id = `${lang}\u0000${key}\u0000${text}`;
  let message = compiled.get(id);
  if (!message) {
    message = new IntlMessageFormat(text, lang, undefined, { ignoreTag: true });
    compiled.set(id, message);
  }
  return message;
}

/**
 * One ICU MessageFormat text in `lang` with its plural, number and select rules applied
 * (FormatJS's intl-messageformat; compiled once per language and key). Pure: used by the
 * API's translate() and by the dashboard's t() alike.
 */
export function formatMessage(lang: Language, key: string, text: string, params: MessageParams = {}): string {
  const message = compile(lang, key, text);
  const values: Record<string, string | number | Date> = {};
  for (const [name, value] of Object.entries(params)) values[name] = value ?? '';
  return String(message.format(values));
}

/** The same with values that are not text (elements of the dashboard): the parts in order. */
export function formatParts<T>(
  lang: Language,
  key: string,
  text: string,
  params: Record<string, string | number | T>,
): (string | T)[] {
  const parts = compile(lang, key, text).format<T>(params);
  return Array.isArray(parts) ? parts : [parts];
}
