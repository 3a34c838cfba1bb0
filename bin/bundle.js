// Builds the TypeScript sources into one ESM bundle (with lazy chunks) under dist/ with esbuild,
// and reuses it while nothing it was built from has changed. Loading hundreds of small modules
// (ours through tsx, drizzle-orm's and hono's one by one) cost ~7 s and ~130 MB at every start on
// the two-core machine; one bundle loads in ~0.4 s. `npm install` + `npm start` stay the only
// commands: the first start after a change builds (~1–2 s), later starts only compare file dates.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const DIST = join(ROOT, 'dist');
const KEEP_BUILDS = 5;

// Pure-JavaScript packages that esbuild copies into the bundle (tree-shaken). Everything else
// stays an ordinary import from node_modules: native code (argon2), WebAssembly and data files
// found relative to the package (PGlite, pdfkit's fonts, pdf.js), thread-spawning loggers (pino),
// and the heavy libraries that are imported only on first use anyway.
const BUNDLED = new Set([
  'hono',
  '@hono/node-server',
  'drizzle-orm',
  'zod',
  'date-fns',
  '@date-fns/tz',
  '@date-fns/utc',
  'commander',
  'csv-parse',
  'content-disposition',
  'diff',
  'ics',
  'file-type',
  'iconv-lite',
]);

const packageName = (specifier) => specifier.split('/', specifier.startsWith('@') ? 2 : 1).join('/');

/** Everything the bundle depends on, as one short fingerprint: a changed file means a new build. */
function fingerprint() {
  const hash = createHash('sha256').update(ROOT).update(process.version);
  const files = [join(ROOT, 'package-lock.json'), join(ROOT, 'tsconfig.json'), fileURLToPath(import.meta.url)];
  for (const entry of readdirSync(join(ROOT, 'src'), { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.push(join(entry.parentPath, entry.name));
  }
  for (const file of files.sort()) {
    const s = statSync(file, { throwIfNoEntry: false });
    hash.update(`${relative(ROOT, file)}\0${s?.mtimeMs}\0${s?.size}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}

// Source files keep their own import.meta.url, so paths next to them (migrations, public/, the
// worker files that Node runs from src/ with its type stripping) resolve as they do under tsx.
const keepSourceUrls = {
  name: 'keep-source-urls',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.tsx?$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
      loader: args.path.endsWith('x') ? 'tsx' : 'ts',
    }));
    build.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('node:') || !BUNDLED.has(packageName(args.path)) ? { path: args.path, external: true } : undefined,
    );
  },
};

async function build(outdir) {
  const { build: esbuild } = await import('esbuild');
  await esbuild({
    entryPoints: [join(ROOT, 'src/cli.ts')],
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    sourcemap: 'linked',
    sourcesContent: false,
    logLevel: 'error',
    tsconfig: join(ROOT, 'tsconfig.json'),
    // CommonJS packages inside an ESM bundle call require(); give them Node's.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    plugins: [keepSourceUrls],
  });
}

// Old builds go, but not the newest few (a server still running on one may load a lazy chunk),
// nor a build another process is still writing (the dot folders), nor anything else kept in
// dist/ (the database template, src/db/template.ts): builds are the folders named by a fingerprint.
function prune(current) {
  const builds = readdirSync(DIST, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== current && /^[0-9a-f]{16}$/.test(d.name))
    .map((d) => ({ path: join(DIST, d.name), mtime: statSync(join(DIST, d.name)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const old of builds.slice(KEEP_BUILDS - 1)) rmSync(old.path, { recursive: true, force: true });
}

/** The file URL of the bundled entry point, built first if the sources changed since the last build. */
export async function bundledEntry() {
  const id = fingerprint();
  const target = join(DIST, id);
  if (!existsSync(join(target, 'cli.js'))) {
    // Built aside and renamed into place, so processes starting together never load half a build.
    mkdirSync(DIST, { recursive: true });
    // Said by the server only: other commands keep their output for their results.
    if (process.argv[2] === 'serve') console.log('Bygger programmet (første start efter en ændring) …');
    const scratch = join(DIST, `.building-${process.pid}-${Date.now()}`);
    try {
      await build(scratch);
      renameSync(scratch, target);
    } catch (error) {
      rmSync(scratch, { recursive: true, force: true });
      // Another process finished the same build first: use theirs.
      if (!existsSync(join(target, 'cli.js'))) throw error;
    }
    prune(id);
  }
  return pathToFileURL(join(target, 'cli.js')).href;
}
