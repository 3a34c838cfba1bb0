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
type Autocannon = (opts: {
  url: string;
  connections: number;
  duration: number;
  headers?: Record<string, string>;
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

/**
 * Drives `baseUrl + path` with autocannon over `connections` keep-alive connections: a
 * discarded warm-up, then the measured run. Latency percentiles come from every response's
 * own time (autocannon's summary has no p95).
 */
export async function runLoad(options: {
  baseUrl: string;
  path: string;
  connections?: number;
  seconds?: number;
  warmupSeconds?: number;
  headers?: Record<string, string>;
}): Promise<LoadResult> {
  const { baseUrl, path, connections = 16, seconds = 10, warmupSeconds = 2, headers } = options;
  const url = baseUrl + path;
  if (warmupSeconds > 0) await autocannon({ url, connections, duration: warmupSeconds, headers });
  const latencies: number[] = [];
  const run = autocannon({ url, connections, duration: seconds, headers });
  run.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => {
    latencies.push(ms);
  });
  const result = await run;
  latencies.sort((a, b) => a - b);
  return {
    path,
    requests: latencies.length,
    rps: latencies.length / result.duration,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
