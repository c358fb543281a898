import { actionLabel, fieldChanges } from './action-labels';

describe('history labels and changes', () => {
  it.each([
    ['task.cancelled', 'Hủy nhiệm vụ', 'Task cancelled'],
    ['unit.deactivated', 'Ngừng hoạt động đơn vị', 'Unit deactivated'],
    ['task.handed_over', 'Bàn giao cho đơn vị kế thừa', 'Handed over to the successor unit'],
    ['task.own_follow_up', 'Chuyển sang theo dõi riêng nhiệm vụ', 'Task followed up on its own'],
    ['cycle.created', 'Tạo chế độ báo cáo định kỳ', 'Reporting cycle created'],
    ['round.deadlines_amended', 'Điều chỉnh hạn của đợt báo cáo', 'Reporting round deadlines changed'],
    ['user.moved', 'Chuyển người dùng sang đơn vị kế thừa', 'User moved to the successor unit'],
    ['reorganisation.applied', 'Đã áp dụng phương án sắp xếp', 'Reorganisation applied'],
    ['something.new', 'something.new', 'something.new'],
  ])('labels %s', (action, vi, en) => {
    expect(actionLabel(action)).toEqual({ vi, en });
  });

  it('lists only the fields that changed, before → after', () => {
    expect(
      fieldChanges(
        { status: 'assigned', deadline: '2026-12-01', title: 'A' },
        { status: 'cancelled', deadline: '2026-12-01', reason: 'trùng' },
      ),
    ).toEqual([
      { field: 'reason', before: null, after: 'trùng' },
      { field: 'status', before: 'assigned', after: 'cancelled' },
      { field: 'title', before: 'A', after: null },
    ]);
    expect(fieldChanges(null, null)).toEqual([]);
  });
});
