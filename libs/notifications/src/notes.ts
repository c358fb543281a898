/**
 * A notice's note in one language. The workflows hand notices a `note` that is either a
 * person's words (a reason, a comment: shown as written), a code ('coordinating',
 * 'approved', '3/5') or, for a few of their own texts, a legacy glued "tiếng Việt /
 * English" prefix before a person's words. Workflow code keeps what it sends (it is
 * replayed); the words are chosen here, at rendering, from the catalogues.
 */
import { translate, type Language } from '@dondoc/i18n';

/** The workflows' glued prefixes (workflows/explanation.workflow.ts, task-handlers.ts), longest first. */
const PREFIXES: [prefix: string, key: string, param: string][] = [
  [
    'Yêu cầu giải trình, tiếp nhận từ đơn vị ngừng hoạt động / explanation requested, taken over from a deactivated unit: ',
    'notices.note.explanationTakenOver',
    'note',
  ],
  ['Tiếp nhận từ đơn vị ngừng hoạt động / taken over from a deactivated unit: ', 'notices.note.takenOver', 'reason'],
  ['Yêu cầu giải trình / explanation requested: ', 'notices.note.explanationRequested', 'note'],
];

/** Whole notes that are the workflows' own words or codes. */
const WHOLE: Record<string, string> = {
  coordinating: 'notices.note.coordinating',
  'Hạn giải trình / explanation due': 'notices.note.explanationDue',
  'Chưa giải trình / explanation overdue': 'notices.note.explanationOverdue',
};

/**
 * The note of a notice of `kind` as `lang`'s reader reads it; null when there is none
 * (an extension's decision is not a note: see decisionOf).
 */
export function noteText(kind: string, note: string | null | undefined, lang: Language): string | null {
  if (!note) return null;
  const whole = WHOLE[note.trim()];
  if (whole) return translate(lang, whole);
  if (kind === 'subtasks_completed') {
    const count = /^(\d+)\/(\d+)$/.exec(note.trim());
    if (count) return translate(lang, 'notices.note.subtasks', { done: Number(count[1]), total: Number(count[2]) });
  }
  for (const [prefix, key, param] of PREFIXES)
    if (note.startsWith(prefix)) return translate(lang, key, { [param]: note.slice(prefix.length) });
  // A person's words are data: shown as written, never cut at a " / " they typed.
  return note;
}
