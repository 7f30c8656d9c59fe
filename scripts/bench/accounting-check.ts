/**
 * `BENCH_SELFTEST=1 npm run bench`: checks that a build's processor time includes
 * what a process it started spends after the build's command has exited, as
 * Pagefind's indexing process may (scripts/bench/build-measure.ts).
 *
 * A command starts a child that keeps a core busy for one second, and exits at
 * once. Two children: one orphaned in the command's process group (as Pagefind's
 * is), one that starts a session of its own. Each way of counting available here
 * should find about one second of processor time where `/usr/bin/time`, which
 * counts only the processes waited for, finds the parent's few hundredths.
 */
import { accounting, measureCommand, type Accounting } from './build-measure.ts';

const BUSY = 'const end = Date.now() + 1000; while (Date.now() < end);';
const parent = (detached: boolean) =>
  `const { spawn } = require('node:child_process');` +
  `spawn(process.execPath, ['-e', ${JSON.stringify(BUSY)}], { stdio: 'ignore', detached: ${detached} }).unref();`;

const CASES = [
  { label: 'enfant orphelin, même groupe de processus', detached: false },
  { label: 'enfant dans une session à lui (setsid)', detached: true },
];

export async function checkAccounting(): Promise<boolean> {
  const methods: Accounting[] = accounting().method === 'cgroup' ? ['cgroup', 'process-group'] : ['process-group'];
  console.log(`Vérification du décompte : une commande lance un enfant occupé 1 s et se termine aussitôt.`);
  let ok = true;
  for (const method of methods)
    for (const { label, detached } of CASES) {
      const measure = await measureCommand(process.cwd(), [process.execPath, '-e', parent(detached)], method);
      const counted = measure.cpuSeconds >= 0.9;
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
