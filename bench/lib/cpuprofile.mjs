#!/usr/bin/env node
// The top self times of a V8 CPU profile (`node --cpu-prof`), by function and file, and
// the same summed by package (node_modules/<name>, node: internals, our dist/ code):
//   node bench/lib/cpuprofile.mjs <file.cpuprofile> [rows=30]
import { readFileSync } from 'node:fs';

const [file, rows = '30'] = process.argv.slice(2);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const self = new Map(profile.nodes.map((node) => [node.id, 0]));
const deltas = profile.timeDeltas;
for (let i = 0; i < profile.samples.length; i++)
  self.set(profile.samples[i], self.get(profile.samples[i]) + (deltas[i] ?? 0));
const total = [...self.values()].reduce((a, b) => a + b, 0);

const where = (url) => {
  if (!url) return '(native)';
  const module = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (module) return module[1];
  if (url.startsWith('node:')) return 'node:' + url.slice(5).split('/')[0];
  const dist = /\/dist\/(.+)$/.exec(url);
  return dist ? dist[1].split('/').slice(0, 3).join('/') : url;
};
const functions = new Map();
const packages = new Map();
for (const [id, us] of self) {
  const { callFrame } = byId.get(id);
  const name = `${callFrame.functionName || '(anonymous)'}  ${where(callFrame.url)}:${callFrame.lineNumber + 1}`;
  functions.set(name, (functions.get(name) ?? 0) + us);
  const pkg = callFrame.url ? where(callFrame.url) : callFrame.functionName || '(native)';
  packages.set(pkg, (packages.get(pkg) ?? 0) + us);
}
const top = (map, n) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(
      ([name, us]) =>
        `${((us / total) * 100).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(7)} ms  ${name}`,
    )
    .join('\n');
console.log(
  `total ${(total / 1000).toFixed(0)} ms sampled\n\nby package:\n${top(packages, 25)}\n\nby function (self):\n${top(functions, Number(rows))}`,
);
