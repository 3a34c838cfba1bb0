import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type { Context } from 'hono';
import { attachment } from '../file-names.ts';
import type { AppEnv } from '../hono-env.ts';
import { storedPath } from './store.ts';

/** Streams a stored file as a download under its own name; the caller has checked the actor may see it. */
export function sendStoredFile(c: Context<AppEnv>, file: { sha256: string; size: number; mediaType: string; fileName: string }) {
  c.header('content-type', file.mediaType);
  c.header('content-length', String(file.size));
  c.header('content-disposition', attachment(file.fileName));
  return c.body(Readable.toWeb(createReadStream(storedPath(c.var.deps.config.DATA_DIR, file.sha256))) as ReadableStream);
}
