import { addDays, isWeekend, type CivilDate } from './civil-date';
import { OFFICIAL_NOTES_EN } from './official-notes-en';
import type { CalendarOverride } from './vn-holidays';

/**
 * The Government's yearly decisions on days off for public servants (cán bộ, công
 * chức, viên chức), as data. The rules of the Labour Code (45/2019/QH14, art. 111
 * and 112) are computed in vn-holidays.ts; what is here is what a notice decided on
 * top of them: the exact Tết days, the day beside 2/9, and the swaps (a weekday off
 * paid back by a Saturday worked). Each break is listed whole, as announced, with
 * the document that set it; `officialOverrides` turns it into rows of the override
 * table (the migration loads them; admins edit them through /calendar).
 *
 * Frozen per year: a migration loads these constants, so a correction or the next
 * year's decision goes into a new constant and a new migration (README, "Next
 * year's calendar decision"), never into an edit here.
 *
 * Sources: the numbers and days below were checked against press reports of the
 * documents (VietnamPlus/TTXVN, Thư viện pháp luật, Bộ Tư pháp's own notice citing
 * 6150), not against the documents themselves; `caveat` says what is less certain.
 */

/** One break (or one swap) a document decided. */
export interface DecidedBreak {
  /** Vietnamese name of the occasion, e.g. 'Tết Nguyên đán Ất Tỵ 2025'. */
  occasion: string;
  /** The whole break as announced, weekends included: [from, to]. */
  from: CivilDate;
  to: CivilDate;
  /**
   * Days worked because of the decision: the Saturday that pays back a swapped
   * weekday, or a weekday the rules would give off that the decision does not
   * (the carry-over it moved, the day beside 2/9 it placed on the other side).
   */
  workingDays: { date: CivilDate; note: string }[];
}

export interface OfficialDecision {
  /** The document's number as written on it, e.g. '6150/TB-BLĐTBXH'. */
  documentNumber: string;
  issuedOn: CivilDate;
  issuer: string;
  title: string;
  /** The Government's letter the notice carries out, when known. */
  basis?: string;
  /** What is less certain about this entry; absent when the sources agree. */
  caveat?: string;
  breaks: DecidedBreak[];
}

