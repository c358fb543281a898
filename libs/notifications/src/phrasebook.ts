/**
 * Everything language-dependent in notices (the inbox, e-mails, the digest, webhook
 * titles), read from the one set of catalogues (libs/i18n, keys `notices.*`): a thin
 * view that names the pieces the renderers need. There is no second set of texts.
 */
import { translate, type MessageParams } from '@dondoc/i18n';
import type { DigestItem, Locale } from './types';

export type Section = DigestItem['section'];
export type Decision = 'approved' | 'rejected' | 'unknown';

/** Locale-specific wording, from the catalogues. */
export interface Phrasebook {
  lang: Locale;
  brand: string;
  decisionTitles: Record<Exclude<Decision, 'unknown'>, string>;
  decisionValues: Record<Exclude<Decision, 'unknown'>, string>;
  lead: (c: { kind: string; level: number | null }, decision: Decision) => string;
  greeting: (unitName: string) => string;
  levelHeadline: (level: number) => string;
  confidentialTag: string;
  secretGreeting: string;
  secretLead: (title: string) => string;
  labels: {
    directive: string;
    task: string;
    deadline: string;
    newDeadline: string;
    level: string;
    lateUnit: string;
    unit: string;
    decision: string;
    note: string;
    reviewerComment: string;
    extensionReason: string;
    cancellationReason: string;
    /** The leader's note on an urge. */
    urgeNote: string;
  };
  workingDays: (n: number) => string;
  openTask: string;
  openApp: string;
  footer: string;
  digest: {
    subject: (date: string, counts: string) => string;
    heading: (date: string) => string;
    nothing: string;
    greeting: (name: string) => string;
    intro: (date: string) => string;
    sections: Record<Section, string>;
    counts: Record<Section, (n: number) => string>;
    secretItem: string;
  };
  /** Any notices.* text by its key's tail (`t('note.coordinating')`). */
  t: (key: string, params?: MessageParams) => string;
}

const SECTIONS: readonly Section[] = ['due_soon', 'overdue', 'escalated'];
const LABELS = [
  'directive',
  'task',
  'deadline',
  'newDeadline',
  'level',
  'lateUnit',
  'unit',
  'decision',
  'note',
  'reviewerComment',
  'extensionReason',
  'cancellationReason',
  'urgeNote',
] as const;
/** Kinds whose lead has a text of its own (the rest share `notices.lead.other`). */
const LEADS = new Set([
  'task_assigned',
  'ack_due',
  'reminder',
  'overdue',
  'report_submitted',
  'report_returned',
  'review_due',
  'extension_requested',
  'cancelled',
  'urged',
  'approval_reminder',
  'approval_escalation',
  'subtasks_completed',
]);

function build(lang: Locale): Phrasebook {
  const t = (key: string, params?: MessageParams) => translate(lang, `notices.${key}`, params);
  return {
    lang,
    t,
    brand: t('brand'),
    decisionTitles: { approved: t('decisionTitle.approved'), rejected: t('decisionTitle.rejected') },
    decisionValues: { approved: t('decision.approved'), rejected: t('decision.rejected') },
    lead: (c, decision) => {
      if (c.kind === 'escalation') return t((c.level ?? 0) > 1 ? 'lead.escalationAbove' : 'lead.escalation');
      if (c.kind === 'extension_decided')
        return t(
          decision === 'approved'
            ? 'lead.extensionApproved'
            : decision === 'rejected'
              ? 'lead.extensionRejected'
              : 'lead.extension_decided',
        );
      return t(LEADS.has(c.kind) ? `lead.${c.kind}` : 'lead.other');
    },
    greeting: (unit) => t('greeting', { unit }),
    levelHeadline: (level) => t('levelHeadline', { level }),
    confidentialTag: t('confidentialTag'),
    secretGreeting: t('secretGreeting'),
    secretLead: (title) => t('secretLead', { title }),
    labels: Object.fromEntries(LABELS.map((l) => [l, t(`label.${l}`)])) as Phrasebook['labels'],
    workingDays: (n) =>
      n > 0 ? t('workingDaysLeft', { count: n }) : n === 0 ? t('dueToday') : t('workingDaysOverdue', { count: -n }),
    openTask: t('openTask'),
    openApp: t('openApp'),
    footer: t('footer'),
    digest: {
      subject: (date, counts) => t('digest.subject', { date, counts }),
      heading: (date) => t('digest.heading', { date }),
      nothing: t('digest.nothing'),
      greeting: (name) => t('digest.greeting', { name }),
      intro: (date) => t('digest.intro', { date }),
      sections: Object.fromEntries(SECTIONS.map((s) => [s, t(`digest.section.${s}`)])) as Record<Section, string>,
      counts: Object.fromEntries(
        SECTIONS.map((s) => [s, (count: number) => t(`digest.count.${s}`, { count })]),
      ) as Phrasebook['digest']['counts'],
      secretItem: t('digest.secretItem'),
    },
  };
}

const BOOKS = new Map<Locale, Phrasebook>();

/** The wording of notices in `locale` (anything but 'en' is Vietnamese, the default). */
export function phrasebook(locale: string): Phrasebook {
  const lang: Locale = locale === 'en' ? 'en' : 'vi';
  let book = BOOKS.get(lang);
  if (!book) BOOKS.set(lang, (book = build(lang)));
  return book;
}
