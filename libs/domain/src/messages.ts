/**
 * E-mail and webhook texts for notices, in Vietnamese (default) or English.
 * Pure and deterministic: no I/O, no clock; every instant comes from the caller.
 *
 * Secret (confidential) directives never leave the application: their messages
 * only say that a notice of some kind is waiting there, and give the link.
 */
import { NOTICE_TITLES_EN, NOTICE_TITLES_VI } from './notices';
import { formatForPeople, toZonedIso } from './time';

/** Languages a message can be written in; Vietnamese is the default. */
export type Locale = 'vi' | 'en';

/** Every kind of notice the application sends, in a stable order. */
export const NOTICE_KINDS = [
  'task_assigned',
  'ack_due',
  'reminder',
  'overdue',
  'escalation',
  'report_submitted',
  'report_returned',
  'review_due',
  'extension_requested',
  'extension_decided',
  'cancelled',
  'subtasks_completed',
] as const;

/** One of {@link NOTICE_KINDS}. */
export type MessageKind = (typeof NOTICE_KINDS)[number];

/** What a notice message is about, as the notification service knows it. */
export interface MessageContext {
  kind: MessageKind;
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

type Section = DigestItem['section'];
type Decision = 'approved' | 'rejected' | 'unknown';

/** Label and value of one line in the facts block of a message. */
interface Fact {
  label: string;
  value: string;
}

/** Locale-specific wording; everything language-dependent lives here. */
interface Phrasebook {
  lang: Locale;
  brand: string;
  titles: Record<MessageKind, string>;
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

const VI: Phrasebook = {
  lang: 'vi',
  brand: '[Đôn Đốc]',
  titles: NOTICE_TITLES_VI as Record<MessageKind, string>,
  decisionTitles: { approved: 'Đề nghị gia hạn được chấp thuận', rejected: 'Đề nghị gia hạn không được chấp thuận' },
  decisionValues: { approved: 'Chấp thuận', rejected: 'Không chấp thuận' },
  lead: viLead,
  greeting: (unitName) => `Kính gửi: ${unitName}`,
  levelHeadline: (level) => `Cấp đôn đốc ${level}`,
  confidentialTag: 'văn bản mật',
  secretGreeting: 'Kính gửi đồng chí,',
  secretLead: (title) =>
    `Có thông báo mới (${title}) liên quan đến một văn bản mật. ` +
    'Vì yêu cầu bảo mật, nội dung không được gửi qua thư điện tử; đề nghị đồng chí đăng nhập ứng dụng để xem.',
  labels: {
    directive: 'Văn bản',
    task: 'Nhiệm vụ',
    deadline: 'Hạn',
    newDeadline: 'Hạn mới',
    level: 'Cấp đôn đốc',
    lateUnit: 'Đơn vị chậm',
    unit: 'Đơn vị',
    decision: 'Kết quả',
    note: 'Ghi chú',
    reviewerComment: 'Ý kiến thẩm định',
    extensionReason: 'Lý do đề nghị gia hạn',
    cancellationReason: 'Lý do hủy',
  },
  workingDays: (n) => (n > 0 ? `còn ${n} ngày làm việc` : n === 0 ? 'hạn là hôm nay' : `quá hạn ${-n} ngày làm việc`),
  openTask: 'Xem chi tiết trên ứng dụng',
  openApp: 'Mở ứng dụng Đôn Đốc',
  footer: 'Thư được gửi tự động từ hệ thống Đôn Đốc. Vui lòng không trả lời thư này.',
  digest: {
    subject: (date, counts) => `Tổng hợp nhiệm vụ ngày ${date}: ${counts}`,
    heading: (date) => `Tổng hợp nhiệm vụ ngày ${date}`,
    nothing: 'không có nhiệm vụ cần lưu ý',
    greeting: (name) => `Kính gửi đồng chí ${name},`,
    intro: (date) => `Tình hình thực hiện nhiệm vụ cần lưu ý ngày ${date}:`,
    sections: {
      due_soon: 'Nhiệm vụ sắp đến hạn',
      overdue: 'Nhiệm vụ quá hạn',
      escalated: 'Nhiệm vụ được báo cáo vượt cấp',
    },
    counts: {
      due_soon: (n) => `${n} sắp đến hạn`,
      overdue: (n) => `${n} quá hạn`,
      escalated: (n) => `${n} báo cáo vượt cấp`,
    },
    secretItem: 'Nhiệm vụ thuộc văn bản mật — đăng nhập ứng dụng để xem.',
  },
};

const EN: Phrasebook = {
  lang: 'en',
  brand: '[Đôn Đốc]',
  titles: NOTICE_TITLES_EN as Record<MessageKind, string>,
  decisionTitles: { approved: 'Extension approved', rejected: 'Extension rejected' },
  decisionValues: { approved: 'Approved', rejected: 'Rejected' },
  lead: enLead,
  greeting: (unitName) => `To: ${unitName}`,
  levelHeadline: (level) => `Escalation level ${level}`,
  confidentialTag: 'confidential directive',
  secretGreeting: 'Dear colleague,',
  secretLead: (title) =>
    `There is a new notice (${title}) about a confidential directive. ` +
    'For security reasons its content is not sent by e-mail; please sign in to the application to read it.',
  labels: {
    directive: 'Directive',
    task: 'Task',
    deadline: 'Deadline',
    newDeadline: 'New deadline',
    level: 'Escalation level',
    lateUnit: 'Late unit',
    unit: 'Unit',
    decision: 'Decision',
    note: 'Note',
    reviewerComment: 'Reviewer comment',
    extensionReason: 'Reason for the extension',
    cancellationReason: 'Reason for cancellation',
  },
  workingDays: (n) =>
    n > 0
      ? `${n} ${plural(n, 'working day')} left`
      : n === 0
        ? 'due today'
        : `overdue by ${-n} ${plural(-n, 'working day')}`,
  openTask: 'Open the task in the application',
  openApp: 'Open Đôn Đốc',
  footer: 'This message was sent automatically by Đôn Đốc. Please do not reply to it.',
  digest: {
    subject: (date, counts) => `Daily summary for ${date}: ${counts}`,
    heading: (date) => `Daily summary for ${date}`,
    nothing: 'nothing needs attention',
    greeting: (name) => `Dear ${name},`,
    intro: (date) => `Tasks that need attention on ${date}:`,
    sections: { due_soon: 'Due soon', overdue: 'Overdue', escalated: 'Escalated' },
    counts: {
      due_soon: (n) => `${n} due soon`,
      overdue: (n) => `${n} overdue`,
      escalated: (n) => `${n} escalated`,
    },
    secretItem: 'Task under a confidential directive — sign in to the application to read it.',
  },
};

const SECTION_ORDER: readonly Section[] = ['due_soon', 'overdue', 'escalated'];

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}

/** The main sentence of a Vietnamese notice, in the register of Party administrative documents. */
function viLead(c: MessageContext, decision: Decision): string {
  switch (c.kind) {
    case 'task_assigned':
      return 'Đơn vị được giao thực hiện nhiệm vụ dưới đây. Đề nghị đồng chí xác nhận đã nhận nhiệm vụ và chỉ đạo tổ chức thực hiện, báo cáo kết quả đúng hạn.';
    case 'ack_due':
      return 'Nhiệm vụ dưới đây đã được giao nhưng đơn vị chưa xác nhận nhận nhiệm vụ. Đề nghị đồng chí xác nhận trên ứng dụng.';
    case 'reminder':
      return 'Nhắc hạn thực hiện nhiệm vụ dưới đây. Đề nghị đồng chí chỉ đạo hoàn thành và gửi báo cáo kết quả đúng hạn.';
    case 'overdue':
      return 'Nhiệm vụ dưới đây đã quá hạn nhưng đơn vị chưa gửi báo cáo kết quả. Đề nghị đồng chí khẩn trương chỉ đạo hoàn thành và báo cáo.';
    case 'escalation':
      return (c.level ?? 0) > 1
        ? 'Đơn vị dưới đây chậm thực hiện nhiệm vụ được giao. Đề nghị đồng chí chỉ đạo, đôn đốc đơn vị khẩn trương hoàn thành và báo cáo kết quả.'
        : 'Đơn vị đang chậm thực hiện nhiệm vụ dưới đây; nếu tiếp tục chậm, việc chậm trễ sẽ được báo cáo lên cấp trên. Đề nghị đồng chí khẩn trương chỉ đạo hoàn thành và báo cáo kết quả.';
    case 'report_submitted':
      return 'Có báo cáo kết quả thực hiện nhiệm vụ dưới đây đang chờ thẩm định. Đề nghị đồng chí xem xét, thẩm định báo cáo.';
    case 'report_returned':
      return 'Báo cáo kết quả thực hiện nhiệm vụ dưới đây bị trả lại. Đề nghị đồng chí chỉ đạo chỉnh sửa, bổ sung theo ý kiến thẩm định và gửi lại báo cáo.';
    case 'review_due':
      return 'Báo cáo kết quả thực hiện nhiệm vụ dưới đây đã quá hạn thẩm định. Đề nghị đồng chí khẩn trương thẩm định báo cáo.';
    case 'extension_requested':
      return 'Có đề nghị gia hạn thực hiện nhiệm vụ dưới đây. Đề nghị đồng chí xem xét, quyết định.';
    case 'extension_decided':
      return decision === 'approved'
        ? 'Đề nghị gia hạn thực hiện nhiệm vụ dưới đây đã được chấp thuận. Đề nghị đồng chí chỉ đạo hoàn thành và báo cáo kết quả theo hạn mới.'
        : decision === 'rejected'
          ? 'Đề nghị gia hạn thực hiện nhiệm vụ dưới đây không được chấp thuận. Đề nghị đồng chí chỉ đạo hoàn thành và báo cáo kết quả theo hạn đã giao.'
          : 'Đề nghị gia hạn thực hiện nhiệm vụ dưới đây đã có quyết định. Đề nghị đồng chí xem chi tiết trên ứng dụng.';
    case 'cancelled':
      return 'Nhiệm vụ dưới đây đã bị hủy; đơn vị không tiếp tục thực hiện.';
    case 'subtasks_completed':
      return 'Các đơn vị cấp dưới đã hoàn thành phần việc được giao của nhiệm vụ dưới đây. Đề nghị đồng chí tổng hợp và gửi báo cáo kết quả.';
    default:
      return 'Có thông báo mới về nhiệm vụ dưới đây.';
  }
}

/** The main sentence of an English notice. */
function enLead(c: MessageContext, decision: Decision): string {
  switch (c.kind) {
    case 'task_assigned':
      return 'Your unit has been assigned the task below. Please acknowledge it, carry it out and report on time.';
    case 'ack_due':
      return 'The task below was assigned to your unit but has not been acknowledged yet. Please acknowledge it in the application.';
    case 'reminder':
      return 'A reminder of the deadline for the task below. Please complete it and submit the report on time.';
    case 'overdue':
      return 'The task below is overdue and no report has been submitted. Please complete it and report without delay.';
    case 'escalation':
      return (c.level ?? 0) > 1
        ? 'The unit below is late with the task it was assigned. Please follow up with the unit so that it completes the task and reports without delay.'
        : 'Your unit is late with the task below; if the delay continues it will be reported to the level above. Please complete it and report without delay.';
    case 'report_submitted':
      return 'A report on the task below is awaiting your review.';
    case 'report_returned':
      return 'The report on the task below was returned. Please revise it following the reviewer comment and submit it again.';
    case 'review_due':
      return 'The review of the report on the task below is overdue. Please review it without delay.';
    case 'extension_requested':
      return 'An extension of the deadline of the task below has been requested. Please consider it and decide.';
    case 'extension_decided':
      return decision === 'approved'
        ? 'The extension requested for the task below was approved. Please complete it and report by the new deadline.'
        : decision === 'rejected'
          ? 'The extension requested for the task below was rejected. Please complete it and report by the original deadline.'
          : 'A decision was made on the extension requested for the task below. Please see the application for details.';
    case 'cancelled':
      return 'The task below has been cancelled; your unit no longer needs to carry it out.';
    case 'subtasks_completed':
      return 'The subordinate units have completed their parts of the task below. Please consolidate and submit the report.';
    default:
      return 'There is a new notice about the task below.';
  }
}

function phrasebook(locale: string): Phrasebook {
  return locale === 'en' ? EN : VI;
}

function decisionOf(c: MessageContext): Decision {
  if (c.kind !== 'extension_decided') return 'unknown';
  const note = (c.note ?? '').trim().toLowerCase();
  return note === 'approved' || note === 'rejected' ? note : 'unknown';
}

/** The generic title of a kind, safe for secret directives. */
function kindTitle(p: Phrasebook, kind: MessageKind): string {
  return p.titles[kind] ?? kind;
}

/** The title of a notice: the kind's, refined by the decision or the escalation level. */
function headline(p: Phrasebook, c: MessageContext, decision: Decision): string {
  if (decision !== 'unknown') return p.decisionTitles[decision];
  if (c.kind === 'escalation' && c.level != null) return `${kindTitle(p, c.kind)} (${p.levelHeadline(c.level)})`;
  return kindTitle(p, c.kind);
}

/** Collapses line breaks and runs of spaces: values must not break a subject or a text line. */
function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** 'dd/MM/yyyy HH:mm (còn 3 ngày làm việc)', or null when there is no deadline. */
function deadlineText(p: Phrasebook, dueAt: Date | null, workingDaysLeft: number | null, timeZone: string) {
  if (!dueAt) return null;
  const when = formatForPeople(dueAt, timeZone);
  return workingDaysLeft == null ? when : `${when} (${p.workingDays(workingDaysLeft)})`;
}

/** The facts block of a non-secret notice: directive, task, deadline and what the kind adds. */
function noticeFacts(p: Phrasebook, c: MessageContext, decision: Decision): Fact[] {
  const l = p.labels;
  const facts: Fact[] = [
    { label: l.directive, value: `${c.documentNumber} — ${c.directiveTitle}` },
    { label: l.task, value: c.taskTitle },
  ];
  const deadline = deadlineText(p, c.dueAt, c.workingDaysLeft, c.timeZone);
  if (deadline) facts.push({ label: decision === 'approved' ? l.newDeadline : l.deadline, value: deadline });
  if (c.kind === 'escalation') {
    if (c.level != null) facts.push({ label: l.level, value: String(c.level) });
    if (c.lateUnitName) facts.push({ label: l.lateUnit, value: c.lateUnitName });
  }
  if (decision !== 'unknown') facts.push({ label: l.decision, value: p.decisionValues[decision] });
  else if (c.note) facts.push({ label: noteLabel(p, c.kind), value: c.note });
  return facts.map((f) => ({ label: f.label, value: oneLine(f.value) }));
}

function noteLabel(p: Phrasebook, kind: MessageKind): string {
  switch (kind) {
    case 'report_returned':
      return p.labels.reviewerComment;
    case 'extension_requested':
      return p.labels.extensionReason;
    case 'cancelled':
      return p.labels.cancellationReason;
    default:
      return p.labels.note;
  }
}

/** A message before it is written out as text and HTML. */
interface MessageModel {
  lang: Locale;
  subject: string;
  heading: string;
  greeting: string;
  paragraphs: string[];
  facts: Fact[];
  action: { label: string; link: string };
  footer: string;
}

function secretModel(p: Phrasebook, c: MessageContext): MessageModel {
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

function noticeModel(p: Phrasebook, c: MessageContext): MessageModel {
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

/* ---------- plain text ---------- */

function factsText(facts: Fact[], indent = ''): string[] {
  return facts.map((f) => `${indent}${f.label}: ${f.value}`);
}

function modelText(m: MessageModel): string {
  const blocks = [
    [m.heading],
    [m.greeting],
    m.paragraphs,
    factsText(m.facts),
    [`${m.action.label}: ${m.action.link}`],
    ['--', m.footer],
  ];
  return blocks
    .filter((b) => b.length > 0)
    .map((b) => b.join('\n'))
    .join('\n\n')
    .concat('\n');
}

/* ---------- HTML ---------- */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes a value for HTML text and attribute positions. */
function esc(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);
}

/** Only http(s) links become anchors; anything else is shown as text. */
function isWebLink(link: string): boolean {
  return /^https?:\/\//i.test(link.trim());
}

const STYLE = {
  body: 'margin:0;padding:16px;background:#f4f4f4;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5;color:#222222',
  card: 'max-width:640px;margin:0 auto;background:#ffffff;border:1px solid #dddddd;border-top:4px solid #b71c1c;padding:20px',
  heading: 'margin:0 0 12px 0;font-size:18px;color:#b71c1c',
  section: 'margin:20px 0 8px 0;font-size:16px;color:#333333',
  p: 'margin:0 0 12px 0',
  table: 'border-collapse:collapse;width:100%;margin:0 0 16px 0',
  th: 'text-align:left;vertical-align:top;padding:4px 12px 4px 0;white-space:nowrap;color:#555555;font-weight:normal',
  td: 'vertical-align:top;padding:4px 0;font-weight:bold',
  button:
    'display:inline-block;padding:8px 16px;background:#b71c1c;color:#ffffff;text-decoration:none;border-radius:4px',
  link: 'color:#b71c1c',
  footer: 'margin:20px 0 0 0;font-size:12px;color:#777777',
  item: 'margin:0 0 16px 0',
};

function htmlDocument(lang: Locale, title: string, inner: string[]): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(title)}</title>`,
    '</head>',
    `<body style="${STYLE.body}">`,
    `<div style="${STYLE.card}">`,
    ...inner,
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function htmlParagraph(text: string): string {
  return `<p style="${STYLE.p}">${esc(text)}</p>`;
}

function htmlFacts(facts: Fact[]): string[] {
  if (facts.length === 0) return [];
  const rows = facts.map(
    (f) =>
      `<tr><th scope="row" style="${STYLE.th}">${esc(f.label)}</th><td style="${STYLE.td}">${esc(f.value)}</td></tr>`,
  );
  return [`<table role="presentation" style="${STYLE.table}">`, ...rows, '</table>'];
}

function htmlAction(label: string, link: string): string {
  if (!isWebLink(link)) return htmlParagraph(`${label}: ${link}`);
  return `<p style="${STYLE.p}"><a href="${esc(link.trim())}" style="${STYLE.button}">${esc(label)}</a></p>`;
}

function htmlFooter(text: string): string {
  return `<p style="${STYLE.footer}">${esc(text)}</p>`;
}

function modelHtml(m: MessageModel): string {
  return htmlDocument(m.lang, m.subject, [
    `<h1 style="${STYLE.heading}">${esc(m.heading)}</h1>`,
    htmlParagraph(m.greeting),
    ...m.paragraphs.map(htmlParagraph),
    ...htmlFacts(m.facts),
    htmlAction(m.action.label, m.action.link),
    htmlFooter(m.footer),
  ]);
}

function render(m: MessageModel): RenderedMessage {
  return { subject: m.subject, text: modelText(m), html: modelHtml(m) };
}

/**
 * E-mail for one notice, in the recipient's language (Vietnamese by default).
 * Secret directives yield a generic message: the kind of notice and the link, nothing else.
 */
export function renderMessage(c: MessageContext): RenderedMessage {
  const p = phrasebook(c.locale);
  return render(c.secret ? secretModel(p, c) : noticeModel(p, c));
}

/* ---------- daily digest ---------- */

/** 'YYYY-MM-DD' → 'dd/MM/yyyy'; anything else is shown as given. */
function peopleDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  return m ? `${m[3]}/${m[2]}/${m[1]}` : date;
}

/** Items grouped by section in the digest's order, earliest deadline first; empty sections left out. */
function digestSections(items: DigestItem[]): { section: Section; items: DigestItem[] }[] {
  return SECTION_ORDER.map((section) => ({
    section,
    items: items
      .filter((i) => i.section === section)
      .map((item, index) => ({ item, index }))
      .sort((a, b) => a.item.dueAt.getTime() - b.item.dueAt.getTime() || a.index - b.index)
      .map(({ item }) => item),
  })).filter((s) => s.items.length > 0);
}

/** The title line and facts of one digest item; secret items carry nothing but a generic line. */
function digestItemModel(p: Phrasebook, item: DigestItem, timeZone: string): { title: string; facts: Fact[] } {
  if (item.secret) return { title: p.digest.secretItem, facts: [] };
  const l = p.labels;
  const facts: Fact[] = [
    { label: l.task, value: item.taskTitle },
    { label: l.unit, value: item.unitName },
    { label: l.deadline, value: deadlineText(p, item.dueAt, item.workingDaysLeft, timeZone) ?? '' },
  ];
  if (item.level != null) facts.push({ label: l.level, value: String(item.level) });
  return {
    title: oneLine(`${item.documentNumber} — ${item.directiveTitle}`),
    facts: facts.map((f) => ({ label: f.label, value: oneLine(f.value) })),
  };
}

function digestSubject(p: Phrasebook, date: string, sections: { section: Section; items: DigestItem[] }[]): string {
  const counts = sections.map((s) => p.digest.counts[s.section](s.items.length)).join(', ');
  return oneLine(`${p.brand} ${p.digest.subject(date, counts || p.digest.nothing)}`);
}

function digestText(
  p: Phrasebook,
  c: DigestContext,
  date: string,
  sections: { section: Section; items: DigestItem[] }[],
): string {
  const blocks: string[] = [p.digest.heading(date), p.digest.greeting(oneLine(c.recipientName)), p.digest.intro(date)];
  if (sections.length === 0) blocks.push(capitalise(p.digest.nothing) + '.');
  for (const s of sections) {
    const lines = [`${p.digest.sections[s.section].toUpperCase()} (${s.items.length})`];
    s.items.forEach((item, i) => {
      const m = digestItemModel(p, item, c.timeZone);
      lines.push(`${i + 1}. ${m.title}`, ...factsText(m.facts, '   '), `   ${p.openTask}: ${item.link}`);
    });
    blocks.push(lines.join('\n'));
  }
  blocks.push(`${p.openApp}: ${c.appLink}`, `--\n${p.footer}`);
  return blocks.join('\n\n') + '\n';
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function htmlDigestItem(p: Phrasebook, item: DigestItem, timeZone: string): string[] {
  const m = digestItemModel(p, item, timeZone);
  const open = isWebLink(item.link)
    ? `<a href="${esc(item.link.trim())}" style="${STYLE.link}">${esc(p.openTask)}</a>`
    : esc(`${p.openTask}: ${item.link}`);
  return [
    `<li style="${STYLE.item}">`,
    `<p style="${STYLE.p}"><strong>${esc(m.title)}</strong></p>`,
    ...htmlFacts(m.facts),
    `<p style="${STYLE.p}">${open}</p>`,
    '</li>',
  ];
}

function digestHtml(
  p: Phrasebook,
  c: DigestContext,
  subject: string,
  date: string,
  sections: { section: Section; items: DigestItem[] }[],
): string {
  const inner = [
    `<h1 style="${STYLE.heading}">${esc(p.digest.heading(date))}</h1>`,
    htmlParagraph(p.digest.greeting(oneLine(c.recipientName))),
    htmlParagraph(p.digest.intro(date)),
  ];
  if (sections.length === 0) inner.push(htmlParagraph(capitalise(p.digest.nothing) + '.'));
  for (const s of sections) {
    inner.push(`<h2 style="${STYLE.section}">${esc(p.digest.sections[s.section])} (${s.items.length})</h2>`);
    inner.push('<ol>', ...s.items.flatMap((item) => htmlDigestItem(p, item, c.timeZone)), '</ol>');
  }
  inner.push(htmlAction(p.openApp, c.appLink), htmlFooter(p.footer));
  return htmlDocument(p.lang, subject, inner);
}

/**
 * One daily message listing what is due soon, overdue or escalated (sections in that
 * order, earliest deadline first within a section; empty sections omitted). Items of
 * secret directives show only a generic line and their link.
 */
export function renderDigest(c: DigestContext): RenderedMessage {
  const p = phrasebook(c.locale);
  const date = peopleDate(c.date);
  const sections = digestSections(c.items);
  const subject = digestSubject(p, date, sections);
  return { subject, text: digestText(p, c, date, sections), html: digestHtml(p, c, subject, date, sections) };
}

/* ---------- webhook ---------- */

/** Both generic titles of a kind: the only title a secret payload carries. */
function genericTitles(kind: MessageKind): { vi: string; en: string } {
  return { vi: kindTitle(VI, kind), en: kindTitle(EN, kind) };
}

/**
 * The webhook JSON body for a notice, language-neutral (titles in both languages).
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
    link: c.link,
  };
}
