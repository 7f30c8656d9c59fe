/**
 * The time, processor time and memory of a command and of every process it starts,
 * those that outlive it included. Pagefind's Node client, as it closes, sends its
 * indexing process a signal and exits without waiting for it: that process is
 * reparented away from the build's tree, and `/usr/bin/time`, which counts only
 * what it waited for, never saw its time (docs/benchmarks.md).
 *
 * Two ways to count, the first that works:
 * - `cgroup`: the command runs in a control group of its own (cgroup v1 `cpuacct`,
 *   root only). The kernel adds to it the processor time of every process ever in
 *   it, whoever its parent is; the group lists its processes until the last ends.
 * - `process-group`: the command leads a new process group, which an orphaned child
 *   keeps; every process of /proc in that group is read every 200 ms. A process
 *   that starts a session of its own escapes this count (not Pagefind's).
 * Either way the build ends when its last process has, and memory is read from
 * those processes as they run: a cgroup's memory counters include the page cache
 * (files written), which is not the build's memory.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, rmdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { machineSeconds, parseProcStat, peakMb, readProc, waitedChildrenSeconds } from './proc-stat.ts';

export type Accounting = 'cgroup' | 'process-group';

export interface BuildMeasure {
  /** Wall time, from the start of the command to the end of its last process. */
  seconds: number;
  /** Processor time the hypervisor gave to other machines meanwhile (« steal »), all cores. */
  stolenSeconds: number;
  /** Processor time used meanwhile by the machine's other processes (another session's builds, this benchmark's own sampling). */
  othersCpuSeconds: number;
  /** Processor time used, user and system, by every process of the build. */
  cpuSeconds: number;
  /** What `/usr/bin/time` would have counted: the processes waited for, orphans left out. */
  waitedCpuSeconds: number;
  /** Peak resident memory of the largest process of the build, in MB. */
  maxProcessMb: number;
  /** The peak resident memory of each command of the build (`astro build`, the search index, Pagefind…), largest first, in MB. */
  commandPeaksMb: [command: string, mb: number][];
  /** Peak of the sum of the resident memory of all its processes at one time, read every 200 ms, in MB. */
  treeMb: number;
  /** Processes still running when the command itself exited, and how long the last of them lasted after it. */
  leftovers: { count: number; seconds: number; killed: boolean };
  /** What the command wrote, both streams. */
  log: string;
}

const CPUACCT = '/sys/fs/cgroup/cpuacct';
const SAMPLE_MS = 200;
/** How long a process left running by the command may go on being counted before it is stopped. */
const LEFTOVER_LIMIT_MS = 120_000;

let chosen: { method: Accounting; why: string } | undefined;
let groups = 0;

/** The way builds are counted on this machine, and why (the environment variable BENCH_ACCOUNTING forces one). */
export function accounting(): { method: Accounting; why: string } {
  if (chosen) return chosen;
  if (process.env['BENCH_ACCOUNTING'] === 'process-group')
    return (chosen = { method: 'process-group', why: 'demandé par BENCH_ACCOUNTING' });
  const probe = join(CPUACCT, `bench-${process.pid}-essai`);
  try {
    mkdirSync(probe);
    rmdirSync(probe);
    chosen = { method: 'cgroup', why: `un groupe cpuacct par construction sous ${CPUACCT}` };
  } catch (error) {
    chosen = { method: 'process-group', why: `pas de groupe cpuacct possible (${(error as Error).message})` };
  }
  return chosen;
}

/** The processes of the build now, with how each is read. */
function membersOf(method: Accounting, group: string | undefined, leader: number) {
  if (method === 'cgroup') {
    const pids = (readProc(join(group!, 'cgroup.procs')) ?? '').split('\n').filter(Boolean).map(Number);
    return pids.flatMap((pid) => {
      const line = readProc(`/proc/${pid}/stat`);
      return line ? [parseProcStat(line)] : [];
    });
  }
  return readdirSync('/proc').flatMap((name) => {
    if (!/^\d+$/.test(name)) return [];
    const line = readProc(`/proc/${name}/stat`);
    if (!line) return [];
    const stat = parseProcStat(line);
    // A zombie has ended; it waits only for its new parent to read its exit status.
    return stat.pgid === leader && stat.state !== 'Z' ? [stat] : [];
  });
}

