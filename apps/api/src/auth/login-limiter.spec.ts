import { LoginLimiter } from './login-limiter';

describe('LoginLimiter', () => {
  it('blocks after the allowed failures within the window and frees up after it', () => {
    let now = 0;
    const limiter = new LoginLimiter(3, 60_000, () => now);
    for (let i = 0; i < 3; i++) {
      expect(limiter.retryAfter('ban-dan-van|1.2.3.4')).toBe(0);
      limiter.fail('ban-dan-van|1.2.3.4');
    }
    expect(limiter.retryAfter('ban-dan-van|1.2.3.4')).toBe(60);
    expect(limiter.retryAfter('other|1.2.3.4')).toBe(0);
    now = 30_000;
    expect(limiter.retryAfter('ban-dan-van|1.2.3.4')).toBe(30);
    now = 60_001;
    expect(limiter.retryAfter('ban-dan-van|1.2.3.4')).toBe(0);
  });

  it('forgets failures after a success', () => {
    const limiter = new LoginLimiter(2, 60_000);
    limiter.fail('a');
    limiter.succeed('a');
    limiter.fail('a');
    expect(limiter.retryAfter('a')).toBe(0);
  });
});
