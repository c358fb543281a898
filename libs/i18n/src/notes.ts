import { readerHalf } from './split';
import { CATALOGUES, translate } from './translate';
import type { Language } from './language';

/**
 * A note a workflow wrote into a notice or an audit row (libs/domain's SYSTEM_NOTES), in the
 * reader's language. Such a note is stored as its Vietnamese catalogue text (`notes.*` in
 * vi.json) with the values put in: it is recognised by that text and said again with the
 * reader's catalogue; a value that is itself such a note (a sub-task of a cancelled sub-task)
 * is said the same way. Notes written before (glued "tiếng Việt / English") are recognised
 * by their old form, and the marker `coordinating` of a notice to a coordinating unit is said
 * in words. Any other text (a person's own words)
 * comes back as it is, a legacy glued one by its reader's half.
 */
export function renderNote(note: string, lang: Language): string {
  return systemNote(note, lang) ?? readerHalf(note, lang);
}

/** A workflow's own note (as renderNote recognises them) in the reader's language; null for any other text. */
export function systemNote(note: string, lang: Language): string | null {
  for (const { key, pattern } of patterns()) {
    const match = pattern.exec(note);
    if (!match) continue;
    const params: Record<string, string> = {};
    for (const [name, value] of Object.entries(match.groups ?? {})) params[name] = renderNote(value, lang);
    return translate(lang, key, params);
  }
  return null;
}

/** The forms the workflows wrote before their notes were one language: [key, Vietnamese, English] halves. */
const LEGACY: readonly [key: string, vi: string, en: string][] = [
  ['notes.parentTaskCancelled', 'Nhiệm vụ cấp trên bị hủy', 'parent task cancelled: {reason}'],
  [
    'notes.takenOverFromDeactivatedUnit',
    'Tiếp nhận từ đơn vị ngừng hoạt động',
    'taken over from a deactivated unit: {reason}',
  ],
  ['notes.explanationRequested', 'Yêu cầu giải trình', 'explanation requested: {note}'],
  [
    'notes.explanationTakenOver',
    'Yêu cầu giải trình, tiếp nhận từ đơn vị ngừng hoạt động',
    'explanation requested, taken over from a deactivated unit: {note}',
  ],
  ['notes.explanationDue', 'Hạn giải trình', 'explanation due'],
  ['notes.explanationOverdue', 'Chưa giải trình', 'explanation overdue'],
  ['notes.directiveNotRecorded', 'Không ghi nhận được văn bản', 'the directive could not be recorded ({type})'],
];

interface NotePattern {
  key: string;
  pattern: RegExp;
}

let compiled: NotePattern[] | undefined;

function patterns(): NotePattern[] {
  if (compiled) return compiled;
  const templates: [string, string][] = Object.entries(CATALOGUES.vi).filter(([key]) => key.startsWith('notes.'));
  for (const [key, vi, en] of LEGACY) templates.push([key, `${vi} / ${en}`]);
  // The marker of a notice to a coordinating unit (its assignment, or a role handed over).
  templates.push(['notes.coordinating', 'coordinating']);
  compiled = templates
    .map(([key, text]) => ({ key, literal: text.replace(/\{\w+\}/g, '').length, pattern: toPattern(text) }))
    // The longest fixed text first: "Yêu cầu giải trình, tiếp nhận …: {note}" before "Yêu cầu giải trình: {note}".
    .sort((a, b) => b.literal - a.literal)
    .map(({ key, pattern }) => ({ key, pattern }));
  return compiled;
}

/** "Nhiệm vụ cấp trên bị hủy: {reason}" → /^Nhiệm vụ cấp trên bị hủy: (?<reason>[\s\S]*)$/ (a legacy {type} is matched, not kept). */
function toPattern(text: string): RegExp {
  const source = text
    .split(/(\{\w+\})/)
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      if (!name) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return name === 'type' ? '[\\s\\S]*?' : `(?<${name}>[\\s\\S]*)`;
    })
    .join('');
  return new RegExp(`^${source}$`);
}
