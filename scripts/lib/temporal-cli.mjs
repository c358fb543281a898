import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE_DIR } from './paths.mjs';
import { isExecutable, run, which } from './proc.mjs';
import { ok, ProvisionError, step, warn } from './log.mjs';

// v1.5.1 is the last CLI tag whose go.mod `go install` accepts (later ones carry a replace directive).
export const TEMPORAL_CLI_VERSION = 'v1.5.1';
const MODULE = 'github.com/temporalio/cli/cmd/temporal';

/**
 * Finds or builds the Temporal CLI. Order: TEMPORAL_CLI, `temporal` on PATH, the
 * cache, a build from the Go module proxy. Returns undefined when none works, so the
 * caller can fall back to the SDK's own download.
 */
export function findTemporalCli({ build = true } = {}) {
  const fromEnv = process.env.TEMPORAL_CLI;
  if (fromEnv) {
    if (!isExecutable(fromEnv)) throw new ProvisionError(`TEMPORAL_CLI=${fromEnv} is not an executable file`);
    return fromEnv;
  }
  const onPath = which('temporal');
  if (onPath) return onPath;

  const binDir = join(CACHE_DIR, 'temporal-cli', TEMPORAL_CLI_VERSION, 'bin');
  const cached = join(binDir, 'temporal');
  if (isExecutable(cached)) return cached;
  if (!build) return undefined;

  const go = which('go');
  if (!go) {
    warn('Temporal CLI: neither `temporal` on PATH nor Go to build it (install Go, or set TEMPORAL_CLI).');
    return undefined;
  }
  step(
    `Temporal CLI: building ${MODULE}@${TEMPORAL_CLI_VERSION} from the Go module proxy into ${binDir} ` +
      '(first time only; about 6 minutes on 2 cores)…',
  );
  mkdirSync(binDir, { recursive: true });
  const started = Date.now();
  try {
    run(go, ['install', `${MODULE}@${TEMPORAL_CLI_VERSION}`], {
      env: { ...process.env, GOBIN: binDir, CGO_ENABLED: process.env.CGO_ENABLED ?? '0' },
    });
  } catch (error) {
    warn(
      `Temporal CLI: go install failed (${error.message}). If the checksum database is unreachable, try GOSUMDB=off.`,
    );
    return undefined;
  }
  if (!existsSync(cached)) return undefined;
  ok(`Temporal CLI built in ${Math.round((Date.now() - started) / 1000)} s: ${cached}`);
  return cached;
}
