/** What the renderers take and give: a notice's context, a digest's, a rendered message. */
import { type NoticeKind } from '@dondoc/workflow-contract';

/** Languages a message can be written in; Vietnamese is the default. */
export type Locale = 'vi' | 'en';

/** What a notice message is about, as the notification service knows it. */
export interface MessageContext {
  kind: NoticeKind;
  locale: Locale;
  documentNumber: string;
  directiveTitle: string;
  taskTitle: string;
  /** Secret directive: the message says only that there is a notice to open in the application. */
  secret: boolean;
  dueAt: Date | null;
  /** Working days from today to the due date: > 0 left, 0 due today, < 0 overdue by that many; null when unknown. */
  workingDaysLeft: number | null;
  /** Escalation level (1 = the late unit itself, 2 = its parent, ...). */
  level: number | null;
  /** The unit that is late (escalations). */
  lateUnitName: string | null;
  /** The unit the message is for. */
  targetUnitName: string;
  /** Reviewer comment, extension reason, cancellation reason, 'approved'/'rejected' for extension_decided. */
  note: string | null;
  /** Absolute URL to the task in the application. */
  link: string;
  /** IANA time zone, e.g. 'Asia/Ho_Chi_Minh'. */
  timeZone: string;
}

/** A message ready to send: subject line, plain-text body and HTML body. */
export interface RenderedMessage {
  subject: string;
  text: string;
  html: string;
}

/** One task in a daily digest. */
export interface DigestItem {
  section: 'due_soon' | 'overdue' | 'escalated';
  documentNumber: string;
  directiveTitle: string;
  taskTitle: string;
  secret: boolean;
  dueAt: Date;
  workingDaysLeft: number;
  unitName: string;
  link: string;
  level?: number | null;
}

/** Everything a daily digest for one person needs. */
export interface DigestContext {
  locale: Locale;
  /** The digest's day, YYYY-MM-DD in the recipient's time zone. */
  date: string;
  recipientName: string;
  items: DigestItem[];
  timeZone: string;
  appLink: string;
}
