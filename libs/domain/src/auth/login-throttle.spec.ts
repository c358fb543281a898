import {
  DEFAULT_LOGIN_THROTTLE,
  loginDelaySeconds,
  nextFailureCount,
  secondsUntil,
  sprayRetryAfterSeconds,
  type LoginThrottlePolicy,
} from './login-throttle';

const policy: LoginThrottlePolicy = DEFAULT_LOGIN_THROTTLE;
const at = (seconds: number) => new Date(Date.UTC(2026, 10, 23, 1, 0, 0) + seconds * 1000);

describe('sign-in throttle (pure): growing delays per user name and address, no lockout', () => {
  it.each([
    [1, 0],
    [2, 0],
    [3, 1],
    [4, 2],
    [5, 4],
    [6, 8],
    [10, 128],
    [11, 256],
    [12, 300],
    [50, 300],
    [10_000, 300],
  ])('after %i failures in a row the pair waits %i s (defaults: 3 free, 1 s doubling, cap 300 s)', (failures, wait) => {
    expect(loginDelaySeconds(failures, policy)).toBe(wait);
  });

  it.each([
    [{ freeAttempts: 1, baseDelaySeconds: 2, maxDelaySeconds: 10 }, [2, 4, 8, 10, 10]],
    [{ freeAttempts: 5, baseDelaySeconds: 60, maxDelaySeconds: 600 }, [0, 0, 0, 0, 60, 120, 240, 480, 600]],
    [{ freeAttempts: 3, baseDelaySeconds: 0, maxDelaySeconds: 600 }, [0, 0, 0, 0, 0]],
  ])('follows a configured schedule %o', (overrides, waits) => {
    const configured = { ...policy, ...overrides };
    expect(waits.map((_, i) => loginDelaySeconds(i + 1, configured))).toEqual(waits);
  });

  it.each([
    ['the first failure', null, 0, 1],
    ['a failure within the window', { failures: 4, lastAttemptAt: at(0) }, 899, 5],
    ['a failure just past the window (forgotten)', { failures: 4, lastAttemptAt: at(0) }, 900, 1],
    ['a failure a week later', { failures: 12, lastAttemptAt: at(0) }, 7 * 86_400, 1],
  ])('counts %s', (_, previous, secondsLater, expected) => {
    expect(nextFailureCount(previous, at(secondsLater), policy)).toBe(expected);
  });

  it.each([
    [at(10), at(0), 10],
    [at(0.2), at(0), 1],
    [at(0), at(0), 0],
    [at(0), at(5), 0],
  ])('rounds the wait until %s from %s up to whole seconds: %i', (until, now, expected) => {
    expect(secondsUntil(until, now)).toBe(expected);
  });

  describe('spraying: distinct user names failing from one address', () => {
    const limit3 = { ...policy, maxUsernamesPerAddress: 3, windowSeconds: 600 };
    it.each([
      ['fewer other names than the limit', [at(0), at(10)], at(20), 0],
      [
        'the limit reached: until the oldest of the newest three leaves the window',
        [at(0), at(10), at(20)],
        at(30),
        570,
      ],
      ['more than the limit: the third newest decides', [at(0), at(5), at(10), at(20), at(30)], at(40), 570],
      ['names outside the window do not count', [at(0), at(10), at(700)], at(701), 0],
      ['order does not matter', [at(20), at(0), at(10)], at(30), 570],
    ])('%s', (_, failures, now, expected) => {
      expect(sprayRetryAfterSeconds(failures, now, limit3)).toBe(expected);
    });

    it('is off at 0, and 40 names from one address are slowed by the defaults', () => {
      const forty = Array.from({ length: 40 }, (_, i) => at(i));
      expect(sprayRetryAfterSeconds(forty, at(40), { ...policy, maxUsernamesPerAddress: 0 })).toBe(0);
      expect(sprayRetryAfterSeconds(forty.slice(0, 19), at(40), policy)).toBe(0);
      expect(sprayRetryAfterSeconds(forty, at(40), policy)).toBe(880);
    });
  });
});
