import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { prepareDatabase } from '../../src/boot.ts';
import { testConfig } from '../../src/config.ts';
import { openDatabase } from '../../src/db/client.ts';
import { loadDemoData } from '../../src/demo/demo-data.ts';
import { ensureActionPlans } from '../../src/features/key-figures/index.ts';
import { estateFigures } from '../../src/features/key-figures/tables.ts';
import { estates, organisations } from '../../src/features/registry/tables.ts';
import { createWiring } from '../../src/wiring.ts';
import { startServerProcess } from '../../test/server-process.ts';
import { expectText, type Journey } from '../lib/journey.ts';

/**
 * The demo data with figures for Næstved's estates (until the import exists, they are written
 * straight into a data folder of the journey's own): Lejerbo's Agerhønevej has had a deficit for
 * three years, Manøvej puts aside 150 kr./m², Præstøvej 230 kr./m².
 */
async function folderWithFigures(): Promise<string> {
  const dataDir = await mkdtemp(join(tmpdir(), 'styringsdialog-e2e-lights-'));
  const database = await openDatabase({ dataDir });
  try {
    const config = testConfig({ DATA_DIR: dataDir });
    await prepareDatabase(database, () => loadDemoData(database.db, createWiring(), config));
    const db = database.db;
    const rows = await db
      .select({ id: estates.id, name: estates.name })
      .from(estates)
      .innerJoin(organisations, eq(organisations.id, estates.organisationId))
      .where(
        and(eq(organisations.municipalityCode, '0370'), inArray(estates.name, ['Agerhønevej', 'Manøvej', 'Præstøvej', 'Vandtårnsparken'])),
      );
    const values: Record<string, Record<string, number>> = {
      Agerhønevej: { aarets_resultat: -250_000, henlaeggelser: 210, fraflytning: 9.5 },
      Manøvej: { aarets_resultat: 120_000, henlaeggelser: 150, fraflytning: 8 },
      Præstøvej: { aarets_resultat: 40_000, henlaeggelser: 230, fraflytning: 11 },
      Vandtårnsparken: { aarets_resultat: 300_000, henlaeggelser: 320, fraflytning: 7 },
    };
    for (const e of rows)
      for (const year of [2020, 2021, 2022, 2023, 2024, 2025])
        // The demo has figures of its own for these estates: the journey's replace them.
        await db
          .insert(estateFigures)
          .values({ estateId: e.id, year, values: { ...values[e.name], boliger: 100 } })
          .onConflictDoUpdate({ target: [estateFigures.estateId, estateFigures.year], set: { values: sql`excluded.values`, ranks: {} } });
    await ensureActionPlans(db, { years: [2025] });
  } finally {
    await database.close();
  }
  return dataDir;
}

/**
 * Næstved's supervisor sets the municipality's own rule for henlæggelser (refused first where it
 * contradicts itself), sees the estates' colours on /tilsyn and filters on them, opens the next
 * dialogue meeting with Lejerbo and puts "Afdelinger med røde tal" on the agenda.
 */
