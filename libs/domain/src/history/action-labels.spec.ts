import { actionLabel, fieldChanges } from './action-labels';

describe('history labels and changes', () => {
  it.each([
    ['task.cancelled', 'Hủy nhiệm vụ', 'Task cancelled'],
    ['unit.deactivated', 'Ngừng hoạt động đơn vị', 'Unit deactivated'],
    ['task.handed_over', 'Bàn giao cho đơn vị kế thừa', 'Handed over to the successor unit'],
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
