/** OpenAPI example of a unit import body. */
export const UNIT_IMPORT_EXAMPLE = {
  units: [{ code: 'XA-IAGRAI', name: 'Đảng ủy xã Ia Grai', kind: 'commune', parentCode: 'TU-GL' }],
};
