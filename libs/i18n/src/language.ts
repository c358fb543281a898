/** The languages a reader can have; Vietnamese is the default and first-class. */
export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'vi';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The language an Accept-Language header asks for: its ranges by weight (q, then order),
 * the first one we speak (by primary subtag: en-GB is en); Vietnamese when none is.
 */
export function readerLanguage(acceptLanguage: string | undefined | null): Language {
  if (!acceptLanguage) return DEFAULT_LANGUAGE;
  const ranges = acceptLanguage
    .split(',')
    .map((part, order) => {
      const [range = '', ...attributes] = part.trim().split(';');
      const q = attributes.map((a) => /^\s*q\s*=\s*([\d.]+)\s*$/i.exec(a)?.[1]).find((v) => v !== undefined);
      return { tag: range.trim().toLowerCase().split('-')[0] ?? '', q: q === undefined ? 1 : Number(q), order };
    })
    .filter((r) => r.q > 0 && !Number.isNaN(r.q))
    .sort((a, b) => b.q - a.q || a.order - b.order);
  return ranges.map((r) => r.tag).find(isLanguage) ?? DEFAULT_LANGUAGE;
}

/** The reader's one language: their stored preference, else what their client asks for, else Vietnamese. */
export function negotiateLanguage(preference: string | null | undefined, acceptLanguage?: string | null): Language {
  return isLanguage(preference) ? preference : readerLanguage(acceptLanguage);
}
