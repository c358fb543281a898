// CPU time per process from /proc, for the benches that must say which part of the system
// is busy (bench/scale-out.bench.mjs): `cpuSample()` before and after a phase, `cpuBetween()`
// for the difference. A process's figure is its own utime + stime (all its threads); its
// busiest thread is named too, since one Node thread at a full core is saturated whatever
// the process's total. PostgreSQL is the postmaster and every process it forked, split by
// database from each backend's process title (`postgres: <user> <database> <host> …`), with
// backends that ended between the samples counted from the postmaster's reaped children.
import { readFileSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** utime, stime, cutime, cstime (seconds), ppid and comm of /proc/<pid>[/task/<tid>]/stat; null once gone. */
function stat(path) {
  try {
    const text = readFileSync(path, 'utf8');
    const close = text.lastIndexOf(')');
    const comm = text.slice(text.indexOf('(') + 1, close);
    // After "pid (comm) ": state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime
    const f = text.slice(close + 2).split(' ');
    const s = (i) => Number(f[i]) / TICKS;
    return { comm, ppid: Number(f[1]), utime: s(11), stime: s(12), cutime: s(13), cstime: s(14) };
  } catch {
    return null;
  }
}

const pids = () =>
  readdirSync('/proc')
    .filter((e) => /^\d+$/.test(e))
    .map(Number);

function cmdline(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
  } catch {
    return '';
  }
}

/** Busy and total seconds of the whole machine (all cores) from /proc/stat. */
function machine() {
  const [, ...values] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  const [user, nice, system, idle, iowait, irq, softirq, steal] = values.map((v) => Number(v) / TICKS);
  const busy = user + nice + system + irq + softirq + steal;
  return { busy, total: busy + idle + iowait };
}

function process1(pid) {
  const own = stat(`/proc/${pid}/stat`);
  if (!own) return null;
  const threads = {};
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const t = stat(`/proc/${pid}/task/${tid}/stat`);
      if (t) threads[tid] = { comm: t.comm, cpu: t.utime + t.stime };
    }
  } catch {
    // ended meanwhile
  }
  return { cpu: own.utime + own.stime, threads };
}

/** The postmaster's pid, from the data folder's postmaster.pid. */
export const postmasterPid = (dataDir) => Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);

/**
 * A sample of every process named in `processes` ([{ name, pid }]) and of PostgreSQL (the
 * postmaster `postgres`, its children grouped by database), with the machine's own counters.
 */
export function cpuSample({ processes = [], postgres } = {}) {
  const sample = { at: performance.now(), machine: machine(), processes: {}, postgres: undefined };
  for (const { name, pid } of processes) sample.processes[name] = { pid, ...process1(pid) };
  if (postgres) {
    const master = stat(`/proc/${postgres}/stat`);
    const children = {};
    for (const pid of pids()) {
      const s = stat(`/proc/${pid}/stat`);
      if (!s || s.ppid !== postgres) continue;
      const title = /^postgres: (?:(\S+) (\S+) \S+\(|(.+))/.exec(cmdline(pid));
      const group = title?.[2] ?? `background`;
      children[pid] = { group, cpu: s.utime + s.stime };
    }
    sample.postgres = {
      own: master ? master.utime + master.stime : 0,
      reaped: master ? master.cutime + master.cstime : 0,
      children,
    };
  }
  return sample;
}

const round = (n, digits = 2) => Number(n.toFixed(digits));

/**
 * What happened between two samples: wall seconds, the machine's busy cores, and per process
 * { cpuS, cores (cpu seconds per wall second), busiest thread { comm, cores } }; PostgreSQL's
 * total, its busiest backend and its split by database (`exited` = backends that ended in between).
 */
export function cpuBetween(a, b) {
  const wall = (b.at - a.at) / 1000;
  const processes = {};
  for (const [name, after] of Object.entries(b.processes)) {
    const before = a.processes[name];
    if (!after.threads) continue;
    // A process restarted in between (another pid) counts from zero.
    const same = before?.pid === after.pid && before.threads;
    const cpu = after.cpu - (same ? before.cpu : 0);
    let busiest = { comm: '', cpu: 0 };
    for (const [tid, t] of Object.entries(after.threads)) {
      const used = t.cpu - (same && before.threads[tid] ? before.threads[tid].cpu : 0);
      if (used > busiest.cpu) busiest = { comm: t.comm, cpu: used };
    }
    processes[name] = {
      cpuS: round(cpu),
      cores: round(cpu / wall),
      busiestThread: { comm: busiest.comm, cores: round(busiest.cpu / wall) },
    };
  }
  let postgres;
  if (a.postgres && b.postgres) {
    const byDatabase = {};
    const add = (group, cpu) => (byDatabase[group] = (byDatabase[group] ?? 0) + cpu);
    let gone = 0;
    let busiest = { group: '', cpu: 0 };
    for (const [pid, after] of Object.entries(b.postgres.children)) {
      const used = after.cpu - (a.postgres.children[pid]?.cpu ?? 0);
      add(after.group, used);
      if (used > busiest.cpu) busiest = { group: after.group, cpu: used };
    }
    for (const [pid, before] of Object.entries(a.postgres.children)) {
      if (!(pid in b.postgres.children)) gone += before.cpu;
    }
    // Reaped children's whole lives, less what the first sample already counted of them.
    add('exited', b.postgres.reaped - a.postgres.reaped - gone);
    add('postmaster', b.postgres.own - a.postgres.own);
    const total = Object.values(byDatabase).reduce((sum, cpu) => sum + cpu, 0);
    postgres = {
      cpuS: round(total),
      cores: round(total / wall),
      // One backend runs one transaction on one core: a national directive's recording, a cohort's step.
      busiestBackend: { database: busiest.group, cpuS: round(busiest.cpu), cores: round(busiest.cpu / wall) },
      byDatabase: Object.fromEntries(
        Object.entries(byDatabase)
          .sort(([, x], [, y]) => y - x)
          .map(([group, cpu]) => [group, { cpuS: round(cpu), cores: round(cpu / wall) }]),
      ),
    };
  }
  const ours = Object.values(processes).reduce((sum, p) => sum + p.cpuS, 0) + (postgres?.cpuS ?? 0);
  const busy = b.machine.busy - a.machine.busy;
  return {
    wallS: round(wall, 1),
    machineBusyCores: round(busy / wall),
    othersCores: round(Math.max(0, busy - ours) / wall),
    processes,
    postgres,
  };
}

/** The 1-minute load average. */
export const loadAverage = () => Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);

/**
 * Waits (polling every `everyMs`, at most `maxMs`) for the 1-minute load average to fall
 * under `below`; returns { waitedS, load } either way (a busy machine is printed, not fatal).
 */
export async function quietMachine({ below = 4, everyMs = 30_000, maxMs = 600_000, log = console.log } = {}) {
  const started = Date.now();
  for (;;) {
    const load = loadAverage();
    const waitedS = Math.round((Date.now() - started) / 1000);
    if (load < below) return { waitedS, load };
    if (Date.now() - started >= maxMs) {
      log(`  load average still ${load} after ${waitedS} s: running anyway`);
      return { waitedS, load };
    }
    log(`  load average ${load} (want < ${below}); waiting ${everyMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
