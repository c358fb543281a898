import { readerHalf } from './split';
import type { MessageParams } from './format';
import { translate } from './translate';
import type { Language } from './language';

/** A catalogue key with its values (libs/domain's Message; a value may be one too). */
export interface KeyedText {
  readonly key: string;
  readonly params?: Readonly<Record<string, unknown>>;
}

/** libs/domain's legacy(text): a glued text carried as a parameter, shown by its reader's half. */
export const LEGACY_KEY = '@legacy';

function isKeyed(value: unknown): value is KeyedText {
  return typeof value === 'object' && value !== null && typeof (value as KeyedText).key === 'string';
}

/** A text in one language: a key through the catalogues, a legacy glued string by its reader's half. */
export function renderText(text: string | KeyedText, lang: Language): string {
  if (!isKeyed(text)) return readerHalf(text, lang);
  if (text.key === LEGACY_KEY) return readerHalf(String(text.params?.text ?? ''), lang);
  const params: MessageParams = {};
  for (const [name, value] of Object.entries(text.params ?? {})) {
    if (isKeyed(value)) params[name] = renderText(value, lang);
    else if (value === null || value === undefined || typeof value === 'number' || value instanceof Date)
      params[name] = value;
    else params[name] = String(value);
  }
  return translate(lang, text.key, params);
}
