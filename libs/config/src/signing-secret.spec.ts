import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './config';
import { ensureSigningSecret } from './signing-secret';

describe('the installation’s signing key (JWT_SECRET unset)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dondoc-secret-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const config = (env: Record<string, string> = {}) => loadConfig({ DONDOC_DATA_DIR: join(dir, 'data'), ...env });

  it('is made on the first start under the data directory, 256 random bits, readable by its owner only', () => {
    const secret = ensureSigningSecret(config()).auth.jwtSecret!;
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    const file = join(dir, 'data', 'jwt-secret');
    expect(readFileSync(file, 'utf8').trim()).toBe(secret);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('is reused on the next start, and differs between installations', () => {
    const first = ensureSigningSecret(config()).auth.jwtSecret;
    expect(ensureSigningSecret(config()).auth.jwtSecret).toBe(first);
    const other = ensureSigningSecret(loadConfig({ DONDOC_DATA_DIR: join(dir, 'other') })).auth.jwtSecret;
    expect(other).not.toBe(first);
  });

  it('gives way to JWT_SECRET, writing nothing', () => {
    const configured = ensureSigningSecret(config({ JWT_SECRET: 's'.repeat(40) }));
    expect(configured.auth.jwtSecret).toBe('s'.repeat(40));
    expect(() => statSync(join(dir, 'data', 'jwt-secret'))).toThrow();
  });

  it('tightens a key file others could read, and refuses one too short', () => {
    ensureSigningSecret(config());
    const file = join(dir, 'data', 'jwt-secret');
    chmodSync(file, 0o644);
    ensureSigningSecret(config());
    expect(statSync(file).mode & 0o777).toBe(0o600);
    writeFileSync(file, 'short\n');
    expect(() => ensureSigningSecret(config())).toThrow(ConfigError);
  });

  it('names DONDOC_DATA_DIR when the key can be neither read nor made', () => {
    writeFileSync(join(dir, 'data'), 'a file where the directory should be');
    expect(() => ensureSigningSecret(config())).toThrow(/DONDOC_DATA_DIR/);
  });
});
