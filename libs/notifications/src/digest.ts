/** The daily digest: one message per person listing what needs attention. */
import { esc, htmlAction, htmlDocument, htmlFacts, htmlFooter, htmlParagraph, isWebLink, STYLE } from './html';
import { deadlineText, oneLine, type Fact } from './message-model';
import { phrasebook, type Phrasebook, type Section } from './phrasebook';
import { factsText } from './text';
import type { DigestContext, DigestItem, RenderedMessage } from './types';

const SECTION_ORDER: readonly Section[] = ['due_soon', 'overdue', 'escalated'];

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
