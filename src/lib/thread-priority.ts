import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/**
 * Nice 10: a thread competing with the main thread for one core gets about a tenth of it (CFS
 * weights 110 against 1024), so requests go first; at nice 19 (weight 15) a render starved under
 * sustained load and would run into its time limit.
 */
const NICE = 10;

/**
 * Lowers the calling thread's scheduling priority, so a worker thread that lays out a PDF or reads
 * a file for seconds yields the CPU to the main thread serving requests. On a machine with few
 * cores, a render at normal priority took half the main thread's share: a hot page's p95 went from
 * 239 to 1,142 ms while PDFs rendered (bench/written-documents.ts). With nothing else to do, the
 * thread runs as fast as before.
 *
 * Linux keeps the nice value per thread and names the thread in /proc/thread-self; elsewhere this
 * does nothing (a process-wide change would slow the server too).
 */
export function yieldToRequests(): void {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0) setPriority(tid, NICE);
  } catch {
    // Not Linux, or no /proc: keep the priority.
  }
}
