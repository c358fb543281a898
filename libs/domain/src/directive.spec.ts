import { statusBucket } from './directive';

const deadline = new Date('2026-03-31T17:00:00+07:00');
const before = new Date('2026-03-30T09:00:00+07:00');
const after = new Date('2026-04-01T09:00:00+07:00');

describe('statusBucket (docs/architecture.md#domain-rules: four buckets plus cancelled)', () => {
  it.each([
    ['assigned', null, before, 'open_within_deadline'],
    ['assigned', null, after, 'open_overdue'],
    ['overdue', null, after, 'open_overdue'],
    ['completed', before, after, 'completed_on_time'],
    ['completed', deadline, after, 'completed_on_time'],
    ['completed', after, after, 'completed_late'],
    ['cancelled', null, after, 'cancelled'],
  ] as const)('%s completed at %s, seen at %s → %s', (status, completedAt, now, bucket) => {
    expect(statusBucket({ status, deadline, completedAt }, now)).toBe(bucket);
  });
});
