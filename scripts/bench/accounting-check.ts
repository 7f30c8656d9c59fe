/**
 * `BENCH_SELFTEST=1 npm run bench`: checks that a build's processor time includes
 * what a process it started spends after the build's command has exited, as
 * Pagefind's indexing process may (scripts/bench/build-measure.ts).
 *
 * A command starts a child that uses one second of processor time, and exits at
 * once. Two children: one orphaned in the command's process group (as Pagefind's
 * is), one that starts a session of its own. Each way of counting available here
 * should find about one second of processor time where `/usr/bin/time`, which
 * counts only the processes waited for, finds the parent's few hundredths.
 */
import { accounting, measureCommand, type Accounting } from './build-measure.ts';

/** One second of processor time, however long a busy machine takes to give it. */
const BUSY = 'let x = 0; while (process.cpuUsage().user < 1e6) for (let i = 0; i < 1e6; i++) x += i;';
const parent = (detached: boolean) =>
  `const { spawn } = require('node:child_process');` +
  `spawn(process.execPath, ['-e', ${JSON.stringify(BUSY)}], { stdio: 'ignore', detached: ${detached} }).unref();`;

const CASES = [
  { label: 'enfant orphelin, même groupe de processus', detached: false },
  { label: 'enfant dans une session à lui (setsid)', detached: true },
];

export async function checkAccounting(): Promise<boolean> {
  const methods: Accounting[] = accounting().method === 'cgroup' ? ['cgroup', 'process-group'] : ['process-group'];
  console.log(`Vérification du décompte : une commande lance un enfant qui calcule 1 s et se termine aussitôt.`);
  let ok = true;
  for (const method of methods)
    for (const { label, detached } of CASES) {
      const measure = await measureCommand(process.cwd(), [process.execPath, '-e', parent(detached)], method);
      // The process-group count reads each process every 200 ms and misses its last moments.
      const counted = measure.cpuSeconds >= 0.75;
      // A process group cannot follow a process that leaves it: that miss is expected, and said.
      const expected = method === 'cgroup' || !detached;
      if (expected && !counted) ok = false;
      console.log(
        `  ${method.padEnd(14)} ${label.padEnd(41)} temps ${measure.seconds.toFixed(2)} s, processeur ${measure.cpuSeconds.toFixed(2)} s ` +
          `(/usr/bin/time : ${measure.waitedCpuSeconds.toFixed(2)} s), ` +
          `${measure.leftovers.count} processus restés ${measure.leftovers.seconds.toFixed(2)} s après la commande : ` +
          (counted ? 'compté' : expected ? 'NON COMPTÉ' : 'non compté (attendu : il a quitté le groupe)'),
      );
    }
  console.log(ok ? 'Décompte vérifié.' : 'Le décompte manque du temps de processeur : voir ci-dessus.');
  return ok;
}
