/**
 * CPU time of a process tree from /proc (Linux): a figure that other load on the machine does not
 * inflate, unlike wall-clock time. Used by the image benchmark for the browser it launched.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

interface Proc {
  parent: number;
  /** utime + stime, in clock ticks. */
  ticks: number;
  name: string;
}

/** Linux reports CPU time in ticks of USER_HZ, which is 100 on every common build. */
const MS_PER_TICK = 10;

function processes(): Map<number, Proc> {
  const out = new Map<number, Proc>();
  if (!existsSync('/proc')) return out;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const fields = stat.slice(close + 2).split(' ');
      out.set(Number(entry), {
        parent: Number(fields[1]),
        ticks: Number(fields[11]) + Number(fields[12]),
        name: stat.slice(stat.indexOf('(') + 1, close),
      });
    } catch {
      // The process ended while we looked.
    }
  }
  return out;
}

/** The browser this process launched (its child whose name mentions chromium), or null off Linux. */
export function launchedBrowserPid(): number | null {
  for (const [pid, proc] of processes()) if (proc.parent === process.pid && /chrom/i.test(proc.name)) return pid;
  return null;
}

/** CPU milliseconds used so far by `root` and all its descendants that are still running. */
export function treeCpuMs(root: number): number {
  const all = processes();
  let ticks = 0;
  for (const [pid, proc] of all) {
    for (let at: number | undefined = pid, depth = 0; at && depth < 16; at = all.get(at)?.parent, depth++) {
      if (at === root) {
        ticks += proc.ticks;
        break;
      }
    }
  }
  return ticks * MS_PER_TICK;
}
