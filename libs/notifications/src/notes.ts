/**
 * A notice's note in one language. The workflows hand notices a `note` that is either a
 * person's words (a reason, a comment: shown as written), a code ('coordinating',
 * 'approved', '3/5') or, for a few of their own texts, a legacy glued "tiếng Việt /
 * English" prefix before a person's words. Workflow code keeps what it sends (it is
 * replayed); the words are chosen here, at rendering, from the catalogues.
 */
import { systemNote, translate, type Language } from '@dondoc/i18n';

/**
 * The note of a notice of `kind` as `lang`'s reader reads it; null when there is none
 * (an extension's decision is not a note: see decisionOf). The workflows' own notes, in
 * their stored one-language form or their older glued one, are said by libs/i18n's
 * `systemNote`; the marker `coordinating` and a sub-task count are said here.
 */
export function noteText(kind: string, note: string | null | undefined, lang: Language): string | null {
  if (!note) return null;
  if (note.trim() === 'coordinating') return translate(lang, 'notices.note.coordinating');
  if (kind === 'subtasks_completed') {
    const count = /^(\d+)\/(\d+)$/.exec(note.trim());
    if (count) return translate(lang, 'notices.note.subtasks', { done: Number(count[1]), total: Number(count[2]) });
  }
  // A person's words are data: shown as written, never cut at a " / " they typed.
  return systemNote(note, lang) ?? note;
}
