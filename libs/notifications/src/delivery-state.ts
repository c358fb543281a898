/**
 * What a reader sees of one delivery of their notice (docs/decisions/0084): waiting (not
 * sent yet: quiet hours, a pace, a retry), sent (the provider took it), delivered (the
 * provider reported it on the handset), failed (refused for good, attempts spent, or
 * reported undelivered), digested (went in the daily digest). A message that was never to
 * go (an urge whose task closed, an escalation's fall-back once read) is not shown.
 */
export type DeliveryState = 'waiting' | 'sent' | 'delivered' | 'failed' | 'digested';

export interface DeliveryFacts {
  status: 'pending' | 'sending' | 'sent' | 'dead' | 'held' | 'digested' | 'skipped';
  notBefore: Date;
  sentAt: Date | null;
  receipt: 'delivered' | 'failed' | null;
  receiptAt: Date | null;
  updatedAt: Date;
}

/** The state and its instant; null for a delivery not to show. */
export function deliveryState(d: DeliveryFacts): { state: DeliveryState; at: Date } | null {
  switch (d.status) {
    case 'pending':
    case 'sending':
    case 'held':
      return { state: 'waiting', at: d.notBefore };
    case 'sent':
      if (d.receipt && d.receiptAt) return { state: d.receipt, at: d.receiptAt };
      return { state: 'sent', at: d.sentAt ?? d.updatedAt };
    case 'dead':
      return { state: 'failed', at: d.updatedAt };
    case 'digested':
      return { state: 'digested', at: d.updatedAt };
    case 'skipped':
      return null;
  }
}
