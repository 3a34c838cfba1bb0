import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/**
 * Lowers the calling thread's scheduling priority to the lowest (nice 19), so a worker thread that
 * lays out a PDF or reads a file for seconds yields the CPU to the main thread serving requests.
 * On a machine with few cores, a render at normal priority took half the main thread's share: a
 * hot page's p95 went from 239 to 1,142 ms while PDFs rendered (bench/written-documents.ts). With
 * nothing else to do, a thread at nice 19 runs as fast as before.
 *
 * Linux keeps the nice value per thread and names the thread in /proc/thread-self; elsewhere this
 * does nothing (a process-wide change would slow the server too).
 */
export function yieldToRequests(): void {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0) setPriority(tid, 19);
  } catch {
    // Not Linux, or no /proc: keep the priority.
  }
}