/** Decisions for 2025 and 2026. Frozen: loaded by migration 1795480000000. */
export const OFFICIAL_DECISIONS_2025_2026: readonly OfficialDecision[] = [
  {
    documentNumber: '6150/TB-BLĐTBXH',
    issuedOn: '2024-12-03',
    issuer: 'Bộ Lao động - Thương binh và Xã hội',
    title:
      'Thông báo về việc nghỉ Tết Âm lịch, nghỉ lễ Quốc khánh, nghỉ lễ ngày Chiến thắng 30/4 và ngày Quốc tế lao động 01/5 năm 2025 đối với cán bộ, công chức, viên chức và người lao động',
    basis: '8726/VPCP-KGVX ngày 26/11/2024 (ý kiến Thủ tướng Chính phủ)',
    breaks: [
      {
        // Five Tết days 27–31/1 (29 tháng Chạp Giáp Thìn is 28/1): Saturday 1/2 is
        // not one of them, so the rules' carry-over to Monday 3/2 does not happen.
        occasion: 'Tết Nguyên đán Ất Tỵ 2025',
        from: '2025-01-25',
        to: '2025-02-02',
        workingDays: [
          { date: '2025-02-03', note: 'Đi làm lại sau Tết Ất Tỵ 2025 (5 ngày Tết là 27/01–31/01, không có nghỉ bù)' },
        ],
      },
      {
        occasion: 'Ngày Chiến thắng 30/4 và Quốc tế Lao động 1/5 năm 2025 (hoán đổi thứ Sáu 02/5)',
        from: '2025-04-30',
        to: '2025-05-04',
        workingDays: [{ date: '2025-04-26', note: 'Làm bù thứ Bảy 26/4/2025 cho ngày nghỉ thứ Sáu 02/5/2025' }],
      },
      {
        // 2/9/2025 is a Tuesday: the day beside it is Monday 1/9.
        occasion: 'Quốc khánh 2025',
        from: '2025-08-30',
        to: '2025-09-02',
        workingDays: [],
      },
    ],
  },
  {
    documentNumber: '9441/TB-BNV',
    issuedOn: '2025-10-16',
    issuer: 'Bộ Nội vụ',
    title:
      'Thông báo về việc nghỉ Tết Âm lịch và nghỉ lễ Quốc khánh năm 2026 đối với cán bộ, công chức, viên chức và người lao động',
    basis: 'văn bản của Văn phòng Chính phủ tháng 10/2025 truyền đạt ý kiến Thủ tướng Chính phủ (số chưa xác minh)',
    caveat:
      'Press reports give "Thông báo số 9441" of 16/10/2025; the symbol TB-BNV is the Ministry of Home Affairs’ usual one, not read on the document. The Government letter it carries out is not identified.',
    breaks: [
      {
        occasion: 'Tết Nguyên đán Bính Ngọ 2026',
        from: '2026-02-14',
        to: '2026-02-22',
        workingDays: [],
      },
      {
        // 2/9/2026 is a Wednesday: the day beside it is Tuesday 1/9 (not 3/9, which
        // the rules would pick), and Monday 31/8 is swapped with Saturday 22/8.
        occasion: 'Quốc khánh 2026 (ngày liền kề 01/9, hoán đổi thứ Hai 31/8)',
        from: '2026-08-29',
        to: '2026-09-02',
        workingDays: [
          { date: '2026-08-22', note: 'Làm bù thứ Bảy 22/8/2026 cho ngày nghỉ thứ Hai 31/8/2026' },
          { date: '2026-09-03', note: 'Làm việc thứ Năm 03/9/2026 (ngày liền kề Quốc khánh 2026 là 01/9)' },
        ],
      },
    ],
  },
  {
    documentNumber: '12729/VPCP-KGVX',
    issuedOn: '2025-12-25',
    issuer: 'Văn phòng Chính phủ',
    title: 'Văn bản truyền đạt ý kiến Phó Thủ tướng Chính phủ về việc nghỉ Tết Dương lịch năm 2026',
    caveat:
      'Number and date from one press report; a follow-up notice of the Ministry of Home Affairs, if any, is not identified.',
    breaks: [
      {
        occasion: 'Tết Dương lịch 2026 (hoán đổi thứ Sáu 02/01)',
        from: '2026-01-01',
        to: '2026-01-04',
        workingDays: [{ date: '2026-01-10', note: 'Làm bù thứ Bảy 10/01/2026 cho ngày nghỉ thứ Sáu 02/01/2026' }],
      },
    ],
  },
];

/** Every day of a break, weekends included. */
export function breakDays(decided: DecidedBreak): CivilDate[] {
  const days: CivilDate[] = [];
  for (let day = decided.from; day <= decided.to; day = addDays(day, 1)) days.push(day);
  return days;
}

/**
 * Rows of the override table for `decisions`: every weekday of every break as a
 * day off (weekend days are off anyway), every worked day as a working day, each
 * with the document that set it. Sorted by date; a date decided twice is an error.
 */
export function officialOverrides(decisions: readonly OfficialDecision[]): CalendarOverride[] {
  const rows = new Map<CivilDate, CalendarOverride>();
  const add = (row: CalendarOverride) => {
    if (rows.has(row.date)) throw new Error(`calendar decision: ${row.date} is decided twice`);
    rows.set(row.date, row);
  };
  for (const decision of decisions) {
    const provenance = { documentNumber: decision.documentNumber, sourceNote: sourceNote(decision) };
    for (const decided of decision.breaks) {
      for (const date of breakDays(decided).filter((day) => !isWeekend(day))) {
        const note = `Nghỉ ${decided.occasion}`;
        add({ date, kind: 'day_off', note, noteEn: OFFICIAL_NOTES_EN[note] ?? null, ...provenance });
      }
      for (const worked of decided.workingDays)
        add({
          date: worked.date,
          kind: 'working_day',
          note: worked.note,
          noteEn: OFFICIAL_NOTES_EN[worked.note] ?? null,
          ...provenance,
        });
    }
  }
  return [...rows.values()].sort((a, b) => a.date.localeCompare(b.date));
}

function sourceNote(decision: OfficialDecision): string {
  const issued = decision.issuedOn.split('-').reverse().join('/');
  const basis = decision.basis ? `; căn cứ ${decision.basis}` : '';
  return `${decision.issuer}, ${decision.documentNumber} ngày ${issued}: ${decision.title}${basis}`;
}
