import { LATENESS_REASON_LABELS, type FieldChange } from '@dondoc/domain';
import { renderNote } from '@dondoc/i18n';
import type { ExportWords } from './labels';
import { ddMMyyyy, ddMMyyyyHHmm } from './report';

/**
 * A history's changes in words (docs/decisions/0070-history-exports-in-words.md): field
 * names by their label, statuses and steps by their label, instants as dd/mm/yyyy HH:mm in
 * the zone, ISO durations as "30 giây", units by name. Fields with no label (ids of
 * reports, requests, sessions…) are technical and left out, and so is any value that would
 * still show an id: a person's export carries no UUID.
 */
export interface WordingContext {
  words: ExportWords;
  timeZone: string;
  /** A unit's name by id, when known. */
  unitName: (id: string) => string | undefined;
}

export const UUID_PATTERN = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DURATION = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** "PT30S" → "30 giây" / "30 seconds"; null when the text is not an ISO 8601 duration of days to seconds. */
export function durationText(iso: string, words: ExportWords): string | null {
  const m = ISO_DURATION.exec(iso);
  if (!m || iso === 'P' || iso.endsWith('T')) return null;
  const [, d, h, min, s] = m;
  const parts = [
    d && words.duration.day(Number(d)),
    h && words.duration.hour(Number(h)),
    min && words.duration.minute(Number(min)),
    s && words.duration.second(Number(s)),
  ].filter((p): p is string => !!p && !/^0 /.test(p));
  return parts.length ? parts.join(' ') : words.duration.second(0);
}

const isUnitField = (field: string) =>
  /(^|[a-z])(unitId|UnitId|UnitIds|parentId|successorId)$/.test(field) || field === 'unitId';

/** One value in words, or null when it can only be said as an id. */
export function valueText(field: string, value: unknown, ctx: WordingContext): string | null {
  const { words } = ctx;
  const h = words.history;
  if (value === null || value === undefined || value === '') return words.none;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'number')
    return new Intl.NumberFormat(words.lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 2 }).format(value);
  if (Array.isArray(value)) {
    const parts = value.map((item) =>
      item && typeof item === 'object' && 'level' in item && 'deadline' in item
        ? h.levelDeadline(String(item.level), valueText('deadline', item.deadline, ctx) ?? '')
        : valueText(field, item, ctx),
    );
    return parts.some((p) => p === null) ? null : parts.join('; ');
  }
  if (typeof value === 'object') return null;
  const text = String(value);
  if (isUnitField(field)) {
    const names = text
      .split(',')
      .filter(Boolean)
      .map((id) => ctx.unitName(id.trim()));
    return names.every((n) => n !== undefined) ? names.join(', ') || words.none : null;
  }
  const table: Record<string, string> | undefined =
    field === 'status'
      ? h.statuses
      : field === 'phase'
        ? h.phases
        : field === 'outcome'
          ? h.outcomes
          : field === 'obligation'
            ? h.obligations
            : undefined;
  if (table) return table[text] ?? null;
  if (field === 'roles') {
    const roles = text.split(',').map((r) => h.roles[r]);
    return roles.every(Boolean) ? roles.join(', ') : null;
  }
  if (field === 'reasonCategory') {
    const label = LATENESS_REASON_LABELS[text as keyof typeof LATENESS_REASON_LABELS];
    return label ? label[words.lang] : null;
  }
  if (ISO_INSTANT.test(text)) return ddMMyyyyHHmm(new Date(text), ctx.timeZone);
  if (ISO_DATE.test(text)) return ddMMyyyy(new Date(`${text}T12:00:00Z`), 'UTC');
  const duration = durationText(text, words);
  if (duration) return duration;
  // A note a workflow wrote (a sub-task cancelled with its parent…) in the reader's language.
  return UUID_PATTERN.test(text) ? null : renderNote(text, words.lang);
}

/** "Trạng thái: đang thực hiện → quá hạn", or null when the field is technical. */
export function changeText(change: FieldChange, ctx: WordingContext): string | null {
  const name = ctx.words.history.fields[change.field];
  if (!name) return null;
  const before = valueText(change.field, change.before, ctx);
  const after = valueText(change.field, change.after, ctx);
  if (before === null || after === null) return null;
  return change.before === null || change.before === undefined ? `${name}: ${after}` : `${name}: ${before} → ${after}`;
}

export function changesText(changes: FieldChange[], ctx: WordingContext): string {
  return changes
    .map((c) => changeText(c, ctx))
    .filter((t): t is string => t !== null)
    .join('; ');
}

/** The unit ids a page of changes names, to look their names up at once. */
export function unitIdsIn(changes: FieldChange[]): string[] {
  const ids = new Set<string>();
  for (const c of changes)
    if (isUnitField(c.field))
      for (const v of [c.before, c.after])
        if (typeof v === 'string') for (const id of v.split(',')) if (UUID_PATTERN.test(id)) ids.add(id.trim());
  return [...ids];
}
