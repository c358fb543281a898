/** OpenAPI examples of units as the API answers them. */
export const UNIT_EXAMPLE = {
  id: '6f1c…',
  code: 'MTTQ-TINH',
  name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
  kind: 'fatherland_front',
  parentId: '2a9e…',
  depth: 1,
  active: true,
  successorId: null,
  head: { name: 'Nguyễn Văn Bình', title: 'Chủ tịch', email: null, phone: null },
};

export const UNIT_IMPORT_EXAMPLE = {
  units: [{ code: 'XA-IAGRAI', name: 'Đảng ủy xã Ia Grai', kind: 'commune', parentCode: 'TU-GL' }],
};
