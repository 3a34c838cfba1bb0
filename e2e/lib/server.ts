import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServerProcess, type ServerProcess } from '../../test/server-process.ts';

/** The server for the journeys: a real process on a throwaway data folder with the demo data. */
export interface RunningServer extends Omit<ServerProcess, 'stop'> {
  dataDir: string;
  stop(): Promise<void>;
}

export async function startServer(): Promise<RunningServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'styringsdialog-e2e-'));
  const server = await startServerProcess({ dataDir, readyPath: '/healthz' });
  return {
    ...server,
    dataDir,
    stop: async () => {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
