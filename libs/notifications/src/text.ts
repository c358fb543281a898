/** Plain-text bodies: the part every mail client shows. */
import type { Fact, MessageModel } from './message-model';

export function factsText(facts: Fact[], indent = ''): string[] {
  return facts.map((f) => `${indent}${f.label}: ${f.value}`);
}

export function modelText(m: MessageModel): string {
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
