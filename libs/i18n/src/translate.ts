import { IntlMessageFormat } from 'intl-messageformat';
import vi from './catalogues/vi.json';
import en from './catalogues/en.json';
import { DEFAULT_LANGUAGE, type Language } from './language';

export type MessageParams = Record<string, string | number | Date | null | undefined>;

/** One catalogue per language: flat keys ("errors.notFound") to ICU MessageFormat texts. */
export const CATALOGUES: Record<Language, Record<string, string>> = { vi, en };

const compiled = new Map<string, IntlMessageFormat>();

function format(lang: Language, key: string, text: string, params: MessageParams): string {
  const id = `${lang}\u0000${key}`;
  let message = compiled.get(id);
  if (!message) {
    message = new IntlMessageFormat(text, lang, undefined, { ignoreTag: true });
    compiled.set(id, message);
  }
  const values: Record<string, string | number | Date> = {};
  for (const [name, value] of Object.entries(params)) values[name] = value ?? '';
  return String(message.format(values));
}

export function hasMessage(key: string, lang: Language = DEFAULT_LANGUAGE): boolean {
  return Object.hasOwn(CATALOGUES[lang], key);
}

/**
 * The text of `key` in `lang` with its ICU plural, number and select rules applied. A key
 * missing from `lang` falls back to Vietnamese, one missing everywhere to the key itself
 * (a programming error the catalogue test catches, never worth a 500); a parameter left
 * out gives the unformatted text, for the same reason.
 */
export function translate(lang: Language, key: string, params: MessageParams = {}): string {
  const text = CATALOGUES[lang][key] ?? CATALOGUES[DEFAULT_LANGUAGE][key];
  if (text === undefined) return key;
  try {
    return format(hasMessage(key, lang) ? lang : DEFAULT_LANGUAGE, key, text, params);
  } catch {
    return text;
  }
}

/** A number in the reader's convention: 1.620,5 in Vietnamese, 1,620.5 in English. */
export function formatNumber(lang: Language, value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(lang, options).format(value);
}
