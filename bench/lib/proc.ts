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
