import vi from './catalogues/vi.json';
import en from './catalogues/en.json';
import { formatMessage, type MessageParams } from './format';
import { DEFAULT_LANGUAGE, type Language } from './language';
import { WEB_CATALOGUES, WEB_PREFIX } from './web';

const withWeb = (lang: Language): Record<string, string> => {
  const all: Record<string, string> = { ...(lang === 'vi' ? vi : en) };
  for (const [key, text] of Object.entries(WEB_CATALOGUES[lang])) all[WEB_PREFIX + key] = text;
  return all;
};

/**
 * One set of catalogues per language: flat keys ("errors.notFound") to ICU MessageFormat
 * texts; the dashboard's own (catalogues/web/<lang>.json) under "web." ("web.phase.completed").
 */
export const CATALOGUES: Record<Language, Record<string, string>> = { vi: withWeb('vi'), en: withWeb('en') };

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
    return formatMessage(hasMessage(key, lang) ? lang : DEFAULT_LANGUAGE, key, text, params);
  } catch {
    return text;
  }
}

/** A number in the reader's convention: 1.620,5 in Vietnamese, 1,620.5 in English. */
export function formatNumber(lang: Language, value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(lang, options).format(value);
}
