import { join } from 'node:path';
import { ROOT } from './paths.mjs';
import { run } from './proc.mjs';
import { step } from './log.mjs';

/** Compiles apps, libs and workflows to dist/ (incremental, so a second run is quick). */
export function build() {
  step('Building TypeScript → dist/');
  const bin = join(ROOT, 'node_modules', '.bin');
  run(join(bin, 'tsc'), ['-p', 'tsconfig.build.json'], { cwd: ROOT });
  run(join(bin, 'tsc-alias'), ['-p', 'tsconfig.build.json'], { cwd: ROOT });
}

/** Loads a CommonJS module from dist/ (Node 24 lets it require NestJS's ESM packages). */
export async function fromDist(relativePath) {
  const module = await import(join(ROOT, 'dist', relativePath));
  return module.default ?? module;
}
