import { inArray } from 'drizzle-orm';
import { nameMap, type EntityNamer, type HistoryKinds } from '../audit/index.ts';
import { COLOUR_LABELS } from './lights/colour.ts';
import { areaNames } from './monitoring/names.ts';
import { THRESHOLD_FIELDS } from './monitoring/thresholds.ts';
import { indicators } from './tables.ts';
import { actionPlanNames, ruleNames } from './lights/names.ts';

/* The key figures' words in the history: the catalogue, the rules, the imports, the action plans, the areas and the data-quality resolutions. */

export const DIRECTION_LABELS = { higher: 'Højere er bedre', lower: 'Lavere er bedre', none: 'Ingen retning' };
export const LEVEL_LABELS = { estate: 'Afdeling', organisation: 'Boligorganisation' };
const KIND_LABELS = { absolute: 'Absolut grænse', relative: 'Andel af sammenlignelige afdelinger' };

/** An indicator by its name; the admin is linked to its form, everyone else logged in to the catalogue. */
const indicatorNames: EntityNamer = async ({ db, actor, ids }) => {
  const rows = await db.select({ code: indicators.code, name: indicators.name }).from(indicators).where(inArray(indicators.code, ids));
  const href = (code: string) =>
    actor.userId === null ? null : actor.scope.kind === 'admin' ? `/admin/noegletal/${code}/rediger` : '/noegletal/katalog';
  return nameMap(
    rows,
    (r) => r.code,
    (r) => ({ name: r.name, href: href(r.code) }),
  );
};

export const keyFiguresHistory: HistoryKinds = {
  indicator: {
    label: 'Nøgletal',
    fields: {
      name: 'Navn',
      description: 'Beskrivelse',
      unit: 'Enhed',
      level: 'Niveau',
      direction: 'Retning',
      decimals: 'Decimaler',
      sortOrder: 'Rækkefølge',
      active: 'Aktivt',
    },
    values: { level: LEVEL_LABELS, direction: DIRECTION_LABELS },
    names: indicatorNames,
  },
  traffic_light_rule: {
    label: 'Regel for trafiklys',
    fields: { indicatorCode: 'Nøgletal', municipalityCode: 'Kommune', kind: 'Slags', yellow: 'Grænse for gul', red: 'Grænse for rød' },
    values: { kind: KIND_LABELS },
    refs: { municipalityCode: 'municipality' },
    names: ruleNames,
  },
  key_figure_import: {
    label: 'Import af nøgletal',
    fields: {
      fileName: 'Fil',
      source: 'Kilde',
      years: 'År',
      rowCount: 'Linjer',
      added: 'Nye værdier',
      changed: 'Ændrede værdier',
      removed: 'Fjernede værdier',
    },
  },
  action_plan: {
    label: 'Handlingsplan',
    fields: { estateId: 'Afdeling', year: 'År', text: 'Handlingsplan', deadline: 'Frist', handledAt: 'Behandlet', colour: 'Farve' },
    values: { colour: COLOUR_LABELS },
    refs: { estateId: 'estate' },
    names: actionPlanNames,
  },
  housing_area: {
    label: 'Boligområde',
    fields: { name: 'Navn', municipalityCode: 'Kommune', active: 'Aktivt', estateIds: 'Afdelinger', estates: 'Afdelinger' },
    refs: { municipalityCode: 'municipality' },
    names: areaNames,
  },
  area_statistics: {
    label: 'Tal for boligområde',
    fields: {
      year: 'År',
      residents: 'Beboere',
      outsideWorkPct: 'Uden for arbejde eller uddannelse (%)',
      convictionsRatio: 'Dømte (gange landsgennemsnittet)',
      primarySchoolOnlyPct: 'Kun grundskole (%)',
      incomeRatioPct: 'Indkomst (% af regionens)',
      nonWesternPct: 'Ikke-vestlige indvandrere og efterkommere (%)',
    },
    names: areaNames,
  },
  monitoring_thresholds: {
    label: 'Grænseværdier for boligområder',
    fields: {
      validFrom: 'Gælder fra listen 1. december',
      ...Object.fromEntries(Object.entries(THRESHOLD_FIELDS).map(([k, f]) => [k, f.label])),
    },
  },
  data_quality_resolution: {
    label: 'Afklaring af datakvalitet',
    fields: {
      estateId: 'Afdeling',
      source: 'Kilde',
      field: 'Felt',
      resolution: 'Afklaring',
      note: 'Forklaring',
      registryValue: 'Registrets værdi',
      sourceValue: 'Kildens værdi',
    },
    values: {
      field: { homes: 'Antal boliger', area_m2: 'Areal (m²)' },
      resolution: { registry: 'Registrets værdi er rigtig', source: 'Kildens værdi er overtaget', explained: 'Forskellen er forklaret' },
    },
    refs: { estateId: 'estate' },
  },
};
