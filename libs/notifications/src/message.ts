/** The e-mail for one notice. */
import { modelHtml } from './html';
import { noticeModel, secretModel, type MessageModel } from './message-model';
import { phrasebook } from './phrasebook';
import { modelText } from './text';
import type { MessageContext, RenderedMessage } from './types';

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
