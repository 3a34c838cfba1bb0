import type { HistoryKinds } from '../audit/index.ts';
import { COLOUR_LABELS } from './lights/colour.ts';
import { actionPlanNames, ruleNames } from './lights/names.ts';

/* The key figures' words in the history: the catalogue, the rules, the imports, the action plans, the areas and the data-quality resolutions. */

const DIRECTION_LABELS = { higher: 'Højere er bedre', lower: 'Lavere er bedre', none: 'Ingen retning' };
const LEVEL_LABELS = { estate: 'Afdeling', organisation: 'Boligorganisation' };
const KIND_LABELS = { absolute: 'Absolut grænse', relative: 'Andel af sammenlignelige afdelinger' };

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
    fields: { name: 'Navn', municipalityCode: 'Kommune', active: 'Aktivt', estateIds: 'Afdelinger' },
    refs: { municipalityCode: 'municipality' },
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
