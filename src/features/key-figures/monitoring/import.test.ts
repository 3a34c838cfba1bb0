import { eq, inArray } from 'drizzle-orm';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../../test/app.ts';
import { auditEvents } from '../../audit/tables.ts';
import { areaStatistics } from '../tables.ts';
import { columnLetter } from './import.ts';
import { areaForm, createdId, monitoringWorld, postBody } from './test-setup.ts';

/*
 * The import of area figures: the template, a file with mistakes (each named by line and column,
 * nothing written), a right file in CSV (Windows-1252, semicolons, Danish decimals) and XLSX, and
 * files that are no table at all.
 */

let t: TestContext;
let w: Awaited<ReturnType<typeof monitoringWorld>>;
let areas: number[];
const THIS_YEAR = new Date().getFullYear();
const PATH = '/kommuner/0219/boligomraader/import';

async function upload(client: TestClient, bytes: Uint8Array | string, name = 'tal.csv') {
  const form = new FormData();
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  form.append('file', new Blob([new Uint8Array(data)]), name);
  return client.postMultipart(PATH, form);
}

const rowsOf = () => t.deps.db.select().from(areaStatistics).where(inArray(areaStatistics.areaId, areas));

beforeAll(async () => {
  t = await createTestContext();
  w = await monitoringWorld(t);
  areas = [
    createdId(await postBody(t, w.as.editor, '/kommuner/0219/boligomraader', areaForm(w.as.editor.csrf, 'Nørrebakken', [w.estates.x1.id]))),
    createdId(
      await postBody(t, w.as.editor, '/kommuner/0219/boligomraader', areaForm(w.as.editor.csrf, 'Søndermarken', [w.estates.z1.id])),
    ),
  ];
});
afterAll(async () => {
  await t.close();
});

const HEADER =
  'Boligområde;År;Beboere;Uden for arbejde eller uddannelse (%);Dømte (gange landsgennemsnittet);Kun grundskole (%);Indkomst (% af regionens);Ikke-vestlige (%)';

describe('importing area figures', () => {
  it('names column letters as a spreadsheet does', () => {
    expect([0, 1, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });

  it("offers a template with the municipality's areas, to its editors only", async () => {
    const res = await w.as.editor.get(`${PATH}/skabelon.csv`);
    expect(res.status).toBe(200);
    const bytes = new Uint8Array(await res.arrayBuffer());
    // A byte-order mark, so Excel opens the semicolons and æøå right.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.split('\r\n')[0]).toBe(HEADER);
    expect(text).toContain(`Nørrebakken;${THIS_YEAR - 1};`);
    for (const who of ['reader', 'orgX', 'otherMuni'] as const) {
      expect((await w.as[who].get(PATH)).status, who).toBe(403);
      expect((await upload(w.as[who], `${HEADER}\r\n`)).status, who).toBe(403);
    }
  });

  it('reports every mistake by line and column, and writes nothing', async () => {
    const csv = [
      HEADER,
      'Nørrebakken;2024;2.400;45,5;1,2;62;70;35',
      'Ukendt Område;2024;1.000;30;1;40;80;10',
      'Søndermarken;2024;1.200;140;1;40;80;10',
      'Søndermarken;2023;-3;30;1;40;80;10',
      `Søndermarken;${THIS_YEAR + 1};1.200;30;1;40;80;10`,
      'Søndermarken;2022;1.200;mange;1;40;80;10',
      'nørrebakken;2024;2.400;45,5;1,2;62;70;35',
    ].join('\r\n');
    const res = await upload(w.as.editor, csv);
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('Intet er gemt.');
    for (const message of [
      'kolonne A (Boligområde): Boligområdet „Ukendt Område“ findes ikke i kommunen.',
      'kolonne D (Uden for arbejde eller uddannelse (%)): En andel kan højst være 100 %.',
      'kolonne C (Beboere): Antal beboere kan ikke være negativt.',
      `kolonne B (År): ${THIS_YEAR + 1} ligger i fremtiden.`,
      'kolonne D (Uden for arbejde eller uddannelse (%)): Skal være et tal, fx 42,5.',
      'Boligområdet „Nørrebakken“ har allerede tal for 2024 i linje 2.',
    ])
      expect(html).toContain(message);
    expect(html).toMatch(/<td class="sd-number">3<\/td><td>kolonne A/);
    expect(await rowsOf()).toEqual([]);
  });

  it('imports a Windows-1252 file with Danish numbers, all lines in one go, with the history', async () => {
    const csv = [
      HEADER,
      'Nørrebakken;2023;2.350;44,0;1,1;61,5;71;34',
      'Nørrebakken;2024;2.400;45,5 %;1,2;62;70,04;35',
      'Søndermarken;2024;1.200;30;1;40;80;10',
    ].join('\r\n');
    const res = await upload(w.as.editor, iconv.encode(csv, 'win1252'));
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Tallene er importeret');
    expect(html).toContain('3 linjer læst');
    expect(html).toContain('3 nye år');
    const rows = await rowsOf();
    expect(rows.map((r) => [r.areaId, r.year, r.residents, r.outsideWorkPct, r.incomeRatioPct]).sort()).toEqual(
      [
        [areas[0], 2023, 2350, 44, 71],
        [areas[0], 2024, 2400, 45.5, 70.04],
        [areas[1], 2024, 1200, 30, 80],
      ].sort(),
    );
    const events = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.entityType, 'area_statistics'));
    expect(events).toHaveLength(3);
    // The same file again changes nothing and says so.
    const again = await (await upload(w.as.editor, iconv.encode(csv, 'win1252'))).text();
    expect(again).toContain('3 uændrede år');
    expect(await t.deps.db.select().from(auditEvents).where(eq(auditEvents.entityType, 'area_statistics'))).toHaveLength(3);
  });

  it('imports an XLSX sheet with number cells and other headers', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Tal');
    sheet.addRow([
      'Område',
      'Årstal',
      'Antal beboere',
      'Uden for arbejde',
      'Dømte',
      'Grundskole',
      'Indkomst',
      'Ikke-vestlige',
      'Bemærkning',
    ]);
    sheet.addRow(['Søndermarken', 2023, 1180, 31.25, 1.1, 41, 79.5, 11, 'fra DST']);
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const res = await upload(w.as.editor, bytes, 'tal.xlsx');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Kolonner, der blev sprunget over: Bemærkning.');
    const [row] = (await rowsOf()).filter((r) => r.areaId === areas[1] && r.year === 2023);
    expect(row).toMatchObject({ residents: 1180, outsideWorkPct: 31.25, convictionsRatio: 1.1 });
  });

  it('refuses a file that is no table, an empty one, one without a needed column, and none at all', async () => {
    const cases: [Uint8Array | string, string][] = [
      ['', 'Filen er tom.'],
      [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), 'Den valgte fil er et billede.'],
      ['Boligområde;Beboere\r\nNørrebakken;100\r\n', 'Filen mangler kolonnen År.'],
      [`${HEADER}\r\n`, 'Filen har ingen linjer med tal.'],
      [`${HEADER};År\r\nNørrebakken;2024;1;;;;;;2024\r\n`, 'Kolonnen År står to gange i filen (kolonne B og I).'],
    ];
    for (const [bytes, message] of cases) {
      const res = await upload(w.as.editor, bytes);
      expect(res.status, message).toBe(400);
      expect(await res.text()).toContain(message);
    }
    const none = await w.as.editor.postMultipart(PATH, new FormData());
    expect(none.status).toBe(400);
    expect(await none.text()).toContain('Vælg en CSV- eller XLSX-fil');
  });
});
