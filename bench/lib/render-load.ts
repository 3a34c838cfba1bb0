import { median, percentile, runLoad, type LoadResult } from './load.ts';

/** One document address's render times in ms (sequential requests, each read to its last byte). */
export interface RenderTimes {
  path: string;
  runs: number;
  median: number;
  p95: number;
  bytes: number;
}

async function fetchAll(baseUrl: string, path: string, cookie: string): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const res = await fetch(baseUrl + path, { headers: { cookie } });
  const bytes = (await res.arrayBuffer()).byteLength;
  if (res.status !== 200) throw new Error(`${path} gave HTTP ${res.status}`);
  return { ms: performance.now() - started, bytes };
}

/** Each path requested `runs` times in turn, after one request each to warm up. */
export async function renderTimes(baseUrl: string, cookie: string, paths: string[], runs: number): Promise<RenderTimes[]> {
  const out: RenderTimes[] = [];
  for (const path of paths) {
    await fetchAll(baseUrl, path, cookie);
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < runs; i++) {
      const r = await fetchAll(baseUrl, path, cookie);
      times.push(r.ms);
      bytes = r.bytes;
    }
    const sorted = [...times].sort((a, b) => a - b);
    out.push({ path, runs, median: median(times), p95: percentile(sorted, 95), bytes });
  }
  return out;
}

/**
 * A hot page's load figures while nothing else runs, and again while one client renders the
 * documents one after another without pause: does the server keep answering meanwhile?
 */
export async function hotPageDuringRenders(o: {
  baseUrl: string;
  cookie: string;
  hotPath: string;
  renderPaths: string[];
  connections: number;
  seconds: number;
}): Promise<{ idle: LoadResult; during: LoadResult; renders: number }> {
  const load = () =>
    runLoad({
      baseUrl: o.baseUrl,
      path: o.hotPath,
      requests: [{ path: o.hotPath, headers: { cookie: o.cookie } }],
      connections: o.connections,
      seconds: o.seconds,
      warmupSeconds: 1,
    });
  const idle = await load();
  let rendering = true;
  let renders = 0;
  const renderer = (async () => {
    while (rendering) {
      for (const path of o.renderPaths) {
        await fetchAll(o.baseUrl, path, o.cookie);
        renders++;
      }
    }
  })();
  const during = await load();
  rendering = false;
  await renderer;
  return { idle, during, renders };
}
