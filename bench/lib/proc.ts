import { readFile } from 'node:fs/promises';

/** Resident memory of a process in MB from /proc/<pid>/status: current (VmRSS) and peak (VmHWM). Linux only. */
export async function memoryOf(pid: number): Promise<{ rssMb: number; peakMb: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    if (!m) throw new Error(`${field} missing from /proc/${pid}/status`);
    return Number(m[1]) / 1024;
  };
  return { rssMb: kb('VmRSS'), peakMb: kb('VmHWM') };
}

/** Samples a process's VmRSS every `intervalMs` until stopped; resolves with the highest value in MB. */
export function sampleRss(pid: number, intervalMs = 100): { stop(): Promise<number> } {
  let max = 0;
  const take = () =>
    memoryOf(pid).then(
      (m) => {
        max = Math.max(max, m.rssMb);
      },
      () => {},
    );
  const timer = setInterval(take, intervalMs);
  return {
    stop: async () => {
      clearInterval(timer);
      await take();
      return max;
    },
  };
}

/** CPU time a process has used so far, in seconds (user + system, from /proc/<pid>/stat; 100 ticks a second). Linux only. */
export async function cpuSecondsOf(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  // The command name in parentheses may hold spaces; the fields after it are numbered from 3.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** The machine's busy and total CPU time so far, in seconds over all cores (from /proc/stat). Linux only. */
export async function machineCpuSeconds(): Promise<{ busy: number; total: number }> {
  const [line] = (await readFile('/proc/stat', 'utf8')).split('\n');
  const ticks = line.split(/\s+/).slice(1).map(Number);
  const total = ticks.reduce((a, b) => a + b, 0);
  const idle = ticks[3] + ticks[4];
  return { busy: (total - idle) / 100, total: total / 100 };
}
