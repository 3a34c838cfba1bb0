import { createRequire } from 'node:module';
import type { EventEmitter } from 'node:events';

/** The part of autocannon's programmatic API used here (the package ships no types). */
interface AutocannonResult {
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  requests: { total: number; average: number };
}
/** One request of a sequence each connection cycles through (autocannon's `requests`). */
export interface LoadRequest {
  path: string;
  headers?: Record<string, string>;
}
type Autocannon = (opts: {
  url: string;
  connections: number;
  duration: number;
  headers?: Record<string, string>;
  requests?: (LoadRequest & { method: 'GET' })[];
}) => EventEmitter & PromiseLike<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

export interface LoadResult {
  path: string;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
}

/** Nearest-rank percentile of sorted samples. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function median(values: number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
}

/** The figures of a set of responses: `latencies` in ms, over `seconds`. */
export function summarise(path: string, latencies: number[], seconds: number, errors = 0, non2xx = 0): LoadResult {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    path,
    requests: sorted.length,
    rps: sorted.length / seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    errors,
    non2xx,
  };
}

/**
 * Drives `baseUrl + path` with autocannon over `connections` keep-alive connections: a
 * discarded warm-up, then the measured run. Latency percentiles come from every response's
 * own time (autocannon's summary has no p95). With `requests`, each connection cycles through
 * them (a path and headers each, e.g. one page as several users) and `path` only names the run.
 */
export async function runLoad(options: {
  baseUrl: string;
  path: string;
  connections?: number;
  seconds?: number;
  warmupSeconds?: number;
  headers?: Record<string, string>;
  requests?: LoadRequest[];
}): Promise<LoadResult & { latencies: number[]; seconds: number }> {
  const { baseUrl, path, connections = 16, seconds = 10, warmupSeconds = 2, headers } = options;
  const url = options.requests ? baseUrl : baseUrl + path;
  const requests = options.requests?.map((r) => ({ ...r, method: 'GET' as const }));
  if (warmupSeconds > 0) await autocannon({ url, connections, duration: warmupSeconds, headers, requests });
  const latencies: number[] = [];
  const run = autocannon({ url, connections, duration: seconds, headers, requests });
  run.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => {
    latencies.push(ms);
  });
  const result = await run;
  return {
    ...summarise(path, latencies, result.duration, result.errors + result.timeouts, result.non2xx),
    latencies,
    seconds: result.duration,
  };
}
