// What the benches share: the real worker and API from dist/, started as processes
// against the bench's own PostgreSQL and Temporal, and a logged-in leader.
import { join } from 'node:path';
import { ROOT } from '../../scripts/lib/paths.mjs';
import { freePort, startChild, waitFor } from '../../scripts/lib/proc.mjs';

/**
 * Starts the worker and the API with `env` on top of the bench defaults; returns both
 * children (stop them with stopChild), the API's base URL and the headers of a request
 * made as the provincial standing board (`thuongtruc.tu`).
 */
export async function startApp({ databaseUrl, temporalAddress, password, env: extra = {} }) {
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: temporalAddress,
    LOG_LEVEL: 'warn',
    DATABASE_POOL_SIZE: '20',
    ...extra,
  };
  const worker = startChild('worker', process.execPath, [join(ROOT, 'dist/apps/worker/src/main.js')], { env });
  const port = await freePort();
  const api = startChild('api', process.execPath, [join(ROOT, 'dist/apps/api/src/main.js')], {
    env: { ...env, PORT: String(port) },
  });
  const base = `http://127.0.0.1:${port}`;
  await waitFor('API', async () => (await fetch(`${base}/health`)).status === 200, 60_000);
  const login = await (
    await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'thuongtruc.tu', password }),
    })
  ).json();
  return {
    worker,
    api,
    base,
    headers: { authorization: `Bearer ${login.accessToken}`, 'content-type': 'application/json' },
  };
}
