/**
 * A notice as a message model (subject, heading, greeting, paragraphs, facts, action,
 * footer) before it is written out as text and HTML, and the pieces the digest and the
 * webhook share with it. Secret directives get a model that carries only the kind.
 */
import { formatForPeople } from '@dondoc/domain';
import { noteText } from './notes';
import { noticeTitle } from './notice-kinds';
import type { Decision, Phrasebook } from './phrasebook';
import type { Locale, MessageContext } from './types';

/** Label and value of one line in the facts block of a message. */
export interface Fact {
  label: string;
  value: string;
}

export function decisionOf(c: { kind: string; note: string | null }): Decision {
  if (c.kind !== 'extension_decided') return 'unknown';
  const note = (c.note ?? '').trim().toLowerCase();
  return note === 'approved' || note === 'rejected' ? note : 'unknown';
}

/** The generic title of a kind, safe for secret directives. */
export function kindTitle(p: Phrasebook, kind: string): string {
  return noticeTitle(kind, p.lang);
}

/** The title of a notice: the kind's, refined by the decision or the escalation level. */
export function headline(p: Phrasebook, c: { kind: string; level: number | null }, decision: Decision): string {
  if (decision !== 'unknown') return p.decisionTitles[decision];
  if (c.kind === 'escalation' && c.level != null) return `${kindTitle(p, c.kind)} (${p.levelHeadline(c.level)})`;
  return kindTitle(p, c.kind);
}

/** Collapses line breaks and runs of spaces: values must not break a subject or a text line. */
export function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** 'dd/MM/yyyy HH:mm (còn 3 ngày làm việc)', or null when there is no deadline. */
export function deadlineText(p: Phrasebook, dueAt: Date | null, workingDaysLeft: number | null, timeZone: string) {
  if (!dueAt) return null;
  const when = formatForPeople(dueAt, timeZone);
  return workingDaysLeft == null ? when : `${when} (${p.workingDays(workingDaysLeft)})`;
}

/** The facts block of a non-secret notice: directive, task, deadline and what the kind adds. */
function noticeFacts(p: Phrasebook, c: MessageContext, decision: Decision): Fact[] {
  const l = p.labels;
  const facts: Fact[] = [
    { label: l.directive, value: `${c.documentNumber} — ${c.directiveTitle}` },
    // A draft (decision 74) has no task: its title is the directive's.
    ...(c.kind.startsWith('approval_') ? [] : [{ label: l.task, value: c.taskTitle }]),
  ];
  const deadline = deadlineText(p, c.dueAt, c.workingDaysLeft, c.timeZone);
  if (deadline) facts.push({ label: decision === 'approved' ? l.newDeadline : l.deadline, value: deadline });
  if (c.kind === 'escalation') {
    if (c.level != null) facts.push({ label: l.level, value: String(c.level) });
    if (c.lateUnitName) facts.push({ label: l.lateUnit, value: c.lateUnitName });
  }
  const note = decision === 'unknown' ? noteText(c.kind, c.note, p.lang) : null;
  if (decision !== 'unknown') facts.push({ label: l.decision, value: p.decisionValues[decision] });
  else if (note) facts.push({ label: noteLabel(p, c.kind), value: note });
  return facts.map((f) => ({ label: f.label, value: oneLine(f.value) }));
}

/** What a kind's note is: a reviewer's comment, a reason, a leader's instruction, else a note. */
export function noteLabel(p: Phrasebook, kind: string): string {
  switch (kind) {
    case 'report_returned':
      return p.labels.reviewerComment;
    case 'extension_requested':
      return p.labels.extensionReason;
    case 'cancelled':
      return p.labels.cancellationReason;
    case 'urged':
      return p.labels.urgeNote;
    default:
      return p.labels.note;
  }
}

/** A message before it is written out as text and HTML. */
export interface MessageModel {
  lang: Locale;
  subject: string;
  heading: string;
  greeting: string;
  paragraphs: string[];
  facts: Fact[];
  action: { label: string; link: string };
  footer: string;
}

export function secretModel(p: Phrasebook, c: MessageContext): MessageModel {
  const title = kindTitle(p, c.kind);
  return {
    lang: p.lang,
    subject: `${p.brand} ${title} — ${p.confidentialTag}`,
    heading: title,
    greeting: p.secretGreeting,
    paragraphs: [p.secretLead(title)],
    facts: [],
    action: { label: p.openTask, link: c.link },
    footer: p.footer,
  };
}

export function noticeModel(p: Phrasebook, c: MessageContext): MessageModel {
  const decision = decisionOf(c);
  const title = headline(p, c, decision);
  return {
    lang: p.lang,
    subject: oneLine(`${p.brand} ${title}: ${c.taskTitle} (${c.documentNumber})`),
    heading: title,
    greeting: p.greeting(oneLine(c.targetUnitName)),
    paragraphs: [p.lead(c, decision)],
    facts: noticeFacts(p, c, decision),
    action: { label: p.openTask, link: c.link },
    footer: p.footer,
  };
}
