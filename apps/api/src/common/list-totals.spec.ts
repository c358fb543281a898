import { ListTotals } from './list-totals';

describe('ListTotals', () => {
  it('counts a filter once per while, with the instant it counted', async () => {
    const totals = new ListTotals(5_000);
    let counts = 0;
    const count = async () => ++counts;
    expect(await totals.get('a', count, 1_000)).toEqual({ total: 1, asOf: new Date(1_000) });
    expect(await totals.get('a', count, 5_999)).toEqual({ total: 1, asOf: new Date(1_000) });
    expect(await totals.get('b', count, 5_999)).toEqual({ total: 2, asOf: new Date(5_999) });
    expect(await totals.get('a', count, 6_000)).toEqual({ total: 3, asOf: new Date(6_000) });
  });

  it('shares one count among concurrent requests, and forgets a failed one', async () => {
    const totals = new ListTotals(5_000);
    let counts = 0;
    const both = await Promise.all([1, 2, 3].map(() => totals.get('a', async () => ++counts, 0)));
    expect(both.map((c) => c.total)).toEqual([1, 1, 1]);
    await expect(totals.get('f', () => Promise.reject(new Error('down')), 0)).rejects.toThrow('down');
    expect(await totals.get('f', async () => 7, 1)).toEqual({ total: 7, asOf: new Date(1) });
  });

  it('counts again once a transaction has ended since, so a change is seen at once (read your writes)', async () => {
    let snapshot = '100:105:101';
    const totals = new ListTotals(5_000, async () => snapshot);
    let counts = 0;
    const count = async () => ++counts;
    expect((await totals.get('a', count, 0)).total).toBe(1);
    snapshot = '100:106:101,105'; // a transaction began and is still running: nothing changed yet
    expect((await totals.get('a', count, 1)).total).toBe(1);
    snapshot = '100:106:101'; // it has committed
    expect((await totals.get('a', count, 2)).total).toBe(2);
  });

  it('compares with a snapshot the caller has read (its sign-in) instead of reading one', async () => {
    let reads = 0;
    const totals = new ListTotals(5_000, async () => {
      reads++;
      return '100:105:';
    });
    let counts = 0;
    const count = async () => ++counts;
    expect((await totals.get('a', count, 0, '100:105:')).total).toBe(1);
    expect((await totals.get('a', count, 1, '100:105:')).total).toBe(1);
    expect((await totals.get('a', count, 2, '100:106:')).total).toBe(2); // 105 ended since
    expect(reads).toBe(0);
  });

  it('answers an aged total nothing has changed since at once, counting again behind it once', async () => {
    const totals = new ListTotals(5_000, async () => '100:105:');
    let counts = 0;
    let release!: () => void;
    const slow = () => new Promise<number>((resolve) => (release = () => resolve(++counts)));
    const first = totals.get('a', slow, 0, '100:105:');
    release();
    expect(await first).toEqual({ total: 1, asOf: new Date(0) });
    // Aged: the last total answers while one recount runs (three requests, one count).
    const during = await Promise.all([6_000, 6_001, 6_002].map((at) => totals.get('a', slow, at, '100:105:')));
    expect(during).toEqual([0, 1, 2].map(() => ({ total: 1, asOf: new Date(0) })));
    release();
    await new Promise((resolve) => setImmediate(resolve));
    expect(counts).toBe(2);
    expect(await totals.get('a', slow, 6_003, '100:105:')).toEqual({ total: 2, asOf: new Date(6_000) });
    // A transaction has ended since: that request waits for a fresh count (read your writes).
    const changed = totals.get('a', slow, 6_004, '100:106:');
    release();
    expect(await changed).toEqual({ total: 3, asOf: new Date(6_004) });
  });
});