/** « node …/astro.mjs build » → « node astro.mjs build »: the program and its arguments, folders left out. */
function commandLine(pid: number): string | undefined {
  const argv = readProc(`/proc/${pid}/cmdline`)?.split('\0').filter(Boolean);
  return argv
    ?.map((arg) => arg.replace(/^.*\//, ''))
    .join(' ')
    .slice(0, 60);
}

/** Runs `command` in `cwd` and measures it with every process it starts (see the top of this file). */
export async function measureCommand(cwd: string, command: string[], method = accounting().method): Promise<BuildMeasure> {
  const group = method === 'cgroup' ? join(CPUACCT, `bench-${process.pid}-${++groups}`) : undefined;
  if (group) mkdirSync(group);
  // In a cgroup, the shell moves itself in before it becomes the command: no child can start outside.
  const argv = group ? ['sh', '-c', 'echo $$ > "$1" && shift && exec "$@"', 'sh', join(group, 'cgroup.procs'), ...command] : command;
  const machineBefore = machineSeconds();
  const waitedBefore = waitedChildrenSeconds();
  const started = performance.now();
  // Every build with the Node that runs the benchmark (the project's), whatever `node` the PATH finds first.
  const env = { ...process.env, PATH: `${dirname(process.execPath)}:${process.env['PATH']}` };
  const child = spawn(argv[0]!, argv.slice(1), { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (chunk) => (log += chunk));
  child.stderr.on('data', (chunk) => (log += chunk));
  const closed = new Promise<void>((resolve) => child.on('close', () => resolve()));

  let treeMb = 0;
  let maxProcessMb = 0;
  const peaks = new Map<number, { command: string; mb: number }>();
  const sampledCpu = new Map<number, number>();
  const sample = () => {
    const members = membersOf(method, group, child.pid!);
    treeMb = Math.max(
      treeMb,
      members.reduce((sum, { rssMb }) => sum + rssMb, 0),
    );
    for (const { pid, cpuSeconds } of members) {
      const peak = peakMb(pid);
      maxProcessMb = Math.max(maxProcessMb, peak);
      // Read again as the peak grows: a shell that becomes the command keeps its process id.
      if (peak > (peaks.get(pid)?.mb ?? 0)) peaks.set(pid, { command: commandLine(pid) ?? peaks.get(pid)?.command ?? '?', mb: peak });
      sampledCpu.set(pid, Math.max(sampledCpu.get(pid) ?? 0, cpuSeconds));
    }
    return members;
  };
  const poll = setInterval(sample, SAMPLE_MS);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  const exited = performance.now();

  // What the command left running is still the build's: counted until it ends.
  const left = sample().filter(({ pid }) => pid !== child.pid);
  let killed = false;
  for (let members = left; members.length > 0; members = sample()) {
    if (performance.now() - exited > LEFTOVER_LIMIT_MS) {
      for (const { pid } of members) process.kill(pid, 'SIGKILL');
      killed = true;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const ended = performance.now();
  clearInterval(poll);
  // The streams close once no process holds them; one that left the group could keep them open.
  await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 5000))]);

  const waited = waitedChildrenSeconds() - waitedBefore;
  let cpuSeconds: number;
  if (group) {
    cpuSeconds = Number(readProc(join(group, 'cpuacct.usage'))) / 1e9;
    rmdirSync(group);
  } else {
    // Each count can miss a little: the waited-for one, the orphans; the sampled one, each process's last 200 ms.
    cpuSeconds = Math.max(
      waited,
      [...sampledCpu.values()].reduce((sum, seconds) => sum + seconds, 0),
    );
  }
  const machine = machineSeconds();
  const measure: BuildMeasure = {
    seconds: (ended - started) / 1000,
    stolenSeconds: machine.stolen - machineBefore.stolen,
    othersCpuSeconds: Math.max(0, machine.busy - machineBefore.busy - cpuSeconds),
    cpuSeconds,
    waitedCpuSeconds: waited,
    maxProcessMb,
    commandPeaksMb: [...peaks.values()]
      .reduce((byCommand, { command, mb }) => byCommand.set(command, Math.max(byCommand.get(command) ?? 0, mb)), new Map<string, number>())
      .entries()
      .toArray()
      .sort((a, b) => b[1] - a[1]),
    treeMb,
    leftovers: { count: left.length, seconds: (ended - exited) / 1000, killed },
    log,
  };
  if (code !== 0) throw new Error(`« ${command.join(' ')} » a échoué dans ${cwd} (code ${code}) :\n${log.slice(-4000)}`);
  return measure;
}
