import { stringify } from 'csv-stringify/sync';
import { Hono, type Context } from 'hono';
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

async function send(c: Context<AppEnv>, kind: CsvKind, code: string | null, name: string) {
  const rows = await csvRows(c.var.deps.db, kind, code);
  const text = stringify(rows, { header: true, columns: CSV_COLUMNS[kind], bom: true, delimiter: ';', record_delimiter: 'windows' });
  return c.body(text, 200, {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': attachment(`${name}.csv`),
    'Cache-Control': 'public, max-age=300',
    'Access-Control-Allow-Origin': '*',
  });
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
