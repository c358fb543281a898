/**
 * The webhook body: machine data (the kind, ids, instants, the note as the workflow gave
 * it); its human texts, from the catalogues, once per language, each in one language.
 */
import { toZonedIso } from '@dondoc/domain';
import { type NoticeKind } from '@dondoc/workflow-contract';
import { decisionOf, headline, kindTitle } from './message-model';
import { noteText } from './notes';
import { phrasebook } from './phrasebook';
import type { MessageContext } from './types';

const VI = phrasebook('vi');
const EN = phrasebook('en');

/** Both generic titles of a kind: the only title a secret payload carries. */
function genericTitles(kind: NoticeKind): { vi: string; en: string } {
  return { vi: kindTitle(VI, kind), en: kindTitle(EN, kind) };
}

/**
 * The webhook JSON body for a notice, language-neutral (titles and the note's words in both languages).
 * Secret directives: only the ids, kind, time, link, the generic titles and confidential: true.
 */
export function webhookPayload(
  c: MessageContext & { deliveryId: string; noticeId: string; taskId: string; directiveId: string; occurredAt: Date },
): Record<string, unknown> {
  const envelope = { id: c.deliveryId, noticeId: c.noticeId, kind: c.kind, occurredAt: c.occurredAt.toISOString() };
  if (c.secret) return { ...envelope, confidential: true, link: c.link, title: genericTitles(c.kind) };
  const decision = decisionOf(c);
  return {
    ...envelope,
    confidential: false,
    title: { vi: headline(VI, c, decision), en: headline(EN, c, decision) },
    directive: { id: c.directiveId, documentNumber: c.documentNumber, title: c.directiveTitle },
    task: {
      id: c.taskId,
      title: c.taskTitle,
      deadline: c.dueAt ? toZonedIso(c.dueAt, c.timeZone) : null,
      workingDaysLeft: c.workingDaysLeft,
    },
    targetUnit: c.targetUnitName,
    level: c.level,
    lateUnit: c.lateUnitName,
    note: c.note,
    noteText: c.note ? { vi: noteText(c.kind, c.note, 'vi'), en: noteText(c.kind, c.note, 'en') } : null,
    link: c.link,
  };
}
