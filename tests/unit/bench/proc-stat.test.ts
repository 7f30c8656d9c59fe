/**
 * How the benchmarks read a process from /proc/PID/stat (scripts/bench/proc-stat.ts):
 * a wrong field would give another number that looks as plausible, so the fields
 * are checked on a line whose command name holds what breaks a naive split.
 */
import { describe, expect, it } from 'vitest';
import { parseProcStat } from '../../../scripts/bench/proc-stat.ts';

/** A real line's shape (proc(5)): pid, (comm), state, ppid, pgrp, … utime (14), stime (15) … rss (24) … */
const line = (comm: string) =>
  `4242 (${comm}) S 4200 4100 4201 0 -1 4194304 99 0 0 0 250 130 7 3 20 0 1 0 96791 3133440 25600 18446744073709551615 0 0 0 0 0 0 0 0 0 0 0 0 17 0 0 0 0 0 0`;

describe('a process read from /proc/PID/stat', () => {
  it('reads its parent, group, processor time and memory', () => {
    expect(parseProcStat(line('node'))).toEqual({ pid: 4242, ppid: 4200, pgid: 4100, state: 'S', cpuSeconds: 3.8, rssMb: 100 });
  });

  it('counts the fields from the last parenthesis, whatever the command name holds', () => {
    expect(parseProcStat(line('node (worker) 1 2'))).toEqual(parseProcStat(line('node')));
  });
});
