import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

/** A `styringsdialog serve` child process, started the way an operator starts it (used by e2e/ and bench/). */
export interface ServerProcess {
  url: string;
  pid: number;
  child: ChildProcess;
  /** Milliseconds from spawn to the first 200 on the ready path. */
  readyMs: number;
  /** Everything the process wrote to stdout and stderr. */
  output(): string;
  /** SIGTERM, then wait for a clean exit; resolves with the milliseconds it took. */
  stop(): Promise<number>;
}

export async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => res(port));
    });
  });
}

/** Polls `url` until it answers 200; resolves with the time it happened (performance.now()). */
export async function waitFor200(
  url: string,
  options: { timeoutMs?: number; intervalMs?: number; abort?: Promise<never> } = {},
): Promise<number> {
  const { timeoutMs = 120_000, intervalMs = 20 } = options;
  const start = performance.now();
  const poll = (async () => {
    for (;;) {
      try {
        const res = await fetch(url, { redirect: 'manual' });
        await res.arrayBuffer();
        if (res.status === 200) return performance.now();
      } catch {
        /* not listening yet */
      }
      if (performance.now() - start > timeoutMs) throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, intervalMs));
    }
  })();
  return options.abort ? Promise.race([poll, options.abort]) : poll;
}

const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGTERM');
});

/**
 * Spawns `node bin/styringsdialog.js serve --port P` with the project's Node on `dataDir`
 * (PGlite, plain-http cookies, warn-level logs) and resolves once `readyPath` answers 200.
 * Rejects with the process output if it exits first.
 */
export async function startServerProcess(options: {
  dataDir: string;
  readyPath?: string;
  env?: Record<string, string>;
}): Promise<ServerProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let output = '';
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, [resolve('bin/styringsdialog.js'), 'serve', '--port', String(port)], {
    env: {
      ...process.env,
      DATA_DIR: options.dataDir,
      HOST: '127.0.0.1',
      PUBLIC_URL: url,
      COOKIE_SECURE: 'false',
      LOG_LEVEL: 'warn',
      DEMO_DATA: 'true',
      DATABASE_URL: '',
      SMTP_URL: '',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.stdout!.on('data', (d) => {
    output += d;
  });
  child.stderr!.on('data', (d) => {
    output += d;
  });
  const exited = new Promise<number | null>((res) =>
    child.once('exit', (code) => {
      running.delete(child);
      res(code);
    }),
  );
  const stop = async () => {
    const t = performance.now();
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    const code = await exited;
    if (code !== 0) throw new Error(`server stopped with exit code ${code}:\n${output}`);
    return performance.now() - t;
  };
  let readyAt: number;
  try {
    readyAt = await waitFor200(url + (options.readyPath ?? '/login'), {
      abort: exited.then((code) => {
        throw new Error(`server exited with ${code} before answering:\n${output}`);
      }),
    });
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return { url, pid: child.pid!, child, readyMs: readyAt - spawnedAt, output: () => output, stop };
}
