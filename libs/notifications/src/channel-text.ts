/**
 * The short text of a notice on SMS, Zalo and Telegram (docs/decisions/0081), in the
 * recipient's language: the kind, the task and its document, the deadline, the link. A
 * secret directive's text is the e-mail's secret form: the brand, the kind's generic title,
 * "open the application" and the link (an id, nothing of the content).
 */
import { translate } from '@dondoc/i18n';
import { deadlineText, headline, decisionOf, kindTitle, oneLine } from './message-model';
import { phrasebook } from './phrasebook';
import { renderDigest } from './digest';
import type { DigestContext, MessageContext } from './types';

export function renderChannelText(c: MessageContext): string {
  const p = phrasebook(c.locale);
  if (c.secret) {
    const title = kindTitle(p, c.kind);
    return `${p.brand} ${title} — ${p.confidentialTag}. ${translate(c.locale, 'notices.channelSecretLead')} ${c.link}`;
  }
  const title = headline(p, c, decisionOf(c));
  const deadline = deadlineText(p, c.dueAt, c.workingDaysLeft, c.timeZone);
  const parts = [
    `${p.brand} ${title}: ${c.taskTitle} (${c.documentNumber}).`,
    deadline ? `${p.labels.deadline}: ${deadline}.` : '',
    c.link,
  ];
  return oneLine(parts.filter(Boolean).join(' '));
}

/**
 * The daily digest on Zalo, Telegram or SMS: its subject (the day and the counts per
 * section, nothing of any task) and the link to the application.
 */
export function renderDigestText(c: DigestContext): string {
  return oneLine(`${renderDigest(c).subject} ${c.appLink}`);
}
