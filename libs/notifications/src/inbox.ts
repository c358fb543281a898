/**
 * The in-app notice (the inbox), rendered when it is read, in its reader's language
 * (docs/decisions/0071-notices-rendered-at-read.md): a row stores the notice's kind and
 * its parameters (noticeParams), never its words. Rows written before that hold a text
 * glued "tiếng Việt / English" and no parameters: they are shown by their reader's half.
 */
import { formatForPeople } from '@dondoc/domain';
import { readerHalf, translate, type Language } from '@dondoc/i18n';
import { decisionOf, headline, noteLabel, oneLine } from './message-model';
import { noteText } from './notes';
import { phrasebook } from './phrasebook';

/** A notice as one reader reads it. */
export interface NoticeText {
  title: string;
  body: string;
}

/** What a notice is about, as the worker knows it when it writes the inbox rows. */
export interface NoticeContext {
  kind: string;
  documentNumber: string;
  directiveTitle: string;
  taskTitle: string;
  /** Secret directives: no content in the notice, only that there is something to open. */
  secret: boolean;
  dueAt?: Date | null;
  level?: number | null;
  lateUnitName?: string | null;
  /** As the workflow gave it: a person's words, or a code the renderer words (./notes). */
  note?: string | null;
}

/**
 * What an inbox row stores (a jsonb column): the facts, no words. A secret directive's
 * notice stores nothing but that it is secret, so no read path can show its content.
 */
export type NoticeParams =
  | { secret: true }
  /** A draft waiting for its approver (decision 74): no task, the draft's own words. */
  | { secret?: false; draft: true; draftTitle: string; documentNumber: string; workingDays: number }
  | {
      secret?: false;
      documentNumber: string;
      directiveTitle: string;
      taskTitle: string;
      /** ISO instant. */
      dueAt: string | null;
      level: number | null;
      lateUnitName: string | null;
      note: string | null;
    };

export function noticeParams(c: NoticeContext): NoticeParams {
  if (c.secret) return { secret: true };
  return {
    documentNumber: c.documentNumber,
    directiveTitle: c.directiveTitle,
    taskTitle: c.taskTitle,
    dueAt: c.dueAt ? c.dueAt.toISOString() : null,
    level: c.level ?? null,
    lateUnitName: c.lateUnitName ?? null,
    note: c.note ?? null,
  };
}

/** An inbox row as stored: its kind, and its parameters or (written before them) its glued text. */
export interface StoredNotice {
  kind: string;
  params: NoticeParams | null;
  title: string | null;
  body: string | null;
}

/** The notice of a stored row in `lang`; dates in `timeZone`. */
export function renderNotice(row: StoredNotice, lang: Language, timeZone: string): NoticeText {
  if (!row.params) return { title: legacyText(row.title ?? '', lang), body: legacyText(row.body ?? '', lang) };
  const p = phrasebook(lang);
  const params = row.params;
  if (params.secret) {
    return {
      title: p.t('inbox.secretTitle', { title: headline(p, { kind: row.kind, level: null }, 'unknown') }),
      body: p.t('inbox.secretBody'),
    };
  }
  if ('draft' in params) {
    return {
      title: translate(lang, `notices.${row.kind}.title`, { title: oneLine(params.draftTitle) }),
      body: translate(lang, `notices.${row.kind}.body`, {
        documentNumber: params.documentNumber,
        days: params.workingDays,
      }),
    };
  }
  const decision = decisionOf({ kind: row.kind, note: params.note });
  const title = headline(p, { kind: row.kind, level: params.level }, decision);
  const l = p.labels;
  const line = (label: string, value: string) => `${label}: ${oneLine(value)}`;
  const note = decision === 'unknown' ? noteText(row.kind, params.note, lang) : null;
  const lines = [
    oneLine(`${params.documentNumber} — ${params.directiveTitle}`),
    line(l.task, params.taskTitle),
    params.dueAt
      ? line(decision === 'approved' ? l.newDeadline : l.deadline, formatForPeople(new Date(params.dueAt), timeZone))
      : null,
    params.level ? line(l.level, String(params.level)) : null,
    params.lateUnitName ? line(l.lateUnit, params.lateUnitName) : null,
    decision !== 'unknown' ? line(l.decision, p.decisionValues[decision]) : null,
    note ? line(noteLabel(p, row.kind), note) : null,
  ].filter((x): x is string => x !== null);
  return { title: p.t('inbox.title', { title, task: oneLine(params.taskTitle) }), body: lines.join('\n') };
}

/**
 * A legacy row's glued text in one language, line by line: "Nhãn / label: value" keeps
 * the reader's label (the value is data, whatever its language), any other line its
 * reader's half (libs/i18n readerHalf).
 */
export function legacyText(text: string, lang: Language): string {
  return text
    .split('\n')
    .map((line) => {
      const labelled = /^([^:/]+?) \/ ([a-z][a-z ]*): (.*)$/s.exec(line);
      if (labelled) {
        const [, vi, en, value] = labelled;
        return `${lang === 'vi' ? vi : capitalise(en!)}: ${legacyValue(value!, lang)}`;
      }
      return readerHalf(line, lang);
    })
    .join('\n');
}

/** A legacy note's value: the workflows' own glued words chosen (./notes), a person's kept. */
function legacyValue(value: string, lang: Language): string {
  return noteText('', value, lang) ?? value;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
