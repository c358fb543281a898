import type { Lang } from './lang';

type T = (
  key: 'period.monthly' | 'period.quarterly' | 'period.six_monthly' | 'period.nine_monthly' | 'period.yearly',
  params: Record<string, string | number>,
) => string;

const KEY = /^(\d{4})(?:-(?:M(1[0-2]|[1-9])|Q([1-4])|H([12])|(9M)))?$/;
const ROMAN = ['I', 'II', 'III', 'IV'];

/**
 * A round's period in the reader's language, from its key (libs/domain periodKey:
 * 2026-M11, 2026-Q1, 2026-H1, 2026-9M, 2026); null for a key of another shape (the API's
 * label is then shown, as data).
 */
export function periodText(key: string, lang: Lang, t: T): string | null {
  const match = KEY.exec(key.trim().toUpperCase());
  if (!match) return null;
  const year = match[1]!;
  if (match[2]) {
    const month = new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2000, Number(match[2]) - 1, 1)),
    );
    return t('period.monthly', { index: match[2], month, year });
  }
  if (match[3]) return t('period.quarterly', { index: match[3], roman: ROMAN[Number(match[3]) - 1]!, year });
  if (match[4]) return t('period.six_monthly', { half: match[4] === '1' ? 'first' : 'second', year });
  if (match[5]) return t('period.nine_monthly', { year });
  return t('period.yearly', { year });
}
