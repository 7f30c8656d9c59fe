/** What the benchmarks read about a process and the machine from Linux's /proc (proc(5)). */
import { readFileSync } from 'node:fs';

/** USER_HZ: the unit of the processor times in /proc/PID/stat and /proc/stat on Linux. */
export const CLOCK_TICKS = 100;
const PAGE_BYTES = 4096;

export interface ProcessStat {
  pid: number;
  ppid: number;
  /** R running, S sleeping, Z ended but not yet waited for by its parent… */
  state: string;
  /** Process group: a process keeps it when its parent exits and it is reparented. */
  pgid: number;
  /** Processor time used so far, user and system, in seconds (its waited-for children not included). */
  cpuSeconds: number;
  /** Resident memory now, in MB. */
  rssMb: number;
}

/**
 * One line of /proc/PID/stat. The command name, field 2, is in parentheses and may
 * itself hold spaces and parentheses (a thread named `node (worker)`): the fields
 * are counted from the last `)`.
 */
export function parseProcStat(line: string): ProcessStat {
  const pid = Number(line.slice(0, line.indexOf(' ')));
  // From field 3 (state) on.
  const fields = line.slice(line.lastIndexOf(')') + 2).split(' ');
  const field = (n: number) => Number(fields[n - 3]);
  return {
    pid,
    ppid: field(4),
    state: fields[0]!,
    pgid: field(5),
    cpuSeconds: (field(14) + field(15)) / CLOCK_TICKS,
    rssMb: (field(24) * PAGE_BYTES) / 1024 / 1024,
  };
}

/** A file of /proc, or undefined when the process has ended between the listing and the reading. */
export function readProc(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** The peak resident memory of a process so far (`VmHWM`, which the kernel keeps), in MB. */
export function peakMb(pid: number): number {
  const kb = readProc(`/proc/${pid}/status`)?.match(/^VmHWM:\s+(\d+) kB/m)?.[1];
  return Number(kb ?? 0) / 1024;
}

/**
 * The machine's processor time so far, all cores, in seconds, from /proc/stat (zeros
 * where it does not say): `busy`, used by any process (user, nice, system, interrupts),
 * and `stolen`, given by the hypervisor to other machines (« steal »).
 */
export function machineSeconds(): { busy: number; stolen: number } {
  const cpu =
    readProc('/proc/stat')
      ?.match(/^cpu +(.*)$/m)?.[1]
      ?.split(' ')
      .map(Number) ?? [];
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = cpu;
  return { busy: (user + nice + system + irq + softirq) / CLOCK_TICKS, stolen: steal / CLOCK_TICKS };
}

/** Processor time of this process's children that have ended and been waited for, all generations (cutime and cstime), in seconds. */
export function waitedChildrenSeconds(): number {
  const fields = readProc('/proc/self/stat')!;
  const after = fields.slice(fields.lastIndexOf(')') + 2).split(' ');
  return (Number(after[16 - 3]) + Number(after[17 - 3])) / CLOCK_TICKS;
}
