import { stringify } from 'csv-stringify/sync';
import { Hono, type Context } from 'hono';
import { stream } from 'hono/streaming';
import { notFound } from '../../../lib/errors.ts';
import { attachment } from '../../../lib/file-names.ts';
import type { AppEnv } from '../../../lib/hono-env.ts';
import { publicMunicipality } from '../../publication/index.ts';
import { CSV_COLUMNS, csvRows, type CsvKind } from './rows.ts';

/**
 * CSV downloads of what the public site shows (issue 16, point 4): key figures, agreements and
 * letting agreements, per municipality and for the whole country. UTF-8 with a BOM and ';' between
 * fields, so a Danish spreadsheet opens them as they are; Danish headers.
 */
export const csvRoutes = new Hono<AppEnv>();

const KINDS = Object.keys(CSV_COLUMNS) as CsvKind[];
const kindOf = (file: string | undefined): CsvKind => {
  const kind = file?.replace(/\.csv$/, '') as CsvKind;
  if (!file?.endsWith('.csv') || !KINDS.includes(kind)) throw notFound('Filen');
  return kind;
};

/** Sent as it is read, a municipality at a time. The country's file is large: no shared cache keeps it (s-maxage=0), a browser may. */
function send(c: Context<AppEnv>, kind: CsvKind, code: string | null, name: string) {
  c.header('Content-Type', 'text/csv; charset=utf-8');
  c.header('Content-Disposition', attachment(`${name}.csv`));
  c.header('Cache-Control', code === null ? 'public, max-age=300, s-maxage=0' : 'public, max-age=300');
  c.header('Access-Control-Allow-Origin', '*');
  return stream(
    c,
    async (out) => {
      let first = true;
      for await (const rows of csvRows(c.var.deps.db, kind, code)) {
        if (out.aborted) return;
        if (rows.length === 0 && !first) continue;
        await out.write(
          stringify(rows, { header: first, columns: CSV_COLUMNS[kind], bom: first, delimiter: ';', record_delimiter: 'windows' }),
        );
        first = false;
      }
      // A failure after the first bytes cannot become an error page: the file ends short, and the log says why.
    },
    async (error) => c.var.log.error({ err: error }, 'CSV download stopped'),
  );
}

csvRoutes.get('/offentlig/data/:file', (c) => {
  const kind = kindOf(c.req.param('file'));
  return send(c, kind, null, `${kind}-hele-landet`);
});

csvRoutes.get('/offentlig/data/kommuner/:code/:file', async (c) => {
  const kind = kindOf(c.req.param('file'));
  const p = await publicMunicipality(c.var.deps.db, c.req.param('code'));
  if (!p) throw notFound('Kommunen');
  return send(c, kind, p.municipality.code, `${kind}-${p.municipality.code}`);
});
