import { settlementReason } from './rounds';

describe('settlementReason: a closed round obligation names what answers for it', () => {
  const kept = { taskId: 'T-KEPT', unitCode: 'DU-A', unitName: 'Đảng ủy xã A' };
  it.each<['merged' | 'satisfied', string]>([
    ['merged', 'Sắp xếp tổ chức: đơn vị kế thừa báo cáo kỳ này một lần, theo nhiệm vụ T-KEPT của Đảng ủy xã A (DU-A)'],
    [
      'satisfied',
      'Sắp xếp tổ chức: kỳ báo cáo này đã được đáp ứng bằng báo cáo của Đảng ủy xã A (DU-A) (nhiệm vụ T-KEPT)',
    ],
  ])('%s', (outcome, reason) => {
    expect(settlementReason(outcome, kept)).toBe(reason);
  });
});
