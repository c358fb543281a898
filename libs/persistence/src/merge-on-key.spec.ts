import { mergeOnKey } from './tasks.repository';

const row = (id: string, ...sortKey: string[]) => ({ id, sortKey });

describe('mergeOnKey: two pages of a task list merged in the order PostgreSQL gave each', () => {
  it.each([
    {
      why: 'instants, then ids (the deadline sort)',
      pages: [
        [row('b', '2026-12-14T10:00:00.000000Z', 'b'), row('d', '2026-12-15T10:00:00.000000Z', 'd')],
        [row('a', '2026-12-14T10:00:00.000000Z', 'a'), row('c', '2026-12-14T11:00:00.000000Z', 'c')],
      ],
      asc: ['a', 'b', 'c', 'd'],
    },
    {
      why: 'names in the "C" collation: bytes, so Đ and Ủ after every ASCII letter',
      pages: [
        [row('u', 'Ủy ban MTTQ', 'x'), row('b', 'Ban Dân vận', 'x')],
        [row('d', 'Đảng ủy xã', 'x'), row('z', 'Zeta', 'x')],
      ],
      asc: ['b', 'z', 'd', 'u'],
    },
    {
      why: 'a row in both pages (lead and coordinating) kept once',
      pages: [[row('a', '1', 'a'), row('b', '2', 'b')], [row('b', '2', 'b')]],
      asc: ['a', 'b'],
    },
    {
      why: 'zero-padded document numbers order as numbers',
      pages: [[row('n100', '0000000100', '100-KH/TU')], [row('n25', '0000000025', '25-KH/TU')]],
      asc: ['n25', 'n100'],
    },
  ])('$why', ({ pages, asc }) => {
    expect(mergeOnKey(pages).map((r) => r.id)).toEqual(asc);
    expect(mergeOnKey(pages, 'desc').map((r) => r.id)).toEqual([...asc].reverse());
  });
});
