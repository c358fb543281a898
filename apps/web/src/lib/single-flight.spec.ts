import { refreshDelayMs, singleFlight } from './single-flight';

describe('singleFlight', () => {
  it('runs once for every caller who asks while a run is under way', async () => {
    let runs = 0;
    let release!: () => void;
    const refresh = singleFlight(async () => {
      runs += 1;
      await new Promise<void>((done) => (release = done));
      return `pair ${runs}`;
    });
    const callers = Array.from({ length: 12 }, () => refresh());
    await Promise.resolve();
    await Promise.resolve();
    release();
    await expect(Promise.all(callers)).resolves.toEqual(Array(12).fill('pair 1'));
    expect(runs).toBe(1);
  });

  it('starts a new run once the last one settled', async () => {
    let runs = 0;
    const refresh = singleFlight(async () => ++runs);
    await expect(refresh()).resolves.toBe(1);
    await expect(refresh()).resolves.toBe(2);
  });

  it('hands the one failure to every waiting caller, then tries again on the next call', async () => {
    let runs = 0;
    const refresh = singleFlight(async () => {
      runs += 1;
      if (runs === 1) throw new Error('refresh refused');
      return 'ok';
    });
    const results = await Promise.allSettled([refresh(), refresh(), refresh()]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(runs).toBe(1);
    await expect(refresh()).resolves.toBe('ok');
  });

  it('turns a synchronous throw into a rejection shared by the callers', async () => {
    const refresh = singleFlight<string>(() => {
      throw new Error('no token');
    });
    await expect(refresh()).rejects.toThrow('no token');
  });
});

describe('refreshDelayMs', () => {
  it.each([
    // [access token lifetime (s), renew after (ms)]
    [900, 840_000], // the default 15 minutes: a minute before the end
    [3600, 3_540_000],
    [240, 180_000], // both rules agree at four minutes
    [120, 90_000], // shorter: at three quarters of the life
    [60, 45_000], // the tests' shortest token
    [1, 750],
    [0, 0],
  ])('renews a token that lives %i s after %i ms', (seconds, delay) => {
    expect(refreshDelayMs(seconds)).toBe(delay);
  });
});
