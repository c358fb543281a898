import vi from './catalogues/web/vi.json';
import en from './catalogues/web/en.json';
import { formatMessage, formatParts, type MessageParams } from './format';
import { DEFAULT_LANGUAGE, type Language } from './language';

/**
 * The dashboard's texts (libs/i18n/src/catalogues/web/<lang>.json): the same catalogues
 * as the API's, under the "web." prefix there (translate('en', 'web.phase.completed')).
 * The dashboard imports this file only, so its bundle holds no API texts.
 */
export const WEB_CATALOGUES: Record<Language, Record<string, string>> = { vi, en };
export type WebKey = keyof typeof vi;
export const WEB_PREFIX = 'web.';

/** A dashboard text in `lang`: Vietnamese when English lacks it, the key when both do; never a throw. */
export function translateWeb(lang: Language, key: string, params: MessageParams = {}): string {
  const own = Object.hasOwn(WEB_CATALOGUES[lang], key);
  const text = own ? WEB_CATALOGUES[lang][key] : WEB_CATALOGUES[DEFAULT_LANGUAGE][key];
  if (text === undefined) return key;
  try {
    return formatMessage(own ? lang : DEFAULT_LANGUAGE, WEB_PREFIX + key, text, params);
  } catch {
    return text;
  }
}

/**
 * A dashboard text with some values that are not text (a name inside lang="vi", a link):
 * its parts in order, for the dashboard to render; the plain text when formatting fails.
 */
export function translateWebParts<T>(
  lang: Language,
  key: string,
  params: Record<string, string | number | T>,
): (string | T)[] {
  const own = Object.hasOwn(WEB_CATALOGUES[lang], key);
  const text = own ? WEB_CATALOGUES[lang][key] : WEB_CATALOGUES[DEFAULT_LANGUAGE][key];
  if (text === undefined) return [key];
  try {
    return formatParts(own ? lang : DEFAULT_LANGUAGE, WEB_PREFIX + key, text, params);
  } catch {
    return [text];
  }
}
