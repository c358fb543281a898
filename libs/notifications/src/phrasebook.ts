/**
 * Everything language-dependent in e-mails and webhooks, as one interface with a
 * phrasebook per language (./phrasebook.vi, ./phrasebook.en). Kind titles are the
 * kinds' own (./notice-kinds).
 */
import { EN } from './phrasebook.en';
import { VI } from './phrasebook.vi';
import type { DigestItem, Locale, MessageContext } from './types';

export type Section = DigestItem['section'];
export type Decision = 'approved' | 'rejected' | 'unknown';

/** Locale-specific wording; everything language-dependent lives here. */
export interface Phrasebook {
  lang: Locale;
  brand: string;
  decisionTitles: Record<Exclude<Decision, 'unknown'>, string>;
  decisionValues: Record<Exclude<Decision, 'unknown'>, string>;
  lead: (c: MessageContext, decision: Decision) => string;
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
}

export function phrasebook(locale: string): Phrasebook {
  return locale === 'en' ? EN : VI;
}
