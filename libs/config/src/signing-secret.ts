import { randomBytes } from 'node:crypto';
import { chmodSync, linkSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ConfigError, type AppConfig } from './config';

const MIN_LENGTH = 32;

/**
 * The installation's own signing key when JWT_SECRET is not configured: read from
 * `auth.jwtSecretFile` (`<DONDOC_DATA_DIR>/jwt-secret`), or made on the first start
 * (256 random bits, hex, mode 0600) and kept there for the next ones. Never a key
 * written in the repository, so no two installations share one. Several processes
 * starting at once agree: the file appears whole (written aside, then hard-linked into
 * place, which fails if another process got there first) and the loser reads the
 * winner's. Returns the configuration with `auth.jwtSecret` set.
 */
export function ensureSigningSecret(config: AppConfig): AppConfig {
  if (config.auth.jwtSecret) return config;
  const file = config.auth.jwtSecretFile;
  try {
    const secret = readSecret(file) ?? createSecret(file);
    return { ...config, auth: { ...config.auth, jwtSecret: secret } };
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(
      'DONDOC_DATA_DIR',
      `cannot read or create the signing key ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); set JWT_SECRET or a writable DONDOC_DATA_DIR`,
    );
  }
}

function readSecret(file: string): string | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  if (text.length < MIN_LENGTH) {
    throw new ConfigError('DONDOC_DATA_DIR', `the signing key ${file} is shorter than ${MIN_LENGTH} characters`);
  }
  // Only its owner reads it, whatever an earlier copy or umask left.
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  return text;
}

function createSecret(file: string): string {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const secret = randomBytes(32).toString('hex');
  const aside = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(aside, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  try {
    linkSync(aside, file);
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return readSecret(file)!;
  } finally {
    unlinkSync(aside);
  }
}
