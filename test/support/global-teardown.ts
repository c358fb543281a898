import { rmSync } from 'node:fs';
import type { TestInfra } from './global-setup';

export default async function globalTeardown(): Promise<void> {
  const infra = (globalThis as { __dondocInfra?: TestInfra }).__dondocInfra;
  if (!infra) return;
  for (const stoppable of infra.stops.reverse()) await stoppable.stop();
  if (infra.tempDir) rmSync(infra.tempDir, { recursive: true, force: true });
}
