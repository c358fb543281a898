import { addDays, civil, type CivilDate } from '../calendar/civil-date';

/**
 * Reporting periods (docs/architecture.md#domain-rules). A period is a span of months of one report
 * year; its data window depends on the cycle's cut-off rule:
 *  - 'state': the state reporting regime (NĐ 09/2019/NĐ-CP and the provincial copies):
 *    from the 15th of the month before the period to the 14th of its last month, so
 *    Q1 2026 holds 15/12/2025–14/3/2026 and the year 2026 holds 15/12/2025–14/12/2026;
 *  - 'calendar': the plain calendar months, Q1 2026 = 1/1–31/3/2026.
 * Nine months has one period a year (the first nine months, as in "9 tháng năm 2026").
 */
export type PeriodKind = 'monthly' | 'quarterly' | 'six_monthly' | 'nine_monthly' | 'yearly';
export type CutOffRule = 'state' | 'calendar';

export const PERIOD_KINDS: readonly PeriodKind[] = ['monthly', 'quarterly', 'six_monthly', 'nine_monthly', 'yearly'];
export const CUT_OFF_RULES: readonly CutOffRule[] = ['state', 'calendar'];

export interface Period {
  kind: PeriodKind;
  /** The report year: the year the period's months belong to. */
  year: number;
  /** Month 1–12, quarter 1–4, half 1–2; 1 for nine months and the year. */
  index: number;
}

export interface DataWindow {
  /** First day of data (inclusive). */
  from: CivilDate;
  /** Last day of data, the cut-off (inclusive). */
  to: CivilDate;
}

interface Shape {
  months: number;
  count: number;
}

const SHAPES: Record<PeriodKind, Shape> = {
  monthly: { months: 1, count: 12 },
  quarterly: { months: 3, count: 4 },
  six_monthly: { months: 6, count: 2 },
  nine_monthly: { months: 9, count: 1 },
  yearly: { months: 12, count: 1 },
};

export function period(kind: PeriodKind, year: number, index = 1): Period {
  const { count } = SHAPES[kind];
  if (!Number.isInteger(year) || year < 1900 || year > 9999) throw new RangeError(`not a report year: ${year}`);
  if (!Number.isInteger(index) || index < 1 || index > count) {
    throw new RangeError(`${kind} period index must be 1–${count}, got ${index}`);
  }
  return { kind, year, index };
}

/** First and last calendar month (1–12) of the period. */
export function monthsOf(p: Period): { first: number; last: number } {
  const { months } = SHAPES[p.kind];
  const first = (p.index - 1) * months + 1;
  return { first, last: first + months - 1 };
}

const lastDayOfMonth = (year: number, month: number): CivilDate => addDays(civil(year, month + 1, 1), -1);

/** The days whose data the period's report covers. */
export function dataWindow(p: Period, rule: CutOffRule): DataWindow {
  const { first, last } = monthsOf(p);
  if (rule === 'calendar') return { from: civil(p.year, first, 1), to: lastDayOfMonth(p.year, last) };
  // civil() rolls month 0 over to December of the year before.
  return { from: civil(p.year, first - 1, 15), to: civil(p.year, last, 14) };
}

/** The cut-off: the last day of data. Deadlines count working days after it. */
export const cutOff = (p: Period, rule: CutOffRule): CivilDate => dataWindow(p, rule).to;

/**
 * The period of `kind` whose data window holds `date`; null only for nine months,
 * whose windows leave the end of each year uncovered.
 */
export function periodContaining(kind: PeriodKind, rule: CutOffRule, date: CivilDate): Period | null {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  // Under the state rule, the 15th onwards belongs to the next month's data.
  let y = year;
  let m = month;
  if (rule === 'state' && day >= 15) {
    m += 1;
    if (m === 13) [y, m] = [y + 1, 1];
  }
  const { months, count } = SHAPES[kind];
  const index = Math.floor((m - 1) / months) + 1;
  return index > count ? null : { kind, year: y, index };
}

/** The period after `p` (next month, next quarter, …; nine months: next year's). */
export function nextPeriod(p: Period): Period {
  const { count } = SHAPES[p.kind];
  return p.index < count ? { ...p, index: p.index + 1 } : { ...p, year: p.year + 1, index: 1 };
}

export function previousPeriod(p: Period): Period {
  const { count } = SHAPES[p.kind];
  return p.index > 1 ? { ...p, index: p.index - 1 } : { ...p, year: p.year - 1, index: count };
}

/** The same period a year before: what a value is compared with. */
export const samePeriodLastYear = (p: Period): Period => ({ ...p, year: p.year - 1 });

export function comparePeriods(a: Period, b: Period): number {
  return a.year - b.year || monthsOf(a).last - monthsOf(b).last || monthsOf(a).first - monthsOf(b).first;
}

/** A stable key: 2026-M11, 2026-Q1, 2026-H1, 2026-9M, 2026. */
export function periodKey(p: Period): string {
  switch (p.kind) {
    case 'monthly':
      return `${p.year}-M${p.index}`;
    case 'quarterly':
      return `${p.year}-Q${p.index}`;
    case 'six_monthly':
      return `${p.year}-H${p.index}`;
    case 'nine_monthly':
      return `${p.year}-9M`;
    case 'yearly':
      return `${p.year}`;
  }
}

const KEY = /^(\d{4})(?:-(?:M(1[0-2]|[1-9])|Q([1-4])|H([12])|(9M)))?$/;

/** The period of a key written by periodKey; null for anything else. */
export function parsePeriodKey(key: string): Period | null {
  const match = KEY.exec(key.trim().toUpperCase());
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2]) return { kind: 'monthly', year, index: Number(match[2]) };
  if (match[3]) return { kind: 'quarterly', year, index: Number(match[3]) };
  if (match[4]) return { kind: 'six_monthly', year, index: Number(match[4]) };
  if (match[5]) return { kind: 'nine_monthly', year, index: 1 };
  return { kind: 'yearly', year, index: 1 };
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** The label as people write it in reports: "Quý I/2026", "6 tháng đầu năm 2026". */
export function periodLabel(p: Period, locale: 'vi' | 'en' = 'vi'): string {
  if (locale === 'en') return englishLabel(p);
  switch (p.kind) {
    case 'monthly':
      return `Tháng ${p.index}/${p.year}`;
    case 'quarterly':
      return `Quý ${ROMAN[p.index - 1]}/${p.year}`;
    case 'six_monthly':
      return `6 tháng ${p.index === 1 ? 'đầu' : 'cuối'} năm ${p.year}`;
    case 'nine_monthly':
      return `9 tháng năm ${p.year}`;
    case 'yearly':
      return `Năm ${p.year}`;
  }
}

const MONTHS = 'January February March April May June July August September October November December'.split(' ');

function englishLabel(p: Period): string {
  switch (p.kind) {
    case 'monthly':
      return `${MONTHS[p.index - 1]} ${p.year}`;
    case 'quarterly':
      return `Q${p.index} ${p.year}`;
    case 'six_monthly':
      return `${p.index === 1 ? 'First' : 'Second'} half of ${p.year}`;
    case 'nine_monthly':
      return `First nine months of ${p.year}`;
    case 'yearly':
      return `Year ${p.year}`;
  }
}
