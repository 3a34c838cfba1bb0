import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** A real `styringsdialog serve` process on a throwaway data folder, as a user would start it. */
export interface RunningServer {
  url: string;
  dataDir: string;
  child: ChildProcess;
  /** Everything the process wrote, for the failure report. */
  output(): string;
  stop(): Promise<void>;
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

export async function waitForOk(url: string, timeoutMs = 60_000): Promise<void> {
  const start = Date.now();
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch { /* not listening yet */ }
    if (Date.now() - start > timeoutMs) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function startServer(options: { env?: Record<string, string>; dataDir?: string } = {}): Promise<RunningServer> {
  const dataDir = options.dataDir ?? await mkdtemp(join(tmpdir(), 'styringsdialog-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let output = '';
  const child = spawn(process.execPath, [resolve('bin/styringsdialog.js'), 'serve', '--port', String(port)], {
    env: {
      ...process.env, DATA_DIR: dataDir, HOST: '127.0.0.1', PUBLIC_URL: url, COOKIE_SECURE: 'false', LOG_LEVEL: 'warn',
      DATABASE_URL: '', SMTP_URL: '', ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => { output += d; });
  child.stderr!.on('data', (d) => { output += d; });
  const exited = new Promise<void>((res) => child.once('exit', () => res()));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
    if (!options.dataDir) await rm(dataDir, { recursive: true, force: true });
  };
  try {
    await Promise.race([
      waitForOk(`${url}/healthz`),
      exited.then(() => { throw new Error(`server exited with ${child.exitCode}:\n${output}`); }),
    ]);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, dataDir, child, output: () => output, stop };
}