export const trafficLights: Journey = {
  name: 'traffic lights: own rule, colours on the overview, red estates on the next agenda',
  async run({ session }) {
    const dataDir = await folderWithFigures();
    const server = await startServerProcess({ dataDir, readyPath: '/healthz' });
    try {
      const s = await session(undefined, server.url);
      const p = s.page;
      await s.login('tilsyn.naestved@demo.dk');
      await s.visit('/tilsyn');
      let text = await s.text();
      expectText(text, 'Afdelingernes farver');
      expectText(text, '1 rød, 1 gul, 1 grøn (2025)');

      await p.getByRole('link', { name: 'Regler for trafiklys' }).click();
      await p.waitForURL(/\/kommuner\/0370\/trafiklys$/);
      await s.checkA11y();
      expectText(await s.text(), 'Næstved Kommune bruger standardreglerne for alle nøgletal.');
      await p.getByRole('link', { name: 'Sæt egen regel for Henlæggelser pr. m²' }).click();
      await p.waitForLoadState();
      await s.checkA11y();
      expectText(await s.text(), 'Gul under 200 kr./m²/år, rød under 100 kr./m²/år');
      await p.getByLabel('Grænse for gul').fill('150');
      await p.getByLabel('Grænse for rød').fill('160');
      await p.getByRole('button', { name: 'Gem reglen' }).click();
      await p.waitForLoadState();
      await s.checkA11y();
      expectText(await s.text(), 'Når højere er bedre, må grænsen for gul ikke ligge under grænsen for rød.');
      await p.getByLabel('Grænse for gul').fill('250');
      await p.getByRole('button', { name: 'Gem reglen' }).click();
      await p.waitForURL(/\/kommuner\/0370\/trafiklys$/);
      await s.checkA11y();
      expectText(await s.text(), 'Gul under 250 kr./m²/år, rød under 160 kr./m²/år');

      await s.visit('/tilsyn');
      text = await s.text();
      expectText(text, '2 røde, 1 gul (2025)');
      expectText(text, '2 afdelinger');
      await p.getByLabel('Kun med røde afdelinger').check();
      await p.getByRole('button', { name: 'Filtrér' }).click();
      await p.waitForLoadState();
      await s.checkA11y();
      text = await s.text();
      expectText(text, 'Lejerbo Næstved');
      if (text.includes('Bolig Næstved')) throw new Error('the filter "Kun med røde afdelinger" kept Bolig Næstved');

      await p.getByRole('link', { name: 'Lejerbo Næstved' }).click();
      await p.waitForLoadState();
      await s.checkA11y();
      text = await s.text();
      expectText(text, 'Handlingsplaner for afdelinger med røde tal tre år i træk');
      expectText(text, '101 Agerhønevej');
      await p.getByRole('link', { name: 'Opret styringsdialogmøde' }).click();
      await p.waitForLoadState();
      await s.checkA11y();
      await p.getByLabel('Titel').fill('Styringsdialogmøde 2027 – Lejerbo Næstved');
      await p.getByLabel('Dato').fill('2027-03-10');
      await p.getByLabel('Starttidspunkt').fill('10:00');
      await p.getByLabel('Sluttidspunkt').fill('12:00');
      await p.getByRole('button', { name: 'Opret møde' }).click();
      await p.waitForURL(/\/moeder\/\d+$/);
      await s.checkA11y();
      text = await s.text();
      expectText(text, 'Afdelinger med røde tal');
      expectText(text, '101 Agerhønevej: Årets resultat (-250.000 kr.)');
      expectText(text, 'Handlingsplaner for afdelinger med røde tal tre år i træk');
      const proposals = p.locator('.sd-proposals input[type=checkbox]');
      for (let i = 0; i < (await proposals.count()); i++) await proposals.nth(i).uncheck();
      await p.getByLabel('Afdelinger med røde tal', { exact: true }).check();
      await p.getByRole('button', { name: 'Sæt de valgte punkter på dagsordenen' }).click();
      await p.waitForLoadState();
      await s.checkA11y();
      text = await s.text();
      expectText(text, /1\.\s*Afdelinger med røde tal/);
      await p.getByRole('link', { name: 'Afdelinger med røde tal', exact: true }).click();
      await p.waitForLoadState();
      await s.checkA11y();
      // The item's text, filled in from the proposal, stands in its field ready to edit.
      const itemText = await p.getByLabel(/Sagsfremstilling på dagsordenen/).inputValue();
      expectText(itemText, '- 102 Manøvej: Henlæggelser pr. m² (150 kr./m²/år)', 'the agenda item');
      expectText(itemText, '- 101 Agerhønevej: Årets resultat (-250.000 kr.)', 'the agenda item');
    } finally {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  },
};
