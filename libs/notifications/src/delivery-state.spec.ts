import { deliveryState, type DeliveryFacts } from './delivery-state';

const t = (hhmm: string) => new Date(`2026-12-08T${hhmm}:00+07:00`);
const base: DeliveryFacts = {
  status: 'pending',
  notBefore: t('07:00'),
  sentAt: null,
  receipt: null,
  receiptAt: null,
  updatedAt: t('06:00'),
};

describe('what a reader sees of one delivery', () => {
  it('shows a message still to go (quiet hours, a retry, held for the digest) as waiting, from when it may go', () => {
    for (const status of ['pending', 'sending', 'held'] as const)
      expect(deliveryState({ ...base, status })).toEqual({ state: 'waiting', at: t('07:00') });
  });

  it('shows a message the provider took as sent, until its receipt says delivered or failed', () => {
    const sent = { ...base, status: 'sent' as const, sentAt: t('07:01'), updatedAt: t('07:01') };
    expect(deliveryState(sent)).toEqual({ state: 'sent', at: t('07:01') });
    expect(deliveryState({ ...sent, receipt: 'delivered', receiptAt: t('07:02') })).toEqual({
      state: 'delivered',
      at: t('07:02'),
    });
    expect(deliveryState({ ...sent, receipt: 'failed', receiptAt: t('07:05') })).toEqual({
      state: 'failed',
      at: t('07:05'),
    });
  });

  it('shows a dead letter as failed, a digested one as in the digest, and hides a message never to go', () => {
    expect(deliveryState({ ...base, status: 'dead', updatedAt: t('08:00') })).toEqual({
      state: 'failed',
      at: t('08:00'),
    });
    expect(deliveryState({ ...base, status: 'digested', updatedAt: t('07:30') })).toEqual({
      state: 'digested',
      at: t('07:30'),
    });
    expect(deliveryState({ ...base, status: 'skipped' })).toBeNull();
  });
});
