/** OpenAPI examples of tasks as the API answers them. */
export const TASK_EXAMPLE = {
  id: '0b6f…',
  title: 'Báo cáo giao ban quý',
  directive: { id: '3f1c…', documentNumber: '461-QĐ/TU', title: 'Giao ban tình hình nhân dân và công tác dân vận' },
  leadUnit: { id: '…', code: 'MTTQ-GL', name: 'Ủy ban MTTQ Việt Nam tỉnh' },
  assigningUnit: { id: '…', code: 'TU-GL', name: 'Tỉnh ủy Gia Lai' },
  parentTaskId: null,
  depth: 0,
  status: 'assigned',
  phase: 'under_review',
  bucket: 'open_within_deadline',
  deadline: '2026-12-15T17:00:00+07:00',
  originalDeadline: '2026-12-10T17:00:00+07:00',
  acknowledgedAt: '2026-11-24T09:12:00+07:00',
  reviewDeadline: '2026-12-22T08:00:00+07:00',
  revisionDeadline: null,
  reports: [{ id: '…', version: 1, text: 'Báo cáo quý', late: false, reviewOutcome: null }],
  extensions: [{ id: '…', requestedDeadline: '2026-12-15T17:00:00+07:00', reason: 'Chờ số liệu', status: 'approved' }],
  progress: { ratio: 0.5, subtasks: { total: 2, completed: 1, open: 1, cancelled: 0 } },
  subtaskOverrideReason: null,
  subtasks: [
    {
      id: '…',
      title: 'Tổng hợp ý kiến của Nhân dân xã Ia Grai',
      leadUnit: { id: '…', code: 'MTTQ-IAGRAI', name: 'Ủy ban MTTQ xã Ia Grai' },
      status: 'completed',
      bucket: 'completed_on_time',
      deadline: '2026-12-14T17:00:00+07:00',
      progress: { ratio: 1, subtasks: { total: 0, completed: 0, open: 0, cancelled: 0 } },
    },
  ],
};

export const TASK_LIST_EXAMPLE = {
  items: [
    {
      id: '0b6f…',
      title: 'Báo cáo sơ kết 6 tháng',
      directive: { id: '3f1c…', documentNumber: '25-KH/TU', title: 'Kế hoạch …' },
      leadUnit: { id: '…', code: 'BDV-TU', name: 'Ban Dân vận Tỉnh ủy' },
      role: 'lead',
      parentTaskId: null,
      depth: 0,
      status: 'assigned',
      bucket: 'open_within_deadline',
      deadline: '2026-12-07T17:00:00+07:00',
    },
  ],
  total: 1,
};

export const DELEGATION_EXAMPLE = {
  parentTaskId: '0b6f…',
  delegationId: '9d1e…',
  subtasks: [{ id: '…', title: 'Tổng hợp ý kiến xã Ia Grai', leadUnitId: '…', deadline: '2026-12-14T17:00:00+07:00' }],
};
