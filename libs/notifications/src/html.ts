/**
 * HTML bodies: inline styles only (mail clients drop <style>), every value escaped,
 * only http(s) links made anchors.
 */
import type { Fact, MessageModel } from './message-model';
import type { Locale } from './types';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes a value for HTML text and attribute positions. */
export function esc(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);
}

/** Only http(s) links become anchors; anything else is shown as text. */
export function isWebLink(link: string): boolean {
  return /^https?:\/\//i.test(link.trim());
}

export const STYLE = {
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

export function htmlDocument(lang: Locale, title: string, inner: string[]): string {
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

export function htmlParagraph(text: string): string {
  return `<p style="${STYLE.p}">${esc(text)}</p>`;
}

export function htmlFacts(facts: Fact[]): string[] {
  if (facts.length === 0) return [];
  const rows = facts.map(
    (f) =>
      `<tr><th scope="row" style="${STYLE.th}">${esc(f.label)}</th><td style="${STYLE.td}">${esc(f.value)}</td></tr>`,
  );
  return [`<table role="presentation" style="${STYLE.table}">`, ...rows, '</table>'];
}

export function htmlAction(label: string, link: string): string {
  if (!isWebLink(link)) return htmlParagraph(`${label}: ${link}`);
  return `<p style="${STYLE.p}"><a href="${esc(link.trim())}" style="${STYLE.button}">${esc(label)}</a></p>`;
}

export function htmlFooter(text: string): string {
  return `<p style="${STYLE.footer}">${esc(text)}</p>`;
}

export function modelHtml(m: MessageModel): string {
  return htmlDocument(m.lang, m.subject, [
    `<h1 style="${STYLE.heading}">${esc(m.heading)}</h1>`,
    htmlParagraph(m.greeting),
    ...m.paragraphs.map(htmlParagraph),
    ...htmlFacts(m.facts),
    htmlAction(m.action.label, m.action.link),
    htmlFooter(m.footer),
  ]);
}
