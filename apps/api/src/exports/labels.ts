import type { ReaderLanguage } from '@dondoc/domain';
import { EN } from './labels.en';
import { VI } from './labels.vi';

/**
 * The words of every export (XLSX, CSV, PDF, print view), one table per language
 * (labels.vi.ts, labels.en.ts), never two languages glued: a reader gets one of them,
 * chosen by the request's Accept-Language (readerLanguage, security/content-gate.ts).
 */
export type ExportLanguage = ReaderLanguage;

export interface HistoryColumnsWords {
  tt: string;
  at: string;
  actor: string;
  action: string;
  changes: string;
  notice: string;
}

export interface ExportWords {
  lang: ExportLanguage;
  /** Page footer, e.g. "Trang 1/3". */
  page: (n: number, total: number) => string;
  motto: string;
  numberPrefix: string;
  /** The date line of an official document: "Gia Lai, ngày 05 tháng 01 năm 2027". */
  dated: (place: string | null, day: string, month: string, year: number) => string;
  sheetName: string;
  system: string;
  /** "8 giây", "1 giờ 30 phút" from the parts of an ISO 8601 duration. */
  duration: {
    day: (n: number) => string;
    hour: (n: number) => string;
    minute: (n: number) => string;
    second: (n: number) => string;
  };
  yes: string;
  no: string;
  none: string;
  history: {
    columns: HistoryColumnsWords;
    directiveTitle: (documentNumber: string) => string;
    directiveSubtitle: string;
    taskTitle: string;
    taskSubtitle: (title: string) => string;
    noticeLevel: (level: number) => string;
    noticeTo: (unit: string) => string;
    /** What a changed field is called; fields without a name are technical and left out. */
    fields: Record<string, string>;
    statuses: Record<string, string>;
    phases: Record<string, string>;
    outcomes: Record<string, string>;
    obligations: Record<string, string>;
    roles: Record<string, string>;
    reasons: Record<string, string>;
    levelDeadline: (level: string, deadline: string) => string;
    /** An action without a label (never shown by its code). */
    otherAction: string;
    print: string;
  };
  stats: {
    completionTitle: string;
    total: string;
    lateUnits: (grouping: 'unit' | 'group', list: string) => string;
    lateUnit: (label: string, openOverdue: number, completedLate: number) => string;
    noneLate: string;
    rankingsTitle: string;
    rankings: Record<string, string>;
    overdueTitle: string;
    overdue: Record<string, string>;
    explanationOpen: string;
    subtitle: (p: {
      from: string;
      to: string;
      basis: 'assigned' | 'due';
      mode: 'current' | 'original';
      asOf: string | null;
    }) => string;
  };
  checkpoints: { day: string; takenAt: string; pos: string; hash: string; rowCount: string };
}

export function exportWords(lang: ExportLanguage): ExportWords {
  return lang === 'en' ? EN : VI;
}
